"""FL213 and FL214: closing moves before the reader has answered - qualification questions and loss framing.

Two rules, one module: they share everything but the role they read."""

from __future__ import annotations

from typing import Iterable

from ...content.loss_context import breakup_presses, follow_up_presses, loss_is_information
from ...content.own_product import names_own_product
from ...content.qualify_topics import guess_has_topic, qualifying_questions
from ...model import Finding
from .base import MESSAGE_SEGMENTS, RoleCheck, cue_evidence, quote, shown

#: Before the reader has answered: a first touch or a follow-up that nobody replied to (a webinar
#: follow-up, a bump). In a reply the reader has engaged; a breakup asks for nothing more.
_BEFORE_A_REPLY_ONLY = frozenset({"transactional", "reply", "breakup"})


class QualifyingQuestion(RoleCheck):
    """FL213: a question that qualifies or closes the buyer (who signs, budget, timeline,
    "what would it take") before the reader has answered - a first touch or a follow-up (after a
    webinar, a bump), not a reply or a breakup: a sentence with the ``qualify`` role (the
    classifier's guess alone only when a topic bears it out), or a question (or a polite request
    for answers) whose topics size the deal, or a closing question by its shape
    (:mod:`followup_lint.content.qualify_topics`)."""

    skip_positions = _BEFORE_A_REPLY_ONLY

    def findings(self, target, roles, position) -> Iterable[Finding]:  # type: ignore[no-untyped-def]
        message = roles.in_segment(*MESSAGE_SEGMENTS)
        reported = set()
        for sentence in message:
            if "qualify" in sentence.roles:
                if not guess_has_topic(sentence):
                    continue
                reported.add(sentence.index)
                evidence = cue_evidence(sentence, "qualify")
                yield self._finding(target, sentence, f"'{shown(sentence, evidence)}'", evidence)
        for sentence, why in qualifying_questions(message):
            if sentence.index not in reported:
                yield self._finding(target, sentence, f"'{quote(sentence.text)}' ({why})", None)

    def _finding(self, target, sentence, words: str, evidence) -> Finding:  # type: ignore[no-untyped-def]
        return Finding(
            f"{words} qualifies or closes the reader in a first touch; "
            "earn the conversation first, then ask about budgets and signatures",
            span=self.span_of(target, sentence, evidence),
        )


class LossFraming(RoleCheck):
    """FL214: loss framing (what the reader loses without the product) in a first touch, or in
    a follow-up nobody answered that presses for a sale - a bump ("Ik kom nog even terug op mijn
    vorige mail. ... Elke maand wachten kost u geld"), an email that sells, a threat in the loss
    sentence (:func:`followup_lint.content.loss_context.follow_up_presses`). A follow-up that
    hands over an event's material and sells nothing, or reports the figures the reader asked
    for, frames no loss.

    In the subject only a cue counts: a subject is a fragment ("Discount codes that don't eat
    your margin" names a topic), and the classifier's word weights were learnt on sentences.
    Nor does the classifier alone make loss framing of a sentence that hands the reader a fact or
    a tip (the ``fact`` group of the value cues, ``rules/cues/value-facts.yml``): help to avoid trouble, offered as information ("a tip for the next audit:
    most queries are about receipts without a photo"), is not what the reader loses without the
    sender's product. Nor is a loss that follows from a finding about the reader's own setup, from
    a rule they face, or - stated as possible - from an observation about their own page, document
    or listing, in an email that sells nothing (:mod:`followup_lint.content.loss_context`,
    :mod:`followup_lint.content.loss_observation`). Nor is a comparison the sender's research
    found among others and hands over ("We followed 120 care homes. The ones that trained night
    staff first lost fewer nurses and fewer residents to rivals":
    :mod:`followup_lint.content.research_finding`), when no product of the sender's is what
    prevents the loss.

    A breakup asks for nothing more, but its parting shot can still be a scare: "Every week
    {{ company }} stays on paper timesheets is another week of payroll mistakes you end up paying
    for twice." There a loss sentence is read only where it carries a threat of its own - time
    passing without switching, doing without the product, competitors
    (:func:`followup_lint.content.loss_context.breakup_presses`); a polite goodbye or one that
    names the reader's own deadline is not loss framing."""

    # follow-ups and breakups are read, each only where it presses (follow_up_presses, breakup_presses)
    skip_positions = frozenset({"transactional", "reply"})

    def findings(self, target, roles, position) -> Iterable[Finding]:  # type: ignore[no-untyped-def]
        for sentence in roles.in_segment("subject", *MESSAGE_SEGMENTS):
            if "loss" in sentence.roles:
                evidence = cue_evidence(sentence, "loss")
                by_cue = evidence is not None and evidence.source == "cue"
                if not by_cue and (sentence.segment == "subject" or _offers_information(sentence)):
                    continue
                if position.value == "follow-up" and not follow_up_presses(roles, sentence):
                    continue
                if position.value == "breakup" and not breakup_presses(sentence):
                    continue
                if loss_is_information(roles, sentence):
                    continue
                yield Finding(
                    f"'{shown(sentence, evidence)}' frames the email around what the reader loses; "
                    "to a stranger that reads as a scare tactic, so show what they gain, with an example",
                    span=self.span_of(target, sentence, evidence),
                )


def _offers_information(sentence) -> bool:  # type: ignore[no-untyped-def]
    """A fact or a tip handed over (a ``fact`` value cue), no pitch cue and no name of the
    sender's product (``rules/data/own-product.yml``): the sentence informs."""
    cues = [e for e in sentence.evidence if e.source == "cue"]
    if not any(e.role == "value" and e.group == "fact" for e in cues):
        return False
    return not any(e.role == "pitch" for e in cues) and not names_own_product(sentence.text, sentence.lang)
