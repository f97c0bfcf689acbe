"""The JSON document: ``{"version": 1, "diagnostics": [...], "summary": {...}}``."""

from __future__ import annotations

import json

from . import FormatOptions
from ..registry import Registry
from ..report import Report


def render(report: Report, registry: Registry, options: FormatOptions) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
