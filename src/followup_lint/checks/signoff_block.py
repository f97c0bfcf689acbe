"""The email's closing block when the segmenter found no sign-off (FL306's helper).

The segmenter knows closing words from a list; "With heartfelt thanks,", "Mit herzlichem
Dank," or no closing words at all ("The Academy Team" / "Nimbus Guard" as the last lines) leave
it with no sign-off and no signature, and the team signature would go unread. The last
paragraph before any P.S. is read as a closing block when it is a few short lines with no
sentence end: its first line, when it ends in a comma, is the closing words, the others are
signature lines. FL306 reports such a block only when a line of it is a team (a weaker reading
than a marked sign-off, so a brand or a role alone there says nothing).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["closing_block"]

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_MAX_LINES = 4
_MAX_WORDS = 6  # a name, a team, a company, a short closing
_SENTENCE_END = (".", "?", "!", ":", ";")


def closing_block(segments: Any) -> list[tuple[str, int, int]] | None:
    """The signature lines (text, neutral start, neutral end) of the last paragraph before
    any P.S. when it reads as a closing block, else None. A first line ending in a comma is
    the closing words and is left out; it needs a line under it."""
    text = segments.text
    stop = segments.ps.plain_start if segments.ps is not None else len(text)
    head = text[:stop].rstrip()
    breaks = list(_PARAGRAPH_BREAK.finditer(head))
    if not breaks:
        return None  # one paragraph: no body above a closing
    start = breaks[-1].end()
    body = segments.body
    if body is not None and start <= body.plain_start:
        return None  # the block is the first paragraph of the body
    lines: list[tuple[str, int]] = []
    pos = start
    for raw in head[start:].split("\n"):
        if raw.strip():
            lines.append((raw, pos))
        pos += len(raw) + 1
    if not 1 <= len(lines) <= _MAX_LINES:
        return None
    found: list[tuple[str, int, int]] = []
    for at, (raw, offset) in enumerate(lines):
        line = raw.strip()
        if len(line.split()) > _MAX_WORDS or line.endswith(_SENTENCE_END) or "{%" in line:
            return None
        if line.endswith(","):
            if at != 0 or len(lines) < 2:
                return None  # only the closing words end in a comma, with a name under them
            continue
        lead = len(raw) - len(raw.lstrip())
        begin, end = segments.source_span(offset + lead, offset + lead + len(line))
        found.append((line, begin, end))
    return found or None
