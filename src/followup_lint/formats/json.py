"""The JSON document: ``{"version": 1, "diagnostics": [...], "summary": {...}}``."""

from __future__ import annotations

import json

from . import FormatOptions
from ..registry import Registry
from ..report import Report


def render(report: Report, registry: Registry, options: FormatOptions) -> str:
    if options.statistics:  # like `ruff --statistics --output-format json`
        from .text import statistics_rows

        rows = [{"count": count, "code": code, "name": name, "severity": severity}
                for count, code, name, severity in statistics_rows(report)]
        return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
