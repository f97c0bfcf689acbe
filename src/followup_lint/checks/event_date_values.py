"""The calendar date in an event-date value (FL308): ISO dates and datetimes, US and European
numeric dates, and month names in English, German, French, Spanish and Dutch."""

from __future__ import annotations

import datetime
import re
from typing import Any

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan januar janvier enero januari ene jän janv",
        "february feb februar février fevrier febrero februari févr fevr",
        "march mar märz maerz mars marzo maart mrt mär",
        "april apr avril abril avr abr",
        "may mai mayo mei may",
        "june jun juni juin junio",
        "july jul juli juillet julio juil",
        "august aug août aout agosto augustus ago",
        "september sep sept septembre septiembre set",
        "october oct oktober octobre octubre okt",
        "november nov novembre noviembre",
        "december dec dezember décembre decembre diciembre dez déc dic",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _number)

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])")
_YMD_SLASH = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)")
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?!\d)")
_MONTH_FIRST = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)")
_DAY_FIRST = re.compile(
    r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?([^\W\d_]{3,10})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)"
)
_MAX_DATE_TEXT = 80


def _make(year: int, month: int, day: int) -> datetime.date | None:
    if not 1900 <= year <= 2200:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def parse_event_date(raw: Any) -> datetime.date | None:
    """The calendar date in an event-date value, or None when it cannot be read.

    Reads ISO dates and datetimes ("2026-11-17", "2026-11-17T14:00:00Z", "2026-11-17 14:00",
    the date as written, no time-zone shift), US "11/17/2026" (day first when the first number
    is above 12), "17.11.2026", "Nov 17, 2026" and "17 November 2026" in English, German,
    French, Spanish and Dutch. Never raises.
    """
    if isinstance(raw, datetime.datetime):
        return raw.date()
    if isinstance(raw, datetime.date):
        return raw
    if not isinstance(raw, str):
        return None
    text = raw.strip()
    if not text or len(text) > _MAX_DATE_TEXT:
        return None
    match = _ISO.match(text) or _YMD_SLASH.match(text)
    if match:
        return _make(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _NUMERIC.match(text)
    if match:
        first, sep, second, year = int(match.group(1)), match.group(2), int(match.group(3)), int(match.group(4))
        if sep == "/" and first <= 12:
            return _make(year, first, second)  # US style: month/day/year
        return _make(year, second, first)  # 17.11.2026, 17-11-2026, 17/11/2026
    lowered = text.lower()
    for pattern, month_group, day_group in ((_MONTH_FIRST, 1, 2), (_DAY_FIRST, 2, 1)):
        for match in pattern.finditer(lowered):
            month = _MONTHS.get(match.group(month_group))
            if month is not None:
                return _make(int(match.group(3)), month, int(match.group(day_group)))
    return None
