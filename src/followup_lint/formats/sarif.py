"""SARIF 2.1.0, for code-scanning dashboards.

A template mistake that hits 12,000 recipients is one result, not 12,000: the result says how
many recipients it affects, and its ``properties`` list the first rows and who they are (masked
unless personal data is shown). Each result has a ``partialFingerprints`` entry built from what
the mistake is (rule, file, source snippet, message), not where it is, so dashboards follow it
across edits. Rules carry their full docs and a ``helpUri`` to their page; ``invocations``
records the exit status and the settings of the run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from . import FormatOptions
from ._grouping import IDENTITIES_SHOWN, ROWS_SHOWN, Group, with_affects
from ..docs_links import is_builtin, rule_url
from ..fingerprints import SourceLines, mistake_fingerprint
from ..registry import Registry
from ..report import Report
from ..rule import RuleDocs

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "followupLint/v1"


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


def _rule(code: str, registry: Registry) -> dict[str, Any]:
    spec = registry.rules.get(code)
    if spec is None:
        return {"id": code}
    entry: dict[str, Any] = {
        "id": spec.code,
        "name": spec.name,
        "shortDescription": {"text": spec.docs.summary},
        "fullDescription": {"text": (spec.docs.what or spec.docs.summary).strip()},
        "help": {"text": _help_text(spec.docs), "markdown": spec.docs.as_markdown() or spec.docs.summary},
        "defaultConfiguration": {"level": _LEVEL[spec.severity.value]},
        "properties": {"family": spec.family, "scope": spec.scope.value, "tags": [spec.family]},
    }
    if is_builtin(spec.code):
        entry["helpUri"] = rule_url(spec.code)
    return entry


def _region(entry: Group) -> dict[str, int]:
    d = entry.first
    if entry.in_data:  # a row of a recipients file: the line only, never its text
        return {"startLine": d.line}
    end_column = max(d.end_column, d.column + 1) if d.end_line == d.line else d.end_column
    return {"startLine": d.line, "startColumn": d.column, "endLine": max(d.end_line, d.line), "endColumn": end_column}


def _result(entry: Group, rule_index: dict[str, int], sources: SourceLines) -> dict[str, Any]:
    d = entry.first
    message = with_affects(d.message, entry)
    result: dict[str, Any] = {
        "ruleId": d.code,
        "ruleIndex": rule_index[d.code],
        "level": _LEVEL[d.severity.value],
        "message": {"text": message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(d.path)}, "region": _region(entry)}}],
        "partialFingerprints": {FINGERPRINT_KEY: mistake_fingerprint(d, sources, data_file=entry.in_data)},
    }
    recipients = entry.recipients
    if recipients or entry.in_data:
        rows = entry.rows
        noun, numbers = entry.numbered  # several records of a JSON array may share a line
        result["occurrenceCount"] = max(entry.count, 1)
        result["properties"] = {
            "recipients": entry.recipient_count if not entry.in_data else entry.number_count,
            "rows": rows[:ROWS_SHOWN],
            **({"records": numbers[:ROWS_SHOWN]} if noun == "record" else {}),
            "recipientFiles": entry.sources or [d.path],
            "identities": [r.identity for r in recipients[:IDENTITIES_SHOWN] if r.identity],
        }
    if d.fix:
        result.setdefault("properties", {})["fix"] = d.fix
    return result


def render(report: Report, registry: Registry, options: FormatOptions) -> str:
    entries = report.groups()
    used = sorted({e.first.code for e in entries})
    rule_index = {code: i for i, code in enumerate(used)}
    sources = SourceLines()
    invocation: dict[str, Any] = {
        "executionSuccessful": True,
        "exitCode": report.exit_code,
        "properties": {
            "failLevel": report.fail_level.value,
            "templates": report.templates,
            "recipients": report.recipients,
            **({"settings": dict(options.invocation)} if options.invocation else {}),
        },
    }
    document = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "followup-lint",
                        "version": options.tool_version,
                        "semanticVersion": options.tool_version,
                        "informationUri": rule_url("").rsplit("rules/", 1)[0],
                        "rules": [_rule(code, registry) for code in used],
                    }
                },
                "invocations": [invocation],
                "results": [_result(e, rule_index, sources) for e in entries],
            }
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
