"""Deliberate fallbacks, and FL321 fallback-for-everyone.

``{{ company | default('your team', true) }}``, ``{{ company or 'your team' }}``,
``{% if company %}...{% endif %}`` and ``{% if company is defined %}`` say the author expected
the field to be missing for some recipients. Such a variable is never an undefined-variable
error (FL003); when no record of the list has the column at all, FL321 says, as `info`, that
every recipient gets the fallback, and as a `warning` when a column with a close name exists
(``compnay``: probably a typo that the fallback hides).
"""

from __future__ import annotations

import difflib
import re
from typing import Any, Iterable

from jinja2 import TemplateSyntaxError, nodes

from ..context import MessageContext, TemplateContext
from ..model import Finding, Severity, escape_braces
from ..rule import SKIP, MessageCheck
from ..parse_cache import parsed
from ..templates import TemplateInfo, VariableUse, walk_expression
from .unseen_paths import UnseenPaths

_DEFINED_TEST = re.compile(r"([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\s+is\s+(?:not\s+)?(?:defined|undefined)\b")


def intended_paths(info: TemplateInfo) -> dict[tuple[str, ...], list[VariableUse]]:
    """Variables the template expects to be missing sometimes, with their output uses: every
    use has a fallback (``default()``, ``or``) or sits inside ``{% if var %}``, or the
    variable (or its parent) is tested with ``is defined`` / ``is undefined``. A top-level
    name read only through its fields (``contact`` in ``{{ contact.company }}``) counts when
    every use of its fields does."""
    defined: set[tuple[str, ...]] = set()
    stored: set[tuple[str, ...]] = set()  # read with a fallback into {% set %} / {% with %}
    for tag in info.tags:
        if tag.kind in ("stmt", "expr"):
            defined.update(tuple(m.group(1).split(".")) for m in _DEFINED_TEST.finditer(tag.inner))
        if tag.kind == "stmt" and _ASSIGNMENT.match(tag.inner):
            stored.update(_stored_with_fallback(tag.inner))
    uses: dict[tuple[str, ...], list[VariableUse]] = {}
    for use in info.variables:
        uses.setdefault(use.path, []).append(use)
    found: dict[tuple[str, ...], list[VariableUse]] = {}
    for path in list(uses) + [(name,) for name in sorted(info.context_names)]:
        if path in found:
            continue
        group = uses.get(path, [])
        if not group and len(path) == 1:  # `contact` read as `contact.first_name` inside {% if contact %}
            group = [u for u in info.variables if u.path[0] == path[0]]
        tested = any(path[: len(d)] == d for d in defined)
        if tested or (group and all(u.has_fallback or u.guarded for u in group)) or (
                path in stored and all(u.has_fallback or u.guarded for u in group)):
            found[path] = uses.get(path, group)
    return found


_ASSIGNMENT = re.compile(r"\s*(set|with)\s+[A-Za-z_][\w\s,]*=")


def _stored_with_fallback(inner: str) -> set[tuple[str, ...]]:
    """Variables a ``{% set org = company or 'your team' %}`` (or ``{% with %}``) reads with a
    fallback: ``default()``, ``or``, ``x if x else ...``. Parse only."""
    keyword = inner.split(None, 1)[0]
    source = "{%" + inner + "%}" + ("{% endwith %}" if keyword == "with" else "")
    try:
        tree = parsed(source)
    except TemplateSyntaxError:
        return set()
    values: list[Any] = []
    for node in tree.find_all((nodes.Assign, nodes.With)):
        values.extend([node.node] if isinstance(node, nodes.Assign) else node.values)
    return {path for value in values for path, _f, default, fallback in walk_expression(value)
            if fallback or default is not None}


class FallbackForEveryone(MessageCheck):
    """FL321: a variable with a deliberate fallback that no record of the list provides."""

    parallel_safe = False  # needs to see every record
    needs_rendering = False

    def prepare(self, context: TemplateContext) -> Any:
        intended = intended_paths(context.info)
        if not intended:
            return SKIP
        return UnseenPaths(intended, set(intended))

    def check(self, target: MessageContext, state: UnseenPaths) -> Iterable[Finding]:
        state.see(target.recipient.data)
        return ()

    def finish(self, state: UnseenPaths) -> Iterable[Finding]:
        if not state.records:
            return
        for path, uses in state.missing():  # `contact` is missing: not `contact.company` too
            dotted = ".".join(path)
            close = difflib.get_close_matches(dotted, sorted(state.fields), n=1, cutoff=0.8)
            fallback = next((u.default.fallback for u in uses if u.default is not None
                             and isinstance(u.default.fallback, str)), None)
            gets = f"the fallback {fallback!r}" if fallback is not None else "the fallback text"
            where = "the recipient record" if state.records == 1 else f"any of the {state.records} recipient records"
            message = f"{dotted!r} is not a column of {where}, so every recipient gets {gets}"
            if close:
                message += f"; did you mean {close[0]!r}?"
            else:
                message += "; if that is intended, drop the variable and write the text"
            yield Finding(
                escape_braces(message),
                span=uses[0].span if uses else None,
                fix=close[0] if close else None,
                severity=Severity.WARNING if close else None,
            )
