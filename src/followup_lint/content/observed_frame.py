"""An observation framed by the places or people the sender observes (FL201, FL202).

"Bei den Kanzleien, die wir betreuen, kommen 40 % der Rückfragen zu denselben Belegarten" opens
with a prepositional phrase whose relative clause has the sender as its subject, and states a
finding after the comma. The sender acts only inside the frame; the finding is about the group.
:func:`main_clause_start` finds where that finding begins; :mod:`.agency` then reads the sentence
as the sender reporting what they saw, unless the finding names the sender, their product or
something sold. The words are ``rules/data/observed-frames.yml``.
"""

from __future__ import annotations

from typing import Callable, Sequence

from .phrase_tables import PhraseTable
from .structure import NUMBER_WORDS
from .tokens import Token

__all__ = ["main_clause_start", "notices_at_several", "reports_a_result"]

_TABLE = PhraseTable(
    "observed-frames.yml",
    ("openers", "relatives", "zero_relative_after", "perception", "results", "several", "perceiver", "noticed"),
)
#: how far into the sentence the sender may stand, and how far the comma that closes the frame
#: may stand after the sender (words)
_SENDER_WITHIN = 12
_COMMA_WITHIN = 10
#: the fewest words a finding after the frame has
_MAIN_WORDS = 3
#: the most words a perception lead-in before its colon has ("Wat ons opvalt:")
_LEAD_IN_WORDS = 8


def main_clause_start(
    tokens: Sequence[Token], text: str, lang: str, is_sender: Callable[[Token], bool], names_sender: Callable[[Token], bool]
) -> int | None:
    """The offset where the finding starts, when the sentence opens with an observation frame
    (``None`` otherwise; what follows is not checked here): an opener (a preposition), a group, a
    relative clause whose subject is the sender (``is_sender``) and a comma; or a short lead-in
    that names the sender (``names_sender``: "ons", "uns", "we") with a verb of noticing, and a
    colon."""
    return _after_frame(tokens, lang, is_sender) or _after_lead_in(tokens, text, lang, names_sender)


def notices_at_several(tokens: Sequence[Token], text: str, lang: str) -> bool:
    """The sentence reports what the sender noticed at several organisations like the reader's
    ("Bei mehreren Verwaltungen in {{ city }} ist uns dieselbe Lücke aufgefallen", "Chez plusieurs
    syndics, nous avons remarqué le même oubli", "Bij een aantal verenigingen viel ons hetzelfde gat
    op"): a word for several (``several``), the sender as the one who noticed (``perceiver``) and a
    verb of noticing (``perception``, ``noticed``). Whether it names the sender's product or a sale
    is the caller's to read."""
    if not _TABLE.find("several", tokens, text, lang) or not _TABLE.find("perceiver", tokens, text, lang):
        return False
    return bool(_TABLE.find("perception", tokens, text, lang) or _TABLE.find("noticed", tokens, text, lang))


def reports_a_result(tokens: Sequence[Token], text: str, lang: str) -> bool:
    """The finding (``tokens``, a part of ``text``) reports a change with a number ("augmente de
    20 %", "dropped by half"): among the sender's clients, perhaps the sender's results."""
    if not any(t.kind == "num" or t.lower in NUMBER_WORDS for t in tokens):
        return False
    return bool(_TABLE.find("results", tokens, text, lang))


def _after_lead_in(tokens: Sequence[Token], text: str, lang: str, names_sender: Callable[[Token], bool]) -> int | None:
    """"Wat ons opvalt: de meeste annuleringen ...": the offset after the colon of a perception
    lead-in."""
    colon = next((i for i, t in enumerate(tokens) if t.kind == "punct" and t.text in (":", "：")), None)
    if colon is None:
        return None
    lead = tokens[:colon]
    words = [t for t in lead if t.kind != "punct"]
    rest = [t for t in tokens[colon + 1 :] if t.kind != "punct"]
    if not words or len(words) > _LEAD_IN_WORDS or len(rest) < _MAIN_WORDS or not any(names_sender(t) for t in words):
        return None
    if not _TABLE.find("perception", lead, text[: tokens[colon].start], lang):
        return None
    return tokens[colon].end


def _after_frame(tokens: Sequence[Token], lang: str, is_sender: Callable[[Token], bool]) -> int | None:
    words = [t for t in tokens if t.kind != "punct"]
    if not words or words[0].lower not in _TABLE.words("openers", lang):
        return None
    relatives = _TABLE.words("relatives", lang)
    position = _sender_position(tokens, lang, is_sender, relatives)
    if position is None:
        return None
    seen = 0
    for index in range(position + 1, len(tokens)):
        token = tokens[index]
        if token.kind == "punct":
            if token.text in (",", "，"):
                rest = [t for t in tokens[index + 1 :] if t.kind != "punct"]
                return tokens[index].end if len(rest) >= _MAIN_WORDS else None
            if token.text not in ("-", "'", "’"):
                return None  # the frame ends some other way: not this shape
            continue
        seen += 1
        if seen > _COMMA_WITHIN:
            return None
    return None


def _sender_position(
    tokens: Sequence[Token], lang: str, is_sender: Callable[[Token], bool], relatives: frozenset[str]
) -> int | None:
    """The index (in ``tokens``) of the sender as the subject of the frame's relative clause. A
    comma before it may only open that clause ("Bei den Kanzleien, die wir ...")."""
    words_seen = 0
    for index, token in enumerate(tokens):
        if token.kind == "punct":
            if token.text in (",", "，") and not _relative_follows(tokens, index, relatives):
                return None
            continue
        words_seen += 1
        if words_seen > _SENDER_WITHIN:
            return None
        if words_seen == 1 or not is_sender(token):
            continue
        before = [t.lower for t in tokens[max(0, index - 3) : index] if t.kind != "punct"][-2:]
        if any(word in relatives for word in before) or _zero_relative(tokens, index, lang):
            return index
        return None
    return None


def _relative_follows(tokens: Sequence[Token], index: int, relatives: frozenset[str]) -> bool:
    """The comma at ``index`` opens a relative clause: a relative word within the next two words
    ("die", "mit denen", "a los que")."""
    following = [t.lower for t in tokens[index + 1 : index + 5] if t.kind != "punct"][:3]
    return any(word in relatives for word in following)


def _zero_relative(tokens: Sequence[Token], index: int, lang: str) -> bool:
    """English without a relative word: the opener is followed by a determiner and the word before
    the sender is a lower-case word, not a number ("Among the housing associations we work with")."""
    determiners = _TABLE.words("zero_relative_after", lang)
    if not determiners:
        return False
    words = [t for t in tokens[:index] if t.kind != "punct"]
    if len(words) < 3 or words[1].lower not in determiners:
        return False
    previous = words[-1]
    return previous.kind == "word" and previous.text[:1].islower()
