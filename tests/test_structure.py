"""What a sentence does (followup_lint.content.structure): who is its subject, whether it asks,
orders or states, whether it sets a deadline, softens or negates - in every supported language.

The sentences were written for this test (not taken from corpus/roles/); each language has
cases that must show a fact and cases that must not (a preposition before a place is no
deadline, a noun phrase at the start is no order)."""

from __future__ import annotations

import pytest

from followup_lint.content.features import FEATURE_CONFIG, extract, sentence_words
from followup_lint.content.lemmas import lemma
from followup_lint.content.structure import DESCRIPTIONS, describe_structure, mood, structure, subject_person


def facts(sentence: str, lang: str) -> set[str]:
    words, shapes = sentence_words(sentence, lang)
    lemmas = [w if w.startswith("<") else lemma(w, lang) for w in words]
    return {f[2:] for f in structure(words, lemmas, shapes, lang) if f.startswith("g:") and "&" not in f}


# (language, sentence, subject person, mood)
PERSON_AND_MOOD = [
    ("en", "Book a call with me before Friday.", "none", "imperative"),
    ("en", "Send me the signed order form today, please.", "none", "imperative"),
    ("en", "Don't miss the last session of the year.", "none", "imperative"),
    ("en", "We cut onboarding time in half for {{ segment }} teams.", "we", "statement"),
    ("en", "I saw your talk at the logistics summit.", "i", "statement"),
    ("en", "You lose three leads a week without a follow-up.", "you", "statement"),
    ("en", "Who signs off on purchases like this?", "none", "question"),
    ("en", "Recording and slides from the session", "none", "statement"),
    ("en", "Booked calls went up by a third last quarter.", "none", "statement"),
    ("de", "Buchen Sie bis Freitag einen Termin.", "you", "imperative"),
    ("de", "Wir senken Ihre Kosten um 30 %.", "we", "statement"),
    ("de", "Ich habe Ihren Vortrag auf der Messe gesehen.", "i", "statement"),
    ("de", "Wer entscheidet bei Ihnen über den Einkauf?", "none", "question"),
    ("de", "Die Aufzeichnung finden Sie im Anhang.", "you", "statement"),
    ("fr", "Réservez votre créneau avant vendredi.", "none", "imperative"),
    ("fr", "Merci de me renvoyer le bon de commande signé.", "none", "imperative"),
    ("fr", "Nous aidons les cabinets à gagner 10 heures par semaine.", "we", "statement"),
    ("fr", "J'ai vu votre intervention au salon.", "i", "statement"),
    ("fr", "Le replay est disponible sur la page de l'événement.", "none", "statement"),
    ("es", "Confírmemelo antes del viernes.", "none", "imperative"),
    ("es", "Ofrecemos un descuento del 20 % este mes.", "we", "statement"),
    ("es", "Yo vi su charla en la feria.", "i", "statement"),
    ("es", "¿Quién decide las compras en su empresa?", "none", "question"),
    ("es", "La grabación está en la página del evento.", "none", "statement"),
    ("nl", "Plan een gesprek in voor vrijdag.", "none", "imperative"),
    ("nl", "Wij helpen praktijken 10 uur per week te besparen.", "we", "statement"),
    ("nl", "Ik zag uw presentatie op de beurs.", "i", "statement"),
    ("nl", "Korte vraag over jullie planning", "you", "statement"),
    ("nl", "De opname staat op de pagina van het event.", "none", "statement"),
]


@pytest.mark.parametrize(("lang", "sentence", "person", "kind"), PERSON_AND_MOOD, ids=[f"{c[0]}:{c[1][:30]}" for c in PERSON_AND_MOOD])
def test_subject_person_and_mood(lang: str, sentence: str, person: str, kind: str) -> None:
    words, shapes = sentence_words(sentence, lang)
    assert subject_person(words, lang) == person
    assert mood(words, lang, "question" in shapes) == kind


# (language, sentence, facts it must have, facts it must not have)
FACTS = [
    ("en", "Reply by Friday at noon to keep the price.", {"deadline"}, {"soft", "neg"}),
    ("en", "If now is not a good time, no worries at all.", {"soft", "neg"}, {"deadline"}),
    ("en", "The guide was written by our support team.", {"own:our"}, {"deadline", "neg"}),
    ("en", "Only three seats are left for the March cohort.", {"limit", "num"}, {"deadline"}),
    # digits, money and percentages are shapes of features.py (s:number...), not counted twice here
    ("en", "It costs $49 a month, or 20% less billed yearly.", set(), {"num", "deadline"}),
    ("en", "Half of our clients switched within two days.", {"num", "deadline", "own:our"}, {"neg"}),
    ("de", "Bitte melden Sie sich bis Montag zurück.", {"deadline", "please"}, {"neg"}),
    ("de", "Falls es gerade nicht passt, kein Problem.", {"soft", "neg"}, {"deadline"}),
    ("de", "Ihre Daten bleiben vor Ort in Ihrem Rechenzentrum.", {"own:your"}, {"deadline"}),
    ("fr", "Répondez avant vendredi midi pour garder le tarif.", {"deadline"}, {"neg"}),
    ("fr", "Si ce n'est pas le moment, aucun souci.", {"soft", "neg"}, {"deadline"}),
    ("fr", "Nous travaillons avec les cabinets de la région.", {"subj:we"}, {"deadline", "soft"}),
    ("es", "Respóndame antes del lunes, por favor.", {"deadline", "please"}, {"neg"}),
    ("es", "Si no es buen momento, no pasa nada.", {"soft", "neg"}, {"deadline"}),
    ("es", "Trabajamos hasta con treinta clínicas.", {"subj:we"}, {"deadline"}),
    ("nl", "Laat het me uiterlijk vrijdag weten.", {"deadline"}, {"neg"}),
    ("nl", "Als het nu niet uitkomt, geen probleem.", {"soft", "neg"}, {"deadline"}),
    ("nl", "Wij werken voor de klanten van de gemeente.", {"subj:we"}, {"deadline"}),
]


@pytest.mark.parametrize(("lang", "sentence", "present", "absent"), FACTS, ids=[f"{c[0]}:{c[1][:30]}" for c in FACTS])
def test_facts_of_a_sentence(lang: str, sentence: str, present: set[str], absent: set[str]) -> None:
    found = facts(sentence, lang)
    assert present <= found, present - found
    assert not absent & found, absent & found


def test_the_same_act_gives_the_same_facts_in_every_language() -> None:
    """An order with a deadline reads alike in all five languages: the facts are shared
    features, so what the model learns from English applies to the others."""
    orders = {
        "en": "Book your slot before Friday.",
        "de": "Buchen Sie Ihren Termin bis Freitag.",
        "fr": "Réservez votre créneau avant vendredi.",
        "es": "Resérvelo antes del viernes, por favor.",
        "nl": "Boek uw plek voor vrijdag.",
    }
    for lang, sentence in orders.items():
        assert {"mood:imperative", "deadline"} <= facts(sentence, lang), lang


@pytest.fixture()
def structure_on(monkeypatch: pytest.MonkeyPatch):
    """The classifier's features with the structure option on (it is off in the shipped model)."""
    monkeypatch.setitem(FEATURE_CONFIG, "structure", "facts")
    extract.cache_clear()
    yield
    extract.cache_clear()


@pytest.mark.parametrize(("mode", "kinds"), [(False, set()), ("facts", {"g"}), ("facts+pairs+verbs", {"g", "x"})])
def test_the_option_decides_which_structure_features_the_classifier_reads(
    monkeypatch: pytest.MonkeyPatch, mode: object, kinds: set[str]
) -> None:
    monkeypatch.setitem(FEATURE_CONFIG, "structure", mode)
    extract.cache_clear()
    try:
        found = extract("Book a call with our team before Friday.", "en")
    finally:
        extract.cache_clear()
    assert {f.partition(":")[0] for f in found if f.startswith(("g:", "x:"))} == kinds
    assert ("g:deadline&mood:imperative" in found) == (mode == "facts+pairs+verbs")


def test_the_model_features_carry_the_facts_and_each_has_words(structure_on: None) -> None:
    features = extract("We can take 15% off if you sign before Friday.", "en")
    assert {"g:subj:we", "s:percent", "g:soft", "g:deadline"} <= features
    assert not any(f.startswith("g:") and f[2:] in {"percent", "money", "time"} for f in features)
    for feature in features:
        if feature.startswith("g:"):
            assert describe_structure(feature[2:]) and "&" not in describe_structure(feature[2:])
    assert all(text and "_" not in text for text in DESCRIPTIONS.values())
