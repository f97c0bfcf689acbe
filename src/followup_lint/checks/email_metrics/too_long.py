"""FL230: the body of a one-to-one email is longer than ``max_words``."""

from __future__ import annotations

from typing import Any, Iterable

from ...context import TemplateContext
from ...model import Finding
from . import MetricsCheck, option_number, sentence_span


class BodyTooLong(MetricsCheck):
    """Points at the sentence where the body passes the limit."""

    def check(self, target: TemplateContext, state: Any) -> Iterable[Finding]:
        limit = int(option_number(self.options, "max_words", 125))
        if state.words <= limit:
            return
        running = 0
        for sentence in state.sentences:
            running += sentence.words
            if running > limit:
                yield Finding(
                    f"the body has {state.words} words (limit {limit}); it passes the limit in this sentence. "
                    "Cut it to one point, one piece of value and one ask",
                    span=sentence_span(target, sentence.start, sentence.end),
                )
                return
