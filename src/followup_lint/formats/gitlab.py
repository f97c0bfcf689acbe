"""GitLab Code Quality report (a JSON array in the Code Climate shape), for merge-request
widgets: ``artifacts: reports: codequality: followup-lint.json``.

One entry per mistake, grouped like the text format, with a stable ``fingerprint`` so GitLab
can tell new problems from old ones.
"""

from __future__ import annotations

import json
from pathlib import Path

from . import FormatOptions
from ._grouping import with_affects
from ..fingerprints import SourceLines, mistake_fingerprint
from ..registry import Registry
from ..report import Report

_SEVERITY = {"error": "critical", "warning": "major", "info": "info"}


def render(report: Report, registry: Registry, options: FormatOptions) -> str:
    sources = SourceLines()
    issues = []
    for entry in report.groups():
        d = entry.first
        issues.append(
            {
                "description": with_affects(f"{d.code} {d.name}: {d.message}", entry),
                "check_name": d.code,
                "fingerprint": mistake_fingerprint(d, sources, data_file=entry.in_data),
                "severity": _SEVERITY[d.severity.value],
                "location": {
                    "path": Path(d.path).as_posix() if not d.path.startswith("<") else d.path,
                    "lines": {"begin": d.line, "end": max(d.end_line, d.line)},
                },
            }
        )
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
