"""Benchmark: recall and false alarms of the issue-11 rules on whole emails.

    PYTHONPATH=src python benchmarks/bench_personalization.py [--verbose] [--only CATEGORY] [--batch 3]

Reads every case of ``corpus/emails/personalization/*.yml`` (whole templates with small
recipient lists, each labelled must-fire or must-not; see that folder's README), lints it with
only the case's rule(s) selected, and reports per category:

* recall: must-fire cases the rule reported (at ``min_severity`` or above when the case says so);
* false-alarm rate: must-not cases it reported.

``--verbose`` lists every case that went the wrong way, with what was reported. ``--batch 3``
scores only the third batch: cases written after the rules were changed and never tuned on,
the honest estimate of how the rules do on wording they were not fitted to. Prints a
Markdown table for benchmarks/README.md. The maintainers' target on their own held-out set is
recall >= 0.90 with false alarms <= 0.05 on these categories.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import io
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
CORPUS = ROOT / "corpus" / "emails" / "personalization"
_SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class Case:
    category: str
    id: str
    expect: str  # "fire" | "quiet"
    rules: tuple[str, ...]
    min_severity: str | None
    template: str
    recipients: list[dict[str, Any]]
    send_date: datetime.date | None
    batch: int


def _records(spec: dict[str, Any], defaults: dict[str, Any]) -> list[dict[str, Any]]:
    if "recipients_csv" in spec:
        return list(csv.DictReader(io.StringIO(spec["recipients_csv"])))
    if "recipients" in spec:
        return [dict(r) for r in spec["recipients"]]
    if "recipients_csv" in defaults:
        return list(csv.DictReader(io.StringIO(defaults["recipients_csv"])))
    return [dict(r) for r in defaults.get("recipients") or ()]


def _date(value: Any) -> datetime.date | None:
    if value is None or isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value))


def load_cases(folder: Path = CORPUS) -> list[Case]:
    cases: list[Case] = []
    for path in sorted(folder.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for spec in data["cases"]:
            rule = spec.get("rule", data.get("rule"))
            rules = tuple(rule) if isinstance(rule, list) else (rule,)
            cases.append(Case(
                category=data["category"], id=spec["id"], expect=spec["expect"], rules=rules,
                min_severity=spec.get("min_severity", data.get("min_severity")),
                template=spec.get("template", data.get("template")),
                recipients=_records(spec, data),
                send_date=_date(spec.get("send_date", data.get("send_date"))),
                batch=int(spec.get("batch", 1)),
            ))
    return cases


def fired(case: Case) -> tuple[bool, list[str]]:
    """Whether the case's rule reported it, and what was reported (code, severity, message)."""
    from followup_lint.testing import run_rules

    found = run_rules(case.rules, case.template, case.recipients, send_date=case.send_date)
    relevant = [d for d in found if d.code in case.rules]
    if case.min_severity:
        floor = _SEVERITY_RANK[case.min_severity]
        relevant = [d for d in relevant if _SEVERITY_RANK[str(d.severity.value if hasattr(d.severity, "value") else d.severity).lower()] >= floor]
    return bool(relevant), [f"{d.code} {getattr(d.severity, 'value', d.severity)}: {d.message}" for d in found]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--only")
    parser.add_argument("--batch", help="only the cases of these batches, e.g. 3 or 1,2 (3 and 4: written after the rule changes)")
    args = parser.parse_args()
    cases = [c for c in load_cases() if (not args.only or c.category == args.only)
             and (args.batch is None or str(c.batch) in args.batch.split(","))]
    table: dict[str, list[int]] = {}  # category -> [fire n, fire hit, quiet n, quiet hit]
    misses: list[str] = []
    for case in cases:
        hit, reported = fired(case)
        row = table.setdefault(case.category, [0, 0, 0, 0])
        if case.expect == "fire":
            row[0] += 1
            row[1] += hit
            if not hit:
                misses.append(f"MISSED  {case.category}/{case.id}: {reported or 'nothing reported'}")
        else:
            row[2] += 1
            row[3] += hit
            if hit:
                misses.append(f"FALSE   {case.category}/{case.id}: {reported}")
    print("| category | must fire | recall | must not | false alarms |")
    print("|---|---:|---:|---:|---:|")
    total = [0, 0, 0, 0]
    for category, (n_fire, hits, n_quiet, alarms) in table.items():
        total = [a + b for a, b in zip(total, (n_fire, hits, n_quiet, alarms))]
        print(f"| {category} | {n_fire} | {hits / n_fire:.2f} ({hits}) | {n_quiet} | {alarms / n_quiet:.2f} ({alarms}) |")
    n_fire, hits, n_quiet, alarms = total
    print(f"| **all** | {n_fire} | **{hits / n_fire:.2f}** ({hits}) | {n_quiet} | **{alarms / n_quiet:.2f}** ({alarms}) |")
    if args.verbose:
        print()
        for line in misses:
            print(line)


if __name__ == "__main__":
    main()
