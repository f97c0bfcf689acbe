"""FL233: the email makes more than ``max_asks`` separate asks."""

from __future__ import annotations

from typing import Any, Iterable

from ...context import TemplateContext
from ...model import Finding
from . import MetricsCheck, option_number, sentence_span


class SeveralAsks(MetricsCheck):
    """Reported at the first ask past the limit; the message gives the lines of all of them."""

    def check(self, target: TemplateContext, state: Any) -> Iterable[Finding]:
        limit = int(option_number(self.options, "max_asks", 1))
        asks = [s for s in state.sentences if s.is_ask]
        if len(asks) <= limit:
            return
        lines = ", ".join(dict.fromkeys(str(sentence_span(target, s.start, s.end).line) for s in asks))
        extra = asks[limit]
        yield Finding(
            f"{len(asks)} separate asks (lines {lines}); "
            f"keep {'one' if limit == 1 else limit} clear ask and drop or merge the rest",
            span=sentence_span(target, extra.start, extra.end),
        )
