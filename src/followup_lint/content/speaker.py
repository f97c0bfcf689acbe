"""Who speaks when a sentence begins: the sender as a person, or for the company.

The first word of a self-introduction says who is talking: "I'm Tomasz, ...", "Ich heiße ...",
"Je m'appelle ..." are a person; "We are ...", "Wir sind ...", "Somos ..." the company. The table
is data (``rules/data/self-introduction.yml``), with the words that refer to the reader in a later
sentence ("someone at {{ company }}").
"""

from __future__ import annotations

from typing import Any, Sequence

from ..resources import data_path, load_once, load_once_per_key, load_yaml
from .cues import CueSet, parse_cue
from .tokens import Token

__all__ = ["COMPANY", "PERSON", "clause_joins", "names_the_readers_side", "opens_as"]

PERSON = "person"
COMPANY = "company"
_ORIGIN = "rules/data/self-introduction.yml"


@load_once
def _data() -> dict[str, Any]:
    return load_yaml(data_path("self-introduction.yml").read_text(encoding="utf-8")) or {}


@load_once_per_key
def _openings(lang: str) -> dict[str, str]:
    table = (_data().get("openings") or {}).get(lang) or {}
    return {str(word).lower(): str(speaker) for word, speaker in table.items()}


@load_once_per_key
def _reader(lang: str) -> CueSet:
    cues = CueSet(lang)
    for phrase in (_data().get("reader") or {}).get(lang) or ():
        cues.add(parse_cue(str(phrase), lang, "reader", _ORIGIN))
    return cues


@load_once_per_key
def clause_joins(lang: str) -> frozenset[str]:
    """Words that join a person's introduction to a clause about the company (``clause_joins``)."""
    return frozenset(str(word).casefold() for word in (_data().get("clause_joins") or {}).get(lang) or ())


@load_once_per_key
def _labels(lang: str) -> frozenset[str]:
    return frozenset(str(label).casefold() for label in (_data().get("labels") or {}).get(lang) or ())


def _after_label(tokens: Sequence[Token], lang: str) -> Sequence[Token]:
    """The tokens after a lead-in label and its colon ("Even voorstellen: ik ben ..."), or all."""
    labels = _labels(lang)
    for at, token in enumerate(tokens[:7]):
        if token.text == ":":
            words = " ".join(t.lower for t in tokens[:at] if t.kind == "word")
            return tokens[at + 1 :] if words in labels else tokens
    return tokens


def opens_as(tokens: Sequence[Token], lang: str) -> str | None:
    """``"person"`` or ``"company"`` when the first word is how a self-introduction begins (after a
    lead-in label: "Quick intro: I'm ...", "Even voorstellen: ik ben ...")."""
    first = next((t for t in _after_label(tokens, lang) if t.kind == "word"), None)
    if first is None:
        return None
    return _openings(lang).get(first.lower.replace("’", "'"))


def names_the_readers_side(tokens: Sequence[Token], text: str, lang: str) -> bool:
    """Whether the sentence names someone at the reader's company ("someone at {{ company }}")."""
    return bool(_reader(lang).find(tokens, text))
