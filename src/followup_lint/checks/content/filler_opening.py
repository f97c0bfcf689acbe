"""FL211: the opening paragraph is only courtesy filler."""

from __future__ import annotations

from typing import Iterable

from ...content.courtesy import announces_contact, greets_from_a_place, wishes_well
from ...content.introduction_substance import introduction_says_more, names_sender
from ...model import Finding
from .base import RoleCheck, cue_evidence, shown

#: Roles that make a sentence more than filler.
_CONTENT = frozenset({"value", "personal", "pitch", "ask", "qualify", "attendance", "familiarity", "bump", "loss", "pressure"})


class FillerOpening(RoleCheck):
    """Reports an opening paragraph whose sentences are all filler ("I hope this email finds
    you well.", "I know you're busy", "I wanted to get in touch and introduce myself"), with
    nothing for or about the reader in it. A bare introduction is filler even though its words
    are also a self-centred pitch cue (FL202's): a pitch counts as content only where its words
    are not the filler's own ("My name is Sam and we are the leading provider of ..." has
    content). Several courtesy sentences make a filler paragraph as one does ("Greetings from
    Istanbul! I hope you and all the team are in good health and business is going well. I wish
    you a wonderful day."): wishes for the reader's health, team, business or season and a
    greeting from the sender's town (:mod:`followup_lint.content.courtesy`). A breakup is not
    read: parting wishes ("Wishing you a restful holiday season") are its point.

    A short email often has one paragraph: the wish and the pitch run on without a break ("Hope
    all's good with you and the team this week. We help logistics teams ..."). Outside a reply,
    an opening run of filler sentences followed in the same paragraph by the pitch or the ask is
    filler too; one followed by something about the reader ("I saw {{ company }} opened a second
    warehouse") is not."""

    skip_positions = frozenset({"transactional", "breakup"})

    def findings(self, target, roles, position) -> Iterable[Finding]:  # type: ignore[no-untyped-def]
        body = roles.body_sentences
        if not body:
            return
        first_paragraph = [s for s in body if s.paragraph == body[0].paragraph]
        if not all(_only_filler(s, position.first_touch) for s in first_paragraph):
            if position.value == "reply" or not _filler_then_pitch(first_paragraph, position.first_touch):
                return
        first = first_paragraph[0]
        evidence = cue_evidence(first, "filler")
        yield Finding(
            f"the email opens with filler only ('{shown(first, evidence)}'); start with why you are "
            "writing to this reader",
            span=self.span_of(target, first, evidence),
        )


#: Roles of a sentence about the reader: after a wish, they make the opening more than filler.
_ABOUT_READER = frozenset({"personal", "familiarity", "attendance", "qualify", "bump", "loss"})


def _filler_then_pitch(paragraph, first_touch: bool) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``paragraph`` opens with filler sentences and goes straight on to the pitch or
    the ask, with nothing about the reader in between."""
    run = 0
    while run < len(paragraph) and _only_filler(paragraph[run], first_touch):
        run += 1
    if not run or run == len(paragraph):
        return False
    following = paragraph[run]
    return bool(following.roles & {"pitch", "ask"}) and not following.roles & _ABOUT_READER


def _only_filler(sentence, first_touch: bool) -> bool:  # type: ignore[no-untyped-def]
    """Filler, and nothing else: a pitch only where its words are the filler's own - a
    self-introduction cue on the filler's words ("introduce myself"), or a cue that overlaps one
    ("reaching out to introduce" in "Just reaching out to introduce myself"), or a sentence whose
    shape is only courtesy. A filler introduction that holds only the sender's name, employer and
    courtesy is filler whatever self-introduction cues it has ("My name is Kwabena and I work at
    Dockly"); one with a word of substance is not (:mod:`followup_lint.content.introduction_substance`)."""
    if wishes_well(sentence.text, sentence.lang) or greets_from_a_place(sentence.text, sentence.lang):
        return True
    if first_touch and announces_contact(sentence.text, sentence.lang):
        return True
    if not sentence.has("filler"):
        return False
    filler = tuple((e.start, e.end) for e in sentence.evidence if e.role == "filler" and e.source == "cue")
    if introduction_says_more(sentence.text, sentence.lang, filler):
        return False
    content = sentence.roles & _CONTENT
    if content - {"pitch"}:
        return False
    if not content:
        return True
    pitches = sentence.evidence_for("pitch")
    if names_sender(sentence.text, sentence.lang) and all(e.source == "cue" and e.group == "self" for e in pitches):
        return True  # a name and an employer only: "My name is Kwabena and I work at Dockly"
    if any(e.source != "cue" or not _overlaps(e, filler) for e in pitches):
        return False
    introductions = [(e.start, e.end) for e in pitches if e.group == "self"]
    return bool(introductions) and all(e.group == "self" or _overlaps(e, introductions) for e in pitches)


def _overlaps(evidence, spans) -> bool:  # type: ignore[no-untyped-def]
    return any(start < evidence.end and evidence.start < end for start, end in spans)
