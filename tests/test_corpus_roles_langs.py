"""The non-English sentence-role corpora (corpus/roles/{de,fr,es,nl}.tsv) are well-formed and balanced.

The classifier and its benchmark read these files; a malformed row, an unknown role id or a
language without enough positives for a role would silently weaken what they measure.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
HEADER = ["id", "lang", "segment", "labels", "text", "note"]
SEGMENTS = {"subject", "opener", "body", "cta", "ps", "signoff"}
ROLES = set(yaml.safe_load((ROOT / "rules" / "roles.yml").read_text(encoding="utf-8"))["roles"])
LANGS = ["de", "fr", "es", "nl"]
MIN_SENTENCES = 200
MIN_POSITIVES_PER_ROLE = 5


def read_corpus(lang: str) -> tuple[list[str], list[dict[str, str]]]:
    with (ROOT / "corpus" / "roles" / f"{lang}.tsv").open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        rows = [dict(zip(header, row, strict=True)) for row in reader]
    return header, rows


def labels_of(row: dict[str, str]) -> set[str]:
    return set() if row["labels"] == "none" else set(row["labels"].split(","))


@pytest.mark.parametrize("lang", LANGS)
def test_rows_are_well_formed(lang: str) -> None:
    header, rows = read_corpus(lang)
    assert header == HEADER
    assert len(rows) >= MIN_SENTENCES
    assert len({r["id"] for r in rows}) == len(rows), "ids are unique"
    assert len({r["text"] for r in rows}) == len(rows), "no sentence is repeated"
    for row in rows:
        assert row["lang"] == lang and row["id"].startswith(f"{lang}-"), row["id"]
        assert row["segment"] in SEGMENTS, row["id"]
        assert row["text"].strip() == row["text"] and row["text"], row["id"]
        assert row["labels"] == "none" or labels_of(row) <= ROLES, row["id"]


@pytest.mark.parametrize("lang", LANGS)
def test_every_role_has_positives(lang: str) -> None:
    _, rows = read_corpus(lang)
    counts = Counter(label for row in rows for label in labels_of(row))
    thin = {role: counts[role] for role in ROLES if counts[role] < MIN_POSITIVES_PER_ROLE}
    assert not thin, f"roles with fewer than {MIN_POSITIVES_PER_ROLE} positives: {thin}"


@pytest.mark.parametrize("lang", LANGS)
def test_pushy_is_always_an_ask(lang: str) -> None:
    _, rows = read_corpus(lang)
    assert [r["id"] for r in rows if "pushy" in labels_of(r) and "ask" not in labels_of(r)] == []


FLAGGED = ROLES - {"value", "personal"}


@pytest.mark.parametrize("lang", LANGS)
def test_hard_negatives_balance_the_flagged_roles(lang: str) -> None:
    """As many sentences that must not be flagged as sentences that carry a flagged role."""
    _, rows = read_corpus(lang)
    flagged = sum(1 for r in rows if labels_of(r) & FLAGGED)
    clean = sum(1 for r in rows if not labels_of(r) & FLAGGED)
    assert clean >= flagged, (clean, flagged)
    hard = sum(1 for r in rows if not labels_of(r) & FLAGGED and "hard case" in r["note"])
    assert hard >= 25, hard


@pytest.mark.parametrize("lang", LANGS)
def test_both_registers_and_pushy_soft_pairs(lang: str) -> None:
    _, rows = read_corpus(lang)
    asks = [r for r in rows if "ask" in labels_of(r)]
    assert sum("pushy" in labels_of(r) for r in asks) >= 5
    assert sum("pushy" not in labels_of(r) for r in asks) >= 5
    assert sum("register" in r["note"] for r in rows) >= 3, "informal register is represented"
