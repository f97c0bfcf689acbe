"""Issue 11, FL301 and FL308 (fix round 17b): three kinds of wording that were missed, in five
languages, each with cases that must fire and cases that must stay quiet in equal measure.

1. The reader's memory of the event: the reader remembering what was shown there ("you will
   recall the funnel chart a speaker put up"), having heard it from a named speaker ("as you heard
   from <person>") or having been shown or told it by one ("as <person> showed you"). Quiet: a
   reminder ("remember to ..."), news passed on ("as you may have heard"), something read in an
   email, a conditional, the reader's own contact, a question.
2. Thanks for the reader's time given to the event in verb-phrase form (giving, blocking, investing,
   reserving an hour or an afternoon for it) and "thanks for keeping us company" kin; a
   "thanks for joining" whose topic is a document is still thanks for being there. Quiet:
   registration and interest, time given to something else, a future session, "if you made it".
3. FL308: a time word that dates the event ("our demo of Tuesday", German "heutig-", an occasion
   named by a compound or an accented noun) compared with the event date weeks before the send
   date; quiet when it fits, when it dates something else, or names a coming day.

Every FL301 case is one sentence inside a whole follow-up sent to a two-row export, the no-show
first: it must be reported for the no-show only. The table was written before the code; the
commit that adds it records how many cases failed on the unchanged code.
"""

from __future__ import annotations

import pytest

from followup_lint.testing import codes, run_rules

# a no-show and an attendee, as each tool's export writes them
EXPORTS = {
    "zoom": [{"first_name": "Hoang", "last_name": "Van Thanh", "email": "hvt@lotusfreight.example", "Attended": "No"},
             {"first_name": "Aoife", "last_name": "Ní Bhriain", "email": "aoife@claddagh.example", "Attended": "Yes"}],
    "hubspot": [{"firstname": "Kwame", "lastname": "Asante-Boateng", "email": "kwame@asante.example",
                 "attendance_status": "no-show"},
                {"firstname": "Yuki", "lastname": "Tanaka", "email": "y.tanaka@example.jp", "attendance_status": "attended"}],
    "de": [{"vorname": "Friederike", "nachname": "von Wedel-Parlow", "email": "fvw@example.de", "Teilgenommen": "nein"},
           {"vorname": "Emre", "nachname": "Aydın", "email": "emre@example.de", "Teilgenommen": "ja"}],
    "fr": [{"prenom": "Marie-Claire", "nom": "Le Goff", "email": "mc.legoff@example.fr", "Participé": "non"},
           {"prenom": "Kofi", "nom": "Mensah", "email": "kofi@example.sn", "Participé": "oui"}],
    "es": [{"nombre": "José Luis", "apellidos": "del Río Sánchez", "email": "jl@example.es", "Asistió": "no"},
           {"nombre": "Ximena", "apellidos": "", "email": "ximena@example.mx", "Asistió": "sí"}],
    "nl": [{"voornaam": "Maarten", "achternaam": "ter Horst", "email": "maarten@example.nl", "Aanwezig": "nee"},
           {"voornaam": "Siti", "achternaam": "Rahmawati", "email": "siti@example.id", "Aanwezig": "ja"}],
}
_FIRST = {"zoom": "first_name", "hubspot": "firstname", "de": "vorname", "fr": "prenom", "es": "nombre",
          "nl": "voornaam"}
_LETTER = {
    "en": ("Hi {name},", "Reply here if you want the raw numbers.", "Best,\nTamsin Achterberg-Nwosu\nLoadlane"),
    "de": ("Hallo {name},", "Bei Fragen antworten Sie einfach auf diese Mail.", "Beste Grüße\nBenedikt Oyelaran\nLoadlane GmbH"),
    "fr": ("Bonjour {name},", "Répondez simplement à ce message pour toute question.", "Cordialement,\nSolène N'Diaye"),
    "es": ("Hola {name}:", "Si tienes dudas, responde a este correo.", "Saludos,\nAinhoa Etxeberria"),
    "nl": ("Hallo {name},", "Vragen? Antwoord gewoon op deze mail.", "Met vriendelijke groet,\nJoost Baptiste-de Wit"),
}


def _email(lang: str, export: str, sentence: str) -> str:
    greeting, neutral, signature = _LETTER[lang]
    hello = greeting.format(name="{{ " + _FIRST[export] + " }}")
    return f"---\nkind: follow-up\nlocale: {lang}\n---\n{hello}\n\n{sentence} {neutral}\n\n{signature}\n"


# ------------------------------------------------------------------ 1. the reader's memory of it

RECALL_FIRES = [
    ("en", "zoom", "You will recall the funnel chart Chiamaka Eze put up halfway through."),
    ("en", "hubspot", "I'm sure you remember the cost model we walked through at the start."),
    ("en", "zoom", "As you heard from Rafael Montoya-Ruiz, most returns come from sizing errors."),
    ("en", "hubspot", "Like you heard from our head of logistics, carrier rates go up in April."),
    ("en", "zoom", "As Ingrid showed you, the label printer pairs in under a minute."),
    ("de", "de", "Sie erinnern sich sicher an die Kostenkurve, die Herr Okonkwo zum Schluss gezeigt hat."),
    ("de", "de", "Wie Sie von Frau Dr. Lindqvist gehört haben, kommt das Update im Mai."),
    ("de", "de", "Wie Jana Ihnen gezeigt hat, lässt sich der Bericht als PDF exportieren."),
    ("fr", "fr", "Vous vous souvenez sans doute de la courbe que Hugo a présentée en fin de séance."),
    ("fr", "fr", "Comme vous l'avez entendu de la part de Noémie, la mise à jour arrive en mai."),
    ("fr", "fr", "Comme Bastien vous l'a montré, l'étiquette s'imprime en un clic."),
    ("es", "es", "Seguro que recuerdas la tabla de costes que explicó Valentina al principio."),
    ("es", "es", "Como escuchaste a Gonzalo, la actualización llega en mayo."),
    ("es", "es", "Como te mostró Catalina, la etiqueta se imprime con un clic."),
    ("nl", "nl", "Je herinnert je vast de kostencurve die Wouter aan het begin liet zien."),
    ("nl", "nl", "Zoals je van Femke hoorde, komt de update in mei."),
    ("nl", "nl", "Zoals Daan je liet zien, print het label met één klik."),
]
RECALL_QUIET = [
    ("en", "zoom", "You'll remember to bring your laptop charger on Thursday."),
    ("en", "hubspot", "As you may have heard from Rafael, we are opening a warehouse in Porto."),
    ("en", "zoom", "As you heard from your account manager, the renewal is due in March."),
    ("en", "hubspot", "You may remember that our prices changed in May."),
    ("en", "zoom", "If you remember the funnel chart Chiamaka put up, the second slide explains it."),
    ("de", "de", "Denken Sie daran, Ihren Laptop mitzubringen."),
    ("de", "de", "Wie Sie vielleicht von Frau Lindqvist gehört haben, eröffnen wir ein Lager in Porto."),
    ("de", "de", "Wie Jana Ihnen in ihrer E-Mail gezeigt hat, lässt sich der Bericht exportieren."),
    ("fr", "fr", "N'oubliez pas d'apporter votre chargeur jeudi."),
    ("fr", "fr", "Comme vous l'avez peut-être entendu de la part de Noémie, nous ouvrons un entrepôt à Porto."),
    ("fr", "fr", "Comme Bastien vous l'a expliqué dans son e-mail, l'étiquette s'imprime en un clic."),
    ("es", "es", "Recuerda traer tu cargador el jueves."),
    ("es", "es", "Como quizá escuchaste a Gonzalo, abrimos un almacén en Oporto."),
    ("es", "es", "Como te contó Catalina por correo, la etiqueta se imprime con un clic."),
    ("nl", "nl", "Vergeet niet je oplader mee te nemen donderdag."),
    ("nl", "nl", "Zoals je misschien van Femke hoorde, openen we een magazijn in Porto."),
    ("nl", "nl", "Zoals Daan je in zijn mail liet zien, print het label met één klik."),
]

# ------------------------------------------------------------------ 2. thanks for the time given to it

THANKS_FIRES = [
    ("en", "zoom", "Thanks for giving up most of your Wednesday afternoon for the roadshow."),
    ("en", "hubspot", "Thank you for investing an hour of your week in our pricing workshop."),
    ("en", "zoom", "Really appreciate you blocking out your lunch hour for us on Monday."),
    ("en", "hubspot", "Thanks for keeping us company through the whole livestream."),
    ("de", "de", "Danke, dass Sie sich am Donnerstag neunzig Minuten für unseren Praxisworkshop zur Tourenplanung freigehalten haben."),
    ("de", "de", "Vielen Dank, dass Sie uns am Montag Gesellschaft geleistet haben."),
    ("de", "de", "Danke, dass Sie sich die Zeit für das Webinar zum Vertragsmanagement genommen haben."),
    ("fr", "fr", "Merci d'avoir bloqué votre fin de matinée pour notre démonstration."),
    ("fr", "fr", "Merci de nous avoir accompagnés tout au long de l'après-midi."),
    ("fr", "fr", "Merci d'avoir trouvé le temps de venir à notre matinale jeudi."),
    ("es", "es", "Gracias por reservar la tarde del lunes para nuestra demostración."),
    ("es", "es", "Te agradezco que nos dedicaras la mañana del viernes."),
    ("es", "es", "Gracias por habernos acompañado en la jornada sobre contratos de transporte."),
    ("es", "es", "Gracias por acompañarnos el jueves en el taller sobre facturas electrónicas."),
    ("nl", "nl", "Bedankt dat je ons maandag gezelschap hield tijdens de demo."),
    ("nl", "nl", "Fijn dat je ons donderdag vergezelde op de beurs."),
    ("nl", "nl", "Dank dat u een hele ochtend voor onze klantendag hebt uitgetrokken."),
]
THANKS_QUIET = [
    ("en", "zoom", "Thanks for taking the time to register for our pricing workshop."),
    ("en", "hubspot", "Thanks for your interest in the roadshow."),
    ("en", "zoom", "Thanks for blocking out an hour to read the proposal."),
    ("en", "hubspot", "If you stayed with us for the whole livestream, thank you."),
    ("de", "de", "Danke, dass Sie sich die Zeit für die Anmeldung zu unserem Praxisworkshop genommen haben."),
    ("de", "de", "Vielen Dank für Ihr Interesse an unserem Webinar."),
    ("de", "de", "Danke, dass Sie sich eine Stunde für den Vertragsentwurf genommen haben."),
    ("fr", "fr", "Merci d'avoir pris le temps de vous inscrire à notre démonstration."),
    ("fr", "fr", "Merci de votre intérêt pour notre matinale."),
    ("fr", "fr", "Que vous ayez pu venir ou non, merci de votre intérêt."),
    ("es", "es", "Gracias por acompañarnos en el próximo taller sobre facturas electrónicas."),
    ("es", "es", "Gracias por tu interés en nuestra demostración."),
    ("es", "es", "Gracias por dedicar una hora a revisar el presupuesto."),
    ("es", "es", "Gracias por inscribirte en la jornada sobre contratos de transporte."),
    ("nl", "nl", "Bedankt dat je de tijd nam om je aan te melden voor de demo."),
    ("nl", "nl", "Bedankt voor je interesse in onze klantendag."),
    ("nl", "nl", "Dank dat u een uur hebt uitgetrokken om de offerte door te nemen."),
]


def test_the_fl301_tables_are_balanced_and_cover_five_languages() -> None:
    assert len(RECALL_FIRES) == len(RECALL_QUIET) and len(THANKS_FIRES) == len(THANKS_QUIET)
    for table in (RECALL_FIRES, RECALL_QUIET, THANKS_FIRES, THANKS_QUIET):
        assert {lang for lang, _, _ in table} == {"en", "de", "fr", "es", "nl"}


@pytest.mark.parametrize(("lang", "export", "sentence"), RECALL_FIRES + THANKS_FIRES)
def test_wording_that_presumes_the_reader_was_there_reaches_the_no_show(lang: str, export: str, sentence: str) -> None:
    found = run_rules("FL301", _email(lang, export, sentence), EXPORTS[export], show_personal_data=False)
    assert codes(found) == ["FL301"], sentence
    assert found[0].recipient is not None and found[0].recipient.index == 0  # the no-show only


@pytest.mark.parametrize(("lang", "export", "sentence"), RECALL_QUIET + THANKS_QUIET)
def test_wording_safe_for_a_no_show_is_quiet(lang: str, export: str, sentence: str) -> None:
    assert codes(run_rules("FL301", _email(lang, export, sentence), EXPORTS[export])) == [], sentence


@pytest.mark.parametrize(("lang", "export", "sentence"), RECALL_FIRES[::4] + THANKS_FIRES[::4])
def test_a_list_of_attendees_only_is_quiet(lang: str, export: str, sentence: str) -> None:
    assert codes(run_rules("FL301", _email(lang, export, sentence), EXPORTS[export][1:])) == [], sentence


@pytest.mark.parametrize(("lang", "export", "sentence"), [
    ("en", "zoom", "Remember the funnel chart Chiamaka put up halfway through?"),
    ("de", "de", "Erinnern Sie sich an die Kostenkurve, die Herr Okonkwo gezeigt hat?"),
])
def test_a_question_about_it_is_quiet(lang: str, export: str, sentence: str) -> None:
    assert codes(run_rules("FL301", _email(lang, export, sentence), EXPORTS[export])) == [], sentence


# ------------------------------------------------------------------ 3. FL308: time words that date the event

SEND = "2026-12-17"  # a Thursday
FITS = {"today": "2026-12-17", "yesterday": "2026-12-16", "tuesday": "2026-12-15"}
WEEKS_BEFORE = "2026-11-24"  # also a Tuesday, three weeks before
GREETINGS = {"en": "Hi", "de": "Hallo", "fr": "Bonjour", "es": "Hola", "nl": "Hallo"}

# (locale, sentence, which date fits it)
TIME_FIRES = [
    ("de", "Anbei die Folien aus unserem heutigen Webinar zur Tourenplanung.", "today"),
    ("de", "Danke für die vielen Fragen in der heutigen Fragerunde.", "today"),
    ("de", "Vielen Dank für Ihren Besuch an unserem Messestand am Dienstag.", "tuesday"),
    ("fr", "Voici le support de notre démonstration de mardi.", "tuesday"),
    ("fr", "Comme promis lors de la présentation d'hier, voici la grille tarifaire.", "yesterday"),
    ("es", "Te envío las diapositivas de la demostración de ayer.", "yesterday"),
    ("es", "Como vimos en la ponencia del martes, el plazo medio baja a dos días.", "tuesday"),
    ("nl", "Hierbij de presentatie van de klantendag van gisteren.", "yesterday"),
    ("nl", "Dank voor je vragen tijdens de praktijksessie van dinsdag.", "tuesday"),
    ("en", "Here is the deck from this morning's walkthrough.", "today"),
]
# the same kinds of words dating something else, or a coming day: quiet whatever the date
TIME_QUIET = [
    ("de", "Unser heutiges Angebot gilt bis Freitag."),
    ("de", "Der heutige Stand der Tarife ist im Anhang."),
    ("de", "Die Preisliste vom Dienstag gilt weiterhin."),
    ("fr", "Réservez votre place pour la démonstration de mardi prochain."),
    ("fr", "Le rapport d'hier montre une baisse des délais."),
    ("es", "El informe de ayer muestra una bajada de plazos."),
    ("es", "Tu equipo publicó tres ofertas de empleo el martes pasado."),
    ("nl", "De prijslijst van gisteren blijft geldig."),
    ("nl", "Meld je aan voor de praktijksessie van dinsdag aanstaande."),
    ("en", "Your team shipped three releases last month."),
]


def _fl308(lang: str, sentence: str, event: str, *, front_matter: bool = False) -> list[str]:
    head = f"---\nlocale: {lang}\nevent_date: {event}\n---\n" if front_matter else f"---\nlocale: {lang}\n---\n"
    template = f"{head}{GREETINGS[lang]} {{{{ first_name }}}},\n\n{sentence}\n\nLorcan Whitby-Adjei\n"
    record = {"first_name": "Ngozi", "last_name": "Okafor-Lindqvist"}
    if not front_matter:
        record["webinar_date"] = event
    return codes(run_rules("FL308", template, [record], send_date=SEND))


def test_the_fl308_tables_are_balanced() -> None:
    assert len(TIME_FIRES) == len(TIME_QUIET)
    for table in (TIME_FIRES, TIME_QUIET):
        assert {row[0] for row in table} == {"en", "de", "fr", "es", "nl"}


@pytest.mark.parametrize(("lang", "sentence", "fits"), TIME_FIRES)
def test_a_time_word_about_the_event_weeks_before_fires(lang: str, sentence: str, fits: str) -> None:
    assert _fl308(lang, sentence, WEEKS_BEFORE) == ["FL308"], sentence
    assert _fl308(lang, sentence, WEEKS_BEFORE, front_matter=True) == ["FL308"], sentence


@pytest.mark.parametrize(("lang", "sentence", "fits"), TIME_FIRES)
def test_the_same_time_word_is_quiet_when_the_date_fits(lang: str, sentence: str, fits: str) -> None:
    assert _fl308(lang, sentence, FITS[fits]) == [], sentence


@pytest.mark.parametrize(("lang", "sentence"), TIME_QUIET)
def test_a_time_word_about_something_else_is_quiet(lang: str, sentence: str) -> None:
    assert _fl308(lang, sentence, WEEKS_BEFORE) == [], sentence
    assert _fl308(lang, sentence, WEEKS_BEFORE, front_matter=True) == [], sentence


# ------------------------------------------------------------------ round 2: after the first landing
# the reader heard or saw a speaker present it (no "as"), past a comma in German, the memory's own
# auxiliary ("you'll no doubt remember"); quiet: a named source with no reader shown it, someone's
# note or post, a future presentation, our accountant's explanation, a call at a time of day

RECALL_FIRES_2 = [
    ("en", "zoom", "You heard Imogen Achebe explain why the first reorder arrives late."),
    ("en", "hubspot", "You'll no doubt remember the side-by-side map from the roadshow."),
    ("de", "de", "Sie haben ja gehört, wie Herr Demir die neue Tourenplanung vorgestellt hat."),
    ("fr", "fr", "Vous avez entendu Apolline expliquer pourquoi le premier réassort arrive en retard."),
    ("es", "es", "Escuchaste a Rocío explicar por qué se retrasa el primer pedido."),
    ("nl", "nl", "Je hoorde Sanne uitleggen waarom de eerste nabestelling later komt."),
]
RECALL_QUIET_2 = [
    ("en", "zoom", "As Gartner showed last spring, carrier rates rise every April."),
    ("en", "hubspot", "You may have seen Imogen's post about the first reorder."),
    ("de", "de", "Wie unsere Referentin im nächsten Webinar zeigen wird, lässt sich der Bericht exportieren."),
    ("fr", "fr", "Comme nous l'a expliqué notre comptable, la TVA change en janvier."),
    ("es", "es", "Gracias por atender mi llamada esta mañana."),
    ("nl", "nl", "Zoals onze accountant liet zien, daalt de btw niet."),
]


@pytest.mark.parametrize(("lang", "export", "sentence"), RECALL_FIRES_2)
def test_round_2_the_reader_hearing_a_speaker_reaches_the_no_show(lang: str, export: str, sentence: str) -> None:
    found = run_rules("FL301", _email(lang, export, sentence), EXPORTS[export], show_personal_data=False)
    assert codes(found) == ["FL301"], sentence


@pytest.mark.parametrize(("lang", "export", "sentence"), RECALL_QUIET_2)
def test_round_2_other_sources_and_other_times_are_quiet(lang: str, export: str, sentence: str) -> None:
    assert codes(run_rules("FL301", _email(lang, export, sentence), EXPORTS[export])) == [], sentence


def test_round_2_is_balanced() -> None:
    assert len(RECALL_FIRES_2) == len(RECALL_QUIET_2)
    assert {lang for lang, _, _ in RECALL_FIRES_2} == {lang for lang, _, _ in RECALL_QUIET_2} == {"en", "de", "fr", "es", "nl"}


# ------------------------------------------------------------------ round 3: FL308 inflected forms and meetings
# "the day before yesterday", "this week", last week and last month in their inflected or
# alternative forms, and a meeting with the reader named by another noun (Austausch, reunión);
# each fires three weeks off and is quiet on a fitting date. (locale, sentence, fitting date)
TIME_FIRES_3 = [
    ("de", "Danke für den offenen Austausch heute Vormittag.", "2026-12-17"),
    ("de", "Anbei die Folien aus dem vorgestrigen Webinar.", "2026-12-15"),
    ("de", "Vielen Dank für Ihre Teilnahme an unserer Schulung in der vergangenen Woche.", "2026-12-09"),
    ("fr", "Merci d'avoir participé à notre atelier avant-hier.", "2026-12-15"),
    ("fr", "Merci pour notre entretien de la semaine passée.", "2026-12-09"),
    ("es", "Gracias por la reunión de anteayer.", "2026-12-15"),
    ("es", "Gracias por asistir a nuestro seminario esta semana.", "2026-12-16"),
    ("nl", "Bedankt voor het overleg van eergisteren.", "2026-12-15"),
    ("nl", "Fijn dat je deze week bij onze workshop was.", "2026-12-16"),
    ("en", "Thanks for joining the day before yesterday's walkthrough.", "2026-12-15"),
]
TIME_QUIET_3 = [
    ("de", "Vorgestern haben wir unsere Preise angepasst."),
    ("de", "In der vergangenen Woche haben Sie drei Stellen ausgeschrieben."),
    ("fr", "Avant-hier, nous avons publié un guide."),
    ("fr", "La semaine passée, votre équipe a publié trois offres."),
    ("es", "Esta semana publicamos una guía nueva."),
    ("es", "Anteayer cambiamos las tarifas."),
    ("nl", "Deze week verschijnt onze nieuwe gids."),
    ("nl", "Eergisteren hebben we de prijzen aangepast."),
    ("en", "This week we shipped a new export."),
    ("en", "Your team posted three roles the day before yesterday."),
]


def test_round_3_is_balanced() -> None:
    assert len(TIME_FIRES_3) == len(TIME_QUIET_3)
    assert {row[0] for row in TIME_FIRES_3} == {row[0] for row in TIME_QUIET_3} == {"en", "de", "fr", "es", "nl"}


@pytest.mark.parametrize(("lang", "sentence", "fits"), TIME_FIRES_3)
def test_round_3_inflected_time_words_about_the_event_fire_weeks_off(lang: str, sentence: str, fits: str) -> None:
    assert _fl308(lang, sentence, WEEKS_BEFORE) == ["FL308"], sentence
    assert _fl308(lang, sentence, fits) == [], sentence


@pytest.mark.parametrize(("lang", "sentence"), TIME_QUIET_3)
def test_round_3_the_same_words_about_something_else_are_quiet(lang: str, sentence: str) -> None:
    assert _fl308(lang, sentence, WEEKS_BEFORE) == [], sentence


# ------------------------------------------------------------------ round 4: FL308 weekdays on their own
# French and Spanish name the day of the event without a preposition ("mardi", "el martes"), like
# "on Tuesday"; a clause about a coming occasion ("next", "prochain", "findet ... statt") dates no
# past event. (locale, sentence); the event was on Tuesday 15 December, or three weeks before
WEEKDAY_FIRES_4 = [
    ("fr", "Merci d'avoir participé mardi à notre atelier sur les retours."),
    ("es", "Gracias por acompañarnos el martes en el taller de devoluciones."),
    ("en", "Thanks for joining the returns workshop on Tuesday."),
    ("de", "Danke, dass Sie am Dienstag bei unserem Workshop dabei waren."),
    ("nl", "Bedankt voor je komst op dinsdag naar onze workshop."),
]
WEEKDAY_QUIET_4 = [
    ("fr", "Le prochain atelier aura lieu mardi."),
    ("es", "Nos vemos el martes en el próximo taller."),
    ("en", "Join our next workshop on Tuesday."),
    ("de", "Der nächste Workshop findet am Dienstag statt."),
    ("nl", "De volgende workshop is op dinsdag."),
]


def test_round_4_is_balanced() -> None:
    assert len(WEEKDAY_FIRES_4) == len(WEEKDAY_QUIET_4)
    assert {row[0] for row in WEEKDAY_FIRES_4} == {row[0] for row in WEEKDAY_QUIET_4}


@pytest.mark.parametrize(("lang", "sentence"), WEEKDAY_FIRES_4)
def test_round_4_a_weekday_about_the_event_fires_weeks_off(lang: str, sentence: str) -> None:
    assert _fl308(lang, sentence, WEEKS_BEFORE) == ["FL308"], sentence
    assert _fl308(lang, sentence, FITS["tuesday"]) == [], sentence


@pytest.mark.parametrize(("lang", "sentence"), WEEKDAY_QUIET_4)
def test_round_4_a_weekday_of_a_coming_occasion_is_quiet(lang: str, sentence: str) -> None:
    assert _fl308(lang, sentence, WEEKS_BEFORE) == [], sentence
