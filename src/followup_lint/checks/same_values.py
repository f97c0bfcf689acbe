"""FL322 same-value-for-everyone: a recipient field that holds one value for the whole list.

``{{ pain_point }}`` merged from a column that says "manual reporting" in every row is the
same sentence for every reader, dressed up as personal. When the template has other fields
that do vary, FL304 (name-only-personalization) stays quiet, so this rule names each such
column at its first use. When nothing but the name varies, FL304 reports the template as a
whole and this rule leaves it to FL304. A name field (the greeting's or a given, family or
full name in the body) with one value is reported too, when a field varies (else FL304 speaks):
a name is never shared, the column was filled down and most readers get someone else's. The facts come from the recipient stream
(column_facts.py), so the verdict is given in ``finish()``, after the last record.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from ..column_facts import subject_names
from ..context import TemplateContext
from ..model import Finding, Span, escape_braces
from ..rule import SKIP, TemplateCheck
from ..shared_columns import shared_by_design
from ..variable_kinds import NAME_ROLES, is_event_variable, is_plumbing_variable, is_sender_variable


@dataclass(slots=True)
class _State:
    context: TemplateContext
    fields: dict[tuple[str, ...], Span]  # recipient fields that should differ, first use
    names: dict[tuple[str, ...], Span]  # the reader's name fields (greeting or body), first use


_READER_NAMES = frozenset({"given", "family", "full", "preferred"})  # not the honorific: "Dr" for a list of doctors


def _top(column: Any) -> Any:
    """The value most of the column holds."""
    top = column.top_value()
    return None if top is None else top[0]


class SameValueForEveryone(TemplateCheck):
    """FL322: a field with the same value for (nearly) every recipient, next to fields that vary."""

    def prepare(self, context: TemplateContext) -> Any:
        info = context.info
        if not context.has_recipients or info.compiled is None:
            return SKIP
        greeting = info.greeting
        slot_tags = {u.tag_index for u in greeting.slot_variables} if greeting is not None else set()
        fields: dict[tuple[str, ...], Span] = {}
        names: dict[tuple[str, ...], Span] = {}
        for use in info.variables:
            path = use.path
            if path in fields or path in names:
                continue
            role = context.role_of(path)
            if (use.tag_index in slot_tags or role in _READER_NAMES) and not is_sender_variable(path):
                names[path] = use.span  # "Hi {{ greeting_name }}": filled down, everyone gets one name
                continue
            if role in NAME_ROLES or role == "email":
                continue
            if is_plumbing_variable(path) or is_sender_variable(path) or is_event_variable(path):
                continue
            fields[path] = use.span
        for name in sorted(subject_names(info.subject)):  # "A quick idea about {{ pain_point }}"
            path = (name,)
            role = context.role_of(path)
            if path in fields or role in NAME_ROLES or role == "email" or is_plumbing_variable(path) \
                    or is_sender_variable(path) or is_event_variable(path):
                continue
            fields[path] = info.subject_span
        return _State(context, fields, names) if fields or names else SKIP

    def check(self, target: TemplateContext, state: _State) -> Iterable[Finding]:
        return ()  # the verdict needs the whole list: finish()

    def finish(self, state: _State) -> Iterable[Finding]:
        facts = state.context.column_facts
        if facts is None or not facts.records:
            return
        same = {path: facts.same_for_all(path) for path in state.fields}
        info = state.context.info
        # the list shares it on purpose and the email says so: an event's venue, a code for all
        same = {path: column for path, column in same.items()
                if column is None or not shared_by_design(info, path, _top(column))}
        if not same or all(column is not None for column in same.values()):
            return  # nothing else varies: FL304 reports the template as a whole
        for path, span in state.names.items():
            column = facts.same_for_all(path)
            if column is not None:  # a name is never shared by design: the column was filled down
                yield Finding(escape_braces(
                    f"{column.describe_same()}: every recipient is addressed by the same name, so most of them "
                    "get someone else's; fill the column with each recipient's own name"), span=span)
        for path, column in same.items():
            if column is None:
                continue
            yield Finding(
                escape_braces(
                    f"{column.describe_same()}, so this part of the email reads the same for everyone and "
                    "is not personalization; fill the column per recipient, or write the text into the template"
                ),
                span=state.fields[path],
            )
