"""The shipped sentence-role classifier: one-vs-rest logistic regression over the features of
:mod:`followup_lint.content.features`, read from ``rules/models/roles.json``.

``load_model().classify("Can I get 15 minutes on Thursday?", "en")`` gives one
:class:`RoleScore` per role: the probability and the features that weighed most for it (the
evidence a finding shows). A role is assigned when its probability reaches
``model.threshold(role, lang)``, chosen by cross-validation when the model was trained
(``python scripts/train_roles.py``). Besides the sparse features, the model weighs the
sentence's mean word vector (:mod:`.vectors`), so words its corpus never used still count by
what they mean; the evidence then names the words that weighed most by meaning. Loading reads
one JSON file, its weights array and the word-vector table with numpy: no spaCy, no download.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..resources import load_once, rules_path
from .features import FEATURE_CONFIG, describe, extract, ngram_words, same_features, sentence_words
from .vectors import WordVectors, load_vectors

__all__ = ["MODEL_FILE", "RoleModel", "RoleScore", "load_model", "model_path", "read_model", "write_model"]

MODEL_FILE = "roles.json"
_EVIDENCE_SIZE = 4


@dataclass(frozen=True, slots=True)
class RoleScore:
    """How likely a sentence has ``role``, and the features that weighed most for it."""

    role: str
    probability: float
    evidence: tuple[str, ...]


def decision_margin(meta: dict[str, Any], role: str) -> float:
    """How far above its cross-validated threshold the model must be sure before it gives
    ``role`` on its own (``meta["decision_margin"]``, a role -> margin mapping; 0 when absent).

    The thresholds are chosen per sentence (most recall at precision 0.95), but the tone rules
    judge a whole email of eight or ten sentences, where a sentence-level false positive on any
    one of them raises a finding: a decent email is flagged far more often than one sentence in
    twenty. The margin moves the classifier's operating point on the roles that raise tone
    findings towards precision; cue and structure evidence are not affected."""
    margins = meta.get("decision_margin") or {}
    try:
        return float(margins.get(role, 0.0))
    except (AttributeError, TypeError, ValueError):
        return 0.0


@dataclass(slots=True, eq=False)
class RoleModel:
    """Weights of the one-vs-rest classifier. ``weights`` is features x roles. Compared and
    hashed by identity (the roles layer caches results per model)."""

    roles: tuple[str, ...]
    features: dict[str, int]
    weights: np.ndarray
    bias: np.ndarray
    thresholds: dict[str, float]
    meta: dict[str, Any] = field(default_factory=dict)
    language_thresholds: dict[str, dict[str, float]] = field(default_factory=dict)
    """Per language, the roles with enough examples in it to have a threshold of their own
    (the model's probabilities are not equally sure in every language)."""
    vector_weights: np.ndarray | None = None
    """Weights of the sentence's mean word vector (dims x roles); None: no vector features."""
    vectors: WordVectors | None = None

    def threshold(self, role: str, lang: str = "") -> float:
        """The probability at which ``role`` is assigned in ``lang``: the threshold chosen by
        cross-validation, raised by the role's ``decision_margin`` (see :func:`decision_margin`)."""
        own = self.language_thresholds.get(lang, {})
        base = own.get(role, self.thresholds.get(role, 0.5))
        return min(0.99, base + decision_margin(self.meta, role))

    def _vector_part(self, text: str, lang: str) -> tuple[np.ndarray, list[list[tuple[float, str]]]]:
        """The vector features' share of every role's logit, and each role's words by meaning
        (share, word), heaviest first."""
        if self.vector_weights is None or self.vectors is None:
            return np.zeros(len(self.roles)), []
        words, _ = sentence_words(text, lang)
        scale = float(FEATURE_CONFIG["vector_scale"])
        logits = self.vectors.sentence(words, lang, scale) @ self.vector_weights
        shares = self.vectors.contributions(words, lang, scale, self.vector_weights)
        per_role = [
            sorted(((float(share[j]), word) for word, share in shares.items()), reverse=True) for j in range(len(self.roles))
        ]
        return logits, per_role

    #: The cue lexicons' findings are features of this model (``cues=`` of :meth:`classify`).
    uses_cues = True

    def classify(self, text: str, lang: str, cues: frozenset[str] = frozenset()) -> tuple[RoleScore, ...]:
        """One score per role for a sentence's neutral text, most probable first. One model
        serves every language; ``lang`` changes how capitalised words are read and which lemma
        table is used. ``cues`` is what the cue lexicons found (:func:`.features.cue_features`)."""
        found = sorted(f for f in extract(text, lang, cues) if f in self.features)
        rows = [self.features[f] for f in found]
        contributions = self.weights[rows] if rows else np.zeros((0, len(self.roles)))
        vector_logits, by_meaning = self._vector_part(text, lang)
        probabilities = 1.0 / (1.0 + np.exp(-(self.bias + contributions.sum(axis=0) + vector_logits)))
        result = []
        owners = ngram_words(text, lang) if any(f.startswith("n:") for f in found) else {}
        names = [describe(f) if not f.startswith("n:") else "" for f in found]  # once, not once per role
        for index, role in enumerate(self.roles):
            column = contributions[:, index] if rows else np.zeros(0)
            weighed = _by_word(found, column, owners, names)
            if by_meaning:
                weighed += [(share, f"{word} (by meaning)") for share, word in by_meaning[index]]
            words: list[str] = []
            for weight, word in sorted(weighed, key=lambda item: -item[0]):
                if weight <= 0 or len(words) == _EVIDENCE_SIZE:
                    break
                if word and word not in words:
                    words.append(word)
            evidence = tuple(words)
            result.append(RoleScore(role, float(probabilities[index]), evidence))
        result.sort(key=lambda s: -s.probability)
        return tuple(result)

    def assigned(self, text: str, lang: str, cues: frozenset[str] = frozenset()) -> tuple[RoleScore, ...]:
        """The scores that reach their role's threshold."""
        return tuple(s for s in self.classify(text, lang, cues) if s.probability >= self.threshold(s.role, lang))

    def to_json(self) -> dict[str, Any]:
        names = sorted(self.features, key=self.features.__getitem__)
        return {
            **self.meta,
            "feature_config": FEATURE_CONFIG,
            "roles": list(self.roles),
            "thresholds": {r: round(self.thresholds[r], 4) for r in self.roles},
            "language_thresholds": {
                lang: {r: round(t, 4) for r, t in sorted(own.items())} for lang, own in sorted(self.language_thresholds.items())
            },
            "bias": [round(float(b), 4) for b in self.bias],
            "features": names,
            "weights": {
                role: [round(float(w), 4) for w in self.weights[:, index]] for index, role in enumerate(self.roles)
            },
            **(
                {
                    "vector_weights": {
                        role: [round(float(w), 4) for w in self.vector_weights[:, index]]
                        for index, role in enumerate(self.roles)
                    }
                }
                if self.vector_weights is not None
                else {}
            ),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], matrix: np.ndarray | None = None) -> RoleModel:
        """The model from :meth:`to_json`'s dict, or from the shipped files: the JSON without
        its weights, and ``matrix`` (features, then vector dimensions, x roles) from the
        ``.weights.npy`` file beside it (see :func:`write_model`)."""
        if not same_features(data.get("feature_config")):
            raise ValueError("the role model was trained with other features; run scripts/train_roles.py")
        roles = tuple(data["roles"])
        names = data["features"]
        if matrix is not None:
            if matrix.shape[1] != len(roles) or matrix.shape[0] < len(names):
                raise ValueError("the role model's weights file does not fit its features; run scripts/train_roles.py")
            weights = np.asarray(matrix[: len(names)], dtype=np.float64)
        else:
            weights = np.array([data["weights"][r] for r in roles], dtype=np.float64).T.reshape(len(names), len(roles))
        meta = {
            k: v
            for k, v in data.items()
            if k not in {"feature_config", "roles", "thresholds", "language_thresholds", "bias", "features", "weights",
                         "vector_weights", *_WEIGHTS_KEYS}
        }
        vector_weights = vectors = None
        has_vectors = bool(data.get("vector_weights")) if matrix is None else matrix.shape[0] > len(names)
        if has_vectors:
            vectors = load_vectors()
            if matrix is not None:
                vector_weights = np.asarray(matrix[len(names):], dtype=np.float64)
            else:
                vector_weights = np.array([data["vector_weights"][r] for r in roles], dtype=np.float64).T
            if vectors is None or vectors.dims != vector_weights.shape[0]:
                raise ValueError("the role model needs the word vectors it was trained with (rules/models/word_vectors.*)")
        return cls(
            roles=roles,
            features={name: index for index, name in enumerate(names)},
            weights=weights,
            bias=np.array(data["bias"], dtype=np.float64),
            thresholds={r: float(data["thresholds"][r]) for r in roles},
            language_thresholds={
                str(lang): {str(r): float(t) for r, t in own.items()} for lang, own in (data.get("language_thresholds") or {}).items()
            },
            meta=meta,
            vector_weights=vector_weights,
            vectors=vectors,
        )


def _by_word(found: list[str], column: np.ndarray, owners: dict[str, str],
             names: Sequence[str] | None = None) -> list[tuple[float, str]]:
    """Each feature's share of a role's logit, in words; the letter n-grams of one word summed
    and named by that word (its pieces alone say little). ``names`` are the features already
    described (:func:`.features.describe`), when the caller reads several roles."""
    weighed: list[tuple[float, str]] = []
    letters: dict[str, float] = {}
    shares = column.tolist()
    for i, feature in enumerate(found):
        if feature.startswith("n:"):
            word = owners.get(feature, "")
            letters[word] = letters.get(word, 0.0) + shares[i]
        else:
            weighed.append((shares[i], names[i] if names is not None else describe(feature)))
    weighed += [(share, word) for word, share in letters.items() if word]
    return weighed


def model_path() -> Path:
    """Where the shipped model lives (``rules/models/roles.json``, in the wheel ``_rules``)."""
    return rules_path() / "models" / MODEL_FILE


_WEIGHTS_KEYS = ("weights_file", "weights_shape", "weights_sha256")


def weights_path(path: Path) -> Path:
    """The weights beside a model file: ``roles.json`` -> ``roles.weights.npy``."""
    return path.with_suffix(".weights.npy")


def weights_hash(path: Path) -> str | None:
    """The SHA-256 of a weights file (recorded in the model's JSON), None when it is missing."""
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def write_model(model: RoleModel, path: Path) -> None:
    """Write ``model`` as two files: the JSON (roles, thresholds, features, hashes; one line per
    top-level key, so a diff shows what changed) and its weights as a float32 array beside it.
    Parsing 600,000 weights from JSON was a sixth of every run's start-up; numpy reads the
    array in a few milliseconds."""
    data = model.to_json()
    del data["weights"]
    data.pop("vector_weights", None)
    parts = [model.weights] if model.vector_weights is None else [model.weights, model.vector_weights]
    weights = np.round(np.vstack(parts), 4).astype(np.float32)  # the 4 decimals the JSON kept
    target = weights_path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.save(target, weights, allow_pickle=False)
    data["weights_file"] = target.name
    data["weights_shape"] = list(weights.shape)
    data["weights_sha256"] = weights_hash(target)
    lines = [f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False, separators=(',', ':'))}" for key, value in data.items()]
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")


def read_model(path: Path) -> RoleModel:
    """The model written by :func:`write_model` (or an older single JSON file with its weights)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    matrix = None
    if "weights_file" in data:
        matrix = np.load(path.parent / data["weights_file"], allow_pickle=False)
        if list(matrix.shape) != data.get("weights_shape"):
            raise ValueError(f"{data['weights_file']} does not match {path.name}; run scripts/train_roles.py")
    return RoleModel.from_json(data, matrix)


@load_once
def load_model() -> RoleModel | None:
    """The shipped classifier, read once per process; None when it is not installed."""
    path = model_path()
    return read_model(path) if path.is_file() else None
