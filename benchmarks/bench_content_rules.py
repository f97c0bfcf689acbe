"""Accuracy and cost of the content side of issue 11 on the sentence-role corpus.

    python benchmarks/bench_content_rules.py

1. The ``attendance`` role (what FL301 reads), cues only, against the corpus labels
   (corpus/roles/*.tsv): precision and recall per language.
2. FL309 (hard-coded claim) on every corpus sentence put into a short email: how often it fires
   on sentences labelled ``personal`` (which describe one reader and, written as literal text,
   are exactly what FL309 is for) and on all the others (a false-alarm proxy; each one is
   listed so a reader can judge it).
3. Once-per-template cost: milliseconds per template for FL006, FL206, FL301, FL308 and FL309
   together with no recipients (the per-recipient part of these rules is a dictionary lookup or
   a counter).

Numbers go to stdout; benchmarks/README.md keeps the committed figures.
"""

from __future__ import annotations

import csv
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from followup_lint import Config, Linter, lint  # noqa: E402
from followup_lint.content import assign_roles  # noqa: E402

LANGS = ("en", "de", "fr", "es", "nl")
GREETING = {"en": "Hi", "de": "Hallo", "fr": "Bonjour", "es": "Hola", "nl": "Hoi"}
_VAR = re.compile(r"\{\{.*?\}\}")


def rows(lang: str) -> list[dict[str, str]]:
    with open(ROOT / "corpus" / "roles" / f"{lang}.tsv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def email(lang: str, sentence: str) -> str:
    return (f"---\nlocale: {lang}\n---\n{GREETING[lang]} {{{{ first_name }}}},\n\n{sentence}\n\n"
            "Best,\nMaya Okafor\nNorthwind Analytics")


def attendance() -> None:
    print("1. attendance role (cues only) vs corpus labels")
    total = [0, 0, 0]
    for lang in LANGS:
        tp = fp = fn = 0
        for row in rows(lang):
            gold = "attendance" in row["labels"].split(",")
            pred = "attendance" in assign_roles(_VAR.sub("Example", row["text"]), lang, model=None).roles
            tp += gold and pred
            fp += pred and not gold
            fn += gold and not pred
        total = [total[0] + tp, total[1] + fp, total[2] + fn]
        print(f"   {lang}: tp {tp} fp {fp} fn {fn}  precision {tp / max(tp + fp, 1):.2f} recall {tp / max(tp + fn, 1):.2f}")
    tp, fp, fn = total
    print(f"   all: tp {tp} fp {fp} fn {fn}  precision {tp / max(tp + fp, 1):.3f} recall {tp / max(tp + fn, 1):.3f}")


def claims() -> None:
    print("2. FL309 on corpus sentences (no recipient list: a mass template)")
    linter = Linter(Config(select=("FL309",)))
    personal = [0, 0]
    other = [0, 0]
    listed: list[str] = []
    for lang in LANGS:
        for row in rows(lang):
            fired = bool(lint(email(lang, row["text"]), linter=linter).diagnostics)
            bucket = personal if "personal" in row["labels"].split(",") else other
            bucket[0] += fired
            bucket[1] += 1
            if fired and bucket is other:
                listed.append(f"      {row['id']} [{row['labels']}] {row['text']}")
    print(f"   fires on {personal[0]} of {personal[1]} sentences labelled personal")
    print(f"   fires on {other[0]} of {other[1]} other sentences ({other[0] / max(other[1], 1):.3f}):")
    print("\n".join(listed))


def cost() -> None:
    print("3. once-per-template cost of FL006, FL206, FL301, FL308, FL309")
    linter = Linter(Config(select=("FL006", "FL206", "FL301", "FL308", "FL309")))
    templates = []
    for lang in LANGS:
        texts = [r["text"] for r in rows(lang)]
        for start in range(0, len(texts) - 6, 6):  # six sentences per email
            templates.append(email(lang, " ".join(texts[start : start + 6])))
    lint(templates[0], linter=linter)  # imports and loads once
    began = time.perf_counter()
    for template in templates:
        lint(template, linter=linter)
    elapsed = time.perf_counter() - began
    print(f"   {len(templates)} templates of six sentences: {elapsed / len(templates) * 1000:.2f} ms per template")


if __name__ == "__main__":
    attendance()
    claims()
    cost()
