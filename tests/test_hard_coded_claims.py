"""FL309 hard-coded-claim (issue 11, item 2): a specific fact about the reader written into a
template that goes to many people - the content counterpart of FL107.

Must-fire: a sentence addressed to the reader ("you", "your team", "{{ company }}") states a
fact - a number, an amount, a date, a named event or another proper noun, "your talk / post /
article" - that no variable supplies. Must-not: facts about the sender, its event or product,
generic counts ("3 ideas", "15 minutes"), offers and hypotheticals, questions, facts inside a
variable or inside a branch chosen by recipient data, and a send to one recipient. Written
before the code, in the wording of real prospecting and follow-up emails."""

from __future__ import annotations

import pytest

from followup_lint.testing import codes, run_rules

RECORDS = [
    {"first_name": "Parissa", "last_name": "Behnia", "company": "Bluefinch Labs", "industry": "logistics",
     "funding_round": "Series A", "recent_post": "your post on warehouse robotics"},
    {"first_name": "Nguyễn", "last_name": "Thị Lan", "company": "Lotus Data", "industry": "retail",
     "funding_round": "", "recent_post": ""},
    {"first_name": "Sipho", "last_name": "van der Merwe", "company": "Karoo Analytics", "industry": "logistics",
     "funding_round": "Seed", "recent_post": "your talk at RetailTech Africa"},
]

# (sentence, the fact the finding must quote)
CLAIMS = [
    ("Saw that {{ company }} just closed a $40M Series B - congrats!", "$40M"),
    ("I noticed you posted 12 new engineering roles last month.", "12 new engineering roles"),
    ("Loved your talk at SaaStr Annual on usage-based pricing.", "SaaStr Annual"),
    ("Your team grew from 20 to 85 reps this year, which is impressive.", "20"),
    ("Congrats on opening the new Rotterdam warehouse, {{ first_name }}.", "Rotterdam"),
    ("I read your article about onboarding in Harvard Business Review.", "your article"),
    ("{{ company }} was named one of Forbes' fastest-growing startups.", "Forbes"),
    ("I saw you spoke at Dreamforce on March 12 about forecasting.", "Dreamforce"),
    ("Your churn dropped 18% after you moved to annual contracts.", "18%"),
    ("Just listened to your episode of the RevOps Podcast - great points on hiring.", "your episode"),
    ("Ich habe gesehen, dass {{ firma }} gerade 25 Millionen Euro eingesammelt hat.", "25 Millionen Euro"),
    ("J'ai vu que vous avez ouvert un bureau à Lyon en mars.", "Lyon"),
    ("Vi que {{ empresa }} abrió 3 nuevas tiendas en Monterrey.", "3 nuevas tiendas"),
    ("Ik zag dat jullie vorige maand 40 nieuwe klanten in Gent hebben binnengehaald.", "40 nieuwe klanten"),
    ("Congrats on {{ company }}'s acquisition by Salesforce!", "Salesforce"),
    ("You were featured in TechCrunch this morning.", "TechCrunch"),
    ("Your new office in Austin looks fantastic.", "Austin"),
    ("Your team just hit 500 employees - that is a milestone.", "500 employees"),
    # the reader's tools, named
    ("I see your reps are on Pipedrive and still log calls by hand.", "Pipedrive"),
    ("Your finance team runs month-end close on NetSuite today.", "NetSuite"),
]

NOT_CLAIMS = [
    "Our webinar on March 4 covers cohort retention, and you can register below.",
    "Here are 3 ideas you could try with your team this quarter.",
    "Do you have 15 minutes on Thursday to compare notes?",
    "Our Pro plan is 20% off for attendees this month, so you save $400 a year.",
    "{{ company }} grew {{ growth_rate }} last year, and that is why I am writing.",
    "{% if funding_round %}Congrats on the {{ funding_round }}, {{ first_name }}!{% endif %}",
    "{% if industry == 'logistics' %}Teams moving 40,000 pallets a month through Rotterdam tell us the same.{% endif %}",
    "Northwind connects to HubSpot and Salesforce in under 5 minutes.",
    "If your team runs weekly cohorts, the template in section 3 will save you 2 hours.",
    "We helped teams like yours cut churn by 30% in 2025.",
    "You're receiving this because you registered for Pipeline Hygiene 101 on our site.",
    "Thanks for joining Pipeline Hygiene 101 with Maya Okafor last week.",
    "Are you still using HubSpot for your lead routing?",
    "As {{ recent_post }} showed, onboarding is where deals are lost.",
    "You're invited to Pipeline Hygiene 101 on March 4.",
    "Your recording of Pipeline Hygiene 101 is ready.",
    "I'm reaching out because you lead RevOps at {{ company }}.",
    "Your Shopify store probably handles returns by hand today.",
    # the reader's work named by the record; the sender's offer after "your"
    "Loved your talk at {{ event_name }} on {{ talk_topic }}.",
    "Your free trial includes 3 seats and 14 days of full access.",
]


_GREETINGS = {"Ich ": "Hallo", "J'ai": "Bonjour", "Vi q": "Hola", "Ik z": "Hoi"}


def _email(sentence: str) -> str:
    greeting = _GREETINGS.get(sentence[:4], "Hi")
    return (f"{greeting} {{{{ first_name }}}},\n\n{sentence}\n\nWould a short call next week help?\n\n"
            "Best,\nMaya Okafor\nNorthwind Analytics")


def test_the_tables_are_balanced() -> None:
    assert len(CLAIMS) == len(NOT_CLAIMS)


@pytest.mark.parametrize(("sentence", "fact"), CLAIMS)
def test_fires_on_a_hard_coded_claim(sentence: str, fact: str) -> None:
    found = run_rules("FL309", _email(sentence), RECORDS)
    assert codes(found) == ["FL309"], sentence
    assert fact in found[0].message
    assert "column" in found[0].message  # the fix: move it into a column, or drop it
    assert found[0].recipient is None  # once per template, never per recipient


@pytest.mark.parametrize("sentence", NOT_CLAIMS)
def test_does_not_fire(sentence: str) -> None:
    found = run_rules("FL309", _email(sentence), RECORDS)
    assert codes(found) == [], [d.message for d in found]


def test_a_single_recipient_send_is_not_reported() -> None:
    template = _email("Saw that {{ company }} just closed a $40M Series B - congrats!")
    assert codes(run_rules("FL309", template, RECORDS[:1])) == []
    assert codes(run_rules("FL309", template, RECORDS[:2])) == ["FL309"]


def test_without_a_list_the_template_is_taken_as_a_mass_template() -> None:
    template = _email("Saw that {{ company }} just closed a $40M Series B - congrats!")
    assert codes(run_rules("FL309", template)) == ["FL309"]


def test_points_at_the_fact() -> None:
    template = _email("I noticed you posted 12 new engineering roles last month.")
    (found,) = run_rules("FL309", template, RECORDS)
    line = template.splitlines()[2]
    assert found.line == 3 and found.column == line.index("12") + 1


def test_in_the_subject_line() -> None:
    template = "---\nsubject: \"Congrats on the $40M Series B, {{ first_name }}\"\n---\n" + _email("Quick note.")
    found = run_rules("FL309", template, RECORDS)
    assert codes(found) == ["FL309"] and found[0].line == 2


# the same kinds of claim, and of sentence that is not one, in German, French, Spanish and Dutch
_HELLO = {"de": ("Hallo", "Viele Grüße"), "fr": ("Bonjour", "Cordialement"), "es": ("Hola", "Saludos"),
          "nl": ("Hoi", "Groeten")}


def _email_in(lang: str, sentence: str) -> str:
    hello, bye = _HELLO[lang]
    return f"{hello} {{{{ first_name }}}},\n\n{sentence}\n\n{bye},\nMaya Okafor\nNorthwind Analytics"


CLAIMS_OTHER_LANGUAGES = [
    ("de", "Ihr Vortrag auf der DMEXCO über Preismodelle hat mir gefallen.", "DMEXCO"),
    ("de", "Glückwunsch zur Eröffnung des neuen Standorts in Leipzig!", "Leipzig"),  # a listed place
    ("de", "Glückwunsch zu den 25 neuen Filialen in Sachsen!", "25 neuen Filialen"),
    ("fr", "J'ai lu votre article sur l'onboarding dans Les Echos.", "votre article"),
    ("fr", "Félicitations pour votre levée de 12 millions d'euros.", "12 millions d'euros"),
    ("es", "Me encantó tu charla en el South Summit sobre precios.", "South Summit"),
    ("es", "Enhorabuena por los 200 empleados que {{ empresa }} ya tiene.", "200 empleados"),
    ("nl", "Je presentatie op de Emerce eDay over pricing was sterk.", "Emerce eDay"),
    ("nl", "Gefeliciteerd met de overname door Exact!", "Exact"),
]
NOT_CLAIMS_OTHER_LANGUAGES = [
    ("de", "Unser Webinar am 4. März behandelt Kundenbindung; melden Sie sich unten an."),
    ("de", "Wir haben Teams wie Ihrem geholfen, die Abwanderung 2025 um 30 % zu senken."),
    ("fr", "Voici 3 idées que votre équipe peut essayer ce trimestre."),
    ("fr", "Nous aidons des équipes comme la vôtre à réduire le churn de 30 % en 2025."),
    ("es", "¿Tiene 15 minutos el jueves para comparar notas?"),
    ("es", "Ayudamos a empresas como la suya a reducir la rotación un 30 % en 2025."),
    ("nl", "Ons Pro-abonnement is deze maand 20% goedkoper voor deelnemers."),
    ("nl", "We hielpen teams zoals het uwe de churn in 2025 met 30% te verlagen."),
    ("de", "Herzlichen Glückwunsch! Ihr Zugang zur Testversion ist 14 Tage gültig."),
]


def test_the_other_language_tables_are_balanced() -> None:
    assert len(CLAIMS_OTHER_LANGUAGES) == len(NOT_CLAIMS_OTHER_LANGUAGES)


@pytest.mark.parametrize(("lang", "sentence", "fact"), CLAIMS_OTHER_LANGUAGES)
def test_fires_on_a_hard_coded_claim_in_other_languages(lang: str, sentence: str, fact: str) -> None:
    found = run_rules("FL309", _email_in(lang, sentence), RECORDS)
    assert codes(found) == ["FL309"], sentence
    assert fact in found[0].message


@pytest.mark.parametrize(("lang", "sentence"), NOT_CLAIMS_OTHER_LANGUAGES)
def test_does_not_fire_in_other_languages(lang: str, sentence: str) -> None:
    found = run_rules("FL309", _email_in(lang, sentence), RECORDS)
    assert codes(found) == [], [d.message for d in found]
