"""FL232: the body reads above ``max_grade`` (Flesch-Kincaid, or the language's Flesch
adaptation as a grade equivalent; see docs/readability.md)."""

from __future__ import annotations

from typing import Any, Iterable

from ...context import TemplateContext
from ...model import Finding
from . import MetricsCheck, option_number, sentence_span


class ReadingGradeTooHigh(MetricsCheck):
    """Points at the longest sentence, the usual first thing to split."""

    def check(self, target: TemplateContext, state: Any) -> Iterable[Finding]:
        reading = state.reading
        if reading is None or reading.words < option_number(self.options, "min_words", 40):
            return  # too little text for a formula to mean anything
        by_language = self.options.get("max_grade_by_language") or {}
        if not isinstance(by_language, dict):
            raise ValueError(f"option 'max_grade_by_language' must be a table of language: grade, not {by_language!r}")
        limit = float(by_language.get(reading.language, option_number(self.options, "max_grade", 10)))
        if reading.grade <= limit:
            return
        longest = max(state.sentences, key=lambda s: s.words)
        yield Finding(
            f"the body reads at grade {reading.grade:g} ({reading.method}; limit {limit:g}): "
            f"{reading.words_per_sentence:.0f} words per sentence, {reading.long_word_share:.0%} long words; "
            f"the longest sentence ({longest.words} words) is here",
            span=sentence_span(target, longest.start, longest.end),
        )
