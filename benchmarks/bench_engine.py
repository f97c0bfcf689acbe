"""Time ``followup_lint`` on one template against N synthetic recipients.

    python benchmarks/bench_engine.py --recipients 10000 100000 [--select FL0,FL1,FL4]
    python benchmarks/bench_engine.py --recipients 100000 --template careless

Writes the synthetic CSV to a temporary folder, then times ``lint_path`` (reading, rendering
and all selected rules) end to end, excluding process start-up and rule loading.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

GIVEN = ["Parissa", "Wei", "José", "Mary-Jane", "Siobhán", "Ludwig", "Aiko", "Oluwaseun", "Fatima",
         "Min-jun", "Zoë", "Tomasz", "Kwame", "Priya", "Daniel", "Sarah", "Jordan", "Morgan", "Ana", "Lan"]
FAMILY = ["Behnia", "Zhang", "García Márquez", "Watson", "Ní Bhriain", "van Beethoven", "Tanaka",
          "Adeyemi", "Al-Sayed", "Park", "Lefèvre", "Wiśniewski", "Mensah", "Raman", "Okoro", "Cohen",
          "Taylor", "Freeman", "de la Cruz", "Nguyen"]

TEMPLATE = """---
subject: "Your recording: {{ webinar_title }}"
kind: follow-up
locale: en
---
Hi {{ first_name }},

{% if attended == "yes" %}Thanks for joining {{ webinar_title }} on Tuesday.{% else %}Sorry we missed you at
{{ webinar_title }} on Tuesday.{% endif %} Here is the recording and the slide deck: {{ recording_url }}

{% if question %}You asked about "{{ question }}". Section 3 of the deck walks through exactly
that, with the cohort numbers from the two case studies.{% endif %}

If it would help, I can share the retention template we used in the demo.

Best,
Dana Okafor
"""

# A template with mistakes that per-recipient FL3xx rules check for every record: "yesterday"
# against each record's webinar date (FL308), a company field without a fallback (FL307),
# "thanks for attending" to no-shows (FL301). About half the records produce diagnostics, so
# this also measures masking, grouping and report building under load.
CARELESS = """---
subject: "Your recording"
kind: follow-up
locale: en
---
Hi {{ first_name }},

Thanks for attending our session yesterday. The team from {{ company }} asked good questions.

Best,
Dana Okafor
"""


def write_recipients(path: Path, count: int, seed: int = 7, careless: bool = False) -> None:
    """Clean records for the follow-up template; with ``careless``, also a webinar date
    (half of them six days old) and an empty company on one record in ten."""
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["first_name", "last_name", "email", "company", "attended", "webinar_title",
                         "recording_url", "question", "webinar_date"])
        for i in range(count):
            given, family = rng.choice(GIVEN), rng.choice(FAMILY)
            local = f"{given}.{family}".lower().replace(" ", "").replace("'", "")
            company = rng.choice(["Example Co"] * 9 + [""]) if careless else "Example Co"
            when = rng.choice(["2026-11-17", "2026-11-22"]) if careless else "2026-11-17"
            writer.writerow([given, family, f"{local}{i}@example.com", company,
                             rng.choice(["yes", "no"]), "Retention Metrics 101",
                             "https://example.com/r/101", rng.choice(["", "Can cohorts be weekly?"]), when])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--recipients", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--select", default=None, help="comma-separated selectors (default: all default rules)")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=0, help="worker processes (0: one per core, 1: sequential)")
    parser.add_argument("--template", choices=("follow-up", "careless"), default="follow-up",
                        help="careless: a template whose per-recipient FL3xx findings fire for about half the list")
    args = parser.parse_args()

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from followup_lint import Config, Linter, lint_path

    select = tuple(args.select.split(",")) if args.select else ()
    started = time.perf_counter()
    import datetime

    linter = Linter(Config(select=select, jobs=args.jobs, send_date=datetime.date(2026, 11, 23)))
    setup = time.perf_counter() - started
    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores, jobs={args.jobs}, "
          f"rules enabled: {len(linter.enabled)}, rule loading: {setup * 1000:.0f} ms")
    with tempfile.TemporaryDirectory() as folder:
        template = Path(folder) / "follow-up.j2"
        template.write_text(CARELESS if args.template == "careless" else TEMPLATE, encoding="utf-8")
        for count in args.recipients:
            csv_path = Path(folder) / "recipients.csv"
            write_recipients(csv_path, count, careless=args.template == "careless")
            best = float("inf")
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                report = lint_path(template, recipients=csv_path, linter=linter)
                best = min(best, time.perf_counter() - t0)
            print(f"{count:>8,} recipients: {best:6.2f} s  ({count / best:,.0f} recipients/s, "
                  f"{len(report.diagnostics):,} diagnostics)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
