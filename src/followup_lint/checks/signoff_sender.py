"""FL306's signature variables: a ``{{ sender_name }}`` under the sign-off that renders empty.

A sign-off signed by a variable is signed by a person only when the variable has a value for
the recipient. It may not: the template says so itself (``{{ sender_name|default('') }}``,
``{{ owner or '' }}``, ``{% if rep %}{{ rep }}{% endif %}``), or the list does (the sender
column is empty in some rows). Without a list, only what the template says is judged; with a
list, the column's counts decide (column_facts.py: empty values and records without the
column), so an empty fallback over a column that is always filled is fine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Callable, Iterable

from ..model import Finding, escape_braces

__all__ = ["Fallback", "SignerState", "empty_signer_findings", "fallback_of", "static_findings"]

_EMPTY_LITERAL = re.compile(r"""\b(?:or|else)\s*(?:''|"")|\bdefault\s*\(\s*(?:''|"")""")
_OR_LITERAL = re.compile(r"""\b(?:or|else)\s*(['"])(.+?)\1""")


class Fallback(Enum):
    NONE = "none"  # {{ sender_name }}
    EMPTY = "empty"  # default(''), or '', an {% if %} with no else: nothing when there is no value
    MISSING_ONLY = "missing-only"  # default('Dana'): covers a missing column, not an empty cell
    NAMED = "named"  # default('Dana', true), or 'Dana': always a name
    NAMELESS = "nameless"  # default('The Quillmate Team', true): a team or company stands in


def fallback_of(use: Any, tag_text: str, nameless: Callable[[str], bool] = lambda text: False) -> Fallback:
    """What a signature variable renders when the recipient has no value for it; ``nameless``
    tells a team or company fallback ("The Quillmate Team") from a person's name."""
    default = use.default
    literal = default.fallback if default is not None else None
    if literal is None and use.has_fallback:
        match = _OR_LITERAL.search(tag_text)
        literal = match.group(2) if match else None
    if isinstance(literal, str) and literal.strip() and nameless(literal) and (
            default is None or default.covers_empty):
        return Fallback.NAMELESS
    if _EMPTY_LITERAL.search(tag_text) or (default is not None and default.fallback in ("", None)
                                            and "default" in tag_text):
        return Fallback.EMPTY
    if default is not None:
        return Fallback.NAMED if default.covers_empty else Fallback.MISSING_ONLY
    if use.has_fallback:
        return Fallback.NAMED  # {{ sender_name or 'Dana' }}
    if use.guarded:
        return Fallback.EMPTY  # {% if rep %}{{ rep }}{% endif %}
    return Fallback.NONE


@dataclass(slots=True)
class SignerState:
    """Filled by FL306's check(): the one variable that signs the email, if any."""

    context: Any = None
    signers: list[tuple[Any, Fallback]] = field(default_factory=list)


def _name(use: Any) -> str:
    return "{{ " + ".".join(use.path) + " }}"


def static_findings(signers: list[tuple[Any, Fallback]]) -> Iterable[Finding]:
    """Without a list: a signature variable whose fallback is nothing, or a team."""
    for use, fallback in signers:
        if fallback is Fallback.NAMELESS:
            yield Finding(
                escape_braces(f"the signature {_name(use)} falls back to a team or company for a recipient without a "
                              "value, so that email is signed by no person; give it a person's name as fallback"),
                span=use.span,
            )
        if fallback is Fallback.EMPTY:
            yield Finding(
                escape_braces(f"the signature {_name(use)} renders empty for a recipient without a value (nothing "
                              "stands in for it), so that email is signed by nobody; give it a named fallback "
                              "such as default('Dana Okafor', true), or sign with a name"),
                span=use.span,
            )


def empty_signer_findings(state: SignerState) -> Iterable[Finding]:
    """With a list: the signature variable is empty, or missing, for some recipients."""
    facts = state.context.column_facts if state.context is not None else None
    if facts is None or not facts.records:
        return
    for use, fallback in state.signers:
        column = facts.column(use.path)
        if column is None or fallback is Fallback.NAMED:
            continue
        missing = facts.records - column.present
        if fallback is Fallback.MISSING_ONLY or (fallback is Fallback.NONE and column.present == 0):
            missing = 0  # covered by the fallback; or a column no record has, which FL003 reports
        unsigned = column.empty + missing
        if unsigned <= 0:
            continue
        if fallback is Fallback.NAMELESS:
            yield Finding(
                escape_braces(f"the signature {_name(use)} is empty for {unsigned} of {facts.records} recipients, who "
                              "get its fallback, a team or company instead of a person; fill the column in every row, "
                              "or give it a person's name as fallback"),
                span=use.span,
            )
            continue
        yield Finding(
            escape_braces(f"the signature {_name(use)} is empty for {unsigned} of {facts.records} recipients, who get "
                          "an email signed by nobody; fill the column in every row, or give it a named fallback "
                          "such as default('Dana Okafor', true)"),
            span=use.span,
        )
