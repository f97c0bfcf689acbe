"""Per-template cost on realistic, fully distinct templates.

Every template of the email corpora (``corpus/emails/**``: tone development and held-out cases,
personalization cases; about 1,900 different hand-written emails in five languages) is linted
once, in-process, against a three-record list, after a warm-up on the first 20. CPU time
(``time.process_time``), so that other work on a shared machine moves the figure less than it
moves wall time. This is the cost a campaign folder of many different templates pays per
template: segmentation, sentence roles and every structural reading run once per template and
per new sentence; nothing is repeated per recipient.

    python benchmarks/bench_distinct_templates.py            # the first 700 templates
    python benchmarks/bench_distinct_templates.py --count 0  # all of them
    python benchmarks/bench_distinct_templates.py --corpus OTHER/corpus/emails  # the same set for two versions
"""

from __future__ import annotations

import argparse
import gc
import time
from pathlib import Path

import yaml

import followup_lint as fl
from followup_lint import api

ROOT = Path(__file__).resolve().parents[1]
RECORDS = [
    {"first_name": "Ingrid", "last_name": "van der Berg", "company": "Noordlicht BV", "email": "i@noordlicht.example"},
    {"first_name": "Kenji", "last_name": "Watanabe", "company": "Sakura Foods", "email": "k@sakura.example"},
    {"first_name": "Zoë", "last_name": "Ó Briain-Lopes", "company": "Atlântico Lda", "email": "z@atlantico.example"},
]


def templates(corpus: Path) -> list[str]:
    found: list[str] = []
    for path in sorted(corpus.rglob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for case in data.get("cases", []) or []:
            if isinstance(case, dict) and isinstance(case.get("template"), str):
                found.append(case["template"])
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=700, help="templates to lint (0: all)")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "emails",
                        help="where the templates come from (to compare two versions of the code on one set)")
    args = parser.parse_args()
    texts = templates(args.corpus)
    chosen = texts if args.count <= 0 else texts[: args.count]
    linter = fl.Linter()
    for text in texts[:20]:
        api.lint(text, RECORDS, linter=linter)
    gc.collect()
    start = time.process_time()
    for text in chosen:
        api.lint(text, RECORDS, linter=linter)
    spent = time.process_time() - start
    print(f"{len(chosen)} distinct templates (of {len(texts)}): {spent:.2f} s CPU, "
          f"{spent / len(chosen) * 1000:.1f} ms a template")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
