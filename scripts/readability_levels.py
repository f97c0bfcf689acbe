"""Reading grades of the sentence-role corpora, per language: how the grade proxies compare.

    python scripts/readability_levels.py

Reads the opener/body/CTA/P.S. sentences of corpus/roles/{en,de,fr,es,nl}.tsv, which are
written in the same plain business register in every language, and prints the grade of the
whole set and of 500 random six-sentence "emails" (median and 90th percentile). The figures
in docs/readability.md come from this script.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from followup_lint.content.readability import readability  # noqa: E402


def main() -> int:
    print("language  sentences  grade  ease   words/sentence  median(6)  p90(6)  method")
    for language in ("en", "de", "fr", "es", "nl"):
        path = ROOT / "corpus" / "roles" / f"{language}.tsv"
        if not path.is_file():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
        sentences = [r["text"] for r in rows if r["segment"] in ("opener", "body", "cta", "ps")]
        whole = readability(sentences, language)
        if whole is None:
            continue
        sampler = random.Random(20261130)
        grades = sorted(readability(sampler.sample(sentences, 6), language).grade for _ in range(500))  # type: ignore[union-attr]
        print(
            f"{language:<9} {len(sentences):>9}  {whole.grade:>5}  {whole.ease:>5}  {whole.words_per_sentence:>14.1f}"
            f"  {grades[250]:>9}  {grades[450]:>6}  {whole.method}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
