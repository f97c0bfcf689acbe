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


def many(count: int, length: int) -> None:
    """Time and memory growth for ``count`` records whose names are all different and long
    (caches keyed by value must not keep them)."""
    import resource

    import followup_lint

    template = "Hi {{ first_name }},\n\nThanks for joining, {{ full_name }}.\n"
    followup_lint.lint(template, [{"first_name": "Wei"}])
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    words = max(length // 10, 1)
    records = ({"first_name": f"Parissa{i} " * words, "last_name": f"Behnia{i} " * words,
                "full_name": f"Zoë{i} " * words, "email": f"p{i}@bluefinch.example"} for i in range(count))
    start = time.perf_counter()
    followup_lint.lint(template, records)
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024
    print(f"{count} records with ~{length:,}-character names: {time.perf_counter() - start:.1f} s, peak memory grew {grown} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=200_000)
    parser.add_argument("--many", type=int, metavar="N", help="instead: N records, each with its own long names")
    args = parser.parse_args()
    import followup_lint

    if args.many:
        many(args.many, args.length)
        return 0

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
