"""Issue 11, fix round 19a (written before the code): FL301, attendance, five languages.

1. Numeric attendance columns of real exports: counts of sessions or webinars attended and
   times or durations spent in the event, as CRM properties, webinar reports and their
   translations write them ("Zoom Webinar Attendance Count", "AttendeeTotalTimeInSession",
   "Teilnahmedauer (Min.)", "Nombre de sessions suivies", "Aantal bijgewoonde sessies"). Zero
   ("0", "0:00", "00:00:00", "0 min", "0 of 3") says the person did not attend; so does an
   empty cell where others in the same column hold a count. A positive value, or a partial
   "1 of 3 sessions", is attended. Must-not: counts of other things (registrations, polls,
   questions, follow-ups, calls, pages), a date of the last attended webinar, time connected
   before the session, a count column that no one on the list has filled in.
2. Wording that presumes the reader was there, in ordinary words: thanks for making, carving
   out or setting aside time for the session; wishes that the reader took something from it.
   Must-not: the same words for a session still to come, for the recording, as a condition,
   about other people, for registering, and messages to those who missed it.

Every case is a whole e-mail merged with a list as the tool exports it.
"""

from __future__ import annotations

import csv
import io

import pytest

from followup_lint.testing import codes, run_rules

GREETING = {"en": "Hi {{ first_name }},", "de": "Guten Tag {{ first_name }},", "fr": "Bonjour {{ first_name }},",
            "es": "Hola, {{ first_name }}:", "nl": "Beste {{ first_name }},"}
SIGNOFF = {"en": "Kind regards,\nTamsin Achterberg-Nwosu\nLedgerline", "de": "Viele Grüße\nJörg van der Linde\nBelegwerk",
           "fr": "Bien cordialement,\nMarie-Claude N'Diaye\nFacturo", "es": "Un saludo,\nItziar de la Fuente\nCuadra",
           "nl": "Met vriendelijke groet,\nSem Bakkali\nBoekhoudhuis"}
THANKS = {
    "en": "Thanks for joining our webinar on month-end reconciliation. The slides and the checklist are attached.",
    "de": "Vielen Dank für Ihre Teilnahme an unserem Webinar zum Monatsabschluss. Die Folien finden Sie im Anhang.",
    "fr": "Merci d'avoir participé à notre webinaire sur la clôture mensuelle. Vous trouverez le support en pièce jointe.",
    "es": "Gracias por asistir a nuestro seminario web sobre el cierre mensual. Te adjunto la presentación.",
    "nl": "Bedankt voor je deelname aan ons webinar over de maandafsluiting. De slides zitten in de bijlage.",
}


def _email(lang: str, body: str) -> str:
    return (f"---\nkind: follow-up\nlocale: {lang}\n---\n{GREETING[lang]}\n\n{body}\n\n{SIGNOFF[lang]}\n")


def _rows(exported: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(exported)))


def _fl301(lang: str, body: str, records: list[dict[str, str]]) -> bool:
    return "FL301" in codes(run_rules("FL301", _email(lang, body), records))


# ------------------------------------------------------------ 1. numeric attendance columns

# (id, lang, export): someone on the list did not attend, as the numeric column says
COUNTS_MISSED = [
    ("hubspot-zoom-attendance-count-zero", "en",
     "Record ID,First Name,Last Name,Email,Company Name,Zoom Webinar Registration Count,Zoom Webinar Attendance Count\n"
     "40211,Oluwaseun,Adeyemi-Clarke,o.adeyemi@brightwater.example,Brightwater Utilities,1,1\n"
     "40212,Ha-eun,Seo,haeun.seo@hanbit.example,Hanbit Freight,1,0\n"
     "40219,Jean-Baptiste,de la Croix,jb@croixfinance.example,Croix Finance,2,2\n"),
    ("hubspot-attendance-count-empty", "en",
     "Record ID,First Name,Last Name,Email,Zoom Webinar Registration Count,Zoom Webinar Attendance Count\n"
     "51007,Priyanka,Raghunathan,priyanka@tallyhouse.example,1,1\n"
     "51011,Declan,Ó Súilleabháin,declan@corkledger.example,1,\n"
     "51020,Mei,Takahashi,mei.t@kaizenbooks.example,1,1\n"),
    ("series-sessions-attended-zero-of-three", "en",
     "First Name,Last Name,Email,Company,Series,Sessions Attended\n"
     "Ingrid,Haugland,ingrid@fjordfinans.example,Fjord Finans,Close Faster (3 parts),2 of 3\n"
     "Kwame,Mensah-Bonsu,kwame@goldcoastagri.example,Gold Coast Agri,Close Faster (3 parts),0 of 3\n"
     "Lucía,Fernández Ortega,lucia@ortegaasesores.example,Ortega Asesores,Close Faster (3 parts),3 of 3\n"),
    ("zoom-time-in-session-empty", "en",
     "First Name,Last Name,Email,Registration Time,Join Time,Leave Time,Time in Session (minutes),Country/Region Name\n"
     "Anneliese,Vogt,a.vogt@vogtbau.example,11/20/2026 09:12,11/26/2026 15:58,11/26/2026 16:51,53,Germany\n"
     "Rashid,Al-Hashimi,rashid@gulfledger.example,11/21/2026 17:40,,,,United Arab Emirates\n"
     "Thanh,Pham,thanh.pham@saigonbooks.example,11/22/2026 08:03,11/26/2026 16:01,11/26/2026 16:49,48,Vietnam\n"),
    ("goto-attendance-length-zero-min", "en",
     "First Name,Last Name,Email Address,Registration Date,Attendance Length,Interest Rating\n"
     "Bartosz,Wiśniewski,bartosz@wisla.example,2026-11-18,52 min,71\n"
     "Chidinma,Okafor,chidinma@lagosfreight.example,2026-11-19,0 min,\n"
     "Henrik,Lindqvist,henrik@norrbooks.example,2026-11-20,47 min,64\n"),
    ("collaborate-total-time-in-session", "en",
     "FirstNameOfAttendee,LastNameOfAttendee,EmailOfAttendee,AttendeeRole,AttendeeTotalTimeInSession\n"
     "Aroha,Ngata,aroha@kiwiledger.example,Participant,00:54:12\n"
     "Soo-ah,Kim,sooah@seoulbooks.example,Participant,00:00:00\n"
     "Wojciech,Zieliński,wojtek@zielinski.example,Participant,00:49:30\n"),
    ("teams-in-meeting-duration-zero", "en",
     "Name,Email,Registration status,In-Meeting Duration,Role\n"
     "Gabriela Souza,gabriela@riobooks.example,Registered,1h 2m 10s,Attendee\n"
     "Tomasz Nowak,tomasz@nowakfinance.example,Registered,0m 0s,Attendee\n"
     "Fatima Zahra Benali,fz.benali@atlasledger.example,Registered,58m 40s,Attendee\n"),
    ("webex-duration-of-attendance", "en",
     "First Name,Last Name,Email,Company,Duration of Attendance (mins)\n"
     "Seamus,MacLeod,seamus@hebrides.example,Hebrides Fish,61\n"
     "Yuki,Matsumoto,yuki@matsumotoco.example,Matsumoto & Co,0\n"
     "Adaeze,Nwankwo,adaeze@nwankwolegal.example,Nwankwo Legal,55\n"),
    ("minutes-watched-zero", "en",
     "Email,First Name,Last Name,Company,Minutes Watched,Replay Requested\n"
     "elif@anatolia.example,Elif,Yılmaz,Anatolia Textiles,44,No\n"
     "marcus@brightpath.example,Marcus,Oyelaran,Brightpath,0,Yes\n"
     "noor@dunesoft.example,Noor,Haddad,Dunesoft,39,No\n"),
    ("livestream-minutes-zero", "en",
     "First name,Last name,Email,Organisation,Livestream minutes,Recording minutes\n"
     "Rangi,Parata,rangi@tainui.example,Tainui Trust,58,0\n"
     "Saoirse,Ní Bhriain,saoirse@galwayco.example,Galway Co-op,0,0\n"
     "Dmitri,Volkov,dmitri@volkovlog.example,Volkov Logistics,41,12\n"),
    ("events-attended-count-zero", "en",
     "Contact ID,First Name,Last Name,Email,Lifecycle Stage,Events Attended (Count)\n"
     "88120,Amara,Okonkwo,amara@okonkwo.example,Lead,2\n"
     "88121,Björn,Åkesson,bjorn@akesson.example,Lead,0\n"
     "88125,Valentina,Russo,valentina@russocapital.example,Opportunity,1\n"),
    ("total-time-attended-hms", "en",
     "First Name,Last Name,Email,Total Time Attended (hh:mm:ss),Registered On\n"
     "Kofi,Boateng,kofi@accraagro.example,00:47:03,2026-11-12\n"
     "Marguerite,Van den Berghe,marguerite@berghe.example,00:00:00,2026-11-14\n"
     "Hiroshi,Sato,hiroshi@satoworks.example,00:51:44,2026-11-15\n"),
    ("de-teilnahmedauer-null", "de",
     "Vorname,Nachname,E-Mail,Firma,Teilnahmedauer (Min.)\n"
     "Dörte,Schulze-Wegener,d.schulze@wegener.example,Wegener Spedition,57\n"
     "Emre,Öztürk,emre@oeztuerk.example,Öztürk Bau,0\n"
     "Friederike,von Aschenbach,f.aschenbach@aschenbach.example,Aschenbach KG,49\n"),
    ("de-anzahl-besuchter-webinare", "de",
     "Vorname,Nachname,E-Mail,Unternehmen,Anzahl besuchter Webinare\n"
     "Lars,Brüggemann,lars@brueggemann.example,Brüggemann GmbH,3\n"
     "Aylin,Demir,aylin@demir-steuer.example,Demir Steuerberatung,0\n"
     "Konstantin,Weiß,k.weiss@weiss-it.example,Weiß IT,1\n"),
    ("de-zeit-in-der-sitzung-leer", "de",
     "Vorname,Nachname,E-Mail,Zeit in der Sitzung (Minuten)\n"
     "Annika,Holtkamp,annika@holtkamp.example,51\n"
     "Matthias,ter Horst,m.terhorst@terhorst.example,\n"
     "Selin,Kaya,selin@kaya-logistik.example,46\n"),
    ("fr-duree-de-presence-zero", "fr",
     "Prénom,Nom,E-mail,Société,Durée de présence (min)\n"
     "Éloïse,Dufresne-Martin,eloise@dufresne.example,Dufresne Conseil,56\n"
     "Moussa,Diallo,moussa@sahelcompta.example,Sahel Compta,0\n"
     "Gaëlle,Le Goff,gaelle@legoff.example,Le Goff Expertise,42\n"),
    ("fr-sessions-suivies-zero-sur-trois", "fr",
     "Prénom,Nom,E-mail,Entreprise,Nombre de sessions suivies\n"
     "Anaïs,Lefebvre,anais@lefebvre.example,Lefebvre & Fils,2 sur 3\n"
     "Karim,Benali,karim@benali-audit.example,Benali Audit,0 sur 3\n"
     "Timothée,de Villiers,timothee@villiers.example,Villiers Gestion,3 sur 3\n"),
    ("es-tiempo-en-la-sesion-cero", "es",
     "Nombre,Apellidos,Correo electrónico,Empresa,Tiempo en la sesión (minutos)\n"
     "Ainhoa,Etxeberria Goñi,ainhoa@etxeberria.example,Etxeberria Asesores,0:52\n"
     "Joaquín,del Río,joaquin@delrio.example,Del Río Contables,0:00\n"
     "Valeria,Quispe,valeria@andesfin.example,Andes Finanzas,0:47\n"),
    ("es-sesiones-asistidas-cero", "es",
     "Nombre,Apellidos,Email,Empresa,Número de sesiones asistidas\n"
     "Camila,Restrepo,camila@restrepo.example,Restrepo & Asociados,2\n"
     "Xavier,Puig i Serra,xavier@puigserra.example,Puig Serra,0\n"
     "Renata,Gonçalves,renata@goncalves.example,Gonçalves Lda,1\n"),
    ("es-duracion-asistencia-vacia", "es",
     "Nombre,Apellidos,Correo,Duración de la asistencia\n"
     "Ximena,Arévalo,ximena@arevalo.example,00:48:10\n"
     "Gonzalo,Martín-Sanz,gonzalo@martinsanz.example,\n"
     "Nerea,Olabarria,nerea@olabarria.example,00:51:02\n"),
    ("nl-aanwezigheidsduur-nul", "nl",
     "Voornaam,Achternaam,E-mailadres,Bedrijf,Aanwezigheidsduur (min)\n"
     "Femke,de Graaf,femke@degraaf.example,De Graaf Administratie,54\n"
     "Youssef,El Amrani,youssef@elamrani.example,El Amrani Boekhouding,0\n"
     "Joris,van der Heijden,joris@heijden.example,Van der Heijden BV,50\n"),
    ("nl-bijgewoonde-sessies-nul-van-vier", "nl",
     "Voornaam,Achternaam,E-mail,Organisatie,Aantal bijgewoonde sessies\n"
     "Lotte,Verbruggen,lotte@verbruggen.example,Verbruggen Fiscaal,3 van 4\n"
     "Daan,Janssens,daan@janssens.example,Janssens & Co,0 van 4\n"
     "Ilse,Mertens,ilse@mertens.example,Mertens Advies,4 van 4\n"),
    ("nl-tijd-in-sessie-leeg", "nl",
     "Voornaam,Achternaam,E-mail,Tijd in sessie (minuten)\n"
     "Noor,Visser,noor@visser.example,46\n"
     "Ruben,Smit,ruben@smitadvies.example,\n"
     "Maartje,Kok,maartje@kok.example,52\n"),
    ("de-teilnahmedauer-hms-null", "de",
     "Anrede,Vorname,Nachname,E-Mail,Dauer der Teilnahme\n"
     "Frau,Ilka,Bergström,ilka@bergstroem.example,00:58:12\n"
     "Herr,Oğuz,Yıldırım,oguz@yildirim.example,00:00:00\n"
     "Frau,Hanne,Møller,hanne@moeller.example,00:44:51\n"),
]

# (id, lang, export): numbers that are not attendance, or everyone attended
COUNTS_QUIET = [
    ("hubspot-registration-count-only", "en",
     "Record ID,First Name,Last Name,Email,Zoom Webinar Registration Count\n"
     "40211,Oluwaseun,Adeyemi-Clarke,o.adeyemi@brightwater.example,1\n"
     "40212,Ha-eun,Seo,haeun.seo@hanbit.example,0\n"
     "40219,Jean-Baptiste,de la Croix,jb@croixfinance.example,2\n"),
    ("sessions-registered-zero", "en",
     "First Name,Last Name,Email,Company,Sessions Registered\n"
     "Ingrid,Haugland,ingrid@fjordfinans.example,Fjord Finans,3\n"
     "Kwame,Mensah-Bonsu,kwame@goldcoastagri.example,Gold Coast Agri,0\n"
     "Lucía,Fernández Ortega,lucia@ortegaasesores.example,Ortega Asesores,2\n"),
    ("zoom-poll-responses-zero", "en",
     "First Name,Last Name,Email,Attended,Poll Responses,Questions Asked\n"
     "Anneliese,Vogt,a.vogt@vogtbau.example,Yes,3,1\n"
     "Rashid,Al-Hashimi,rashid@gulfledger.example,Yes,0,0\n"
     "Thanh,Pham,thanh.pham@saigonbooks.example,Yes,2,0\n"),
    ("series-partial-attendance", "en",
     "First Name,Last Name,Email,Company,Sessions Attended\n"
     "Ingrid,Haugland,ingrid@fjordfinans.example,Fjord Finans,1 of 3 sessions\n"
     "Kwame,Mensah-Bonsu,kwame@goldcoastagri.example,Gold Coast Agri,2 of 3 sessions\n"
     "Lucía,Fernández Ortega,lucia@ortegaasesores.example,Ortega Asesores,3 of 3 sessions\n"),
    ("time-in-session-all-positive", "en",
     "First Name,Last Name,Email,Time in Session (minutes)\n"
     "Anneliese,Vogt,a.vogt@vogtbau.example,53\n"
     "Rashid,Al-Hashimi,rashid@gulfledger.example,4\n"
     "Thanh,Pham,thanh.pham@saigonbooks.example,48\n"),
    ("sales-call-duration-zero", "en",
     "First Name,Last Name,Email,Owner,Avg. Call Duration (min),Calls Logged\n"
     "Bartosz,Wiśniewski,bartosz@wisla.example,Dana Reyes,12,4\n"
     "Chidinma,Okafor,chidinma@lagosfreight.example,Dana Reyes,0,0\n"
     "Henrik,Lindqvist,henrik@norrbooks.example,Dana Reyes,8,2\n"),
    ("minutes-to-first-reply-zero", "en",
     "Email,First Name,Last Name,Company,Minutes to First Reply,Tickets Opened\n"
     "elif@anatolia.example,Elif,Yılmaz,Anatolia Textiles,14,2\n"
     "marcus@brightpath.example,Marcus,Oyelaran,Brightpath,0,0\n"
     "noor@dunesoft.example,Noor,Haddad,Dunesoft,31,1\n"),
    ("attendance-count-never-filled", "en",
     "Record ID,First Name,Last Name,Email,Zoom Webinar Registration Count,Zoom Webinar Attendance Count\n"
     "51007,Priyanka,Raghunathan,priyanka@tallyhouse.example,1,\n"
     "51011,Declan,Ó Súilleabháin,declan@corkledger.example,1,\n"
     "51020,Mei,Takahashi,mei.t@kaizenbooks.example,1,\n"),
    ("last-webinar-attended-date-empty", "en",
     "Contact ID,First Name,Last Name,Email,Last Webinar Attended Date\n"
     "88120,Amara,Okonkwo,amara@okonkwo.example,2026-11-26\n"
     "88121,Björn,Åkesson,bjorn@akesson.example,\n"
     "88125,Valentina,Russo,valentina@russocapital.example,2026-11-26\n"),
    ("minutes-connected-before-session-zero", "en",
     "Email,FirstName,LastName,MinutesConnectedBeforeSession,MinutesConnectedRunningSession\n"
     "rangi@tainui.example,Rangi,Parata,6,58\n"
     "saoirse@galwayco.example,Saoirse,Ní Bhriain,0,52\n"
     "dmitri@volkovlog.example,Dmitri,Volkov,3,41\n"),
    ("pages-viewed-zero", "en",
     "First Name,Last Name,Email,Pages Viewed,Emails Opened\n"
     "Kofi,Boateng,kofi@accraagro.example,12,5\n"
     "Marguerite,Van den Berghe,marguerite@berghe.example,0,0\n"
     "Hiroshi,Sato,hiroshi@satoworks.example,7,3\n"),
    ("demo-length-zero", "en",
     "First Name,Last Name,Email,Demo Length (minutes),Seats Requested\n"
     "Seamus,MacLeod,seamus@hebrides.example,30,5\n"
     "Yuki,Matsumoto,yuki@matsumotoco.example,0,0\n"
     "Adaeze,Nwankwo,adaeze@nwankwolegal.example,45,12\n"),
    ("de-anzahl-anmeldungen-null", "de",
     "Vorname,Nachname,E-Mail,Firma,Anzahl Anmeldungen,Umfrageantworten\n"
     "Dörte,Schulze-Wegener,d.schulze@wegener.example,Wegener Spedition,2,1\n"
     "Emre,Öztürk,emre@oeztuerk.example,Öztürk Bau,0,0\n"
     "Friederike,von Aschenbach,f.aschenbach@aschenbach.example,Aschenbach KG,1,0\n"),
    ("de-teilnahmedauer-alle-positiv", "de",
     "Vorname,Nachname,E-Mail,Teilnahmedauer (Min.)\n"
     "Lars,Brüggemann,lars@brueggemann.example,57\n"
     "Aylin,Demir,aylin@demir-steuer.example,1:05:00\n"
     "Konstantin,Weiß,k.weiss@weiss-it.example,12\n"),
    ("de-besuchte-seiten-null", "de",
     "Vorname,Nachname,E-Mail,Besuchte Seiten,Gestellte Fragen\n"
     "Annika,Holtkamp,annika@holtkamp.example,9,2\n"
     "Matthias,ter Horst,m.terhorst@terhorst.example,0,0\n"
     "Selin,Kaya,selin@kaya-logistik.example,4,1\n"),
    ("fr-nombre-inscriptions-zero", "fr",
     "Prénom,Nom,E-mail,Société,Nombre d'inscriptions\n"
     "Éloïse,Dufresne-Martin,eloise@dufresne.example,Dufresne Conseil,2\n"
     "Moussa,Diallo,moussa@sahelcompta.example,Sahel Compta,0\n"
     "Gaëlle,Le Goff,gaelle@legoff.example,Le Goff Expertise,1\n"),
    ("fr-nombre-de-suivis-zero", "fr",
     "Prénom,Nom,E-mail,Entreprise,Nombre de suivis,Dernier suivi\n"
     "Anaïs,Lefebvre,anais@lefebvre.example,Lefebvre & Fils,3,2026-11-20\n"
     "Karim,Benali,karim@benali-audit.example,Benali Audit,0,\n"
     "Timothée,de Villiers,timothee@villiers.example,Villiers Gestion,1,2026-11-02\n"),
    ("fr-duree-de-presence-tous-presents", "fr",
     "Prénom,Nom,E-mail,Durée de présence (min)\n"
     "Éloïse,Dufresne-Martin,eloise@dufresne.example,56\n"
     "Moussa,Diallo,moussa@sahelcompta.example,0:18\n"
     "Gaëlle,Le Goff,gaelle@legoff.example,42\n"),
    ("es-sesiones-registradas-cero", "es",
     "Nombre,Apellidos,Email,Empresa,Sesiones registradas\n"
     "Camila,Restrepo,camila@restrepo.example,Restrepo & Asociados,2\n"
     "Xavier,Puig i Serra,xavier@puigserra.example,Puig Serra,0\n"
     "Renata,Gonçalves,renata@goncalves.example,Gonçalves Lda,1\n"),
    ("es-encuestas-respondidas-cero", "es",
     "Nombre,Apellidos,Correo,Encuestas respondidas,Minutos de llamada\n"
     "Ximena,Arévalo,ximena@arevalo.example,2,14\n"
     "Gonzalo,Martín-Sanz,gonzalo@martinsanz.example,0,0\n"
     "Nerea,Olabarria,nerea@olabarria.example,1,9\n"),
    ("es-sesiones-asistidas-parcial", "es",
     "Nombre,Apellidos,Email,Sesiones asistidas\n"
     "Ainhoa,Etxeberria Goñi,ainhoa@etxeberria.example,1 de 3\n"
     "Joaquín,del Río,joaquin@delrio.example,2 de 3\n"
     "Valeria,Quispe,valeria@andesfin.example,3 de 3\n"),
    ("nl-aantal-aanmeldingen-nul", "nl",
     "Voornaam,Achternaam,E-mailadres,Bedrijf,Aantal aanmeldingen,Gestelde vragen\n"
     "Femke,de Graaf,femke@degraaf.example,De Graaf Administratie,2,1\n"
     "Youssef,El Amrani,youssef@elamrani.example,El Amrani Boekhouding,0,0\n"
     "Joris,van der Heijden,joris@heijden.example,Van der Heijden BV,1,3\n"),
    ("nl-gemiddelde-gespreksduur-nul", "nl",
     "Voornaam,Achternaam,E-mail,Gemiddelde gespreksduur (min),Aantal offertes\n"
     "Lotte,Verbruggen,lotte@verbruggen.example,11,2\n"
     "Daan,Janssens,daan@janssens.example,0,0\n"
     "Ilse,Mertens,ilse@mertens.example,7,1\n"),
    ("nl-bijgewoonde-sessies-gedeeltelijk", "nl",
     "Voornaam,Achternaam,E-mail,Aantal bijgewoonde sessies\n"
     "Noor,Visser,noor@visser.example,1 van 4\n"
     "Ruben,Smit,ruben@smitadvies.example,2 van 4\n"
     "Maartje,Kok,maartje@kok.example,4 van 4\n"),
]


def test_the_count_tables_are_balanced() -> None:
    assert len(COUNTS_MISSED) == len(COUNTS_QUIET)


@pytest.mark.parametrize(("case", "lang", "exported"), COUNTS_MISSED, ids=[c[0] for c in COUNTS_MISSED])
def test_a_zero_or_empty_attendance_count_is_a_no_show(case: str, lang: str, exported: str) -> None:
    assert _fl301(lang, THANKS[lang], _rows(exported)), case


@pytest.mark.parametrize(("case", "lang", "exported"), COUNTS_QUIET, ids=[c[0] for c in COUNTS_QUIET])
def test_other_numbers_and_attended_counts_are_quiet(case: str, lang: str, exported: str) -> None:
    assert not _fl301(lang, THANKS[lang], _rows(exported)), case


# -------------------------------------------------- 2. wording that presumes the reader was there

NO_SHOW_LIST = [
    {"first_name": "Siddharth", "last_name": "Venkataraman", "Attended": "Yes", "Time in Session (minutes)": "47"},
    {"first_name": "Anouk", "last_name": "van Leeuwen-Baptiste", "Attended": "No", "Time in Session (minutes)": "0"},
    {"first_name": "Jae-won", "last_name": "Lim", "Attended": "Yes", "Time in Session (minutes)": "52"},
]

PRESUMES = [
    ("en", "Thanks for making time for Tuesday's walkthrough of the reconciliation module."),
    ("en", "I really appreciate you carving out an hour for our pricing workshop yesterday."),
    ("en", "Thank you for setting aside your Thursday afternoon for the roadmap session."),
    ("en", "Hope you got something useful out of the hour we spent on cash forecasting."),
    ("en", "Hopefully you walked away from the clinic with a couple of ideas for the close."),
    ("de", "Danke, dass Sie sich am Dienstag die Zeit für unsere Produktvorführung genommen haben."),
    ("de", "Vielen Dank, dass Sie sich eine Stunde für den Rundgang durch das neue Modul freigehalten haben."),
    ("de", "Schön, dass Sie sich gestern den Nachmittag für unseren Workshop freigeschaufelt haben."),
    ("de", "Ich hoffe, Sie konnten aus dem Workshop etwas für Ihr Team mitnehmen."),
    ("de", "Hoffentlich hat sich die Stunde am Donnerstag für Sie gelohnt."),
    ("fr", "Merci d'avoir pris le temps de suivre notre démonstration mardi."),
    ("fr", "Merci de nous avoir consacré une heure jeudi pour la présentation de la feuille de route."),
    ("fr", "Merci d'avoir bloqué votre après-midi pour l'atelier tarification."),
    ("fr", "J'espère que vous avez pu en retirer quelques idées pour votre équipe."),
    ("fr", "J'espère que cette heure passée ensemble vous a apporté des pistes concrètes."),
    ("es", "Gracias por sacar un hueco el martes para la demostración del nuevo módulo."),
    ("es", "Gracias por dedicarnos una hora de tu martes para el taller de precios."),
    ("es", "Te agradezco que reservaras la tarde del jueves para la sesión de hoja de ruta."),
    ("es", "Ojalá hayas podido sacar algo en claro de la hora que pasamos juntos."),
    ("es", "Espero que la sesión del jueves te haya servido para el cierre trimestral."),
    ("nl", "Bedankt dat je dinsdag tijd hebt vrijgemaakt voor onze rondleiding door het platform."),
    ("nl", "Fijn dat je een uur hebt willen uittrekken voor de workshop over prijsstrategie."),
    ("nl", "Dank dat u donderdagmiddag hebt vrijgehouden voor de roadmapsessie."),
    ("nl", "Hopelijk heb je iets kunnen meenemen uit de sessie van donderdag."),
    ("nl", "Ik hoop dat het uur met ons de moeite waard was."),
]

SAFE = [
    # a session still to come
    ("en", "Thanks for making time for next Tuesday's walkthrough - the calendar invite is attached."),
    ("de", "Danke, dass Sie sich nächste Woche Zeit für die Vorführung nehmen; die Einladung folgt."),
    ("fr", "Merci de prendre le temps de nous rejoindre jeudi prochain pour la démonstration."),
    ("es", "Gracias por reservar un hueco para la demo del próximo martes; te llegará la invitación."),
    ("nl", "Bedankt dat je volgende week tijd vrijmaakt voor de rondleiding; de uitnodiging volgt."),
    # the recording
    ("en", "Hope the recording gives you something useful for the quarter-end close."),
    ("de", "Ich hoffe, Sie können aus der Aufzeichnung etwas für Ihr Team mitnehmen."),
    ("fr", "J'espère que l'enregistrement vous apportera quelques pistes concrètes."),
    ("es", "Espero que puedas sacar algo en claro de la grabación."),
    ("nl", "Hopelijk kun je iets meenemen uit de opname van donderdag."),
    # a condition
    ("en", "If you managed to carve out time for Tuesday's session, I hope the hour was worth it."),
    ("de", "Falls Sie es am Dienstag einrichten konnten, hoffe ich, Sie konnten etwas mitnehmen."),
    ("fr", "Si vous avez pu vous libérer mardi, j'espère que l'heure vous a été utile."),
    ("es", "Si pudiste sacar un hueco el martes, espero que la sesión te sirviera."),
    ("nl", "Als je er dinsdag bij kon zijn, hoop ik dat je er iets aan had."),
    # other people
    ("en", "I hope your colleagues got something out of the hour; Priya said the export tips were new to her."),
    ("de", "Ich hoffe, Ihre Kolleginnen konnten aus dem Workshop etwas mitnehmen."),
    ("fr", "Merci à vos collègues qui ont pris le temps de suivre la démonstration mardi."),
    ("es", "Gracias a tu compañera Lucía por sacar un hueco para la demo del martes."),
    ("nl", "Dank aan je collega's die dinsdag tijd vrijmaakten voor de rondleiding."),
    # registering, and those who missed it
    ("en", "Thanks for taking the time to register for Tuesday's walkthrough."),
    ("de", "Danke, dass Sie sich die Zeit genommen haben, sich für die Vorführung anzumelden."),
    ("fr", "Dommage de ne pas vous avoir vu mardi ; j'espère que les diapositives vous serviront."),
    ("es", "Lástima no haberte visto el martes; espero que las diapositivas te sirvan."),
    ("nl", "Jammer dat we je dinsdag misten; hopelijk heb je iets aan de slides."),
]


def test_the_wording_tables_are_balanced() -> None:
    assert len(PRESUMES) == len(SAFE)


@pytest.mark.parametrize(("lang", "body"), PRESUMES)
def test_wording_that_presumes_the_reader_was_there_fires(lang: str, body: str) -> None:
    assert _fl301(lang, body, NO_SHOW_LIST), body


@pytest.mark.parametrize(("lang", "body"), SAFE)
def test_the_same_words_safe_for_a_no_show_are_quiet(lang: str, body: str) -> None:
    assert not _fl301(lang, body, NO_SHOW_LIST), body


# --------------------- 3. written with the code: what the event was about, and the wish's word order

# an action word that is the event's topic ("the webinar on booking rules") is not thanks for
# that action; a wish that the reader had some use of it, with the verb first (Dutch inversion)
ABOUT_THE_EVENT = [
    ("en", "Thanks for making time for our session on booking rules last week."),
    ("de", "Danke, dass Sie sich am Donnerstag die Zeit für unseren Workshop zum Bestellen von Ersatzteilen genommen haben."),
    ("nl", "Hopelijk had u wat aan de middag van dinsdag."),
]
# the action after the event, as thanks for doing it; a wish about what was sent
OTHER_THAN_THE_EVENT = [
    ("en", "Thanks for taking the time after the webinar to book a demo."),
    ("de", "Danke, dass Sie sich nach dem Webinar die Zeit genommen haben, die Unterlagen herunterzuladen."),
    ("nl", "Hopelijk had je iets aan de slides die ik stuurde."),
]


def test_the_topic_tables_are_balanced() -> None:
    assert len(ABOUT_THE_EVENT) == len(OTHER_THAN_THE_EVENT)


@pytest.mark.parametrize(("lang", "body"), ABOUT_THE_EVENT)
def test_an_action_that_is_the_events_topic_still_presumes_attendance(lang: str, body: str) -> None:
    assert _fl301(lang, body, NO_SHOW_LIST), body


@pytest.mark.parametrize(("lang", "body"), OTHER_THAN_THE_EVENT)
def test_an_action_after_the_event_or_a_wish_about_what_was_sent_is_quiet(lang: str, body: str) -> None:
    assert not _fl301(lang, body, NO_SHOW_LIST), body


# ------------- 4. part two, written before its code: translated member statuses, missing numbers

def _with_nan(rows: list[dict[str, object]], column: str, index: int) -> list[dict[str, object]]:
    """A list as ``DataFrame.to_dict("records")`` gives it: a missing number is a float NaN."""
    rows = [dict(row) for row in rows]
    rows[index][column] = float("nan")
    return rows


STATUS_MISSED = [
    ("de-mitgliedsstatus", "de",
     "Kampagnenname,Mitgliedsstatus,Vorname,Nachname,Firma\n"
     "Webinar Lohn 2027,Teilgenommen,Heike,Braun-Okafor,Braun Logistik\n"
     "Webinar Lohn 2027,Nicht teilgenommen,Tobias,Ølgaard,Ølgaard Bau\n"
     "Webinar Lohn 2027,Teilgenommen,Sevgi,Arslan,Arslan Textil\n"),
    ("fr-statut-du-membre", "fr",
     "Nom de la campagne,Statut du membre,Prénom,Nom,Société\n"
     "Webinaire paie 2027,Présent,Hélène,Rousseau-Diop,Rousseau Transports\n"
     "Webinaire paie 2027,Absent,Loïc,Le Bihan,Bihan Marée\n"
     "Webinaire paie 2027,Présent,Yasmina,Haddad,Haddad Conseil\n"),
    ("nl-status-lid", "nl",
     "Campagnenaam,Status campagnelid,Voornaam,Achternaam,Bedrijf\n"
     "Webinar loon 2027,Aanwezig,Sanne,de Vries,De Vries Bouw\n"
     "Webinar loon 2027,Niet aanwezig,Bram,van Dam,Van Dam Transport\n"
     "Webinar loon 2027,Aanwezig,Esra,Yilmaz,Yilmaz Import\n"),
]
STATUS_QUIET = [
    ("de-mitgliedsstatus-aktiv", "de",
     "Vorname,Nachname,Firma,Mitgliedsstatus\n"
     "Heike,Braun-Okafor,Braun Logistik,Aktiv\n"
     "Tobias,Ølgaard,Ølgaard Bau,Ruhend\n"
     "Sevgi,Arslan,Arslan Textil,Aktiv\n"),
    ("fr-statut-du-membre-tous-presents", "fr",
     "Nom de la campagne,Statut du membre,Prénom,Nom\n"
     "Webinaire paie 2027,Présent,Hélène,Rousseau-Diop\n"
     "Webinaire paie 2027,Présent,Loïc,Le Bihan\n"
     "Webinaire paie 2027,Présent,Yasmina,Haddad\n"),
    ("nl-status-lid-actief", "nl",
     "Voornaam,Achternaam,Bedrijf,Status lid\n"
     "Sanne,de Vries,De Vries Bouw,Actief\n"
     "Bram,van Dam,Van Dam Transport,Opgezegd\n"
     "Esra,Yilmaz,Yilmaz Import,Actief\n"),
]
_ZOOM = ("First Name,Last Name,Email,Attended,Join Time\n"
         "Anneliese,Vogt,a.vogt@vogtbau.example,Yes,11/26/2026 15:58\n"
         "Rashid,Al-Hashimi,rashid@gulfledger.example,Yes,11/26/2026 16:02\n"
         "Thanh,Pham,thanh.pham@saigonbooks.example,Yes,11/26/2026 16:01\n")
_MINUTES = ("First Name,Last Name,Email,Time in Session (minutes)\n"
            "Anneliese,Vogt,a.vogt@vogtbau.example,53\n"
            "Rashid,Al-Hashimi,rashid@gulfledger.example,41\n"
            "Thanh,Pham,thanh.pham@saigonbooks.example,48\n")


def test_the_status_tables_are_balanced() -> None:
    assert len(STATUS_MISSED) == len(STATUS_QUIET)


@pytest.mark.parametrize(("case", "lang", "exported"), STATUS_MISSED, ids=[c[0] for c in STATUS_MISSED])
def test_a_translated_member_status_of_a_no_show_fires(case: str, lang: str, exported: str) -> None:
    assert _fl301(lang, THANKS[lang], _rows(exported)), case


@pytest.mark.parametrize(("case", "lang", "exported"), STATUS_QUIET, ids=[c[0] for c in STATUS_QUIET])
def test_a_membership_status_or_everyone_present_is_quiet(case: str, lang: str, exported: str) -> None:
    assert not _fl301(lang, THANKS[lang], _rows(exported)), case


def test_a_missing_minute_count_where_others_have_one_is_a_no_show() -> None:
    assert _fl301("en", THANKS["en"], _with_nan(_rows(_MINUTES), "Time in Session (minutes)", 1))


def test_a_missing_yes_no_answer_says_nothing() -> None:
    assert not _fl301("en", THANKS["en"], _with_nan(_rows(_ZOOM), "Attended", 1))


MORE_PRESUMES = [
    ("en", "Really appreciate you finding time for yesterday's clinic."),
    ("nl", "Hopelijk heeft het uur met ons je iets opgeleverd."),
    ("es", "Gracias por encontrar un hueco el jueves para el taller de precios."),
]
MORE_SAFE = [
    ("en", "Really appreciate you finding time for next week's clinic."),
    ("nl", "Hopelijk levert de opname je iets op."),
    ("es", "Gracias por encontrar un hueco para el taller del próximo jueves."),
]


@pytest.mark.parametrize(("lang", "body"), MORE_PRESUMES)
def test_more_time_given_and_wishes_fire(lang: str, body: str) -> None:
    assert _fl301(lang, body, NO_SHOW_LIST), body


@pytest.mark.parametrize(("lang", "body"), MORE_SAFE)
def test_more_time_given_and_wishes_for_what_is_to_come_are_quiet(lang: str, body: str) -> None:
    assert not _fl301(lang, body, NO_SHOW_LIST), body
