"""Relabel the sentence-role corpus by majority of three: ``python scripts/adjudicate_roles.py``.

Every sentence of ``corpus/roles/*.tsv`` has its original label and two blind labels by separate
annotators (``corpus/roles/agreement/``: ``annotator-a``/``annotator-b`` for the 500-sentence
sample, ``chunk-N-a``/``chunk-N-b`` for the rest; each annotator saw only the labelling guide
and the sentences, never the corpus labels, the notes, the cue lexicons or the model). A role is
kept when at least two of the three give it, so one annotator alone can neither add nor remove
a role; ``pushy`` brings ``ask`` (the guide). Rows without both annotations keep their label.

The corpus files are rewritten in place (order, ids, text and notes unchanged; only ``labels``)
and every change is listed in ``corpus/roles/agreement/changes.tsv`` (id, before, after).
``--check`` only reports how many labels would change and exits 1 if any would.

Measured on 2026-12-01 and not applied to the shipped corpus: it changes 616 labels (8%, nearly
all added secondary roles), leaves the cross-validated role figures where they were and costs the
whole-email rules recall and false alarms (benchmarks/README.md, "How far annotators agree").
To try it: this script, then ``scripts/train_roles.py``, then ``benchmarks/bench_roles.py``.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "roles"
AGREEMENT = CORPUS / "agreement"
CHANGES = AGREEMENT / "changes.tsv"
PAIRS = (("annotator-a", "annotator-b"), *((f"chunk-{n}-a", f"chunk-{n}-b") for n in range(1, 10)))


def parse_labels(cell: str | None) -> frozenset[str]:
    found = frozenset(x.strip() for x in (cell or "").split(",") if x.strip()) - {"none"}
    return found | {"ask"} if "pushy" in found else found


def format_labels(labels: frozenset[str], order: list[str]) -> str:
    return ",".join(sorted(labels, key=lambda r: order.index(r) if r in order else 99)) or "none"


def read_annotations(folder: Path) -> list[tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]]:
    pairs = []
    for first, second in PAIRS:
        a, b = folder / f"{first}.tsv", folder / f"{second}.tsv"
        if a.is_file() and b.is_file():
            pairs.append((_labels_by_id(a), _labels_by_id(b)))
    return pairs


def _labels_by_id(path: Path) -> dict[str, frozenset[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["id"]: parse_labels(row["labels"]) for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)}


def majority(original: frozenset[str], first: frozenset[str], second: frozenset[str]) -> frozenset[str]:
    votes = Counter([*original, *first, *second])
    kept = frozenset(role for role, count in votes.items() if count >= 2)
    return kept | {"ask"} if "pushy" in kept else kept


def adjudicate(corpus: Path, folder: Path, order: list[str], write: bool) -> list[tuple[str, str, str]]:
    pairs = read_annotations(folder)
    changes: list[tuple[str, str, str]] = []
    for path in sorted(corpus.glob("*.tsv")):
        lines = path.read_text(encoding="utf-8").split("\n")
        header = lines[0].split("\t")
        id_at, labels_at = header.index("id"), header.index("labels")
        out = [lines[0]]
        for line in lines[1:]:
            cells = line.split("\t")
            if len(cells) > labels_at:
                row_id = cells[id_at]
                for first, second in pairs:
                    if row_id in first and row_id in second:
                        before = parse_labels(cells[labels_at])
                        after = majority(before, first[row_id], second[row_id])
                        if after != before:
                            changes.append((row_id, format_labels(before, order), format_labels(after, order)))
                            cells[labels_at] = format_labels(after, order)
                        break
            out.append("\t".join(cells))
        if write:
            path.write_text("\n".join(out), encoding="utf-8")
    return changes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report the changes without writing them")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from followup_lint.content.roles import role_ids

    changes = adjudicate(CORPUS, AGREEMENT, list(role_ids()), write=not args.check)
    if args.check:
        print(f"{len(changes)} labels would change")
        return 1 if changes else 0
    existing = CHANGES.read_text(encoding="utf-8").splitlines()[1:] if CHANGES.is_file() else []
    with CHANGES.open("w", encoding="utf-8") as handle:
        handle.write("id\tbefore\tafter\n")
        for line in existing:
            handle.write(line + "\n")
        for change in changes:
            handle.write("\t".join(change) + "\n")
    print(f"{len(changes)} labels changed; listed in {CHANGES.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
