"""The shared spaCy pipeline: a blank English pipeline with a line-break component, the
rule-based sentencizer, a fix-up for full stops that end no sentence (abbreviations, German
ordinal dates) and one for Spanish inverted marks. No trained model.

spaCy is imported only when :func:`nlp` is first called (once per process), never by importing
this module, so that a run with no NLP rule selected does not pay for it."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["MAX_NLP_CHARS", "nlp"]

#: At most this many characters of a body are passed to spaCy; the rest gets no sentences.
MAX_NLP_CHARS = 100_000

_LINE_BREAKS = "followup_lint_line_breaks"
_INVERTED = "followup_lint_inverted_marks"
_STOPS = "followup_lint_abbreviation_stops"
_INVERTED_MARKS = frozenset({"¿", "¡"})


def _mark_line_breaks(doc: Doc) -> Doc:
    """Custom pipeline component: a line break ends a sentence, unless it only wraps a
    sentence (lower-case or comma before it, lower-case after it); a blank line always
    does. Runs before the sentencizer, which keeps boundaries that are already set."""
    count = len(doc)
    starts: list[tuple[int, int]] = []  # (token index, 1 = starts a sentence / -1 = not)
    for i in range(1, count - 1):
        token = doc[i]
        if not token.is_space:
            continue
        raw = token.text
        if "\n" not in raw and "\r" not in raw and "\u2028" not in raw:
            continue
        paragraph = raw.count("\n") + raw.replace("\r\n", "\n").count("\r") >= 2
        if not paragraph:
            before = doc[i - 1].text
            after = doc[i + 1].text
            wrapped = (
                bool(before)
                and (before[-1].islower() or before[-1] == ",")
                and bool(after)
                and after[0].islower()
            )
            if wrapped:
                continue
        starts.append((i, -1))
        starts.append((i + 1, 1))
    _set_sent_starts(doc, starts)
    return doc


def _attach_inverted_marks(doc: Doc) -> Doc:
    """Custom pipeline component (after the sentencizer): Spanish "¿" and "¡" open the
    sentence that follows them instead of closing the one before."""
    changes: list[tuple[int, int]] = []
    for i in range(1, len(doc) - 1):
        token = doc[i]
        if token.text in _INVERTED_MARKS and doc[i + 1].is_sent_start and not token.is_sent_start:
            changes.append((i, 1))
            changes.append((i + 1, -1))
    _set_sent_starts(doc, changes)
    return doc


def _keep_abbreviation_stops(doc: Doc) -> Doc:
    """Custom pipeline component (after the sentencizer): a full stop after an abbreviation
    ("ca.", "bzw.", "Sr.") or after a day or ordinal number before a month or an ordinal noun
    ("am 14. März", "zum 2. Mal") does not end the sentence (:mod:`.sentence_stops`). A line
    break between the two parts still does: only a stop followed by a plain space is taken back."""
    from .sentence_stops import continues_after_stop

    changes: list[tuple[int, int]] = []
    for i in range(2, len(doc)):
        token = doc[i]
        if not token.is_sent_start or token.is_space:
            continue
        stop = doc[i - 1]
        if stop.text == ".":
            word = doc[i - 2]
            if word.whitespace_ or word.is_space:
                continue
            before = word.text
        elif stop.text.endswith(".") and len(stop.text) > 1:
            before = stop.text
        else:
            continue
        if "\n" in stop.whitespace_ or "\r" in stop.whitespace_:
            continue
        if continues_after_stop(before, token.text):
            changes.append((i, -1))
    _set_sent_starts(doc, changes)
    return doc


def _set_sent_starts(doc: Doc, changes: list[tuple[int, int]]) -> None:
    """Set many sentence starts at once (``token.is_sent_start = ...`` re-checks the whole
    doc on every assignment, which is quadratic on long texts)."""
    if not changes:
        return
    from spacy.attrs import SENT_START

    values = doc.to_array([SENT_START]).astype("int64")
    for index, value in changes:
        values[index] = value
    values[0] = 1
    # spaCy stores the flag as -1/0/1 but passes attributes around as uint64.
    doc.from_array([SENT_START], values.astype("uint64"))


@functools.cache
def nlp() -> Language:
    """The shared spaCy pipeline: blank English + line-break component + sentencizer +
    inverted-mark fix-up. No trained model is involved.

    Built on first use, once per process (``import spacy`` costs about a second), outside the
    time budget of the rule that happens to ask first."""
    from followup_lint.isolation import untimed

    with untimed():
        return _build_nlp()


def _build_nlp() -> Language:
    import spacy
    from spacy.language import Language

    if not Language.has_factory(_LINE_BREAKS):
        Language.component(_LINE_BREAKS, func=_mark_line_breaks)
    if not Language.has_factory(_INVERTED):
        Language.component(_INVERTED, func=_attach_inverted_marks)
    if not Language.has_factory(_STOPS):
        Language.component(_STOPS, func=_keep_abbreviation_stops)
    pipeline = spacy.blank("en")
    pipeline.add_pipe(_LINE_BREAKS)
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe(_STOPS)
    pipeline.add_pipe(_INVERTED)
    return pipeline
