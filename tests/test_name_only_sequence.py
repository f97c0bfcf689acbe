"""FL304 and the sequence: a bump in a prospecting sequence rides on the thread it continues.

A prospecting template declared ``sequence: follow-up`` (the second or third email of an
outbound sequence) is sent in the thread of the first; what that email said about the reader is
the context, as it is for a reply or a breakup. A post-event follow-up (``kind: follow-up``), or
a template that does not say its kind, is still judged: the "Hi Behnia" email that knows nothing
about Parissa is the case FL304 exists for.
"""

from __future__ import annotations

import pytest

from followup_lint.testing import codes, run_rules

RECORDS = [
    {"first_name": "Parissa", "last_name": "Behnia", "email": "p.behnia@bluefinch.example", "company": "Bluefinch Labs"},
    {"first_name": "Siobhán", "last_name": "Ní Bhriain", "email": "siobhan@cnocdubh.example", "company": "Cnoc Dubh"},
    {"first_name": "Tran", "last_name": "Thi Mai", "email": "mai.tran@saigonfab.example", "company": "Saigon Fab"},
]


def _template(front: str, body: str) -> str:
    return f"---\n{front}\n---\n{body}"


BUMP_EN = ("Hi {{ first_name }},\n\nJust checking the test report reached you; our mail server had a wobble last "
           "week. I've attached it again.\n\nThanks,\nGareth Pryce-Jones")
BUMP_ES = ("Hola {{ first_name }}:\n\nRetomo mi correo de la semana pasada por si se quedó enterrado. Le reenvío la "
           "tabla de tiempos de cambio de formato.\n\nUn saludo,\nJulián Ortega Sanz")
BUMP_FR = ("Bonjour {{ first_name }},\n\nJe me permets de revenir vers vous au sujet de mon message précédent : voici "
           "le modèle de contrat promis.\n\nBonne fin de semaine,\nInès Dubois-Kaddour")
BUMP_DE = ("Hallo {{ vorname }},\n\nich wollte kurz nachhaken, ob meine Nachricht von letzter Woche angekommen ist. "
           "Die Checkliste hänge ich noch einmal an.\n\nViele Grüße\nJonas van der Berg")
BUMP_NL = ("Beste {{ first_name }},\n\nIk stuur mijn vorige bericht nog even door, voor het geval het onderaan de "
           "stapel is beland.\n\nMet vriendelijke groet,\nWouter Dijkstra")
WEBINAR = ("Hi {{ first_name }},\n\nThanks for attending our webinar last week. I hope you found it useful.\n\n"
           "Best,\nDana Okafor")


@pytest.mark.parametrize(
    ("front", "body", "fires"),
    [
        # a bump in an outbound sequence: the thread is the context
        ("kind: prospecting\nsequence: follow-up", BUMP_EN, False),
        ("kind: prospecting\nsequence: follow-up\nlocale: es", BUMP_ES, False),
        ("kind: prospecting\nsequence: follow-up\nlocale: fr", BUMP_FR, False),
        ("kind: Prospecting\nsequence: bump\nlocale: de", BUMP_DE, False),
        ("kind: prospecting\nsequence: follow-up\nlocale: nl", BUMP_NL, False),
        # the same words as a first touch, or with no position: nothing before it was personal
        ("kind: prospecting\nsequence: first-touch", BUMP_EN, True),
        ("kind: prospecting", BUMP_EN, True),
        ("kind: prospecting\nlocale: nl", BUMP_NL, True),
        # a post-event follow-up is the first email about the event, whatever its sequence says
        ("kind: follow-up\nsequence: follow-up", WEBINAR, True),
        ("kind: webinar follow-up\nsequence: follow-up", WEBINAR, True),
        ("sequence: follow-up", WEBINAR, True),  # no kind: nothing says it rides on a thread
        ("sequence: bump\nlocale: de", BUMP_DE, True),
    ],
)
def test_name_only_in_a_sequence_bump(front: str, body: str, fires: bool) -> None:
    records = [{**r, "vorname": r["first_name"]} for r in RECORDS]
    found = codes(run_rules("FL304", _template(front, body), records))
    assert ("FL304" in found) is fires, found
