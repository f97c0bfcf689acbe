"""Lookup lemmas for en, de, fr, es and nl: "helps" -> "help", "geholpen" -> "helpen".

The tables (``rules/data/lemmas/<lang>.tsv.gz``) are built from spacy-lookups-data by
``scripts/build_lemma_data.py``: the same lookup tables spaCy's blank pipeline uses in
``lookup`` mode, trimmed to common words. A language's table is read on first use, once per
process (well under a second; no spaCy import). A word the table does not list is its own
lemma, so unknown words and names still match themselves.
"""

from __future__ import annotations

import gzip
import time
from functools import lru_cache

from ..resources import data_path, load_once, load_once_per_key, load_yaml

__all__ = ["LANGUAGES", "lemma", "lemma_table", "load_seconds"]

#: Languages with a lemma table (others fall back to lower-cased surface forms).
LANGUAGES = ("en", "de", "fr", "es", "nl")

# English contractions after tokenisation ("I'd" -> "i" + "'d"): read them as the full word.
_EN_CLITICS = {
    "'d": "would", "'ll": "will", "'re": "be", "'m": "be", "'ve": "have", "n't": "not",
    "wo": "will", "ca": "can", "sha": "shall",
}

_seconds: dict[str, float] = {}


@load_once_per_key
def lemma_table(lang: str) -> dict[str, str]:
    """The form -> lemma table of ``lang`` (empty for a language without one)."""
    if lang not in LANGUAGES:
        return {}
    started = time.perf_counter()
    table: dict[str, str] = {}
    try:
        raw = gzip.decompress(data_path("lemmas", f"{lang}.tsv.gz").read_bytes()).decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError):  # a damaged install: match surface forms only
        return table
    for line in raw.splitlines():
        head, _, forms = line.partition("\t")
        for form in forms.split(" "):
            if form:
                table[form] = head
    table.update(_pronouns().get(lang, {}))
    _seconds[lang] = time.perf_counter() - started
    return table


@load_once
def _pronouns() -> dict[str, dict[str, str]]:
    """Form -> lemma for the pronouns whose person the lookup tables lose
    (``rules/data/lemmas/pronouns.yml``): "wir" stays "wir", not "ich"."""
    data = load_yaml(data_path("lemmas", "pronouns.yml").read_text(encoding="utf-8")) or {}
    return {
        str(lang): {str(form).lower(): str(head) for head, forms in (by_lemma or {}).items() for form in forms or ()}
        for lang, by_lemma in data.items()
    }


def load_seconds() -> dict[str, float]:
    """How long each loaded table took to read (for the benchmarks)."""
    return dict(_seconds)


@lru_cache(maxsize=65_536)
def lemma(word: str, lang: str) -> str:
    """The lemma of ``word`` (any case) in ``lang``; the lower-cased word when unknown."""
    key = word.lower().replace("’", "'")
    if lang == "en" and key in _EN_CLITICS:
        return _EN_CLITICS[key]
    return lemma_table(lang).get(key, key)
