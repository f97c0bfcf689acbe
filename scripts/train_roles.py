"""Retrain the sentence-role classifier: ``python scripts/train_roles.py``.

Reads every ``corpus/roles/*.tsv`` (all languages), trains the one-vs-rest logistic regression
of ``followup_lint.content.training`` with fixed settings (deterministic: same corpus, same
weights) and writes ``rules/models/roles.json`` (and its weights, ``roles.weights.npy``) with the corpus hash, the feature config, the
per-role thresholds chosen by cross-validation, the hash of the word vectors it was fitted to
(``rules/models/word_vectors.*``, built by ``scripts/build_word_vectors.py``) and the training date. ``--check`` only reports
whether the shipped model matches the corpus.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from followup_lint.content.training import (  # noqa: E402
    Settings,
    corpus_files,
    corpus_hash,
    cues_hash,
    read_corpus,
    train,
    vectors_hash,
)
from followup_lint.content.model import MODEL_FILE, weights_hash, weights_path, write_model  # noqa: E402
from followup_lint.content.roles import role_ids  # noqa: E402

CORPUS = ROOT / "corpus" / "roles"
OUTPUT = ROOT / "rules" / "models" / MODEL_FILE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the shipped model matches the corpus")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    files = corpus_files(CORPUS)
    sha = corpus_hash(files)
    if args.check:
        shipped = json.loads(OUTPUT.read_text(encoding="utf-8")) if OUTPUT.is_file() else {}
        stale = [
            f"{what} changed since training"
            for what, key, now in (
                ("corpus", "corpus_sha256", sha),
                ("cue lexicons", "cues_sha256", cues_hash()),
                ("word vectors", "vectors_sha256", vectors_hash()),
                ("the weights file", "weights_sha256", weights_hash(weights_path(OUTPUT))),
            )
            if shipped.get(key) != now
        ]
        print("; ".join(stale) + ": run python scripts/train_roles.py" if stale else "up to date")
        return 1 if stale else 0
    started = time.perf_counter()
    roles = list(role_ids())
    examples = read_corpus(files, roles)
    model = train(examples, roles, Settings(), corpus_sha=sha)
    write_model(model, args.output)
    print(
        f"trained on {len(examples)} sentences from {', '.join(p.name for p in files)} "
        f"({len(model.features)} features) in {time.perf_counter() - started:.1f}s -> {args.output}"
    )
    for role in roles:
        own = "  ".join(f"{lang} {t[role]:.3f}" for lang, t in model.language_thresholds.items() if role in t)
        print(f"  {role:12s} threshold {model.thresholds[role]:.3f}" + (f"  ({own})" if own else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
