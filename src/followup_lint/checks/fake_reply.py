"""FL501: a "Re:"/"Fwd:" subject on an email that does not continue a thread.

The phrase list is the rule's ``patterns:`` (a declarative existence rule); this class only
decides, from the template's sequence position, whether a reply prefix can be genuine."""

from __future__ import annotations

from typing import Any, Iterator

from ..content.sequence import sequence_position
from ..model import Finding
from .phrases import ExistenceCheck


class FakeReplySubject(ExistenceCheck):
    """Reports a reply or forward prefix in the subject, unless the template continues a
    thread: ``sequence: follow-up|reply|breakup`` (front matter or configuration), or a subject
    that is the prefix and the thread's own subject as a variable (``RE: {{ original_subject }}``)."""

    def check(self, target: Any, state: Any) -> Iterator[Finding]:
        position = sequence_position(target.info, getattr(target, "sequence", None))
        if position.in_thread:
            return
        yield from super().check(target, state)
