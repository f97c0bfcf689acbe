"""Records from the shapes a Python service holds them in: a pandas DataFrame (the natural form
of a CRM export), or any iterable of mappings.

A DataFrame is read row by row without copying it; missing values (NaN, None, ``pd.NA``,
``NaT``) are empty, as an empty CSV cell is, so a DataFrame gives the same findings as the
file it was read from. pandas is never imported here: a DataFrame is recognised by its
interface, so the core install does not need pandas.
"""

from __future__ import annotations

from typing import Any, Hashable, Iterable, Iterator, Mapping


def is_dataframe(obj: object) -> bool:
    """A pandas (or pandas-like) DataFrame."""
    return (
        type(obj).__module__.split(".", 1)[0] in ("pandas", "modin", "polars")
        and hasattr(obj, "columns")
        and hasattr(obj, "itertuples")
    )


def is_missing(value: Any) -> bool:
    """NaN, None, pandas' NA and NaT: what pandas writes for an empty cell."""
    if value is None:
        return True
    if isinstance(value, float):
        return value != value  # NaN
    return type(value).__name__ in ("NAType", "NaTType")


def _clean(value: Any) -> Any:
    if is_missing(value):
        return ""
    item = getattr(value, "item", None)  # numpy scalars: plain Python values
    if item is not None and type(value).__module__ == "numpy":
        try:
            return item()
        except (TypeError, ValueError):
            return value
    return value


def dataframe_records(frame: Any) -> Iterator[dict[str, Any]]:
    """One dict per row, keys as strings, missing values empty."""
    columns = [str(column) for column in frame.columns]
    for row in frame.itertuples(index=False, name=None):
        yield {column: _clean(value) for column, value in zip(columns, row)}


def _string_keys(record: Mapping[Hashable, Any]) -> Mapping[str, Any]:
    if all(isinstance(key, str) for key in record):
        return record
    return {str(key): value for key, value in record.items()}


def as_records(recipients: Any) -> Iterable[Mapping[str, Any]]:
    """The records of ``recipients``: a DataFrame, or an iterable of mappings. Anything else is
    a ``TypeError`` that says what was passed (a DataFrame iterated as a plain iterable would
    yield its column names, a string its characters)."""
    if is_dataframe(recipients):
        return dataframe_records(recipients)
    if isinstance(recipients, (str, bytes, Mapping)):
        raise TypeError(
            f"recipients must be a pandas DataFrame or an iterable of records (mappings of field to value), "
            f"not a {type(recipients).__name__}; to lint one record, pass [record]"
        )
    try:
        iterator = iter(recipients)
    except TypeError:
        raise TypeError(f"recipients must be a pandas DataFrame or an iterable of records, not {type(recipients).__name__}") from None
    return _checked(iterator)


def _checked(iterator: Iterator[Any]) -> Iterator[Mapping[str, Any]]:
    """The records, keys as strings. Items before the first mapping are held back until one
    comes: if none ever does (a list of email strings, a DataFrame's column names), that is a
    ``TypeError``; a stray non-mapping among records stays a diagnostic (FL021) at its place."""
    waiting: list[Any] = []
    for record in iterator:
        if waiting is not None and not isinstance(record, Mapping):
            waiting.append(record)
            continue
        if waiting:
            yield from waiting
        waiting = None  # type: ignore[assignment]
        yield _string_keys(record) if isinstance(record, Mapping) else record
    if waiting:
        kinds = ", ".join(sorted({type(item).__name__ for item in waiting}))
        raise TypeError(
            f"recipients must hold records (mappings of field to value); none of the {len(waiting)} given is one "
            f"({kinds}). A DataFrame is accepted as it is; rows from a CSV reader should come from csv.DictReader"
        )
