"""Personalization rules (FL3xx): does the email show that someone knows who it is for?"""

from __future__ import annotations

import re
from typing import Any, Iterable

from ..context import MessageContext, TemplateContext
from ..model import Finding
from ..rule import SKIP, MessageCheck, TemplateCheck

_NEGATIVE = frozenset(
    {"no", "n", "false", "f", "0", "absent", "no-show", "noshow", "no show", "did not attend",
     "didn't attend", "not attended", "registered", "registered only", "missed", "nein", "non", "nee"}
)
_POSITIVE = frozenset({"yes", "y", "true", "t", "1", "attended", "present", "ja", "oui", "sí", "si", "ja"})


def attended_value(raw: Any) -> bool | None:
    """True / False for an attendance field, None when it says neither."""
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, (int, float)):
        return bool(raw)
    if not isinstance(raw, str):
        return None
    value = raw.strip().lower()
    if value in _NEGATIVE:
        return False
    if value in _POSITIVE:
        return True
    return None


def _phrase_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    words = sorted({" ".join(str(p).split()) for p in phrases if str(p).strip()}, key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


class AttendanceMismatch(MessageCheck):
    """FL301: "Thanks for attending" sent to someone whose record says they did not attend."""

    def prepare(self, context: TemplateContext) -> Any:
        pattern = _phrase_regex(self.data.get("attendance_phrases", ()))
        body_hits = [m.group(0) for m in pattern.finditer(context.info.neutral_text)]
        subject_hits = [m.group(0) for m in pattern.finditer(context.info.subject or "")]
        if not body_hits and not subject_hits:
            return SKIP  # the template never thanks anyone for attending: nothing to do per recipient
        # per recipient, look only for the phrases this template actually contains: much cheaper
        return _phrase_regex(body_hits + subject_hits), bool(body_hits), bool(subject_hits)

    def check(self, message: MessageContext, state: tuple[re.Pattern[str], bool, bool]) -> Iterable[Finding]:
        pattern, in_body, in_subject = state
        raw = message.recipient.value("attended")
        if raw is None or attended_value(raw) is not False:
            return
        match = (in_body and pattern.search(message.text)) or (in_subject and pattern.search(message.subject or ""))
        if not match:
            return  # the phrase sits in a branch this recipient does not get
        info = message.template.info
        offset = info.neutral_text.lower().find(match.group(0).lower())
        span = info.neutral_span(offset, offset + len(match.group(0))) if offset >= 0 else None
        field = message.recipient.field_name("attended")
        yield Finding(
            f"this recipient's {field!r} field says they did not attend, but the message thanks them for "
            f"attending (\"{match.group(0)}\")",
            span=span,
        )


class GenericGreeting(TemplateCheck):
    """FL302: "Hi there," although the recipients' names are known."""

    def check(self, target: TemplateContext, state: Any) -> Iterable[Finding]:
        greeting = target.greeting
        if greeting is None or greeting.slot_variables or not target.has_recipients:
            return
        literal = greeting.slot_literal.strip().lower()
        generic = target.locales.generic_names(greeting.locale)
        if literal not in generic and literal != "":
            return
        if literal == "" and greeting.match.word.strip().lower() in ("dear",):
            return
        shown = f"{greeting.match.word} {greeting.slot_literal}".strip()
        yield Finding(
            f"the greeting \"{shown}\" is generic, but this template is sent to a list with names; "
            "greet each recipient by name",
            span=greeting.slot_span,
            fix="{{{{ first_name | default('there', true) }}}}",
        )


class NoRecipientData(TemplateCheck):
    """FL303: a follow-up or prospecting email that uses nothing about the recipient."""

    def check(self, target: TemplateContext, state: Any) -> Iterable[Finding]:
        info = target.info
        if info.kind not in self.data.get("personal_kinds", ("follow-up", "prospecting")):
            return
        if info.compiled is None or info.context_names:
            return
        yield Finding(
            f"this {info.kind} template uses no recipient data at all; every recipient gets the same text",
        )
