"""Where a template's syntax error is, and what to say about it (FL001, FL008).

Jinja reports only a line number; the finding points at the tag that causes the error, found
by re-parsing the template up to each tag on that line, and names Liquid syntax (``| default:``,
``{% unless %}``) when that is what the line holds: a template copied from another tool.
"""

from __future__ import annotations

from typing import Any

from jinja2 import TemplateSyntaxError

from .model import Span
from .parse_limits import deepest_tag
from .templates import TemplateInfo


def describe_syntax_error(info: TemplateInfo, env: Any) -> tuple[bool, str, Span]:
    """(whether it is Liquid syntax, the message, the span) for ``info.syntax_error``."""
    error = info.syntax_error
    assert error is not None
    line = (error.lineno or 1) + info.source.body_line_offset
    text_lines = info.source.text.splitlines()
    line_text = text_lines[line - 1] if 0 < line <= len(text_lines) else ""
    liquid = liquid_hint(line_text)
    span = _error_tag(info, error, line, env)
    if span is None:
        column, end_column = _error_columns(line_text, error.message or "")
        span = Span(line, column, line, end_column)
    if liquid:
        return True, liquid, span
    return False, f"template syntax error: {error.message}", span


def _error_tag(info: TemplateInfo, error: TemplateSyntaxError, line: int, env: Any) -> Span | None:
    """The tag on the error line that causes ``error``: the first one whose prefix of the
    template already fails the same way."""
    body, base = info.source.body, info.source.body_offset
    if getattr(error, "lint_limit", False):  # too deep to re-parse prefix by prefix (parse_limits.py)
        found = deepest_tag(body, error.lineno)
        return info.span(found[0] + base, found[1] + base) if found else None
    for tag in info.tags:
        if tag.kind not in ("expr", "stmt") or info.line_index.position(tag.end - 1)[0] != line:
            continue
        try:
            env.parse(body[: tag.end - base])
        except TemplateSyntaxError as exc:
            if exc.message == error.message and exc.lineno == error.lineno:
                return info.span(tag.start, tag.end)
    return None


def front_matter_line(text: str, key: str) -> int:
    """The line of ``key:`` in the front matter (1 when it is not found)."""
    for number, line in enumerate(text.splitlines()[:60], start=1):
        if line.startswith(f"{key}:"):
            return number
    return 1


_LIQUID_PATTERNS = (
    ("| default:", "Liquid's 'default:' filter syntax; in Jinja write default('value')"),
    ("|default:", "Liquid's 'default:' filter syntax; in Jinja write default('value')"),
    ("| append:", "Liquid filter arguments use ':'; in Jinja write filter('value')"),
    ("| date:", "Liquid filter arguments use ':'; in Jinja write filter('value')"),
    ("{% unless", "Liquid's 'unless' tag; in Jinja write {% if not ... %}"),
    ("{% endunless", "Liquid's 'endunless' tag; in Jinja write {% endif %}"),
    ("{% capture", "Liquid's 'capture' tag; in Jinja write {% set name %}...{% endset %}"),
    ("{% assign", "Liquid's 'assign' tag; in Jinja write {% set name = ... %}"),
)


def liquid_hint(line: str) -> str | None:
    compact = " ".join(line.split())
    for needle, hint in _LIQUID_PATTERNS:
        if needle in compact or needle.replace(" ", "") in compact.replace(" ", ""):
            return f"this is Liquid syntax, which Jinja cannot render: {hint}"
    return None


def _error_columns(line_text: str, message: str) -> tuple[int, int]:
    """Best-effort columns for a syntax error: the last unterminated tag on the line, else the
    first tag (used when no complete tag on the line reproduces the error)."""
    tags: list[tuple[int, int]] = []  # (start, end) of each tag opener, end -1 if unterminated
    pos = 0
    while True:
        starts = [c for c in (line_text.find("{%", pos), line_text.find("{{", pos)) if c != -1]
        if not starts:
            break
        start = min(starts)
        closer = "%}" if line_text.startswith("{%", start) else "}}"
        close = line_text.find(closer, start + 2)
        tags.append((start, close + 2 if close != -1 else -1))
        if close == -1:
            break
        pos = close + 2
    if not tags:
        return 1, max(len(line_text), 1) + 1
    open_tags = [t for t in tags if t[1] == -1]
    start, end = open_tags[-1] if open_tags else tags[0]
    end = len(line_text) if end == -1 else end
    return start + 1, max(end, start + 1) + 1
