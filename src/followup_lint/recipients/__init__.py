"""Recipient records: streaming CSV / JSON / JSONL readers and the normalised name view.

Readers yield :class:`Recipient` objects or :class:`SourceProblem` objects (a ragged row, an
undecodable row, a broken JSON record, a value over a limit): bad input is reported, never
raised, nothing is skipped without a word, and the rest of the file is still read. Memory
stays flat and time linear: rows are read one at a time, and no value over a limit is built.

Modules, one job each: ``records`` (what readers produce), ``files`` (opening, choosing the
reader), ``encoding``, ``dialect`` (delimiter, Excel's ``sep=`` line), ``csv_reader``,
``csv_rows`` (splitting CSV text into records), ``header_check`` (a header that is a person),
``json_scan`` (splitting JSON text into records), ``json_reader``, ``skipped`` (counting what
is skipped), ``limits``.
"""

from __future__ import annotations

from .files import read_recipient_file, read_records
from .records import (
    DEFAULT_FIELD_ALIASES,
    PERSON_PARENTS,
    FieldMap,
    NameView,
    Recipient,
    RecordOrProblem,
    SourceProblem,
    flat_keys,
    fold_key,
    lookup,
)

__all__ = [
    "DEFAULT_FIELD_ALIASES",
    "PERSON_PARENTS",
    "FieldMap",
    "NameView",
    "Recipient",
    "RecordOrProblem",
    "SourceProblem",
    "flat_keys",
    "fold_key",
    "lookup",
    "read_recipient_file",
    "read_records",
]
