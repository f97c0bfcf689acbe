"""The cue matcher's cheap pre-test (a cue is tried in a clause only when every word it cannot
do without has a form there) must never change what the matcher finds: it is a speed-up, not a
reading. Checked against the plain matcher on the role corpus, every language."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from followup_lint.content import cues
from followup_lint.content.lexicon import builtin_lexicon
from followup_lint.content.tokens import tokenize

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "roles"


def _sentences(lang: str, every: int = 7) -> list[str]:
    with (CORPUS / f"{lang}.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [row["text"] for row in rows[::every]]


def _found(lang: str, text: str) -> list[tuple[str, int, int]]:
    cue_set = builtin_lexicon().for_language(lang)
    return [(m.cue.phrase, m.start, m.end) for m in cue_set.find(tokenize(text, lang), text)]


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "nl"])
def test_prefilter_finds_what_the_plain_matcher_finds(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = _sentences(lang)
    assert len(sentences) > 50
    filtered = [_found(lang, text) for text in sentences]
    monkeypatch.setattr(cues, "_can_match", lambda cue, forms: True)
    plain = [_found(lang, text) for text in sentences]
    assert filtered == plain
    assert sum(map(len, plain)) > len(sentences) // 10  # the sample does match cues


@pytest.mark.parametrize(
    ("phrase", "required"),
    [
        ("{num} off", [{"off"}]),
        ("[just]? following up", [{"follow", "following"}, {"up"}]),
        ("[book|grab] a call", [{"book", "grab"}, {"a"}, {"call"}]),
        ("{any} [is|be] [a|an]? leader", [{"is", "be"}, {"leader"}]),
    ],
)
def test_required_words_are_the_words_a_match_cannot_do_without(phrase: str, required: list[set[str]]) -> None:
    cue = cues.parse_cue(phrase, "en", "pitch")
    assert [set(keys) >= want for keys, want in zip(cue.required, required)] == [True] * len(required)
    assert len(cue.required) == len(required)
