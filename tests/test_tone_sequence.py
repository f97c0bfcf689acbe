"""Issue 10, whole emails: the sequence position read from the email itself, and the tone and
subject rules that read it (FL201, FL203, FL205, FL206, FL208, FL212, FL214, FL502, FL503).

Case tables of realistic templates that must and must not fire. The whole-email evaluation set
(corpus/emails/tone/, benchmarks/bench_tone_emails.py) is checked at the end as a regression
guard: the rules were changed while looking at it, so it is a development set, not a measure.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from followup_lint.content.sequence import sequence_position
from followup_lint.testing import run_rules

ROOT = Path(__file__).resolve().parent.parent


def mail(body: str, *, subject: str | None = None, sequence: str | None = None, kind: str | None = None,
         locale: str | None = None, greeting: str = "Hi {{ first_name }},",
         signoff: str = "Best,\nNomvula Dlamini\nSolutions, Kestrel Freight") -> str:
    front = [f'subject: "{subject}"'] if subject is not None else []
    front += [f"{key}: {value}" for key, value in (("sequence", sequence), ("kind", kind), ("locale", locale)) if value]
    head = "---\n" + "\n".join(front) + "\n---\n" if front else ""
    return f"{head}{greeting}\n\n{body}\n\n{signoff}\n"


def codes(select: str, template: str) -> list[str]:
    return [d.code for d in run_rules(select, template)]


def position(template: str, configured: str | None = None) -> tuple[str, str]:
    from followup_lint import Linter
    from followup_lint.templates import analyse_template, read_template_source

    linter = Linter()
    info = analyse_template(read_template_source(template), linter.env, linter.locales)
    found = sequence_position(info, configured)
    return found.value, found.source


# ----------------------------------------------------------------------------- the position

BREAKUPS = [
    mail("I haven't heard back, so I'll assume the timing isn't right and won't follow up again."),
    mail("This will be my last email about the pilot for {{ company }}."),
    mail("I'm closing the loop on my notes about {{ topic }}; you won't hear from me again."),
    mail("Since I haven't heard back, I'll assume it's not a priority right now."),
    mail("Da ich nichts gehört habe: das ist meine letzte E-Mail zu {{ topic }}.", greeting="Hallo {{ first_name }},", locale="de"),
    mail("Ce sera mon dernier message au sujet de {{ topic }}.", greeting="Bonjour {{ first_name }},", locale="fr"),
    mail("Este será mi último correo sobre {{ topic }}.", greeting="Hola {{ first_name }}:", locale="es"),
    mail("Dit is mijn laatste mail over {{ topic }}.", greeting="Hoi {{ first_name }},", locale="nl"),
]

NOT_BREAKUPS = [
    mail("Following up on my last email about the pilot. Any thoughts?"),
    mail("Did you get a chance to read my last email about {{ topic }}?"),
    mail("Here's the last recording of the series: {{ recording_url }}"),
    mail("Ich wollte meine letzte E-Mail zu {{ topic }} noch einmal nach oben holen.", greeting="Hallo {{ first_name }},", locale="de"),
    mail("¿Pudo ver mi último correo sobre {{ topic }}?", greeting="Hola {{ first_name }}:", locale="es"),
    mail("Our door is always open for new customers, and the pilot starts Monday."),
]


@pytest.mark.parametrize("template", BREAKUPS)
def test_an_email_that_says_it_is_the_last_is_a_breakup(template: str) -> None:
    assert position(template) == ("breakup", "text")


@pytest.mark.parametrize("template", NOT_BREAKUPS)
def test_a_previous_email_is_not_a_breakup(template: str) -> None:
    assert position(template)[0] == "first-touch"


def test_kind_reply_is_a_reply_and_declarations_win() -> None:
    assert position(mail("Thanks for the quick answer.", kind="reply")) == ("reply", "kind")
    last_follow_up = mail("Following up one last time; if it's not a fit, I won't send another note.", sequence="follow-up")
    assert position(last_follow_up) == ("breakup", "text")
    assert position(mail("This will be my last email.", sequence="first-touch")) == ("first-touch", "front matter")
    assert position(mail("This will be my last email."), configured="reply") == ("reply", "config")


# ----------------------------------------------------------------------------- rules on the position

FIRES = [
    ("FL208", mail("Here is the replay: {{ replay_url }}\n\nI'll call you tomorrow at 10 to go through pricing.")),
    # a thread subject alone only says the email is in a thread: a pushy ask is still pushy
    ("FL208", mail("Here is the replay: {{ replay_url }}\n\nI'll call you tomorrow at 10 to go through pricing.",
                   subject="Re: {{ previous_subject }}")),
    ("FL208", mail("The checklist is attached.\n\nUnless I hear otherwise, I'll assume you're in and send the contract.")),
    ("FL212", mail("Great chatting with you the other day! Here is the overview of {{ product }}.")),
    ("FL212", mail("As we discussed, here is the proposal for {{ company }}.")),
    ("FL214", mail("Here's the benchmark.", subject="Don't let churn cost you another quarter")),
    ("FL214", mail("Every week without automated cohorts costs teams like {{ company }} accounts they never see leave.")),
    ("FL201", mail("We built the fastest invoicing tool for {{ segment }} teams. Book a demo here: {{ demo_url }}")),
    # a free webinar ON A TOPIC is a resource ("Free webinar: retention metrics": no longer spam,
    # tests/test_tone_soft_intros_offers_free.py); free seats to claim promote one
    ("FL503", mail("Here's the recording: {{ recording_url }}", subject="Free webinar seats for {{ company }}")),
    ("FL503", mail("Here's the recording: {{ recording_url }}", subject="Free trial of our tools for {{ company }}")),
    ("FL206", mail("Our BIGGEST release is here, {{ first_name }}: {{ release_url }}")),
    ("FL502", mail("Here's the recording: {{ recording_url }}", subject="HUGE news for [COMPANY]")),
    ("FL205", mail("Earn free cash every week with {{ product }}.")),
    ("FL203", mail("The price goes up tonight, so it's urgent that {{ company }} decides.")),
    # hard sells in ordinary words
    ("FL201", mail("Given how many of your people use the free version, the Enterprise edition would bring them "
                   "under one admin console.")),
    ("FL201", mail("{{ company }} still runs its help desk on {{ current_tool }}. It might be time to replace it, "
                   "and we can have you moved over in a week.")),
    ("FL201", mail("Bravo pour la levée de fonds ! Notre agence accompagne les start-up comme la vôtre pour recruter.",
                   greeting="Bonjour {{ first_name }},", locale="fr")),
    ("FL213", mail("Who besides you would have a say in choosing a payroll provider at {{ company }}?")),
    ("FL213", mail("When does {{ company }} set next year's budget for tools, and how much of it is still unallocated?")),
    ("FL213", mail("Qui valide les achats chez {{ company }}, et quel budget prévoyez-vous pour l'an prochain ?",
                   greeting="Bonjour {{ first_name }},", locale="fr")),
]

QUIET = [
    ("FL208", mail("Thursday at 2pm works for me. I'll send the invite and bring the migration plan.", sequence="reply")),
    ("FL208", mail("Happy to help. I'll call you tomorrow at 10 as you asked.", kind="reply")),
    ("FL208", mail("I haven't heard back, so I'll assume the timing isn't right. The guide is still here: {{ guide_url }}")),
    ("FL208", mail("I'll assume this isn't a priority for {{ company }} right now; good luck with the launch.")),
    ("FL201", mail("I'm closing the loop on {{ topic }}: I'll assume now isn't the right time and won't reach out again.")),
    ("FL212", mail("Nice meeting you at our booth at {{ event_name }}. Here is the checklist: {{ checklist_url }}")),
    ("FL212", mail("Great chatting with you at the {{ city }} meetup! The benchmark I mentioned: {{ benchmark_url }}")),
    ("FL214", mail("Your question about {{ topic }} was a good one; here's the write-up: {{ article_url }}",
                   subject="Discount codes that don't eat your margin")),
    ("FL201", mail("You mentioned {{ company }} struggles with UTM naming. We built a free UTM builder for that: {{ tool_url }}")),
    ("FL503", mail("Here's the template: {{ template_url }}", subject="Free cash flow forecasting template")),
    ("FL503", mail("Here's the replay: {{ replay_url }}", subject="Your free replay of {{ webinar_title }}")),
    ("FL503", mail("Voici le guide : {{ guide_url }}", subject="Le guide gratuit sur {{ topic }}",
                   greeting="Bonjour {{ first_name }},", locale="fr")),
    ("FL503", mail("Hier is de checklist: {{ checklist_url }}", subject="Gratis checklist voor {{ topic }}",
                   greeting="Hoi {{ first_name }},", locale="nl")),
    ("FL503", mail("The three models are in this summary: {{ summary_url }}", subject="Urgent care staffing in {{ region }}")),
    ("FL503", mail("My notes are here: {{ notes_url }}", subject="Notes on winner-take-all markets")),
    ("FL205", mail("Here's the free cash flow template from the CFO roundtable: {{ template_url }}")),
    ("FL203", mail("You asked how other urgent care groups in {{ region }} cover weekend shifts: {{ summary_url }}")),
    ("FL206", mail("Le comparto la grabación: {{ recording_url }}", greeting="Hola [NOMBRE]:", locale="es")),
    ("FL502", mail("Here are the notes on {{ topic }}: {{ notes_url }}", subject="Notes for [COMPANY]")),
    ("FL503", mail("Here's how we chose it: {{ note_url }}", subject="The risk-free rate in {{ company }}'s model")),
    ("FL205", mail("Here's how we chose the risk-free rate for {{ company }}'s valuation: {{ note_url }}")),
    ("FL213", mail("Here's the onboarding guide: {{ guide_url }}. Attendees who sign up this month get a printed copy.")),
]


@pytest.mark.parametrize("code, template", FIRES)
def test_fires(code: str, template: str) -> None:
    assert code in codes(code, template)


@pytest.mark.parametrize("code, template", QUIET)
def test_quiet(code: str, template: str) -> None:
    assert code not in codes(code, template)


def test_a_placeholder_ending_a_spanish_greeting_is_still_a_placeholder() -> None:
    assert "FL006" in codes("FL006", mail("Le comparto la grabación: {{ recording_url }}", greeting="Hola [NOMBRE]:"))


# ----------------------------------------------------------------------------- the evaluation set


def test_whole_email_tone_set_stays_above_the_target() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import bench_tone_emails
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    tallies = bench_tone_emails.run(verbose=False)
    fire = [t.rate() for t in tallies.values() if t.fires]
    quiet = [t.rate() for t in tallies.values() if not t.fires]
    recall = sum(h for h, _ in fire) / sum(n for _, n in fire)
    false_alarms = sum(h for h, _ in quiet) / sum(n for _, n in quiet)
    assert recall >= 0.90 and false_alarms <= 0.05, (recall, false_alarms)
