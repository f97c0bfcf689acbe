"""JUnit XML: one test case per template (or recipient file), one failure per diagnostic."""

from __future__ import annotations

from collections import defaultdict
from xml.etree import ElementTree as ET

from . import FormatOptions
from ..model import Diagnostic
from ..registry import Registry
from ..report import Report


def render(report: Report, registry: Registry, options: FormatOptions) -> str:
    by_path: dict[str, list[Diagnostic]] = defaultdict(list)
    for d in report.diagnostics:
        by_path[d.path].append(d)
    suite = ET.Element(
        "testsuite",
        name="followup-lint",
        tests=str(max(len(by_path), 1)),
        failures=str(sum(1 for d in report.diagnostics if d.severity.rank >= report.fail_level.rank)),
        errors="0",
    )
    if not by_path:
        ET.SubElement(suite, "testcase", classname="followup-lint", name="campaign")
    for path, items in sorted(by_path.items()):
        case = ET.SubElement(suite, "testcase", classname="followup-lint", name=path)
        for d in items:
            tag = "failure" if d.severity.rank >= report.fail_level.rank else "system-out"
            row = f" (row {d.recipient.row} of {d.recipient.source})" if d.recipient and d.recipient.source != d.path else ""
            text = f"{d.path}:{d.line}:{d.column}: {d.code} [{d.severity.value}] {d.message}{row}"
            if tag == "failure":
                element = ET.SubElement(case, "failure", message=f"{d.code} {d.name}", type=d.severity.value)
                element.text = text
            else:
                element = ET.SubElement(case, "system-out")
                element.text = text
    ET.indent(suite)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suite, encoding="unicode") + "\n"
