"""FL209: pressure (a deadline, scarcity, a pushy ask) in the P.S."""

from __future__ import annotations

from typing import Iterable

from ...model import Finding
from .base import RoleCheck, cue_evidence, shown


class PressureInPostscript(RoleCheck):
    """Reports a P.S. sentence with pressure or a pushy ask. The P.S. is the most-read line
    after the subject, which is why high-pressure templates put the squeeze there."""

    def findings(self, target, roles, position) -> Iterable[Finding]:  # type: ignore[no-untyped-def]
        for sentence in roles.in_segment("ps"):
            if not sentence.has("pressure", "pushy"):
                continue
            evidence = cue_evidence(sentence, "pressure", "pushy")
            yield Finding(
                f"the P.S. pressures the reader ('{shown(sentence, evidence)}'); use it for something "
                "useful (a resource, a date they may want) or drop it",
                span=self.span_of(target, sentence, evidence),
            )
