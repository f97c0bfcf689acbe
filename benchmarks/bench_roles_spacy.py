"""Would spaCy's trained text classifier reach the role target? ``python benchmarks/bench_roles_spacy.py``.

An experiment, not the shipped model: spaCy's ``textcat_multilabel`` (a dependency already; no
torch) trained on the role corpus with the SAME stratified 5 folds and seed as
``bench_roles.py`` (``training.folds``), reading the same neutral text (``training.neutral_text``,
what the linter gives the model at run time). Variants (``--variants``):

- ``ensemble``: spaCy's default ``TextCatEnsemble.v2`` (hash embeddings of norm, lower, prefix,
  suffix and shape -> a 2-layer window CNN, mean-pooled, beside a bag-of-words linear model);
- ``ensemble+vectors``: the same, its embeddings also reading the project's static word vectors
  (``rules/models/word_vectors.*``, plugged in as spaCy ``Vectors`` keyed by lower-case form);
- ``bow``: the bag-of-words part alone (unigrams + bigrams), a linear baseline.

Tokenizer: ``--tokenizer xx`` (blank multi-language, default) or ``lang`` (each sentence's own
blank language's tokenizer). No cue findings are given to spaCy: it reads the text only.

In each outer fold the four training folds are split once more with ``training.folds``
(stratified, same seed): inner fold 0 (a fifth) is a development set used for early stopping
(best mean gated average precision, ``--patience`` epochs without gain) and for the thresholds;
the model learns from the other four fifths. Nothing is tuned on the test fold. Two operating
points are reported: a fixed 0.5, and per role the threshold ``training.choose_threshold`` picks
on the development set (most recall at precision 0.95, else best F0.5: the shipped rule, without
its per-language thresholds). Pooled P / R / F1 and average precision per role, side by side with
the shipped classifier's committed 5-fold figures (``--rerun-shipped`` recomputes them, about 15
minutes). As with the shipped model alone, a pushy ask also counts as an ask.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_roles import GATED, TARGET_P, TARGET_R, Tally, average_precision

from followup_lint.content.roles import role_ids
from followup_lint.content.training import (
    Example,
    Settings,
    choose_threshold,
    corpus_files,
    folds,
    read_corpus,
)

VARIANTS = ("ensemble", "ensemble+vectors", "bow")

#: The shipped classifier's 5-fold figures (model alone, and the combination the linter uses),
#: pooled P / R / F1 and average precision, from benchmarks/README.md ("5-fold CV re-run after
#: the 2026-12-01 round (main at c38aa9c)"): same corpus, folds and seed.
SHIPPED_COMMITTED = {
    "pitch": {"model": (0.80, 0.56, 0.66), "combined": (0.70, 0.58, 0.64), "ap": 0.764},
    "ask": {"model": (0.78, 0.54, 0.64), "combined": (0.74, 0.55, 0.63), "ap": 0.744},
    "pushy": {"model": (0.77, 0.50, 0.61), "combined": (0.73, 0.51, 0.60), "ap": 0.706},
    "qualify": {"model": (0.85, 0.53, 0.65), "combined": (0.83, 0.59, 0.69), "ap": 0.878},
    "pressure": {"model": (0.87, 0.53, 0.66), "combined": (0.84, 0.54, 0.66), "ap": 0.769},
    "loss": {"model": (0.91, 0.54, 0.68), "combined": (0.90, 0.57, 0.70), "ap": 0.778},
    "familiarity": {"model": (0.91, 0.44, 0.59), "combined": (0.89, 0.45, 0.60), "ap": 0.761},
    "attendance": {"model": (0.85, 0.64, 0.73), "combined": (0.85, 0.65, 0.73), "ap": 0.822},
    "filler": {"model": (0.86, 0.56, 0.68), "combined": (0.80, 0.59, 0.68), "ap": 0.781},
    "hype": {"model": (0.83, 0.59, 0.69), "combined": (0.79, 0.63, 0.70), "ap": 0.763},
    "flattery": {"model": (0.90, 0.45, 0.60), "combined": (0.91, 0.48, 0.63), "ap": 0.779},
}


def model_config(variant: str) -> dict:
    """The ``textcat_multilabel`` model block of a variant (spaCy's defaults otherwise)."""
    if variant == "bow":
        return {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2, "no_output_layer": False}
    return {
        "@architectures": "spacy.TextCatEnsemble.v2",
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {
                "@architectures": "spacy.MultiHashEmbed.v2",
                "width": 64,
                "rows": [2000, 2000, 500, 1000, 500],
                "attrs": ["NORM", "LOWER", "PREFIX", "SUFFIX", "SHAPE"],
                "include_static_vectors": variant == "ensemble+vectors",
            },
            "encode": {
                "@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 64, "window_size": 1, "maxout_pieces": 3, "depth": 2,
            },
        },
        "linear_model": {
            "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 1, "no_output_layer": False,
        },
    }


def project_vectors(strings: object) -> object:
    """The project's static word vectors as a spaCy ``Vectors`` table keyed by lower-case form."""
    from spacy.vectors import Vectors

    folder = ROOT / "rules" / "models"
    table = np.load(folder / "word_vectors.npy").astype("float32")
    words = (folder / "word_vectors.txt").read_text(encoding="utf-8").split("\n")[: len(table)]
    keys = [strings.add(word) for word in words]  # type: ignore[attr-defined]
    return Vectors(strings=strings, data=table, keys=keys, attr="LOWER")


def blank_pipeline(variant: str, roles: Sequence[str]):  # -> spacy.Language
    import spacy

    nlp = spacy.blank("xx")
    if variant == "ensemble+vectors":
        nlp.vocab.vectors = project_vectors(nlp.vocab.strings)
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": model_config(variant)})
    for role in roles:
        textcat.add_label(role)
    return nlp


class Tokenizers:
    """``xx``: the blank multi-language tokenizer; ``lang``: each language's blank tokenizer,
    its words put into the pipeline's vocabulary."""

    def __init__(self, how: str) -> None:
        self.how = how
        self.by_lang: dict[str, object] = {}

    def doc(self, nlp, example: Example):  # -> spacy.tokens.Doc
        if self.how == "xx":
            return nlp.make_doc(example.neutral)
        import spacy
        from spacy.tokens import Doc

        if example.lang not in self.by_lang:
            self.by_lang[example.lang] = spacy.blank(example.lang).tokenizer
        tokens = self.by_lang[example.lang](example.neutral)  # type: ignore[operator]
        return Doc(nlp.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])


def predict(nlp, docs: list) -> np.ndarray:
    textcat = nlp.get_pipe("textcat_multilabel")
    out = [np.asarray(textcat.model.ops.to_numpy(textcat.predict(docs[i : i + 256]))) for i in range(0, len(docs), 256)]
    return np.concatenate(out) if out else np.zeros((0, len(textcat.labels)))


def gated_ap(scores: np.ndarray, truth: np.ndarray, roles: Sequence[str]) -> float:
    ranked = [("x", frozenset(r for r, t in zip(roles, row) if t), dict(zip(roles, map(float, s)))) for s, row in zip(scores, truth)]
    return float(np.mean([average_precision(ranked, role) for role in GATED]))


def fit_fold(
    variant: str, roles: Sequence[str], train_rows: Sequence[Example], dev_rows: Sequence[Example],
    tokenizers: Tokenizers, max_epochs: int, patience: int, seed: int, log: str,
) -> tuple[object, int, float]:
    """A pipeline trained on ``train_rows``, stopped early on ``dev_rows`` (best mean gated AP)."""
    import spacy
    from spacy.training import Example as SpacyExample
    from spacy.util import minibatch

    spacy.util.fix_random_seed(seed)
    nlp = blank_pipeline(variant, roles)
    train_examples = [
        SpacyExample.from_dict(tokenizers.doc(nlp, e), {"cats": {r: float(r in e.labels) for r in roles}}) for e in train_rows
    ]
    dev_docs = [tokenizers.doc(nlp, e) for e in dev_rows]
    dev_truth = np.array([[r in e.labels for r in roles] for e in dev_rows])
    optimizer = nlp.initialize(lambda: train_examples)
    rng = random.Random(seed)
    best: tuple[float, int, bytes] = (-1.0, 0, b"")
    started = time.perf_counter()
    for epoch in range(1, max_epochs + 1):
        rng.shuffle(train_examples)
        losses: dict[str, float] = {}
        for batch in minibatch(train_examples, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        with nlp.use_params(optimizer.averages):
            score = gated_ap(predict(nlp, dev_docs), dev_truth, roles)
            if score > best[0]:
                best = (score, epoch, nlp.get_pipe("textcat_multilabel").model.to_bytes())
        print(
            f"  {log} epoch {epoch}: loss {losses.get('textcat_multilabel', 0):.2f}, dev gated AP {score:.3f}"
            f" ({time.perf_counter() - started:.0f}s)", file=sys.stderr, flush=True,
        )
        if epoch - best[1] >= patience:
            break
    nlp.get_pipe("textcat_multilabel").model.from_bytes(best[2])
    return nlp, best[1], best[0]


def labelled(scores: np.ndarray, roles: Sequence[str], thresholds: dict[str, float]) -> frozenset[str]:
    found = {role for role, p in zip(roles, scores) if p >= thresholds[role]}
    if "pushy" in found:
        found.add("ask")  # a pushy ask is an ask, as for the shipped model alone
    return frozenset(found)


def run_variant(
    variant: str, examples: Sequence[Example], roles: Sequence[str], k: int, seed: int,
    tokenizer: str, max_epochs: int, patience: int,
) -> dict:
    assignment = folds(examples, k, seed)
    tokenizers = Tokenizers(tokenizer)
    tallies = {"fixed 0.5": Tally(), "dev threshold": Tally()}
    ranked: list[tuple[str, frozenset[str], dict[str, float]]] = []
    fold_notes = []
    started = time.perf_counter()
    nlp = None
    for fold in range(k):
        train_rows = [e for e, a in zip(examples, assignment) if a != fold]
        test_rows = [e for e, a in zip(examples, assignment) if a == fold]
        inner = folds(train_rows, k, seed)
        learn = [e for e, a in zip(train_rows, inner) if a != 0]
        dev = [e for e, a in zip(train_rows, inner) if a == 0]
        nlp, epoch, dev_ap = fit_fold(variant, roles, learn, dev, tokenizers, max_epochs, patience, seed, f"{variant} fold {fold + 1}/{k}")
        dev_scores = predict(nlp, [tokenizers.doc(nlp, e) for e in dev])
        dev_truth = np.array([[r in e.labels for r in roles] for e in dev])
        thresholds = {
            role: choose_threshold(dev_scores[:, j], dev_truth[:, j], Settings().target_precision, Settings().threshold_beta)
            for j, role in enumerate(roles)
        }
        test_scores = predict(nlp, [tokenizers.doc(nlp, e) for e in test_rows])
        for example, scores in zip(test_rows, test_scores):
            ranked.append((example.lang, example.labels, dict(zip(roles, map(float, scores)))))
            tallies["fixed 0.5"].add(example.lang, example.labels, labelled(scores, roles, dict.fromkeys(roles, 0.5)), roles)
            tallies["dev threshold"].add(example.lang, example.labels, labelled(scores, roles, thresholds), roles)
        fold_notes.append({"best_epoch": epoch, "dev_gated_ap": round(dev_ap, 3), "thresholds": {r: thresholds[r] for r in GATED}})
        print(f"{variant} fold {fold + 1}/{k} done ({time.perf_counter() - started:.0f}s)", file=sys.stderr, flush=True)
    size, load = footprint(nlp) if nlp is not None else (0, 0.0)
    langs = sorted({e.lang for e in examples})
    return {
        "variant": variant,
        "tokenizer": tokenizer,
        "seconds": round(time.perf_counter() - started, 1),
        "folds": fold_notes,
        "size_bytes": size,
        "load_seconds": load,
        "roles": {
            role: {name: {lang: t.prf(role, lang) for lang in ["all", *langs]} for name, t in tallies.items()} for role in roles
        },
        "average_precision": {role: average_precision(ranked, role) for role in roles},
    }


def footprint(nlp) -> tuple[int, float]:
    """Bytes on disk of the last fold's pipeline (``nlp.to_disk``) and ``spacy.load`` time."""
    import spacy

    with tempfile.TemporaryDirectory() as folder:
        nlp.to_disk(folder)
        size = sum(f.stat().st_size for f in Path(folder).rglob("*") if f.is_file())
        loads = []
        for _ in range(3):
            started = time.perf_counter()
            spacy.load(folder)
            loads.append(time.perf_counter() - started)
    return size, round(min(loads), 3)


def shipped_figures(rerun: bool, k: int, seed: int) -> dict:
    if not rerun:
        return SHIPPED_COMMITTED
    import bench_roles

    result = bench_roles.run(k, seed)
    return {
        role: {
            "model": tuple(round(x, 2) for x in result["roles"][role]["model"]["all"][:3]),
            "combined": tuple(round(x, 2) for x in result["roles"][role]["combined"]["all"][:3]),
            "ap": round(result["average_precision"][role]["all"], 3),
        }
        for role in GATED
    }


def markdown(results: list[dict], shipped: dict) -> str:
    def cell(p: float, r: float, f: float) -> str:
        text = f"{p:.2f} / {r:.2f} / {f:.2f}"
        return f"**{text}**" if p >= TARGET_P and r >= TARGET_R else text

    head = ["role", "shipped model alone P / R / F1 (AP)", "shipped combined P / R / F1"]
    for res in results:
        head += [f"{res['variant']} @0.5 P / R / F1", f"{res['variant']} dev-threshold P / R / F1 (AP)"]
    lines = ["| " + " | ".join(head) + " |", "|---|" + "---|" * (len(head) - 1)]
    means: dict[str, list[tuple[float, float, float]]] = {}
    for role in GATED:
        row = [role, f"{cell(*shipped[role]['model'])} ({shipped[role]['ap']:.3f})", cell(*shipped[role]["combined"])]
        means.setdefault("shipped model", []).append(shipped[role]["model"][:2] + (shipped[role]["ap"],))
        means.setdefault("shipped combined", []).append(shipped[role]["combined"][:2] + (0.0,))
        for res in results:
            fixed = res["roles"][role]["fixed 0.5"]["all"][:3]
            dev = res["roles"][role]["dev threshold"]["all"][:3]
            ap = res["average_precision"][role]
            row += [cell(*fixed), f"{cell(*dev)} ({ap:.3f})"]
            means.setdefault(f"{res['variant']} @0.5", []).append((fixed[0], fixed[1], ap))
            means.setdefault(f"{res['variant']} dev threshold", []).append((dev[0], dev[1], ap))
        lines.append("| " + " | ".join(row) + " |")
    lines += ["", "Mean over the 11 gated roles (P / R; mean average precision where the system ranks):", ""]
    for name, values in means.items():
        p, r, ap = (float(np.mean([v[i] for v in values])) for i in range(3))
        met = sum(1 for v in values if v[0] >= TARGET_P and v[1] >= TARGET_R)
        lines.append(f"- {name}: P {p:.3f}, R {r:.3f}" + (f", mean AP {ap:.3f}" if ap else "") + f"; {met} of 11 at the target")
    lines.append("")
    for res in results:
        epochs = [f["best_epoch"] for f in res["folds"]]
        lines.append(
            f"- {res['variant']} ({res['tokenizer']} tokenizer): {res['seconds']:.0f} s for 5 folds, best epochs {epochs}; "
            f"pipeline on disk {res['size_bytes'] / 1e6:.1f} MB, `spacy.load` {res['load_seconds'] * 1000:.0f} ms"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-k", type=int, default=5)
    parser.add_argument("--seed", type=int, default=Settings().seed)
    parser.add_argument("--variants", default="ensemble,ensemble+vectors", help=f"comma-separated, of {', '.join(VARIANTS)}")
    parser.add_argument("--tokenizer", choices=("xx", "lang"), default="xx")
    parser.add_argument("--epochs", type=int, default=8, help="most epochs per fold")
    parser.add_argument("--patience", type=int, default=2, help="stop after this many epochs without a better dev AP")
    parser.add_argument("--limit", type=int, default=0, help="use only every Nth sentence (a smoke test)")
    parser.add_argument("--rerun-shipped", action="store_true", help="recompute the shipped figures (bench_roles.run)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    unknown = set(variants) - set(VARIANTS)
    if unknown:
        parser.error(f"unknown variant(s) {sorted(unknown)}")
    started = time.perf_counter()
    roles = list(role_ids())
    examples = read_corpus(corpus_files(ROOT / "corpus" / "roles"), roles)
    if args.limit:
        examples = examples[:: args.limit]
    print(f"{len(examples)} sentences read ({time.perf_counter() - started:.0f}s)", file=sys.stderr, flush=True)
    results = [run_variant(v, examples, roles, args.k, args.seed, args.tokenizer, args.epochs, args.patience) for v in variants]
    shipped = shipped_figures(args.rerun_shipped, args.k, args.seed)
    if args.json:
        args.json.write_text(json.dumps({"sentences": len(examples), "results": results}, indent=1), encoding="utf-8")
    print(
        f"{len(examples)} sentences, stratified {args.k}-fold, seed {args.seed} (bench_roles.py's folds); "
        f"P / R / F1 pooled over the test folds. **Bold**: P >= {TARGET_P} and R >= {TARGET_R}."
    )
    print()
    print(markdown(results, shipped))
    print(f"\ntotal {time.perf_counter() - started:.0f} s (OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', 'unset')})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
