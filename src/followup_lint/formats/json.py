"""The JSON document: ``{"version": 1, "diagnostics": [...], "summary": {...}}``.

Written one diagnostic at a time (:func:`write`), so a report read from a temporary file (a
run with many findings, see collect.py) is never held as one document in memory. The text is
exactly what ``json.dumps(report.to_dict(), indent=2, ensure_ascii=False)`` gives.
"""

from __future__ import annotations

import io
import json
from typing import Any, TextIO

from . import FormatOptions
from ..model import Diagnostic, RecipientRef
from ..registry import Registry
from ..report import JSON_VERSION, Report

_PLAIN_REFS = (RecipientRef, type(None))  # a subclass might print itself differently: the generic path

_encode_string = getattr(json.encoder, "c_encode_basestring", None) or json.encoder.py_encode_basestring


def _indented(value: Any, indent: str) -> str:
    """``value`` as ``json.dumps(..., indent=2, ensure_ascii=False)`` writes it when it starts
    at nesting ``indent``."""
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = indent + "  "
        items = ",\n".join(f"{inner}{_encode_string(str(k))}: {_indented(v, inner)}" for k, v in value.items())
        return "{\n" + items + "\n" + indent + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = indent + "  "
        return "[\n" + ",\n".join(inner + _indented(v, inner) for v in value) + "\n" + indent + "]"
    if isinstance(value, str):
        return _encode_string(value)
    return json.dumps(value, ensure_ascii=False)


def _number(value: Any) -> str:
    return "null" if value is None else int.__repr__(value)


def _text(value: str | None) -> str:
    return "null" if value is None else _encode_string(value)


def _diagnostic(d: Diagnostic) -> str:
    """``_indented(d.to_dict(), "    ")``, written out for the fixed shape of a diagnostic (the
    generic encoder is most of the time of a long report)."""
    ref = d.recipient
    if ref is None:
        recipient = "null"
    else:
        recipient = (f'{{\n        "row": {_number(ref.row)},\n        "source": {_text(ref.source)},\n'
                     f'        "index": {_number(ref.index)},\n        "identity": {_text(ref.identity)}'
                     + ("" if ref.record is None else f',\n        "record": {_number(ref.record)}') + "\n      }")
    return (f'{{\n      "code": {_text(d.code)},\n      "name": {_text(d.name)},\n'
            f'      "severity": {_text(d.severity.value)},\n      "message": {_text(d.message)},\n'
            f'      "path": {_text(d.path)},\n      "line": {_number(d.line)},\n      "column": {_number(d.column)},\n'
            f'      "end_line": {_number(d.end_line)},\n      "end_column": {_number(d.end_column)},\n'
            f'      "recipient": {recipient},\n      "fix": {_text(d.fix)}\n    }}')


def write(report: Report, registry: Registry, options: FormatOptions, out: TextIO) -> None:
    if options.statistics:  # like `ruff --statistics --output-format json`
        from .text import statistics_rows

        rows = [{"count": count, "code": code, "name": name, "severity": severity}
                for count, code, name, severity in statistics_rows(report)]
        out.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return
    out.write('{\n  "version": ' + json.dumps(JSON_VERSION) + ',\n  "diagnostics": [')
    first = True
    for d in report.diagnostics:
        text = _diagnostic(d) if type(d) is Diagnostic and type(d.recipient) in _PLAIN_REFS else _indented(d.to_dict(), "    ")
        out.write(("\n    " if first else ",\n    ") + text)
        first = False
    out.write(("],\n" if first else "\n  ],\n") + '  "summary": ' + _indented(dict(report.summary), "  ") + "\n}\n")


def render(report: Report, registry: Registry, options: FormatOptions) -> str:
    buffer = io.StringIO()
    write(report, registry, options, buffer)
    return buffer.getvalue()
