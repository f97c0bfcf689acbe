"""Where a template presumes the reader attended: the phrase side of FL301.

Any sentence the content layer gives the ``attendance`` role through a cue ("Thanks for spending time with us
today", "Hope you enjoyed the session", "Schön, dass Sie dabei waren", "I saw you attended
{{ n }} sessions"; cues in ``rules/cues/attendance*.yml``, matched on lemmas, in every supported
language) is turned, once per template, into a short literal probe: the words that gave the
role, or the longest stretch of the sentence without a variable. Per recipient FL301 only looks
for the probe in the rendered message, so a sentence inside an ``{% if attended %}`` branch the
recipient does not get is not reported.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..context import TemplateContext

__all__ = ["AttendanceSentence", "presumed_attendance"]



@dataclass(frozen=True, slots=True)
class AttendanceSentence:
    probe: str  # literal text to look for in the rendered message
    sentence: str  # the sentence as the template writes it (neutral text)
    evidence: str  # why it presumes attendance (the cue, or the model's words)
    in_subject: bool


def presumed_attendance(context: TemplateContext) -> list[AttendanceSentence]:
    """Sentences of the template (body and subject) that presume the reader attended."""
    from ..content import roles_of_context

    info = context.info
    stand_ins = [(start, end) for start, end, _ in info.stand_ins()]
    found: list[AttendanceSentence] = []
    for sentence in roles_of_context(context):
        if "attendance" not in sentence.roles:
            continue
        evidence = sentence.evidence_for("attendance")
        by_cue = [e for e in evidence if e.source == "cue"]
        if not by_cue:
            continue  # FL301 is an error: only a cue, never the classifier alone ("thanks for registering")
        in_subject = sentence.segment == "subject"
        cue = by_cue[0] if by_cue else None
        probe = ""
        if cue is not None and cue.text:
            start, end = sentence.start + cue.start, sentence.start + cue.end
            if in_subject or not any(s < end and start < e for s, e in stand_ins):
                probe = cue.text
        if not probe:
            probe = _longest_literal(sentence.text, sentence.start, [] if in_subject else stand_ins)
        if not probe.strip():
            continue
        described = evidence[0].describe() if evidence else "attendance"
        found.append(AttendanceSentence(probe.strip(), sentence.text.strip(), described, in_subject))
    return found


def _longest_literal(text: str, offset: int, stand_ins: list[tuple[int, int]]) -> str:
    """The longest part of ``text`` (at ``offset`` in the neutral text) with no variable in it."""
    cuts = sorted((max(s - offset, 0), min(e - offset, len(text))) for s, e in stand_ins
                  if s < offset + len(text) and offset < e)
    pieces, position = [], 0
    for start, end in cuts:
        pieces.append(text[position:start])
        position = max(position, end)
    pieces.append(text[position:])
    return max((p.strip(" ,;:") for p in pieces), key=len, default="")
