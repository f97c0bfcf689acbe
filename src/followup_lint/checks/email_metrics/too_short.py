"""FL231: the body of a one-to-one email is shorter than ``min_words``."""

from __future__ import annotations

from typing import Any, Iterable

from ...context import TemplateContext
from ...model import Finding
from . import MetricsCheck, option_number, sentence_span


class BodyTooShort(MetricsCheck):
    """Reported at the first sentence of the body."""

    def check(self, target: TemplateContext, state: Any) -> Iterable[Finding]:
        limit = int(option_number(self.options, "min_words", 50))
        if state.words >= limit:
            return
        first = state.sentences[0]
        yield Finding(
            f"the body has only {state.words} words (at least {limit} expected): say why you are writing "
            "and give the reader something specific",
            span=sentence_span(target, first.start, first.end),
        )
