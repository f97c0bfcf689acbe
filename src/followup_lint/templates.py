"""Sandboxed parsing and the once-per-template analysis (reading a template file and its front
matter is :mod:`.template_source`, re-exported here)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from jinja2 import Template, TemplateSyntaxError, meta, nodes

from .locales import LocaleData
from .model import Span
from .parse_cache import expression
from .sandbox import LintSandbox
from .source import LineIndex, Tag, scan_tags
from .template_source import (  # part of this module's interface
    DEFAULT_TEMPLATE_SUFFIXES,
    FRONT_MATTER_KEYS,
    TEMPLATE_KINDS,
    FrontMatterProblem,
    TemplateSource,
    load_template_file,
    read_template_source,
)
from .template_text import (  # the dataclasses are part of this module's interface
    DefaultUse,
    Greeting,
    VariableUse,
    find_greeting,
    neutral_text,
    unsafe_accesses,
)

__all__ = [
    "DEFAULT_TEMPLATE_SUFFIXES", "FRONT_MATTER_KEYS", "TEMPLATE_KINDS", "DefaultUse", "FrontMatterProblem", "Greeting",
    "TemplateInfo", "TemplateSource", "VariableUse", "analyse_template", "load_template_file", "parse_env",
    "read_template_source", "tested_names", "walk_expression",
]

_HTML_HINT = re.compile(r"<(?:p|br|div|html|body|table|td|span|a)\b", re.I)


# --------------------------------------------------------------------------------------
# Analysis


@dataclass(slots=True)
class TemplateInfo:
    """Everything rules need to know about a template that does not depend on a recipient."""

    source: TemplateSource
    compiled: Template | None
    syntax_error: TemplateSyntaxError | None
    tags: list[Tag]
    line_index: LineIndex
    variables: list[VariableUse]
    context_names: frozenset[str]  # top-level names the template reads from the context
    greeting: Greeting | None
    neutral_text: str  # body with tags removed and expressions replaced by stand-ins
    neutral_map: list[tuple[int, int, int]]  # (neutral start, source start, length)
    is_html: bool
    locale: str
    subject: str | None
    unsafe_accesses: list[tuple[str, Span]] = field(default_factory=list)

    @property
    def path(self) -> str:
        return self.source.path

    @property
    def kind(self) -> str | None:
        return self.source.kind

    @property
    def subject_span(self) -> Span:
        """Where the subject is written: its front matter line (line 1 when given by the API)."""
        return self.source.key_spans.get("subject", Span.point(1))

    def span(self, start: int, end: int) -> Span:
        """Span for source offsets (file coordinates)."""
        return self.line_index.span(start, end)

    def source_offset(self, neutral_offset: int) -> int:
        """Map an offset in :attr:`neutral_text` back to the template source."""
        best = self.source.body_offset
        for n_start, s_start, length in self.neutral_map:
            if n_start > neutral_offset:
                break
            if neutral_offset < n_start + length:
                return s_start + (neutral_offset - n_start)
            best = s_start + length
        return best

    def neutral_span(self, start: int, end: int) -> Span:
        source_start = self.source_offset(start)
        source_end = self.source_offset(max(end - 1, start)) + 1
        for tag in self.tags:  # a range ending in a stand-in covers the whole {{ ... }} tag
            if tag.kind == "expr" and tag.start < source_end < tag.end:
                source_end = tag.end
                break
        return self.line_index.span(source_start, max(source_end, source_start + 1))

    def stand_ins(self) -> list[tuple[int, int, int]]:
        """``(neutral start, neutral end, tag index)`` of every expression stand-in that reads a
        variable: where ``{{ company }}`` sits in :attr:`neutral_text` (as "Example")."""
        by_start = {self.tags[use.tag_index].start: use.tag_index for use in self.variables}
        entries = self.neutral_map
        ranges: list[tuple[int, int, int]] = []
        for index, (n_start, s_start, length) in enumerate(entries):
            if length or s_start not in by_start:
                continue
            n_end = entries[index + 1][0] if index + 1 < len(entries) else len(self.neutral_text)
            ranges.append((n_start, n_end, by_start[s_start]))
        return ranges

    def literal_text(self) -> str:
        """The template's literal text (no tags), for static scans."""
        text = self.source.text
        return "".join(text[t.start : t.end] for t in self.tags if t.kind == "text")

    def uses_variable(self, *names: str) -> bool:
        wanted = {n.lower() for n in names}
        return any(v.leaf.lower() in wanted or v.path[0].lower() in wanted for v in self.variables)


def analyse_template(
    source: TemplateSource,
    env: LintSandbox,
    locales: LocaleData,
    *,
    subject: str | None = None,
    default_locale: str | None = None,
) -> TemplateInfo:
    """Parse ``source`` in the sandbox and compute the recipient-independent model.

    The locale is the front matter's, else ``default_locale`` (configuration), else the one
    the greeting word belongs to, else English."""
    body = source.body
    base = source.body_offset
    line_index = LineIndex(source.text)
    tags = [
        Tag(t.kind, t.start + base, t.end + base, t.inner) for t in scan_tags(body)
    ]
    compiled: Template | None = None
    syntax_error: TemplateSyntaxError | None = None
    context_names: frozenset[str] = frozenset()
    try:
        ast = env.parse(body, filename=source.path)
        context_names = frozenset(meta.find_undeclared_variables(ast)) - frozenset(env.globals)
        compiled = env.from_string(ast)
    except TemplateSyntaxError as exc:
        syntax_error = exc
    is_html = bool(_HTML_HINT.search(body))
    variables = _variable_uses(source.text, tags, env, line_index, context_names, compiled is not None)
    neutral, neutral_map = neutral_text(source.text, tags, variables, is_html)
    explicit = source.locale or default_locale
    locale = explicit or locales.default_locale
    greeting = find_greeting(
        source.text, tags, variables, line_index, neutral, neutral_map, locales, explicit
    )
    if greeting is not None and explicit is None:
        locale = greeting.locale
    unsafe = unsafe_accesses(source.text, tags, line_index)
    return TemplateInfo(
        unsafe_accesses=unsafe,
        source=source,
        compiled=compiled,
        syntax_error=syntax_error,
        tags=tags,
        line_index=line_index,
        variables=variables,
        context_names=context_names,
        greeting=greeting,
        neutral_text=neutral,
        neutral_map=neutral_map,
        is_html=is_html,
        locale=locale,
        subject=subject if subject is not None else source.subject,
    )


def _variable_uses(
    text: str,
    tags: list[Tag],
    env: LintSandbox,
    line_index: LineIndex,
    context_names: frozenset[str],
    parsed: bool,
) -> list[VariableUse]:
    uses: list[VariableUse] = []
    guards: list[set[str]] = []
    negated: list[set[str]] = []  # per open if: names true in its else ({% if not company %})
    for index, tag in enumerate(tags):
        if tag.kind == "stmt":
            _track_guards(tag.inner, guards, env, negated)
            continue
        if tag.kind != "expr":
            continue
        try:
            expr_ast = expression(tag.inner)  # parsed once per distinct expression (parse_cache.py)
        except TemplateSyntaxError:
            continue
        output = expr_ast.body[0] if expr_ast.body else None
        if not isinstance(output, nodes.Output) or not output.nodes:
            continue
        expr = output.nodes[0]
        active_guards = set().union(*guards) if guards else set()
        for found in _walk_expression(expr):
            path, filters, default, fallback = found
            if parsed and path[0] not in context_names:
                continue
            offset = _locate_name(text, tag, path[0])
            span = line_index.span(offset, _path_end(text, offset, tag.end - 2, path))
            uses.append(
                VariableUse(
                    path=path,
                    span=span,
                    filters=filters,
                    default=default,
                    has_fallback=fallback or (default is not None),
                    guarded=path[0] in active_guards or ".".join(path) in active_guards,
                    tag_index=index,
                )
            )
    return uses


def _track_guards(inner: str, guards: list[set[str]], env: LintSandbox, negated: list[set[str]] | None = None) -> None:
    words = inner.strip().split(None, 1)
    if not words:
        return
    keyword = words[0]
    negated = [] if negated is None else negated
    if keyword == "if":
        test = words[1] if len(words) > 1 else ""
        guards.append(_tested_names(test, env))
        negated.append(_negated_names(test))
    elif keyword == "elif" and guards:
        test = words[1] if len(words) > 1 else ""
        guards[-1] = _tested_names(test, env) | (negated[-1] if negated else set())
        if negated:
            negated[-1] = negated[-1] | _negated_names(test)
    elif keyword == "else" and guards:
        guards[-1] = set(negated[-1]) if negated else set()  # the if's `not company` failed
    elif keyword == "endif" and guards:
        guards.pop()
        if negated:
            negated.pop()


def _negated_names(test: str) -> set[str]:
    """Names an ``{% if %}`` test proves present when it fails: ``not company``, ``company is
    not defined``, ``company is undefined``, or several joined by ``or``."""
    try:
        ast = expression(test)
    except TemplateSyntaxError:
        return set()
    output = ast.body[0] if ast.body else None
    if not isinstance(output, nodes.Output) or not output.nodes:
        return set()

    def visit(node: nodes.Node) -> set[str]:
        if isinstance(node, nodes.Or):
            return visit(node.left) | visit(node.right)
        target = None
        if isinstance(node, nodes.Not):
            inner = node.node
            target = inner.node if isinstance(inner, nodes.Test) and inner.name == "defined" else inner
        elif isinstance(node, nodes.Test) and node.name in ("undefined", "none"):
            target = node.node
        path = _path_of(target) if target is not None else None
        return {path[0], ".".join(path)} if path else set()

    return visit(output.nodes[0])


def tested_names(test: str) -> set[str]:
    """Names (and dotted paths) an ``{% if %}`` test reads: ``attended and company`` ->
    {"attended", "company"}. Parse only; nothing is rendered."""
    return _tested_names(test, _parse_env())


@functools.cache
def parse_env() -> LintSandbox:
    """A sandbox for parsing only. Parse template text with this, never a plain Environment:
    its parse and compile limits become syntax errors, and its code generator does not fold
    ``['x' * 200000] * 200000`` into a constant (which ``meta.find_undeclared_variables`` would)."""
    return LintSandbox()


_parse_env = parse_env


def _tested_names(test: str, env: LintSandbox) -> set[str]:
    try:
        ast = expression(test)
    except TemplateSyntaxError:
        return set()
    names: set[str] = set()
    for node in ast.find_all((nodes.Name, nodes.Getattr, nodes.Getitem)):
        path = _path_of(node)
        if path:
            names.add(path[0])
            names.add(".".join(path))
    return names


def _path_of(node: nodes.Node) -> tuple[str, ...] | None:
    parts: list[str] = []
    while True:
        if isinstance(node, nodes.Name):
            parts.append(node.name)
            return tuple(reversed(parts))
        if isinstance(node, nodes.Getattr):
            parts.append(node.attr)
            node = node.node
        elif isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
            parts.append(node.arg.value)
            node = node.node
        else:
            return None


def _walk_expression(
    expr: nodes.Node,
) -> Iterable[tuple[tuple[str, ...], tuple[str, ...], DefaultUse | None, bool]]:
    """Yield (path, filters applied, default filter, has other fallback) for each variable."""
    results: list[tuple[tuple[str, ...], tuple[str, ...], DefaultUse | None, bool]] = []

    def visit(node: nodes.Node, filters: tuple[str, ...], default: DefaultUse | None, fallback: bool) -> None:
        if isinstance(node, (nodes.Name, nodes.Getattr, nodes.Getitem)):
            path = _path_of(node)
            if path is not None:
                results.append((path, filters, default, fallback))
                return
        if isinstance(node, nodes.Filter):
            name = node.name
            new_default = default
            if name in ("default", "d"):
                fallback_value: Any = None
                covers_empty = False
                if node.args and isinstance(node.args[0], nodes.Const):
                    fallback_value = node.args[0].value
                if len(node.args) > 1 and isinstance(node.args[1], nodes.Const):
                    covers_empty = bool(node.args[1].value)
                for kwarg in node.kwargs:
                    if kwarg.key == "boolean" and isinstance(kwarg.value, nodes.Const):
                        covers_empty = bool(kwarg.value.value)
                    if kwarg.key == "default_value" and isinstance(kwarg.value, nodes.Const):
                        fallback_value = kwarg.value.value
                new_default = DefaultUse(fallback_value, covers_empty)
            if node.node is not None:
                visit(node.node, (name,) + filters, new_default, fallback)
            for arg in node.args:
                visit(arg, (), None, fallback)
            return
        if isinstance(node, nodes.Or):
            visit(node.left, filters, default, True)
            visit(node.right, filters, default, fallback)
            return
        if isinstance(node, nodes.CondExpr):
            tested = {p[0] for p, *_ in _collect(node.test)}
            for branch in (node.expr1, node.expr2):
                if branch is None:
                    continue
                for path, f, d, fb in _collect(branch):
                    results.append((path, f + filters, d or default, fb or fallback or path[0] in tested))
            return
        for child in node.iter_child_nodes():
            visit(child, filters, default, fallback)

    visit(expr, (), None, False)
    return results


walk_expression = _walk_expression  # (path, filters, default filter, other fallback) per variable read


def _collect(node: nodes.Node) -> list[tuple[tuple[str, ...], tuple[str, ...], DefaultUse | None, bool]]:
    return list(_walk_expression(node))


def _locate_name(text: str, tag: Tag, name: str) -> int:
    """Offset of the first use of ``name`` inside ``tag`` (the tag start if not found)."""
    inner_start = tag.start + 2
    match = re.compile(r"(?<![\w.'\"])" + re.escape(name) + r"\b").search(text, inner_start, tag.end - 2)
    return match.start() if match else tag.start


def _path_end(text: str, offset: int, limit: int, path: tuple[str, ...]) -> int:
    """End offset of ``path`` written at ``offset``: ``a.b``, ``a['b']`` or ``a["b"]``."""
    if not text.startswith(path[0], offset):
        return offset + len(".".join(path))
    pos = offset + len(path[0])
    for part in path[1:]:
        step = re.compile(
            r"\s*(?:\.\s*" + re.escape(part) + r"\b|\[\s*(['\"])" + re.escape(part) + r"\1\s*\])"
        ).match(text, pos, limit)
        if step is None:
            break
        pos = step.end()
    return pos
