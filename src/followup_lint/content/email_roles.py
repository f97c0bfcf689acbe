"""Roles for every sentence of a template, computed once per template.

The template's neutral text (expressions replaced by stand-ins) is split into segments
(greeting, opener, body, call to action, P.S., sign-off; :mod:`followup_lint.text`), the
segments into sentences, and every sentence gets its roles (:func:`.roles.assign_roles`).
The subject is read as one more sentence, in the ``subject`` segment. Nothing here depends on
a recipient, and the result is cached by the content of the text, so a template is read once
per process however many recipients or runs it has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator, Sequence

from ..text.ps_markers import marker_end
from .advice_context import with_advice_context
from .step_list import with_sales_steps
from .customer_relay import with_customer_relays
from .operational_notice import with_operational_notices
from .mention import with_mentions
from .commercial_topic import with_commercial_topics
from .date_scope import with_date_scopes
from .lemmas import LANGUAGES
from .lexicon import Lexicon, builtin_lexicon
from .negative_option import with_negative_options
from .open_event import with_open_events
from .presumed_close import with_presumed_closes
from .reader_words import with_reader_words
from .roles import DEFAULT, SentenceRoles, assign_roles, default_model
from .sender_brand import sender_brands, with_brand_pitch
from .tokens import detect_language

__all__ = ["EmailRoles", "email_roles", "roles_of_context", "template_language"]

#: Segments in reading order; the signature is not read (it is the sender's name and title).
READ_SEGMENTS = ("subject", "greeting", "opener", "body", "call_to_action", "ps", "signoff")

_SPLIT = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"'“‘(¿¡]*[^\s])|\n\s*\n|\n(?=\s*[-•*]\s)")


@dataclass(frozen=True, slots=True)
class EmailRoles:
    """All read sentences of one template, in reading order (subject first)."""

    sentences: tuple[SentenceRoles, ...]
    lang: str

    def __iter__(self) -> Iterator[SentenceRoles]:
        return iter(self.sentences)

    def __len__(self) -> int:
        return len(self.sentences)

    def in_segment(self, *segments: str) -> list[SentenceRoles]:
        return [s for s in self.sentences if s.segment in segments]

    @property
    def body_sentences(self) -> list[SentenceRoles]:
        """What the reader reads as the message: opener, body, call to action and P.S."""
        return [s for s in self.sentences if s.segment in ("opener", "body", "call_to_action", "ps")]

    def first_with(self, *roles: str, segments: Sequence[str] | None = None) -> SentenceRoles | None:
        for sentence in self.sentences:
            if (segments is None or sentence.segment in segments) and sentence.has(*roles):
                return sentence
        return None

    def has(self, *roles: str) -> bool:
        return any(s.has(*roles) for s in self.sentences)


def _split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence bounds in a short text (P.S., subject) without spaCy."""
    spans: list[tuple[int, int]] = []
    position = 0
    markers = _marker_spans(text)
    for match in _SPLIT.finditer(text):
        if any(start <= match.start() < end for start, end in markers):
            continue  # the full stops of "P. S." or "P. D." end no sentence
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _marker_only(text[merged[-1][0] : merged[-1][1]].strip()):
            merged[-1] = (merged[-1][0], end)  # "P.S." starts the sentence after it
        else:
            merged.append((start, end))
    result = []
    for start, end in merged:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            result.append((start, end))
    return result


def _marker_spans(text: str) -> list[tuple[int, int]]:
    """The P.S. markers at the starts of the lines of ``text`` (``rules/data/postscript-markers.yml``)."""
    found = []
    position = 0
    for line in text.split("\n"):
        lead = len(line) - len(line.lstrip())
        end = marker_end(line[lead:], weak=True)
        if end is not None:
            found.append((position + lead, position + lead + end))
        position += len(line) + 1
    return found


def _marker_only(piece: str) -> bool:
    end = marker_end(piece, weak=True)
    return end is not None and not piece[end:].strip()


def template_language(locale: str | None, sample: str) -> str:
    """The template's declared locale when it is one of ours, else the language ``sample`` suggests."""
    if locale in LANGUAGES:
        return locale  # type: ignore[return-value]
    return detect_language(sample, "en")


def email_roles(
    text: str,
    *,
    subject: str | None = None,
    lang: str = "auto",
    variables: Sequence[tuple[int, int, str]] = (),
    subject_variables: Sequence[tuple[int, int, str]] = (),
    model: Any = DEFAULT,
    lexicon: Lexicon | None = None,
) -> EmailRoles:
    """Roles of every sentence of an email body (plain text or HTML, expressions as stand-ins
    or as written) and its subject. ``variables`` are ``(start, end, name)`` of stand-ins in
    ``text``. Cached by content."""
    chosen = default_model() if model is DEFAULT else model
    chosen_lexicon = lexicon or builtin_lexicon()
    return _email_roles(
        text, subject, lang, tuple(variables), tuple(subject_variables), chosen, chosen_lexicon, chosen_lexicon.version
    )


@lru_cache(maxsize=256)
def _email_roles(
    text: str,
    subject: str | None,
    lang: str,
    variables: tuple[tuple[int, int, str], ...],
    subject_variables: tuple[tuple[int, int, str], ...],
    model: Any,
    lexicon: Lexicon,
    version: int,
) -> EmailRoles:
    from ..text import segment_email

    segments = segment_email(text)
    default_lang = lang if lang in LANGUAGES else detect_language(text, "en")
    out: list[SentenceRoles] = []

    def read(sentence_text: str, segment: str, start: int, end: int, found_vars: Sequence[tuple[int, int, str]], paragraph: int) -> None:
        sentence_lang = default_lang if lang in LANGUAGES else detect_language(sentence_text, default_lang)
        roles = assign_roles(sentence_text, sentence_lang, model=model, variables=tuple(found_vars), lexicon=lexicon)
        out.append(roles.with_place(segment=segment, start=start, end=end, index=len(out), paragraph=paragraph))

    if subject and subject.strip():
        lead = subject.index(subject.strip()[0])
        stripped = subject.strip()
        read(stripped, "subject", lead, lead + len(stripped), _shift(subject_variables, lead, len(stripped)), -1)

    if segments.greeting is not None:
        g = segments.greeting
        read(g.text, "greeting", g.start, g.end, _vars_in(g, variables), 0)

    cta = segments.call_to_action
    body_text = segments.text
    paragraph = 0
    previous_end: int | None = None
    for number, span in enumerate(segments.sentences):
        if previous_end is not None and _paragraph_break(body_text[previous_end : span.plain_start]):
            paragraph += 1
        previous_end = span.plain_end
        if number == 0:
            segment = "opener"
        elif cta is not None and cta.plain_start <= span.plain_start < cta.plain_end:
            segment = "call_to_action"
        else:
            segment = "body"
        read(span.text, segment, span.start, span.end, _vars_in(span, variables), paragraph)

    if segments.ps is not None:
        ps = segments.ps
        paragraph += 1
        for start, end in _split_sentences(ps.text):
            s_start, s_end = ps.source_span(start, end)
            piece = _SubSpan(ps, start, end)
            read(ps.text[start:end], "ps", s_start, s_end, _vars_in(piece, variables), paragraph)
    if segments.signoff is not None:
        so = segments.signoff
        read(so.text, "signoff", so.start, so.end, _vars_in(so, variables), paragraph + 1)
    if segments.signature is not None:
        brands = sender_brands(segments.signature.text)
        if brands:
            out = [with_brand_pitch(s, brands) if s.segment in _MESSAGE else s for s in out]
    # discounts, prices and deadlines of the reader's own business are a topic, not an offer
    out = with_commercial_topics(out, _TOPICAL)
    # ... and so are they in the reader's own words reported back ("your post about free trials")
    out = with_reader_words(out, _TOPICAL)
    # a date that protects the reader or qualifies a finding is no deadline
    out = with_date_scopes(out, _MESSAGE)
    # opening hours and closures stated as facts are information, not an ask or pressure
    out = with_operational_notices(out, _MESSAGE)
    # a sell word quoted or named as a word ("the word 'urgent'") is mentioned, not used
    out = with_mentions(out)
    # the deal presented as done but for the reader's signature is a pushy ask
    out = with_presumed_closes(out, _MESSAGE)
    # a trial or plan that turns paid unless the reader objects decides for them: a pushy ask
    out = with_negative_options(out, _MESSAGE)
    # the day and hour of an open event (no registration) are the event's, not the reader's
    out = with_open_events(out, _MESSAGE)
    # what the sender's customers asked, relayed as the reason for advice, is no pitch
    out = with_customer_relays(out)
    # tips, how-to steps and the sender's attempts: the classifier alone makes no sell of them
    # "Three steps to get started: book a demo, pick a plan, sign": the sender's sales process asks
    out = with_sales_steps(out, _MESSAGE)
    out = with_advice_context(out, _MESSAGE)
    return EmailRoles(tuple(out), default_lang)


#: Segments where the sender's company by name as the subject is a pitch (:mod:`.sender_brand`).
_MESSAGE = frozenset({"opener", "body", "call_to_action", "ps"})
#: Segments read for commercial words as the reader's topic (:mod:`.commercial_topic`).
_TOPICAL = _MESSAGE | {"subject"}


def _paragraph_break(gap: str) -> bool:
    return gap.count("\n") >= 2 or "\u2029" in gap


class _SubSpan:
    """Part of a segment, with the segment's mapping to the source."""

    def __init__(self, span: Any, start: int, end: int) -> None:
        self.span = span
        self.offset = start
        self.text = span.text[start:end]

    def source_span(self, start: int = 0, end: int | None = None) -> tuple[int, int]:
        end = len(self.text) if end is None else end
        return self.span.source_span(self.offset + start, self.offset + end)


def _vars_in(span: Any, variables: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Stand-ins of ``variables`` (offsets in the analysed text) that fall in ``span``, as
    offsets in the span's own text."""
    found: list[tuple[int, int, str]] = []
    text = span.text
    if not variables:
        return found
    src_start, src_end = span.source_span()
    for v_start, v_end, name in variables:
        if v_start < src_start or v_end > src_end:
            continue
        guess = v_start - src_start
        width = v_end - v_start
        if span.source_span(guess, guess + width) == (v_start, v_end):
            found.append((guess, guess + width, name))
            continue
        for candidate in range(0, max(len(text) - width + 1, 0)):
            if span.source_span(candidate, candidate + width) == (v_start, v_end):
                found.append((candidate, candidate + width, name))
                break
    return found


def _shift(variables: Sequence[tuple[int, int, str]], offset: int, length: int) -> list[tuple[int, int, str]]:
    return [(s - offset, e - offset, n) for s, e, n in variables if s >= offset and e - offset <= length]


def roles_of_context(context: Any, *, model: Any = DEFAULT) -> EmailRoles:
    """The roles of a :class:`~followup_lint.context.TemplateContext`'s template (its neutral
    text, variable stand-ins and subject), cached on the context and by content."""
    cached = getattr(context, "_email_roles", None)
    if cached is not None and model is DEFAULT:
        return cached
    info = context.info
    variables: list[tuple[int, int, str]] = []
    for n_start, n_end, tag_index in info.stand_ins():
        name = next((use.dotted for use in info.variables if use.tag_index == tag_index), "")
        variables.append((n_start, n_end, name))
    subject_text, subject_vars = _neutral_subject(info)
    lexicon = getattr(context, "lexicon", None)
    lang = info.source.locale if info.source.locale in LANGUAGES else "auto"
    result = email_roles(
        info.neutral_text,
        subject=subject_text,
        lang=lang,
        variables=variables,
        subject_variables=subject_vars,
        model=model,
        lexicon=lexicon,
    )
    if model is DEFAULT:
        try:
            context._email_roles = result
        except AttributeError:  # a context with slots: the content cache still holds it
            pass
    return result


def _neutral_subject(info: Any) -> tuple[str | None, list[tuple[int, int, str]]]:
    raw = info.subject
    if raw is None or not str(raw).strip():
        return None, []
    from ..checks.phrases import neutral_subject

    text, pieces = neutral_subject(str(raw))
    variables = []
    for n_start, n_end, r_start, r_end in pieces:
        piece = str(raw)[r_start:r_end]
        if piece.startswith("{{"):
            inner = piece.strip("{}- ").split("|")[0].strip()
            variables.append((n_start, n_end, inner))
    return text, variables
