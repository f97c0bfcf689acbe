"""scripts/adjudicate_roles.py: a role is kept when two of three labellers (the corpus and two
blind annotators) give it; one annotator alone changes nothing; the rest of a row is untouched."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ORDER = ["value", "personal", "pitch", "ask", "pushy", "qualify", "pressure", "loss", "hype", "filler", "bump",
         "flattery", "familiarity", "attendance"]


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("adjudicate_roles", ROOT / "scripts" / "adjudicate_roles.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("original", "first", "second", "expected"),
    [
        ({"attendance"}, {"attendance", "pitch"}, {"pitch", "attendance"}, {"attendance", "pitch"}),  # both add
        ({"pitch"}, {"pitch", "hype"}, {"pitch"}, {"pitch"}),  # one annotator alone adds nothing
        ({"ask", "pushy"}, {"ask"}, {"ask"}, {"ask"}),  # both drop
        ({"familiarity"}, set(), {"familiarity"}, {"familiarity"}),  # one annotator alone drops nothing
        (set(), {"pushy"}, {"pushy"}, {"ask", "pushy"}),  # pushy brings ask
        (set(), {"value"}, {"personal"}, set()),  # no role has two votes
    ],
)
def test_majority_of_three(script, original, first, second, expected) -> None:
    assert script.majority(frozenset(original), frozenset(first), frozenset(second)) == expected


def test_rewrites_only_labels_and_lists_changes(script, tmp_path: Path) -> None:
    corpus, folder = tmp_path / "roles", tmp_path / "roles" / "agreement"
    folder.mkdir(parents=True)
    (corpus / "nl.tsv").write_text(
        "id\tlang\tsegment\tlabels\ttext\tnote\n"
        "nl-1\tnl\tbody\tattendance\tZoals u in de demo zag, maakt het rapport zichzelf.\t\n"
        "nl-2\tnl\tcta\task\tZullen we donderdag om 10 uur bellen?\thard case: tijd\n"
        "nl-3\tnl\tbody\tnone\tHet kantoor in Sint-Niklaas is dicht op maandag.\t\n",
        encoding="utf-8",
    )
    (folder / "chunk-1-a.tsv").write_text("id\tlabels\nnl-1\tattendance,pitch\nnl-2\task,pushy\nnl-3\tnone\n", encoding="utf-8")
    (folder / "chunk-1-b.tsv").write_text("id\tlabels\nnl-1\tpitch,attendance\nnl-2\task\nnl-3\tvalue\n", encoding="utf-8")
    changes = script.adjudicate(corpus, folder, ORDER, write=True)
    assert changes == [("nl-1", "attendance", "pitch,attendance")]
    lines = (corpus / "nl.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[1] == "nl-1\tnl\tbody\tpitch,attendance\tZoals u in de demo zag, maakt het rapport zichzelf.\t"
    assert lines[2].endswith("hard case: tijd") and "\task\t" in lines[2]
    assert script.adjudicate(corpus, folder, ORDER, write=False) == []  # idempotent

