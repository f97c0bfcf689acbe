"""Length, reading level, questions and asks of a template: the signals email coaches score.

Computed once per template on its neutral text (expressions replaced by stand-ins), never per
recipient, from the segmentation the other content rules use. The body counted is what the
reader reads between the greeting and the sign-off, plus the P.S.; the greeting, sign-off and
signature are left out. ``TemplateContext.metrics`` holds the result for the rules
(FL230-FL233) and the score.

Asks are sentences with the ``ask`` role (:func:`followup_lint.content.roles.assign_roles`,
cues and, once installed, the trained model), read with the template's locale and with the
stand-ins marked as variables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Sequence

from .readability import LANGUAGES, Readability, readability
from .roles import assign_roles

if TYPE_CHECKING:
    from ..context import TemplateContext

__all__ = ["Sentence", "TemplateMetrics", "template_metrics", "count_words"]

_COUNTED_TOKEN = re.compile(r"\S*[^\W_]\S*")  # a whitespace-separated token with a letter or digit
_QUESTION_END = re.compile(r"[?？][\s\"'”’»)\]*_]*$")
_PS_SENTENCE = re.compile(r"[^.!?…]+(?:[.!?…]+|$)")
# "P.S.", "PS:", "P.P.S.", "P.-S." (fr), "PD:" / "P. D.:" (es) at the start of a line: not words
_PS_MARK = re.compile(r"^[ \t]*(?:p\.?[ \t]?-?[ \t]?){1,2}[sd](?![^\W\d_])\.?[ \t]*:?", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the body: its text and its offsets in the neutral text."""

    text: str
    start: int
    end: int
    words: int
    is_question: bool
    is_ask: bool


@dataclass(frozen=True, slots=True)
class TemplateMetrics:
    """What a reader faces in the body of one template."""

    language: str
    sentences: tuple[Sentence, ...]
    reading: Readability | None

    @property
    def words(self) -> int:
        return sum(s.words for s in self.sentences)

    @property
    def questions(self) -> int:
        return sum(1 for s in self.sentences if s.is_question)

    @property
    def asks(self) -> int:
        return sum(1 for s in self.sentences if s.is_ask)

    def to_dict(self) -> dict[str, Any]:
        reading = self.reading
        return {
            "words": self.words,
            "sentences": len(self.sentences),
            "questions": self.questions,
            "asks": self.asks,
            "language": self.language,
            "grade": None if reading is None else reading.grade,
            "reading_ease": None if reading is None else reading.ease,
            "grade_method": None if reading is None else reading.method,
            "words_per_sentence": None if reading is None else round(reading.words_per_sentence, 1),
            "long_word_share": None if reading is None else round(reading.long_word_share, 2),
        }


def count_words(text: str) -> int:
    """Words as a reader counts them: whitespace-separated tokens with a letter or digit (a
    link or a number is one word, a dash is none)."""
    return len(_COUNTED_TOKEN.findall(text))


def template_metrics(context: TemplateContext) -> TemplateMetrics:
    """The metrics of a template's body (use ``context.metrics``, which caches this)."""
    info = context.info
    # a locale without a formula (it, pt, ja ...) gets counts but no grade: English rules
    # would misjudge it
    language = info.locale or "en"
    graded = language in LANGUAGES
    segments = context.segments
    pieces: list[tuple[str, int, int]] = []
    for span in segments.sentences:
        pieces.append((span.text, span.start, span.end))
    if segments.ps is not None:
        ps = segments.ps
        masked = _PS_MARK.sub(lambda mark: " " * len(mark.group()), ps.text)
        for found in _PS_SENTENCE.finditer(masked):
            text = found.group().strip()
            if text:
                offset = found.start() + (len(found.group()) - len(found.group().lstrip()))
                start, end = ps.source_span(offset, offset + len(text))
                pieces.append((text, start, end))
    variables = [] if segments.is_html else _variables_by_offset(context)
    sentences = tuple(
        Sentence(
            text,
            start,
            end,
            count_words(text),
            _QUESTION_END.search(text) is not None,
            _is_ask(text, language if graded else "auto", _variables_in(variables, start, end)),
        )
        for text, start, end in pieces
    )
    reading = readability((s.text for s in sentences), language) if graded else None
    return TemplateMetrics(language, sentences, reading)


def _variables_by_offset(context: TemplateContext) -> list[tuple[int, int, str]]:
    """``(neutral start, neutral end, variable name)`` of every stand-in."""
    info = context.info
    names = {use.tag_index: use.dotted for use in info.variables}
    return [(start, end, names.get(tag, "")) for start, end, tag in info.stand_ins()]


def _variables_in(variables: Sequence[tuple[int, int, str]], start: int, end: int) -> tuple[tuple[int, int, str], ...]:
    return tuple((s - start, e - start, name) for s, e, name in variables if start <= s and e <= end)


def _is_ask(text: str, language: str, variables: tuple[tuple[int, int, str], ...]) -> bool:
    return assign_roles(text, language, variables=variables).has("ask")
