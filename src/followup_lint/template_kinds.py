"""Template kinds (front matter ``kind:``), normalised so every spelling means one kind.

"Follow-up", "follow up", "Followup", "FOLLOW-UP", "Webinar follow-up" and "Nachfass-Mail" are
all ``follow-up``: case is ignored, so are spaces, hyphens and underscores between words, a
synonym (``rules/data/template-kinds.yml``) is its kind, and words before a kind only qualify
it. Anything else is not a kind (``None``): FL012 reports it, and the template is linted as
having no kind instead of as a kind no rule knows.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from .resources import load_once, load_yaml, rules_path

__all__ = ["TEMPLATE_KINDS", "kind_in", "known_kinds", "normalise_kind", "normalise_kinds"]

TEMPLATE_KINDS = ("follow-up", "prospecting", "reply", "marketing", "transactional", "newsletter")
_SEPARATORS = re.compile(r"[\s_\-]+")


def _fold(value: str) -> tuple[str, ...]:
    """The words of a kind, case-folded: "Webinar Follow-Up" -> ("webinar", "follow", "up")."""
    return tuple(w for w in _SEPARATORS.split(value.strip().casefold()) if w)


@load_once
def _table() -> tuple[dict[str, str], frozenset[str]]:
    """Every spelling (its words joined without separators) -> its kind; the negation words."""
    with open(rules_path() / "data" / "template-kinds.yml", encoding="utf-8") as handle:
        data = load_yaml(handle) or {}
    spellings: dict[str, str] = {}
    for kind, words in (data.get("kinds") or {}).items():
        if kind not in TEMPLATE_KINDS:
            raise ValueError(f"template-kinds.yml: {kind!r} is not one of {', '.join(TEMPLATE_KINDS)}")
        for spelling in [kind, *(words or ())]:
            spellings["".join(_fold(str(spelling)))] = kind
    negations = frozenset(str(w).casefold() for w in data.get("negations") or ())
    return spellings, negations


def normalise_kind(value: Any) -> str | None:
    """The kind ``value`` names, or None when it names none (or is not a string)."""
    if not isinstance(value, str):
        return None
    words = _fold(value)
    if not words:
        return None
    spellings, negations = _table()
    for first in range(len(words)):  # the longest tail that is a spelling: "post webinar follow up"
        kind = spellings.get("".join(words[first:]))
        if kind is not None:
            return None if negations.intersection(words[:first]) else kind
    return None


def normalise_kinds(values: Iterable[Any]) -> frozenset[str]:
    """A list of kinds from rule data or options, normalised; unknown entries are dropped."""
    return frozenset(k for k in (normalise_kind(v) for v in values or ()) if k is not None)


def known_kinds(values: Iterable[Any], option: str) -> frozenset[str]:
    """A user's list of kinds (a rule option such as FL505 ``kinds``), normalised; an entry that
    names no kind is a ``ValueError`` naming it, not a kind silently dropped."""
    kinds = set()
    for value in values or ():
        kind = normalise_kind(value)
        if kind is None:
            raise ValueError(f"unknown template kind {value!r} in {option!r}; expected one of: {', '.join(TEMPLATE_KINDS)}")
        kinds.add(kind)
    return frozenset(kinds)


def kind_in(kind: str | None, values: Iterable[Any]) -> bool:
    """Whether a template's (normalised) ``kind`` is one of ``values``, in any spelling."""
    return kind is not None and kind in normalise_kinds(values)
