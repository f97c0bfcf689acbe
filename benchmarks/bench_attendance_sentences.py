"""Benchmark: FL301's phrase side, sentence by sentence, on the sentence-role corpus.

    PYTHONPATH=src python benchmarks/bench_attendance_sentences.py [--verbose]

Reads every sentence of ``corpus/roles/*.tsv`` and asks FL301's phrase side
(``checks/attendance_phrases.presumes_attendance``) whether it presumes the reader attended,
and through which source: a cue of ``rules/cues/attendance*.yml``, the role classifier, or the
frame of ``rules/data/attendance-wording.yml``. Reports, per language and per source, how many
sentences labelled ``attendance`` are found (recall) and how many of the others are
(false-alarm rate, precision). The classifier was trained on this corpus, so its figures here
are in-sample (optimistic); the cue and frame figures are not fitted by training, but the cue
lists were written with part of the corpus in view. ``--verbose`` lists the sentences that went
the wrong way.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
CORPUS = ROOT / "corpus" / "roles"


def main() -> None:
    from followup_lint.checks.attendance_phrases import presumes_attendance
    from followup_lint.content import assign_roles

    parser = argparse.ArgumentParser()
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    counts: Counter[tuple[str, str, str]] = Counter()  # (lang, labelled, source|none)
    wrong: list[str] = []
    for path in sorted(CORPUS.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                text, lang = row["text"], row["lang"]
                labelled = "attendance" in row["labels"].split(",")
                sentence = assign_roles(text, lang)
                if row.get("segment") == "subject":
                    sentence = sentence.with_place(segment="subject", start=0, end=len(text), index=0, paragraph=-1)
                why = presumes_attendance(sentence)
                source = why[0] if why else "none"
                counts[(lang, "yes" if labelled else "no", source)] += 1
                if labelled != (why is not None):
                    wrong.append(f"{'MISSED' if labelled else 'FALSE '} {row['id']} [{source}] {text}"
                                 + (f"  <- {why[1]}" if why else ""))
    langs = sorted({k[0] for k in counts})
    print("| language | attendance sentences | found (cue / model / frame) | recall | other sentences | "
          "reported (cue / model / frame) | false-alarm rate | precision |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for lang in [*langs, "all"]:
        def n(labelled: str, source: str | None = None) -> int:
            return sum(v for (l, lab, s), v in counts.items()
                       if (lang == "all" or l == lang) and lab == labelled and (source is None or s == source))
        pos, neg = n("yes"), n("no")
        hits = {s: n("yes", s) for s in ("cue", "model", "frame")}
        alarms = {s: n("no", s) for s in ("cue", "model", "frame")}
        tp, fp = sum(hits.values()), sum(alarms.values())
        precision = tp / (tp + fp) if tp + fp else 0.0
        print(f"| {lang} | {pos} | {tp} ({hits['cue']} / {hits['model']} / {hits['frame']}) | "
              f"{tp / pos if pos else 0:.2f} | {neg} | {fp} ({alarms['cue']} / {alarms['model']} / {alarms['frame']}) | "
              f"{fp / neg if neg else 0:.3f} | {precision:.2f} |")
    if args.verbose:
        print()
        print("\n".join(wrong))


if __name__ == "__main__":
    main()
