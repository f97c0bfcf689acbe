"""FL203: urgency or scarcity anywhere in the email (the P.S. is FL209's)."""

from __future__ import annotations

from typing import Iterable

from ...model import Finding
from .base import RoleCheck, cue_evidence, shown


class PressureTactics(RoleCheck):
    """Reports every sentence of the greeting, body, call to action and sign-off that carries
    pressure: deadlines, scarcity, "act now", "last chance". Pressure in the P.S. is reported
    by FL209 (pressure-in-ps). Transactional email (a real expiry date) is not read."""

    def findings(self, target, roles, position) -> Iterable[Finding]:  # type: ignore[no-untyped-def]
        for sentence in roles.in_segment("greeting", "opener", "body", "call_to_action", "signoff"):
            if "pressure" not in sentence.roles:
                continue
            evidence = cue_evidence(sentence, "pressure")
            yield Finding(
                f"'{shown(sentence, evidence)}' is pressure, not a reason; readers of follow-ups "
                "resent it and spam filters score it",
                span=self.span_of(target, sentence, evidence),
            )
