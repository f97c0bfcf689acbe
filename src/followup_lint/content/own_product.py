"""Whether a sentence names the sender's own product ("our platform", "unsere Software").

A fact, a tip or research results handed to the reader are value (``rules/cues/value-facts.yml``)
unless the same sentence is about the sender's product: "A tip: our platform books the visits
for you" sells. Naming the product is no pitch by itself ("Thanks for trying our platform"), so
the words live in ``rules/data/own-product.yml``, read only by the value guards of FL201 and FL214.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ..resources import data_path, load_once, load_once_per_key, load_yaml
from .cues import CueMatch, CueSet, parse_cue
from .tokens import Token, tokenize

__all__ = ["names_own_product", "own_product_matches"]

_ORIGIN = "rules/data/own-product.yml"


@load_once
def _phrases() -> dict[str, list[str]]:
    data = load_yaml(data_path("own-product.yml").read_text(encoding="utf-8")) or {}
    return {str(lang): [str(p) for p in phrases or ()] for lang, phrases in (data.get("cues") or {}).items()}


@load_once_per_key
def _cue_set(lang: str) -> CueSet:
    found = CueSet(lang)
    for phrase in _phrases().get(lang, ()):
        found.add(parse_cue(phrase, lang, "pitch", _ORIGIN, "product"))
    return found


@lru_cache(maxsize=4096)
def names_own_product(text: str, lang: str) -> bool:
    """Whether ``text`` (one sentence in ``lang``) names the sender's own product."""
    return bool(_cue_set(lang).find(tokenize(text, lang), text))


def own_product_matches(tokens: Sequence[Token], text: str, lang: str) -> list[CueMatch]:
    """Where ``text`` (already tokenised) names the sender's own product."""
    return _cue_set(lang).find(tokens, text)
