"""FL208: a presumptive, time-boxed or demanding call to action, anywhere in the email."""

from __future__ import annotations

from typing import Iterable

from ...model import Finding
from .base import MESSAGE_SEGMENTS, RoleCheck, cue_evidence, shown


class PushyAsk(RoleCheck):
    """Reports each sentence whose ask is pushy: it sets the time for the reader ("I'll call
    you tomorrow at 10"), assumes a yes ("unless I hear otherwise"), or demands a big commitment
    ("send me a 45-minute slot").

    Not read: a breakup (it asks for nothing; "I'll assume the timing isn't right" is a goodbye)
    and a declared reply (``sequence: reply`` or ``kind: reply``), which answers a reader who
    asked for the meeting ("Thursday at 2pm works; I'll send the invite"). A subject
    ``Re: {{ previous_subject }}`` alone only says the email is in a thread, where a pushy ask is
    still pushy."""

    skip_positions = frozenset({"transactional", "breakup"})

    def findings(self, target, roles, position) -> Iterable[Finding]:  # type: ignore[no-untyped-def]
        if position.value == "reply" and position.source != "subject":
            return
        for sentence in roles.in_segment(*MESSAGE_SEGMENTS, "subject"):
            if "pushy" not in sentence.roles:
                continue
            evidence = cue_evidence(sentence, "pushy")
            yield Finding(
                f"'{shown(sentence, evidence)}' is a presumptive ask: it decides for the reader; "
                "offer a choice they can decline instead",
                span=self.span_of(target, sentence, evidence),
            )
