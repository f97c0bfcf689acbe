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


def sep_line(sample: str) -> str | None:
    """The delimiter named by an Excel ``sep=`` first line of ``sample``, or None."""
    match = _SEP_LINE.match(sample[:16])
    return match.group(1) if match else None


def guess_delimiter(sample: str, *, tab_file: bool = False) -> str:
    """The delimiter of the CSV text that starts with ``sample`` (the header row first)."""
    if tab_file:
        return "\t"
    lines = [line for line in sample.splitlines()[:_LINES_LOOKED_AT] if line.strip()]
    if not lines:
        return ","
    best, best_score = ",", (0, 0, 0)
    for rank, candidate in enumerate(_CANDIDATES):
        counts = [_count_outside_quotes(line, candidate) for line in lines]
        header = counts[0]
        if header == 0:
            continue
        rest = counts[1:] or [header]
        agreeing = sum(1 for count in rest if count == header)
        usual = Counter(rest).most_common(1)[0][0]
        score = (agreeing, 1 if usual == header else 0, -rank)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _count_outside_quotes(line: str, char: str) -> int:
    if '"' not in line:
        return line.count(char)
    return sum(part.count(char) for part in line.split('"')[0::2])
