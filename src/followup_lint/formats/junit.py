"""JUnit XML: ``<testsuites>`` with one ``<testsuite>`` and one test case per template and per
recipients file that was linted, clean ones included, so a dashboard shows what passed too.

A test case fails when something in it reaches the fail level: its one ``<failure>`` lists
those findings, grouped like the text format (a mistake that hits many recipients is one line
with their rows and masked identities). Findings below the fail level go to the test case's
``<system-out>``. ``tests``/``failures`` count test cases, as CI dashboards expect.
"""

from __future__ import annotations

from collections import defaultdict
from xml.etree import ElementTree as ET

from . import FormatOptions
from ._grouping import Group, with_affects
from ..registry import Registry
from ..report import Report


def _line(entry: Group) -> str:
    d = entry.first
    where = f"{d.path}:{d.line}" if entry.in_data else f"{d.path}:{d.line}:{d.column}"
    return with_affects(f"{where}: {d.code} [{d.severity.value}] {d.message}", entry)


def _case(path: str, kind: str, entries: list[Group], fail_rank: int) -> tuple[ET.Element, bool]:
    case = ET.Element("testcase", classname=f"followup-lint.{kind}", name=path)
    failing = [e for e in entries if e.first.severity.rank >= fail_rank]
    passing = [e for e in entries if e.first.severity.rank < fail_rank]
    if failing:
        codes = list(dict.fromkeys(f"{e.first.code} {e.first.name}" for e in failing))
        count = sum(e.count for e in failing)
        worst = max((e.first.severity for e in failing), key=lambda s: s.rank)
        element = ET.SubElement(case, "failure", message=f"{count} finding(s): {', '.join(codes)}", type=worst.value)
        element.text = "\n".join(_line(e) for e in failing)
    if passing:
        ET.SubElement(case, "system-out").text = "\n".join(_line(e) for e in passing)
    return case, bool(failing)


def render(report: Report, registry: Registry, options: FormatOptions) -> str:
    by_path: dict[str, list[Group]] = defaultdict(list)
    data_paths: set[str] = set(report.recipient_files)
    for entry in report.groups():
        by_path[entry.first.path].append(entry)
        if entry.in_data:
            data_paths.add(entry.first.path)
    paths = list(dict.fromkeys([*report.template_paths, *report.recipient_files, *sorted(by_path)]))
    fail_rank = report.fail_level.rank
    cases: list[ET.Element] = []
    failed = 0
    for path in sorted(paths):
        kind = "recipients" if path in data_paths else "template"
        case, failing = _case(path, kind, by_path.get(path, []), fail_rank)
        failed += failing
        cases.append(case)
    if not cases:
        cases.append(ET.Element("testcase", classname="followup-lint", name="campaign"))
    counts = {"tests": str(len(cases)), "failures": str(failed), "errors": "0", "skipped": "0"}
    root = ET.Element("testsuites", name="followup-lint", **counts)
    suite = ET.SubElement(root, "testsuite", name="followup-lint", **counts)
    suite.extend(cases)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
