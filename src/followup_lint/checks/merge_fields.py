"""FL307 empty-merge-field: a recipient variable outside the greeting that renders empty.

"The team from  on Tuesday", "your question about ." : the record has the field (a CSV
column, or a key other JSON records carry) but it is empty, only spaces or null for this
recipient, and the template gives no fallback. The greeting slot is FL103's; a field no record
has at all is FL003's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from ..context import MessageContext, TemplateContext
from ..model import Finding, Span, escape_braces
from ..recipients import fold_key
from ..rule import SKIP, MessageCheck
from ..templates import TemplateInfo, VariableUse

# Filters whose output is never empty text (a number, a count, a JSON literal).
_NEVER_EMPTY = frozenset({"length", "count", "int", "float", "abs", "round", "wordcount", "tojson", "list", "sum"})
_SNIPPET = 30  # characters of literal text shown either side of the empty spot
_PROBE = 24  # characters of literal text used to find the spot in the rendered message
_MAX_DEFERRED = 50



@dataclass(frozen=True, slots=True)
class _Risk:
    """One variable use that may render empty, worked out once per template."""

    use: VariableUse
    empty_ok: bool  # a fallback covers empty values and null (default(x, true), `or`)
    missing_ok: bool  # a fallback covers a missing key (any default(), `or`)
    in_block: bool  # inside {% if %} / {% for %}: it may not render for every recipient
    before: str  # literal text just before the tag, on the same line
    after: str  # literal text just after the tag, on the same line
    trimmed: bool  # whitespace control next to the tag: the probe is not exact
    fallback: str | None  # a neutral text to offer in a fix


@dataclass(slots=True)
class _State:
    by_path: dict[tuple[str, ...], list[_Risk]]
    seen: set[tuple[str, ...]] = field(default_factory=set)  # paths some record has
    deferred: dict[tuple[str, ...], list[int]] = field(default_factory=dict)  # rows missing a path not yet seen
    spans: dict[tuple[str, ...], Span] = field(default_factory=dict)


def _present(data: Mapping[str, Any], path: tuple[str, ...]) -> tuple[bool, Any]:
    """(whether the record has ``path``, its value)."""
    value: Any = data
    for part in path:
        if type(value) is not dict and not isinstance(value, Mapping):
            return True, value  # an attribute of a real value (``name.upper``): not a field lookup
        if part not in value:
            return False, None
        value = value[part]
    return True, value


def _block_depths(info: TemplateInfo) -> dict[int, int]:
    """For each tag index, how many {% if %} / {% for %} / {% macro %} blocks enclose it."""
    depth = 0
    depths: dict[int, int] = {}
    for index, tag in enumerate(info.tags):
        if tag.kind == "stmt":
            word = tag.inner.strip().split(None, 1)[0] if tag.inner.strip() else ""
            if word in ("if", "for", "macro", "call", "filter", "with"):
                depth += 1
            elif word in ("endif", "endfor", "endmacro", "endcall", "endfilter", "endwith"):
                depth = max(depth - 1, 0)
        depths[index] = depth
    return depths


def _neighbours(info: TemplateInfo, tag_index: int) -> tuple[str, str, bool]:
    """Literal text on the same line right before and after a tag; whether either side's
    whitespace may be stripped by ``{{-`` / ``-}}`` or a neighbouring ``{%- %}``."""
    text = info.source.text
    tags = info.tags
    tag = tags[tag_index]
    raw_tag = text[tag.start : tag.end]
    trimmed = raw_tag.startswith(("{{-", "{{+")) or raw_tag.endswith(("-}}", "+}}"))
    before = ""
    if tag_index > 0 and tags[tag_index - 1].kind == "text":
        chunk = text[tags[tag_index - 1].start : tags[tag_index - 1].end]
        before = chunk[chunk.rfind("\n") + 1 :]
    after = ""
    if tag_index + 1 < len(tags) and tags[tag_index + 1].kind == "text":
        chunk = text[tags[tag_index + 1].start : tags[tag_index + 1].end]
        newline = chunk.find("\n")
        after = chunk if newline == -1 else chunk[:newline]
    return before, after, trimmed


class EmptyMergeField(MessageCheck):
    """FL307: a merge field in the body that renders empty for some recipients."""

    needs_rendering = False  # reads the record; the rendered text only confirms a branch

    def prepare(self, context: TemplateContext) -> Any:
        info = context.info
        greeting = info.greeting
        slot_tags = {u.tag_index for u in greeting.slot_variables} if greeting is not None else set()
        depths = _block_depths(info)
        fallbacks: dict[str, str] = {}
        if info.locale == "en":  # the offered texts are English
            fallbacks = {fold_key(str(k)): str(v) for k, v in (self.data.get("fallbacks") or {}).items()}
        by_path: dict[tuple[str, ...], list[_Risk]] = {}
        spans: dict[tuple[str, ...], Span] = {}
        for use in info.variables:
            if use.tag_index in slot_tags or use.guarded:
                continue  # the greeting is FL103's; `{% if company %}` guards it
            if _NEVER_EMPTY.intersection(use.filters):
                continue
            default = use.default
            empty_ok = use.has_fallback and (default is None or default.covers_empty)
            missing_ok = use.has_fallback
            if empty_ok and _trims_first(use):
                continue  # `x | trim | default('y', true)`: nothing can render empty
            before, after, trimmed = _neighbours(info, use.tag_index)
            risk = _Risk(use, empty_ok, missing_ok, depths.get(use.tag_index, 0) > 0, before, after, trimmed,
                         _fallback(use, fallbacks))
            by_path.setdefault(use.path, []).append(risk)
            spans.setdefault(use.path, use.span)
        if not by_path:
            return SKIP
        return _State(by_path, spans=spans)

    def check(self, message: MessageContext, state: _State) -> Iterable[Finding]:
        data = message.recipient.data
        for path, risks in state.by_path.items():
            present, value = _present(data, path)
            if present:
                if path not in state.seen:
                    state.seen.add(path)
                if value is None:
                    kind = "null"
                elif isinstance(value, str) and not value.strip():
                    kind = "spaces" if value else "empty"
                else:
                    continue
            else:
                kind = "missing"
            for risk in risks:
                if not _at_risk(risk, kind):
                    continue
                if not self._renders(message, risk, kind, value):
                    continue
                if kind == "missing" and path not in state.seen:
                    # no record so far has this key: either FL003's (no record at all) or an
                    # earlier record than the first one that has it; decided in finish()
                    rows = state.deferred.setdefault(path, [])
                    if len(rows) < _MAX_DEFERRED and message.recipient.ref.row not in rows:
                        rows.append(message.recipient.ref.row)
                    continue
                yield self._finding(risk, kind)

    def finish(self, state: _State) -> Iterable[Finding]:
        for path, rows in state.deferred.items():
            if path not in state.seen or not rows:
                continue  # no record has it: FL003 reports that
            dotted = ".".join(path)
            shown = ", ".join(str(r) for r in rows[:10]) + (" ..." if len(rows) > 10 else "")
            yield Finding(
                escape_braces(f"{dotted!r} is missing from {len(rows)} record(s) that came before the first record with it "
                     f"(rows {shown}); it renders as empty text in their messages"),
                span=state.spans.get(path),
            )

    # ------------------------------------------------------------------ helpers

    def _renders(self, message: MessageContext, risk: _Risk, kind: str, value: Any) -> bool:
        """Whether the empty spot is in what this recipient reads. Outside blocks the data says
        so; inside an {% if %} / {% for %} the rendered text must show the spot."""
        if not risk.in_block:
            return True
        if not (risk.before.strip() or risk.after.strip()):
            return True  # nothing to look for: trust the data
        text = message.text
        before = risk.before[-_PROBE:]
        after = risk.after[:_PROBE]
        if risk.trimmed or (set(risk.use.filters) - {"default", "d"}):
            probe = before if before.strip() else after
            return probe in text
        middle = {"null": "None", "spaces": value if isinstance(value, str) else ""}.get(kind, "")
        return (before + middle + after) in text

    def _finding(self, risk: _Risk, kind: str) -> Finding:
        use = risk.use
        dotted = use.dotted
        state_word = {
            "empty": "is empty",
            "spaces": "holds only spaces",
            "null": "is null",
            "missing": "is missing",
        }[kind]
        if kind == "null" and not risk.empty_ok:
            effect = "it renders as the word \"None\""
        else:
            effect = "it renders as empty text"
        snippet = _snippet(risk, "None" if effect.endswith('"None"') else "")
        reads = f", so the message reads \"{snippet}\"" if snippet else f"; {effect}"
        hint = ""
        if use.default is not None and not use.default.covers_empty and kind in ("empty", "null", "spaces"):
            fallback = use.default.fallback if use.default.fallback is not None else ""
            what = "null" if kind == "null" else "empty"
            hint = (f"; default({fallback!r}) only applies when the field is missing, not when it is {what}: "
                    f"use default({fallback!r}, true)")
        elif kind == "spaces" and use.has_fallback:
            hint = ("; spaces count as a value for the fallback: trim first, "
                    f"{{{{ {dotted} | trim | default(..., true) }}}}")
        elif not use.has_fallback:
            hint = f"; add a fallback or wrap the sentence in {{% if {dotted} %}}"
        return Finding(
            escape_braces(f"{dotted!r} {state_word} for this recipient{reads}{hint}"),
            span=use.span,
            fix=_fix(use, risk.fallback, trim=kind == "spaces"),
        )


def _trims_first(use: VariableUse) -> bool:
    filters = use.filters
    if "trim" not in filters:
        return False
    defaults = [i for i, f in enumerate(filters) if f in ("default", "d")]
    return not defaults or filters.index("trim") < defaults[0]


def _at_risk(risk: _Risk, kind: str) -> bool:
    if kind == "missing":
        return not risk.missing_ok
    if kind == "spaces":
        return True  # `or` and default(x, true) both take spaces as a value
    return not risk.empty_ok


def _fallback(use: VariableUse, fallbacks: dict[str, str]) -> str | None:
    if set(use.filters) - {"default", "d", "trim"}:
        return None  # other filters (with arguments we do not keep): no safe one-line rewrite
    if use.default is not None and isinstance(use.default.fallback, str) and use.default.fallback.strip():
        return use.default.fallback  # the template's own text
    return fallbacks.get(fold_key(use.leaf))


def _fix(use: VariableUse, fallback: str | None, *, trim: bool) -> str | None:
    if fallback is None:
        return None
    trim_part = " | trim" if trim else ""
    return escape_braces(f"{{{{ {use.dotted}{trim_part} | default({fallback!r}, true) }}}}")


def _snippet(risk: _Risk, middle: str) -> str:
    before = risk.before[-_SNIPPET:]
    if len(risk.before) > _SNIPPET and " " in before:
        before = before[before.index(" ") + 1 :]  # start at a word
    before = before.lstrip()
    after = risk.after[:_SNIPPET]
    if len(risk.after) > _SNIPPET and " " in after:
        after = after[: after.rindex(" ")]  # end at a word
    after = after.rstrip()
    if not (before.strip() or after.strip()):
        return ""
    lead = "…" if len(risk.before.strip()) > len(before.strip()) else ""
    tail = "…" if len(risk.after.strip()) > len(after.strip()) else ""
    return _MARKUP.sub("", f"{lead}{before}{middle}{after}{tail}")


_MARKUP = re.compile(r"<[^<>]*>")  # HTML tags: show what the reader sees
