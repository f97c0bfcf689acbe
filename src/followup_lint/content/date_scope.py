"""Dates that ask nothing of the reader: a guarantee and a finding are no deadline.

A date reads as pressure to the cues and the classifier ("until the end of 2029", "before
December"). Two kinds of sentence use a date without pushing anyone:

- a **guarantee**: a price or a term that stays as it is until a date ("your rate stays the same
  until the end of 2029", "Ihr Preis bleibt bis Ende 2029 unverändert"): the date protects the
  reader, so the sentence carries no pressure at all;
- a **finding**: the date sits in a relative clause and qualifies who did what ("councils that
  tuned their spreaders before the first frost used less salt"): the classifier's pressure is
  dropped, a cue's is kept, and a finding that addresses the reader or names a price, rate or
  discount is left alone.

Either is still pressure when the sender pushes around the date ("only until Friday", "or you'll
pay the winter rate", "um den alten Preis zu behalten"); and a date word with such a push is
pressure even where neither cue nor classifier saw it. The phrase lists are
``rules/data/date-scope.yml``. The reading depends only on the sentence and its language and is
memoised per sentence; a sentence is tokenised here only when it has pressure or a date word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .phrase_tables import PhraseTable
from .roles import Evidence, SentenceRoles
from .tokens import Token, tokenize

__all__ = ["SENDER_PUSH", "DateScope", "date_scope", "names_offer", "with_date_scope", "with_date_scopes"]

#: the detail of the pressure this module adds: a date word with a push phrase around it
SENDER_PUSH = "a date with the sender's push"

_TABLE = PhraseTable("date-scope.yml", ("keeps", "finding", "push", "reader", "offer_words", "date"))
#: cheap look before tokenising: a stem of a date word in any language
_DATE_STEMS = ("before", "until", "till", "ahead", " by ", "vor", "bis", "avant", "jusqu", "d'ici", "antes",
               "hasta", "vóór", "voor", "tot ")


@dataclass(frozen=True, slots=True)
class DateScope:
    """How a sentence's date reads: ``guarantee`` (it protects the reader), ``finding`` (it
    qualifies who did what), ``push`` (the words that push the reader around it, or "")."""

    guarantee: bool
    finding: bool
    push: str
    push_start: int = 0
    push_end: int = 0


def with_date_scopes(sentences: Sequence[SentenceRoles], segments: frozenset[str]) -> list[SentenceRoles]:
    """``sentences`` with :func:`with_date_scope` applied to those in ``segments``."""
    return [with_date_scope(s) if s.segment in segments else s for s in sentences]


def with_date_scope(sentence: SentenceRoles) -> SentenceRoles:
    """``sentence`` without pressure resting on a date that asks nothing, or with pressure when a
    date comes with the sender's push (see the module docs); unchanged otherwise."""
    folded = f" {sentence.text.casefold()} "
    if not any(stem in folded for stem in _DATE_STEMS):
        return sentence
    scope = date_scope(sentence.text, sentence.lang)
    if scope is None:
        return sentence
    if scope.push:
        if "pressure" in sentence.roles:
            return sentence
        added = Evidence("pressure", "structure", SENDER_PUSH, scope.push,
                         scope.push_start, scope.push_end)
        return sentence.with_evidence((*sentence.evidence, added))
    if "pressure" not in sentence.roles:
        return sentence
    if scope.guarantee:
        kept = tuple(e for e in sentence.evidence if e.role != "pressure")
    elif scope.finding:
        kept = tuple(e for e in sentence.evidence if e.role != "pressure" or e.source != "model")
    else:
        return sentence
    return sentence if len(kept) == len(sentence.evidence) else sentence.with_evidence(kept)


@lru_cache(maxsize=4096)
def date_scope(text: str, lang: str) -> DateScope | None:
    """How the date of ``text`` reads (:class:`DateScope`); None when it has no date word or
    ``lang`` has no phrase lists."""
    if lang not in ("en", "de", "fr", "es", "nl"):
        return None
    tokens = tokenize(text, lang)
    if not _TABLE.find("date", tokens, text, lang):
        return None
    push = _TABLE.find("push", tokens, text, lang)
    if push:
        first = min(push, key=lambda m: m.start)
        return DateScope(False, False, first.text, first.start, first.end)
    guarantee = bool(_TABLE.find("keeps", tokens, text, lang))
    finding = (not guarantee and bool(_TABLE.find("finding", tokens, text, lang))
               and not _addresses_reader(tokens, lang) and not _names_offer(tokens, lang))
    if not guarantee and not finding:
        return None
    return DateScope(guarantee, finding, "")


def _addresses_reader(tokens: Sequence[Token], lang: str) -> bool:
    """A word for the reader; in German only capitalised and not first ("Buchen Sie", not "sie")."""
    words = _TABLE.words("reader", lang)
    if lang == "de":
        return any(t.text in _DE_READER for t in tokens[1:])
    return any(t.lower in words for t in tokens)


def names_offer(text: str, lang: str) -> bool:
    """Whether the sentence names a commercial term (``offer_words``: a rate, a price, a discount)."""
    return lang in ("en", "de", "fr", "es", "nl") and _names_offer(tokenize(text, lang), lang)


def _names_offer(tokens: Sequence[Token], lang: str) -> bool:
    words = _TABLE.words("offer_words", lang)
    return any(t.lower in words or t.lemma in words or any(t.lower.endswith(w) for w in words if len(w) > 4)
               for t in tokens)


_DE_READER = frozenset(("Sie", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres", "Ihnen", "du", "dein", "deine",
                        "dir", "euch", "euer"))
