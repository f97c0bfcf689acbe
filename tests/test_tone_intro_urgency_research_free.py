"""Four categories of false alarm found by scoring tone batch 6 (issue 10), written as tables
before the code, must-fire and must-not in equal measure, in English, German, French, Spanish
and Dutch. No sentence here is a batch sentence.

* **A self-introduction as a person** ("Ich heiße ...", "Je m'appelle ... et je travaille chez
  ...", "Ik ben ... van ...") followed by a real reference to the reader and an optional request
  for their opinion or experience is neither a sell (FL201) nor a self-centred opener (FL202),
  even when it names what the employer makes ("..., a rota app for care homes"). The same
  introduction followed by an offer of a trial, a demo or a call stays a sell, and company
  boilerplate ("We are the leading provider of ...") stays a self-centred opener.
* **Urgency words that describe the reader's own work** ("urgent repairs", "dringende
  Einsätze", "les urgences", "pedidos urgentes", "spoedreparaties") are not pressure (FL203).
* **Research the sender did** (asked, spoke with, surveyed - also with the verb before the
  subject, "sprachen wir mit", "spraken we met") and **the sender's own report, analysis, study or
  course, published or written by the sender or a colleague**, is value, not a pitch (FL201).
* **"Free" before a free resource** (a calculator, template, checklist, guide or course) in the
  subject is not a promotion (FL503); a free trial, demo or consultation still is.

Run ``PYTHONPATH=src python tests/test_tone_intro_urgency_research_free.py`` for the table scores.
"""

from __future__ import annotations

import pytest

from _core_testing import assert_tables_balanced, assert_tables_cover_languages, build_mail, fired, print_table_scores
from followup_lint.testing import run_rules

GREETING = {
    "en": "Hi {{ first_name }},",
    "de": "Guten Tag {{ first_name }},",
    "fr": "Bonjour {{ first_name }},",
    "es": "Buenos días, {{ first_name }}:",
    "nl": "Beste {{ first_name }},",
}
SIGNOFF = {
    "en": "Thanks,\nNgozi Okonkwo-Baines",
    "de": "Beste Grüße\nAnnegret zu Sayn",
    "fr": "Bien cordialement,\nMarie-Claire Lefèvre-Dumas",
    "es": "Un abrazo,\nJosé Ignacio de la Fuente",
    "nl": "Hartelijke groet,\nWouter van 't Hek",
}


def mail(lang: str, body: str, *, sequence: str = "first-touch") -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body, sequence=sequence)


def subject_only(lang: str, subject: str) -> str:
    return f"---\nlocale: {lang}\nsubject: \"{subject}\"\n---\nHi {{{{ first_name }}}},\n\nThe notes are below.\n"


# ----------------------------------------------------------------------------- 1. introductions

#: a person introduces themself, refers to the reader's own news, asks for their opinion if they like
INTRODUCTION_THEN_READER = [
    mail("en", "My name is Priya and I work at Shiftwell, a rota app for care homes. I saw that {{ company }} "
               "opened a dementia wing in March.\n\nIf you're open to sharing how your team plans the night "
               "shifts, I'd love to hear it; no worries if not."),
    mail("en", "I look after research at Pallet Planner, a yard-booking tool for food distributors. Your talk "
               "at the cold-chain summit stuck with me.\n\nWould you share your opinion on how your team decides "
               "which lorry unloads first? No need to reply if it's not for you."),
    mail("de", "Ich heiße Katrin Özdemir und arbeite bei Hofkasse, einer Kassensoftware für Hofläden. Ich habe "
               "gelesen, dass {{ company }} seit Mai auch samstags öffnet.\n\nWenn Sie mögen, würde mich Ihre "
               "Erfahrung mit dem Samstagsverkauf interessieren; eine Antwort ist nicht nötig."),
    mail("fr", "Je m'appelle Baptiste et je travaille chez Cuvéo, un logiciel de gestion pour les caves. J'ai "
               "lu que {{ company }} avait ouvert une deuxième boutique à Nantes.\n\nSi vous avez envie "
               "d'échanger sur vos pratiques de réassort, je serais ravi d'avoir votre avis, sans aucune urgence."),
    mail("es", "Me llamo Lucía y llevo marketing en Tornillo, una aplicación de pedidos para ferreterías. Vi que "
               "{{ company }} acaba de abrir un almacén en Zaragoza.\n\nSi le apetece, me encantaría conocer su "
               "opinión sobre los pedidos de temporada; si no, lo entiendo perfectamente."),
    mail("nl", "Ik ben Sanne van Kluswijzer, een planningsapp voor installateurs. Ik las dat {{ company }} "
               "twee nieuwe monteurs heeft aangenomen.\n\nAls je zin hebt, hoor ik graag je ervaring met het "
               "plannen van storingen; reageren hoeft niet."),
]

#: the same introductions followed by a trial, a demo or a call: a sell
INTRODUCTION_THEN_OFFER = [
    mail("en", "My name is Priya and I work at Shiftwell, a rota app for care homes. I saw that {{ company }} "
               "opened a dementia wing in March.\n\nIf you like, I can set up a free trial for your team; no "
               "worries if not."),
    mail("en", "I look after research at Pallet Planner, a yard-booking tool for food distributors. Your talk "
               "at the cold-chain summit stuck with me.\n\nWould a 20-minute demo next week work? No need to "
               "reply if it's not for you."),
    mail("de", "Ich heiße Katrin Özdemir und arbeite bei Hofkasse, einer Kassensoftware für Hofläden. Ich habe "
               "gelesen, dass {{ company }} seit Mai auch samstags öffnet.\n\nWenn Sie mögen, zeige ich Ihnen "
               "in einer kurzen Demo, wie Hofkasse funktioniert; eine Antwort ist nicht nötig."),
    mail("fr", "Je m'appelle Baptiste et je travaille chez Cuvéo, un logiciel de gestion pour les caves. J'ai "
               "lu que {{ company }} avait ouvert une deuxième boutique à Nantes.\n\nSi vous voulez, je vous "
               "ouvre un essai gratuit de 30 jours, sans aucune urgence."),
    mail("es", "Me llamo Lucía y llevo marketing en Tornillo, una aplicación de pedidos para ferreterías. Vi que "
               "{{ company }} acaba de abrir un almacén en Zaragoza.\n\nSi le apetece, le hago una demostración "
               "de Tornillo de 20 minutos; si no, lo entiendo perfectamente."),
    mail("nl", "Ik ben Sanne van Kluswijzer, een planningsapp voor installateurs. Ik las dat {{ company }} "
               "twee nieuwe monteurs heeft aangenomen.\n\nAls je wilt, plan ik een korte demo met je in; "
               "reageren hoeft niet."),
]

#: company boilerplate as the opener is still about the sender
BOILERPLATE_OPENER = [
    mail("en", "We are the leading provider of rota software for care homes in the UK. I saw that {{ company }} "
               "opened a dementia wing in March."),
    mail("de", "Wir sind der führende Anbieter von Kassensoftware für Hofläden. Ich habe gelesen, dass "
               "{{ company }} seit Mai auch samstags öffnet."),
    mail("fr", "Nous sommes le premier éditeur de logiciels pour les caves en France. J'ai lu que {{ company }} "
               "avait ouvert une deuxième boutique."),
    mail("es", "Somos el proveedor líder de software de pedidos para ferreterías. Vi que {{ company }} acaba de "
               "abrir un almacén."),
    mail("nl", "Wij zijn de grootste leverancier van planningssoftware voor installateurs. Ik las dat "
               "{{ company }} twee monteurs heeft aangenomen."),
]


@pytest.mark.parametrize("template", INTRODUCTION_THEN_READER)
def test_an_introduction_then_the_reader_and_an_optional_ask_is_no_sell(template: str) -> None:
    found = run_rules(["FL201", "FL202"], template)
    assert found == [], (template, [d.message for d in found])


@pytest.mark.parametrize("template", INTRODUCTION_THEN_OFFER)
def test_an_introduction_then_a_trial_demo_or_call_is_a_sell(template: str) -> None:
    assert fired("FL201", template), template


@pytest.mark.parametrize("template", BOILERPLATE_OPENER)
def test_company_boilerplate_is_a_self_centred_opener(template: str) -> None:
    assert fired("FL202", template), template


# ----------------------------------------------------------------------------- 2. the reader's urgent work

READERS_URGENT_WORK = [
    mail("en", "I read that your crews now take urgent repairs on weekends. How do you decide which van goes "
               "first when two emergency call-outs land at once?"),
    mail("de", "Ich habe gelesen, dass Ihr Team jetzt auch dringende Einsätze am Wochenende übernimmt. Wie "
               "verteilen Sie die Notdienste, wenn zwei gleichzeitig reinkommen?"),
    mail("fr", "J'ai vu que votre clinique vétérinaire assure désormais les urgences le dimanche. Comment "
               "organisez-vous les gardes quand deux urgences arrivent en même temps ?"),
    mail("es", "Leí que su taller atiende ahora pedidos urgentes los sábados. ¿Cómo reparten los trabajos "
               "urgentes entre los técnicos?"),
    mail("nl", "Ik las dat jullie nu ook spoedreparaties in het weekend doen. Hoe verdelen jullie de "
               "spoedklussen over de monteurs?"),
]

REAL_PRESSURE = [
    mail("en", "This is urgent: the offer closes on Friday, so please reply today."),
    mail("de", "Es ist dringend: Das Angebot gilt nur noch bis Freitag, bitte melden Sie sich heute."),
    mail("fr", "C'est urgent : l'offre se termine vendredi, répondez-moi dès aujourd'hui."),
    mail("es", "Es urgente: la oferta termina el viernes, responda hoy mismo."),
    mail("nl", "Het is dringend: de aanbieding stopt vrijdag, reageer vandaag nog."),
]


@pytest.mark.parametrize("template", READERS_URGENT_WORK)
def test_urgency_words_for_the_readers_work_are_not_pressure(template: str) -> None:
    found = run_rules("FL203", template)
    assert found == [], (template, [d.message for d in found])


@pytest.mark.parametrize("template", REAL_PRESSURE)
def test_urgency_put_on_the_reader_is_pressure(template: str) -> None:
    assert fired("FL203", template), template


# ----------------------------------------------------------------------------- 3. the sender's research

SENDER_RESEARCH = [
    mail("en", "For our spring benchmark we asked 52 dental practices how they fill late cancellations. The "
               "ones with a standby list filled twice as many: https://example.com/standby\n\nMaybe useful "
               "for {{ company }}."),
    mail("en", "Our operations analyst, Wei Chen, wrote a short guide on planning winter gritting rounds: "
               "https://example.com/gritting\n\nIf anything is missing for {{ company }}, tell me."),
    mail("de", "Für unseren Jahresbericht sprachen wir mit 38 Tischlereien über Lieferzeiten. Die Ergebnisse "
               "stehen hier: https://example.com/tischler\n\nVielleicht nützlich für {{ company }}."),
    mail("de", "Inzwischen ist unsere Studie zu Personalkosten in Bäckereien erschienen: "
               "https://example.com/baeckerei\n\nIch hoffe, sie hilft Ihnen."),
    mail("fr", "Pour notre baromètre annuel, nous avons interrogé 61 pharmacies sur leurs ruptures de stock. "
               "Les résultats sont ici : https://example.com/ruptures\n\nPeut-être utile pour {{ company }}."),
    mail("es", "Para nuestro informe anual hablamos con 44 bodegas sobre la vendimia. Los resultados están "
               "aquí: https://example.com/vendimia\n\nQuizá le sirva a {{ company }}."),
    mail("nl", "Voor ons jaaroverzicht spraken we met 33 fietsenwinkels over onderhoud. De uitkomsten staan "
               "hier: https://example.com/fiets\n\nMisschien handig voor {{ company }}."),
]

SENDER_PRODUCT_PITCH = [
    mail("en", "We asked 52 dental practices, and the ones using our booking app filled twice as many late "
               "cancellations.\n\nWant a demo?"),
    mail("en", "Our new booking app is out and cuts no-shows in half for practices like {{ company }}.\n\nCan "
               "we book a call this week?"),
    mail("de", "Unsere neue Software ist erschienen und halbiert die Lieferzeiten für Tischlereien wie "
               "{{ company }}.\n\nWann passt Ihnen eine Demo?"),
    mail("fr", "Notre nouvel outil vient de sortir et réduit de moitié les ruptures de stock des pharmacies. "
               "\n\nOn cale une démo cette semaine ?"),
    mail("es", "Nuestra nueva plataforma ya está disponible y reduce a la mitad el tiempo de vendimia de las "
               "bodegas.\n\n¿Le hago una demostración esta semana?"),
    mail("nl", "Onze nieuwe app is uit en halveert de onderhoudstijd van fietsenwinkels.\n\nZullen we deze week "
               "een demo plannen?"),
    mail("en", "Our team wrote the fastest scheduling engine on the market, and practices like {{ company }} "
               "save ten hours a week with it.\n\nShall I send pricing?"),
]


@pytest.mark.parametrize("template", SENDER_RESEARCH)
def test_the_senders_research_and_publications_are_value(template: str) -> None:
    found = run_rules("FL201", template)
    assert found == [], (template, [d.message for d in found])


@pytest.mark.parametrize("template", SENDER_PRODUCT_PITCH)
def test_the_senders_product_is_still_a_pitch(template: str) -> None:
    assert fired("FL201", template), template


# ----------------------------------------------------------------------------- 4. free resources

FREE_RESOURCE_SUBJECTS = [
    subject_only("en", "A free margin calculator for bakeries"),
    subject_only("de", "Kostenloser Pausenrechner für Schichtpläne"),
    subject_only("fr", "Un simulateur gratuit pour vos frais de port"),
    subject_only("es", "Calculadora gratuita de mermas para fruterías"),
    subject_only("nl", "Gratis rekenhulp voor btw-aangiftes"),
    subject_only("nl", "Gratis controlelijst voor de APK-keuring"),
]

FREE_OFFER_SUBJECTS = [
    subject_only("en", "Your free 30-day trial is waiting"),
    subject_only("de", "Kostenlose Beratung für Ihre Schichtpläne"),
    subject_only("fr", "Démo gratuite de notre logiciel"),
    subject_only("es", "Prueba gratuita de 14 días"),
    subject_only("nl", "Gratis proefperiode van een maand"),
    subject_only("nl", "Gratis adviesgesprek deze week"),
]


@pytest.mark.parametrize("template", FREE_RESOURCE_SUBJECTS)
def test_free_before_a_resource_is_not_a_promotion(template: str) -> None:
    found = run_rules("FL503", template)
    assert found == [], (template, [d.message for d in found])


@pytest.mark.parametrize("template", FREE_OFFER_SUBJECTS)
def test_free_before_a_trial_demo_or_consultation_is_a_promotion(template: str) -> None:
    assert fired("FL503", template), template


TABLES = {
    "FL201 introduction": (INTRODUCTION_THEN_OFFER, INTRODUCTION_THEN_READER, ("FL201", "FL202")),
    "FL202 opener": (BOILERPLATE_OPENER, INTRODUCTION_THEN_READER, ("FL202",)),
    "FL203 reader's work": (REAL_PRESSURE, READERS_URGENT_WORK, ("FL203",)),
    "FL201 research": (SENDER_PRODUCT_PITCH, SENDER_RESEARCH, ("FL201",)),
    "FL503 free": (FREE_OFFER_SUBJECTS, FREE_RESOURCE_SUBJECTS, ("FL503",)),
}


def test_tables_have_at_least_as_many_negatives() -> None:
    assert_tables_balanced(TABLES)


def test_every_table_covers_five_languages() -> None:
    assert_tables_cover_languages(TABLES, {"en", "de", "fr", "es", "nl"})


if __name__ == "__main__":
    print_table_scores(TABLES)
