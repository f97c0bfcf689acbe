"""FL209: pressure (a deadline, scarcity, a pushy ask) in the P.S."""

from __future__ import annotations

from typing import Iterable

from ...content.limited_offer import limited_offer
from ...content.loss_observation import faulty_thing
from ...content.tokens import tokenize
from ...model import Finding
from .base import RoleCheck, cue_evidence, quote, shown


class PressureInPostscript(RoleCheck):
    """Reports a P.S. sentence with pressure or a pushy ask. The P.S. is the most-read line
    after the subject, which is why high-pressure templates put the squeeze there."""

    def findings(self, target, roles, position) -> Iterable[Finding]:  # type: ignore[no-untyped-def]
        for sentence in roles.in_segment("ps"):
            offer = limited_offer(sentence.text, sentence.lang)
            if offer is not None:
                yield Finding(
                    f"the P.S. puts a deadline on the sender's offer ('{quote(sentence.text)}'); use it for "
                    "something useful (a resource, a date they may want) or drop it",
                    span=self.span_of(target, sentence, None),
                )
                continue
            if not sentence.has("pressure", "pushy"):
                continue
            if _reports_a_fault(sentence):
                continue
            evidence = cue_evidence(sentence, "pressure", "pushy")
            yield Finding(
                f"the P.S. pressures the reader ('{shown(sentence, evidence)}'); use it for something "
                "useful (a resource, a date they may want) or drop it",
                span=self.span_of(target, sentence, evidence),
            )


def _reports_a_fault(sentence) -> bool:  # type: ignore[no-untyped-def]
    """Pressure only on the classifier's word weights in a sentence that reports something wrong
    with the reader's own thing ("P.S. The discount code in your newsletter gave an error at
    checkout"): a heads-up, not a squeeze."""
    if sentence.has_rule_evidence("pressure") or sentence.has_rule_evidence("pushy"):
        return False
    return faulty_thing(tokenize(sentence.text, sentence.lang), sentence.text, sentence.lang)
