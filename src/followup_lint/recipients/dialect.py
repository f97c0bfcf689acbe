"""Which character separates the fields of a CSV file, and Excel's ``sep=`` line.

Excel writes ``sep=;`` (or ``"sep=;"``) as the first line of a CSV to say which delimiter it
used; that line is not the header. Otherwise the delimiter is the candidate (comma,
semicolon, tab, bar) that appears in the header row and the same number of times in most of
the next lines, counted outside quoted fields. The quote character is always ``"`` (RFC 4180;
every CRM and Excel use it; a single quote is an apostrophe, as in O'Neill).
"""

from __future__ import annotations

import re
from collections import Counter

_CANDIDATES = (",", ";", "\t", "|")
_SEP_LINE = re.compile(r'^\ufeff?"?sep=(.)"?[ \t]*(?:\r\n|\r|\n|$)', re.IGNORECASE)
_LINES_LOOKED_AT = 20
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def sep_line(sample: str) -> str | None:
    """The delimiter named by an Excel ``sep=`` first line of ``sample``, or None."""
    match = _SEP_LINE.match(sample[:16])
    return match.group(1) if match else None


def guess_delimiter(sample: str, *, tab_file: bool = False) -> str:
    """The delimiter of the CSV text that starts with ``sample`` (the header row first)."""
    if tab_file:
        return "\t"
    best, best_score = ",", None
    for rank, candidate in enumerate(_CANDIDATES):
        counts = _counts_per_record(sample, candidate)
        if not counts or counts[0] == 0:
            continue
        header, rest = counts[0], counts[1:] or counts[:1]
        agreeing = sum(1 for count in rest if count == header)
        usual = Counter(rest).most_common(1)[0][0]
        score = (agreeing, usual == header, -rank)
        if best_score is None or score > best_score:
            best, best_score = candidate, score
    return best


def _counts_per_record(sample: str, char: str) -> list[int]:
    """How often ``char`` appears outside quotes in each of the first records of ``sample``
    (a quoted value may hold line breaks; blank lines are not records)."""
    counts: list[int] = []
    current = 0
    content = False
    for position, segment in enumerate(sample.split('"')):
        if position % 2:  # inside quotes
            content = True
            continue
        lines = _LINE_BREAK.split(segment)
        for number, line in enumerate(lines):
            if number:  # a line break outside quotes ends a record
                if content:
                    counts.append(current)
                current, content = 0, False
                if len(counts) >= _LINES_LOOKED_AT:
                    return counts
            current += line.count(char)
            content = content or bool(line.strip())
    if content:
        counts.append(current)
    return counts
