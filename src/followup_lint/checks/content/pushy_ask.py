"""FL208: a presumptive, time-boxed or demanding call to action, anywhere in the email."""

from __future__ import annotations

from typing import Iterable

from ...model import Finding
from .base import MESSAGE_SEGMENTS, RoleCheck, cue_evidence, shown


class PushyAsk(RoleCheck):
    """Reports each sentence whose ask is pushy: it sets the time for the reader ("I'll call
    you tomorrow at 10"), assumes a yes ("unless I hear otherwise"), or demands a big commitment
    ("send me a 45-minute slot")."""

    def findings(self, target, roles, position) -> Iterable[Finding]:  # type: ignore[no-untyped-def]
        for sentence in roles.in_segment(*MESSAGE_SEGMENTS, "subject"):
            if "pushy" not in sentence.roles:
                continue
            evidence = cue_evidence(sentence, "pushy")
            yield Finding(
                f"'{shown(sentence, evidence)}' is a presumptive ask: it decides for the reader; "
                "offer a choice they can decline instead",
                span=self.span_of(target, sentence, evidence),
            )
