"""Shared plumbing for the rules that read sentence roles (FL201, FL203, FL208-FL214).

Every rule here is a template check: it reads the roles of the template's sentences, computed
once per template on the neutral text (:func:`followup_lint.content.roles_of_context`), and
the template's sequence position. Nothing depends on a recipient, so they cost nothing per
recipient.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator, Mapping

from ...content.email_roles import EmailRoles, roles_of_context
from ...content.roles import Evidence, SentenceRoles
from ...content.sequence import SequencePosition, sequence_position
from ...context import TemplateContext
from ...model import Finding, Span, escape_braces
from ...rule import RuleSpec, TemplateCheck

__all__ = ["RoleCheck", "quote"]

#: Segments a reader reads as the message (not the subject, greeting or sign-off).
MESSAGE_SEGMENTS = ("opener", "body", "call_to_action", "ps")


def quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return escape_braces(text if len(text) <= limit else text[: limit - 1] + "…")


class RoleCheck(TemplateCheck):
    """A template check over the roles of the template's sentences.

    Subclasses implement :meth:`findings` and may set ``skip_positions`` (sequence positions
    where the rule does not apply)."""

    skip_positions: frozenset[str] = frozenset({"transactional"})

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.validate_options(spec.options)

    def validate_options(self, options: Mapping[str, Any]) -> None:
        """Check the declared option defaults when the rule loads (override when needed)."""

    def int_option(self, key: str, default: int) -> int:
        value = self.options.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"rule {self.spec.code}: option {key!r} must be a non-negative whole number")
        return value

    def check(self, target: TemplateContext, state: Any) -> Iterator[Finding]:
        info = target.info
        if not info.neutral_text.strip() and not (info.subject or "").strip():
            return
        position = sequence_position(info, getattr(target, "sequence", None))
        if position.value in self.skip_positions:
            return
        roles = roles_of_context(target)
        yield from self.findings(target, roles, position)

    def findings(self, target: TemplateContext, roles: EmailRoles, position: SequencePosition) -> Iterable[Finding]:
        raise NotImplementedError

    # -- locations

    def span_of(self, target: TemplateContext, sentence: SentenceRoles, evidence: Evidence | None = None) -> Span:
        """Where ``sentence`` (or the words of ``evidence`` in it) is in the template source."""
        start, end = 0, len(sentence.text)
        if evidence is not None and evidence.end > evidence.start:
            start, end = evidence.start, evidence.end
        if sentence.segment == "subject":
            from ...checks.phrases import subject_region

            region = subject_region(target.info)
            if region is None:
                return target.info.subject_span
            offset = sentence.start
            return region.locate(offset + start, offset + end)
        return target.info.neutral_span(sentence.start + start, sentence.start + end)


def cue_evidence(sentence: SentenceRoles, *roles: str) -> Evidence | None:
    """The first evidence in ``sentence`` for any of ``roles``, cue evidence first."""
    found = [e for e in sentence.evidence if e.role in roles]
    found.sort(key=lambda e: (e.source != "cue", e.start))
    return found[0] if found else None


def shown(sentence: SentenceRoles, evidence: Evidence | None) -> str:
    """The words to quote in a message: what the cue matched, else the sentence."""
    if evidence is not None and evidence.text:
        return quote(evidence.text)
    return quote(sentence.text)
