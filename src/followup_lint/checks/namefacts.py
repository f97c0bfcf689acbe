"""The questions salutation and record rules ask of the name knowledge, in one place."""

from __future__ import annotations

import functools
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

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
    if not family or not name or not isinstance(name, str) or not isinstance(family, str):
        return False
    return _is_surname_of(name, family)


@lru_cache(maxsize=16384)
def _is_surname_of(name: str, family: str) -> bool:
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
        # the address is read only when the names leave the verdict to it
        email = functools.partial(recipient.value, "email")
        memo["swap"] = confident_swap(given, family, email) if given and family else None
    return memo["swap"]


def confident_swap(given: str, family: str, email: str | Callable[[], str | None] | None) -> SwapVerdict | None:
    """A swap verdict only when the evidence is strong, or fair and backed by the email
    address (parissa.behnia@ for first_name "Behnia"); ambiguous records are left alone."""
    verdict = knowledge.swap_verdict(given, family, email)
    if verdict is None:
        return None
    if verdict.strong:
        return verdict
    if verdict.confidence < 0.6:
        return None
    backed_by_email = any(e.startswith("email:") for e in verdict.evidence)
    # Kim / Minjun: a family name of a family-first culture next to a given name of the same
    # culture that is never a family name anywhere. swap_verdict already refuses it when the
    # email address follows the fields' order (kim.minjun@).
    # van Beethoven / Ludwig: the first-name field starts with a surname particle
    structural = "same-culture-given-name" in verdict.evidence or "particle-led-given-field" in verdict.evidence
    return verdict if backed_by_email or structural else None


def casing_suggestion(value: str, role: str | None = None) -> str | None:
    return knowledge.casing_suggestion(value, role)  # type: ignore[arg-type]


def first_word(value: str | None) -> str:
    """The first word of a name value ("Oluwaseun A." -> "Oluwaseun")."""
    if not value:
        return ""
    words = value.replace(",", " ").split()
    return words[0] if words else ""


def leans_family(value: str | None) -> bool:
    """The value reads as a family name rather than a given name (Lindqvist, van Beethoven)."""
    if not value or not value.strip():
        return False
    return _leans_family(value.strip())


@lru_cache(maxsize=16384)
def _leans_family(value: str) -> bool:
    words = value.split()
    if len(words) > 1 and knowledge.normalize(words[0]) in _PARTICLES:
        return True
    return knowledge.name_role_evidence(words[-1]) <= -1.0


_PARTICLES = frozenset({"van", "von", "de", "del", "della", "di", "da", "du", "des", "le", "la",
                        "ten", "ter", "zu", "vom", "al", "el", "bin", "ibn", "ni", "nic", "o", "mac", "mc"})


def contains_name(value: str, part: str) -> bool:
    """``part`` is a separate word group at the start or end of ``value`` ("Parissa Behnia" / "Behnia")."""
    words, sub = knowledge.normalize(value).split(), knowledge.normalize(part).split()
    if not sub or len(words) <= len(sub):
        return False
    return words[-len(sub):] == sub or words[: len(sub)] == sub


def given_part(given: str, family: str) -> str:
    """The given name inside a first-name value that also holds the family name."""
    if family and contains_name(given, family):
        words, sub = given.split(), family.split()
        if knowledge.normalize(" ".join(words[-len(sub):])) == knowledge.normalize(family):
            return " ".join(words[: -len(sub)])
        return " ".join(words[len(sub):])
    parsed = _full_name_parts(given)
    return parsed or given


def looks_like_full_name(value: str) -> bool:
    """A first-name value that is clearly a whole name: a clear given name followed by a
    clear family name ("Parissa Behnia"), or a family-first name written in its own order
    ("Nguyen Van Anh", "Tanaka Yuki"). Compound given names (Mary Ann, José Luis, Jean-Luc)
    are not."""
    return bool(_full_name_parts(value))


@lru_cache(maxsize=16384)
def _full_name_parts(value: str) -> str:
    words = [w for w in value.replace(",", " ").split() if w]
    if not 2 <= len(words) <= 4:
        return ""
    if any(knowledge.junk_reason(w) not in (None,) for w in words):
        return ""
    evidence = knowledge.name_role_evidence
    first, last = words[0], words[-1]
    if knowledge.is_family_first_name(first, last):
        return last
    if evidence(first) >= knowledge.STRONG_EVIDENCE and evidence(last) <= -knowledge.STRONG_EVIDENCE \
            and knowledge.normalize(words[1]) not in _PARTICLES | {"y", "e"}:
        return " ".join(words[:-1])
    return ""


def last_first(value: str | None) -> tuple[str, str] | None:
    """("Behnia", "Parissa") for a "Last, First" value in a first-name column, else None."""
    if not value or value.count(",") != 1:
        return None
    family, given = (p.strip() for p in value.split(","))
    if not family or not given or not given.split():
        return None
    head = given.split()[0]
    if knowledge.name_key(head) in _NOT_GIVEN:
        return None  # "King, Jr.", "Okoro, PhD"
    if knowledge.name_role_evidence(head) >= 1.0 or leans_family(family):
        return family, given
    return None


_NOT_GIVEN = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "mba", "jnr", "snr", "dds", "cpa"})
