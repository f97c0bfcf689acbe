"""Three categories of false alarm from tone batch 7 (issue 10), written as tables before the
code, must-fire and must-not in equal measure, in English, German, French, Spanish and Dutch. No
sentence here is a batch sentence.

* **The person of a verb survives lemmas.** A cue written with the sender's verb ("trabajo en",
  I work at) does not match the reader's people ("los técnicos que trabajan en {{ company }}"),
  and a reflexive naming verb ("me llamo", "se llama", "je m'appelle", "il s'appelle") is never a
  call; "ich heiße", "ik heet", "is called" are not either. The sender's own call ("le llamo el
  martes", "je vous appelle demain") still is.
* **A one-line introduction as a person before a small optional ask** (a reply, an opinion, "if
  you like I'll send an example", a link to open) is neither a sell (FL201) nor a self-centred
  opener (FL202), also when the reader is named only as "someone at {{ company }}". The same
  introduction stays a problem when it pitches itself ("we help ..."), when product claims
  follow, or when a demo, call, meeting or trial is asked.
* **Thanks for something the reader already did** (signed up, registered, downloaded, booked,
  replied) is no ask; a real request to sign up still is.

Run ``PYTHONPATH=src python tests/test_tone_person_intro_thanks.py`` for the table scores.
"""

from __future__ import annotations

import pytest
from _core_testing import (
    assert_tables_balanced,
    assert_tables_cover_languages,
    build_mail,
    fired,
    print_table_scores,
)

from followup_lint.content.ask_strength import groups_in
from followup_lint.content.cues import CueSet, parse_cue
from followup_lint.content.tokens import tokenize
from followup_lint.testing import run_rules

GREETING = {
    "en": "Hi {{ first_name }},",
    "de": "Guten Tag {{ first_name }},",
    "fr": "Bonjour {{ first_name }},",
    "es": "Hola, {{ first_name }}:",
    "nl": "Hoi {{ first_name }},",
}
SIGNOFF = {
    "en": "Best,\nSeo-yeon Park",
    "de": "Viele Grüße\nJan-Hendrik von der Heide",
    "fr": "Bien à vous,\nHélène Le Bihan",
    "es": "Un saludo,\nMaría José de Castro",
    "nl": "Groet,\nDaan van der Meer",
}


def mail(lang: str, body: str, *, sequence: str = "first-touch") -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body, sequence=sequence)


# ----------------------------------------------------------------------------- 1. the verb's person

#: the cue's verb is the sender's (first person); the sentence's is someone else's
PERSON_KEPT = [
    # (lang, cue, sentence)
    ("es", "trabajo [en|para] {any}", "Los técnicos que trabajan en Ferrovial cubren ya la zona sur."),
    ("es", "trabajo [en|para] {any}", "Sé que trabajáis para varios hospitales a la vez."),
    ("es", "[llamada|reunión]", "Me llamo Rocío Fernández y llevo compras en Albarán."),
    ("es", "[llamada|reunión]", "Vi que su nueva tienda de Vigo se llama «Ferretería do Porto»."),
    ("fr", "[appel|appeler]", "Il s'appelle Marc Aubert et dirige l'atelier de Brest."),
    ("fr", "[appel|appeler]", "La fiche s'appelle « Inventaire du lundi »."),
    ("de", "arbeite {any?} [bei|für] {any}", "Ihre Monteure arbeiten bei Regen nicht draußen."),
    ("nl", "helpt [bij|met] {any}", "Wij helpen bij de overstap naar de nieuwe kassa."),
]

#: the same cues still match the sender's own verb, in other forms of the same person
PERSON_MATCHED = [
    ("es", "trabajo [en|para] {any}", "Trabajo en Albarán desde 2021."),
    ("es", "trabajo [en|para] {any}", "Trabajé para dos distribuidoras antes de Albarán."),
    ("es", "[llamada|reunión]", "¿Le llamo el martes a las diez?"),
    ("es", "[llamada|reunión]", "Le propongo una llamada de 15 minutos."),
    ("fr", "[appel|appeler]", "Je vous appelle demain à 10 h."),
    ("fr", "[appel|appeler]", "Puis-je vous appeler jeudi ?"),
    ("de", "arbeite {any?} [bei|für] {any}", "Vorher arbeitete ich bei Hofkasse in Kehl."),
    ("nl", "helpt [bij|met] {any}", "Die checklist hielp bij de overstap naar de nieuwe kassa."),
]


def _matches(lang: str, cue: str, sentence: str) -> bool:
    cues = CueSet(lang)
    cues.add(parse_cue(cue, lang, "pitch"))
    return bool(cues.find(tokenize(sentence, lang), sentence))


@pytest.mark.parametrize(("lang", "cue", "sentence"), PERSON_KEPT)
def test_a_cue_verb_does_not_match_another_persons_verb(lang: str, cue: str, sentence: str) -> None:
    assert not _matches(lang, cue, sentence), (cue, sentence)


@pytest.mark.parametrize(("lang", "cue", "sentence"), PERSON_MATCHED)
def test_a_cue_verb_matches_its_own_person_in_other_forms(lang: str, cue: str, sentence: str) -> None:
    assert _matches(lang, cue, sentence), (cue, sentence)


#: naming verbs (reflexive or not) are not meetings; the sender's call is
NAMING_IS_NO_MEETING = [
    ("es", "Me llamo Rocío y llevo las compras de Albarán."),
    ("es", "La plantilla se llama «Turnos claros» y es gratuita."),
    ("fr", "Je m'appelle Timothée et je m'occupe des achats chez Cuvéo."),
    ("fr", "La fiche s'appelle « Inventaire du lundi »."),
    ("de", "Ich heiße Lena-Marie und kümmere mich bei Hofkasse um den Einkauf."),
    ("nl", "Ik heet Joost en ik regel de inkoop bij Kassakoers."),
    ("en", "My colleague is called Ama and she runs our warehouse."),
]
CALL_IS_A_MEETING = [
    ("es", "Le llamo el jueves para comentarlo."),
    ("es", "¿Te llamo mañana a las once?"),
    ("fr", "Je vous appelle jeudi pour en parler."),
    ("fr", "Un appel de dix minutes suffirait."),
    ("de", "Passt Ihnen ein kurzes Telefonat am Donnerstag?"),
    ("nl", "Zullen we donderdag even een belletje doen?"),
    ("en", "I'll give you a call on Thursday."),
]


@pytest.mark.parametrize(("lang", "sentence"), NAMING_IS_NO_MEETING)
def test_a_naming_verb_is_no_meeting(lang: str, sentence: str) -> None:
    assert "meeting" not in groups_in(sentence, lang), sentence


@pytest.mark.parametrize(("lang", "sentence"), CALL_IS_A_MEETING)
def test_a_call_is_a_meeting(lang: str, sentence: str) -> None:
    assert "meeting" in groups_in(sentence, lang), sentence


#: whole emails: the reader's people or a name, read through a verb a sender cue also uses
READERS_VERBS = [
    mail("es", "Leí que los técnicos que trabajan en {{ company }} cubren ahora también la zona de Alicante.\n\n"
               "¿Cómo reparten las guardias del fin de semana? Si prefiere no contestar, no pasa nada."),
    mail("es", "Vi que la nueva tienda de {{ company }} en Vigo se llama «Ferretería do Porto».\n\n"
               "¿Cómo organizan los pedidos entre las dos tiendas? Si no tiene tiempo, lo entiendo."),
    mail("fr", "J'ai vu que la nouvelle boutique de {{ company }} à Rennes s'appelle « Le Fournil du Port ».\n\n"
               "Comment répartissez-vous les commandes entre les deux boutiques ? Sinon, aucun souci."),
    mail("de", "Ich habe gelesen, dass der neue Hofladen von {{ company }} in Kehl „Gut Rheinau“ heißt.\n\n"
               "Wie verteilen Sie die Bestellungen auf die beiden Läden? Falls nicht, kein Problem."),
    mail("nl", "Ik las dat de nieuwe vestiging van {{ company }} in Zwolle „De Bakkerij aan de Vecht“ heet.\n\n"
               "Hoe verdelen jullie de bestellingen over de twee winkels? Geen probleem als je geen tijd hebt."),
    mail("en", "I read that the nurses who work at {{ company }} now also cover the Saturday clinic, which is "
               "called the Harbour Walk-in.\n\nHow do you split the weekend rota? No worries if you'd rather not say."),
]

#: whole emails: the sender's own call or work, in the same words
SENDERS_VERBS = [
    mail("es", "Trabajo en Albarán y reducimos un 30 % las roturas de stock en ferreterías.\n\n"
               "¿Le viene bien una llamada el jueves?"),
    mail("es", "Me llamo Rocío Fernández y le llamo el martes a las diez para enseñarle nuestros precios."),
    mail("fr", "Je m'appelle Timothée Roux et je vous appelle demain à 10 h pour vous présenter notre offre."),
    mail("de", "Ich heiße Lena-Marie Vogt und rufe Sie morgen um 10 Uhr an, um Ihnen unsere Preise zu zeigen."),
    mail("nl", "Ik heet Joost Bakker en ik bel je donderdag om 10 uur om onze prijzen door te nemen."),
    mail("en", "My name is Kwame Mensah and I'll call you on Thursday at 10 to walk you through our pricing."),
]


@pytest.mark.parametrize("template", READERS_VERBS)
def test_the_readers_verbs_are_not_the_senders(template: str) -> None:
    found = run_rules(["FL201", "FL202"], template)
    assert found == [], (template, [d.message for d in found])


@pytest.mark.parametrize("template", SENDERS_VERBS)
def test_the_senders_own_call_is_still_a_sell(template: str) -> None:
    assert fired("FL201", template), template


# ----------------------------------------------------------------------------- 2. introduction, small ask

#: a person says who they are, then asks only for something small and optional
INTRODUCTION_SMALL_ASK = [
    mail("en", "I'm Kenji Watanabe from Stackyard. I'm trying to learn how plant-hire firms keep track of "
               "returned kit.\n\nIf you could reply with a line on how {{ company }} does it, that would help "
               "a lot; no worries if not."),
    mail("en", "My name is Aoife Ní Bhriain and I work at Tallyhop. Someone at {{ company }} mentioned that "
               "the four sites count stock on different days.\n\nIf you like, I'll send over the count sheet "
               "we use; no need to reply otherwise."),
    mail("en", "I'm Ngozi, and I make scheduling software for physiotherapy clinics.\n\nQuick question: how "
               "does {{ company }} fill a slot when a patient cancels on the day? A one-line reply would be "
               "plenty, and it's fine to ignore this."),
    mail("de", "Ich bin Mehmet Yılmaz von Baustrom. Jemand bei {{ company }} hat mir erzählt, dass Ihre "
               "Bauleiter die Stromzähler selbst ablesen.\n\nWenn Sie mögen, schicke ich Ihnen unsere "
               "Ablesevorlage als Beispiel; eine Antwort ist nicht nötig."),
    mail("fr", "Je m'appelle Anne-Sophie Le Gall et je développe un logiciel de caisse pour les fromageries.\n\n"
               "Simple question : comment {{ company }} gère-t-elle les commandes de fin d'année ? Deux lignes "
               "de réponse me suffiraient, sinon aucun souci."),
    mail("fr", "Je m'appelle Olivier N'Diaye et je travaille chez Tournesol. Quelqu'un chez {{ company }} m'a "
               "dit que vous gérez les plannings des trois agences.\n\nSi vous le souhaitez, je vous envoie un "
               "exemple de planning ; sinon, pas de souci."),
    mail("es", "Me llamo Tomás de la Vega y trabajo en Albarán. Alguien de {{ company }} me comentó que llevan "
               "ustedes los pedidos de las cuatro tiendas.\n\nSi le parece bien, le envío una plantilla de "
               "ejemplo; si no, no pasa nada."),
    mail("nl", "Ik ben Fleur de Jong en ik bouw kassasoftware voor ijssalons.\n\nIk ben benieuwd hoe "
               "{{ company }} de voorraad bijhoudt in de drukke zomermaanden. Als je zin hebt, hoor ik het "
               "graag; reageren hoeft niet."),
]

#: the introduction pitches itself, or product claims or a real ask follow
INTRODUCTION_THEN_SELL = [
    mail("en", "I'm Kenji Watanabe from Stackyard; we help plant-hire firms cut lost kit by a third.\n\nIf it's "
               "useful, there's a short video of how it works here: {{ video_url }}."),
    mail("en", "My name is Aoife Ní Bhriain and I work at Tallyhop. Someone at {{ company }} mentioned that "
               "the four sites count stock on different days.\n\nCould we book a 30-minute demo next week?"),
    mail("en", "I'm Ngozi, and I make scheduling software for physiotherapy clinics. Our clinics fill 90% of "
               "same-day cancellations within an hour.\n\nWould you be open to a free trial?"),
    mail("de", "Ich bin Mehmet Yılmaz von Baustrom. Unsere Software halbiert die Zeit für die Zählerablesung.\n\n"
               "Hätten Sie am Donnerstag Zeit für ein kurzes Gespräch?"),
    mail("fr", "Je m'appelle Anne-Sophie Le Gall et nous aidons les fromageries à réduire leurs pertes de 20 %.\n\n"
               "Deux lignes de réponse me suffiraient, sinon aucun souci."),
    mail("fr", "Je m'appelle Olivier N'Diaye et je travaille chez Tournesol.\n\nSeriez-vous disponible jeudi "
               "pour une démo de 20 minutes ?"),
    mail("es", "Me llamo Tomás de la Vega y trabajo en Albarán.\n\n¿Le vendría bien una llamada de 20 minutos "
               "el jueves para enseñarle la herramienta?"),
    mail("nl", "Ik ben Fleur de Jong en ik bouw kassasoftware voor ijssalons.\n\nZullen we volgende week een "
               "demo inplannen?"),
]


@pytest.mark.parametrize("template", INTRODUCTION_SMALL_ASK)
def test_an_introduction_before_a_small_optional_ask_is_no_sell(template: str) -> None:
    found = run_rules(["FL201", "FL202"], template)
    assert found == [], (template, [d.message for d in found])


@pytest.mark.parametrize("template", INTRODUCTION_THEN_SELL)
def test_an_introduction_that_pitches_or_before_a_sell_is_reported(template: str) -> None:
    assert fired("FL201", template) or fired("FL202", template), template


# ----------------------------------------------------------------------------- 3. thanks for what they did

#: thanks for something the reader already did, then the value
THANKS_FOR_WHAT_THEY_DID = [
    mail("en", "Thank you for signing up for the onboarding session on Thursday. The slides are here: "
               "{{ slides_url }}, and the first-week checklist is on the last page.", sequence="follow-up"),
    mail("en", "Thanks for booking a walkthrough with us last month. Here are the notes: {{ notes_url }}.",
         sequence="follow-up"),
    mail("en", "Appreciate you signing up for the pilot. The setup guide is here: {{ guide_url }}.",
         sequence="follow-up"),
    mail("de", "Danke für Ihre Anmeldung zur Sitzung am Dienstag. Hier ist die Aufzeichnung: {{ recording_url }}.",
         sequence="follow-up"),
    mail("fr", "Merci d'avoir réservé un créneau pour la démonstration de mardi. Voici les notes : {{ notes_url }}.",
         sequence="follow-up"),
    mail("fr", "Merci d'avoir demandé une démo la semaine dernière. Voici l'enregistrement : {{ replay_url }}.",
         sequence="follow-up"),
    mail("es", "Gracias por reservar una llamada con nosotros. Aquí tienes las notas: {{ notes_url }}.",
         sequence="follow-up"),
    mail("nl", "Bedankt dat je een demo hebt aangevraagd. Hier is de opname: {{ replay_url }}.",
         sequence="follow-up"),
]

#: a real request to sign up, register or book, before anything of value
REQUEST_TO_SIGN_UP = [
    mail("en", "Sign up for Tuesday's demo of our payroll platform here: {{ signup_url }}. Seats are limited."),
    mail("en", "Thanks for downloading the allergen guide. Book a 30-minute demo of Labelwise this week to see "
               "how it prints the new labels."),
    mail("en", "Register now for a free trial of Rotaclear and get your first month at half price."),
    mail("de", "Melden Sie sich jetzt für eine Demo unserer Kassensoftware am Dienstag an: {{ signup_url }}."),
    mail("fr", "Inscrivez-vous dès maintenant à la démo de notre logiciel de caisse : {{ signup_url }}."),
    mail("es", "Regístrate ya en la demo de nuestra plataforma de pedidos: {{ signup_url }}."),
    mail("nl", "Meld je nu aan voor een demo van ons kassasysteem: {{ signup_url }}."),
    mail("nl", "Bedankt voor je aanmelding. Plan nu een demo van ons kassasysteem in via {{ signup_url }}."),
]


@pytest.mark.parametrize("template", THANKS_FOR_WHAT_THEY_DID)
def test_thanks_for_what_the_reader_did_is_no_ask(template: str) -> None:
    found = run_rules(["FL201"], template)
    assert found == [], (template, [d.message for d in found])


@pytest.mark.parametrize("template", REQUEST_TO_SIGN_UP)
def test_a_request_to_sign_up_is_still_an_ask(template: str) -> None:
    assert fired("FL201", template), template


TABLES = {
    "FL201/FL202 the verb's person": (SENDERS_VERBS, READERS_VERBS, ("FL201", "FL202")),
    "FL201/FL202 introduction, small ask": (INTRODUCTION_THEN_SELL, INTRODUCTION_SMALL_ASK, ("FL201", "FL202")),
    "FL201 thanks for what they did": (REQUEST_TO_SIGN_UP, THANKS_FOR_WHAT_THEY_DID, ("FL201",)),
}


def test_tables_have_at_least_as_many_negatives() -> None:
    assert_tables_balanced(TABLES)
    assert len(PERSON_KEPT) == len(PERSON_MATCHED)
    assert len(NAMING_IS_NO_MEETING) == len(CALL_IS_A_MEETING)


def test_every_table_covers_five_languages() -> None:
    assert_tables_cover_languages(TABLES, {"en", "de", "fr", "es", "nl"})


if __name__ == "__main__":
    print_table_scores(TABLES)
