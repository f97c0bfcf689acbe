"""FL211: the opening paragraph is only courtesy filler."""

from __future__ import annotations

from typing import Iterable

from ...model import Finding
from .base import RoleCheck, cue_evidence, shown

#: Roles that make a sentence more than filler.
_CONTENT = frozenset({"value", "personal", "pitch", "ask", "qualify", "attendance", "familiarity", "bump", "loss", "pressure"})


class FillerOpening(RoleCheck):
    """Reports an opening paragraph whose sentences are all filler ("I hope this email finds
    you well.", "I know you're busy"), with nothing for or about the reader in it."""

    def findings(self, target, roles, position) -> Iterable[Finding]:  # type: ignore[no-untyped-def]
        body = roles.body_sentences
        if not body:
            return
        first_paragraph = [s for s in body if s.paragraph == body[0].paragraph]
        if not all(s.has("filler") and not (s.roles & _CONTENT) for s in first_paragraph):
            return
        first = first_paragraph[0]
        evidence = cue_evidence(first, "filler")
        yield Finding(
            f"the email opens with filler only ('{shown(first, evidence)}'); start with why you are "
            "writing to this reader",
            span=self.span_of(target, first, evidence),
        )
