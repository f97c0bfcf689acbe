"""The subject line as a reader sees it (stand-ins for expressions), mapped back to the front matter."""

from __future__ import annotations

import re

from ...model import Span
from ...source import scan_tags
from ...templates import TemplateInfo
from .regions import Region

__all__ = ["neutral_subject", "subject_region"]

_NAME_VARIABLE = re.compile(
    r"(?:^|_)(?:first|given|fore|preferred|nick|full|last|family|sur)?_?name$|^f?name$", re.I
)
_IDENTIFIER = re.compile(r"[A-Za-z_][\w.]*")


def neutral_subject(subject: str) -> tuple[str, list[tuple[int, int, int, int]]]:
    """The subject as a reader sees it, with Jinja expressions replaced by stand-ins
    ("Alex" for name fields, "Example" otherwise) and statements/comments removed.

    Returns the text and a map of ``(neutral start, neutral end, raw start, raw end)`` pieces.
    """
    parts: list[str] = []
    pieces: list[tuple[int, int, int, int]] = []
    length = 0
    for tag in scan_tags(subject):
        if tag.kind == "text":
            piece = subject[tag.start : tag.end]
        elif tag.kind == "expr":
            literal = re.fullmatch(r"\s*(['\"])(.*)\1\s*", tag.inner)
            if literal:
                piece = literal.group(2)
            else:
                name = _IDENTIFIER.search(tag.inner)
                leaf = name.group().rsplit(".", 1)[-1] if name else ""
                piece = "Alex" if leaf and _NAME_VARIABLE.search(leaf) else "Example"
        else:
            continue
        if piece:
            pieces.append((length, length + len(piece), tag.start, tag.end))
            parts.append(piece)
            length += len(piece)
    return "".join(parts), pieces


def _raw_subject_offset(info: TemplateInfo, raw: str) -> int | None:
    """Offset of the subject's value in the template source (front matter), if found."""
    key_span = info.source.key_spans.get("subject")
    if key_span is None or not raw:
        return None
    text = info.source.text
    line_start = 0
    for _ in range(key_span.line - 1):
        found = text.find("\n", line_start)
        if found == -1:
            return None
        line_start = found + 1
    key_offset = line_start + key_span.column - 1
    limit = info.source.body_offset or len(text)
    found = text.find(raw, key_offset, limit)
    return None if found == -1 else found


def subject_region(info: TemplateInfo) -> Region | None:
    """The template's subject line, neutralised, with spans in the front matter."""
    raw = info.subject
    if raw is None or not raw.strip():
        return None
    text, pieces = neutral_subject(raw)
    base = _raw_subject_offset(info, raw)
    fallback = info.subject_span

    def locate(start: int, end: int) -> Span:
        if base is None:
            return fallback
        raw_start = raw_end = None
        for n_start, n_end, r_start, r_end in pieces:
            exact = (n_end - n_start) == (r_end - r_start) and raw[r_start:r_end] == text[n_start:n_end]
            if raw_start is None and n_start <= start < n_end:
                raw_start = r_start + (start - n_start) if exact else r_start
            if n_start < end <= n_end:
                raw_end = r_start + (end - n_start) if exact else r_end
        if raw_start is None or raw_end is None or raw_end <= raw_start:
            return info.span(base, base + len(raw))
        return info.span(base + raw_start, base + raw_end)

    return Region("subject", text, locate)
