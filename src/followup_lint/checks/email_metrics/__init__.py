"""FL230-FL233: length, reading level and asks of a one-to-one email (one rule per module).

All four read ``TemplateContext.metrics`` (computed once per template on the neutral text) and
are skipped for the template kinds in their ``skip_kinds`` option: a newsletter or a receipt
is not a one-to-one email and is not judged by reply-rate studies.
"""

from __future__ import annotations

from typing import Any

from ...context import TemplateContext
from ...model import Span
from ...rule import SKIP, TemplateCheck
from ...template_kinds import known_kinds


class MetricsCheck(TemplateCheck):
    """Base: skip the configured kinds and templates with no body; hand the metrics on."""

    def prepare(self, context: TemplateContext) -> Any:  # type: ignore[override]
        info = context.info
        if info.kind is not None and info.kind in known_kinds(self.options.get("skip_kinds", ()), "skip_kinds"):
            return SKIP
        if not info.neutral_text.strip():
            return SKIP
        metrics = context.metrics
        return metrics if metrics.sentences else SKIP


def sentence_span(context: TemplateContext, start: int, end: int) -> Span:
    """Template coordinates of a sentence given by its neutral-text offsets."""
    return context.info.neutral_span(start, end)


def option_number(options: Any, name: str, default: float) -> float:
    value = options.get(name, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"option {name!r} must be a number, not {value!r}")
    return float(value)
