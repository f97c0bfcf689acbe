"""A Markdown summary of the run, for ``$GITHUB_STEP_SUMMARY`` (written there automatically
under GitHub Actions) or a merge-request comment: the verdict, counts by rule and by template,
the first findings (grouped, masked), and the personalization scores.
"""

from __future__ import annotations

from collections import Counter

from . import FormatOptions
from ._grouping import Group, affects
from ..docs_links import is_builtin, rule_url
from ..registry import Registry
from ..report import Report

TOP_FINDINGS = 15
_ICON = {"error": "🔴", "warning": "🟡", "info": "🔵"}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _rule_link(code: str, name: str) -> str:
    return f"[{code}]({rule_url(code)}) {name}" if is_builtin(code) else f"{code} {name}"


def _finding(entry: Group) -> str:
    d = entry.first
    where = f"{d.path}:{d.line}" if entry.in_data else f"{d.path}:{d.line}:{d.column}"
    note = affects(entry)
    text = f"{_ICON[d.severity.value]} `{where}` **{d.code}** {d.message}"
    return f"- {_cell(text)}" + (f" — {_cell(note)}" if note else "")


def render(report: Report, registry: Registry, options: FormatOptions) -> str:
    s = report.summary
    verdict = "✅ passed" if report.ok else "❌ failed"
    lines = [
        "## followup-lint",
        "",
        f"**{verdict}** (fail level: {s['fail_level']}) — {s['templates']} template(s), {s['recipients']} recipient(s): "
        f"{s['errors']} error(s), {s['warnings']} warning(s), {s['infos']} info(s)",
    ]
    baseline = s.get("baseline")
    if baseline:
        lines.append("")
        lines.append(f"Baseline `{baseline['path']}`: {baseline['matched']} known finding(s) hidden, "
                     f"{baseline['fixed']} fixed since it was written.")
    entries = report.groups()
    if entries:
        by_rule: Counter[tuple[str, str, str]] = Counter()
        by_path: Counter[str] = Counter()
        for d in report.diagnostics:
            by_rule[(d.code, d.name, d.severity.value)] += 1
            by_path[d.path] += 1
        lines += ["", "### By rule", "", "| rule | severity | findings |", "|---|---|---:|"]
        for (code, name, severity), count in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"| {_cell(_rule_link(code, name))} | {severity} | {count} |")
        lines += ["", "### By file", "", "| file | findings |", "|---|---:|"]
        for path, count in sorted(by_path.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"| `{_cell(path)}` | {count} |")
        ordered = sorted(entries, key=lambda e: (-e.first.severity.rank, e.sort_key()))
        lines += ["", f"### Top findings ({min(len(ordered), TOP_FINDINGS)} of {len(ordered)})", ""]
        lines += [_finding(e) for e in ordered[:TOP_FINDINGS]]
    if report.scores:
        lines += ["", "### Personalization score", "", "| template | score | reasons |", "|---|---:|---|"]
        for score in report.scores:
            reasons = "; ".join(f"{r.points:+d} {r.reason}" for r in score.reasons if r.points) or "no points"
            lines.append(f"| `{_cell(score.path)}` | {score.score} | {_cell(reasons)} |")
    return "\n".join(lines) + "\n"
