"""Opening a recipients file and choosing its reader; wrapping in-memory records.

Only a regular file is read. A directory, a named pipe (which would block the run until some
other program writes to it), a device or a symbolic-link loop is reported (FL020), never
taken for "no recipients".
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Mapping

from ..model import RecipientRef
from .csv_reader import read_csv
from .json_reader import read_json_array, read_jsonl
from .limits import MAX_VALUE_CHARS, describe_chars
from .records import FieldMap, Recipient, RecordOrProblem, SourceProblem

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)
_SUFFIXES = (".csv", ".tsv", ".txt", ".json", ".jsonl", ".ndjson")


def read_records(
    records: Iterable[Mapping[str, Any]],
    *,
    source: str = "<records>",
    field_map: FieldMap | None = None,
) -> Iterator[RecordOrProblem]:
    """Wrap in-memory records (``lint()``'s ``recipients``); row numbers are 1-based."""
    fmap = field_map or FieldMap()
    for index, record in enumerate(records):
        if not isinstance(record, Mapping):
            yield SourceProblem(
                "FL021", f"record {index + 1} is a {type(record).__name__}, not a mapping of fields", source, index + 1,
                index=index,
            )
            continue
        too_long = _long_field(record)
        if too_long is not None:
            yield SourceProblem(
                "FL021", f"record {index + 1}: the value of field {too_long!r} is longer than "
                f"{describe_chars(MAX_VALUE_CHARS)} characters; the record is skipped", source, index + 1, index=index,
            )
            continue
        yield Recipient(record, RecipientRef(index + 1, source, index), fmap)


def _long_field(record: Mapping[str, Any], depth: int = 0) -> str | None:
    """The first field (dotted for nested mappings) whose text is over the value limit."""
    for key, value in record.items():
        if isinstance(value, str):
            if len(value) > MAX_VALUE_CHARS:
                return str(key)
        elif isinstance(value, Mapping) and depth < 3:
            inner = _long_field(value, depth + 1)
            if inner is not None:
                return f"{key}.{inner}"
    return None


def read_recipient_file(path: Path, *, field_map: FieldMap | None = None) -> Iterator[RecordOrProblem]:
    """Stream records from a CSV/TSV, JSON array or JSONL file, by suffix."""
    fmap = field_map or FieldMap()
    path = Path(path)
    suffix = path.suffix.lower()
    source = str(path)
    handle, problem = open_regular_file(path)
    if handle is None:
        yield SourceProblem("FL020", problem or "cannot read recipients file", source)
        return
    with handle:
        if suffix not in _SUFFIXES:
            yield SourceProblem(
                "FL020",
                f"unsupported recipients file type {suffix or '(none)'!r}; use .csv, .tsv, .json or .jsonl",
                source,
            )
        elif suffix in (".jsonl", ".ndjson"):
            yield from read_jsonl(handle, source, fmap)
        elif suffix == ".json":
            yield from read_json_array(handle, source, fmap)
        else:
            yield from read_csv(handle, source, fmap)


def open_regular_file(path: Path) -> tuple[IO[bytes] | None, str | None]:
    """``(binary handle, None)`` for a regular file, else ``(None, why it is not read)``.
    Never blocks: the file is opened non-blocking and checked again once open, so a pipe put
    in its place in between is still refused."""
    try:
        info = os.stat(path)
    except OSError as exc:
        return None, _why(exc)
    kind = _kind(info.st_mode)
    if kind:
        return None, f"the recipients path is {kind}, not a file; it is not read"
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        return None, _why(exc)
    try:
        kind = _kind(os.fstat(fd).st_mode)
        if kind:
            os.close(fd)
            return None, f"the recipients path is {kind}, not a file; it is not read"
        return os.fdopen(fd, "rb"), None
    except OSError as exc:
        os.close(fd)
        return None, _why(exc)


def _kind(mode: int) -> str | None:
    for test, name in _KINDS:
        if test(mode):
            return name
    return None if stat.S_ISREG(mode) else "not a regular file"


def _why(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "the recipients path is a symbolic link loop (it points back to itself); it is not read"
    return f"cannot read recipients file: {exc.strerror or exc}"
