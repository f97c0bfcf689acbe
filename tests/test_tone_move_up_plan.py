"""An upgrade push to an existing customer in plain words (FL201): "Move up before your renewal on
{{ renewal_date }} and I'll carry over your remaining credit." The imperative to move up a plan is a
switch push (``rules/data/closing-moves.yml``: ``switch_push``). Must-not: a reply answering which
plan fits and advising to stay, moving up as a topic. Written before the change.
"""

from __future__ import annotations

import pytest

from _core_testing import build_mail, fired


def mail(body: str, sequence: str = "follow-up") -> str:
    return build_mail("Hi {{ first_name }},", "Best,\nPriya Raman", "en", body, sequence=sequence)


MOVE_UP = [
    mail("Your team has been on Starter since March, and Growth is where the reporting you'd actually use lives. "
         "Move up before your renewal on {{ renewal_date }} and I'll carry over your remaining credit. Want me to "
         "make the change?"),
    mail("You've hit the 5-seat limit on Basic twice this month. Move up to Team this week and the extra seats "
         "are included at no cost until {{ renewal_date }}."),
    mail("{{ company }} has used every export on the Lite plan since June. Step up to Pro before {{ renewal_date }} "
         "and we'll keep your current price for a year."),
]

STAY = [
    mail("Thanks for asking which plan fits. With five users and no API use, Starter still covers everything you "
         "need, so I'd stay where you are; moving up to Growth only pays off past ten seats.", sequence="reply"),
    mail("Good question about the plans. Moving up is only worth it if you need the audit log, which you said you "
         "don't, so Basic is the right fit for now.", sequence="reply"),
    mail("Your renewal on {{ renewal_date }} keeps you on Starter at the same price. Nothing changes on your side, "
         "and your reports stay where they are."),
]


@pytest.mark.parametrize("template", MOVE_UP)
def test_an_imperative_to_move_up_a_plan_is_a_sell(template: str) -> None:
    assert fired("FL201", template) or fired("FL208", template), template


@pytest.mark.parametrize("template", STAY)
def test_advice_to_stay_or_a_plain_renewal_note_is_no_upgrade_push(template: str) -> None:
    assert not fired("FL201", template) and not fired("FL208", template), template
