"""Every built-in phrase list parses, in every language.

Why: the phrase tables of rules/data/ and rules/cues/ are read lazily, inside the sentence-role
reading and the classifier's features. A phrase that fails to parse there (a gap longer than
``{any:6}``, an unclosed ``[``) is caught by the guards that keep a lint run alive, so the symptom
is not an error but findings that quietly disappear for a whole language. The same holds for a
bare ``on``, ``no``, ``off`` or ``null`` in a YAML list, which YAML reads as a boolean or None, so
the word is silently missing. This test turns such a slip into a failure naming the file, the
key path and the phrase.

A list counts as a phrase list when it sits under a language key (en/de/fr/es/nl). Lists that
hold punctuation rather than phrases are named in NOT_PHRASES.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml

from followup_lint.content.cues import CueError, parse_cue

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "de", "fr", "es", "nl")
FOLDERS = (ROOT / "rules" / "data", ROOT / "rules" / "cues")
#: (file name, top-level key) of language-keyed lists that are not phrases: free-offers.yml's
#: topic markers include a bare colon, matched as a token, never parsed as a cue.
NOT_PHRASES = {("free-offers.yml", "topic_markers")}


def _phrase_lists(node: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], str, list[Any]]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in LANGUAGES and isinstance(value, list):
                yield path, str(key), value
            else:
                yield from _phrase_lists(value, path + (str(key),))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _phrase_lists(item, path + (str(index),))


def _cases() -> list[Any]:
    cases = []
    for folder in FOLDERS:
        for file in sorted(folder.glob("*.yml")):
            data = yaml.safe_load(file.read_text(encoding="utf-8"))
            for path, lang, phrases in _phrase_lists(data, ()):
                if path and (file.name, path[0]) in NOT_PHRASES:
                    continue
                label = f"{folder.name}/{file.name}:{'.'.join(path + (lang,))}"
                cases.append(pytest.param(file.name, lang, phrases, id=label))
    return cases


CASES = _cases()


def test_the_walk_finds_the_phrase_lists() -> None:
    # A walk that found nothing would make the test below pass vacuously.
    assert len(CASES) > 500
    assert {lang for _, lang, _ in (case.values for case in CASES)} == set(LANGUAGES)


@pytest.mark.parametrize(("file_name", "lang", "phrases"), CASES)
def test_every_builtin_phrase_parses(file_name: str, lang: str, phrases: list[Any]) -> None:
    broken = []
    for phrase in phrases:
        if not isinstance(phrase, str):
            # YAML reads a bare on/off/no/yes/null as a boolean or None: the word is then
            # silently missing from the list. Quote it ("on").
            broken.append(f"{phrase!r} is not text: quote the word in the YAML")
            continue
        try:
            parse_cue(phrase, lang, "check", file_name, "check")
        except CueError as exc:
            broken.append(f"{phrase!r}: {exc}")
    assert not broken, "\n".join(broken)


def test_a_broken_phrase_is_caught() -> None:
    # The guard itself: the kind of slip it exists for does raise.
    with pytest.raises(CueError):
        parse_cue("we [help|support {any:3} teams", "en", "check", "test", "check")
