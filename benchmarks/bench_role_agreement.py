"""How far people agree on the sentence roles: ``python benchmarks/bench_role_agreement.py``.

Issue 10 asks every gated role for cross-validated precision >= 0.95 and recall >= 0.90 against
the labels of ``corpus/roles``. A classifier cannot agree with the labels more closely than a
second careful annotator does, so this script measures that ceiling.

``--sample`` writes a blind sample (id, lang, segment, text: no labels, no notes) of the corpus,
stratified by language with a fixed seed, to ``corpus/roles/agreement/sample.tsv``. Annotators
label it by the guide in ``corpus/roles/README.md`` alone, without seeing the corpus labels, the
notes, the cue lexicons or the model, and save ``corpus/roles/agreement/<name>.tsv`` (columns
``id`` and ``labels``). Without ``--sample`` the script scores every annotator file: per gated
role, the annotator's precision and recall taking the corpus labels as the reference, and the
agreement between each pair of annotators (positive agreement, the F1 between two labellings,
which does not need a reference). ``--whole`` scores the two blind labellings of every corpus
sentence (the sample's and ``chunk-N-a``/``chunk-N-b``, labelled the same way in four chunks of
about 1,800). Annotators are always scored against the corpus labels as the corpus's writers gave
them. The tables print as markdown for benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "roles"
FOLDER = CORPUS / "agreement"
SAMPLE = FOLDER / "sample.tsv"

#: The roles that drive an error or a warning (as in bench_roles.py).
GATED = ("pitch", "ask", "pushy", "qualify", "pressure", "loss", "familiarity", "attendance", "filler", "hype", "flattery")
PER_LANGUAGE = {"en": 200, "de": 75, "fr": 75, "es": 75, "nl": 75}


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def labels_of(cell: str | None) -> frozenset[str]:
    found = frozenset(x.strip() for x in (cell or "").split(",") if x.strip())
    found = found - {"none"}
    return found | {"ask"} if "pushy" in found else found  # pushy is always an ask (the guide)


def corpus_labels(corpus: Path = CORPUS, original: bool = True) -> dict[str, tuple[str, frozenset[str]]]:
    """The corpus labels by id; ``original``: as the corpus's writers gave them, before the
    majority-of-three relabelling (``scripts/adjudicate_roles.py``, whose ``changes.tsv`` keeps
    the labels it replaced). Annotators are scored against those: the relabelled corpus is
    built from their own labels."""
    rows: dict[str, tuple[str, frozenset[str]]] = {}
    for path in sorted(corpus.glob("*.tsv")):
        for row in read_rows(path):
            rows[row["id"]] = (row["lang"], labels_of(row["labels"]))
    changes = corpus / "agreement" / "changes.tsv"
    if original and changes.is_file():
        for row in read_rows(changes):
            if row["id"] in rows:
                rows[row["id"]] = (rows[row["id"]][0], labels_of(row["before"]))
    return rows


def write_sample(seed: int) -> None:
    by_language: dict[str, list[dict[str, str]]] = defaultdict(list)
    for path in sorted(CORPUS.glob("*.tsv")):
        for row in read_rows(path):
            by_language[row["lang"]].append(row)
    chosen = random.Random(seed)
    picked: list[dict[str, str]] = []
    for lang, count in PER_LANGUAGE.items():
        picked.extend(chosen.sample(by_language[lang], count))
    chosen.shuffle(picked)
    FOLDER.mkdir(parents=True, exist_ok=True)
    with SAMPLE.open("w", encoding="utf-8", newline="") as handle:
        handle.write("id\tlang\tsegment\ttext\n")  # the corpus's own quoting: none, no tabs in a cell
        for row in picked:
            handle.write("\t".join((row["id"], row["lang"], row["segment"], row["text"])) + "\n")
    print(f"wrote {len(picked)} rows to {SAMPLE.relative_to(ROOT)} (seed {seed})")


def annotations(folder: Path = FOLDER, whole: bool = False) -> dict[str, dict[str, frozenset[str]]]:
    """Each annotator's labels by id: the sample's (``annotator-*.tsv``), or with ``whole`` the
    two blind labellings of every sentence (the sample's plus ``chunk-N-a``/``chunk-N-b``),
    pooled as ``first`` and ``second``."""
    found: dict[str, dict[str, frozenset[str]]] = {}
    if whole:
        for side, pattern in (("first", "a"), ("second", "b")):
            pooled: dict[str, frozenset[str]] = {}
            for path in [*sorted(folder.glob(f"annotator-{pattern}.tsv")), *sorted(folder.glob(f"chunk-*-{pattern}.tsv"))]:
                pooled.update({row["id"]: labels_of(row["labels"]) for row in read_rows(path) if row.get("id")})
            if pooled:
                found[side] = pooled
        return found
    for path in sorted(folder.glob("annotator-*.tsv")):
        found[path.stem] = {row["id"]: labels_of(row["labels"]) for row in read_rows(path) if row.get("id")}
    return found


def prf(truth: dict[str, frozenset[str]], guess: dict[str, frozenset[str]], role: str) -> tuple[float, float, int]:
    tp = sum(1 for i in guess if role in guess[i] and role in truth[i])
    fp = sum(1 for i in guess if role in guess[i] and role not in truth[i])
    fn = sum(1 for i in guess if role not in guess[i] and role in truth[i])
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0), tp + fn


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def table(reference: dict[str, tuple[str, frozenset[str]]], people: dict[str, dict[str, frozenset[str]]]) -> dict:
    """Per gated role: each annotator's (P, R, n) against the reference, each pair's F1."""
    result: dict = {"annotators": {}, "pairs": {}}
    for name, labels in people.items():
        truth = {i: reference[i][1] for i in labels if i in reference}
        result["annotators"][name] = {role: prf(truth, {i: labels[i] for i in truth}, role) for role in GATED}
    for a, b in itertools.combinations(people, 2):
        shared = {i for i in people[a] if i in people[b]}
        pair = {}
        for role in GATED:
            p, r, _ = prf({i: people[a][i] for i in shared}, {i: people[b][i] for i in shared}, role)
            pair[role] = f1(p, r)
        result["pairs"][f"{a} vs {b}"] = pair
    return result


def score(folder: Path = FOLDER, corpus: Path = CORPUS, whole: bool = False) -> int:
    reference = corpus_labels(corpus)
    people = annotations(folder, whole)
    if not people:
        print("no annotator files in corpus/roles/agreement/ (run with --sample, then label it)")
        return 1
    wanted = list(reference) if whole else [row["id"] for row in read_rows(folder / SAMPLE.name)]
    for name, labels in people.items():
        missing = [i for i in wanted if i not in labels]
        if missing:
            print(f"{name}: {len(missing)} of {len(wanted)} rows unlabelled (scored on the rest)")
    found = table(reference, people)
    pairs = list(found["pairs"])
    print("| role | positives | " + " | ".join(f"{n} P / R" for n in people) + "".join(f" | {p} F1" for p in pairs) + " |")
    print("|" + "---|" * (2 + len(people) + len(pairs)))
    for role in GATED:
        cells = [f"{found['annotators'][n][role][0]:.2f} / {found['annotators'][n][role][1]:.2f}" for n in people]
        cells += [f"{found['pairs'][p][role]:.2f}" for p in pairs]
        n = next(iter(found["annotators"].values()))[role][2]
        print(f"| {role} | {n} | " + " | ".join(cells) + " |")
    means = [
        f"{sum(found['annotators'][n][r][0] for r in GATED) / len(GATED):.2f} / "
        f"{sum(found['annotators'][n][r][1] for r in GATED) / len(GATED):.2f}"
        for n in people
    ]
    means += [f"{sum(found['pairs'][p].values()) / len(GATED):.2f}" for p in pairs]
    print("| **mean of the 11** | | " + " | ".join(means) + " |")
    print()
    for name in people:
        meeting = sum(1 for r in GATED if found["annotators"][name][r][0] >= 0.95 and found["annotators"][name][r][1] >= 0.90)
        print(f"{name}: {meeting} of {len(GATED)} gated roles at P >= 0.95 and R >= 0.90 against the corpus labels")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", action="store_true", help="write the blind sample and stop")
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--whole", action="store_true", help="score the two blind labellings of the whole corpus")
    args = parser.parse_args(argv)
    if args.sample:
        write_sample(args.seed)
        return 0
    return score(whole=args.whole)


if __name__ == "__main__":
    sys.exit(main())
