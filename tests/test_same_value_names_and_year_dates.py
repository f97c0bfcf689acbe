"""FL322 / FL304, two kinds of column with one value for the whole list (issue 11, written before
the code):

1. a name column filled down (every row greets the same person, "Hi Parisa" to six people):
   reported, whether it is the greeting's name or a name in the body;
2. a contract date every organisation of the list really shares because it is the start or end
   of a financial or calendar year ("renews on 1 April 2027" for councils, "zum 01.01.2027"):
   shared, unless the sentence presents it as the reader's ("Your licences renew on ...");
   a date that is no such boundary, filled down, is still reported.
en/de/fr/es/nl, realistic lists."""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

_FRAME = {"en": ("Hi", "Best regards"), "de": ("Hallo", "Viele Grüße"), "fr": ("Bonjour", "Bien cordialement"),
          "es": ("Hola", "Un saludo"), "nl": ("Beste", "Met vriendelijke groet")}
_PEOPLE = [
    ("Parisa", "Rahimi-Doyle", "Doyle Venues"),
    ("Kenji", "Matsumoto", "Kansai Meetings"),
    ("Agnieszka", "Wójcik-Brennan", "Brennan Hotels"),
    ("Tiago", "dos Santos", "Porto Congress"),
    ("Nomvula", "Zulu", "Durban Events Co"),
    ("Florian", "ten Brink", "Brink Locaties"),
]


def _mail(lang: str, greeting_var: str, body: str) -> str:
    hello, bye = _FRAME[lang]
    return (f"---\nkind: follow-up\nlocale: {lang}\n---\n{hello} {{{{ {greeting_var} }}}},\n\n{body}\n\n"
            f"{bye},\nOren Abramowitz-Keller\nSummit Sourcing\n")


def _rows(first: str, **same: str) -> list[dict[str, str]]:
    """One row per person; ``first`` names the given-name column (all distinct), ``same`` the
    columns filled with one value."""
    return [{first: f, "last_name": last, "company": c, "email": f"{f.lower()}@{c.split()[0].lower()}.example", **same}
            for f, last, c in _PEOPLE]


def _fired(template: str, rows: list[dict[str, str]]) -> bool:
    return any(d.code in ("FL304", "FL322") for d in run_rules(["FL304", "FL322"], template, rows))


MUST_FIRE = [
    pytest.param(_mail("en", "greeting_name", "Following up on the venue RFP: could {{ company }} send room rates for 120 guests by Friday?"),
                 _rows("first_name", greeting_name="Parisa"), id="en-greeting-name-filled-down"),
    pytest.param(_mail("de", "anrede_vorname", "anbei das Angebot für {{ company }}; die Preise gelten bis Ende Februar."),
                 _rows("vorname", anrede_vorname="Katharina"), id="de-greeting-name-filled-down"),
    pytest.param(_mail("fr", "prenom_usage", "voici le devis pour {{ company }}, valable jusqu'à fin février."),
                 _rows("prenom", prenom_usage="Élodie"), id="fr-greeting-name-filled-down"),
    pytest.param(_mail("es", "first_name", "{{ nombre_pila }}, te adjunto la propuesta para {{ company }}."),
                 _rows("first_name", nombre_pila="Alejandro"), id="es-body-name-filled-down"),
    pytest.param(_mail("nl", "roepnaam", "hierbij de offerte voor {{ company }}, geldig tot eind februari."),
                 _rows("voornaam", roepnaam="Sanne"), id="nl-greeting-name-filled-down"),
    pytest.param(_mail("en", "first_name", "{{ company }}'s trial ends on {{ trial_end_date }}, and the export tool goes with it."),
                 _rows("first_name", trial_end_date="17 March 2027"), id="en-trial-end-not-a-year-boundary"),
    pytest.param(_mail("en", "first_name", "Your licences at {{ company }} renew on {{ renewal_date }}; reply if the seat count changed."),
                 _rows("first_name", renewal_date="1 January 2027"), id="en-year-boundary-as-the-readers"),
    pytest.param(_mail("de", "first_name", "Ihre Lizenz für {{ company }} läuft am {{ ablaufdatum }} aus."),
                 _rows("first_name", ablaufdatum="01.04.2027"), id="de-year-boundary-as-the-readers"),
    pytest.param(_mail("es", "first_name", "La demo de {{ company }} caduca el {{ fecha_fin }}, así que te escribo hoy."),
                 _rows("first_name", fecha_fin="23 de marzo de 2027"), id="es-mid-month-date-filled-down"),
]

MUST_NOT = [
    pytest.param(_mail("en", "greeting_name", "Following up on the venue RFP: could {{ company }} send room rates for 120 guests by Friday?"),
                 [{**row, "greeting_name": row["first_name"]} for row in _rows("first_name")], id="en-greeting-name-varies"),
    pytest.param(_mail("en", "first_name", "Following up on the venue RFP: could {{ company }} send room rates by Friday?"),
                 [{**row, "first_name": "Mohammed" if i < 2 else row["first_name"]} for i, row in enumerate(_rows("first_name"))],
                 id="en-two-colleagues-share-a-name"),
    pytest.param(_mail("en", "first_name", "A reminder that {{ company }}'s rota-planner subscription renews on {{ renewal_date }}. Reply before March if your headcount changed."),
                 _rows("first_name", renewal_date="1 April 2027"), id="en-financial-year-renewal"),
    pytest.param(_mail("de", "first_name", "der Wartungsvertrag von {{ company }} verlängert sich zum {{ verlaengerungsdatum }}."),
                 _rows("first_name", verlaengerungsdatum="01.01.2027"), id="de-calendar-year-renewal"),
    pytest.param(_mail("fr", "first_name", "le contrat de {{ company }} est reconduit le {{ date_echeance }}, sans démarche de votre part."),
                 _rows("first_name", date_echeance="1er janvier 2027"), id="fr-calendar-year-renewal"),
    pytest.param(_mail("es", "first_name", "La licencia de {{ company }} se renueva el {{ fecha_renovacion }} con las mismas condiciones."),
                 _rows("first_name", fecha_renovacion="1 de julio de 2027"), id="es-half-year-renewal"),
    pytest.param(_mail("nl", "first_name", "Het contract van {{ company }} wordt verlengd op {{ verlengdatum }}."),
                 _rows("first_name", verlengdatum="1 januari 2027"), id="nl-calendar-year-renewal"),
]


@pytest.mark.parametrize(("template", "rows"), MUST_FIRE)
def test_a_filled_down_name_or_date_is_reported(template: str, rows: list[dict[str, str]]) -> None:
    assert _fired(template, rows)


@pytest.mark.parametrize(("template", "rows"), MUST_NOT)
def test_a_varying_name_or_a_year_boundary_date_is_quiet(template: str, rows: list[dict[str, str]]) -> None:
    assert not _fired(template, rows)
