"""Readable text from (simple, email) HTML, with the source offset of every character."""

from __future__ import annotations

import html as _html
import re

__all__ = ["html_to_text", "looks_like_html"]

# Our own fixed regexes (no user input): each alternative starts with a distinct token.
_HTML_TOKEN = re.compile(
    r"""
      (?P<comment><!--.*?(?:-->|\Z))
    | (?P<decl><![^>]*>?|<\?[^>]*>?)
    | (?P<tag></?(?P<name>[A-Za-z][A-Za-z0-9:-]*)(?P<attrs>(?:[^>"']|"[^"]*"|'[^']*')*)>)
    | (?P<entity>&(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?)
    """,
    re.VERBOSE | re.DOTALL,
)
_HTML_HINT = re.compile(
    r"</?(?:p|br|div|span|a|b|i|u|em|strong|table|tbody|tr|td|th|li|ul|ol|h[1-6]|html|body|"
    r"head|img|font|center|blockquote|hr|style|section)\b[^<>]*>|<!doctype\s+html|&nbsp;",
    re.IGNORECASE,
)
_HREF = re.compile(r"""\bhref\s*=""", re.IGNORECASE)
_PARAGRAPH_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 table ul ol blockquote pre hr dl address figure".split()
)
_LINE_TAGS = frozenset(
    "div li tr td th section article header footer center dd dt tbody thead tfoot caption "
    "nav main aside form fieldset legend".split()
)
_SKIP_CONTENT_TAGS = frozenset("script style head title noscript xml".split())
_SPACE_CHARS = frozenset(" \t\n\r\f\v\xa0\u2028\u2029\u200b")


class _HtmlText:
    __slots__ = ("ends", "links", "starts", "text")

    def __init__(self, text: str, starts: list[int], ends: list[int], links: list[tuple[int, int]]):
        self.text = text
        self.starts = starts
        self.ends = ends
        self.links = links


def looks_like_html(text: str) -> bool:
    """Whether ``text`` contains common HTML tags (or ``&nbsp;``)."""
    return isinstance(text, str) and _HTML_HINT.search(text) is not None


def html_to_text(html: str) -> tuple[str, list[int]]:
    """Extract readable text from (simple, email) HTML.

    Block tags (``p``, ``div``, ``li``, ``tr``, ``td``, ``h1``-``h6``...) and ``br`` become line
    breaks (paragraph-level tags a blank line), other tags are dropped, the content of
    ``script``/``style``/``head`` and comments is skipped, entities are decoded, and runs of
    whitespace collapse to one space as a browser would show them.

    Returns ``(text, offsets)`` with ``len(offsets) == len(text) + 1``: ``offsets[i]`` is the
    offset in ``html`` of the source of ``text[i]`` (for a decoded entity, the ``&``; for a
    line break made from a tag, the ``<``), and ``offsets[-1] == len(html)``.
    """
    if not isinstance(html, str):
        html = "" if html is None else str(html)
    converted = _convert_html(html)
    return converted.text, [*converted.starts, len(html)]


def _convert_html(html: str) -> _HtmlText:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    links: list[tuple[int, int]] = []
    link_start: int | None = None
    skipping: str | None = None

    def put(char: str, start: int, end: int) -> None:
        if char in _SPACE_CHARS:
            if not out or out[-1] in " \n":
                return
            char = " "
        out.append(char)
        starts.append(start)
        ends.append(end)

    def newline(start: int, end: int, wanted: int, hard: bool) -> None:
        while out and out[-1] == " ":
            out.pop()
            starts.pop()
            ends.pop()
        if not out:
            return
        have = 0
        for char in reversed(out[-2:]):
            if char != "\n":
                break
            have += 1
        if hard:
            if have >= 2:
                return
            wanted = have + 1
        for _ in range(wanted - have):
            out.append("\n")
            starts.append(start)
            ends.append(end)

    def text_run(first: int, last: int) -> None:
        for index in range(first, last):
            put(html[index], index, index + 1)

    position = 0
    for token in _HTML_TOKEN.finditer(html):
        begin, finish = token.span()
        if skipping is None and begin > position:
            text_run(position, begin)
        position = finish
        kind = token.lastgroup
        if kind == "tag":
            name = token.group("name").lower()
            closing = token.group(0).startswith("</")
            if skipping is not None:
                if closing and name == skipping:
                    skipping = None
                continue
            if name in _SKIP_CONTENT_TAGS and not closing:
                if not token.group(0).endswith("/>"):
                    skipping = name
                continue
            if name == "br":
                newline(begin, finish, 1, hard=True)
            elif name in _PARAGRAPH_TAGS:
                newline(begin, finish, 2, hard=False)
            elif name in _LINE_TAGS:
                newline(begin, finish, 1, hard=False)
            elif name == "a":
                if closing:
                    if link_start is not None and len(out) > link_start:
                        links.append((link_start, len(out)))
                    link_start = None
                elif _HREF.search(token.group("attrs") or ""):
                    link_start = len(out)
            elif name == "img":
                continue
        elif kind == "entity":
            if skipping is not None:
                continue
            raw = token.group(0)
            decoded = _html.unescape(raw)
            if decoded == raw:
                text_run(begin, finish)
            else:
                for char in decoded:
                    put(char, begin, finish)
        # comments and declarations produce nothing
    if skipping is None and position < len(html):
        text_run(position, len(html))
    while out and out[-1] in " \n":
        out.pop()
        starts.pop()
        ends.pop()
    return _HtmlText("".join(out), starts, ends, links)
