"""Whether a word is an ordinary word of a language, for telling a shouted word ("AMAZING",
"WICHTIG") from a name written in capitals ("DATEV", "ELSTER").

A word is known when the lookup lemma table of the language lists it (as a form or a lemma),
or when a cue of the built-in lexicon uses it. The tables are not dictionaries (uninflected
words such as "important" are missing), so callers use this only where a miss is cheap: FL206
asks it about a lone capitalised word in the middle of a sentence, nothing else.

:func:`common_word` adds the general vocabulary of the shipped word vectors (about 38,000 common
en/de/fr/es/nl words, :mod:`.vectors`), a real if short dictionary: a capitalised word found in
none of them ("COSHH", "RIDDOR", "NEBOSH") is a trade acronym or a name, not a shouted word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lemmas import LANGUAGES, lemma_table
from .lexicon import builtin_lexicon

__all__ = ["common_word", "known_word", "word_of_language"]

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=8)
def _lemmas(lang: str) -> frozenset[str]:
    return frozenset(lemma_table(lang).values())


@lru_cache(maxsize=8)
def _cue_words(lang: str) -> frozenset[str]:
    words: set[str] = set()
    for item in builtin_lexicon().pending.get(lang, ()):
        words.update(w.lower() for w in _WORD.findall(str(item[1])))
    return frozenset(words)


def known_word(word: str, lang: str) -> bool:
    """Whether ``word`` (any case) is a word of ``lang`` or of English."""
    key = word.lower().replace("’", "'")
    for language in dict.fromkeys((lang if lang in LANGUAGES else "en", "en")):
        if key in lemma_table(language) or key in _lemmas(language) or key in _cue_words(language):
            return True
    return False


def common_word(word: str, lang: str) -> bool | None:
    """Whether ``word`` is a word of ``lang``, of English or of the shipped general vocabulary
    (any of the five languages); None when that vocabulary is not installed (then only
    :func:`known_word` could say, and it misses too many plain words to be trusted alone)."""
    from .vectors import load_vectors

    vectors = load_vectors()
    if vectors is None:
        return None
    key = word.lower().replace("’", "'")
    return key in vectors.index or known_word(key, lang)


@lru_cache(maxsize=4096)
def word_of_language(word: str, lang: str) -> bool:
    """Whether ``word`` (any case) reads as a word of ``lang`` itself, not merely of English: the
    language's lemma table or cues list it, the English cues use it (marketing words such as
    "amazing" or "deadline" shout in any language), or the shipped general vocabulary knows it and
    English does not ("jetzt", "maintenant"; in English, any word of that vocabulary: "completely"). "SIREN" in a French email is spelt like an English
    noun, which makes it no French word: an identifier, not a shouted word."""
    key = word.lower().replace("’", "'")
    if lang not in LANGUAGES:
        lang = "en"
    table = lemma_table(lang)
    if key in table or key in _lemmas(lang) or key in _cue_words(lang) or key in _cue_words("en"):
        return True
    from .vectors import load_vectors

    vectors = load_vectors()
    if vectors is None or key not in vectors.index:
        return False
    return lang == "en" or (key not in lemma_table("en") and key not in _lemmas("en"))
