"""Findings and verdicts as pandas DataFrames (``pip install 'followup-lint[pandas]'``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .report import Report

FINDING_COLUMNS = ["code", "name", "severity", "message", "path", "line", "column", "end_line", "end_column",
                   "recipient_source", "recipient_index", "recipient_row", "recipient_identity", "fix"]
VERDICT_COLUMNS = ["source", "index", "row", "send", "reason_codes", "reasons"]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError("DataFrame output needs pandas: pip install 'followup-lint[pandas]'") from None
    return pandas


def findings_frame(report: Report) -> Any:
    pd = _pandas()
    rows = []
    for d in report.diagnostics:
        ref = d.recipient
        rows.append([d.code, d.name, d.severity.value, d.message, d.path, d.line, d.column, d.end_line, d.end_column,
                     ref.source if ref else None, ref.index if ref else None, ref.row if ref else None,
                     ref.identity if ref else None, d.fix])
    frame = pd.DataFrame(rows, columns=FINDING_COLUMNS)
    for column in ("recipient_index", "recipient_row"):
        frame[column] = frame[column].astype("Int64")
    return frame


def verdicts_frame(report: Report) -> Any:
    pd = _pandas()
    rows = [
        [v.source, v.index, v.row, v.send, [r.code for r in v.reasons], "; ".join(f"{r.code}: {r.message}" for r in v.reasons)]
        for v in report.iter_verdicts()
    ]
    frame = pd.DataFrame(rows, columns=VERDICT_COLUMNS)
    frame["row"] = frame["row"].astype("Int64")
    return frame


def split_dataframe(frame: Any, report: Report, *, source: str | None = None) -> tuple[Any, Any]:
    """(rows to send, rows to hold with a ``followup_lint_reasons`` column), by position."""
    from .verdicts import verdicts_of_source

    verdicts = verdicts_of_source(report, len(frame), source, what="rows are in the DataFrame")
    send_positions = [v.index for v in verdicts if v.send]
    held = [v for v in verdicts if not v.send]
    to_hold = frame.iloc[[v.index for v in held]].copy()
    to_hold["followup_lint_reasons"] = ["; ".join(f"{r.code}: {r.message}" for r in v.reasons) for v in held]
    return frame.iloc[send_positions], to_hold
