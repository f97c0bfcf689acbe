"""Recipient-record rules (FL4xx): problems in the list itself, once per record.

These point at the row in the recipients file, whatever templates use it. Per record the work
is a few string operations: plain addresses pass one regular expression, name values are judged
once per distinct value (the name knowledge is cached by value) and once per record (memoised
in ``recipient.memo`` for the rules that share it).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable

from . import namefacts as facts
from ..context import RecipientContext, RunContext
from ..model import Finding, escape_braces
from ..rule import RecipientCheck
from ..seen_keys import SeenKeys

# Plain ASCII addresses in the usual shape are valid without asking email-validator, which
# keeps the per-record cost to one regex match; everything else gets the full check.
_COMMON_EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+([A-Za-z]{2,63}))$"
)
_SPECIAL_TLDS = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})
_DNS_TROUBLE = "There was an error while checking"



@lru_cache(maxsize=4096)
def _syntax(email: str) -> tuple[str | None, str | None]:
    """(problem, ASCII domain) from email-validator's syntax check (no network)."""
    from email_validator import EmailNotValidError, validate_email

    try:
        valid = validate_email(email, check_deliverability=False)
    except EmailNotValidError as exc:
        return str(exc), None
    except Exception as exc:  # noqa: BLE001 - a validator bug must not become a crash
        return f"could not be parsed ({type(exc).__name__})", None
    return None, valid.ascii_domain


@lru_cache(maxsize=4096)
def _domain_problem(domain: str) -> str | None:
    """Why ``domain`` cannot receive mail (DNS, once per domain), or None when it can or when
    DNS could not answer (a resolver problem is not the address's fault)."""
    from email_validator import EmailUndeliverableError
    from email_validator.deliverability import validate_email_deliverability

    try:
        validate_email_deliverability(domain, domain)
    except EmailUndeliverableError as exc:
        message = str(exc)
        return None if message.startswith(_DNS_TROUBLE) else message
    except Exception:  # noqa: BLE001 - no network, resolver misconfigured: unknown, not invalid
        return None
    return None


_DIGITS = str.maketrans("123456789", "000000000")


def _syntax_by_shape(email: str) -> tuple[str | None, str | None]:
    """:func:`_syntax`, asked once per address shape: the part before the last @ with its ASCII
    digits as 0 (``josé.garcía41@`` and ``josé.garcía7@`` are judged alike - email-validator
    treats every digit the same, and a digit never combines with a neighbour under NFC). Only a
    valid verdict is shared; an invalid address is asked itself, for its own message."""
    local, at, domain = email.rpartition("@")
    if at and any(c.isdigit() for c in local):
        problem, ascii_domain = _syntax(local.translate(_DIGITS) + at + domain)
        if problem is None:
            return problem, ascii_domain
    return _syntax(email)


def email_problem(email: str, deliverability: bool = False) -> str | None:
    """Why ``email`` is not a valid address (syntax; DNS only when asked), or None. Answered
    once per address shape (the local part's digits as 0, which never decide validity); an
    address whose shape is invalid is judged itself, for its own message."""
    local, at, domain = email.rpartition("@")
    shape = local.translate(_DIGITS) + at + domain if at else email
    problem = _shape_problem(shape, deliverability)
    if problem is None or shape == email:
        return problem
    return _email_problem(email, deliverability)


@lru_cache(maxsize=4096)
def _shape_problem(shape: str, deliverability: bool) -> str | None:
    return _email_problem(shape, deliverability)


def _email_problem(email: str, deliverability: bool) -> str | None:
    domain: str | None = None
    match = _COMMON_EMAIL.match(email) if len(email) <= 254 else None
    if match and match.group(2).lower() not in _SPECIAL_TLDS and len(email.partition("@")[0]) <= 64:
        domain = match.group(1).lower()
    else:
        problem, domain = _syntax_by_shape(email)
        if problem:
            return problem
    if deliverability and domain:
        return _domain_problem(domain)
    return None


class InvalidEmail(RecipientCheck):
    """FL401: the address cannot receive mail (syntax by default; DNS when opted in)."""

    record_memo = True

    def prepare(self, context: RunContext) -> Any:
        return bool(self.options.get("check-deliverability", False) or getattr(context, "check_deliverability", False))

    def check(self, target: RecipientContext, deliverability: bool) -> Iterable[Finding]:
        recipient = target.recipient
        email = recipient.value("email")
        if email is None:
            return  # the record has no email column at all
        stripped = email.strip()
        if not stripped:
            column = escape_braces(repr(recipient.field_name("email")))
            yield Finding(f"the email field {column} is empty; this recipient cannot be sent to")
            return
        if email != stripped:
            column = escape_braces(repr(recipient.field_name("email")))
            yield Finding(f"the email field {column} has spaces around the address {{email}}", personal={"email": email})
        problem = email_problem(stripped, deliverability)
        if problem:
            yield Finding(
                f"the email address {{email}} is not valid: {escape_braces(problem.rstrip('.'))}",
                personal={"email": stripped},
            )


@dataclass(slots=True)
class _SeenEmails:
    rows: SeenKeys = field(default_factory=SeenKeys)  # compact: at most 64 bytes per address (seen_keys.py)


def email_key(email: str) -> str:
    """The form two addresses are compared in: trimmed, case-folded, Unicode-normalised."""
    key = email.strip()
    if not key.isascii():
        key = unicodedata.normalize("NFC", key)
    return key.casefold()


class DuplicateRecipient(RecipientCheck):
    """FL402: the same address twice (case and surrounding spaces ignored)."""

    parallel_safe = False  # remembers every address seen

    def prepare(self, context: RunContext) -> Any:
        return _SeenEmails()

    def check(self, target: RecipientContext, state: _SeenEmails) -> Iterable[Finding]:
        email = target.recipient.value("email")
        if not email or not email.strip():
            return
        first = state.rows.first_row(email_key(email), target.recipient.ref.row)
        if first is None:
            return
        yield Finding(
            f"this recipient's email {{email}} already appears on row {first}; they would get the email twice",
            personal={"email": email.strip()},
        )


_SEPARATORS = re.compile(r"[._\-]+")


class RoleAccount(RecipientCheck):
    """FL403: info@, sales@, noreply@ ...: a shared inbox, not a person.

    The part before the @ is split at dots, dashes and underscores (digits and a +tag dropped).
    It is a role account when it is a role word ("info", "no-reply"), or a role word followed
    only by qualifiers ("sales.emea", "support-uk", "info2"). A role word followed by a name is a
    person ("hr.kim", "sales.jane"), and so is a longer word that starts like a role word
    ("infosec.lead", "salesforce.admin.jane", "adminah").
    """

    record_memo = True

    def prepare(self, context: RunContext) -> Any:
        roles = frozenset(str(w).lower() for w in self.data.get("role_local_parts", ()))
        qualifiers = frozenset(str(w).lower() for w in self.data.get("role_qualifiers", ()))
        # with no digit in any role word, digits never decide: judge "anna.li42" as "anna.li00"
        # (one verdict per address shape instead of one per address)
        shape = not any(c.isdigit() for word in roles | qualifiers for c in word)
        return roles, qualifiers, shape

    def check(self, target: RecipientContext, state: tuple[frozenset[str], frozenset[str], bool]) -> Iterable[Finding]:
        email = target.recipient.value("email")
        if not email or "@" not in email:
            return
        local = email.strip().rpartition("@")[0].lower()
        roles, qualifiers, shape = state
        if _is_role_local(local.translate(_DIGITS) if shape else local, roles, qualifiers):
            yield Finding(
                f"{escape_braces(local)}@ is a role account (a shared inbox, not a person); a personal follow-up to it reads as spam",
            )


@lru_cache(maxsize=8192)
def _is_role_local(local: str, roles: frozenset[str], qualifiers: frozenset[str]) -> bool:
    base = local.split("+", 1)[0]
    if base in roles:
        return True
    tokens = [t.rstrip("0123456789") for t in _SEPARATORS.split(base)]
    tokens = [t for t in tokens if t]
    if not tokens:
        return False
    if "".join(tokens) in roles:  # no-reply, do_not_reply
        return True
    return tokens[0] in roles and all(t in roles or t in qualifiers for t in tokens[1:])


_ROLE_HINT = {"given": "given", "preferred": "given", "family": "family", "full": "full"}


@dataclass(frozen=True, slots=True)
class _NameField:
    role: str
    column: str
    value: str
    junk: Any  # JunkFinding | None (whitespace problems are FL406's, not junk)


def _name_fields(target: RecipientContext) -> list[_NameField]:
    """The record's non-empty name columns with their junk verdicts, computed once per record."""
    recipient = target.recipient
    found = recipient.memo.get("fl4.name_fields")
    if found is not None:
        return found
    found = []
    given = recipient.value("given")
    given_junk = facts.junk(given, "given") if given and given.strip() else None
    for role in ("given", "family", "preferred", "full"):
        value = recipient.value(role)
        if not value or not value.strip():
            continue
        junk = given_junk if role == "given" else facts.junk(value, _ROLE_HINT[role])
        if junk is None and role == "family" and given_junk is not None and facts.same_name(value, given):
            junk = given_junk  # "test" / "test": a surname-shaped placeholder copied into both fields
        found.append(_NameField(role, recipient.field_name(role) or role, value, junk))
    recipient.memo["fl4.name_fields"] = found
    return found


class NameFieldCasing(RecipientCheck):
    """FL404: name columns in ALL CAPS or all lower-case."""

    record_memo = True

    def check(self, target: RecipientContext, state: Any) -> Iterable[Finding]:
        has_parts = target.recipient.value("given") is not None
        for item in _name_fields(target):
            if item.junk is not None or (item.role == "full" and has_parts):
                continue
            suggestion = facts.casing_suggestion(item.value.strip(), _ROLE_HINT[item.role])
            if suggestion and suggestion != item.value.strip():
                style = "ALL CAPS" if item.value.isupper() else "all lower-case"
                yield Finding(
                    f"{escape_braces(repr(item.column))} is {style} ({{value}}); it would read {{suggestion}}",
                    personal={"value": item.value, "suggestion": suggestion},
                    masked=f"{escape_braces(repr(item.column))} is {style}; it would read better the way the name is "
                           "normally written (`followup-lint preview --row N` shows the value)",
                    fix="{suggestion}",
                )


class JunkNameField(RecipientCheck):
    """FL405: a name column holding a placeholder, company, email, role or broken text."""

    record_memo = True

    def check(self, target: RecipientContext, state: Any) -> Iterable[Finding]:
        for item in _name_fields(target):
            if item.junk is None:
                continue
            yield Finding(
                f"{escape_braces(repr(item.column))} holds {{value}}, which is not a usable name ({escape_braces(item.junk.detail)})",
                personal={"value": item.value},
            )


_STRAY_SPACE = re.compile(r"^\s|\s$|\s\s")


class NameFieldWhitespace(RecipientCheck):
    """FL406: leading, trailing or double spaces in a name column."""

    record_memo = True

    def check(self, target: RecipientContext, state: Any) -> Iterable[Finding]:
        for item in _name_fields(target):
            if _STRAY_SPACE.search(item.value):
                yield Finding(
                    f"{escape_braces(repr(item.column))} has stray spaces: {{value}}",
                    personal={"value": item.value, "tidied": " ".join(item.value.split())},
                    fix="{tidied}",
                )


class SwappedNameFields(RecipientCheck):
    """FL407: the first-name column holds the family name and the last-name column the given name."""

    record_memo = True

    def check(self, target: RecipientContext, state: Any) -> Iterable[Finding]:
        recipient = target.recipient
        verdict = facts.record_swap(recipient)
        if verdict is None:
            return
        given, family = recipient.value("given"), recipient.value("family")
        yield Finding(
            f"{escape_braces(repr(recipient.field_name('given')))} ({{given}}) and "
            f"{escape_braces(repr(recipient.field_name('family')))} ({{family}}) look swapped: {escape_braces(verdict.reason)}",
            personal={"given": given or "", "family": family or ""},
        )
