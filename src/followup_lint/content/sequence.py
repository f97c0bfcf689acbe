"""Where a template sits in a sequence: first touch, follow-up, reply in a thread, breakup or
transactional.

A template says it in its front matter (``sequence: follow-up``) or the configuration says it
for a glob of templates (``[tool.followup-lint.sequence]``). Without either, the position is
read from the template itself: a subject ``Re: {{ previous_subject }}`` (the prefix followed by
a variable: the real subject of the thread) or ``kind: reply`` is a reply, ``kind: transactional``
is transactional, an email that says it is the last one ("this will be my last email", "I'll
assume the timing isn't right": ``rules/sequence.yml``) is a breakup, and anything else is a first
touch - the assumption under which a claimed conversation is fake and a qualification question
is premature.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

__all__ = ["POSITIONS", "THREAD_POSITIONS", "SequencePosition", "sequence_position"]

#: Every position a template can declare.
POSITIONS = ("first-touch", "follow-up", "reply", "breakup", "transactional")
#: Positions inside an existing conversation: a "Re:" subject and earlier contact are real.
THREAD_POSITIONS = frozenset({"follow-up", "reply", "breakup"})

_REPLY_PREFIX = re.compile(
    r"^\W*(?:re|fwd?|fw|aw|wg|tr|rv|sv|vs|vl|antw|antwort|doorst|enc|res|rif|r|i)\s*(?:\[\d+\]|\(\d+\))?\s*:\s*",
    re.IGNORECASE,
)
_ALIASES = {
    "first": "first-touch", "first_touch": "first-touch", "firsttouch": "first-touch", "cold": "first-touch",
    "followup": "follow-up", "follow_up": "follow-up", "bump": "follow-up",
    "thread": "reply", "in-thread": "reply",
    "break-up": "breakup", "break_up": "breakup",
}


@dataclass(frozen=True, slots=True)
class SequencePosition:
    """The position and where it came from: ``front matter``, ``config``, ``subject``,
    ``kind``, ``text`` (the email says it is the last one) or ``default``."""

    value: str
    source: str

    @property
    def in_thread(self) -> bool:
        return self.value in THREAD_POSITIONS

    @property
    def first_touch(self) -> bool:
        return self.value == "first-touch"


def normalise_position(value: Any) -> str | None:
    """The canonical position for a front matter or config value, or None if unknown."""
    if not isinstance(value, str):
        return None
    key = value.strip().lower()
    key = _ALIASES.get(key, key)
    return key if key in POSITIONS else None


_THREAD_SUBJECT = re.compile(r"\{\{-?\s*[\w.]*(?:subject|thread|topic)[\w.]*\s*(?:\|[^}]*)?-?\}\}\s*$", re.IGNORECASE)


def subject_continues_thread(subject: str | None) -> bool:
    """Whether ``subject`` is a reply prefix followed by nothing but the thread's own subject
    as a variable (``RE: {{ original_subject }}``, ``Re: {{ thread.subject }}``): the real
    subject of an existing thread, not a fake one. ``Re: {{ company }} + Acme`` is not."""
    if not subject:
        return False
    found = _REPLY_PREFIX.match(subject)
    return bool(found) and _THREAD_SUBJECT.match(subject[found.end() :].strip()) is not None


def sequence_position(info: Any, configured: str | None = None) -> SequencePosition:
    """The sequence position of a template (:class:`~followup_lint.templates.TemplateInfo`)."""
    declared = normalise_position(info.source.front_matter.get("sequence"))
    source = "front matter"
    if declared is None:
        declared, source = normalise_position(configured), "config"
    if declared is not None:
        if declared == "follow-up" and _says_breakup(info):
            return SequencePosition("breakup", "text")  # the last follow-up of the sequence
        return SequencePosition(declared, source)
    if subject_continues_thread(info.subject):
        return SequencePosition("reply", "subject")
    if info.kind in ("transactional", "reply"):
        return SequencePosition(info.kind, "kind")
    if _says_breakup(info):
        return SequencePosition("breakup", "text")
    return SequencePosition("first-touch", "default")


def _says_breakup(info: Any) -> bool:
    from .sequence_cues import breakup_cue

    locale = info.source.locale
    try:
        return breakup_cue(info.neutral_text, locale if isinstance(locale, str) else "auto") is not None
    except Exception:  # noqa: BLE001 - a broken data file must not stop the rules that ask
        return False
