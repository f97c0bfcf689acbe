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
    write(folder / "annotator-x.tsv", ["id\tlabels", "en-1\tpitch", "en-2\thype", "en-3\tpitch", "en-4\tpushy"])
    write(folder / "annotator-y.tsv", ["id\tlabels", "en-1\tpitch", "en-2\tpitch,hype", "en-3\tnone", "en-4\task"])
    people = bench.annotations(folder)
    assert set(people) == {"annotator-x", "annotator-y"}
    assert people["annotator-x"]["en-4"] == {"ask", "pushy"}  # pushy is always an ask
    found = bench.table(bench.corpus_labels(corpus), people)
    p, r, n = found["annotators"]["annotator-x"]["pitch"]
    assert (p, r, n) == (0.5, 0.5, 2)  # en-1 right, en-3 wrong, en-2 missed
    assert found["annotators"]["annotator-y"]["pitch"][:2] == (1.0, 1.0)
    assert found["annotators"]["annotator-x"]["ask"][:2] == (1.0, 1.0)
    assert found["annotators"]["annotator-y"]["pushy"][:2] == (1.0, 0.0)
    # between the two: pitch a={1,3}, b={1,2}: one shared of two each -> F1 0.5
    assert found["pairs"]["annotator-x vs annotator-y"]["pitch"] == pytest.approx(0.5)
    assert bench.score(folder, corpus) == 0


def test_scorer_without_annotators_says_so(bench, tmp_path, capsys):
    (tmp_path / "corpus").mkdir()
    assert bench.score(tmp_path, tmp_path / "corpus") == 1
    assert "no annotator files" in capsys.readouterr().out


def test_whole_pools_the_chunks_and_scores_against_the_original_labels(bench, tmp_path):
    corpus = tmp_path / "roles"
    folder = corpus / "agreement"
    folder.mkdir(parents=True)
    write(corpus / "de.tsv", [
        "id\tlang\tsegment\tlabels\ttext\tnote",
        "de-1\tde\tbody\tpitch,attendance\tWie Sie in der Live-Demo gesehen haben, baut sich der Bericht selbst.\t",
        "de-2\tde\tcta\tnone\tDas Büro in Gießen ist montags geschlossen.\t",
    ])
    # de-1 was relabelled from "attendance": annotators are scored against what the writers gave
    write(folder / "changes.tsv", ["id\tbefore\tafter", "de-1\tattendance\tpitch,attendance"])
    write(folder / "annotator-a.tsv", ["id\tlabels", "de-2\tnone"])
    write(folder / "chunk-1-a.tsv", ["id\tlabels", "de-1\tpitch,attendance"])
    write(folder / "annotator-b.tsv", ["id\tlabels", "de-2\tpitch"])
    write(folder / "chunk-1-b.tsv", ["id\tlabels", "de-1\tattendance"])
    people = bench.annotations(folder, whole=True)
    assert set(people) == {"first", "second"} and set(people["first"]) == {"de-1", "de-2"}
    found = bench.table(bench.corpus_labels(corpus), people)
    assert found["annotators"]["first"]["pitch"][:2] == (0.0, 1.0)  # one pitch, none in the original
    assert found["annotators"]["second"]["attendance"][:2] == (1.0, 1.0)
    assert bench.corpus_labels(corpus, original=False)["de-1"][1] == {"pitch", "attendance"}
