"""Commercial words in what the reader said: the reader's topic, not the sender's offer.

"Your comment on the podcast that shorter free trials convert better matched what we found",
"Sie schrieben, dass eine kostenlose Testversion kaum zahlende Kunden bringt", "votre remarque sur
les remises de fin d'année", "su comentario de que la prueba gratuita atrae a curiosos", "uw
stelling dat een gratis proefperiode te lang is": the sender reports the reader's own words back,
and the free trial, discount, pricing, upgrade or demo in them is what the reader talked about.
A pitch or pressure cue that matched such a word there is dropped. The reader's words start at a
frame (the reader's post, comment, question; the reader said, wrote, argued, asked) and end at the
end of the clause or at the sender's first word ("Your post about annual discounts got me
thinking: we're offering 20% off" keeps its pitch). Sibling of :mod:`.commercial_topic` (the
commercial words of the reader's own business); the words are ``rules/data/reader-words.yml``.
Read once per sentence content, and only for sentences with a cue's pitch or pressure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .phrase_tables import PhraseTable
from .roles import SentenceRoles
from .tokens import tokenize

__all__ = ["reader_word_spans", "with_reader_words"]

_TABLE = PhraseTable("reader-words.yml", ("said_nouns", "said_verbs", "sender", "terms"))
_ROLES = ("pitch", "pressure")
#: where a clause ends: a comma, semicolon, colon, a dash between spaces, a bracket, the sentence end
_CLAUSE_END = re.compile(r"[,;:(]|\s[-–—]\s|[.!?](?:\s|$)")


def with_reader_words(sentences: Sequence[SentenceRoles], segments: frozenset[str]) -> list[SentenceRoles]:
    """``sentences`` with :func:`without_reader_terms` applied to those in ``segments``."""
    return [without_reader_terms(s) if s.segment in segments else s for s in sentences]


def without_reader_terms(sentence: SentenceRoles) -> SentenceRoles:
    """``sentence`` without the pitch and pressure cue evidence that rests on a commercial word in
    the reader's own reported words; unchanged when there is none."""
    ruled = [e for e in sentence.evidence if e.role in _ROLES and e.source != "model" and e.end > e.start]
    if not ruled:
        return sentence
    spans, terms = reader_word_spans(sentence.text, sentence.lang)
    if not spans:
        return sentence

    def reported(start: int, end: int) -> bool:
        inside = any(s <= start and end <= e for s, e in spans)
        return inside and any(ts < end and start < te for ts, te in terms)

    kept = [e for e in sentence.evidence if not (e in ruled and reported(e.start, e.end))]
    if len(kept) == len(sentence.evidence):
        return sentence
    return sentence.with_evidence(kept)


@lru_cache(maxsize=4096)
def reader_word_spans(text: str, lang: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The character spans of the reader's reported words in ``text``, and of the commercial
    words (``terms``) in the whole sentence; two empty tuples when it reports nothing the reader
    said."""
    tokens = tokenize(text, lang)
    frames = [(m.start, m.end) for m in _TABLE.find("said_nouns", tokens, text, lang)]
    frames += [(m.end, m.end) for m in _TABLE.find("said_verbs", tokens, text, lang) if _reader_addressed(text, m, lang)]
    if not frames:
        return (), ()
    terms = tuple((m.start, m.end) for m in _TABLE.find("terms", tokens, text, lang))
    if not terms:
        return (), ()
    senders = [t.start for t in tokens if t.kind == "word" and t.lower in _sender_words(lang)]
    spans = tuple(_span(text, begin, after, senders) for begin, after in frames)
    return tuple(s for s in spans if s[1] > s[0]), terms


def _span(text: str, begin: int, after: int, senders: Sequence[int]) -> tuple[int, int]:
    """From ``begin`` to the end of the clause that starts at ``after`` (a comma straight after a
    frame opens the words: "sagten Sie, dass ..."), or to the sender's first word."""
    lead = re.match(r"\s*,?\s*", text[after:])
    opens = after + (lead.end() if lead else 0)
    stop = _CLAUSE_END.search(text, opens)
    end = stop.start() if stop else len(text)
    first_sender = min((s for s in senders if s >= opens), default=len(text))
    return begin, min(end, first_sender)


def _reader_addressed(text: str, match, lang: str) -> bool:  # type: ignore[no-untyped-def]
    """German "sie sagten" is "they said"; only "Sie" addresses the reader."""
    if lang != "de":
        return True
    words = re.findall(r"\w+", text[match.start : match.end])
    return "sie" not in words


@lru_cache(maxsize=8)
def _sender_words(lang: str) -> frozenset[str]:
    return _TABLE.words("sender", lang)

