"""Whether a date value is the start or end of a financial, tax or calendar year (shared_columns.py's helper).

A renewal or contract date the same on every row of a list is a column filled down, unless the
whole group really shares it: councils renew on 1 April (the public-sector financial year),
annual contracts on 1 January. The boundaries are ``year_boundaries`` in
``rules/data/shared-columns.yml``; the value is read by the event-date parser (ISO, numeric and
month names in en/de/fr/es/nl).
"""

from __future__ import annotations

from typing import Any

from .resources import data_path, load_once, load_yaml

__all__ = ["is_year_boundary"]


@load_once
def _boundaries() -> frozenset[tuple[int, int]]:
    data = load_yaml(data_path("shared-columns.yml").read_text(encoding="utf-8")) or {}
    found = set()
    for entry in data.get("year_boundaries") or ():
        month, _, day = str(entry).partition("-")
        if month.isdigit() and day.isdigit():
            found.add((int(month), int(day)))
    return frozenset(found)


def is_year_boundary(value: Any) -> bool:
    """``value`` reads as a date that starts or ends a financial, tax or calendar year."""
    # Imported here: this module is reached from the column facts of a warm (cached) run,
    # which must not import the rule package (tests/test_cache.py).
    from .checks.event_date_values import parse_event_date

    date = parse_event_date(value)
    return date is not None and (date.month, date.day) in _boundaries()
