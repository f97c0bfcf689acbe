"""FL212: a first touch that claims a conversation that did not happen."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from ...content.phrase_tables import PhraseTable
from ...content.roles import SentenceRoles
from ...content.tokens import tokenize
from ...content.sequence import SequencePosition
from ...model import Finding
from ...template_kinds import kind_in
from .base import MESSAGE_SEGMENTS, RoleCheck, cue_evidence, shown

_CONTACT = PhraseTable("event-contact.yml", ("contact",))
#: Kinds of template that follow an event the reader may have attended (FL301 checks attendance).
_EVENT_FOLLOW_UP_KINDS = ("follow-up",)


class FakeFamiliarity(RoleCheck):
    """Reports, in a first touch, a subject or body sentence that claims an earlier
    conversation ("great chatting the other day", "as we discussed"). Follow-ups, replies and
    breakups (``sequence:`` in the front matter or the configuration, or a subject
    ``Re: {{ previous_subject }}``) are in a real thread and are not reported.

    A claim of having met at an event depends on what the template says it is. In an event
    follow-up (``kind: follow-up``, the email naming the event) a conversation or promise there
    is an attendance claim, which FL301 checks against each record's attendance; it is not
    reported here. A template declared a prospecting first touch (``kind: prospecting``, or
    ``sequence: first-touch`` in the front matter or configuration) goes to strangers: a one-to-one
    conversation claimed there is fake, event or not. Without either, a claim that lies inside
    an attendance cue ("great meeting you at our booth") is left to FL301."""

    skip_positions = frozenset({"transactional", "follow-up", "reply", "breakup"})

    def findings(self, target, roles, position) -> Iterable[Finding]:  # type: ignore[no-untyped-def]
        kind = target.info.kind
        if kind_in(kind, _EVENT_FOLLOW_UP_KINDS) and _names_an_event(roles):
            return
        prospecting = _declared_prospecting(kind, position)
        for sentence in roles.in_segment("subject", *MESSAGE_SEGMENTS):
            if prospecting and "familiarity" not in sentence.roles and _met_in_person(sentence):
                evidence = cue_evidence(sentence, "attendance")
            elif "familiarity" not in sentence.roles or (not prospecting and _met_at_event(sentence)):
                continue
            else:
                evidence = cue_evidence(sentence, "familiarity")
            where = "subject" if sentence.segment == "subject" else "email"
            yield Finding(
                f"the {where} claims an earlier conversation ('{shown(sentence, evidence)}') in a first "
                "touch; readers who never spoke to you stop trusting the rest (if it is a follow-up, "
                "say so with 'sequence: follow-up')",
                span=self.span_of(target, sentence, evidence),
            )
            return  # one is enough: the claim is the problem, not its repetition


def _declared_prospecting(kind: str | None, position: SequencePosition) -> bool:
    """Whether the template says it is a prospecting first touch (kind or declared position)."""
    if kind_in(kind, ("prospecting",)):
        return True
    return position.first_touch and position.source in ("front matter", "config") and not kind_in(
        kind, _EVENT_FOLLOW_UP_KINDS
    )


def _names_an_event(roles) -> bool:  # type: ignore[no-untyped-def]
    """Whether the subject or a sentence of the message speaks of the reader's attendance."""
    return any("attendance" in s.roles for s in roles.in_segment("subject", *MESSAGE_SEGMENTS))


def _met_at_event(sentence: SentenceRoles) -> bool:
    """Whether every familiarity cue of the sentence lies inside an attendance cue's words."""
    attendance = [e for e in sentence.evidence if e.role == "attendance" and e.source == "cue"]
    familiar = [e for e in sentence.evidence if e.role == "familiarity"]
    if not attendance or not familiar or any(e.source != "cue" for e in familiar):
        return False
    return all(any(a.start <= f.start and f.end <= a.end for a in attendance) for f in familiar)


@lru_cache(maxsize=4096)
def _contact_words(text: str, lang: str) -> bool:
    return bool(_CONTACT.find("contact", tokenize(text, lang), text, lang))


def _met_in_person(sentence: SentenceRoles) -> bool:
    """Whether a sentence about the reader at an event says the sender met or spoke with them
    there (``rules/data/event-contact.yml``)."""
    return "attendance" in sentence.roles and _contact_words(sentence.text, sentence.lang)
