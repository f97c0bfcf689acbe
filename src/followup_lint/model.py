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

    ``row`` is the 1-based line of the record in a CSV/JSONL file (the header is line 1),
    or the 1-based element number in a JSON array or in records passed to ``lint()``.
    ``index`` is the 0-based position of the record in the stream.
    """

    row: int
    source: str
    index: int

    def to_dict(self) -> dict[str, Any]:
        return {"row": self.row, "source": self.source, "index": self.index}


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule yields: the engine turns it into a :class:`Diagnostic`.

    ``message`` may contain ``{placeholders}`` filled from ``personal``: recipient data that
    is masked in output unless the user asks to see personal data. Literal braces in the
    message must be doubled. ``span`` is in template-source coordinates (or recipient-file
    coordinates for recipient-scope findings); the engine picks a default when it is None.
    """

    message: str
    span: Span | None = None
    fix: str | None = None
    personal: Mapping[str, str] = field(default_factory=dict)
    severity: Severity | None = None
    path: str | None = None


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
