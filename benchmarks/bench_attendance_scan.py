"""Benchmark: what FL301's scan of a ticket-only status column costs (attendance_scan.py).

    PYTHONPATH=src python benchmarks/bench_attendance_scan.py [--records 50000]

Writes an Eventbrite attendee report (``Attendee Status``) in two shapes - the worst case, where
nobody is checked in and the scan reads the whole file, and a mixed list, where the first
check-in is on row 3 - then times, with only FL301 selected and a template that presumes
attendance: the scan alone, and whole runs with ``ticket_holders = "auto"`` (the scan) and
``"unknown"`` (no scan). Prints a Markdown table for benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

TEMPLATE = """---
kind: follow-up
---
Hi {{ first_name }},

Thanks for joining us at the roundtable yesterday.

Best,
Femke de Groot
"""
HEADER = ["Order #", "First Name", "Last Name", "Email", "Ticket Type", "Attendee Status"]


def _write(path: Path, records: int, mixed: bool) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for i in range(records):
            status = "Checked In" if mixed and i % 3 == 2 else "Attending"
            writer.writerow([f"{7812345600 + i}", f"Guest{i}", "Okafor", f"guest{i}@example.com", "General", status])


def _best(run, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    from followup_lint import Config, Linter, lint_path
    from followup_lint.attendance_scan import scan_checked_in
    from followup_lint.recipients import read_recipient_file

    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=50_000)
    args = parser.parse_args()
    print(f"| list ({args.records:,} records) | scan alone | run, ticket_holders = auto | run, = unknown (no scan) | FL301 findings (auto) |")
    print("|---|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        template = Path(folder) / "follow-up.j2"
        template.write_text(TEMPLATE, encoding="utf-8")
        for label, mixed in (("nobody checked in (whole file scanned)", False), ("mixed (first check-in on row 3)", True)):
            recipients = Path(folder) / "attendees.csv"
            _write(recipients, args.records, mixed)
            scan = _best(lambda: scan_checked_in(read_recipient_file(recipients)))
            auto = Linter(Config(jobs=1, select=("FL301",)))
            none = Linter(Config(jobs=1, select=("FL301",), rule_options={"FL301": {"ticket_holders": "unknown"}}))
            lint_path(template, recipients=recipients, linter=none)  # warm: rules, models, lemma tables
            with_scan = _best(lambda: lint_path(template, recipients=recipients, linter=auto), 2)
            without = _best(lambda: lint_path(template, recipients=recipients, linter=none), 2)
            found = lint_path(template, recipients=recipients, linter=auto).summary.get("by_code", {}).get("FL301", 0)
            print(f"| {label} | {scan:.2f} s | {with_scan:.2f} s | {without:.2f} s | {found:,} |")


if __name__ == "__main__":
    main()
