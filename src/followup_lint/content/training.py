"""Training the sentence-role classifier from the corpus (``corpus/roles/*.tsv``).

Used by ``scripts/train_roles.py`` (writes ``rules/models/roles.json``) and by
``benchmarks/bench_roles.py`` (cross-validation). Everything is deterministic: full-batch
gradient descent from zero weights, folds from a fixed seed. Per-role thresholds come from an
inner cross-validation on the training data only, so a benchmark fold never sees its test
sentences while its thresholds are chosen.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from .features import FEATURE_CONFIG, extract, sentence_words
from .model import RoleModel
from .vectors import WordVectors, load_vectors

__all__ = [
    "Example",
    "Settings",
    "corpus_files",
    "corpus_hash",
    "dense_matrix",
    "fit",
    "folds",
    "neutral_text",
    "out_of_fold",
    "read_corpus",
    "train",
    "vectors_hash",
]

#: The roles that raise tone findings: their thresholds take ``Settings.decision_margin``
#: (value, personal and bump earn a sentence a pass, and attendance is FL301's, measured apart).
MARGIN_ROLES = frozenset({"pitch", "ask", "pushy", "qualify", "pressure", "loss", "hype", "filler", "flattery", "familiarity"})
SEGMENTS = frozenset({"subject", "opener", "body", "cta", "ps", "signoff"})


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    lang: str
    segment: str
    labels: frozenset[str]
    text: str  # as written, with {{ expressions }}
    neutral: str  # what the analyser gives as neutral text (what the model sees at run time)
    cues: frozenset[str] = frozenset()  # what the cue lexicons find in it (features.cue_features)


@dataclass(frozen=True, slots=True)
class Settings:
    min_count: int = 2  # a feature seen fewer times in the training data is dropped
    l2: float = 1e-3
    epochs: int = 300
    learning_rate: float = 0.05
    folds: int = 5
    seed: int = 20261130
    target_precision: float = 0.95  # thresholds: most recall at this precision, else best F-beta
    language_threshold_min: int = 20  # positives of a role a language needs for a threshold of its own
    threshold_beta: float = 0.5  # F-beta fallback: precision weighs twice as much as recall
    decision_margin: float = 0.1  # added to the thresholds of the tone roles (model.decision_margin)
    vectors: bool = True  # the word vectors as features (False: the classifier without them, for comparison)
    positive_weight: float = 1.0  # how much a sentence that has a role weighs against one that has not


@lru_cache(maxsize=1)
def _analyser() -> tuple[object, object]:
    from ..locales import builtin_locales
    from ..sandbox import LintSandbox

    return LintSandbox(), builtin_locales()


def neutral_text(sentence: str) -> str:
    """The sentence as the template analyser sees it: ``templates.analyse_template``'s
    ``neutral_text``, so training reads exactly what the linter gives the model."""
    from ..templates import analyse_template, read_template_source

    env, locales = _analyser()
    info = analyse_template(read_template_source(sentence, "corpus.j2"), env, locales)  # type: ignore[arg-type]
    return info.neutral_text.strip()


def corpus_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.tsv"))


def corpus_hash(files: Iterable[Path]) -> str:
    """sha256 over the corpus files' names and bytes (line endings normalised)."""
    digest = hashlib.sha256()
    for path in sorted(files, key=lambda p: p.name):
        digest.update(path.name.encode())
        digest.update(b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n"))
        digest.update(b"\0")
    return digest.hexdigest()


def cues_hash() -> str:
    """sha256 of the shipped cue lexicons (``rules/cues``): the thresholds are chosen together
    with them, so a cue edit calls for a retrain (``scripts/train_roles.py --check`` says so)."""
    from ..resources import rules_path

    folder = rules_path() / "cues"
    return corpus_hash(sorted(folder.glob("*.y*ml"))) if folder.is_dir() else ""


def vectors_hash() -> str:
    """sha256 of the shipped word-vector files: the weights are fitted to one table."""
    from .vectors import VECTORS_FILE, WORDS_FILE, vectors_folder

    files = [vectors_folder() / VECTORS_FILE, vectors_folder() / WORDS_FILE]
    return corpus_hash(files) if all(path.is_file() for path in files) else ""


def read_corpus(files: Iterable[Path], roles: Sequence[str]) -> list[Example]:
    """Every labelled sentence; a malformed row raises ValueError naming its file and line."""
    known = set(roles)
    examples: list[Example] = []
    seen: set[str] = set()
    for path in files:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            for line, row in enumerate(reader, start=2):
                where = f"{path.name}:{line}"
                labels = frozenset(x.strip() for x in (row.get("labels") or "").split(",") if x.strip())
                if not row.get("text") or not labels:
                    raise ValueError(f"{where}: a row needs text and labels")
                if labels != {"none"} and not labels <= known:
                    raise ValueError(f"{where}: unknown role(s) {sorted(labels - known)}")
                if row["segment"] not in SEGMENTS:
                    raise ValueError(f"{where}: unknown segment {row['segment']!r}")
                if row["id"] in seen:
                    raise ValueError(f"{where}: duplicate id {row['id']}")
                seen.add(row["id"])
                text = row["text"].strip()
                examples.append(
                    Example(
                        row["id"], row["lang"], row["segment"], labels - {"none"}, text, neutral_text(text),
                        cue_findings(text, row["lang"]),
                    )
                )
    return examples


def dense_matrix(examples: Sequence[Example], vectors: WordVectors | None) -> np.ndarray:
    """Each example's scaled mean word vector (:mod:`.vectors`); no columns without a table."""
    if vectors is None:
        return np.zeros((len(examples), 0))
    scale = float(FEATURE_CONFIG["vector_scale"])
    rows = [vectors.sentence(sentence_words(e.neutral, e.lang)[0], e.lang, scale) for e in examples]
    return np.array(rows).reshape(len(examples), vectors.dims)


def _matrix(examples: Sequence[Example], roles: Sequence[str], settings: Settings) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]:
    """Sparse binary design matrix as (row of each entry, column of each entry), labels, names."""
    counts = Counter(f for e in examples for f in extract(e.neutral, e.lang, e.cues))
    names = sorted(f for f, n in counts.items() if n >= settings.min_count)
    index = {f: i for i, f in enumerate(names)}
    rows: list[int] = []
    cols: list[int] = []
    for row, example in enumerate(examples):
        for column in sorted(index[f] for f in extract(example.neutral, example.lang, example.cues) if f in index):
            rows.append(row)
            cols.append(column)
    y = np.array([[role in e.labels for role in roles] for e in examples], dtype=np.float64)
    return np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64), y, names


class _Sparse:
    """A binary matrix given as (row, column) pairs, with the two products training needs."""

    def __init__(self, rows: np.ndarray, cols: np.ndarray, shape: tuple[int, int]) -> None:
        self.shape = shape
        self.rows, self.cols = rows, cols  # sorted by row
        self.by_col = np.argsort(cols, kind="stable")
        self.row_starts, self.row_ids = _starts(rows)
        self.col_starts, self.col_ids = _starts(cols[self.by_col])

    def dot(self, dense: np.ndarray) -> np.ndarray:
        """X @ dense."""
        out = np.zeros((self.shape[0], dense.shape[1]))
        if len(self.cols):
            out[self.row_ids] = np.add.reduceat(dense[self.cols], self.row_starts, axis=0)
        return out

    def tdot(self, dense: np.ndarray) -> np.ndarray:
        """X.T @ dense."""
        out = np.zeros((self.shape[1], dense.shape[1]))
        if len(self.cols):
            out[self.col_ids] = np.add.reduceat(dense[self.rows[self.by_col]], self.col_starts, axis=0)
        return out


def _starts(sorted_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each run of equal ids starts, and the id of each run."""
    if not len(sorted_ids):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, sorted_ids[1:] != sorted_ids[:-1]])
    return starts, sorted_ids[starts]


Fitted = tuple[list[str], np.ndarray, np.ndarray, np.ndarray]


def fit(examples: Sequence[Example], roles: Sequence[str], settings: Settings) -> Fitted:
    """One-vs-rest L2 logistic regression (Adam, full batch, zero start): sparse feature names,
    their weights W, the bias b and the weights V of the word-vector columns (dims x roles;
    no rows when no word vectors are installed)."""
    rows, cols, y, names = _matrix(examples, roles, settings)
    dense = dense_matrix(examples, load_vectors() if settings.vectors else None)
    n, f, r = len(examples), len(names), len(roles)
    x = _Sparse(rows, cols, (n, f))
    weights = np.zeros((f, r))
    vector_weights = np.zeros((dense.shape[1], r))
    bias = np.zeros(r)
    params = (weights, bias, vector_weights)
    moments = [np.zeros_like(param) for param in params for _ in range(2)]
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, settings.epochs + 1):
        p = 1.0 / (1.0 + np.exp(-(x.dot(weights) + dense @ vector_weights + bias)))
        error = (p - y) / n
        if settings.positive_weight != 1.0:
            error *= np.where(y > 0, settings.positive_weight, 1.0)
        grads = (x.tdot(error) + settings.l2 * weights, error.sum(axis=0), dense.T @ error + settings.l2 * vector_weights)
        for k, (param, grad) in enumerate(zip(params, grads)):
            m, v = moments[2 * k], moments[2 * k + 1]
            m *= beta1
            m += (1 - beta1) * grad
            v *= beta2
            v += (1 - beta2) * grad * grad
            param -= settings.learning_rate * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + eps)
    return names, weights, bias, vector_weights


def folds(examples: Sequence[Example], k: int, seed: int) -> list[int]:
    """Fold number of every example, stratified by language and rarest label (``none`` counts)."""
    frequency = Counter(label for e in examples for label in (e.labels or {"none"}))
    groups: dict[tuple[str, str], list[int]] = {}
    for i, e in enumerate(examples):
        rarest = min(e.labels or {"none"}, key=lambda label: (frequency[label], label))
        groups.setdefault((e.lang, rarest), []).append(i)
    rng = np.random.default_rng(seed)
    assignment = [0] * len(examples)
    offset = 0
    for key in sorted(groups):
        members = groups[key]
        for position, i in enumerate(rng.permutation(members)):
            assignment[int(i)] = (offset + position) % k
        offset += len(members)
    return assignment


def _probabilities(fitted: Fitted, examples: Sequence[Example]) -> np.ndarray:
    names, weights, bias, vector_weights = fitted
    index = {f: i for i, f in enumerate(names)}
    out = np.zeros((len(examples), len(bias)))
    for row, e in enumerate(examples):
        cols = [index[f] for f in extract(e.neutral, e.lang, e.cues) if f in index]
        out[row] = bias + (weights[cols].sum(axis=0) if cols else 0.0)
    if len(vector_weights):
        out += dense_matrix(examples, load_vectors()) @ vector_weights
    return 1.0 / (1.0 + np.exp(-out))


def out_of_fold(examples: Sequence[Example], roles: Sequence[str], settings: Settings) -> np.ndarray:
    """Each example's probabilities from the model trained without its fold."""
    assignment = folds(examples, settings.folds, settings.seed)
    result = np.zeros((len(examples), len(roles)))
    for fold in range(settings.folds):
        train_rows = [e for e, a in zip(examples, assignment) if a != fold]
        test_index = [i for i, a in enumerate(assignment) if a == fold]
        result[test_index] = _probabilities(fit(train_rows, roles, settings), [examples[i] for i in test_index])
    return result


def choose_threshold(
    probabilities: np.ndarray, truth: np.ndarray, target_precision: float, beta: float = 1.0, already: np.ndarray | None = None
) -> float:
    """The threshold with the most recall at ``target_precision``, else the best F-beta.

    A sentence marked in ``already`` (the cues found the role) counts as predicted whatever its
    probability: the threshold is chosen for the combination the linter uses, cue OR model."""
    if already is None:
        already = np.zeros(truth.shape, dtype=bool)
    candidates = sorted({round(float(p), 4) for p in probabilities if p >= 0.05} | {0.5})
    best_target: tuple[float, float] | None = None
    best_f1: tuple[float, float] = (-1.0, 0.5)
    positives = truth.sum()
    for threshold in candidates:
        predicted = (probabilities >= threshold) | already
        tp = float((predicted & truth).sum())
        precision = tp / predicted.sum() if predicted.sum() else 1.0
        recall = tp / positives if positives else 0.0
        f1 = (1 + beta**2) * precision * recall / (beta**2 * precision + recall) if precision + recall else 0.0
        if precision >= target_precision and (best_target is None or recall > best_target[0]):
            best_target = (recall, threshold)
        if f1 > best_f1[0]:
            best_f1 = (f1, threshold)
    if best_target is not None and best_target[0] > 0:
        return best_target[1]
    return best_f1[1]


def _language_thresholds(
    examples: Sequence[Example], roles: Sequence[str], settings: Settings, oof: np.ndarray, truth: np.ndarray, already: np.ndarray
) -> dict[str, dict[str, float]]:
    """Per language, a threshold for each role with at least ``language_threshold_min``
    positives in it, chosen the same way on that language's out-of-fold probabilities only."""
    result: dict[str, dict[str, float]] = {}
    for lang in sorted({e.lang for e in examples}):
        rows = np.array([e.lang == lang for e in examples])
        own = {
            role: choose_threshold(
                oof[rows, j], truth[rows, j], settings.target_precision, settings.threshold_beta, already[rows, j]
            )
            for j, role in enumerate(roles)
            if truth[rows, j].sum() >= settings.language_threshold_min
        }
        if own:
            result[lang] = own
    return result


def cue_findings(text: str, lang: str) -> frozenset[str]:
    """The cue lexicons' findings in a corpus sentence, as the model's cue features: what
    ``assign_roles`` passes the model at run time for the same sentence."""
    from .roles import assign_roles, findings_as_features

    return findings_as_features(assign_roles(text, lang, model=None).evidence)


def train(
    examples: Sequence[Example],
    roles: Sequence[str],
    settings: Settings,
    *,
    corpus_sha: str = "",
    today: datetime.date | None = None,
) -> RoleModel:
    """Weights fitted on all ``examples``; thresholds from their out-of-fold probabilities,
    chosen for the combination the linter uses: a cue OR the model (which also reads the cues)."""
    oof = out_of_fold(examples, roles, settings)
    truth = np.array([[role in e.labels for role in roles] for e in examples])
    already = np.array([[role in e.cues for role in roles] for e in examples], dtype=bool)
    thresholds = {
        role: choose_threshold(oof[:, j], truth[:, j], settings.target_precision, settings.threshold_beta, already[:, j])
        for j, role in enumerate(roles)
    }
    language_thresholds = _language_thresholds(examples, roles, settings, oof, truth, already)
    names, weights, bias, vector_weights = fit(examples, roles, settings)
    vectors = load_vectors() if len(vector_weights) else None
    meta = {
        "format": "followup-lint role model 1",
        "corpus_sha256": corpus_sha,
        "cues_sha256": cues_hash(),
        "trained": (today or datetime.date.today()).isoformat(),
        "sentences": len(examples),
        "languages": dict(sorted(Counter(e.lang for e in examples).items())),
        "training": {
            "method": "one-vs-rest L2 logistic regression, Adam, full batch, zero start",
            "features": "words, prefixes, word pairs, lemmas, lemma pairs and skip pairs, shapes, cue findings"
            + (", letter n-grams of lemmas" if FEATURE_CONFIG.get("char_ngrams") else "")
            + (", what the sentence does (structure.py)" if FEATURE_CONFIG.get("structure") else "")
            + (", the sentence's mean word vector" if vectors is not None else ""),
            "min_count": settings.min_count,
            "l2": settings.l2,
            "epochs": settings.epochs,
            "learning_rate": settings.learning_rate,
            "positive_weight": settings.positive_weight,
            "threshold_folds": settings.folds,
            "seed": settings.seed,
            "target_precision": settings.target_precision,
            "language_threshold_min": settings.language_threshold_min,
            "threshold_beta": settings.threshold_beta,
            "thresholds_for": "cues OR model (the model reads the cue findings as features)",
        },
        "feature_config": FEATURE_CONFIG,
    }
    if vectors is not None:
        meta["vectors_sha256"] = vectors_hash()
    if settings.decision_margin:
        meta["decision_margin"] = {role: settings.decision_margin for role in roles if role in MARGIN_ROLES}
    return RoleModel(
        language_thresholds=language_thresholds,
        roles=tuple(roles),
        features={f: i for i, f in enumerate(names)},
        weights=weights,
        bias=bias,
        thresholds=thresholds,
        meta=meta,
        vector_weights=vector_weights if vectors is not None else None,
        vectors=vectors,
    )
