"""Opening hours, closures and cover stated as facts are information: no ask, pressure or sell.

"Our office closes at 1pm on 23 December and reopens on 2 January" tells the reader when the
sender can be reached. The classifier's word weights read its times and dates as a presumptive
ask (FL208), pressure (FL203) and, in the opener, a sell (FL201). A sentence is a **notice**
when it names the sender's premises and their hours (``rules/data/operational-notice.yml``),
asks no question, and names no sales object or meeting (:func:`.ask_strength.groups_in`) and no
commercial term (:func:`.date_scope.names_offer`: "the 20% discount closes with it" pushes).
The classifier's own ask, pushy, pressure, pitch and loss readings of a notice are dropped; a
cue's reading stays. Read once per template, on the neutral text.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from .ask_strength import groups_in
from .date_scope import names_offer
from .phrase_tables import PhraseTable
from .roles import SentenceRoles
from .tokens import tokenize

__all__ = ["states_hours", "with_operational_notices"]

_TABLE = PhraseTable("operational-notice.yml", ("premises", "hours"))
#: the classifier's readings a notice of hours does not carry
_DROPPED = frozenset({"ask", "pushy", "pressure", "pitch", "loss"})


@lru_cache(maxsize=4096)
def states_hours(text: str, lang: str) -> bool:
    """Whether ``text`` (one sentence in ``lang``) states when the sender's premises close or
    open, asking nothing and naming nothing for sale."""
    if text.rstrip(" )\"'»”’*_").endswith(("?", "？")):
        return False
    tokens = tokenize(text, lang)
    if not (_TABLE.find("premises", tokens, text, lang) and _TABLE.find("hours", tokens, text, lang)):
        return False
    return not (groups_in(text, lang) & {"sales", "meeting"} or names_offer(text, lang))


def with_operational_notices(sentences: Sequence[SentenceRoles], segments: frozenset[str]) -> list[SentenceRoles]:
    """``sentences`` without the classifier's ask, pressure and sell in the notices of hours of
    ``segments`` (see the module docs)."""
    result = list(sentences)
    for at, sentence in enumerate(result):
        if sentence.segment not in segments or not sentence.roles & _DROPPED:
            continue
        if not states_hours(sentence.text, sentence.lang):
            continue
        kept = tuple(e for e in sentence.evidence if not (e.role in _DROPPED and e.source == "model"))
        if len(kept) != len(sentence.evidence):
            result[at] = sentence.with_evidence(kept)
    return result
