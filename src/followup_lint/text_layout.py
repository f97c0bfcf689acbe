"""Where an email's text shows code, or quotes someone: read once per text by FL006.

Bracketed text in a code sample is shown as written on purpose (an email that explains merge
tags, a webhook payload, a shell snippet), and a bracket inside a quotation may be an editor's
insertion ("[their team] was live in a week"). This module only finds those regions; what a
bracket inside them means is decided in :mod:`followup_lint.placeholders`.

Code samples: `inline code`, fenced blocks (```` ``` ```` or ``~~~``), ``<code>``, ``<pre>``,
``<kbd>``, ``<samp>``, ``<tt>``, ``<script>``, ``<style>``, HTML comments, and, in plain-text
mail, an indented block (four spaces or a tab, after a blank line or a line ending in ":")
with at least one line that reads as code (an assignment, a call, a shell command).
REST paths with a parameter written in prose ("GET /v2/claims/{claim_id}/status") count as code
(api_paths.py).
Menus: a line of two or more bracketed items and separators only ("[Kontakt] | [Impressum]"),
the navigation of a plain-text footer.
Quotations: text between paired quotation marks on one line: “…”, „…“, „…”, «…», »…«, ‹…›
and straight double quotes (not an HTML attribute value, ``alt="..."``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .api_paths import api_paths

__all__ = ["TextLayout", "code_samples", "layout", "menus", "quotations"]

Spans = list[tuple[int, int]]

_CODE = re.compile(
    r"```.*?(?:```|$)|~~~.*?(?:~~~|$)|`[^`\n]+`|<!--.*?(?:-->|$)"
    r"|<(pre|code|kbd|samp|tt|script|style)\b[^>]*>.*?(?:</\1\s*>|$)",
    re.IGNORECASE | re.DOTALL,
)
_HTML = re.compile(r"<(?:p|div|td|tr|table|br|html|body|span|a|li|ul|h[1-6])\b[^>]*>", re.IGNORECASE)
_INDENTED = re.compile(r"^(?: {4,}|\t)\S")
# a line of code in an indented block: an assignment, a call, a statement keyword, a prompt
_CODE_LINE = re.compile(
    r"""[\w\]$})"']\s*:?=\s*\S|\w\(|;\s*$|[{}]\s*$|^\s*(?:\$\s|>>>|\#!|--\w)
    |^\s*(?:export|import|from|def|class|const|let|var|function|return|echo|curl|npm|pip|print|puts|SELECT|INSERT|UPDATE)\b""",
    re.VERBOSE,
)
# opening mark -> closing marks
_QUOTE_PAIRS = {"“": "”", "„": "“”", "«": "»", "»": "«", "‹": "›", '"': '"', "‚": "‘’"}
_QUOTE = re.compile(r'[“„«»‹"‚]')
_MAX_QUOTE = 600  # characters between a quotation's marks that are looked at
_ANY_QUOTE = re.compile(r'[“”„«»‹›"‚‘’]')
_MENU = re.compile(r"^[ \t]*(?:\[[^\[\]\n]{1,40}\](?:[ \t]*[|·•/–-])?[ \t]*){2,}$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class TextLayout:
    code: Spans
    quotes: Spans
    menus: Spans

    def in_code(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.code)

    def in_quote(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.quotes)

    def menu_of(self, start: int, end: int) -> tuple[int, int] | None:
        """The menu line holding ``start..end``, or None."""
        return next(((s, e) for s, e in self.menus if s <= start and end <= e), None)


def layout(text: str) -> TextLayout:
    """Code samples (with REST paths written in prose: api_paths.py), quotations and menus."""
    return TextLayout(code_samples(text) + api_paths(text), quotations(text), menus(text))


def code_samples(text: str) -> Spans:
    """Where ``text`` shows code (see the module docstring)."""
    spans: Spans = []
    if "`" in text or "~" in text or "<" in text:
        spans.extend(m.span() for m in _CODE.finditer(text))
    if ("    " in text or "\t" in text) and not _HTML.search(text):
        spans.extend(_indented_code(text))
    return spans


def _indented_code(text: str) -> Spans:
    """Indented blocks of plain-text mail that hold at least one line of code."""
    spans: Spans = []
    lines = text.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        opens = i == 0 or not lines[i - 1].strip() or lines[i - 1].rstrip().endswith(":")
        if not (_INDENTED.match(lines[i]) and opens):
            i += 1
            continue
        j = i
        while j < len(lines) and (_INDENTED.match(lines[j]) or (not lines[j].strip() and j + 1 < len(lines)
                                                                 and _INDENTED.match(lines[j + 1]))):
            j += 1
        block = lines[i:j]
        if any(_CODE_LINE.search(line) for line in block):
            spans.append((offsets[i], offsets[j - 1] + len(lines[j - 1])))
        i = j
    return spans


def quotations(text: str) -> Spans:
    """Spans between paired quotation marks on one line (the marks included), found in one pass:
    a mark opens a quotation, the first closing mark of its kind within :data:`_MAX_QUOTE`
    characters ends it, and other marks in between are part of the quotation."""
    if not _QUOTE.search(text):
        return []
    spans: Spans = []
    pos = 0
    for line in text.split("\n"):
        open_at = -1
        closers = ""
        in_attribute = False  # between the quotes of an HTML attribute value, alt="..."
        for match in _ANY_QUOTE.finditer(line):
            mark, at = match.group(), match.start()
            if in_attribute:
                in_attribute = mark != '"'
                continue
            if mark == '"' and at > 0 and line[at - 1] == "=" and open_at < 0:
                in_attribute = True
                continue
            if open_at >= 0 and at - open_at > _MAX_QUOTE:
                open_at = -1  # too long to be a quotation: forget the opening mark
            if open_at >= 0 and mark in closers:
                spans.append((pos + open_at, pos + at + 1))
                open_at = -1
            elif open_at < 0 and mark in _QUOTE_PAIRS:
                open_at, closers = at, _QUOTE_PAIRS[mark]
        pos += len(line) + 1
    return spans


def menus(text: str) -> Spans:
    """Lines of bracketed items and separators only: "[Kontakt] | [Impressum] | [Datenschutz]"."""
    if text.count("[") < 2:
        return []
    return [m.span() for m in _MENU.finditer(text)]
