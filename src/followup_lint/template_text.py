"""The text of a template as a reader sees it, and where its greeting is: the neutral text
(expressions replaced by stand-ins, HTML reduced to its visible text), the greeting line with
its name slot, and attribute accesses the sandbox would refuse. Used once per template by the
analysis in templates.py, which re-exports the dataclasses below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .locales import GreetingMatch, LocaleData, match_greeting
from .model import Span
from .source import LineIndex, Tag

HTML_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
HTML_BLOCK_TAGS = frozenset(
    "p br div li tr td th h1 h2 h3 h4 h5 h6 table ul ol body html head title blockquote".split()
)
NAME_HINT = re.compile(r"(?:^|_|\.)(?:first|given|fore|preferred|nick|full|last|family|sur)?_?name$|^f?name$", re.I)


@dataclass(frozen=True, slots=True)
class DefaultUse:
    """A ``default(...)`` / ``d(...)`` filter: its fallback and whether it covers empty strings."""

    fallback: Any
    covers_empty: bool


@dataclass(frozen=True, slots=True)
class VariableUse:
    """One use of a context variable in an output tag ``{{ ... }}``."""

    path: tuple[str, ...]
    span: Span
    filters: tuple[str, ...]
    default: DefaultUse | None
    has_fallback: bool  # a default(), an ``or`` or an ``if ... else`` supplies text when empty
    guarded: bool  # inside an ``{% if var %}`` block testing this variable
    tag_index: int

    @property
    def dotted(self) -> str:
        return ".".join(self.path)

    @property
    def leaf(self) -> str:
        return self.path[-1]


@dataclass(frozen=True, slots=True)
class Greeting:
    """The greeting line as written in the template, with its name slot."""

    match: GreetingMatch
    line: int
    span: Span  # the whole greeting line
    slot_span: Span  # where the name goes (may be empty: "Hi ,")
    slot_literal: str  # literal text in the slot ("Sarah", "there", "")
    slot_variables: tuple[VariableUse, ...]
    render_prefix: str | None  # literal text just before the slot, to find it in rendered output
    render_suffix: str | None  # literal terminator after the slot ("," / "!" / ":")

    @property
    def locale(self) -> str:
        return self.match.locale

    @property
    def is_formal(self) -> bool:
        return self.match.formal


def neutral_text(
    text: str, tags: list[Tag], variables: list[VariableUse], is_html: bool
) -> tuple[str, list[tuple[int, int, int]]]:
    """Body text a reader would see, with expressions replaced by neutral stand-ins."""
    by_tag: dict[int, list[VariableUse]] = {}
    for use in variables:
        by_tag.setdefault(use.tag_index, []).append(use)
    parts: list[str] = []
    mapping: list[tuple[int, int, int]] = []
    length = 0

    def emit(piece: str, source_start: int, exact: bool) -> None:
        nonlocal length
        if not piece:
            return
        mapping.append((length, source_start, len(piece) if exact else 0))
        parts.append(piece)
        length += len(piece)

    for index, tag in enumerate(tags):
        if tag.kind == "text":
            chunk = text[tag.start : tag.end]
            if is_html:
                _emit_html_text(chunk, tag.start, emit)
            else:
                emit(chunk, tag.start, True)
        elif tag.kind == "expr":
            uses = by_tag.get(index, [])
            stand_in = "Alex" if any(NAME_HINT.search(u.leaf) for u in uses) else "Example"
            if not uses:
                literal = re.fullmatch(r"\s*(['\"])(.*)\1\s*", tag.inner)
                stand_in = literal.group(2) if literal else "Example"
            emit(stand_in, tag.start, False)
    return "".join(parts), mapping


def _emit_html_text(chunk: str, start: int, emit: Any) -> None:
    pos = 0
    for match in HTML_TAG.finditer(chunk):
        _emit_unescaped(chunk[pos : match.start()], start + pos, emit)
        if match.group(2).lower() in HTML_BLOCK_TAGS:
            emit("\n", start + match.start(), False)
        pos = match.end()
    _emit_unescaped(chunk[pos:], start + pos, emit)


_HTML_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")


def _emit_unescaped(piece: str, start: int, emit: Any) -> None:
    """Emit HTML text with entities decoded; the text between entities keeps exact offsets."""
    import html as html_lib

    pos = 0
    for match in _HTML_ENTITY.finditer(piece):
        if match.start() > pos:
            emit(piece[pos : match.start()], start + pos, True)
        emit(html_lib.unescape(match.group()), start + match.start(), False)
        pos = match.end()
    if pos < len(piece):
        emit(piece[pos:], start + pos, True)


def find_greeting(
    text: str,
    tags: list[Tag],
    variables: list[VariableUse],
    line_index: LineIndex,
    neutral_text: str,
    neutral_map: list[tuple[int, int, int]],
    locales: LocaleData,
    locale: str | None,
) -> Greeting | None:
    # The greeting opens what the reader sees: the first non-blank line, or a short line just
    # after a preheader or title line ("Your recording is ready" / "Hi Alex,").
    for index, (n_start, n_end) in enumerate(_nonblank_lines(neutral_text, _GREETING_SEARCH_LINES)):
        line_text = neutral_text[n_start:n_end]
        stripped_lead = len(line_text) - len(line_text.lstrip())
        match = match_greeting(line_text[stripped_lead:], locales, locale)
        if match is not None and (index == 0 or len(line_text.split()) <= _SHORT_GREETING_WORDS):
            break
    else:
        return None

    def to_source(n_offset: int) -> int:
        # the last piece starting at or before the offset; a stand-in maps to its tag's start
        found = None
        for entry in neutral_map:
            if entry[0] > n_offset:
                break
            found = entry
        if found is None:
            return neutral_map[0][1] if neutral_map else 0
        m_start, s_start, length = found
        return s_start + min(n_offset - m_start, length) if length else s_start

    slot_n_start = n_start + stripped_lead + match.slot_start
    slot_n_end = n_start + stripped_lead + match.slot_end
    src_line_start = to_source(n_start + stripped_lead)
    slot_src_start = to_source(slot_n_start) if slot_n_end > slot_n_start else to_source(max(slot_n_start - 1, 0)) + 1
    slot_src_end = to_source(max(slot_n_end - 1, slot_n_start)) + 1 if slot_n_end > slot_n_start else slot_src_start
    # widen the slot to whole tags it touches
    slot_tag_indexes: list[int] = []
    for index, tag in enumerate(tags):
        if tag.kind == "expr" and tag.start < max(slot_src_end, slot_src_start + 1) and tag.end > slot_src_start:
            slot_tag_indexes.append(index)
            slot_src_start = min(slot_src_start, tag.start)
            slot_src_end = max(slot_src_end, tag.end)
    slot_vars = tuple(v for v in variables if v.tag_index in slot_tag_indexes)
    slot_literal = "" if slot_tag_indexes else match.name_text
    line_no, _ = line_index.position(src_line_start)
    line_end = text.find("\n", src_line_start)
    line_end = len(text) if line_end == -1 else line_end
    line_begin = text.rfind("\n", 0, src_line_start) + 1
    prefix = text[line_begin:slot_src_start]
    render_prefix = prefix if prefix.strip() and "{" not in prefix else None
    suffix_text = text[slot_src_end:line_end]
    suffix_match = re.match(r"\s*([,!:;.\u3001\uff0c])", suffix_text)
    render_suffix = suffix_match.group(1) if suffix_match else None
    return Greeting(
        match=match,
        line=line_no,
        span=line_index.span(src_line_start, max(line_end, src_line_start + 1)),
        slot_span=line_index.span(slot_src_start, slot_src_end),
        slot_literal=slot_literal,
        slot_variables=slot_vars,
        render_prefix=render_prefix,
        render_suffix=render_suffix,
    )


_GREETING_SEARCH_LINES = 3
_SHORT_GREETING_WORDS = 8


def _nonblank_lines(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of the first ``limit`` lines that are not blank."""
    found: list[tuple[int, int]] = []
    pos = 0
    length = len(text)
    while pos < length and len(found) < limit:
        end = text.find("\n", pos)
        end = length if end == -1 else end
        if text[pos:end].strip():
            found.append((pos, end))
        pos = end + 1
    return found


_UNSAFE_ATTRIBUTE = re.compile(
    r"(?:\.\s*|\[\s*['\"])(_\w*|mro|func_globals|func_code|gi_frame|gi_code|cr_frame|f_globals|f_locals|f_builtins|tb_frame)\b"
)


def unsafe_accesses(text: str, tags: list[Tag], line_index: LineIndex) -> list[tuple[str, Span]]:
    """Attribute accesses the sandbox refuses (``x.__class__``, ``x._secret``, ``f.func_globals``)."""
    found: list[tuple[str, Span]] = []
    for tag in tags:
        if tag.kind not in ("expr", "stmt"):
            continue
        for match in _UNSAFE_ATTRIBUTE.finditer(text, tag.start + 2, tag.end - 2):
            if _inside_string(text, tag.start + 2, match.start()):
                continue
            found.append((match.group(1), line_index.span(match.start(), match.end())))
    return found


def _inside_string(text: str, start: int, pos: int) -> bool:
    quote = ""
    index = start
    while index < pos:
        char = text[index]
        if quote:
            if char == "\\":
                index += 1
            elif char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        index += 1
    return bool(quote)
