"""Does the first row of a CSV file look like a person rather than column names?

A CSV exported without a header row makes its first recipient the header: that person is
never linted and the columns are named after their values. The signs: no column has a name
the field aliases know (first_name, email, ...), and a cell is an email address or a common
given name. Only counts and column numbers are reported, never the cells themselves.
"""

from __future__ import annotations

from typing import Iterable

from .records import FieldMap

_GIVEN_NAME_WEIGHT = 200.0  # ppm of people: common given names only (Mary, Wei, José)


def header_evidence(header: Iterable[str], field_map: FieldMap) -> str | None:
    """Why ``header`` looks like a record, or None when it looks like column names."""
    cells = [cell.strip() for cell in header]
    if not any(cells) or field_map.resolve([c for c in cells if c]):
        return None
    for column, cell in enumerate(cells, start=1):
        if _looks_like_email(cell):
            return f"column {column} holds an email address"
    from ..names import given_weight

    for column, cell in enumerate(cells, start=1):
        words = cell.split()
        if 0 < len(words) <= 3 and len(cell) <= 60 and given_weight(words[0]) >= _GIVEN_NAME_WEIGHT:
            return f"column {column} holds a common given name"
    return None


def _looks_like_email(cell: str) -> bool:
    if len(cell) > 254 or " " in cell:
        return False
    at = cell.find("@")
    return 0 < at < len(cell) - 3 and "." in cell[at + 1 :]
