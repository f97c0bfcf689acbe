#!/usr/bin/env python3
"""Build followup-lint's compact lemma tables (rules/data/lemmas/<lang>.tsv.gz).

Run manually by developers after changing the source pin or the trimming below::

    pip install spacy-lookups-data==1.0.5          # dev-only build dependency (the `test` extra)
    python scripts/build_lemma_data.py             # writes rules/data/lemmas/*.tsv.gz
    python scripts/build_lemma_data.py --check     # exit 1 if the committed files are stale

Input: the lookup lemmatizer tables of spacy-lookups-data (``<lang>_lemma_lookup``, MIT;
the tables spaCy's blank pipeline uses in ``lookup`` mode), for en, de, fr, es and nl.

Output (UTF-8, tab separated, gzip with a fixed timestamp, sorted: deterministic): one line per
lemma, ``lemma<TAB>form form form``, all lower-cased. Only forms that differ from their lemma
are kept. Where spacy-lookups-data also ships word probabilities (en, de, es), forms outside the
``--top`` most frequent words are dropped: email text uses common words, and the smaller table
loads faster and keeps the wheel small. French and Dutch have no frequency table and are kept
whole, minus forms longer than ``MAX_FORM`` characters.

The runtime (``followup_lint.content.lemmas``) reads these files; nothing is downloaded.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT_DIR = REPO / "rules" / "data" / "lemmas"
LANGUAGES = ("en", "de", "fr", "es", "nl")
SOURCE = "spacy-lookups-data"
SOURCE_VERSION = "1.0.5"
MAX_FORM = 24
DEFAULT_TOP = 250_000


def _data_dir() -> Path:
    try:
        import importlib.metadata as metadata

        version = metadata.version(SOURCE)
        import spacy_lookups_data  # type: ignore[import-not-found]
    except Exception:  # noqa: BLE001
        sys.exit(f"{SOURCE}=={SOURCE_VERSION} is needed: pip install '{SOURCE}=={SOURCE_VERSION}'")
    if version != SOURCE_VERSION:
        sys.exit(f"{SOURCE} {version} is installed; the tables are pinned to {SOURCE_VERSION}")
    return Path(spacy_lookups_data.__file__).resolve().parent / "data"


def _load(path: Path) -> dict:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def _usable(word: str) -> bool:
    return 0 < len(word) <= MAX_FORM and not any(c.isspace() or c == "\t" for c in word)


def build_table(lang: str, data: Path, top: int) -> bytes:
    lookup = _load(data / f"{lang}_lemma_lookup.json.gz")
    frequent: set[str] | None = None
    prob_file = data / f"{lang}_lexeme_prob.json.gz"
    if prob_file.is_file():
        probs = _load(prob_file)
        values = sorted(probs.values(), reverse=True)
        cutoff = values[min(top, len(values)) - 1]  # ties at the cut-off are all kept
        frequent = {word.lower() for word, prob in probs.items() if prob >= cutoff}
    groups: dict[str, set[str]] = {}
    for form, lemma in lookup.items():
        if isinstance(lemma, list):  # French lists candidates; the first is the usual one
            if not lemma:
                continue
            lemma = lemma[0]
        form_key, lemma_key = form.lower(), str(lemma).lower()
        if form_key == lemma_key or not _usable(form_key) or not _usable(lemma_key):
            continue
        if frequent is not None and form_key not in frequent:
            continue
        groups.setdefault(lemma_key, set()).add(form_key)
    # A lower-cased form can come from two spellings with different lemmas ("Wanted" / "wanted"):
    # keep the alphabetically first lemma so the build is deterministic.
    owner: dict[str, str] = {}
    for lemma_key in sorted(groups):
        for form_key in groups[lemma_key]:
            owner.setdefault(form_key, lemma_key)
    lines: dict[str, list[str]] = {}
    for form_key, lemma_key in owner.items():
        lines.setdefault(lemma_key, []).append(form_key)
    text = "".join(f"{lemma}\t{' '.join(sorted(forms))}\n" for lemma, forms in sorted(lines.items()))
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as handle:
        handle.write(text.encode("utf-8"))
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed files instead of writing")
    parser.add_argument("--top", type=int, default=DEFAULT_TOP, help="keep forms among this many most frequent words")
    args = parser.parse_args(argv)
    data = _data_dir()
    stale = []
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        built = build_table(lang, data, args.top)
        target = OUT_DIR / f"{lang}.tsv.gz"
        if args.check:
            current = target.read_bytes() if target.is_file() else b""
            if gzip.decompress(current) != gzip.decompress(built) if current else True:
                stale.append(target.name)
        else:
            target.write_bytes(built)
            forms = gzip.decompress(built).decode("utf-8").count(" ") + gzip.decompress(built).count(b"\n")
            print(f"{target.relative_to(REPO)}: {len(built):,} bytes, about {forms:,} forms")
    if stale:
        print("stale lemma tables (run scripts/build_lemma_data.py): " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
