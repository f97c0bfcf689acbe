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
from ..registry import Registry
from ..report import JSON_VERSION, Report

_encode_string = json.encoder.py_encode_basestring if json.encoder.c_encode_basestring is None \
    else json.encoder.c_encode_basestring  # type: ignore[attr-defined]


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
        out.write(("\n    " if first else ",\n    ") + _indented(d.to_dict(), "    "))
        first = False
    out.write(("],\n" if first else "\n  ],\n") + '  "summary": ' + _indented(dict(report.summary), "  ") + "\n}\n")


def render(report: Report, registry: Registry, options: FormatOptions) -> str:
    buffer = io.StringIO()
    write(report, registry, options, buffer)
    return buffer.getvalue()
