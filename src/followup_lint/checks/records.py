"""Recipient-record rules (FL4xx): problems in the list itself, once per record.

These point at the row in the recipients file, whatever templates use it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable

from . import namefacts as facts
from ..context import RecipientContext, RunContext
from ..model import Finding
from ..rule import RecipientCheck

# Plain ASCII addresses in the usual shape are valid without asking email-validator, which
# keeps the per-record cost to one regex match; everything else gets the full check.
_COMMON_EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+([A-Za-z]{2,63})$"
)
_SPECIAL_TLDS = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})


@lru_cache(maxsize=4096)
def _validate_slow(email: str, deliverability: bool) -> str | None:
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(email, check_deliverability=deliverability)
    except EmailNotValidError as exc:
        return str(exc)
    except Exception as exc:  # DNS trouble in the opt-in deliverability check
        return f"could not be checked: {type(exc).__name__}"
    return None


def email_problem(email: str, deliverability: bool = False) -> str | None:
    """Why ``email`` is not a valid address (syntax; DNS only when asked), or None."""
    if not deliverability and len(email) <= 254:
        match = _COMMON_EMAIL.match(email)
        if match and match.group(1).lower() not in _SPECIAL_TLDS and len(email.partition("@")[0]) <= 64:
            return None
    return _validate_slow(email, deliverability)


class InvalidEmail(RecipientCheck):
    """FL401: the address cannot receive mail (syntax by default; DNS when opted in)."""

    def prepare(self, context: RunContext) -> Any:
        return bool(self.options.get("check-deliverability", False) or getattr(context, "check_deliverability", False))

    def check(self, target: RecipientContext, deliverability: bool) -> Iterable[Finding]:
        recipient = target.recipient
        email = recipient.value("email")
        if email is None:
            return
        field_name = recipient.field_name("email")
        if not email.strip():
            yield Finding(f"the email field {field_name!r} is empty; this recipient cannot be sent to")
            return
        if email != email.strip():
            yield Finding(f"the email field {field_name!r} has spaces around the address {{email}}", personal={"email": email})
            email = email.strip()
        problem = email_problem(email, deliverability)
        if problem:
            yield Finding(
                f"the email address {{email}} is not valid: {problem.rstrip('.')}".replace("{email}", "{email}"),
                personal={"email": email},
            )


@dataclass(slots=True)
class _SeenEmails:
    rows: dict[str, int] = field(default_factory=dict)


class DuplicateRecipient(RecipientCheck):
    """FL402: the same address twice (case and surrounding spaces ignored)."""

    parallel_safe = False  # remembers every address seen

    def prepare(self, context: RunContext) -> Any:
        return _SeenEmails()

    def check(self, target: RecipientContext, state: _SeenEmails) -> Iterable[Finding]:
        email = target.recipient.value("email")
        if not email or not email.strip():
            return
        key = email.strip().casefold()
        first = state.rows.get(key)
        if first is None:
            state.rows[key] = target.recipient.ref.row
            return
        yield Finding(
            f"this recipient's email {{email}} already appears on row {first}; they would get the email twice",
            personal={"email": email.strip()},
        )


class RoleAccount(RecipientCheck):
    """FL403: info@, sales@, noreply@ ...: a shared inbox, not a person."""

    def prepare(self, context: RunContext) -> Any:
        return frozenset(str(w).lower() for w in self.data.get("role_local_parts", ()))

    def check(self, target: RecipientContext, roles: frozenset[str]) -> Iterable[Finding]:
        email = target.recipient.value("email")
        if not email or "@" not in email:
            return
        local = email.strip().rpartition("@")[0].lower()
        bare = re.sub(r"[.\-_+]", "", local)
        if local in roles or bare in roles:
            yield Finding(
                f"{local}@ is a role account (a shared inbox, not a person); a personal follow-up to it reads as spam",
            )


_ROLE_HINT = {"given": "given", "preferred": "given", "family": "family", "full": None}


def _name_fields(target: RecipientContext) -> list[tuple[str, str, str]]:
    """(role, column, value) for the record's name columns that are present and non-empty."""
    recipient = target.recipient
    found = recipient.memo.get("name_fields")
    if found is None:
        found = []
        for role in ("given", "family", "preferred", "full"):
            value = recipient.value(role)
            if value:
                found.append((role, recipient.field_name(role) or role, value))
        recipient.memo["name_fields"] = found
    return found


class NameFieldCasing(RecipientCheck):
    """FL404: name columns in ALL CAPS or all lower-case."""

    def check(self, target: RecipientContext, state: Any) -> Iterable[Finding]:
        for role, column, value in _name_fields(target):
            if role == "full" and target.recipient.value("given"):
                continue
            if facts.junk(value, _ROLE_HINT.get(role)):
                continue
            suggestion = facts.casing_suggestion(value, _ROLE_HINT.get(role))
            if suggestion and suggestion != value:
                style = "ALL CAPS" if value.isupper() else "all lower-case"
                yield Finding(
                    f"{column!r} is {style} ({{value}}); it would read {{suggestion}}",
                    personal={"value": value, "suggestion": suggestion},
                    fix="{suggestion}",
                )


class JunkNameField(RecipientCheck):
    """FL405: a name column holding a placeholder, company, email, role or broken text."""

    def check(self, target: RecipientContext, state: Any) -> Iterable[Finding]:
        for role, column, value in _name_fields(target):
            finding = facts.junk(value, _ROLE_HINT.get(role))
            if finding is None:
                continue
            yield Finding(
                f"{column!r} holds {{value}}, which is not a usable name ({finding.detail})",
                personal={"value": value},
            )


class NameFieldWhitespace(RecipientCheck):
    """FL406: leading, trailing or double spaces in a name column."""

    def check(self, target: RecipientContext, state: Any) -> Iterable[Finding]:
        for role, column, value in _name_fields(target):
            if value != value.strip() or "  " in value:
                yield Finding(
                    f"{column!r} has stray spaces: {{value}}",
                    personal={"value": value, "tidied": " ".join(value.split())},
                    fix="{tidied}",
                )


class SwappedNameFields(RecipientCheck):
    """FL407: the first-name column holds the family name and the last-name column the given name."""

    def check(self, target: RecipientContext, state: Any) -> Iterable[Finding]:
        recipient = target.recipient
        verdict = facts.record_swap(recipient)
        if verdict is None:
            return
        given, family = recipient.value("given"), recipient.value("family")
        yield Finding(
            f"{recipient.field_name('given')!r} ({{given}}) and {recipient.field_name('family')!r} ({{family}}) "
            f"look swapped: {verdict.reason}",
            personal={"given": given, "family": family},
        )
