"""Static word vectors: what a sentence means, as the average of its words' vectors.

The table (``rules/models/word_vectors.npy``, float16, one row per word of
``word_vectors.txt``) is distilled from a sentence-embedding model over a general vocabulary of
en/de/fr/es/nl words by ``scripts/build_word_vectors.py`` (provenance in ``word_vectors.json``
and ``rules/models/README.md``). Words that mean alike have near vectors, so the role classifier
can weigh "proposal" like "offer" although its corpus only used one of them. Loading reads two
small files with numpy, once per process; nothing is downloaded.

A word the table lacks is looked up by its lemma, else skipped; placeholders and numbers are
skipped. The sentence vector is ``scale`` times the mean of its words' rows, so each word's share
of a weighted sum is exact: :meth:`WordVectors.contributions` tells which words weighed most.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..resources import load_once, rules_path
from .lemmas import lemma

__all__ = ["VECTORS_FILE", "WORDS_FILE", "WordVectors", "load_vectors", "vectors_folder"]

VECTORS_FILE = "word_vectors.npy"
WORDS_FILE = "word_vectors.txt"


@dataclass(frozen=True, slots=True, eq=False)
class WordVectors:
    """The word -> row index and the float32 table (words x dims)."""

    index: dict[str, int]
    table: np.ndarray

    @property
    def dims(self) -> int:
        return int(self.table.shape[1])

    def rows(self, words: Sequence[str], lang: str) -> list[tuple[str, int]]:
        """The table row of each word that has one (directly or by its lemma), with the word."""
        found: list[tuple[str, int]] = []
        for word in words:
            if word.startswith("<"):
                continue
            row = self.index.get(word)
            if row is None:
                row = self.index.get(lemma(word, lang))
            if row is not None:
                found.append((word, row))
        return found

    def sentence(self, words: Sequence[str], lang: str, scale: float) -> np.ndarray:
        """``scale`` times the mean vector of the words found (zeros when none is)."""
        rows = [row for _, row in self.rows(words, lang)]
        if not rows:
            return np.zeros(self.dims)
        return self.table[rows].sum(axis=0) * (scale / len(rows))

    def contributions(self, words: Sequence[str], lang: str, scale: float, weights: np.ndarray) -> dict[str, np.ndarray]:
        """Each found word's exact share of ``sentence(...) @ weights`` (weights: dims x k)."""
        found = self.rows(words, lang)
        shares: dict[str, np.ndarray] = {}
        for word, row in found:
            share = (self.table[row] @ weights) * (scale / len(found))
            shares[word] = shares[word] + share if word in shares else share
        return shares


def vectors_folder() -> Path:
    """Where the shipped table lives (``rules/models``; in the wheel ``_rules/models``)."""
    return rules_path() / "models"


def read_vectors(folder: Path) -> WordVectors | None:
    """The table in ``folder``; None when either file is missing or they disagree in length."""
    table_file, words_file = folder / VECTORS_FILE, folder / WORDS_FILE
    if not (table_file.is_file() and words_file.is_file()):
        return None
    table = np.load(table_file, allow_pickle=False).astype(np.float32)
    words = words_file.read_text(encoding="utf-8").splitlines()
    if table.ndim != 2 or len(words) != table.shape[0]:
        return None
    return WordVectors({word: row for row, word in enumerate(words)}, table)


@load_once
def load_vectors() -> WordVectors | None:
    """The shipped table, read once per process; None when it is not installed."""
    return read_vectors(vectors_folder())
