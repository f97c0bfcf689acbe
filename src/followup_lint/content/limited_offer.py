"""Whether a sentence holds a time-limited offer of the sender's, however plainly worded.

"P.S. Until Wednesday I give 25% discount on all orders for new clients, after this it is
finished" squeezes the reader like "the offer ends Friday", but in words no pressure cue names:
a discount and a time bound on it, apart. The shape is read instead of the phrasing - an offer
word (discount, Rabatt, remise, descuento, korting, a price "{num} off") and, in the same
sentence, a limit (until a day, this week only, nur bis, jusqu'à, hasta el, tot vrijdag) or an
ending (after that, danach, après, después, daarna) - from ``rules/data/limited-offers.yml``.

The sender's scarce capacity counts as an offer word ("We only take on two new clients a month",
"one of December's slots went"): with a reply deadline in the same sentence it squeezes the same way.

An offer named as the reader's own ("your discount code", "Ihr Rabattcode") is no squeeze: a
remark on their promotion, not a deadline of the sender's. Read by FL209 (pressure in the P.S.),
where the sender's deadline does the most harm.
"""

from __future__ import annotations

from functools import lru_cache

from .phrase_tables import PhraseTable
from .tokens import tokenize

__all__ = ["limited_offer"]

_TABLE = PhraseTable("limited-offers.yml", ("offer", "scarcity", "limit", "ending", "reader"))
#: how many words before the offer word a reader word makes it the reader's ("your discount code")
_OWNER_REACH = 2


@lru_cache(maxsize=4096)
def limited_offer(text: str, lang: str) -> tuple[int, int] | None:
    """The span of the offer words when ``text`` (one sentence in ``lang``) is a time-limited offer
    of the sender's, else ``None``."""
    tokens = tokenize(text, lang)
    offers = _TABLE.find("offer", tokens, text, lang) or _TABLE.find("scarcity", tokens, text, lang)
    if not offers:
        return None
    if not (_TABLE.find("limit", tokens, text, lang) or _TABLE.find("ending", tokens, text, lang)):
        return None
    readers = _TABLE.words("reader", lang)
    words = [t for t in tokens if t.kind != "punct"]
    for match in offers:
        before = [t for t in words if t.end <= match.start][-_OWNER_REACH:]
        if not any(t.lower in readers for t in before):
            return match.start, match.end
    return None
