"""Sequence cues: what an email says about its own place in a sequence (``rules/sequence.yml``).

Only one position is read from the words today: a polite breakup ("this will be my last email",
"I'll assume the timing isn't right"). The phrases are cues (:mod:`.cues`: lemmas, slots), one
list per language, matched on every sentence of the template's neutral text once per template.
"""

from __future__ import annotations

from functools import lru_cache

from ..resources import load_once, load_once_per_key, load_yaml, rules_path
from .cues import CueMatch, CueSet, parse_cue
from .lemmas import LANGUAGES
from .tokens import detect_language, tokenize

__all__ = ["breakup_cue"]


@load_once
def _phrases() -> dict[str, list[str]]:
    loaded = load_yaml((rules_path() / "sequence.yml").read_text(encoding="utf-8")) or {}
    return loaded.get("breakup") or {}


@load_once_per_key
def _cue_set(lang: str) -> CueSet:
    found = CueSet(lang)
    for phrase in _phrases().get(lang) or ():
        found.add(parse_cue(phrase, lang, "breakup", "rules/sequence.yml"))
    return found


@lru_cache(maxsize=512)
def breakup_cue(text: str, lang: str = "auto") -> CueMatch | None:
    """The first breakup cue in ``text`` (a template's neutral text), or None."""
    if not text.strip():
        return None
    language = lang if lang in LANGUAGES else detect_language(text, "en")
    cues = _cue_set(language)
    for paragraph in text.split("\n"):
        if not paragraph.strip():
            continue
        found = cues.find(tokenize(paragraph, language), paragraph)
        if found:
            return found[0]
    return None
