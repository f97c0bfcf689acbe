"""Which column holds the event's date when it has none of the fixed names: ``date_atelier``,
``fecha_taller``, ``sessiedatum``, ``Veranstaltungsdatum``, ``workshop_date``. The words are
data (``rules/data/event-date-columns.yml``); a column key set is judged once (the field map
caches it), so this costs nothing per record."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Iterable

from ..column_names import fold_column
from ..resources import data_path, load_yaml


@cache
def _raw() -> dict:
    return load_yaml(data_path("event-date-columns.yml").read_text(encoding="utf-8")) or {}


def _folded(key: str) -> tuple[str, ...]:
    return tuple(fold_column(str(w)) for w in _raw().get(key) or ())


@cache
def _words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    return _folded("date_words"), _folded("event_words"), _folded("other_dates")


@lru_cache(maxsize=512)
def occasions_named(name: str) -> tuple[str, ...]:
    """The particular kinds of occasion a date column's name gives (``webinar_date`` ->
    ``("webinar",)``, ``date_atelier`` -> ``("atelier",)``); none for ``event_date``."""
    generic = set(_folded("generic_event_words"))
    folded = fold_column(name)
    return tuple(w for w in _words()[1] if w in folded and w not in generic)


def is_event_date_column(name: str) -> bool:
    """A date word and an event word, and no word of another kind of date, in the name."""
    dates, events, others = _words()
    folded = fold_column(name)
    return (any(w in folded for w in dates) and any(w in folded for w in events)
            and not any(w in folded for w in others))


def event_date_column(keys: Iterable[str]) -> tuple[str, ...] | None:
    """The first top-level key that names the event's date, as a path; None when none does."""
    for key in keys:
        if "." not in key and is_event_date_column(key):
            return (key,)
    return None
