"""benchmarks/bench_role_agreement.py: the blind sample carries no labels, and the scorer counts
an annotator's agreement with the corpus (and between annotators) the way the table says."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "bench_role_agreement.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_role_agreement", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write(path: Path, lines: list[str]) -> None:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_committed_sample_is_blind_and_in_the_corpus(bench):
    if not bench.SAMPLE.is_file():
        pytest.skip("no committed sample")
    rows = bench.read_rows(bench.SAMPLE)
    assert list(rows[0]) == ["id", "lang", "segment", "text"]  # no labels, no notes
    reference = bench.corpus_labels()
    assert all(row["id"] in reference for row in rows)
    assert len({row["id"] for row in rows}) == len(rows)


def test_scorer_counts_precision_recall_and_pair_agreement(bench, tmp_path):
    corpus = tmp_path / "corpus"
    folder = tmp_path / "agreement"
    corpus.mkdir()
    folder.mkdir()
    write(corpus / "en.tsv", [
        "id\tlang\tsegment\tlabels\ttext\tnote",
        "en-1\ten\tbody\tpitch\tWe help dental groups fill empty chairs.\t",
        "en-2\ten\tbody\tpitch,hype\tOur best-in-class scheduler is the fastest there is.\t",
        "en-3\ten\tbody\tnone\tThe clinic in Sint-Niklaas opens at eight.\t",
        "en-4\ten\tcta\task,pushy\tI'll call you Thursday at 10.\t",
    ])
    write(folder / "sample.tsv", ["id\tlang\tsegment\ttext", "en-1\ten\tbody\tx", "en-2\ten\tbody\tx", "en-3\ten\tbody\tx", "en-4\ten\tcta\tx"])
    write(folder / "ann-a.tsv", ["id\tlabels", "en-1\tpitch", "en-2\thype", "en-3\tpitch", "en-4\tpushy"])
    write(folder / "ann-b.tsv", ["id\tlabels", "en-1\tpitch", "en-2\tpitch,hype", "en-3\tnone", "en-4\task"])
    people = bench.annotations(folder)
    assert set(people) == {"ann-a", "ann-b"}
    assert people["ann-a"]["en-4"] == {"ask", "pushy"}  # pushy is always an ask
    found = bench.table(bench.corpus_labels(corpus), people)
    p, r, n = found["annotators"]["ann-a"]["pitch"]
    assert (p, r, n) == (0.5, 0.5, 2)  # en-1 right, en-3 wrong, en-2 missed
    assert found["annotators"]["ann-b"]["pitch"][:2] == (1.0, 1.0)
    assert found["annotators"]["ann-a"]["ask"][:2] == (1.0, 1.0)
    assert found["annotators"]["ann-b"]["pushy"][:2] == (1.0, 0.0)
    # between the two: pitch a={1,3}, b={1,2}: one shared of two each -> F1 0.5
    assert found["pairs"]["ann-a vs ann-b"]["pitch"] == pytest.approx(0.5)
    assert bench.score(folder, corpus) == 0


def test_scorer_without_annotators_says_so(bench, tmp_path, capsys):
    (tmp_path / "corpus").mkdir()
    assert bench.score(tmp_path, tmp_path / "corpus") == 1
    assert "no annotator files" in capsys.readouterr().out
