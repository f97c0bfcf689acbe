"""A hard-sell word the email talks ABOUT is mentioned, not used: no ask, pressure or sell.

"Subject lines with 'Buy now' in them land in spam", "customers who typed the word urgent",
"un « essai gratuit » qui se transforme en abonnement": the sender reports on the word. A cue's
ask, pushy, pressure or pitch reading is dropped when its matched words end inside quotation
marks, in the word right after a naming phrase ("the word", "le mot"), or inside a named term
("buy now, pay later", "urgent care"; ``rules/data/mention.yml``). Hype stays (a quoted review
used as a boast is still a boast), and so do the classifier's readings. Read once per template,
on the neutral text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from .phrase_tables import PhraseTable
from .roles import SentenceRoles
from .tokens import tokenize

__all__ = ["mentioned_spans", "quoted_mention", "with_mentions"]

_TABLE = PhraseTable("mention.yml", ("naming", "terms"))
#: the readings a mentioned word does not carry
_DROPPED = frozenset({"ask", "pushy", "pressure", "pitch"})
#: a quoted stretch: "…", “…”, „…“, «…», ‹…›, '…' (an apostrophe inside a word does not open one)
_QUOTED = re.compile(r"\"[^\"\n]{1,60}\"|“[^”\n]{1,60}”|„[^“”\n]{1,60}[“”]|«[^»\n]{1,60}»|‹[^›\n]{1,60}›"
                     r"|(?<![\w’'])['‘][^'’\n]{1,60}['’](?![\w’'])")
_WORD = re.compile(r"\s*[\"'‘“„«‹]?\s*[\w-]+")


@lru_cache(maxsize=4096)
def mentioned_spans(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """The character spans of ``text`` (one sentence in ``lang``) that are mentioned words."""
    spans = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    tokens = tokenize(text, lang)
    spans += [(m.start, m.end) for m in _TABLE.find("terms", tokens, text, lang)]
    for m in _TABLE.find("naming", tokens, text, lang):
        word = _WORD.match(text, m.end)
        if word:
            spans.append((m.end, word.end()))
    return tuple(spans)


def quoted_mention(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside quotation marks that are not the whole of ``text``
    ('Why "Buy now" subject lines land in spam'; a subject that is only '"Buy now!"' still uses it)."""
    for m in _QUOTED.finditer(text):
        if m.start() <= start and end <= m.end():
            return bool(text[: m.start()].strip() or text[m.end():].strip(" .!?"))
    return False


def _mentioned(end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < end <= stop for start, stop in spans)


def with_mentions(sentences: Sequence[SentenceRoles]) -> list[SentenceRoles]:
    """``sentences`` without the cue readings of ask, pressure and sell whose words are mentioned
    (see the module docs)."""
    result = list(sentences)
    for at, sentence in enumerate(result):
        if not sentence.roles & _DROPPED:
            continue
        spans = mentioned_spans(sentence.text, sentence.lang)
        if not spans:
            continue
        kept = tuple(e for e in sentence.evidence
                     if not (e.role in _DROPPED and e.source == "cue" and _mentioned(e.end, spans)))
        if len(kept) != len(sentence.evidence):
            result[at] = sentence.with_evidence(kept)
    return result
