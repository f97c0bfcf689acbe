"""Syllable counts for English, German, French, Spanish and Dutch words, by spelling rules.

Readability formulas need syllables per word. No dictionary is shipped: each counter starts
from runs of vowel letters (one run is one syllable in most words of these languages) and
corrects the cases where spelling and speech part ways - silent final "e" in English and
French, vowel pairs that are two syllables (Spanish hiatus "le-o", German "Na-ti-on", Dutch
"ide-eën"), the mute "u" of Spanish "que". A word always has at least one syllable. The counts
are right for most everyday words and close for the rest, which is what an average over an
email needs (tests/test_readability.py measures it per language).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Callable

__all__ = ["count_syllables", "SYLLABLE_COUNTERS"]

_EN_RUN = re.compile(r"[aeiouy]+")
# vowel pairs that English usually says as two syllables: cre-ate, vi-a, vid-e-o, ac-tu-al,
# sci-ence, cli-ent, be-ing, i-de-a
_EN_SPLIT_PAIRS = re.compile(
    r"(?<![tcsgq])i[ao](?!u)|(?<!p)eo|(?<![qg])ua|uo|ue(?=[nrt])|(?<!t)(?<![^s]c)ie(?=n[ct])|ei(?=ng$)|ea(?=te$)"
    r"|[aeiouy][^aeiouy]+ea$"
)
# a silent e before a suffix: use-ful, like-ly, state-ment, life-time, some-one
_EN_SILENT_E_SUFFIX = re.compile(r"[^aeiouy]e(?:ful|ly|ment|less|ness|time|one|body|thing|where|way)s?$")


def _english(word: str) -> int:
    w = word.lower().replace("'", "").replace("’", "")
    if not w:
        return 0
    if len(w) <= 3:
        return 1
    if w.startswith("y"):
        w = w[1:]  # consonant y: "yes", "year"
    count = len(_EN_RUN.findall(w))
    count += len(_EN_SPLIT_PAIRS.findall(w))
    count -= len(_EN_SILENT_E_SUFFIX.findall(w))
    if w.endswith("ue") and not w.endswith(("que", "gue")):
        pass  # value, issue, revenue: the e is part of a sounded "ue"
    elif w.endswith("e") and not re.search(r"[^aeiouy]le$", w) and not w.endswith(("ee", "ye")):
        count -= 1  # silent final e: make, these, use (but "table", "free")
    elif re.search(r"[^aeiouydt]ed$", w):
        count -= 1  # asked, planned (but "wanted", "added" keep the syllable)
    elif re.search(r"(?:[^aeiouysxzhgc]|[^aeiouy]c)es$", w):
        count -= 1  # makes, times (but "boxes", "pages", "places" keep it)
    return max(1, count)


def _runs_with_splits(word: str, vowels: str, splits: re.Pattern[str]) -> int:
    """Vowel runs, plus one for each place ``splits`` says a run holds two syllables (the
    pattern is matched on the whole word so it can look at the consonants around a run)."""
    runs = re.findall(f"[{vowels}]+", word)
    return max(1, len(runs) + len(splits.findall(word)))


_DE_VOWELS = "aeiouyäöü"
# inside a vowel run, these pairs belong to two syllables: Na-ti-on, Ja-nu-ar, The-o-rie, Pi-a-no
_DE_SPLITS = re.compile(r"(?<![ts])i(?=[aoäöu])|e(?=[ao])|u(?=[ae])|o(?=[ae])")


def _german(word: str) -> int:
    w = word.lower()
    w = w.replace("qu", "kw")  # "qu" is a consonant cluster: Quartal, Quelle
    count = _runs_with_splits(w, _DE_VOWELS, _DE_SPLITS)
    if len(w) > 5 and w.endswith("ien") and not w.endswith("dien") or w.endswith("dien") and len(w) > 6:
        count += 1  # Fo-li-en, Me-di-en, Fe-ri-en (but "dienen" ends in -en, and "Sie" is one)
    return count


_FR_VOWELS = "aeiouyàâäéèêëîïôöùûüÿœæ"
# é / è before another vowel starts a new syllable (ré-u-nion, cré-er); a trema splits too
_FR_SPLITS = re.compile(r"[éè](?=[aiouyàâîôû]|e(?!s?$))|[^ëï](?=[ëï])")


def _french(word: str) -> int:
    w = word.lower().replace("’", "'")
    w = w.split("'")[-1] or w  # l'équipe, d'un: the elided article is not a syllable
    w = w.replace("qu", "k").replace("gu", "g") if len(w) > 3 else w
    count = _runs_with_splits(w, _FR_VOWELS, _FR_SPLITS)
    runs = re.findall(f"[{_FR_VOWELS}]+", w)
    if len(runs) > 1 and re.search(r"[^aeiouyàâäéèêëîïôöùûüÿœæ]es?$", w):
        count -= 1  # mute final e / es: équipe, factures, propose
    return max(1, count)


_ES_STRONG = set("aeoáéó")
_ES_ACCENTED_WEAK = set("íú")
_ES_VOWELS = "aeiouáéíóúü"


def _spanish(word: str) -> int:
    w = word.lower()
    w = re.sub(r"([qg])u(?=[eéií])", r"\1", w)  # que, guía: mute u
    if w.endswith("y") and len(w) > 1 and w[-2] in _ES_VOWELS:
        w = w[:-1] + "i"  # hoy, muy, estoy: y closes a diphthong
    if w == "y":
        return 1
    count = 0
    for run in re.findall(f"[{_ES_VOWELS}]+", w):
        count += 1
        for first, second in zip(run, run[1:]):
            if (first in _ES_STRONG and second in _ES_STRONG) or first in _ES_ACCENTED_WEAK or second in _ES_ACCENTED_WEAK:
                count += 1  # hiatus: le-er, pa-ís, dí-a
            elif first == second:
                count += 1  # lee, creer: the same vowel twice is two syllables
    return max(1, count)


_NL_VOWELS = "aeiouyëïéèöüáó\u0133"  # \u0133 is "ij" taken as one letter


def _dutch(word: str) -> int:
    w = word.lower().replace("ij", "\u0133")
    runs = re.findall(f"[{_NL_VOWELS}]+", w)
    count = len(runs)
    for run in runs:
        count += sum(1 for i, ch in enumerate(run) if i and ch in "ëïüö")  # ide-eën, ge-ïnteresseerd
        # "ia", "io", "eo" are two syllables (in-di-a, ra-di-o, vid-e-o); "ie", "ieu" are one
        count += len(re.findall(r"i(?=[aoó])|e(?=o)|(?<![eiao])u(?=[ae])", run))
    return max(1, count)


SYLLABLE_COUNTERS: dict[str, Callable[[str], int]] = {
    "en": _english,
    "de": _german,
    "fr": _french,
    "es": _spanish,
    "nl": _dutch,
}


@lru_cache(maxsize=65536)
def count_syllables(word: str, language: str = "en") -> int:
    """Syllables in ``word`` (letters, apostrophes and hyphens; a hyphenated word is the sum
    of its parts). Unknown languages use the English rules."""
    word = unicodedata.normalize("NFC", word)
    counter = SYLLABLE_COUNTERS.get(language, _english)
    parts = [p for p in re.split(r"[-‐‑]", word) if any(ch.isalpha() for ch in p)]
    return sum(counter(p) for p in parts) if parts else 0
