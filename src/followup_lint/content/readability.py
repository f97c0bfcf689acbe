"""Reading level of a text in English, German, French, Spanish or Dutch.

English gets the Flesch-Kincaid grade (a US school grade). The other languages have no grade
formula of the same standing, so they get their own adaptation of Flesch's reading ease -
Amstad (German), Kandel & Moles (French), Fernández Huerta (Spanish, in its corrected form
with words per sentence), Douma (Dutch) - turned into a grade equivalent with Flesch's table
of ease bands and school levels. One grade threshold then works in every language. Every
figure is an estimate from sentence length and syllables per word; the formulas and their
sources are in docs/readability.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from .syllables import count_syllables

__all__ = ["EASE_FORMULAS", "LANGUAGES", "Readability", "ease_to_grade", "readability", "words_of"]

LANGUAGES = ("en", "de", "fr", "es", "nl")

#: A word for the formulas: letters, with inner apostrophes and hyphens (l'équipe, follow-up).
_WORD = re.compile(r"[^\W\d_]+(?:['’‐‑-][^\W\d_]+)*")
#: Links and addresses are not read as words.
_LINK = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w{2,}", re.IGNORECASE)
#: Words of seven letters or more count as long (the LIX definition).
LONG_WORD_LETTERS = 7


@dataclass(frozen=True, slots=True)
class EaseFormula:
    """``base - per_word_in_sentence * words/sentence - per_syllable * syllables/word``."""

    name: str
    base: float
    per_word_in_sentence: float
    per_syllable: float

    def ease(self, words_per_sentence: float, syllables_per_word: float) -> float:
        return self.base - self.per_word_in_sentence * words_per_sentence - self.per_syllable * syllables_per_word


EASE_FORMULAS: dict[str, EaseFormula] = {
    "en": EaseFormula("Flesch reading ease", 206.835, 1.015, 84.6),
    "de": EaseFormula("Amstad reading ease", 180.0, 1.0, 58.5),
    "fr": EaseFormula("Kandel-Moles reading ease", 207.0, 1.015, 73.6),
    "es": EaseFormula("Fernández Huerta reading ease", 206.84, 1.02, 60.0),
    "nl": EaseFormula("Douma reading ease", 206.84, 0.93, 77.0),
}

# Flesch's table: ease 90-100 reads at 5th grade, 80-90 6th, 70-80 7th, 60-70 8th-9th,
# 50-60 10th-12th, 30-50 college, 0-30 college graduate. Points between band edges are
# interpolated; the grade scale is US school years, as for Flesch-Kincaid.
_EASE_GRADE_KNOTS = ((100.0, 5.0), (90.0, 6.0), (80.0, 7.0), (70.0, 8.0), (60.0, 10.0), (50.0, 13.0), (30.0, 17.0), (0.0, 18.0))


def ease_to_grade(ease: float) -> float:
    """A grade equivalent for a Flesch-style reading ease (higher ease, lower grade)."""
    if ease >= _EASE_GRADE_KNOTS[0][0]:
        return max(0.0, _EASE_GRADE_KNOTS[0][1] - (ease - _EASE_GRADE_KNOTS[0][0]) / 10.0)
    for (high_ease, low_grade), (low_ease, high_grade) in zip(_EASE_GRADE_KNOTS, _EASE_GRADE_KNOTS[1:]):
        if ease >= low_ease:
            share = (high_ease - ease) / (high_ease - low_ease)
            return low_grade + share * (high_grade - low_grade)
    return _EASE_GRADE_KNOTS[-1][1]


@dataclass(frozen=True, slots=True)
class Readability:
    """Counts and reading level of a text. ``grade`` is the Flesch-Kincaid grade for English
    and the grade equivalent of the language's reading ease elsewhere (``method`` says which)."""

    language: str
    words: int
    sentences: int
    syllables: int
    long_words: int
    ease: float
    grade: float
    method: str

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.words if self.words else 0.0

    @property
    def long_word_share(self) -> float:
        return self.long_words / self.words if self.words else 0.0


def words_of(text: str) -> list[str]:
    """The words of ``text`` as the formulas count them (links, numbers and symbols left out)."""
    return _WORD.findall(_LINK.sub(" ", text))


def readability(sentences: Iterable[str], language: str) -> Readability | None:
    """Reading level of the given sentences; ``None`` when they hold no words. An unknown
    ``language`` is read with the English rules."""
    lang = language if language in EASE_FORMULAS else "en"
    words: list[str] = []
    sentence_count = 0
    for sentence in sentences:
        found = words_of(sentence)
        if found:
            words.extend(found)
            sentence_count += 1
    if not words:
        return None
    syllables = sum(count_syllables(w, lang) for w in words)
    long_words = sum(1 for w in words if sum(ch.isalpha() for ch in w) >= LONG_WORD_LETTERS)
    per_sentence = len(words) / sentence_count
    per_word = syllables / len(words)
    formula = EASE_FORMULAS[lang]
    ease = formula.ease(per_sentence, per_word)
    if lang == "en":
        grade = max(0.0, 0.39 * per_sentence + 11.8 * per_word - 15.59)
        method = "Flesch-Kincaid grade"
    else:
        grade = ease_to_grade(ease)
        method = f"{formula.name} as a grade equivalent"
    return Readability(lang, len(words), sentence_count, syllables, long_words, round(ease, 1), round(grade, 1), method)
