"""FL203: urgency or scarcity anywhere in the email (the P.S. is FL209's)."""

from __future__ import annotations

from typing import Iterable

from ...content.addressed import names_nobody, question_or_order
from ...content.loss_context import sells
from ...content.reply_facts import pushes
from ...content.tokens import tokenize
from ...model import Finding
from .base import RoleCheck, cue_evidence, shown


class PressureTactics(RoleCheck):
    """Reports every sentence of the greeting, body, call to action and sign-off that carries
    pressure: deadlines, scarcity, "act now", "last chance". Pressure in the P.S. is reported
    by FL209 (pressure-in-ps). Transactional email (a real expiry date) is not read. News that
    names neither the reader nor the sender ("Die Preise vieler Abrechnungsdienste steigen im
    Januar", "Applications close on 28 February"), read as pressure by the classifier alone, is
    no pressure in an email that sells nothing (:mod:`followup_lint.content.addressed`). In a
    reply, a sentence that states the price, renewal, deposit or deadline the reader asked about
    is an answer: it is reported only when it also pushes the reader to act now ("only today",
    "before they're gone": :mod:`followup_lint.content.reply_facts`)."""

    def findings(self, target, roles, position) -> Iterable[Finding]:  # type: ignore[no-untyped-def]
        for sentence in roles.in_segment("greeting", "opener", "body", "call_to_action", "signoff"):
            if "pressure" not in sentence.roles or _news(roles, sentence):
                continue
            if position.value == "reply" and not pushes(sentence.text, sentence.lang):
                continue  # the facts the reader asked about, stated: an answer
            evidence = cue_evidence(sentence, "pressure")
            yield Finding(
                f"'{shown(sentence, evidence)}' is pressure, not a reason; readers of follow-ups "
                "resent it and spam filters score it",
                span=self.span_of(target, sentence, evidence),
            )


def _news(roles, sentence) -> bool:  # type: ignore[no-untyped-def]
    """Only the classifier reads pressure, the sentence names nobody and is no question or
    exclamation, and the email sells nothing."""
    if sentence.has_rule_evidence("pressure") or question_or_order(sentence.text):
        return False
    return names_nobody(tokenize(sentence.text, sentence.lang), sentence.lang) and not sells(roles)
