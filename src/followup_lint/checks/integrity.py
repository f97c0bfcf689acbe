"""Template and input integrity checks (FL0xx) that run as ordinary rules.

Syntax, render, limit, load and input errors are found by the engine itself while it works;
their rules use :class:`EngineReported` so they can still be selected, ignored and documented.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from jinja2 import TemplateSyntaxError

from ..column_names import fold_column
from ..context import MessageContext, TemplateContext
from ..model import Finding, Severity, escape_braces
from ..parse_cache import names_read, subject_names
from ..placeholders import Placeholder, PlaceholderFinder, default_finder, placeholder_vocabulary, suggested_variable
from ..text_layout import layout
from ..recipients import lookup
from ..rule import SKIP, MessageCheck, TemplateCheck
from ..templates import VariableUse
from .fallbacks import intended_paths
from .unseen_paths import UnseenPaths


def _unguarded_subject_names(subject: str | None) -> list[str]:
    """Top-level names the subject line prints without a fallback (``"Notes for {{ compny }}"``);
    names with ``default()`` / ``or`` / an ``{% if %}`` in the subject are intended to be missing."""
    guarded = []
    for name in sorted(subject_names(subject, statements=True)):
        word = re.escape(name)
        if re.search(rf"\b{word}\b[\w.\[\]'\"]*\s*(?:\|\s*(?:default|d)\b|or\b)|\bif\s+(?:not\s+)?{word}\b", subject) is None:
            guarded.append(name)
    return guarded


class EngineReported(TemplateCheck):
    """Placeholder logic for rules whose findings the engine reports as it runs."""

    def prepare(self, context: Any) -> Any:
        return SKIP

    def check(self, target: Any, state: Any) -> Iterable[Finding]:
        return ()


# ------------------------------------------------------------------------ FL003


@dataclass(slots=True)
class _UndefinedState(UnseenPaths):
    subject: Any = None  # where the subject line is, for names only the subject reads
    subject_only: set[tuple[str, ...]] = field(default_factory=set)


class UndefinedVariable(MessageCheck):
    """A variable no recipient record provides: usually a typo (``frist_name``)."""

    parallel_safe = False  # needs to see every record
    needs_rendering = False  # a misspelt `compnay.name` fails to render: report it all the same

    def prepare(self, context: TemplateContext) -> Any:
        intended = intended_paths(context.info)  # default(), `or`, {% if x is defined %}: FL321's
        uses: dict[tuple[str, ...], list[VariableUse]] = {}
        for use in context.info.variables:
            if use.path not in intended:
                uses.setdefault(use.path, []).append(use)
        for name in context.info.context_names:
            if (name,) not in intended:
                uses.setdefault((name,), [])
        subject_only = {(name,) for name in _unguarded_subject_names(context.info.subject)
                        if (name,) not in uses and (name,) not in intended
                        and not any(p[0] == name for p in list(uses) + list(intended))}
        for path in subject_only:
            uses[path] = []
        if not uses:
            return SKIP
        return _UndefinedState(uses, set(uses), subject=context.info.subject_span, subject_only=subject_only)

    def check(self, target: MessageContext, state: _UndefinedState) -> Iterable[Finding]:
        state.see(target.recipient.data)
        return ()

    def finish(self, state: _UndefinedState) -> Iterable[Finding]:
        if not state.records:
            return
        # the shortest missing path only: if `contact` is missing, not `contact.name` too
        for path, uses in state.missing():
            field_names = sorted(state.fields)
            candidates = difflib.get_close_matches(".".join(path), field_names, n=1, cutoff=0.6)
            hint = f"; did you mean {candidates[0]!r}?" if candidates else "."
            if not candidates:  # "{{ contact.firstname }}": another tool's object around a column the list has
                meant = _field_of_object(path, state.uses, field_names)
                if meant is not None:
                    hint = escape_braces(f"; did you mean {meant[1]!r}? ({'.'.join(meant[0])!r} reads another tool's "
                                         f"{path[0]!r} object, as HubSpot, Brevo or Marketo write it).")
            dotted = ".".join(path)
            where = "recipient record" if state.records == 1 else f"of the {state.records} recipient records"
            base = escape_braces(f"{dotted!r} is not a field of any {where}{hint}")
            if path in state.subject_only:
                yield Finding(base + " It renders as empty text in the subject line.", span=state.subject,
                              fix=candidates[0] if candidates else None)
                continue
            if not uses:  # read only in a statement tag ({% if ... %})
                yield Finding(base + " It is read in a template tag.")
                continue
            for use in uses:
                if use.has_fallback:
                    yield Finding(base + " Every recipient gets the fallback text instead.", span=use.span,
                                  fix=candidates[0] if candidates else None, severity=Severity.WARNING)
                else:
                    yield Finding(base + " It renders as empty text.", span=use.span,
                                  fix=candidates[0] if candidates else None)


# ------------------------------------------------------------------------ FL004 (static part)


class UnsafeAttribute(TemplateCheck):
    """Attribute access the sandbox blocks, found before anything is rendered."""

    def check(self, target: TemplateContext, state: Any) -> Iterable[Finding]:
        for attribute, span in target.info.unsafe_accesses:
            yield Finding(
                f"access to {attribute!r} is not allowed in the sandbox; templates may only read recipient fields",
                span=span,
            )


# ------------------------------------------------------------------------ FL006 / FL007


@dataclass(frozen=True, slots=True)
class _TagPattern:
    label: str
    regex: re.Pattern[str]


def _compile_tag_patterns(data: dict[str, Any]) -> list[_TagPattern]:
    patterns = []
    for entry in data.get("merge_tags", []):
        flags = re.IGNORECASE if entry.get("ignore_case", False) else 0
        patterns.append(_TagPattern(str(entry["label"]), re.compile(str(entry["pattern"]), flags)))
    return patterns


def find_merge_tags(text: str, patterns: list[_TagPattern]) -> Iterable[tuple[str, int, int]]:
    taken: list[tuple[int, int]] = []
    for pattern in patterns:
        for match in pattern.regex.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            yield pattern.label, start, end


class ForeignMergeTag(TemplateCheck):
    """Merge tags of another tool and hand-written placeholders ("[REPLAY LINK]") in the
    template's literal text and subject: Jinja leaves them as they are. What counts as a
    placeholder is :mod:`followup_lint.placeholders`; ``data.merge_tags`` adds tool patterns."""

    def prepare(self, context: TemplateContext) -> Any:
        extra = list(self.data.get("merge_tags") or ())
        return PlaceholderFinder(placeholder_vocabulary(), extra) if extra else default_finder()

    def check(self, target: TemplateContext, state: PlaceholderFinder) -> Iterable[Finding]:
        info = target.info
        text = info.source.text
        where = layout(text)  # code samples and quotations of the whole template, once
        for tag in info.tags:
            if tag.kind != "text":
                continue
            for found in state.find(text, tag.start, tag.end, where=where):
                yield Finding(
                    escape_braces(f"{found.text!r} is a {found.label}{_why(found)}; Jinja will send it to recipients "
                                  "exactly as written" + _instead(found)),
                    span=info.span(found.start, found.end),
                )
        for tag in info.tags:
            if tag.kind == "expr":
                message = _foreign_expression(text[tag.start : tag.end], tag.inner)
                if message is not None:
                    yield Finding(message, span=info.span(tag.start, tag.end))
        subject = info.subject or ""
        for found in state.find(subject, subject=True):
            yield Finding(
                escape_braces(f"the subject line holds {found.text!r}, a {found.label}{_why(found)} that Jinja will "
                              "not fill" + _instead(found)),
                span=info.subject_span,
            )
        for match in _SUBJECT_EXPRESSION.finditer(subject):
            message = _foreign_expression(match.group(0), match.group(1))
            if message is not None:
                yield Finding("the subject line holds " + message, span=info.subject_span)


# "{{First Name}}", "{{ Company Name }}": a mail-merge field written with spaces, as Mailmerge,
# YAMM or GMass write them; Jinja cannot parse it (FL001) and would never fill it
_FIELD_WORDS = r"\s*[^\W\d][\w'’]*(?:\s+[^\W\d][\w'’]*){1,4}\s*"
_SPACED_FIELD = re.compile(_FIELD_WORDS)
_SUBJECT_EXPRESSION = re.compile(r"\{\{-?(.*?)-?\}\}", re.S)
_JINJA_WORDS = frozenset({"is", "and", "or", "not", "in", "if", "else", "recursive", "true", "false", "none"})
# "{{lead.First Name}}", "{{lead.FirstName:default=there}}": a Marketo token (an object, a field
# that may have spaces, an optional ":default=")
_MARKETO = re.compile(r"\s*[A-Za-z]\w*\.([^\W\d][\w'’]*(?:\s+[^\W\d][\w'’]*){0,4})\s*(?::\s*default\s*=\s*([^{}]*?))?\s*")
# "{{ first_name | default: 'there' }}": a filter with a colon (Liquid: Klaviyo, Customer.io, Shopify; Django)
_COLON_FILTER = re.compile(r"\s*([^\W\d][\w.]*)\s*\|\s*([^\W\d]\w*)\s*:\s*(.+?)\s*")


def _field_of_object(root: tuple[str, ...], uses: dict[tuple[str, ...], list[VariableUse]],
                     fields: list[str]) -> tuple[tuple[str, ...], str] | None:
    """For a missing object (``contact``), the first use below it whose last part is a column of
    the list in another spelling: (``("contact", "firstname")``, ``"first_name"``)."""
    folded = {fold_column(f): f for f in fields if "." not in f}
    for path in uses:
        if len(path) == len(root) + 1 and path[: len(root)] == root:
            meant = folded.get(fold_column(path[-1]))
            if meant is not None:
                return path, meant
    return None


def _foreign_expression(tag: str, inner: str) -> str | None:
    """What is wrong with an expression tag written in another tool's syntax, or None."""
    if _JINJA_WORDS.intersection(inner.casefold().split()):
        return None
    if _SPACED_FIELD.fullmatch(inner):
        return _spaced_message(tag)
    marketo = _MARKETO.fullmatch(inner)
    if marketo is not None and (" " in marketo.group(1).strip() or marketo.group(2) is not None):
        name = _column_name(marketo.group(1))
        fallback = marketo.group(2)
        write = f"{{{{ {name} | default({_quoted(fallback)}, true) }}}}" if fallback else f"{{{{ {name} }}}}"
        return escape_braces(f"{tag!r} is a Marketo token, which Jinja cannot read; name the column without "
                             f"spaces and write {write}")
    colon = _COLON_FILTER.fullmatch(inner)
    if colon is not None:
        variable, name, argument = colon.groups()
        return escape_braces(f"{tag!r} is a Liquid-style filter (Klaviyo, Customer.io, Shopify), which Jinja "
                             f"cannot read; write {{{{ {variable} | {name}({argument}) }}}}")
    return None


def _column_name(words: str) -> str:
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", words)
    return "_".join(w.casefold() for w in re.findall(r"[^\W\d][\w'’]*", spaced))


def _quoted(value: str) -> str:
    value = value.strip()
    return value if value[:1] in "'\"" and value[-1:] == value[:1] else repr(value)


def _spaced_message(tag: str) -> str:
    words = re.findall(r"[^\W\d][\w'’]*", tag)
    name = "_".join(w.casefold() for w in words)
    return escape_braces(f"{tag!r} is a mail-merge field written with spaces, which Jinja cannot read; "
                         f"name the column without spaces and write {{{{ {name} }}}}")


def _why(found: Placeholder) -> str:
    """Why the text was read as a placeholder, for the message: " ('Stadt' names a slot to fill)"."""
    return f" ({found.reason})" if found.reason and not found.label.endswith("merge tag") else ""


def _instead(found: Placeholder) -> str:
    if found.label.endswith("merge tag"):
        return ""
    name = suggested_variable(found)
    return f"; write a Jinja expression such as {{{{ {name} }}}}" if name else "; fill it in or use a Jinja expression"


@dataclass(slots=True)
class _UnrenderedState:
    patterns: list[_TagPattern]
    static_hits: frozenset[str]
    names: frozenset[str] = frozenset()  # context names whose values may carry tags
    reported: set[str] = field(default_factory=set)


def _source_of(literal: str, message: MessageContext) -> Any:
    """The template expression whose value for this recipient carries ``literal``."""
    data = message.recipient.data
    for use in message.template.info.variables:
        value = lookup(data, use.path)
        if isinstance(value, str) and literal in value:
            return use.span
    return None


_TAG_TRIGGERS = ("{", "|*", "%", "«", "[", "((")


def _data_may_hold_tags(message: MessageContext, names: Iterable[str]) -> bool:
    data = message.recipient.data
    for name in names:
        value = data.get(name) if type(data) is dict else lookup(data, (name,))
        if isinstance(value, str):
            if any(trigger in value for trigger in _TAG_TRIGGERS):
                return True
        elif value is not None and not isinstance(value, (int, float, bool)):
            return True  # nested data: let the full scan decide
    return False


def _names_read(context: TemplateContext) -> frozenset[str]:
    """Context names read by the body and by the subject line (which may use others)."""
    names = set(context.info.context_names)
    subject = context.info.subject
    if subject and ("{{" in subject or "{%" in subject):
        try:
            names |= names_read(subject)
        except TemplateSyntaxError:
            pass  # reported by the engine as FL001
    return frozenset(names)


class UnrenderedMergeTag(MessageCheck):
    """Merge-tag syntax in the rendered message that came from recipient data (or a nested template)."""

    record_memo = True

    def prepare(self, context: TemplateContext) -> Any:
        patterns = _compile_tag_patterns(dict(self.data))
        literal = context.info.literal_text() + (context.info.subject or "")
        static = frozenset(literal[s:e] for _, s, e in find_merge_tags(literal, patterns))
        return _UnrenderedState(patterns, static, _names_read(context))

    def check(self, target: MessageContext, state: _UnrenderedState) -> Iterable[Finding]:
        # Tags can only come from the recipient's data: look there first (cheap), and only
        # then confirm in the rendered message and subject.
        if not _data_may_hold_tags(target, state.names):
            return
        for where, text in (("message", target.text), ("subject line", target.subject or "")):
            if not text or ("{" not in text and "|" not in text and "%" not in text and "«" not in text
                            and "[" not in text and "((" not in text):
                continue
            for label, start, end in find_merge_tags(text, state.patterns):
                literal = text[start:end]
                if literal in state.static_hits:
                    continue
                yield Finding(
                    f"the rendered {where} contains {{tag}}, an unrendered {label} merge tag that came from the recipient's data",
                    span=_source_of(literal, target),
                    personal={"tag": literal},
                )
