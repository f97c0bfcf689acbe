"""Full stops that end no sentence: abbreviations and ordinal dates in the five languages.

Every sentence of an email gets a role (issue 10); "am 14. März" split into "am 14." and
"März ..." gave the second half no verb and the first no object, and "ca. 30 Betriebe" split a
finding in two. Written for this test, not taken from the corpus."""

from __future__ import annotations

import pytest

from followup_lint.text.pipeline import nlp
from followup_lint.text.segmenter import segment_email


def sentences(text: str) -> list[str]:
    return [s.text.strip() for s in nlp()(text).sents]


ONE_SENTENCE = [
    "Die Frist für die Umrüstung endet am 14. März für alle Betriebe in Köln.",
    "Ab dem 1. Januar 2027 gilt die neue Regel auch für kleine Kanzleien.",
    "Zum 2. Mal laden wir Sie zu unserem Praxistag ein.",
    "Im 3. Quartal haben ca. 30 Verwaltungen umgestellt, z. B. in Bonn.",
    "Bitte prüfen Sie ggf. die Nr. 5 der Liste bzw. die Anlage.",
    "Het gaat om ca. 20 bedrijven, o.a. in Utrecht en Zwolle.",
    "De vergadering is op 3 maart met dhr. Jansen en mevr. De Vries.",
    "Nous avons accompagné env. 30 cabinets, cf. le rapport joint.",
    "Mme Lefèvre et Dr. Martin seront présents au salon.",
    "Hay aprox. 30 clínicas en la zona, según la pág. 4 del informe.",
    "La reunión con la Sra. García y el Dr. Ruiz es el martes.",
    "Our team of approx. 40 engineers works from Leeds.",
    "Ich habe Sie schon für den Infoabend am 22. angemeldet.",
    "Er wurde zum 3. gewählten Vertreter der Region.",
]


@pytest.mark.parametrize("text", ONE_SENTENCE)
def test_an_abbreviation_or_ordinal_date_keeps_the_sentence_whole(text: str) -> None:
    assert sentences(text) == [text]


TWO_SENTENCES = [
    ("Wir sind 3.", "Dann gehen wir zusammen hin."),
    ("We met on the 14th.", "March was busy for everyone."),
    ("Please email me.", "Then we can talk."),
    ("Das kostet 12 Euro pro Monat.", "März ist der beste Monat dafür."),
    ("Le dossier est complet.", "Nous vous écrivons demain."),
    ("The answer is no.", "We will not renew the contract."),
    ("Es gibt viele Gründe usw.", "Dazu später mehr."),
    ("Son las 5.", "Mañana hablamos."),
]


@pytest.mark.parametrize("first,second", TWO_SENTENCES)
def test_a_real_sentence_end_still_splits(first: str, second: str) -> None:
    assert sentences(f"{first} {second}") == [first, second]


def test_a_line_break_after_an_ordinal_still_ends_the_sentence() -> None:
    assert sentences("Die Liste hat 12.\nMärz ist gut.") == ["Die Liste hat 12.", "März ist gut."]


def test_the_email_segmenter_gives_one_opener_for_a_german_date() -> None:
    text = "Hallo Anna,\n\ndie Frist endet am 14. März für alle Betriebe. Am 3. April folgt die zweite Stufe.\n\nViele Grüße\nJan"
    found = segment_email(text)
    opener = text[found.opener.start : found.opener.end] if hasattr(found.opener, "start") else None
    bodies = [text[s.start : s.end] for s in found.sentences]
    assert bodies[:2] == ["die Frist endet am 14. März für alle Betriebe.", "Am 3. April folgt die zweite Stufe."]
    if opener is not None:
        assert opener == bodies[0]
