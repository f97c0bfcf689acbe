"""The shipped static word vectors (rules/models/word_vectors.*) and the role model's use of
them: the table loads offline, knows words the role corpus never used, puts words that mean
alike near each other, and its share of a score is explained word by word."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from followup_lint.content.features import FEATURE_CONFIG, sentence_words
from followup_lint.content.model import RoleModel, load_model
from followup_lint.content.training import vectors_hash
from followup_lint.content.vectors import (
    VECTORS_FILE,
    WORDS_FILE,
    WordVectors,
    load_vectors,
    read_vectors,
    vectors_folder,
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "roles"
SRC = ROOT / "src"


@pytest.fixture(scope="module")
def table() -> WordVectors:
    loaded = load_vectors()
    assert loaded is not None, "rules/models/word_vectors.* missing: run scripts/build_word_vectors.py"
    return loaded


def corpus_words() -> set[str]:
    words: set[str] = set()
    for path in CORPUS.glob("*.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            words.update(w.lower() for w in re.findall(r"[^\W\d_]+", line))
    return words


def nearest(table: WordVectors, word: str, k: int) -> list[str]:
    unit = table.table / np.maximum(np.linalg.norm(table.table, axis=1, keepdims=True), 1e-9)
    ranked = np.argsort(-(unit @ unit[table.index[word]]))
    words = sorted(table.index, key=table.index.__getitem__)
    return [words[i] for i in ranked[1 : k + 1]]


def test_table_loads_with_its_provenance(table: WordVectors) -> None:
    folder = vectors_folder()
    raw = np.load(folder / VECTORS_FILE, allow_pickle=False)
    assert raw.dtype == np.float16 and raw.shape == table.table.shape
    meta = json.loads((folder / "word_vectors.json").read_text(encoding="utf-8"))
    assert meta["dims"] == table.dims and meta["words"] == len(table.index)
    assert "all-MiniLM-L6-v2" in meta["teacher"] and "wordfreq" in meta["vocabulary"]
    assert (folder / VECTORS_FILE).stat().st_size < 5_000_000
    assert load_vectors() is table  # read once


def test_vocabulary_is_general_not_the_corpus(table: WordVectors) -> None:
    """Most of the table's words never occur in the role corpus: it was not built from it.

    A table built from the corpus would leave almost none unseen; the share falls slowly as the corpus
    grows (82% with 4,990 sentences, 77% with 7,703 after batch 3), so the bar is a clear majority.
    """
    unseen = set(table.index) - corpus_words()
    assert len(unseen) > 0.65 * len(table.index)
    for word in ("bargain", "quotation", "angebot", "rechnung", "rabatt", "facture", "remise", "oferta", "factura", "korting"):
        assert word in table.index, word


@pytest.mark.parametrize(
    ("word", "related"),
    [
        ("discount", {"discounts", "coupon", "coupons", "bargain", "pricing", "deals"}),
        ("revolutionary", {"groundbreaking", "pioneering", "revolution"}),
        ("congratulations", {"congrats", "congratulate", "delighted", "thrilled"}),
    ],
)
def test_words_that_mean_alike_are_near(table: WordVectors, word: str, related: set[str]) -> None:
    assert related & set(nearest(table, word, 10))


def test_unseen_but_similar_words_get_vector_features(table: WordVectors) -> None:
    """A hype sentence in words the corpus does not use lands nearer a hype sentence than a
    courtesy line does; a sentence of placeholders and numbers only has no vector."""
    scale = float(FEATURE_CONFIG["vector_scale"])
    candidates = ("pioneering", "spectacular", "stellar", "unbeatable", "sensational", "dazzling")
    unseen = [w for w in candidates if w in table.index and w not in corpus_words()]
    assert len(unseen) >= 2
    vector = table.sentence(unseen, "en", scale)
    assert np.linalg.norm(vector) > 0
    hype = table.sentence(sentence_words("Our revolutionary, world-class platform", "en")[0], "en", scale)
    courtesy = table.sentence(sentence_words("I hope you had a relaxing weekend", "en")[0], "en", scale)

    def cosine(a: np.ndarray, b: np.ndarray) -> float:
        return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))

    assert cosine(vector, hype) > cosine(vector, courtesy)
    assert not table.sentence(sentence_words("{{ company }} 42", "en")[0], "en", scale).any()


def test_a_word_missing_from_the_table_is_read_by_its_lemma(table: WordVectors) -> None:
    words = [w for w in ("offering", "meetings", "scheduled") if w not in table.index]
    for word in words:  # only inflected forms the table lacks; a table with all of them passes trivially
        assert table.rows([word], "en")


def test_vector_share_of_the_score_is_explained_word_by_word() -> None:
    model = load_model()
    assert model is not None and model.vector_weights is not None and model.vectors is not None
    text, scale = "Our pioneering platform is spectacular", float(FEATURE_CONFIG["vector_scale"])
    words = sentence_words(text, "en")[0]
    logits = model.vectors.sentence(words, "en", scale) @ model.vector_weights
    shares = model.vectors.contributions(words, "en", scale, model.vector_weights)
    assert np.allclose(sum(shares.values()), logits)
    hype = next(s for s in model.classify(text, "en") if s.role == "hype")
    assert hype.evidence  # the words that weighed most, by their features or by meaning


def test_loading_is_offline_and_needs_no_teacher() -> None:
    code = (
        "import socket, sys\n"
        "def refuse(*a, **k): raise OSError('network used')\n"
        "socket.socket.connect = refuse; socket.create_connection = refuse\n"
        "from followup_lint.content.model import load_model\n"
        "model = load_model()\n"
        "assert model is not None and model.vector_weights is not None\n"
        "assert model.classify('Our pioneering platform is spectacular', 'en')\n"
        "assert not {'torch', 'sentence_transformers', 'transformers', 'wordfreq'} & set(sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env={"PYTHONPATH": str(SRC)}, check=False
    )
    assert done.returncode == 0, done.stderr


def test_missing_or_damaged_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No table: read_vectors says None, and a model trained with vectors refuses to load
    rather than score without them."""
    assert read_vectors(tmp_path) is None
    np.save(tmp_path / VECTORS_FILE, np.zeros((3, 4), dtype=np.float16))
    (tmp_path / WORDS_FILE).write_text("one\ntwo\n", encoding="utf-8")
    assert read_vectors(tmp_path) is None  # lengths disagree
    model = load_model()
    assert model is not None
    data = model.to_json()
    monkeypatch.setattr("followup_lint.content.model.load_vectors", lambda: None)
    with pytest.raises(ValueError, match="word vectors"):
        RoleModel.from_json(data)


def test_shipped_model_was_fitted_to_this_table() -> None:
    shipped = json.loads((ROOT / "rules" / "models" / "roles.json").read_text(encoding="utf-8"))
    assert shipped["vectors_sha256"] == vectors_hash(), "retrain: python scripts/train_roles.py"


def test_training_with_and_without_vector_features() -> None:
    """``Settings(vectors=False)`` trains the classifier as it was before the vectors (what
    ``bench_roles.py --no-vectors`` compares against); by default each role gets one weight per
    vector dimension."""
    from followup_lint.content.training import Example, Settings, fit

    rows = [
        ("Our platform is revolutionary and best-in-class.", {"hype", "pitch"}),
        ("A pioneering, spectacular product.", {"hype"}),
        ("Here is the checklist from the session.", {"value"}),
        ("The slides are attached for your team.", {"value"}),
    ]
    examples = [Example(f"en-{i}", "en", "body", frozenset(labels), text, text) for i, (text, labels) in enumerate(rows)]
    roles = ["hype", "pitch", "value"]
    table = load_vectors()
    assert table is not None
    settings = Settings(min_count=1, epochs=20)
    assert fit(examples, roles, Settings(min_count=1, epochs=20, vectors=False))[3].shape == (0, 3)
    vector_weights = fit(examples, roles, settings)[3]
    assert vector_weights.shape == (table.dims, 3) and np.abs(vector_weights).sum() > 0
