"""Issue 11, fix round 21b (written before the code): FL301 on a day the reader is thanked for.

1. Status columns and values of contact exports whose attendance is a custom property: a
   multi-word property name around "Attendance Status" (HubSpot "Event Attendance Status",
   "Attendance Status (Event)", "Teilnahmestatus Veranstaltung", "Statut de présence à
   l'événement", "Estado de asistencia al evento", "Aanwezigheidsstatus evenement") holding a
   compound value: the registration step and then what happened ("Registered - did not attend",
   "Angemeldet - nicht erschienen", "Inscrit - absent", "Registrado - no asistió", "Aangemeld -
   niet aanwezig"). Must-not: the same compounds where the second half says the person came
   ("Registered - attended", "Inscrit - présent"), a list where everyone attended, a column that
   dates the status rather than holding it.
2. Thanks for a day, afternoon, morning or evening the reader shared with us, with no word for
   attending ("Thank you for a productive day in Leeds", "Danke für den gelungenen Nachmittag",
   "Merci pour cette matinée", "Gracias por la tarde de ayer", "Bedankt voor de leerzame
   middag"). Must-not: the same thanks inside an attendance condition, thanks sent before the
   day (for registering, in advance), thanks for a period that is not an event (a quarter, a
   year), and a closing wish ("have a great day").

Every case is a whole e-mail merged with a list as the tool exports it.
"""

from __future__ import annotations

import csv
import io

import pytest

from followup_lint.testing import codes, run_rules

GREETING = {"en": "Hi {{ first_name }},", "de": "Guten Tag {{ first_name }},", "fr": "Bonjour {{ first_name }},",
            "es": "Hola, {{ first_name }}:", "nl": "Beste {{ first_name }},"}
SIGNOFF = {"en": "Best wishes,\nSiobhán Mac Giolla Phádraig\nCivic Ledger", "de": "Herzliche Grüße\nMaximilian zu Hohenlohe\nAmtswerk",
           "fr": "Bien à vous,\nAnne-Sophie Le Goff\nCollectivia", "es": "Un abrazo,\nMaría José de la Torre\nMunicipia",
           "nl": "Hartelijke groet,\nFenna de Wit-Boukhari\nGemeentewerk"}
ATTEND = {
    "en": "Thanks for attending our procurement workshop. The checklist we walked through is attached.",
    "de": "Danke für Ihre Teilnahme an unserem Vergabe-Workshop. Die Checkliste finden Sie im Anhang.",
    "fr": "Merci d'avoir participé à notre atelier sur les marchés publics. La liste de contrôle est en pièce jointe.",
    "es": "Gracias por asistir a nuestro taller de contratación pública. Te adjunto la lista de control.",
    "nl": "Bedankt voor je deelname aan onze workshop over aanbesteden. De checklist zit in de bijlage.",
}


def _email(lang: str, body: str) -> str:
    return f"---\nkind: follow-up\nlocale: {lang}\n---\n{GREETING[lang]}\n\n{body}\n\n{SIGNOFF[lang]}\n"


def _rows(exported: str) -> list[dict[str, str]]:
    rows = list(csv.DictReader(io.StringIO(exported.strip() + "\n")))
    for row in rows:
        row.setdefault("first_name", row.get("First Name") or row.get("Vorname") or row.get("Prénom")
                       or row.get("Nombre") or row.get("Voornaam") or "")
    return rows


def _fired(lang: str, body: str, exported: str) -> bool:
    return "FL301" in codes(run_rules("FL301", _email(lang, body), _rows(exported)))


# ------------------------------------------------------------ 1. status columns and values

# (id, lang, export): one person on the list registered and did not come
STATUS_MISSED = [
    ("hubspot-event-attendance-status", "en",
     "Record ID,First Name,Last Name,Email,Company Name,Event Attendance Status\n"
     "40211,Oluwaseun,Adeyemi-Clarke,o.adeyemi@wakefield.gov.example,Wakefield Council,Attended\n"
     "40212,Hiroshi,Tanaka,h.tanaka@calderdale.gov.example,Calderdale Council,Registered - did not attend\n"),
    ("hubspot-en-dash-no-show", "en",
     "Record ID,First Name,Last Name,Email,Workshop Attendance Status\n"
     "51001,Aoife,Ní Bhriain,aoife@galway.gov.example,Attended\n"
     "51002,Ravi,Subramanian,ravi@leeds.gov.example,Registered – no show\n"),
    ("status-with-qualifier-after", "en",
     "First Name,Last Name,Email,Attendance Status (Event)\n"
     "Thandeka,Mthembu,thandeka@durban.gov.example,Attended\n"
     "Pieter,van der Merwe,pieter@stellenbosch.gov.example,Registered - absent\n"),
    ("de-angemeldet-nicht-erschienen", "de",
     "Datensatz-ID,Vorname,Nachname,E-Mail,Teilnahmestatus Veranstaltung\n"
     "7301,Friederike,von Bülow,f.buelow@kreis-pinneberg.example,Teilgenommen\n"
     "7302,Mehmet,Yıldırım,m.yildirim@stadt-essen.example,Angemeldet - nicht erschienen\n"),
    ("de-hubspot-english-property", "de",
     "Record ID,Vorname,Nachname,E-Mail,Event Attendance Status\n"
     "7311,Anneliese,Schäfer-Ortiz,a.schaefer@landkreis.example,Attended\n"
     "7312,Jens,Østergaard,j.oestergaard@flensburg.example,Angemeldet – nicht erschienen\n"),
    ("fr-inscrit-absent", "fr",
     "ID,Prénom,Nom,E-mail,Statut de présence à l'événement\n"
     "881,Jean-Baptiste,de Villiers,jb.devilliers@lyon.example,Présent\n"
     "882,Awa,Traoré,awa.traore@grenoble.example,Inscrit - absent\n"),
    ("es-registrado-no-asistio", "es",
     "ID,Nombre,Apellidos,Correo,Estado de asistencia al evento\n"
     "1201,Ximena,Gutiérrez de la Vega,ximena@ayto-sevilla.example,Asistió\n"
     "1202,Joaquín,Ibáñez,joaquin@ayto-malaga.example,Registrado - no asistió\n"),
    ("nl-aangemeld-niet-aanwezig", "nl",
     "ID,Voornaam,Achternaam,E-mail,Aanwezigheidsstatus evenement\n"
     "9101,Daan,van 't Hek,daan@gemeente-utrecht.example,Aanwezig\n"
     "9102,Yasmina,El Amrani,yasmina@gemeente-zwolle.example,Aangemeld - niet aanwezig\n"),
    ("nl-niet-verschenen", "nl",
     "ID,Voornaam,Achternaam,E-mail,Event Attendance Status\n"
     "9111,Lotte,Bosman,lotte@gemeente-delft.example,Aangemeld - aanwezig\n"
     "9112,Wei,Chen,wei.chen@gemeente-leiden.example,Aangemeld - niet verschenen\n"),
    ("fr-inscrit-non-presente", "fr",
     "ID,Prénom,Nom,E-mail,Statut de présence\n"
     "891,Éloïse,Dubois-Mercier,eloise@nantes.example,Inscrit - présent\n"
     "892,Karim,Benali,karim@rennes.example,Inscrit – non présenté\n"),
]

# (id, lang, export): nobody on the list missed it, or the column says nothing of who came
STATUS_QUIET = [
    ("hubspot-all-attended", "en",
     "Record ID,First Name,Last Name,Email,Company Name,Event Attendance Status\n"
     "40211,Oluwaseun,Adeyemi-Clarke,o.adeyemi@wakefield.gov.example,Wakefield Council,Attended\n"
     "40213,Min-jun,Park,minjun@kirklees.gov.example,Kirklees Council,Registered - attended\n"),
    ("en-attended-left-early", "en",
     "Record ID,First Name,Last Name,Email,Workshop Attendance Status\n"
     "51001,Aoife,Ní Bhriain,aoife@galway.gov.example,Attended\n"
     "51003,Madonna,,madonna@cork.gov.example,Attended (left early)\n"),
    ("status-date-column-only", "en",
     "First Name,Last Name,Email,Attendance Status Last Updated\n"
     "Thandeka,Mthembu,thandeka@durban.gov.example,2026-11-24\n"
     "Pieter,van der Merwe,pieter@stellenbosch.gov.example,2026-11-25\n"),
    ("de-angemeldet-teilgenommen", "de",
     "Datensatz-ID,Vorname,Nachname,E-Mail,Teilnahmestatus Veranstaltung\n"
     "7301,Friederike,von Bülow,f.buelow@kreis-pinneberg.example,Teilgenommen\n"
     "7303,Kai,Nakamura,k.nakamura@stadt-bonn.example,Angemeldet - teilgenommen\n"),
    ("de-hubspot-english-property-attended", "de",
     "Record ID,Vorname,Nachname,E-Mail,Event Attendance Status\n"
     "7311,Anneliese,Schäfer-Ortiz,a.schaefer@landkreis.example,Attended\n"
     "7313,Tobias,Müller-Lüdenscheidt,t.mueller@hagen.example,Angemeldet – erschienen\n"),
    ("fr-inscrit-present", "fr",
     "ID,Prénom,Nom,E-mail,Statut de présence à l'événement\n"
     "881,Jean-Baptiste,de Villiers,jb.devilliers@lyon.example,Présent\n"
     "883,Nguyễn,Thị Lan,lan.nguyen@lille.example,Inscrit - présent\n"),
    ("es-registrado-asistio", "es",
     "ID,Nombre,Apellidos,Correo,Estado de asistencia al evento\n"
     "1201,Ximena,Gutiérrez de la Vega,ximena@ayto-sevilla.example,Asistió\n"
     "1203,Iñaki,Etxeberria,inaki@ayto-bilbao.example,Registrado - asistió\n"),
    ("nl-aangemeld-aanwezig", "nl",
     "ID,Voornaam,Achternaam,E-mail,Aanwezigheidsstatus evenement\n"
     "9101,Daan,van 't Hek,daan@gemeente-utrecht.example,Aanwezig\n"
     "9103,Sanne,Jansen-Obi,sanne@gemeente-arnhem.example,Aangemeld - aanwezig\n"),
    ("nl-all-present", "nl",
     "ID,Voornaam,Achternaam,E-mail,Event Attendance Status\n"
     "9111,Lotte,Bosman,lotte@gemeente-delft.example,Aangemeld - aanwezig\n"
     "9113,Bram,de Jong,bram@gemeente-gouda.example,Attended\n"),
    ("fr-all-present", "fr",
     "ID,Prénom,Nom,E-mail,Statut de présence\n"
     "891,Éloïse,Dubois-Mercier,eloise@nantes.example,Inscrit - présent\n"
     "893,Théo,Lambert,theo@brest.example,Présent\n"),
]


def test_status_tables_are_balanced() -> None:
    assert len(STATUS_MISSED) == len(STATUS_QUIET)


@pytest.mark.parametrize(("lang", "exported"), [pytest.param(l, e, id=i) for i, l, e in STATUS_MISSED])
def test_compound_status_of_a_no_show_is_read(lang: str, exported: str) -> None:
    assert _fired(lang, ATTEND[lang], exported)


@pytest.mark.parametrize(("lang", "exported"), [pytest.param(l, e, id=i) for i, l, e in STATUS_QUIET])
def test_compound_status_of_someone_who_came_is_quiet(lang: str, exported: str) -> None:
    assert not _fired(lang, ATTEND[lang], exported)


# ------------------------------------------------------------ 2. thanks for the day itself

ONE_MISSED = ("Record ID,First Name,Last Name,Email,Company Name,Event Attendance Status\n"
              "40211,Oluwaseun,Adeyemi-Clarke,o.adeyemi@wakefield.gov.example,Wakefield Council,Attended\n"
              "40212,Hiroshi,Tanaka,h.tanaka@calderdale.gov.example,Calderdale Council,Registered - did not attend\n"
              "40214,Gráinne,O'Neill-Osei,grainne@sligo.gov.example,Sligo Council,Attended\n")
ALL_CAME = ("Record ID,First Name,Last Name,Email,Company Name,Event Attendance Status\n"
            "40211,Oluwaseun,Adeyemi-Clarke,o.adeyemi@wakefield.gov.example,Wakefield Council,Attended\n"
            "40214,Gráinne,O'Neill-Osei,grainne@sligo.gov.example,Sligo Council,Attended\n")

# (id, lang, body): thanks for a stretch of the event the reader shared, no word for attending
DAY_THANKED = [
    ("en-productive-day", "en",
     "Thank you for a productive day in Harrogate on Wednesday. It was good to go through the framework "
     "with planners from three boroughs. The notes are attached."),
    ("en-great-afternoon", "en",
     "Thanks for a great afternoon at the depot. I've attached the fleet figures we looked at."),
    ("en-such-a-useful-morning", "en",
     "Many thanks again for such a useful morning in Swansea - the action list is below."),
    ("en-lovely-evening", "en",
     "Thank you for a lovely evening of case studies and good food. Here are the two reports I mentioned."),
    ("de-produktiver-tag", "de",
     "Vielen Dank für den produktiven Tag in Kassel. Anbei die Unterlagen, die wir gemeinsam durchgegangen sind."),
    ("de-gelungener-nachmittag", "de",
     "Herzlichen Dank für einen gelungenen Nachmittag mit den Kolleginnen aus vier Landkreisen. Die Fotos folgen."),
    ("fr-belle-journee", "fr",
     "Merci pour cette belle journée à Angers et pour la qualité des échanges. Le compte rendu est joint."),
    ("fr-matinee-riche", "fr",
     "Un grand merci pour cette matinée très riche à Dijon. Vous trouverez ci-joint la synthèse."),
    ("es-jornada-productiva", "es",
     "Muchas gracias por una jornada tan productiva en Zaragoza. Te envío el resumen de los acuerdos."),
    ("es-tarde-agradable", "es",
     "Gracias por la tarde tan agradable en Valladolid. Adjunto las conclusiones del grupo."),
    ("nl-fijne-dag", "nl",
     "Bedankt voor de fijne dag in Zwolle. In de bijlage vind je de afspraken die we hebben gemaakt."),
    ("nl-leerzame-middag", "nl",
     "Dank je wel voor een leerzame middag met de collega's uit vier gemeenten. De presentatie staat hieronder."),
]

# (id, lang, body, export): the same words where no one is presumed to have been there
DAY_QUIET = [
    ("en-guarded", "en",
     "{% if event_attendance_status == 'Attended' %}Thank you for a productive day in Harrogate on Wednesday."
     "{% else %}Sorry we did not see you in Harrogate - the notes are attached.{% endif %}", ONE_MISSED),
    ("en-everyone-came", "en",
     "Thank you for a productive day in Harrogate on Wednesday. It was good to go through the framework "
     "with planners from three boroughs. The notes are attached.", ALL_CAME),
    ("en-registering", "en",
     "Thank you for registering for the day in Harrogate on Wednesday. Parking details are below.", ONE_MISSED),
    ("en-productive-quarter", "en",
     "Thank you for a productive quarter - your renewals are in and the new contract starts in January.", ONE_MISSED),
    ("en-have-a-great-day", "en",
     "The notes from Harrogate are attached for everyone on the list. Thanks, and have a great day.", ONE_MISSED),
    ("de-vorab", "de",
     "Vielen Dank vorab für Ihre Anmeldung zum Praxistag in Kassel. Die Anfahrt finden Sie unten.", ONE_MISSED),
    ("de-erfolgreiches-jahr", "de",
     "Vielen Dank für ein erfolgreiches Jahr der Zusammenarbeit. Ihr neuer Vertrag liegt bei.", ONE_MISSED),
    ("fr-bonne-journee", "fr",
     "Voici le compte rendu d'Angers, envoyé à toute la liste. Merci et bonne journée.", ONE_MISSED),
    ("fr-inscription", "fr",
     "Merci pour votre inscription à la journée du 12 mars à Angers. Le programme suit.", ONE_MISSED),
    ("es-por-adelantado", "es",
     "Gracias de antemano por la jornada del próximo martes en Zaragoza. Te envío el programa.", ONE_MISSED),
    ("nl-goed-jaar", "nl",
     "Bedankt voor een mooi jaar samenwerking. Je nieuwe contract zit in de bijlage.", ONE_MISSED),
    ("nl-fijne-dag-verder", "nl",
     "Hierbij de verslagen uit Zwolle voor iedereen op de lijst. Bedankt en nog een fijne dag verder.", ONE_MISSED),
]


def test_day_tables_are_balanced() -> None:
    assert len(DAY_THANKED) == len(DAY_QUIET)


@pytest.mark.parametrize(("lang", "body"), [pytest.param(l, b, id=i) for i, l, b in DAY_THANKED])
def test_thanks_for_the_day_reaches_the_no_show(lang: str, body: str) -> None:
    assert _fired(lang, body, ONE_MISSED)


@pytest.mark.parametrize(("lang", "body", "exported"), [pytest.param(l, b, e, id=i) for i, l, b, e in DAY_QUIET])
def test_thanks_not_presuming_the_day_is_quiet(lang: str, body: str, exported: str) -> None:
    assert not _fired(lang, body, exported)


# ------------------------------------------------------------ 3. written with the code: edges of the day frame

# several days, a part of the day named by a time word right after "for", a day at the reader's place
MORE_DAYS_THANKED = [
    ("en-this-afternoon", "en", "Thank you for this afternoon, it was great to go through the rollout plan together."),
    ("en-two-days", "en", "Thanks for a great two days in Lisbon. The shared drive link is below."),
    ("de-zwei-tage", "de", "Danke für die zwei intensiven Tage in Leipzig. Die Protokolle folgen morgen."),
    ("de-vormittag", "de", "Vielen Dank für den Vormittag bei Ihnen in Potsdam. Anbei die Zusammenfassung."),
    ("fr-deux-jours", "fr", "Merci pour ces deux jours très riches à Lille. Le support est en pièce jointe."),
    ("fr-apres-midi", "fr", "Merci encore pour l'après-midi à Nancy. Voici les chiffres dont nous avons parlé."),
    ("es-esta-manana", "es", "Gracias por esta mañana tan provechosa en Granada. Te adjunto el acta."),
    ("nl-twee-dagen", "nl", "Bedankt voor de twee inspirerende dagen in Gent. De foto's staan in de map."),
]

# a time of day after something else thanked for, a closing wish past a comma, a year
MORE_DAYS_QUIET = [
    ("en-call-this-morning", "en", "Thanks for the call this morning, the quote is attached."),
    ("en-call-yesterday-afternoon", "en", "Thanks for the call yesterday afternoon - here is the quote."),
    ("en-reply-great-day", "en", "Thanks for the reply, and have a great day."),
    ("en-year-together", "en", "Thank you for a great year together - here is your renewal."),
    ("de-anruf-heute-nachmittag", "de", "Danke für den Anruf heute Nachmittag, anbei das Angebot."),
    ("fr-reponse-bonne-journee", "fr", "Merci pour la réponse, bonne journée."),
    ("es-mensaje-por-la-manana", "es", "Gracias por tu mensaje, te llamo el lunes por la mañana."),
    ("nl-telefoontje-vanmiddag", "nl", "Bedankt voor het telefoontje vanmiddag, hierbij de offerte."),
]


def test_more_day_tables_are_balanced() -> None:
    assert len(MORE_DAYS_THANKED) == len(MORE_DAYS_QUIET)


@pytest.mark.parametrize(("lang", "body"), [pytest.param(l, b, id=i) for i, l, b in MORE_DAYS_THANKED])
def test_more_days_thanked_reach_the_no_show(lang: str, body: str) -> None:
    assert _fired(lang, body, ONE_MISSED)


@pytest.mark.parametrize(("lang", "body"), [pytest.param(l, b, id=i) for i, l, b in MORE_DAYS_QUIET])
def test_other_thanks_with_a_time_of_day_are_quiet(lang: str, body: str) -> None:
    assert not _fired(lang, body, ONE_MISSED)
