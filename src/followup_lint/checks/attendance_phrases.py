"""Where a template presumes the reader attended: the phrase side of FL301.

A sentence of the subject, body or P.S. presumes attendance when the content layer gives it the
``attendance`` role, read three ways, once per template:

* a cue of ``rules/cues/attendance*.yml`` ("Thanks for spending time with us today", "Hope you
  enjoyed the session", "Schön, dass Sie dabei waren"), with the cue lists' own exceptions;
* the role classifier (``followup_lint.content``), when its probability reaches the role's
  threshold: the words that weighed most are the evidence;
* a frame of ``rules/data/attendance-wording.yml``: slots filled in one clause, such as the
  reader + an occasion + the past ("It was fun watching you win the quiz at the end of the
  webinar") or thanks + a way of being there ("Thanks for stopping by", "Danke fürs
  Reinschalten"); see attendance_frame.py;
* when none of those reads it, talk about the event that places the reader there ("the way you
  pushed back in the Q&A", "as promised during the session"): attendance_event_talk.py.

The last two are second opinions, so the kinds of sentence that may safely reach a no-show keep
them out: questions (but for the ``question_frames`` of that file, asking how the occasion or
the way home went: "¿Qué tal la vuelta de la feria?"), and sentences with an ``unless`` word of that file (conditionals, futures
and invitations, registration, the recording or replay, "sorry we missed you", negations):
anywhere in the sentence for the classifier, in the comma-separated parts that hold the frame's
words for the frame. Neither counts for thanks for another action than being there ("merci
d'avoir téléchargé notre guide", "gracias por responder a la encuesta"): the classifier weighs
the thanks formula, not what the thanks is for, and "Danke, dass Sie die Folien zum Webinar
heruntergeladen haben" names the reader, an occasion and a past without placing the reader there
(``actions`` and ``answers`` of that file). Below ``classifier_alone_from`` the classifier's
opinion also needs the sentence to name the event, its time, a way of being there or a past
("Espero que te sirva", a closing wish about what was sent, has none).

Each sentence becomes a short literal probe (the words that gave the role, or the longest
stretch of the sentence without a variable). Per recipient FL301 only looks for the probe in
the rendered message, so a sentence inside an ``{% if attended %}`` branch the recipient does
not get is not reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from ..content.roles import Evidence, SentenceRoles
from ..context import TemplateContext
from ..variable_kinds import is_event_variable
from .attendance_event_talk import EventTalkReader, event_talk_reader
from .attendance_frame import FrameReader, frame_reader
from .attendance_titles import is_watching, title_variable, watched_titles

__all__ = ["AttendanceSentence", "presumed_attendance", "presumes_attendance"]

#: Segments read: what the reader reads (not the signature).
_TAGS = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_NOT_THE_EVENT = re.compile(r"(?:date|time|start|day|url|link|id)$", re.I)
_READ = ("subject", "greeting", "opener", "body", "call_to_action", "ps", "signoff")


@dataclass(frozen=True, slots=True)
class AttendanceSentence:
    probe: str  # literal text to look for in the rendered message
    sentence: str  # the sentence as the template writes it (neutral text)
    evidence: str  # why it presumes attendance (the cue, the model's words, the frame's words)
    in_subject: bool


def presumes_attendance(sentence: SentenceRoles, events: Sequence[tuple[int, int]] = (),
                        event_context: bool = False) -> tuple[str, str] | None:
    """Why ``sentence`` presumes the reader attended, as ``(source, evidence)`` with source
    ``cue``, ``model``, ``frame`` or ``event-talk``; None when it does not. ``events`` are the spans (in the
    sentence) of variables that name the event, read as the occasion."""
    return _presumes(sentence.text, sentence.lang, sentence.is_question, tuple(sentence.evidence_for("attendance")),
                     tuple(events), event_context, frame_reader(), event_talk_reader())


@lru_cache(maxsize=4096)
def _presumes(text: str, lang: str, is_question: bool, evidence: tuple[Evidence, ...], events: tuple[tuple[int, int], ...],
              event_context: bool, frames: FrameReader, talk_reader: EventTalkReader) -> tuple[str, str] | None:
    """:func:`presumes_attendance` on what it reads, memoised: the same sentence recurs across
    the templates of a campaign (greetings, event lines, sign-offs) and is read once."""
    if frames.absent(text, lang):
        return None  # written for the people who were not there: "we missed you", "vermisst"
    other, other_start, other_end = frames.thanked_for_other_in(text, lang)
    by_cue = [e for e in evidence if e.source == "cue"
              and not frames.unless_before(text, lang, e.start)
              and not frames.elsewhere(text, lang, e.start, e.end)
              and not frames.action_in(text, lang, e.start, e.end)
              # the time the reader took was for another action ("pris le temps de vous inscrire")
              and not (other and other_start <= e.start < other_end)
              # thanks in advance for a coming session ("acompañarnos en el próximo taller")
              and not frames.upcoming_after(text, lang, e.end)
              # ... or inside the cue's own words ("dass Sie sich nächste Woche Zeit nehmen")
              and not frames.upcoming_within(text, lang, e.start, e.end)]
    if by_cue:
        return "cue", by_cue[0].describe()
    if is_question:  # only asking how the occasion went: "How was the trip back from the expo?"
        asked = frames.match(text, lang, events, events, only=frames.question_frames) if frames.question_frames else None
        return ("frame", asked.describe()) if asked is not None else None
    if other and not (events and is_watching(text[other_start:other_end])):
        return None  # thanks for a download, a booking, a reply: the second opinions do not count
        # (looking at something is watching the event where the sentence names it: a title)
    by_model = [e for e in evidence if e.source == "model"]
    if by_model and not frames.unless(text, lang) and (
            (by_model[0].probability or 0.0) >= frames.classifier_alone_from
            or frames.ties_to_event(text, lang, events)):
        return "model", by_model[0].describe()
    frame = frames.match(text, lang, events, events)
    if frame is not None:
        return "frame", frame.describe()
    talk = talk_reader.read(text, lang, events, event_context)
    if talk is not None:  # the recall-oriented second reading: see attendance_event_talk.py
        return "event-talk", talk.describe()
    return None


def presumed_attendance(context: TemplateContext) -> list[AttendanceSentence]:
    """Sentences of the template (body and subject) that presume the reader attended."""
    from ..content import roles_of_context

    info = context.info
    located = info.stand_ins()
    stand_ins = [(start, end) for start, end, _ in located]
    event_tags = {use.tag_index for use in info.variables if _names_event(use.path)}
    events = [(start, end) for start, end, tag in located if tag in event_tags]
    title_tags = {use.tag_index for use in info.variables if use.tag_index not in event_tags and title_variable(use.path)}
    titles = [(start, end) for start, end, tag in located if tag in title_tags]
    found: list[AttendanceSentence] = []
    subject_pieces = [p.strip(" ,;:-–—") for p in _TAGS.split(info.subject or "")]
    sentences = [s for s in roles_of_context(context) if s.segment in _READ]
    # whether the template talks about an event: then "it" and "today" may stand for it
    talks_of_event = bool(events) or any(event_talk_reader().names_event(s.text, s.lang) for s in sentences)
    for sentence in sentences:
        end = sentence.start + len(sentence.text)
        spans = [(s - sentence.start, e - sentence.start) for s, e in events if sentence.start <= s and e <= end]
        # what the reader watched, named by its title ("thanks for watching “Cold Chain 2027”")
        spans += watched_titles(sentence.text, tuple((s - sentence.start, e - sentence.start) for s, e in titles
                                                     if sentence.start <= s and e <= end))
        why = presumes_attendance(sentence, sorted(set(spans)), talks_of_event)
        if why is None:
            continue
        source, described = why
        in_subject = sentence.segment == "subject"
        probe = ""
        cue = next((e for e in sentence.evidence_for("attendance") if e.source == "cue"), None)
        if source == "cue" and cue is not None and cue.text:
            start, end = sentence.start + cue.start, sentence.start + cue.end
            if in_subject:
                probe = cue.text if any(cue.text in piece for piece in subject_pieces) else ""
            elif not any(s < end and start < e for s, e in stand_ins):
                probe = cue.text
        if not probe and in_subject:
            # the subject's own literal text: "{{ first_name }}, loved your energy at the hackathon"
            probe = max((p for p in subject_pieces if p and p in sentence.text), key=len, default="")
        elif not probe:
            probe = _longest_literal(sentence.text, sentence.start, stand_ins)
        if not probe.strip():
            continue
        found.append(AttendanceSentence(probe.strip(), sentence.text.strip(), described, in_subject))
    return found


def _names_event(path: tuple[str, ...]) -> bool:
    """``webinar_title``, ``event.name``, ``session``: a variable that stands for the event
    itself (not its date, link or id)."""
    return is_event_variable(path) and not _NOT_THE_EVENT.search(path[-1])


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
