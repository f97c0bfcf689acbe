"""A figure in a sentence that pitches the sender is the sender's claim, not value for the reader.

"Our company is one of the leading facilities partners in the region, we have 12 years of
experience and 300 engineers": a statistic-like value cue ("one of the", "40 of the") matches
inside it, but the sender's own size, years, headcount, customer count and ranking are claims,
not an insight the reader can use. Where a sentence pitches by a cue or its structure and its
value is only such a figure - a value cue whose words open with a number ("one of the three
councils we surveyed cut salt use by 12%" opens with one too, and keeps its value where nothing
pitches) - the pitch wins. A resource, a link, a handed-over fact that opens otherwise, stays.

Read by :func:`followup_lint.content.roles.assign_roles`, once per sentence.
"""

from __future__ import annotations

from typing import Any, Sequence

from .tokens import NUMBER_WORDS, Token

__all__ = ["figure_led", "without_sender_figures"]


def figure_led(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` open with a number ("one of the", "40 of the",
    "drei von vier")."""
    for token in tokens:
        if token.kind == "punct" or token.end <= start:
            continue
        if token.start >= end:
            return False
        return token.kind == "num" or token.lower in NUMBER_WORDS
    return False


def without_sender_figures(evidence: Sequence[Any], tokens: Sequence[Token]) -> list[Any]:
    """``evidence`` (a sentence's :class:`~followup_lint.content.roles.Evidence`) without its
    figure-led value cues when a cue or the structure says the sentence pitches; unchanged
    otherwise (the classifier's pitch alone reads a topic, not the sender's claim)."""
    if not any(e.role == "pitch" and e.source in ("cue", "structure") for e in evidence):
        return list(evidence)
    return [
        e for e in evidence
        if not (e.role == "value" and e.source == "cue" and figure_led(tokens, e.start, e.end))
    ]
