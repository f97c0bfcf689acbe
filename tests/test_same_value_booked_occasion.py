"""FL322 / FL304: the details of one booked in-person occasion (a plant tour, a site visit, an
open house, a tasting) are the same for everyone on purpose.

"Thanks for booking a place on our canning-line tour. We'll meet at {{ meeting_point }} on
{{ tour_date }} at {{ tour_time }}": a date, time or place column named after the tour or the
visit ("tour_date", "Datum Werksbesichtigung", "heure_visite", "fecha_visita",
"rondleiding_tijd"), or shown in a sentence that names the tour or where "we'll meet", is the
logistics of the occasion the whole list booked. The same column names without the occasion,
in a sentence about the reader ("teams in {{ city }}", "your site in {{ location }}"), or a
reader's field filled down ("{{ pain_point }}"), are still reported.
"""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

_FRAME = {"en": ("Hi", "Best regards"), "de": ("Hallo", "Viele Grüße"), "fr": ("Bonjour", "Bien cordialement"),
          "es": ("Hola", "Un saludo"), "nl": ("Beste", "Met vriendelijke groet")}
_PEOPLE = [
    ("Oyinkansola", "Adebisi-Ward", "Ward Brewing Co"),
    ("Bartholomew", "Ashcombe", "Ashcombe Cider"),
    ("Mei-Ling", "Tsai", "Jade River Beverages"),
    ("Tadhg", "Ó Murchú", "Kerry Craft Drinks"),
    ("Valentina", "Russo-Ekwueme", "Ekwueme Soft Drinks"),
]


def _mail(lang: str, body: str) -> str:
    hello, bye = _FRAME[lang]
    return (f"---\nkind: follow-up\nlocale: {lang}\n---\n{hello} {{{{ first_name }}}},\n\n{body}\n\n"
            f"{bye},\nCornelius Mbatha-Friel\nCanline Engineering\n")


def _rows(**same: str) -> list[dict[str, str]]:
    return [{"first_name": f, "last_name": last, "company": c, "email": f"{f.lower()}@{c.split()[0].lower()}.example",
             **same} for f, last, c in _PEOPLE]


# (lang, body, the columns filled with one value): the occasion's own details, shared by design
SHARED = [
    ("en", "Thanks for booking a place on our canning-line tour. We'll meet at {{ meeting_point }} on {{ tour_date }} "
           "at {{ tour_time }}; parking is free on site.",
     {"meeting_point": "Visitor Centre reception", "tour_date": "Thursday 11 March", "tour_time": "09:30"}),
    ("en", "Your place is confirmed. We'll meet in the lobby on {{ date }} at {{ time }}.",
     {"date": "Thursday 11 March", "time": "09:30"}),
    ("en", "The site visit starts at {{ start_time }} at the main gate.", {"start_time": "10:00"}),
    ("de", "Danke für Ihre Anmeldung. Die Werksbesichtigung beginnt am {{ datum_werksbesichtigung }} um "
           "{{ uhrzeit }} am Haupttor.", {"datum_werksbesichtigung": "11. März", "uhrzeit": "9:30 Uhr"}),
    ("fr", "Merci pour votre inscription : la visite de l'usine aura lieu le {{ date_visite }} à {{ heure_visite }}.",
     {"date_visite": "jeudi 11 mars", "heure_visite": "9h30"}),
    ("es", "Gracias por reservar. La visita a la planta será el {{ fecha_visita }} a las {{ hora_visita }}.",
     {"fecha_visita": "jueves 11 de marzo", "hora_visita": "9:30"}),
    ("nl", "Bedankt voor je aanmelding. De rondleiding begint op {{ rondleiding_datum }} om {{ rondleiding_tijd }}.",
     {"rondleiding_datum": "donderdag 11 maart", "rondleiding_tijd": "9.30 uur"}),
]
# the same kinds of column, about the reader or filled down: reported
REPORTED = [
    ("en", "Teams in {{ city }} keep telling us the seamer is the bottleneck.", {"city": "Leeds"}),
    ("en", "Thanks for booking the tour. I know {{ pain_point }} is on your mind at {{ company }}.",
     {"pain_point": "oxygen pick-up in the can"}),
    ("en", "I saw your site in {{ location }} is expanding.", {"location": "Cork"}),
    ("de", "Ihr Standort in {{ ort }} wächst schnell.", {"ort": "Bremen"}),
    ("fr", "Je sais que {{ defi }} vous préoccupe chez {{ company }}.", {"defi": "le taux d'oxygène"}),
    ("es", "Sé que en {{ ciudad }} su equipo crece rápido.", {"ciudad": "Sevilla"}),
    ("nl", "Ik weet dat {{ uitdaging }} bij {{ company }} speelt.", {"uitdaging": "zuurstofopname"}),
]


def _fired(template: str, rows: list[dict[str, str]]) -> bool:
    return any(d.code in ("FL304", "FL322") for d in run_rules(["FL304", "FL322"], template, rows))


def test_tables_are_balanced() -> None:
    assert len(SHARED) == len(REPORTED)


@pytest.mark.parametrize(("lang", "body", "same"), SHARED)
def test_a_booked_occasions_details_are_shared(lang: str, body: str, same: dict[str, str]) -> None:
    assert not _fired(_mail(lang, body), _rows(**same))


@pytest.mark.parametrize(("lang", "body", "same"), REPORTED)
def test_the_readers_fields_filled_down_are_reported(lang: str, body: str, same: dict[str, str]) -> None:
    assert _fired(_mail(lang, body), _rows(**same))
