"""FL309 (issue 11, written before the code):

1. "Great to see you on the panel at <named show>": the reader's appearance on a stage at a
   named event is a hard-coded claim, even inside a "see you" / "meet you" frame that alone
   reads as the sender's own event ("Great to see you at our booth" stays quiet);
2. a version line of the sender's product ("still on the 5.x branch", "runs on the 2.x line")
   is the sender's product fact, not a count about the reader.
"""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

_ROWS = [{"first_name": n, "company": c} for n, c in [
    ("Aoife", "Brightlane"), ("Kwame", "Osei Foods"), ("Lena", "Falk GmbH"), ("Thanh", "Saigon Parcel")]]
_FRAME = {"en": ("Hi", "Best"), "fr": ("Bonjour", "Bien à vous"), "nl": ("Beste", "Groet")}


def _mail(lang: str, sentence: str) -> str:
    hello, bye = _FRAME[lang]
    return (f"---\nkind: prospecting\nlocale: {lang}\n---\n{hello} {{{{ first_name }}}},\n\n{sentence}\n\n"
            f"{bye},\nMireia Santacana\nHoldwise\n")


def _fired(lang: str, sentence: str) -> bool:
    return any(d.code == "FL309" for d in run_rules("FL309", _mail(lang, sentence), _ROWS))


MUST_FIRE = [
    ("en", "Loved seeing you on stage at Web Summit Lisbon last November - the consent-banner demo was sharp."),
    ("en", "Great to see you on the logistics panel at Transport Logistic Munich in May."),
    ("en", "Good to meet you at the Money20/20 speaker dinner in Amsterdam, right after you spoke on the fintech panel."),
    ("en", "It was a pleasure seeing you moderate the retail track at NRF New York."),
    ("fr", "Ravi de vous avoir vu sur scène au salon VivaTech à Paris en juin."),
    ("nl", "Leuk u op het podium te zien tijdens de Dutch Design Week in Eindhoven."),
]

MUST_NOT = [
    ("en", "Great to see you at our booth at Web Summit Lisbon last week."),
    ("en", "Great to see you at our roadshow in Leeds on Tuesday."),
    ("en", "We released version 6 of our Android SDK last week. Since {{ company }} is on the 5.x branch, the upgrade guide below covers the two breaking changes."),
    ("en", "Our 3.0 release is out. As {{ company }} runs the 2.x line, nothing changes until you choose to upgrade."),
    ("fr", "Nous avons publié la version 5 de notre SDK. Comme {{ company }} utilise la 4.x, le guide ci-dessous couvre les deux changements."),
    ("nl", "Leuk u te zien op onze stand tijdens de beurs in Utrecht."),
]


@pytest.mark.parametrize(("lang", "sentence"), MUST_FIRE)
def test_the_readers_named_appearance_is_a_claim(lang: str, sentence: str) -> None:
    assert _fired(lang, sentence)


@pytest.mark.parametrize(("lang", "sentence"), MUST_NOT)
def test_the_senders_event_or_product_version_is_not(lang: str, sentence: str) -> None:
    assert not _fired(lang, sentence)


# the reader as the object of the sender's seeing, on a stage: still who the fact is about
SEEN_ON_STAGE = [
    ("en", "I saw you on the panel at IMEX Frankfurt in May - your point about option dates stuck with me.", True),
    ("es", "Me alegró verte en el panel de Fitur en Madrid el pasado enero.", True),
    ("en", "I saw you at our booth at IMEX Frankfurt in May.", False),
    ("es", "Me alegró verte en nuestro stand de Fitur en Madrid.", False),
]


@pytest.mark.parametrize(("lang", "sentence", "claim"), SEEN_ON_STAGE)
def test_the_reader_seen_on_a_stage_is_who_the_fact_is_about(lang: str, sentence: str, claim: bool) -> None:
    hello, bye = _FRAME.get(lang, ("Hola", "Un saludo"))
    template = (f"---\nkind: prospecting\nlocale: {lang}\n---\n{hello} {{{{ first_name }}}},\n\n{sentence}\n\n"
                f"{bye},\nMireia Santacana\nHoldwise\n")
    assert any(d.code == "FL309" for d in run_rules("FL309", template, _ROWS)) is claim
