"""Two categories from a held-out batch (issue 11), written before the code.

1. FL308: the event's date column names the occasion by its initials (`cab_date`, `Datum HV`,
   `date AG`, `fecha_jgA`, `ALV-datum`) while the sentence spells it out ("this morning's
   customer advisory board", "der gestrigen Hauptversammlung"), or the other way round (a
   `quarterly_business_review_date` column and "yesterday's QBR"). Each row is judged by its own
   date; a short column whose initials spell no occasion of the sentence (a purchase order, an
   order, a different review) dates nothing. Send date fixed: Thursday 2027-02-11.
2. FL306: a team or unit line (any qualifier, five languages, English function names mixed in)
   with the company's line and the usual signature furniture (a bare web address, a tagline, a
   city line) in a one-to-one email is a warning; a person signing above or below the team line
   stays quiet, and a newsletter stays info.
"""

from __future__ import annotations

import csv
import io

import pytest

from followup_lint.model import Severity
from followup_lint.testing import run_rules

SEND = "2027-02-11"
GREETING = {"en": ("Hi", "Best regards,"), "de": ("Hallo", "Viele Grüße"), "fr": ("Bonjour", "Cordialement,"),
            "es": ("Hola", "Un saludo,"), "nl": ("Beste", "Met vriendelijke groet,")}


def _mail(locale: str, sentence: str) -> str:
    hello, bye = GREETING[locale]
    return (f"---\nkind: follow-up\nlocale: {locale}\n---\n{hello} {{{{ first_name }}}},\n\n{sentence}\n\n"
            f"{bye}\nAoife Ní Bhriain-Castellanos\n")


def _records(export: str) -> list[dict[str, str]]:
    text = export.strip()
    head = text.splitlines()[0]
    return list(csv.DictReader(io.StringIO(text + "\n"), delimiter=";" if head.count(";") > head.count(",") else ","))


# (locale, sentence, export, rows whose date the time word does not fit)
ACRONYM_FIRES = [
    ("en", "Thank you for making time for this morning's customer advisory board.", """
email,first_name,last_name,company,cab_date
ngozi@harbourcellars.example,Ngozi,Adeyemi,Harbour Cellars,2027-02-11
pieter@vdberg.example,Pieter,van der Berg,Van der Berg Wijnen,2027-02-09
jiwoo@parkdining.example,Ji-woo,Park,Park Dining Group,2027-02-11
""", {1}),
    ("en", "Thanks for walking us through your roadmap at yesterday's QBR.", """
Email,First Name,Last Name,Account,Quarterly Business Review Date
marcus@oyelaran.example,Marcus,Oyelaran,Fleetwise,2027-02-10
wei@zhang.example,Wei,Zhang,Zhang Imports,2027-02-03
""", {1}),
    ("en", "The minutes of last week's annual general meeting are attached.", """
email,first_name,last_name,member_no,AGM Date
siobhan@obriain.example,Siobhán,Ó Briain,M-0412,2027-02-04
hamid@rahimi.example,Hamid,Rahimi,M-0977,2027-01-21
""", {1}),
    ("de", "Vielen Dank für Ihre Fragen auf der gestrigen Hauptversammlung.", """
E-Mail;Vorname;Nachname;Depot;Datum HV
j.schaefer@maschinenbau.example;Jürgen;Schäfer;D-1182;10.02.2027
a.yilmaz@antriebe.example;Ayşe;Yılmaz;D-2231;04.02.2027
k.vonhagen@hagen.example;Konstantin;von Hagen;D-3310;10.02.2027
""", {1}),
    ("fr", "Merci pour vos questions lors de l'assemblée générale d'hier.", """
email;prenom;nom;adherent;date AG
a.lefevre@cooperative.example;Amélie;Lefèvre;A-118;2027-02-10
j.mbappe@cooperative.example;Jean-Baptiste;Mbappé;A-245;2027-02-05
""", {1}),
    ("es", "Gracias por sus preguntas en la junta general de accionistas de ayer.", """
email,nombre,apellidos,acciones,fecha_jgA
l.garcia@aceros.example,Lucía,García Márquez,1200,2027-02-10
j.delafuente@aceros.example,José María,de la Fuente,300,2027-02-02
""", {1}),
    ("nl", "Dank voor uw inbreng op de algemene ledenvergadering van gisteren.", """
e-mail,voornaam,achternaam,lidnummer,ALV-datum
s.dejong@example.nl,Sanne,de Jong,L-2231,2027-02-10
r.vanderveen@example.nl,Ruud,van der Veen,L-0912,2027-02-06
""", {1}),
]

ACRONYM_QUIET = [
    # a short column for a purchase order: no occasion, whatever its initials
    ("en", "The purchase order you sent last week has been approved.", """
email,first_name,last_name,company,po_date
teuila@faleolo.example,Teuila,Faleolo,Faleolo Foods,2027-01-12
beatriz@lopes.example,Beatriz,Lopes-Carvalho,Lopes Trading,2027-02-10
"""),
    # the initials spell nothing in the sentence
    ("en", "Thanks for the call about the billing change yesterday.", """
email,first_name,last_name,company,cab_date
rotimi@lumen.example,Rotimi,Okafor,Lumen,2027-02-03
mei@lumen.example,Mei,Nakamura,Lumen,2027-01-20
"""),
    # another occasion's initials than the one the sentence names
    ("en", "Thanks for walking us through your roadmap at yesterday's QBR.", """
email,first_name,last_name,company,agm_date
claire@dubois.example,Claire,Dubois,Dubois Conseil,2027-01-03
henrik@lindqvist.example,Henrik,Lindqvist,Lindqvist AB,2026-12-21
"""),
    ("de", "Vielen Dank für Ihren Besuch auf unserer Hausmesse gestern.", """
E-Mail;Vorname;Nachname;Datum HV
j.schaefer@maschinenbau.example;Jürgen;Schäfer;03.02.2027
a.yilmaz@antriebe.example;Ayşe;Yılmaz;20.01.2027
"""),
    ("fr", "Votre commande d'hier est en préparation.", """
email;prenom;nom;date AG
a.lefevre@cooperative.example;Amélie;Lefèvre;2027-01-10
y.lecoq@cooperative.example;Yannick;Le Coq;2027-01-12
"""),
    # a coming occasion
    ("es", "La próxima junta general de accionistas será el martes en Bilbao.", """
email,nombre,apellidos,fecha_jgA
l.garcia@aceros.example,Lucía,García Márquez,2027-01-10
p.ibarra@example.es,Pilar,Ibarra,2026-12-28
"""),
    ("nl", "Bedankt voor uw bestelling van gisteren.", """
e-mail,voornaam,achternaam,ALV-datum
s.dejong@example.nl,Sanne,de Jong,2027-01-10
r.vanderveen@example.nl,Ruud,van der Veen,2026-12-13
"""),
]


def test_acronym_tables_are_balanced() -> None:
    assert len(ACRONYM_FIRES) == len(ACRONYM_QUIET)
    assert {c[0] for c in ACRONYM_FIRES} == {c[0] for c in ACRONYM_QUIET} == set(GREETING)


@pytest.mark.parametrize(("locale", "sentence", "export", "wrong"), ACRONYM_FIRES)
def test_a_column_naming_the_occasion_by_its_initials_dates_the_time_word(locale: str, sentence: str, export: str,
                                                                         wrong: set[int]) -> None:
    records = _records(export)
    found = run_rules("FL308", _mail(locale, sentence), records, send_date=SEND, show_personal_data=False)
    assert {d.recipient.index for d in found if d.recipient} == wrong, [d.message for d in found]
    column = list(records[0])[-1]
    assert all(column in d.message for d in found)


@pytest.mark.parametrize(("locale", "sentence", "export"), ACRONYM_QUIET)
def test_a_short_column_that_names_no_occasion_of_the_sentence_dates_nothing(locale: str, sentence: str,
                                                                            export: str) -> None:
    found = run_rules("FL308", _mail(locale, sentence), _records(export), send_date=SEND)
    assert found == [], [d.message for d in found]


# ---------------------------------------------------------------------------- FL306

BODY = {
    "en": ("Hi {{ first_name }},", "Thanks for the onboarding call yesterday. The admin guide for {{ company }} is "
           "attached, with the two settings we agreed to change.", "Best regards,"),
    "de": ("Hallo {{ first_name }},", "danke für das Gespräch gestern. Anbei die Einrichtungsanleitung für "
           "{{ company }} mit den zwei Einstellungen, die wir besprochen haben.", "Viele Grüße"),
    "fr": ("Bonjour {{ first_name }},", "Merci pour l'échange d'hier. Vous trouverez ci-joint le guide de "
           "paramétrage pour {{ company }}, avec les deux réglages convenus.", "Cordialement,"),
    "es": ("Hola {{ first_name }}:", "Gracias por la llamada de ayer. Le adjunto la guía de configuración para "
           "{{ company }} con los dos ajustes que acordamos.", "Un saludo,"),
    "nl": ("Beste {{ first_name }},", "Bedankt voor het gesprek van gisteren. In de bijlage vindt u de "
           "installatiehandleiding voor {{ company }}, met de twee instellingen die we afspraken.",
           "Met vriendelijke groet,"),
}


def _signed(locale: str, lines: str, kind: str = "follow-up") -> str:
    hello, body, bye = BODY[locale]
    return f"---\nkind: {kind}\n---\n{hello}\n\n{body}\n\n{bye}\n{lines}\n"


TEAM_AND_COMPANY = [
    ("en", "The Academy Team\nOrchard Vale\norchardvale.example"),
    ("en", "The Customer Education Team\nKestrel Bay\nSecurity awareness for growing clinics"),
    ("en", "Fernhallow Labs\nThe Academy Team"),
    ("de", "Das Customer-Success-Team\nNimbus Guard\nnimbusguard.example"),
    ("fr", "L'équipe Customer Care\nBrume & Cie\nLyon, France"),
    ("es", "El equipo de Customer Success de Nimbus Guard"),
    ("es", "Equipo de Partnerships\nRioja Vista\nriojavista.example"),
    ("nl", "Het Sales Team\nZilverhaven\nRotterdam · Antwerpen"),
]

A_PERSON_OR_A_NEWSLETTER = [
    ("en", "The Academy Team\nPriya Raman"),
    ("en", "Priya Raman\nThe Academy Team\nNimbus Guard"),
    ("en", "newsletter:The Academy Team\nNimbus Guard\nnimbusguard.example"),
    ("de", "Jürgen Schäfer\nDas Customer-Success-Team\nNimbus Guard\nnimbusguard.example"),
    ("fr", "L'équipe Customer Care\nCamille Dubois-Laurent\nLyon, France"),
    ("es", "Lucía García Márquez\nEl equipo de Customer Success de Nimbus Guard"),
    ("nl", "Het Sales Team\nSanne de Vries\nRotterdam"),
    ("en", "The Partnerships Team\nWei Zhang\nwei.zhang@nimbusguard.example"),
]


def _warnings(locale: str, lines: str) -> list[str]:
    kind = "follow-up"
    if lines.startswith("newsletter:"):
        kind, lines = "newsletter", lines[len("newsletter:"):]
    found = run_rules("FL306", _signed(locale, lines, kind), [])
    return [d.message for d in found if d.severity >= Severity.WARNING]


def test_signoff_tables_are_balanced() -> None:
    assert len(TEAM_AND_COMPANY) == len(A_PERSON_OR_A_NEWSLETTER)
    assert {c[0] for c in TEAM_AND_COMPANY} == {c[0] for c in A_PERSON_OR_A_NEWSLETTER} == set(BODY)


@pytest.mark.parametrize(("locale", "lines"), TEAM_AND_COMPANY)
def test_a_team_line_with_the_company_and_its_furniture_is_a_warning(locale: str, lines: str) -> None:
    assert _warnings(locale, lines)


@pytest.mark.parametrize(("locale", "lines"), A_PERSON_OR_A_NEWSLETTER)
def test_a_person_with_the_team_or_a_newsletter_is_no_warning(locale: str, lines: str) -> None:
    assert _warnings(locale, lines) == []
