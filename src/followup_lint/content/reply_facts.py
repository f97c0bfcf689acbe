"""Whether a sentence of a reply pushes the reader, or only states the facts they asked about.

In a declared reply the reader has asked something, and the answer states a price, a renewal, a
deposit or a deadline ("the per-seat price went up 5% in January", "the deposit is due by 14
March to hold the date"). The pressure cues and the classifier read those words as urgency; in a
reply they answer the reader. Such a sentence is pressure only when it also pushes the reader to
act now: a countdown, "only today", "before they're gone", scarcity spelt out. The push phrases
are data (``rules/data/reply-facts.yml``); FL203 reads this for replies only.
"""

from __future__ import annotations

from functools import lru_cache

from .phrase_tables import PhraseTable
from .tokens import tokenize

__all__ = ["pushes"]

_TABLE = PhraseTable("reply-facts.yml", ("push",))


@lru_cache(maxsize=4096)
def pushes(text: str, lang: str) -> bool:
    """The sentence pushes the reader to act now ("only today", "before they're gone", "reserve
    ya"), beyond stating a price, a date or a deadline."""
    return bool(_TABLE.find("push", tokenize(text, lang), text, lang))
