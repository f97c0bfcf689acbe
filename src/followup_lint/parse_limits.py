"""Limits hit while parsing or compiling a template, turned into ordinary syntax errors.

Jinja's parser and code generator are recursive, and the Python code they generate is
compiled by Python, which has its own limits. A template with 70 nested parentheses, 99 nested
``if`` blocks, 21 nested ``for`` loops, 200 chained filters or terms, or an integer literal of
more than 4,300 digits makes one of them raise ``RecursionError``, ``SyntaxError``,
``ValueError`` or ``MemoryError``, none of which is a ``TemplateSyntaxError``. Left alone, that
ends the whole run. :func:`limit_error` turns it into a ``TemplateSyntaxError`` on the line that
caused it, so the template is reported (FL001) and the others are still linted.
"""

from __future__ import annotations

import re
from typing import Iterable

from jinja2 import nodes
from jinja2.exceptions import TemplateSyntaxError

from .source import LineIndex, scan_tags

LIMIT_ERRORS: tuple[type[BaseException], ...] = (RecursionError, SyntaxError, ValueError, MemoryError, OverflowError)
"""What Jinja's parser and Python's compiler raise when a template is too deep or too big."""

MAX_NESTING = 50
"""Deepest template tree compiled: legitimate templates stay far below it, and Jinja's optimizer
takes cubic time in the length of a filter chain (200 chained filters take 25 s)."""

_LONG_INTEGER = re.compile(r"\d[\d_]{4300,}")
_BLOCK_OPENERS = frozenset({"if", "for", "macro", "call", "filter", "with", "block", "autoescape", "set"})
_BLOCK_CLOSERS = frozenset({"endif", "endfor", "endmacro", "endcall", "endfilter", "endwith", "endblock",
                            "endautoescape", "endset"})


def describe(exc: BaseException) -> str:
    """Why the template could not be compiled, in words a template author can act on."""
    if isinstance(exc, RecursionError):
        return "the template is nested too deeply to compile (too many levels of brackets, blocks, filters or terms)"
    if isinstance(exc, ValueError) and "digits" in str(exc):
        return "an integer literal is too long (more than 4,300 digits)"
    if isinstance(exc, SyntaxError):
        detail = (exc.msg or "").rstrip(".")
        return f"the template is nested too deeply to compile ({detail})" if detail else (
            "the template is nested too deeply to compile")
    if isinstance(exc, MemoryError):
        return "the template is too complex to compile (out of memory)"
    return f"the template could not be compiled: {type(exc).__name__}: {exc}"


def limit_error(exc: BaseException, source: str | None, ast: nodes.Template | None,
                name: str | None, filename: str | None) -> TemplateSyntaxError:
    """A ``TemplateSyntaxError`` for ``exc``, on the line of the deepest part of the template."""
    line = 1
    if isinstance(exc, ValueError) and source is not None and (digits := _LONG_INTEGER.search(source)):
        line = source.count("\n", 0, digits.start()) + 1
    elif ast is not None:
        line = deepest_node_line(ast)
    elif source is not None:
        line = deepest_tag_line(source)
    error = TemplateSyntaxError(describe(exc), line, name, filename)
    error.lint_limit = True  # type: ignore[attr-defined]  # located by deepest_tag(), not by re-parsing
    return error


def check_brackets(tokens: Iterable[tuple[int, str, str]], name: str | None, filename: str | None) -> None:
    """Refuse brackets nested deeper than :data:`MAX_NESTING` before the recursive parser meets
    them (parentheses leave no node in the tree, and how deep the parser can recurse depends on
    how deep the caller's stack already is)."""
    depth = 0
    for line, kind, value in tokens:
        if kind != "operator":
            continue
        if value in "([{":
            depth += 1
            if depth > MAX_NESTING:
                error = TemplateSyntaxError(
                    f"brackets are nested more than {MAX_NESTING} levels deep; split the expression up", line, name, filename)
                error.lint_limit = True  # type: ignore[attr-defined]
                raise error
        elif value in ")]}":
            depth = max(depth - 1, 0)


def check_nesting(ast: nodes.Template, name: str | None, filename: str | None) -> None:
    """Refuse a tree nested deeper than :data:`MAX_NESTING`, on the line where it gets too deep."""
    stack: list[tuple[nodes.Node, int]] = [(ast, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_NESTING:
            error = TemplateSyntaxError(
                f"the template nests more than {MAX_NESTING} levels deep (blocks inside blocks, filters on "
                "filters or terms of one expression); split it up",
                getattr(node, "lineno", None) or 1, name, filename,
            )
            error.lint_limit = True  # type: ignore[attr-defined]
            raise error
        stack.extend((child, depth + 1) for child in node.iter_child_nodes())


def deepest_node_line(ast: nodes.Node) -> int:
    """The line of the most deeply nested node of ``ast`` (an iterative walk: no recursion)."""
    best_depth, best_line = -1, 1
    stack: list[tuple[nodes.Node, int]] = [(ast, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > best_depth and getattr(node, "lineno", None):
            best_depth, best_line = depth, node.lineno
        stack.extend((child, depth + 1) for child in node.iter_child_nodes())
    return best_line


def deepest_tag_line(source: str) -> int:
    """The line of the tag that nests deepest, counting open blocks, brackets, filters and
    operators; used when parsing failed, so there is no tree to ask."""
    found = deepest_tag(source)
    return LineIndex(source).position(found[0])[0] if found else 1


def deepest_tag(source: str, line: int | None = None) -> tuple[int, int] | None:
    """(start, end) of the tag that nests deepest (on ``line``, when given)."""
    index = LineIndex(source)
    best_score, best = -1, None
    blocks = 0
    for tag in scan_tags(source):
        if tag.kind not in ("expr", "stmt"):
            continue
        inner = tag.inner
        if tag.kind == "stmt":
            keyword = inner.strip().lstrip("-+").split(None, 1)[0] if inner.strip().lstrip("-+").strip() else ""
            if keyword in _BLOCK_OPENERS and not (keyword == "set" and "=" in inner):
                blocks += 1
            elif keyword in _BLOCK_CLOSERS:
                blocks = max(blocks - 1, 0)
        score = max(blocks, _bracket_depth(inner), inner.count("|"), _operator_count(inner))
        if score > best_score and (line is None or index.position(tag.start)[0] == line):
            best_score, best = score, (tag.start, tag.end)
    return best


def _bracket_depth(text: str) -> int:
    depth = deepest = 0
    for char in text:
        if char in "([{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in ")]}":
            depth = max(depth - 1, 0)
    return deepest


def _operator_count(text: str) -> int:
    return sum(text.count(op) for op in ("+", "-", "*", "/", "~", "%", " and ", " or "))
