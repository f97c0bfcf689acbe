"""FL309's false alarms on every whole-email corpus with must-not cases.

    PYTHONPATH=src python benchmarks/bench_claims_alarms.py [--verbose]

Lints with FL309 alone:

* ``corpus/emails/tone/`` and ``corpus/emails/tone-holdout/`` (batches 1-5), no recipient list
  (FL309 then takes the template as a mass template), every case;
* ``corpus/emails/personalization/`` (all batches in the folder), each case with its recipients,
  every case except the must-fire cases of the `claims` category.

A tone case labelled must-not, or a personalization case outside the claims category, was not
written to hold a hard-coded fact about the reader; FL309 firing on it is counted and listed
(``--verbose``) for reading by hand: most are false alarms (the sender's offer or estimate read
as a fact), a few are real claims written into a case of another category. Tone must-fire cases
(offers, pitches, fake familiarity) are listed apart: the sender's offers live there.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_personalization import load_cases  # noqa: E402
from followup_lint.testing import run_rules  # noqa: E402


def _tone_cases(folder: Path) -> list[tuple[str, bool, str]]:
    out = []
    for path in sorted(folder.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data.get("cases") or ():
            fires = case.get("fires", data.get("fires"))
            out.append((f"{path.stem}/{case['id']}", bool(fires), case["template"]))
    return out


def _fl309(template: str, records: list) -> list[str]:
    return [d.message for d in run_rules(("FL309",), template, records) if d.code == "FL309"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    rows = []
    listed: list[str] = []
    for name in ("tone", "tone-holdout"):
        tally = {True: [0, 0], False: [0, 0]}
        for case_id, fires, template in _tone_cases(ROOT / "corpus" / "emails" / name):
            found = _fl309(template, [])
            tally[fires][0] += 1
            tally[fires][1] += bool(found)
            if found:
                listed.append(f"{name}/{case_id} ({'must-fire' if fires else 'must-not'}): {found}")
        rows.append((f"{name} must-not", *tally[False]))
        rows.append((f"{name} must-fire (other rules)", *tally[True]))
    quiet = [0, 0]
    for case in load_cases():
        if case.category == "claims" and case.expect == "fire":
            continue
        found = _fl309(case.template, case.recipients)
        quiet[0] += 1
        quiet[1] += bool(found)
        if found:
            listed.append(f"personalization/{case.category}/{case.id} ({case.expect}): {found}")
    rows.append(("personalization, all but claims must-fire", *quiet))
    print("| corpus | emails | FL309 fires |")
    print("|---|---:|---:|")
    for label, n, hits in rows:
        print(f"| {label} | {n} | {hits} |")
    if args.verbose:
        print()
        print("\n".join(listed))


if __name__ == "__main__":
    main()
