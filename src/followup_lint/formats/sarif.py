"""SARIF 2.1.0, for code-scanning dashboards. Rule docs feed ``fullDescription``/``help``."""

from __future__ import annotations

import json
from pathlib import Path

from . import FormatOptions
from ..model import Diagnostic
from ..registry import Registry
from ..rule import RuleDocs
from ..report import Report

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    if path.startswith("<"):
        return path.strip("<>") or "input"
    return Path(path).as_posix()


def _help_text(docs: RuleDocs) -> str:
    """The rule's docs as plain text, for viewers that do not render Markdown."""
    parts = [docs.summary.strip()]
    for heading, body in (("What it does", docs.what), ("Why it matters", docs.why),
                          ("Example", docs.example), ("Write instead", docs.instead)):
        if body and body.strip():
            parts.append(f"{heading}:\n{body.strip()}")
    return "\n\n".join(parts)


def _recipient_note(d: Diagnostic) -> str:
    """`` (row 7 of attendees.csv: P. B., p***@northwind.example)``: the row and who it is
    (masked unless personal data is shown), since code-scanning dashboards show only the message."""
    rec = d.recipient
    if rec is None:
        return ""
    where = f"row {rec.row}" if rec.source == d.path else f"row {rec.row} of {rec.source}"
    return f" ({where}: {rec.identity})" if rec.identity else f" ({where})"


def render(report: Report, registry: Registry, options: FormatOptions) -> str:
    used = sorted({d.code for d in report.diagnostics})
    rule_index = {code: i for i, code in enumerate(used)}
    rules = []
    for code in used:
        spec = registry.rules.get(code)
        if spec is None:
            rules.append({"id": code})
            continue
        rules.append(
            {
                "id": spec.code,
                "name": spec.name,
                "shortDescription": {"text": spec.docs.summary},
                "fullDescription": {"text": (spec.docs.what or spec.docs.summary).strip()},
                "help": {"text": _help_text(spec.docs), "markdown": spec.docs.as_markdown() or spec.docs.summary},
                "defaultConfiguration": {"level": _LEVEL[spec.severity.value]},
                "properties": {"family": spec.family, "scope": spec.scope.value},
            }
        )
    results = []
    for d in report.diagnostics:
        result = {
            "ruleId": d.code,
            "ruleIndex": rule_index[d.code],
            "level": _LEVEL[d.severity.value],
            "message": {"text": d.message + _recipient_note(d)},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(d.path)},
                        "region": {
                            "startLine": d.line,
                            "startColumn": d.column,
                            "endLine": d.end_line,
                            "endColumn": max(d.end_column, d.column + 1) if d.end_line == d.line else d.end_column,
                        },
                    }
                }
            ],
        }
        if d.recipient is not None:
            result["properties"] = {"recipient": d.recipient.to_dict()}
            result["partialFingerprints"] = {"recipientRow": f"{_uri(d.recipient.source)}:{d.recipient.row}"}
        results.append(result)
    document = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "followup-lint",
                        "version": options.tool_version,
                        "informationUri": "https://pypi.org/project/followup-lint/",
                        "rules": rules,
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
