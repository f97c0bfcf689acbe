"""Issue 11 (tables written before the code): FL322 / FL304 and the details of what the list is enrolled in.

A list of people enrolled in one course, programme, certification, cohort, module, track or exam
holds the same course name, exam window, cohort start or session in every row, on purpose:
those columns describe the sender's offering, as a webinar title or a venue does, and are shared
by design also when the sentence says "your" ("your exam window", "your cohort starts").
Still reported: a column filled down with one value that pretends to be about the reader (a
pain point, a custom intro, "the goal you mentioned", a score, a personal note), next to the
course details and to a column that varies. FL304 neither counts the course details as
personal nor reports them as fake: with a filled-down pain point it names only that column.
"""

from __future__ import annotations

import csv
import io

import pytest

from followup_lint.testing import run_rules

_FRAME = {"en": ("Hi", "Best regards"), "de": ("Hallo", "Viele Grüße"), "fr": ("Bonjour", "Bien à vous"),
          "es": ("Hola", "Un saludo"), "nl": ("Beste", "Met vriendelijke groet")}
_SENDER = {"en": "Rosalind Achterberg-Nwosu\nTraining Team, Kestrel Analytics",
           "de": "Jörg van der Linden\nAkademie, Nordwerk Software",
           "fr": "Anne-Sophie Le Goff\nCentre de formation, Logicia",
           "es": "Mª Carmen de la Torre\nFormación, Datanova",
           "nl": "Pieter-Jan de Smet\nAcademy, Brugwerk"}

# first_name,last_name,company plus the varying column (a score, a module done, a grade)
_PEOPLE = [
    ("Sanne", "de Vries", "Gemeente Zwolle"),
    ("Nguyễn", "Thị Lan", "Saigon Freight"),
    ("Jean-Luc", "N'Guessan", "Boulangeries Kouamé"),
    ("Itziar", "Goikoetxea", "Talleres Aiala"),
    ("Sukarno", "", "Batik Works"),
]


def _csv(varying: str, values: list[str], **same: str) -> list[dict[str, str]]:
    """A CSV export as a CRM writes it, read back with the csv module."""
    out = io.StringIO()
    header = ["first_name", "last_name", "company", varying, *same]
    writer = csv.writer(out)
    writer.writerow(header)
    for (first, last, company), value in zip(_PEOPLE, values):
        writer.writerow([first, last, company, value, *same.values()])
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def _mail(lang: str, body: str, kind: str = "follow-up") -> str:
    hello, bye = _FRAME[lang]
    return f"---\nkind: {kind}\nlocale: {lang}\n---\n{hello} {{{{ first_name }}}},\n\n{body}\n\n{bye},\n{_SENDER[lang]}\n"


_SCORES = ["71%", "64%", "88%", "59%", "93%"]
_MODULES = ["Module 3", "Module 5", "Module 2", "Module 6", "Module 4"]

# (lang, body, varying column, its values, the columns shared by design)
SHARED = [
    ("en", "Your exam window for the {{ certification }} opens on {{ exam_window }}. Your last practice test came "
           "out at {{ practice_score }}, so the two mock papers in the portal are the best use of the next weeks.",
     "practice_score", _SCORES, {"certification": "Vantora Certified Administrator",
                                 "exam_window": "8-19 February"}),
    ("en", "Your cohort starts on {{ cohort_start }} and the {{ course_name }} runs for six weeks. You finished "
           "{{ last_module }} of the prep track; the rest can wait until the kickoff.",
     "last_module", _MODULES, {"cohort_start": "3 March", "course_name": "Applied Forecasting Bootcamp"}),
    ("de", "Ihr Prüfungszeitraum für die {{ zertifizierung }} beginnt am {{ pruefungszeitraum }}. In der letzten "
           "Probeprüfung hatten Sie {{ probe_ergebnis }}; die zwei Übungsbögen im Portal helfen beim Rest.",
     "probe_ergebnis", _SCORES, {"zertifizierung": "Nordwerk Certified Planner",
                                 "pruefungszeitraum": "10. bis 21. März"}),
    ("de", "Der {{ lehrgang }} startet mit Ihrem {{ jahrgang }} am {{ kursbeginn }}. Sie haben bereits "
           "{{ letztes_modul }} abgeschlossen, der Rest folgt im Präsenzteil.",
     "letztes_modul", _MODULES, {"lehrgang": "Lehrgang Controlling kompakt", "jahrgang": "Jahrgang 2027",
                                 "kursbeginn": "14. April"}),
    ("fr", "Votre période d'examen pour la {{ certification }} s'ouvre le {{ periode_examen }}. À votre dernier "
           "test blanc vous avez obtenu {{ score_test }} ; les deux sujets d'entraînement du portail suffiront.",
     "score_test", _SCORES, {"certification": "Certification Logicia Administrateur",
                             "periode_examen": "12 au 23 mai"}),
    ("fr", "Votre promotion, {{ promotion }}, commence la {{ formation }} le {{ date_session }}. Vous avez déjà "
           "terminé {{ dernier_module }} du parcours préparatoire.",
     "dernier_module", _MODULES, {"promotion": "Promotion Hedy Lamarr", "formation": "Formation Data Analyst",
                                  "date_session": "2 juin"}),
    ("es", "Su convocatoria para la {{ certificacion }} abre el {{ convocatoria }}. En el último simulacro sacó "
           "{{ nota_simulacro }}, así que los dos exámenes de práctica del portal le vendrán bien.",
     "nota_simulacro", _SCORES, {"certificacion": "Certificación Datanova Analista",
                                 "convocatoria": "del 6 al 17 de octubre"}),
    ("es", "Tu promoción ({{ promocion }}) arranca el {{ curso }} el {{ inicio_curso }}. Ya completaste "
           "{{ ultimo_modulo }} del itinerario previo.",
     "ultimo_modulo", _MODULES, {"promocion": "Promoción 2027-A", "curso": "Curso de Analítica Avanzada",
                                 "inicio_curso": "15 de septiembre"}),
    ("nl", "Uw examenperiode voor de {{ certificering }} loopt van {{ examenperiode }}. Bij de laatste "
           "oefentoets haalde u {{ oefenscore }}; de twee proefexamens in het portaal zijn genoeg voor de rest.",
     "oefenscore", _SCORES, {"certificering": "Brugwerk Gecertificeerd Beheerder",
                             "examenperiode": "3 tot 14 november"}),
    ("nl", "Jouw lichting ({{ lichting }}) begint op {{ startdatum_opleiding }} aan de {{ opleiding }}. Je hebt "
           "{{ laatste_module }} van de voorbereiding al afgerond.",
     "laatste_module", _MODULES, {"lichting": "Lichting najaar 2027", "opleiding": "Opleiding Data Engineer",
                                  "startdatum_opleiding": "1 september"}),
]

# (lang, body, varying column, its values, the filled-down column pretending to be the reader's, its value,
#  course columns shared by design)
FAKE = [
    ("en", "The goal you mentioned, {{ goal }}, is exactly what the {{ certification }} covers. Your practice "
           "test came out at {{ practice_score }}.",
     "practice_score", _SCORES, "goal", "cutting onboarding time", {"certification": "Vantora Certified Administrator"}),
    ("en", "{{ custom_intro }} Your exam window opens on {{ exam_window }} and your latest practice test came out "
           "at {{ practice_score }}.",
     "practice_score", _SCORES, "custom_intro", "I loved your recent post about data quality.",
     {"exam_window": "8-19 February"}),
    ("de", "Ihre größte Herausforderung, {{ herausforderung }}, ist genau das Thema des {{ lehrgang }}. Sie haben "
           "{{ letztes_modul }} schon abgeschlossen.",
     "letztes_modul", _MODULES, "herausforderung", "die manuelle Monatsplanung",
     {"lehrgang": "Lehrgang Controlling kompakt"}),
    ("de", "{{ persoenliche_notiz }} Ihr Prüfungszeitraum beginnt am {{ pruefungszeitraum }}, Ihr letztes "
           "Probeergebnis war {{ probe_ergebnis }}.",
     "probe_ergebnis", _SCORES, "persoenliche_notiz", "Schön, dass Sie wieder dabei sind!",
     {"pruefungszeitraum": "10. bis 21. März"}),
    ("fr", "L'objectif que vous avez mentionné, {{ objectif }}, est au cœur de la {{ formation }}. Vous avez "
           "terminé {{ dernier_module }}.",
     "dernier_module", _MODULES, "objectif", "automatiser le reporting", {"formation": "Formation Data Analyst"}),
    ("fr", "Votre score de {{ score }} au diagnostic montre que la {{ certification }} est à votre portée ; "
           "vous avez déjà terminé {{ dernier_module }}.",
     "dernier_module", _MODULES, "score", "82 %", {"certification": "Certification Logicia Administrateur"}),
    ("es", "El reto que me comentó, {{ reto }}, es justo lo que trabaja el {{ curso }}. Ya completó "
           "{{ ultimo_modulo }}.",
     "ultimo_modulo", _MODULES, "reto", "la planificación de turnos", {"curso": "Curso de Analítica Avanzada"}),
    ("es", "{{ nota_personal }} Su convocatoria para la {{ certificacion }} abre pronto y en el simulacro sacó "
           "{{ nota_simulacro }}.",
     "nota_simulacro", _SCORES, "nota_personal", "¡Qué alegría verle de nuevo por aquí!",
     {"certificacion": "Certificación Datanova Analista"}),
    ("nl", "Uw grootste knelpunt, {{ knelpunt }}, komt uitgebreid aan bod in de {{ opleiding }}. U hebt "
           "{{ laatste_module }} al afgerond.",
     "laatste_module", _MODULES, "knelpunt", "de handmatige planning", {"opleiding": "Opleiding Data Engineer"}),
    ("nl", "Jouw score van {{ score }} op de intaketoets laat zien dat de {{ certificering }} haalbaar is; "
           "de examenperiode loopt van {{ examenperiode }}. Je bent bij {{ laatste_module }}.",
     "laatste_module", _MODULES, "score", "78%", {"certificering": "Brugwerk Gecertificeerd Beheerder",
                                                  "examenperiode": "3 tot 14 november"}),
]


def _named(found: list, column: str) -> bool:
    return any(repr(column) in d.message for d in found)


def test_the_tables_are_balanced() -> None:
    assert len(SHARED) == len(FAKE)
    assert {row[0] for row in SHARED} == {row[0] for row in FAKE} == set(_FRAME)


@pytest.mark.parametrize(("lang", "body", "varying", "values", "shared"), SHARED)
def test_course_details_the_list_shares_are_not_reported(lang: str, body: str, varying: str, values: list[str],
                                                         shared: dict[str, str]) -> None:
    found = run_rules(["FL304", "FL322"], _mail(lang, body), _csv(varying, values, **shared))
    assert found == [], [d.message for d in found]


@pytest.mark.parametrize(("lang", "body", "varying", "values", "fake", "value", "shared"), FAKE)
def test_a_filled_down_column_about_the_reader_is_reported_beside_course_details(
        lang: str, body: str, varying: str, values: list[str], fake: str, value: str,
        shared: dict[str, str]) -> None:
    found = run_rules(["FL304", "FL322"], _mail(lang, body), _csv(varying, values, **shared, **{fake: value}))
    assert [d.code for d in found] == ["FL322"] and _named(found, fake), [d.message for d in found]
    assert not any(_named(found, column) for column in shared), [d.message for d in found]


# FL304: nothing but the name varies. The course details are no fake personalization of their own...
@pytest.mark.parametrize(("lang", "body", "varying", "values", "shared"), SHARED[::2])
def test_course_details_alone_beside_the_name_are_not_called_fake(lang: str, body: str, varying: str,
                                                                  values: list[str], shared: dict[str, str]) -> None:
    fixed = body.replace("{{ " + varying + " }}", "—")
    found = run_rules(["FL304", "FL322"], _mail(lang, fixed), _csv(varying, values, **shared))
    assert not any(_named(found, column) for column in shared), [d.message for d in found]


# ... and they do not make a filled-down column count as personal: FL304 names only that column
@pytest.mark.parametrize(("lang", "body", "varying", "values", "fake", "value", "shared"), FAKE[::2])
def test_fl304_names_only_the_fake_column_beside_course_details(
        lang: str, body: str, varying: str, values: list[str], fake: str, value: str,
        shared: dict[str, str]) -> None:
    fixed = body.replace("{{ " + varying + " }}", "—")
    found = run_rules(["FL304", "FL322"], _mail(lang, fixed), _csv(varying, values, **shared, **{fake: value}))
    assert [d.code for d in found] == ["FL304"] and _named(found, fake), [d.message for d in found]
    assert not any(_named(found, column) for column in shared), [d.message for d in found]


# What the reader told the sender stays theirs even when it names a course: "the course you
# mentioned, {{ course }}" filled down is fake; the sender's own "as mentioned" is not.
_TOLD = [
    ("en", "The programme you mentioned on our call, {{ programme }}, has seats left; you finished {{ last_module }}."),
    ("de", "Den Lehrgang, den Sie erwähnten, {{ lehrgang }}, gibt es auch berufsbegleitend; Sie haben "
           "{{ last_module }} abgeschlossen."),
    ("fr", "La formation que vous avez mentionnée, {{ formation }}, a encore des places ; vous avez terminé "
           "{{ last_module }}."),
    ("es", "El curso que me comentó, {{ curso }}, todavía tiene plazas; ya completó {{ last_module }}."),
    ("nl", "De opleiding die u noemde, {{ opleiding }}, heeft nog plaatsen; u hebt {{ last_module }} afgerond."),
]
_ANNOUNCED = [
    ("en", "As mentioned in the welcome pack, your {{ programme }} starts soon; you finished {{ last_module }}."),
    ("de", "Wie bereits erwähnt, beginnt Ihr {{ lehrgang }} bald; Sie haben {{ last_module }} abgeschlossen."),
    ("fr", "Comme annoncé, votre {{ formation }} commence bientôt ; vous avez terminé {{ last_module }}."),
    ("es", "Como le comentamos, su {{ curso }} empieza pronto; ya completó {{ last_module }}."),
    ("nl", "Zoals eerder gemeld begint uw {{ opleiding }} binnenkort; u hebt {{ last_module }} afgerond."),
]
_COURSE = {"programme": "Leadership Programme 2027", "lehrgang": "Lehrgang Controlling kompakt",
           "formation": "Formation Data Analyst", "curso": "Curso de Analítica Avanzada",
           "opleiding": "Opleiding Data Engineer"}


def _course_column(body: str) -> dict[str, str]:
    return {k: v for k, v in _COURSE.items() if "{{ " + k + " }}" in body}


@pytest.mark.parametrize(("lang", "body"), _TOLD)
def test_a_course_the_reader_told_us_about_filled_down_is_reported(lang: str, body: str) -> None:
    found = run_rules(["FL304", "FL322"], _mail(lang, body), _csv("last_module", _MODULES, **_course_column(body)))
    assert [d.code for d in found] == ["FL322"], [d.message for d in found]


@pytest.mark.parametrize(("lang", "body"), _ANNOUNCED)
def test_a_course_the_sender_announced_is_shared(lang: str, body: str) -> None:
    found = run_rules(["FL304", "FL322"], _mail(lang, body), _csv("last_module", _MODULES, **_course_column(body)))
    assert found == [], [d.message for d in found]
