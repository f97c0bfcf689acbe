"""FL208: a presumptive, time-boxed or demanding call to action, anywhere in the email."""

from __future__ import annotations

from typing import Iterable

from ...content.hard_close import is_hard_close
from ...content.negative_option import NEGATIVE_OPTION
from ...model import Finding
from .base import MESSAGE_SEGMENTS, RoleCheck, cue_evidence, shown


class PushyAsk(RoleCheck):
    """Reports each sentence whose ask is pushy: it sets the time for the reader ("I'll call
    you tomorrow at 10"), assumes a yes ("unless I hear otherwise"), or demands a big commitment
    ("send me a 45-minute slot"), or asks the reader to sign or order by a date ("Kunt u de
    offerte uiterlijk vrijdag ondertekenen?"). The sender's own delivery ("I'll send the survey form on
    Friday, as promised") and an open event ("an information evening on the 22nd; no need to
    register") set no time of the reader and are not reported.

    A breakup asks for nothing ("I'll assume the timing isn't right" is a goodbye) and a declared
    reply (``sequence: reply`` or ``kind: reply``) answers a reader who asked for the meeting
    ("Thursday at 2pm works; I'll send the invite"): of those only what decides for the reader
    is reported - a negative-option enrolment ("I've moved you onto the Pro trial; it converts
    to paid unless you tell me otherwise", in both) and, in a breakup, a hard close (a signature
    or an order asked for by a date). A subject ``Re: {{ previous_subject }}`` alone only says
    the email is in a thread, where a pushy ask is still pushy."""

    skip_positions = frozenset({"transactional"})

    def findings(self, target, roles, position) -> Iterable[Finding]:  # type: ignore[no-untyped-def]
        declared_reply = position.value == "reply" and position.source != "subject"
        breakup = position.value == "breakup"
        for sentence in roles.in_segment(*MESSAGE_SEGMENTS, "subject"):
            hard_close = not declared_reply and sentence.segment != "subject" and _asks_to_sign_by(sentence)
            if "pushy" not in sentence.roles and not hard_close:
                continue
            if (declared_reply or breakup) and not hard_close:
                if not any(e.detail == NEGATIVE_OPTION for e in sentence.evidence):
                    continue
            evidence = cue_evidence(sentence, "pushy")
            yield Finding(
                f"'{shown(sentence, evidence)}' is a presumptive ask: it decides for the reader; "
                "offer a choice they can decline instead",
                span=self.span_of(target, sentence, evidence),
            )


def _asks_to_sign_by(sentence) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``sentence`` asks (an ask, or a question) the reader to sign or order by a date
    (:mod:`followup_lint.content.hard_close`)."""
    if not ("ask" in sentence.roles or "pushy" in sentence.roles or sentence.text.rstrip().endswith("?")):
        return False
    return is_hard_close(sentence.text, sentence.lang)
