"""Whether a word is an ordinary word of a language, for telling a shouted word ("AMAZING",
"WICHTIG") from a name written in capitals ("DATEV", "ELSTER").

A word is known when the lookup lemma table of the language lists it (as a form or a lemma),
or when a cue of the built-in lexicon uses it. The tables are not dictionaries (uninflected
words such as "important" are missing), so callers use this only where a miss is cheap: FL206
asks it about a lone capitalised word in the middle of a sentence, nothing else.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lemmas import LANGUAGES, lemma_table
from .lexicon import builtin_lexicon

__all__ = ["known_word"]

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
