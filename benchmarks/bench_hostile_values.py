"""Regex audit by measurement: every default rule on records whose values are long and hostile.

    python benchmarks/bench_hostile_values.py                 # 200,000 characters per value
    python benchmarks/bench_hostile_values.py --length 50000

Each shape is put in every field a rule reads (first, last and full name, email, company,
event date, question) of one record, and the record is linted in memory by ``lint()`` with all
default rules, through a realistic follow-up template that uses every field. A pattern that
backtracks shows as a time that grows with the square of the length: compare two lengths.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

TEMPLATE = """---
subject: "{{ first_name }}, your question about {{ company }}"
---
Hi {{ first_name }},

Thanks for joining the webinar on {{ event_date }}. You asked: {{ question }}

{{ full_name }} at {{ company }} ({{ email }}) - we'd love to follow up.

Best,
Dana
"""

SHAPES = {
    "one long word": lambda n: "P" * n,
    "hyphenated words": lambda n: "Jean-" * (n // 5),
    "open brackets": lambda n: "[" * n,
    "angle brackets": lambda n: "<" * n,
    "percent signs": lambda n: "%" * n,
    "at-signs": lambda n: "a@" * (n // 2),
    "local part, no domain": lambda n: "x" * n + "@",
    "dots": lambda n: "a." * (n // 2),
    "spaces inside": lambda n: "Zoë" + " " * n + "Lefèvre",
    "digits": lambda n: "7" * n,
    "braces": lambda n: "{{" * (n // 2),
    "parentheses": lambda n: "(" * n,
    "pronoun notes": lambda n: "Wei (she/her) " * (n // 14),
    "invisible characters": lambda n: "\u200b" * n + "Wei",
    "accents": lambda n: "é" * n,
    "CJK": lambda n: "王" * n,
}
FIELDS = ("first_name", "last_name", "full_name", "email", "company", "event_date", "question")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=200_000)
    args = parser.parse_args()
    import followup_lint

    followup_lint.lint(TEMPLATE, [{"first_name": "Wei", "email": "wei@lotusdata.example"}])  # load everything once
    print(f"| shape ({args.length:,} characters in each of {len(FIELDS)} fields) | time | findings |")
    print("|---|---|---|")
    for name, make in SHAPES.items():
        value = make(args.length)
        record = {field: value for field in FIELDS}
        start = time.perf_counter()
        report = followup_lint.lint(TEMPLATE, [record])
        elapsed = time.perf_counter() - start
        print(f"| {name} | {elapsed:.2f} s | {len(report.diagnostics)} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
