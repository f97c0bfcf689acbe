"""Whole-email tone evaluation (issue 10): recall on must-fire and false alarms on must-not.

    PYTHONPATH=src python benchmarks/bench_tone_emails.py [--verbose] [--markdown] [--holdout] [--files GLOB ...]

Every case of ``corpus/emails/tone/*.yml`` (whole templates written for this project, labelled
by category) is linted with the tone, subject and personalization rules below and no recipient
list. A must-fire case counts as caught when one of its category's rules fires; a must-not case
is a false alarm when any watched rule fires. Figures are given for the development split, the
check split (every third case of each file, never looked at while changing rules) and both.
``--verbose`` lists every miss and every false alarm with the findings (rule and message, which
names the evidence). ``--markdown`` prints the table for benchmarks/README.md.

``--holdout`` lints ``corpus/emails/tone-holdout/`` instead: cases written after the rules were
changed and linted once, unchanged, for a blind figure. Each case names its category; a must-fire
case is caught by the rules of that category in the development files.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from followup_lint import Config, Linter, lint  # noqa: E402

CASES = ROOT / "corpus" / "emails" / "tone"
HOLDOUT = ROOT / "corpus" / "emails" / "tone-holdout"
#: Rules whose firing on a must-not case is a false alarm: the opener and tone family (not the
#: length and reading-level info rules), name-only personalization and the subject rules.
WATCHED = tuple(f"FL2{n:02d}" for n in range(1, 15)) + ("FL304", "FL501", "FL502", "FL503")


@dataclass
class Case:
    id: str
    category: str
    fires: bool
    rules: tuple[str, ...]
    lang: str
    template: str
    split: str


@dataclass
class Tally:
    fires: bool
    totals: dict[str, list[int]] = field(default_factory=lambda: {"dev": [0, 0], "check": [0, 0]})
    rules: dict[str, int] = field(default_factory=dict)

    def add(self, split: str, hit: bool) -> None:
        self.totals[split][0] += hit
        self.totals[split][1] += 1

    def merge(self, other: "Tally") -> None:
        for split, (hits, n) in other.totals.items():
            self.totals[split][0] += hits
            self.totals[split][1] += n
        for code, count in other.rules.items():
            self.rules[code] = self.rules.get(code, 0) + count

    def rate(self, split: str | None = None) -> tuple[int, int]:
        if split is None:
            return (self.totals["dev"][0] + self.totals["check"][0], self.totals["dev"][1] + self.totals["check"][1])
        hits, n = self.totals[split]
        return hits, n


def _category_rules() -> dict[str, tuple[str, ...]]:
    """The rules that catch each must-fire category, from the development files."""
    found: dict[str, tuple[str, ...]] = {}
    for path in sorted(CASES.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found[data["category"]] = tuple(data.get("rules") or ())
    return found


def load_cases(folder: Path = CASES, pattern: str = "*.yml") -> list[Case]:
    by_category = _category_rules()
    cases: list[Case] = []
    for path in sorted(folder.glob(pattern)):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for number, item in enumerate(data["cases"]):
            category = item.get("category") or data["category"]
            rules = item.get("rules") or by_category.get(category) or data.get("rules") or ()
            cases.append(Case(
                id=item["id"], category=category, fires=bool(data["fires"]),
                rules=tuple(rules), lang=item.get("lang", "en"),
                template=item["template"], split="check" if number % 3 == 2 else "dev",
            ))
    return cases


def run(verbose: bool, folder: Path = CASES, pattern: str = "*.yml") -> dict[str, Tally]:
    linter = Linter(Config(select=WATCHED))
    tallies: dict[str, Tally] = {}
    for case in load_cases(folder, pattern):
        report = lint(case.template, linter=linter)
        found = [d for d in report.diagnostics if d.code in WATCHED]
        tally = tallies.setdefault(case.category, Tally(case.fires))
        if case.fires:
            relevant = [d for d in found if d.code in case.rules]
            ok = bool(relevant)
            tally.add(case.split, ok)
        else:
            relevant = found
            ok = not found
            tally.add(case.split, not ok)
        for diagnostic in relevant:
            tally.rules[diagnostic.code] = tally.rules.get(diagnostic.code, 0) + 1
        if verbose and not ok:
            label = "MISS" if case.fires else "FALSE ALARM"
            print(f"{label} [{case.split}] {case.category}/{case.id} ({case.lang})")
            for diagnostic in (found if case.fires else relevant):
                print(f"    {diagnostic.code} line {diagnostic.line}: {diagnostic.message}")
            if case.fires and not found:
                print("    (no watched rule fired)")
    return tallies


def _fmt(hits: int, n: int) -> str:
    return f"{hits}/{n} ({hits / n:.2f})" if n else "-"


def table(tallies: dict[str, Tally], markdown: bool) -> str:
    head = "| category | kind | dev | check | all | rules that fired |"
    lines = [head, "|---|---|---|---|---|---|"] if markdown else [head]
    totals = {True: {"dev": [0, 0], "check": [0, 0]}, False: {"dev": [0, 0], "check": [0, 0]}}
    for fires in (True, False):
        for name, tally in sorted(tallies.items()):
            if tally.fires != fires:
                continue
            for split in ("dev", "check"):
                hits, n = tally.rate(split)
                totals[fires][split][0] += hits
                totals[fires][split][1] += n
            kind = "must-fire (recall)" if fires else "must-not (false alarms)"
            rules = ", ".join(f"{code} x{count}" for code, count in sorted(tally.rules.items())) or "-"
            lines.append(f"| {name} | {kind} | {_fmt(*tally.rate('dev'))} | {_fmt(*tally.rate('check'))} | "
                         f"{_fmt(*tally.rate())} | {rules} |")
    for fires in (True, False):
        dev, check = totals[fires]["dev"], totals[fires]["check"]
        both = (dev[0] + check[0], dev[1] + check[1])
        kind = "**recall, all must-fire**" if fires else "**false-alarm rate, all must-not**"
        lines.append(f"| {kind} | | {_fmt(*dev)} | {_fmt(*check)} | {_fmt(*both)} | |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss and false alarm with its findings")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--holdout", action="store_true", help="lint the held-out cases (corpus/emails/tone-holdout)")
    parser.add_argument("--files", nargs="+", default=["*.yml"], metavar="GLOB",
                        help="only the case files matching one of the GLOBs (e.g. '*-3.yml': the held-out "
                        "third batch alone; 'fire.yml quiet.yml fire-2.yml quiet-2.yml': batches 1-2)")
    args = parser.parse_args()
    folder = HOLDOUT if args.holdout else CASES
    tallies: dict[str, Tally] = {}
    for pattern in dict.fromkeys(args.files):  # one glob after another, counted together
        for name, tally in run(args.verbose, folder, pattern).items():
            tallies.setdefault(name, Tally(tally.fires)).merge(tally)
    print(table(tallies, args.markdown))


if __name__ == "__main__":
    main()
