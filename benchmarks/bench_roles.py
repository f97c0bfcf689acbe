"""Cross-validated accuracy of the sentence roles: ``python benchmarks/bench_roles.py``.

Stratified k-fold (k=5, fixed seed; strata = language x rarest label) over every
``corpus/roles/*.tsv``. In each fold the classifier is trained on the other four folds with the
shipped settings, thresholds included (they come from an inner cross-validation on those four
folds only: nothing is tuned on the test fold). The held-out sentences are then labelled three
ways:

- ``model``: the fold's classifier (probability >= the role's threshold), reading the cue
  lexicons' findings as features, without the lexicons' exceptions;
- ``cues``: the cue lexicons alone (``assign_roles(..., model=None)``);
- ``combined``: what the linter uses (``assign_roles(..., model=fold_model)``: the model reading
  the cues, with the lexicons' exceptions applied).

``--no-vectors`` trains the classifier without the word vectors (``rules/models/word_vectors.*``),
to compare. ``--holdout-new`` instead trains on the first batch of the corpus (the rows the cue lexicons and
the features were developed with) and tests on the rows added after it (batches 2 and 3, written
by annotators who never saw the classifier's output): a check of how the whole system, cues
included, carries over to wording it was not developed on. ``--train-batches N`` moves the line:
train on batches 1..N, test on every later row (``--holdout-new --train-batches 2``: trained on
batches 1-2, tested on batch 3, which nobody had measured before it was committed).

``--feature KEY=VALUE`` and ``--setting KEY=VALUE`` measure a variant of the shipped classifier
(a key of ``features.FEATURE_CONFIG``, e.g. ``--feature char_ngrams=0 --feature structure=false``,
or a field of ``training.Settings``, e.g. ``--setting positive_weight=2``); the variants tried
are listed in benchmarks/README.md.

Precision, recall and F1 are pooled over the five test folds, per role and per language. The
roles that drive an error or a warning have the target P >= 0.95 and R >= 0.90 (issue 10).
``--markdown`` prints the tables for benchmarks/README.md and docs/sentence-roles.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Callable, Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from followup_lint.content.features import FEATURE_CONFIG  # noqa: E402
from followup_lint.content.model import RoleModel, model_path, read_model  # noqa: E402
from followup_lint.content.roles import role_ids  # noqa: E402
from followup_lint.content.training import (  # noqa: E402
    Example,
    Settings,
    corpus_files,
    folds,
    read_corpus,
    train,
)

#: Roles that drive an error or a warning in the content rules (target P >= 0.95, R >= 0.90).
GATED = ("pitch", "ask", "pushy", "qualify", "pressure", "loss", "familiarity", "attendance", "filler", "hype", "flattery")
TARGET_P, TARGET_R = 0.95, 0.90

Labeller = Callable[[Example], frozenset[str]]


def combiner(model: RoleModel | None) -> Labeller | None:
    """``assign_roles`` with this model (None: cues only), or None when the roles layer is absent."""
    try:
        from followup_lint.content.roles import assign_roles
    except ImportError:
        return None

    def label(example: Example) -> frozenset[str]:
        return frozenset(assign_roles(example.text, example.lang, model=model).roles)

    return label


def model_alone(model: RoleModel) -> Labeller:
    def label(example: Example) -> frozenset[str]:
        roles = {s.role for s in model.assigned(example.neutral, example.lang, example.cues)}
        if "pushy" in roles:
            roles.add("ask")  # a pushy ask is an ask, as in the combiner
        return frozenset(roles)

    return label


class Tally:
    def __init__(self) -> None:
        self.counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn

    def add(self, lang: str, truth: frozenset[str], predicted: frozenset[str], roles: Sequence[str]) -> None:
        for role in roles:
            for key in ((role, "all"), (role, lang)):
                cell = self.counts[key]
                if role in predicted and role in truth:
                    cell[0] += 1
                elif role in predicted:
                    cell[1] += 1
                elif role in truth:
                    cell[2] += 1

    def prf(self, role: str, lang: str = "all") -> tuple[float, float, float, int]:
        tp, fp, fn = self.counts[(role, lang)]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f, tp + fn


#: The last id of each language in each batch (corpus/roles/README.md, "Provenance"); a row
#: after the last recorded batch belongs to the next one.
BATCH_LAST = {
    1: {"en": 1782, "de": 203, "es": 205, "fr": 203, "nl": 203},
    2: {"en": 2593, "de": 598, "es": 592, "fr": 617, "nl": 590},
    3: {"en": 3134, "de": 1142, "es": 1137, "fr": 1151, "nl": 1139},
}


def batch_of(example: Example) -> int:
    lang, _, number = example.id.partition("-")
    for batch in sorted(BATCH_LAST):
        if int(number) <= BATCH_LAST[batch].get(lang, 0):
            return batch
    return max(BATCH_LAST) + 1


def run(
    k: int, seed: int, holdout_new: bool = False, vectors: bool = True, train_batches: int = 1, settings: dict | None = None
) -> dict:
    roles = list(role_ids())
    examples = read_corpus(corpus_files(ROOT / "corpus" / "roles"), roles)
    if holdout_new:
        assignment = [0 if batch_of(e) <= train_batches else 1 for e in examples]
        if all(assignment) or not any(assignment):
            raise SystemExit(f"--holdout-new needs rows in batches 1-{train_batches} and after them")
        k = 1
    else:
        assignment = folds(examples, k, seed)
    tallies = {"model": Tally(), "cues": Tally(), "combined": Tally()}
    ranked: list[tuple[str, frozenset[str], dict[str, float]]] = []
    cues_only = combiner(None)
    have_combiner = cues_only is not None
    started = time.perf_counter()
    for fold in range(k):
        if holdout_new:
            train_rows = [e for e, a in zip(examples, assignment) if a == 0]
            test_rows = [e for e, a in zip(examples, assignment) if a == 1]
        else:
            train_rows = [e for e, a in zip(examples, assignment) if a != fold]
            test_rows = [e for e, a in zip(examples, assignment) if a == fold]
        fold_model = train(train_rows, roles, Settings(**{"vectors": vectors, **(settings or {})}))
        for example in test_rows:
            scores = {score.role: score.probability for score in fold_model.classify(example.neutral, example.lang, example.cues)}
            ranked.append((example.lang, example.labels, scores))
        labellers: dict[str, Labeller | None] = {
            "model": model_alone(fold_model),
            "cues": cues_only,
            "combined": combiner(fold_model),
        }
        for name, labeller in labellers.items():
            if labeller is None:
                continue
            for example in test_rows:
                tallies[name].add(example.lang, example.labels, labeller(example), roles)
        print(f"fold {fold + 1}/{k} done ({time.perf_counter() - started:.0f}s)", file=sys.stderr)
    load_started = time.perf_counter()
    try:
        read_model(model_path())
    except ValueError:  # a variant's features differ from the shipped model's
        pass
    load_seconds = time.perf_counter() - load_started
    langs = sorted({e.lang for e in examples})
    result: dict = {
        "sentences": len(examples),
        "languages": {lang: sum(e.lang == lang for e in examples) for lang in langs},
        "k": k,
        "seed": seed,
        "holdout_new": holdout_new,
        "vectors": vectors,
        "train_batches": train_batches if holdout_new else None,
        "tested": sum(1 for a in assignment if a == 1) if holdout_new else len(examples),
        "combined_available": have_combiner,
        "seconds": round(time.perf_counter() - started, 1),
        "feature_config": dict(FEATURE_CONFIG),
        "settings": settings or {},
        "model_load_seconds": round(load_seconds, 3),
        "roles": {},
    }
    for role in roles:
        entry: dict = {}
        for name, tally in tallies.items():
            if name != "model" and not have_combiner:
                continue
            entry[name] = {lang: tally.prf(role, lang) for lang in ["all", *langs]}
        result["roles"][role] = entry
    result["average_precision"] = {
        role: {lang: average_precision(ranked, role, lang) for lang in ["all", *langs]} for role in roles
    }
    return result


def average_precision(ranked: Sequence[tuple[str, frozenset[str], dict[str, float]]], role: str, lang: str = "all") -> float:
    """Average precision of the model's probability for ``role`` over the test sentences (of
    ``lang``): how well it ranks the role's sentences first, whatever the threshold."""
    rows = sorted(
        ((scores.get(role, 0.0), role in labels) for sentence_lang, labels, scores in ranked if lang in ("all", sentence_lang)),
        key=lambda row: -row[0],
    )
    hits, total = 0, 0.0
    for position, (_, positive) in enumerate(rows, start=1):
        if positive:
            hits += 1
            total += hits / position
    return total / hits if hits else 0.0


def markdown(result: dict) -> str:
    systems = ["model", "cues", "combined"] if result["combined_available"] else ["model"]
    langs = list(result["languages"])
    trained = result.get("train_batches") or 1
    how = (
        f"trained on batch{'es 1-' if trained > 1 else ' '}{trained}, "
        f"tested on the {result['tested']} sentences of later batches"
        if result.get("holdout_new")
        else f"stratified {result['k']}-fold, seed {result['seed']}; P / R / F1 pooled over the test folds"
    ) + ("" if result.get("vectors", True) else "; **without** the word vectors") + (
        f"; settings: {', '.join(f'{k}={v}' for k, v in result['settings'].items())}" if result.get("settings") else ""
    ) + (
        f"; structure features: {result['feature_config'].get('structure')}, "
        f"letter n-grams: {result['feature_config'].get('char_ngrams') or 'none'}"
        if "feature_config" in result
        else ""
    )
    lines = [
        f"{result['sentences']} sentences ({', '.join(f'{k} {v}' for k, v in result['languages'].items())}), "
        f"{how}. "
        f"**Bold**: a gated role (drives an error or warning) that meets P >= {TARGET_P} and R >= {TARGET_R}.",
        "",
        "| role | n | " + " | ".join(f"{s} P / R / F1" for s in systems) + " |",
        "|---|---:|" + "---|" * len(systems),
    ]
    for role, entry in result["roles"].items():
        cells = []
        for system in systems:
            p, r, f, n = entry[system]["all"]
            text = f"{p:.2f} / {r:.2f} / {f:.2f}" if n else f"none to find (P {p:.2f})"
            if role in GATED and n and p >= TARGET_P and r >= TARGET_R:
                text = f"**{text}**"
            cells.append(text)
        gated = " (gated)" if role in GATED else ""
        lines.append(f"| {role}{gated} | {entry['model']['all'][3]} | " + " | ".join(cells) + " |")
    best = systems[-1]
    lines += ["", f"Per language ({best}, F1):", "", "| role | " + " | ".join(langs) + " |", "|---|" + "---:|" * len(langs)]
    for role, entry in result["roles"].items():
        lines.append(
            f"| {role} | " + " | ".join(f"{entry[best][lang][2]:.2f}" if entry[best][lang][3] else "-" for lang in langs) + " |"
        )
    met = [
        r for r in GATED
        if result["roles"][r][best]["all"][3]
        and all(x >= t for x, t in zip(result["roles"][r][best]["all"][:2], (TARGET_P, TARGET_R)))
    ]
    lines += ["", f"Gated roles meeting the target ({best}): {len(met)} of {len(GATED)}"
              + (f" ({', '.join(met)})" if met else "") + "."]
    if "average_precision" in result:
        ap = result["average_precision"]
        lines += [
            "",
            "Ranking quality (the model's probabilities, whatever the threshold): average precision per role.",
            "",
            "| role | all | " + " | ".join(langs) + " |",
            "|---|---:|" + "---:|" * len(langs),
        ]
        for role in result["roles"]:
            lines.append(f"| {role} | {ap[role]['all']:.3f} | " + " | ".join(f"{ap[role][lang]:.2f}" for lang in langs) + " |")
        mean = sum(ap[role]["all"] for role in GATED) / len(GATED)
        lines += ["", f"Mean average precision of the gated roles: {mean:.3f}."]
    return "\n".join(lines)


def _pair(item: str, parser: argparse.ArgumentParser) -> tuple[str, object]:
    """``KEY=VALUE`` with VALUE read as JSON when it is JSON (``2``, ``false``), else as text."""
    key, sep, value = item.partition("=")
    if not sep:
        parser.error(f"expected KEY=VALUE, got {item!r}")
    try:
        return key, json.loads(value)
    except json.JSONDecodeError:
        return key, value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-k", type=int, default=5)
    parser.add_argument("--seed", type=int, default=Settings().seed)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument("--markdown", action="store_true", help="print markdown tables")
    parser.add_argument("--holdout-new", action="store_true", help="train on batch 1, test on the rows added later")
    parser.add_argument("--no-vectors", action="store_true", help="train without the word vectors, for comparison")
    parser.add_argument(
        "--train-batches", type=int, default=1, metavar="N",
        help="with --holdout-new: train on batches 1..N, test on the later rows (default 1)",
    )
    parser.add_argument("--feature", action="append", default=[], metavar="KEY=VALUE", help="a feature-config variant")
    parser.add_argument("--setting", action="append", default=[], metavar="KEY=VALUE", help="a training-settings variant")
    args = parser.parse_args(argv)
    if args.train_batches < 1:
        parser.error("--train-batches must be 1 or more")
    for key, value in (_pair(item, parser) for item in args.feature):
        if key not in FEATURE_CONFIG:
            parser.error(f"unknown feature key {key!r}")
        FEATURE_CONFIG[key] = value
    settings = dict(_pair(item, parser) for item in args.setting)
    unknown = set(settings) - set(Settings.__dataclass_fields__)
    if unknown:
        parser.error(f"unknown setting(s) {sorted(unknown)}")
    result = run(
        args.k, args.seed, args.holdout_new, vectors=not args.no_vectors, train_batches=args.train_batches, settings=settings
    )
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    if args.markdown:
        print(markdown(result))
    else:
        print(json.dumps({k: v for k, v in result.items() if k != "roles"}))
        for role, entry in result["roles"].items():
            print(role, {name: tuple(round(x, 3) for x in figures["all"][:3]) for name, figures in entry.items()})
    print(f"shipped model loads in {result['model_load_seconds'] * 1000:.0f} ms (JSON read + arrays)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
