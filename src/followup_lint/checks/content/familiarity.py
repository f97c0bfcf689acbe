"""FL212: a first touch that claims a conversation that did not happen."""

from __future__ import annotations

from typing import Iterable

from ...content.roles import SentenceRoles
from ...model import Finding
from .base import MESSAGE_SEGMENTS, RoleCheck, cue_evidence, shown


class FakeFamiliarity(RoleCheck):
    """Reports, in a first touch, a subject or body sentence that claims an earlier
    conversation ("great chatting the other day", "as we discussed"). Follow-ups, replies and
    breakups (``sequence:`` in the front matter or the configuration, or a subject
    ``Re: {{ previous_subject }}``) are in a real thread and are not reported.

    A claim of having met at an event ("great meeting you at our booth", "nice chatting with
    you at {{ event_name }}") is an attendance claim, which FL301 checks against each record's
    attendance; it is not reported here."""

    skip_positions = frozenset({"transactional", "follow-up", "reply", "breakup"})

    def findings(self, target, roles, position) -> Iterable[Finding]:  # type: ignore[no-untyped-def]
        for sentence in roles.in_segment("subject", *MESSAGE_SEGMENTS):
            if "familiarity" not in sentence.roles or _met_at_event(sentence):
                continue
            evidence = cue_evidence(sentence, "familiarity")
            where = "subject" if sentence.segment == "subject" else "email"
            yield Finding(
                f"the {where} claims an earlier conversation ('{shown(sentence, evidence)}') in a first "
                "touch; readers who never spoke to you stop trusting the rest (if it is a follow-up, "
                "say so with 'sequence: follow-up')",
                span=self.span_of(target, sentence, evidence),
            )
            return  # one is enough: the claim is the problem, not its repetition


def _met_at_event(sentence: SentenceRoles) -> bool:
    """Whether every familiarity cue of the sentence lies inside an attendance cue's words."""
    attendance = [e for e in sentence.evidence if e.role == "attendance" and e.source == "cue"]
    familiar = [e for e in sentence.evidence if e.role == "familiarity"]
    if not attendance or not familiar or any(e.source != "cue" for e in familiar):
        return False
    return all(any(a.start <= f.start and f.end <= a.end for a in attendance) for f in familiar)
