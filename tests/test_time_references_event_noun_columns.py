"""FL308 when the event's date sits in a column named after the event itself (issue 11, item 4).

A list exported for one kind of occasion names its date column after it: `Tasting Date`,
`Datum Werksbesichtigung`, `date_tournee`, `fecha_recorrido`, `proefritdatum`. Whatever the
noun, when the sentence with the time word names that very occasion ("yesterday's tasting",
"la tournée d'hier", "de proefrit van gisteren"), the column is that sentence's event date, and
each row is judged by its own date. A date column that is clearly not the event (sign-up,
creation, invoice, renewal, payment, order, birthday) never dates a time word, even when its
noun is in the sentence; a time word whose own clause names something else is not judged.

The lists are real-looking CSV exports with several rows, some on the right date and some not;
the send date is fixed (Thursday 2027-02-11). Written before the code.
"""

from __future__ import annotations

import csv
import io

import pytest

from followup_lint.testing import run_rules

SEND = "2027-02-11"
GREETING = {"en": ("Hi", "Best"), "de": ("Hallo", "Viele Grüße"), "fr": ("Bonjour", "Cordialement"),
            "es": ("Hola", "Saludos"), "nl": ("Beste", "Met vriendelijke groet")}


def mail(locale: str, sentence: str) -> str:
    hello, bye = GREETING[locale]
    return (f"---\nkind: follow-up\nlocale: {locale}\n---\n{hello} {{{{ first_name }}}},\n\n{sentence}\n\n"
            f"{bye},\nMarisol Eakins-Tanaka\n")


# (locale, sentence, CSV export, 0-based rows whose date the time word does not fit)
FIRES = [
    ("en", "I hope yesterday's tasting gave you a feel for the spring list.", """
Email,First Name,Last Name,Company,Tasting Date
ngozi@harbourcellars.example,Ngozi,Adeyemi,Harbour Cellars,2027-02-10
pieter@vdberg.example,Pieter,van der Berg,Van der Berg Wijnen,2027-02-03
jiwoo@parkdining.example,Ji-woo,Park,Park Dining Group,2027-02-10
siobhan@obriain.example,Siobhán,Ó Briain,Ó Briain & Co,2027-01-27
""", {1, 3}),
    ("en", "Thanks again for letting me shadow you on last week's ride-along.", """
email,first_name,last_name,territory,ride_along_date
marcus.oyelaran@fleetwise.example,Marcus,Oyelaran,Midlands,02/04/2027
wei.zhang@fleetwise.example,Wei,Zhang,North West,02/10/2027
ana.souza@fleetwise.example,Ana,de Souza,London,01/21/2027
""", {1, 2}),
    ("en", "The photos from this morning's site survey are attached.", """
Record ID,First Name,Last Name,Site,Site Survey Date
1001,Hamid,Rahimi,Unit 4 Trafford Park,2027-02-11T08:30:00Z
1002,Beatriz,Lopes-Carvalho,Dock 7 Tilbury,2027-02-09T09:00:00Z
1003,Teuila,Faleolo,Hangar 2 Prestwick,2027-02-11T10:15:00Z
""", {1}),
    ("en", "Thanks for joining yesterday's hackathon in {{ city }}.", """
email,first_name,last_name,city,hackathon_date
r.okafor@lumen.example,Rotimi,Okafor,Leeds,2027-02-10
m.nakamura@lumen.example,Mei,Nakamura,Bristol,2027-02-08
c.dubois@lumen.example,Claire,Dubois,Leeds,2027-02-10
h.lindqvist@lumen.example,Henrik,Lindqvist,Bristol,2027-02-08
""", {1, 3}),
    ("de", "Vielen Dank für Ihr Interesse bei der gestrigen Werksbesichtigung in Ulm.", """
E-Mail;Vorname;Nachname;Firma;Datum Werksbesichtigung
j.schaefer@maschinenbau.example;Jürgen;Schäfer;Schäfer Maschinenbau;10.02.2027
a.yilmaz@antriebe.example;Ayşe;Yılmaz;Yılmaz Antriebe;03.02.2027
k.vonhagen@hagen.example;Konstantin;von Hagen;Hagen Logistik;10.02.2027
""", {1}),
    ("de", "Wie hat Ihnen die Probefahrt letzte Woche gefallen?", """
E-Mail,Vorname,Nachname,Modell,Probefahrtdatum
l.brandt@example.de,Lena,Brandt,E-Transporter,2027-02-03
t.nguyen@example.de,Thi Lan,Nguyen,E-Transporter,2027-01-20
m.oezdemir@example.de,Murat,Özdemir,Kombi,2027-02-05
""", {1}),
    ("fr", "Merci d'avoir accueilli l'étape d'hier de notre tournée à {{ ville }}.", """
email;prenom;nom;ville;date_tournee
a.lefevre@cooperative.example;Amélie;Lefèvre;Rennes;2027-02-10
j.mbappe@cooperative.example;Jean-Baptiste;Mbappé;Nantes;2027-02-04
y.lecoq@cooperative.example;Yannick;Le Coq;Rennes;2027-02-10
""", {1}),
    ("fr", "La dégustation de la semaine dernière vous a-t-elle plu ?", """
Email,Prénom,Nom,Domaine,Date dégustation
c.delacroix@vins.example,Camille,de La Croix,Domaine des Lauriers,2027-02-05
t.benali@vins.example,Taha,Benali,Cave Benali,2027-02-10
m.nguyen@vins.example,Minh,Nguyen,Bistrot Minh,2027-02-02
""", {1}),
    ("es", "Gracias por el recorrido de ayer por la planta de Zaragoza.", """
email,nombre,apellidos,empresa,fecha_recorrido
l.garcia@aceros.example,Lucía,García Márquez,Aceros del Ebro,2027-02-10
j.delaFuente@aceros.example,José María,de la Fuente,Transportes Fuente,2027-02-02
""", {1}),
    ("es", "¿Qué le pareció la cata de la semana pasada?", """
Correo,Nombre,Apellido,Restaurante,Fecha de la cata
p.ibarra@example.es,Pilar,Ibarra,Casa Ibarra,2027-02-02
k.tanaka@example.es,Kenji,Tanaka,Sakura Bar,2027-01-26
r.olmo@example.es,Rocío,del Olmo,El Olmo,2027-02-09
""", {1, 2}),
    ("nl", "Hoe beviel de proefrit van gisteren?", """
e-mail,voornaam,achternaam,model,proefritdatum
s.dejong@example.nl,Sanne,de Jong,Bestelwagen,2027-02-10
r.vanderveen@example.nl,Ruud,van der Veen,Bestelwagen,2027-02-06
f.elamrani@example.nl,Fatima,El Amrani,Stationwagen,2027-02-10
""", {1}),
    ("nl", "Bedankt voor je komst naar de proeverij van vorige week.", """
e-mail,voornaam,achternaam,zaak,datum_proeverij
b.bakker@example.nl,Bram,Bakker,Café Bakker,2027-02-03
l.chen@example.nl,Li,Chen,Restaurant Lotus,2027-02-10
""", {1}),
]

# date columns that are not the event, or a time word whose own clause is about something else
QUIET = [
    ("en", "Since you signed up last week, here is how to get the most from your trial.", """
email,first_name,last_name,company,signup_date
ngozi@harbourcellars.example,Ngozi,Adeyemi,Harbour Cellars,2027-01-12
pieter@vdberg.example,Pieter,van der Berg,Van der Berg Wijnen,2027-02-10
"""),
    ("en", "Yesterday's invoice is attached for your records.", """
Email,First Name,Last Name,Company,Invoice Date
ana@desouza.example,Ana,de Souza,De Souza Foods,2027-02-01
wei@zhang.example,Wei,Zhang,Zhang Imports,2027-01-15
"""),
    ("en", "Your renewal last month went through without a hitch.", """
email,first_name,last_name,plan,renewal_date
marcus@oyelaran.example,Marcus,Oyelaran,Team,2026-11-30
beatriz@lopes.example,Beatriz,Lopes-Carvalho,Business,2027-02-09
"""),
    ("en", "The order you placed last week has shipped from our Leeds warehouse.", """
email,first_name,last_name,last_order_date
teuila@faleolo.example,Teuila,Faleolo,2027-01-18
hamid@rahimi.example,Hamid,Rahimi,2027-02-10
"""),
    ("en", "The account you created yesterday is ready to use.", """
Record ID,First Name,Last Name,Email,Create Date
2001,Rotimi,Okafor,r.okafor@lumen.example,2027-02-01
2002,Mei,Nakamura,m.nakamura@lumen.example,2027-01-20
"""),
    ("en", "I hope yesterday's birthday celebrations at {{ company }} were fun.", """
email,first_name,last_name,company,Birthday
claire@dubois.example,Claire,Dubois,Dubois Conseil,1988-02-03
henrik@lindqvist.example,Henrik,Lindqvist,Lindqvist AB,1979-07-21
"""),
    ("de", "Die gestrige Rechnung finden Sie im Anhang.", """
E-Mail;Vorname;Nachname;Rechnungsdatum
j.schaefer@maschinenbau.example;Jürgen;Schäfer;03.02.2027
a.yilmaz@antriebe.example;Ayşe;Yılmaz;20.01.2027
"""),
    ("fr", "Votre commande de la semaine dernière est en route.", """
email;prenom;nom;date_commande
a.lefevre@cooperative.example;Amélie;Lefèvre;2027-02-10
y.lecoq@cooperative.example;Yannick;Le Coq;2027-01-12
"""),
    ("es", "Su pago de ayer ya está registrado.", """
email,nombre,apellidos,fecha_pago
l.garcia@aceros.example,Lucía,García Márquez,2027-02-01
p.ibarra@example.es,Pilar,Ibarra,2027-01-28
"""),
    ("nl", "De factuur van vorige week staat klaar in uw portaal.", """
e-mail,voornaam,achternaam,factuurdatum
s.dejong@example.nl,Sanne,de Jong,2027-02-10
r.vanderveen@example.nl,Ruud,van der Veen,2027-01-13
"""),
    ("en", "It was lovely to host you at the tasting. Last week we published our spring price list.", """
Email,First Name,Last Name,Company,Tasting Date
ngozi@harbourcellars.example,Ngozi,Adeyemi,Harbour Cellars,2027-02-10
jiwoo@parkdining.example,Ji-woo,Park,Park Dining Group,2027-01-20
"""),
    ("de", "Wie bei der Probefahrt besprochen, sind die Leasingraten letzten Monat gesunken.", """
E-Mail,Vorname,Nachname,Modell,Probefahrtdatum
l.brandt@example.de,Lena,Brandt,E-Transporter,2027-02-03
t.nguyen@example.de,Thi Lan,Nguyen,E-Transporter,2026-12-02
"""),
]


def _records(export: str) -> list[dict[str, str]]:
    text = export.strip()
    delimiter = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
    return list(csv.DictReader(io.StringIO(text + "\n"), delimiter=delimiter))


def test_tables_are_balanced() -> None:
    assert len(FIRES) == len(QUIET)
    assert {case[0] for case in FIRES} == {case[0] for case in QUIET} == set(GREETING)


@pytest.mark.parametrize(("locale", "sentence", "export", "wrong"), FIRES)
def test_a_column_named_after_the_event_dates_the_time_word(locale: str, sentence: str, export: str,
                                                            wrong: set[int]) -> None:
    records = _records(export)
    assert len(records) >= 2 and all(len(r) == len(records[0]) for r in records)
    found = run_rules("FL308", mail(locale, sentence), records, send_date=SEND, show_personal_data=False)
    assert {d.recipient.index for d in found if d.code == "FL308" and d.recipient} == wrong, \
        [d.message for d in found]
    column = list(records[0])[-1]
    assert all(column in d.message for d in found)
    assert not any(r[list(r)[1]] in d.message for d in found for r in records)  # no names in messages


@pytest.mark.parametrize(("locale", "sentence", "export"), QUIET)
def test_a_date_column_that_is_not_the_event_dates_nothing(locale: str, sentence: str, export: str) -> None:
    records = _records(export)
    found = run_rules("FL308", mail(locale, sentence), records, send_date=SEND)
    assert found == [], [d.message for d in found]


# How a column named after the occasion sits with the other event dates: the front matter's,
# a generic `event_date` column next to it, a coming occasion, a branch some rows do not get.
def _template(locale: str, sentence: str, front: str = "") -> str:
    return mail(locale, sentence).replace("kind: follow-up\n", f"kind: follow-up\n{front}")


MIXED_FIRES = [
    # the front matter dates the email; the column says when each reader came
    ("en", "Thanks for joining yesterday's tasting at the Leith cellar.", "event_date: 2027-02-10\n",
     "email,first_name,tasting_date\nkenji@sakura.example,Kenji,2027-02-10\nana@souza.example,Ana,2027-02-03\n", {1}),
    # a generic event date next to it: the sentence names the tasting, so the tasting's date counts
    ("en", "I hope yesterday's tasting gave you a feel for the spring list.", "",
     "email,first_name,event_date,tasting_date\nkenji@sakura.example,Kenji,2027-02-10,2027-02-04\n"
     "ana@souza.example,Ana,2027-02-04,2027-02-10\n", {0}),
    # the event named in the subject's own words, in German, with a weekday
    ("de", "Wie fanden Sie die Probefahrt vom Dienstag?", "",
     "E-Mail,Vorname,Probefahrtdatum\nl.brandt@example.de,Lena,2027-02-09\nm.oezdemir@example.de,Murat,2027-02-08\n",
     {1}),
    ("nl", "Hierbij de foto's van de proefrit van afgelopen maandag.", "",
     "e-mail,voornaam,proefritdatum\ns.dejong@example.nl,Sanne,2027-02-08\nr.vanderveen@example.nl,Ruud,2027-02-10\n",
     {1}),
]
MIXED_QUIET = [
    # a coming occasion: nothing to check against a past date
    ("en", "Our next tasting is on Tuesday at the Leith cellar.", "",
     "email,first_name,tasting_date\nkenji@sakura.example,Kenji,2027-02-03\nana@souza.example,Ana,2027-01-20\n"),
    ("fr", "La prochaine dégustation aura lieu mardi à Beaune.", "",
     "email,prenom,date_degustation\nc.delacroix@vins.example,Camille,2027-02-05\nt.benali@vins.example,Taha,2027-01-10\n"),
    # the column is another occasion than the one the sentence names
    ("es", "Gracias por la visita de ayer a la bodega.", "",
     "email,nombre,fecha_cata\nl.garcia@aceros.example,Lucía,2027-02-02\np.ibarra@example.es,Pilar,2027-01-28\n"),
    # the phrase is in a branch the readers with the wrong date do not get
    ("en", "{% if tasting_date == '2027-02-10' %}I hope yesterday's tasting was fun.{% endif %}", "",
     "email,first_name,tasting_date\nkenji@sakura.example,Kenji,2027-02-10\nana@souza.example,Ana,2027-02-03\n"),
]


def test_mixed_tables_are_balanced() -> None:
    assert len(MIXED_FIRES) == len(MIXED_QUIET)


@pytest.mark.parametrize(("locale", "sentence", "front", "export", "wrong"), MIXED_FIRES)
def test_the_occasion_column_beside_other_event_dates(locale: str, sentence: str, front: str, export: str,
                                                      wrong: set[int]) -> None:
    found = run_rules("FL308", _template(locale, sentence, front), _records(export), send_date=SEND)
    assert {d.recipient.index for d in found if d.recipient} == wrong, [d.message for d in found]
    assert all(d.recipient for d in found), [d.message for d in found]


@pytest.mark.parametrize(("locale", "sentence", "front", "export"), MIXED_QUIET)
def test_the_occasion_column_dates_only_past_phrases_about_it(locale: str, sentence: str, front: str,
                                                             export: str) -> None:
    found = run_rules("FL308", _template(locale, sentence, front), _records(export), send_date=SEND)
    assert found == [], [d.message for d in found]
