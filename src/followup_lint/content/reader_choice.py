"""Whether an ask leaves the choice to the reader: offered on their wish, the next step handed back.

"Should a short call to get acquainted help, I'm glad to set one up; if not, just write to me
whenever something comes up" names a call, yet sells nothing: the call happens only if the reader
wants it, and the alternative is the reader's to take. Such an ask is optional even though it
names a meeting (:mod:`.ask_strength` otherwise reads a call in a cold email as a meeting to
sell), as long as it names no sales object and proposes no slot ("Thursday at 10" is the
sender's time). The phrases are data (``rules/data/reader-choice.yml``).
"""

from __future__ import annotations

from functools import lru_cache

from .phrase_tables import PhraseTable
from .tokens import tokenize

__all__ = ["hands_back", "offered_on_wish", "proposes_slot"]

_TABLE = PhraseTable("reader-choice.yml", ("wish", "hand_back", "slot"))


@lru_cache(maxsize=4096)
def _groups(text: str, lang: str) -> frozenset[str]:
    tokens = tokenize(text, lang)
    return frozenset(group for group in _TABLE.groups if _TABLE.find(group, tokens, text, lang))


def offered_on_wish(text: str, lang: str) -> bool:
    """The sentence makes its offer depend on the reader's wish or use ("if you'd like", "wenn Sie
    ... möchten", "si le apetece")."""
    return "wish" in _groups(text, lang)


def hands_back(text: str, lang: str) -> bool:
    """The sentence leaves the next step to the reader ("otherwise just email me whenever",
    "sinon, écrivez-moi quand vous voulez")."""
    return "hand_back" in _groups(text, lang)


def proposes_slot(text: str, lang: str) -> bool:
    """The sentence names a day, a time or a length of meeting ("Thursday", "at 10", "20 minutes")."""
    return "slot" in _groups(text, lang)
