"""Thanks for something the reader already did: the deed is no ask.

"Thanks for signing up for Thursday's session" names a sign-up, a session and a time, which ask
cues know ("sign up for ... session"); but the reader did it already, and the sentence thanks
them. The thanks phrases and the words that start another clause are data
(``rules/data/gratitude.yml``, in the cue syntax of ``rules/cues/``); :func:`deed_spans` gives the
spans that follow a thanks up to the clause's end, and the sentence roles (:mod:`.roles`) drop the
ask and push cues that start in one.
"""

from __future__ import annotations

from typing import Sequence

from ..resources import data_path, load_once, load_once_per_key, load_yaml
from .cues import CueSet, clauses, parse_cue
from .tokens import Token

__all__ = ["deed_spans", "only_thanks"]

_ORIGIN = "rules/data/gratitude.yml"


@load_once
def _data() -> dict[str, dict[str, list[str]]]:
    data = load_yaml(data_path("gratitude.yml").read_text(encoding="utf-8")) or {}
    return {
        part: {str(lang): [str(p) for p in phrases or ()] for lang, phrases in (data.get(part) or {}).items()}
        for part in ("thanks", "ends")
    }


@load_once_per_key
def _thanks(lang: str) -> CueSet:
    cues = CueSet(lang)
    for phrase in _data()["thanks"].get(lang, ()):
        cues.add(parse_cue(phrase, lang, "thanks", _ORIGIN))
    return cues


@load_once_per_key
def _ends(lang: str) -> frozenset[str]:
    return frozenset(word.lower() for word in _data()["ends"].get(lang, ()))


def deed_spans(tokens: Sequence[Token], text: str, lang: str) -> list[tuple[int, int]]:
    """``(start, end)`` character spans of what the reader is thanked for: the words after a
    thanks phrase up to the end of its clause or a word that starts another clause."""
    found = _thanks(lang).find(tokens, text)
    if not found:
        return []
    ends = _ends(lang)
    spans = []
    for clause in clauses(tokens):
        for match in found:
            if not clause[0].start <= match.start < clause[-1].end:
                continue  # the thanks is in another clause
            after = [t for t in clause if t.start >= match.end]
            last = None
            for token in after:
                if token.lower in ends:
                    break
                last = token
            if last is not None:
                spans.append((after[0].start, last.end))
    return spans


def only_thanks(spans: Sequence[tuple[int, int]], tokens: Sequence[Token]) -> bool:
    """Whether a deed runs to the sentence's last word: the sentence is a thanks and nothing else."""
    words = [t for t in tokens if t.kind != "punct"]
    return bool(words) and any(end >= words[-1].end for _, end in spans)
