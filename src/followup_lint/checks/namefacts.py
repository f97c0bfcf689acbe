"""The questions salutation and record rules ask of the name knowledge, in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import names as knowledge

if TYPE_CHECKING:
    from ..recipients import Recipient
from ..names import JunkCategory, JunkFinding, SwapVerdict


def same_name(left: str | None, right: str | None) -> bool:
    """Equal as names: case, accents, apostrophe and hyphen variants ignored."""
    if not left or not right:
        return False
    return knowledge.same_name(left, right)


def is_surname_of(name: str, family: str | None) -> bool:
    """``name`` is ``family`` or a form a greeting could use of it ("Beethoven" of "van Beethoven")."""
    if not family or not name:
        return False
    key = knowledge.name_key(name)
    return bool(key) and key in knowledge.surname_forms(family)


def junk(value: str, role: str | None = None) -> JunkFinding | None:
    """Why ``value`` is not a usable name, leaving whitespace problems to their own rules."""
    finding = knowledge.junk_finding(value, role)  # type: ignore[arg-type]
    if finding is None or finding.category in (JunkCategory.WHITESPACE, JunkCategory.EMPTY):
        return None
    return finding


def is_known_given_name(word: str) -> bool:
    return knowledge.given_weight(word) > 0 and knowledge.name_role_evidence(word) > 0


def is_known_family_name(word: str) -> bool:
    return knowledge.family_weight(word) > 0


def record_swap(recipient: "Recipient") -> SwapVerdict | None:
    """:func:`confident_swap` for a record's own fields, computed once per record."""
    memo = recipient.memo
    if "swap" not in memo:
        given, family = recipient.value("given"), recipient.value("family")
        memo["swap"] = confident_swap(given, family, recipient.value("email")) if given and family else None
    return memo["swap"]


def confident_swap(given: str, family: str, email: str | None) -> SwapVerdict | None:
    """A swap verdict only when the evidence is strong, or fair and backed by the email
    address (parissa.behnia@ for first_name "Behnia"); ambiguous records are left alone."""
    verdict = knowledge.swap_verdict(given, family, email)
    if verdict is None:
        return None
    if verdict.strong:
        return verdict
    backed_by_email = any(e.startswith("email:") for e in verdict.evidence)
    return verdict if backed_by_email and verdict.confidence >= 0.6 else None


def casing_suggestion(value: str, role: str | None = None) -> str | None:
    return knowledge.casing_suggestion(value, role)  # type: ignore[arg-type]
