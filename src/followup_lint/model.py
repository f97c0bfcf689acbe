"""The data model shared by the engine, the rules and the formatters."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Mapping


class Severity(str, enum.Enum):
    """How bad a finding is. ``error`` would embarrass the sender and should block the send."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]

    def __str__(self) -> str:
        return self.value

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        if isinstance(value, Severity):
            return value
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            raise ValueError(
                f"unknown severity {value!r}; expected one of: error, warning, info"
            ) from None


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Scope(str, enum.Enum):
    """When a rule runs: once per template, once per record, or once per rendered message."""

    TEMPLATE = "template"
    RECIPIENT = "recipient"
    MESSAGE = "message"


@dataclass(frozen=True, slots=True)
class Span:
    """A 1-based, end-inclusive-line / end-exclusive-column region of a source file."""

    line: int
    column: int
    end_line: int
    end_column: int

    @classmethod
    def point(cls, line: int, column: int = 1) -> Span:
        return cls(line, column, line, column + 1)



@dataclass(frozen=True, slots=True)
class RecipientRef:
    """Where a recipient record came from.

    ``row`` is the 1-based line of the file the record starts on: its row in a CSV file (the
    header is line 1; a record with a multi-line value starts on its first line), its line in
    a JSONL file, the line of its opening brace in a JSON array; for records passed to
    ``lint()`` it is their 1-based position. ``record`` is the 1-based position of the
    element in a JSON array (None elsewhere), so that records of an array written on one
    line can be told apart. ``index`` is the 0-based position of the record in the stream.
    ``identity`` says who the recipient is, masked unless personal data may be shown
    (``"P. B., p***@northwind.example"``, see :func:`followup_lint.privacy.identity`); the
    engine fills it in only when it reports something about the record, and it is None where
    the record is unknown (a malformed row).
    """

    row: int
    source: str
    index: int
    identity: str | None = None
    key: str | None = field(default=None, compare=False, repr=False)
    """A one-way hash of the recipient's normalised email (else names), for baselines: it
    matches the same person in a re-exported list without storing who they are. Never printed."""
    record: int | None = None

    @property
    def label(self) -> str:
        """How messages and reports name the record: ``row 12``, or ``record 7 (line 1)`` for
        an element of a JSON array."""
        return f"row {self.row}" if self.record is None else f"record {self.record} (line {self.row})"

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"row": self.row, "source": self.source, "index": self.index, "identity": self.identity}
        if self.record is not None:
            data["record"] = self.record
        return data


@dataclass(frozen=True, slots=True)
class Edit:
    """A machine-applicable fix: replace ``source[start:end]`` of the template at ``path`` with
    ``replacement`` (0-based character offsets into the whole file text, front matter included;
    ``start == end`` inserts). Edits come from the template alone, never from recipient data,
    so they are the same for every recipient. ``safe`` edits cannot change what a correct
    record renders and are applied by ``--fix``; the others only with ``--unsafe-fixes``.
    ``title`` says what the edit does, for listings."""

    path: str
    start: int
    end: int
    replacement: str
    safe: bool = True
    title: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "start": self.start, "end": self.end,
                "replacement": self.replacement, "safe": self.safe, "title": self.title}


def escape_braces(text: str) -> str:
    """``text`` for a :class:`Finding` message, with its braces doubled so that template text
    such as ``{{ first_name }}`` is shown as written, not taken for a placeholder."""
    return text.replace("{", "{{").replace("}", "}}")


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule yields: the engine turns it into a :class:`Diagnostic`.

    ``message`` may contain ``{placeholders}`` filled from ``personal``: recipient data that
    is masked in output unless the user asks to see personal data. Literal braces in the
    message must be doubled (:func:`escape_braces` does it). ``span`` is in template-source coordinates (or recipient-file
    coordinates for recipient-scope findings); the engine picks a default when it is None.
    """

    message: str
    span: Span | None = None
    fix: str | None = None
    personal: Mapping[str, str] = field(default_factory=dict)
    severity: Severity | None = None
    path: str | None = None
    edit: Edit | None = None
    """A machine-applicable fix (template findings only; see :class:`Edit`)."""
    masked: str | None = None
    """The message to show while personal data is masked, for findings whose point is lost when
    their values are masked ('"O…" is ALL CAPS; write "O…"'): it says what to change without the
    values, and takes no personal placeholders."""


@dataclass(slots=True)
class Diagnostic:
    """One reported problem, with the fields of the public JSON contract."""

    code: str
    name: str
    severity: Severity
    message: str
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    recipient: RecipientRef | None = None
    fix: str | None = None
    group_key: str | None = None
    """The message before personal values were filled in (not part of the JSON contract):
    diagnostics that differ only in recipient data share it, so output formats can group them."""
    edit: Edit | None = None
    """The machine-applicable fix, if any (not part of the JSON contract; see ``--fix``)."""

    def sort_key(self) -> tuple[Any, ...]:
        rec = self.recipient
        return (
            self.path,
            -1 if rec is None else rec.index,
            self.line,
            self.column,
            self.code,
            self.message,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "recipient": None if self.recipient is None else self.recipient.to_dict(),
            "fix": self.fix,
        }
