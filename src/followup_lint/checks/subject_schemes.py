"""FL503: a promotional word in the subject whose object is a tax, a levy, a duty, a subsidy, a
grant or a public scheme is a topic, not a promotion.

"Korting op de energiebelasting" or "La réduction d'impôt pour les dons" name something the reader
is entitled to, which the email explains; "Korting op uw eerste bestelling" or "a discount on our
annual plan" sell. The words are the readable table ``rules/data/public-schemes.yml``: the
promotional words it applies to, the words (and ends of compounds) that name a scheme, and the
small words read past on the way to the object. Read once per template, on the subject only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..resources import data_path, load_once, load_yaml

__all__ = ["PublicSchemes", "names_a_public_scheme", "public_schemes"]

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+|[^\w\s]")


@dataclass(frozen=True)
class PublicSchemes:
    """The table of ``rules/data/public-schemes.yml``."""

    window: int
    promotion_words: frozenset[str]
    scheme_words: frozenset[str]
    scheme_phrases: tuple[tuple[str, ...], ...]
    scheme_parts: tuple[str, ...]
    skip_words: frozenset[str]

    def is_scheme(self, words: list[str]) -> bool:
        """Whether ``words`` (folded, in order) name a scheme: a scheme word, a compound ending with
        a scheme part ("energiebelasting", "kfz-steuer"), or a scheme phrase ("council tax")."""
        for word in words:
            bare = re.split(r"['’]", word)[-1]  # "d'impôt" -> "impôt"
            if bare in self.scheme_words or word in self.scheme_words:
                return True
            if any(bare.endswith(part) and len(bare) > len(part) + 2 for part in self.scheme_parts):
                return True
            if any(piece in self.scheme_words for piece in bare.split("-")):
                return True
        return any(_contains(words, phrase) for phrase in self.scheme_phrases)


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(words[i : i + size]) == phrase for i in range(len(words) - size + 1))


def _flat(raw: object) -> list[str]:
    if isinstance(raw, dict):
        return [str(w).casefold() for words in raw.values() for w in words or ()]
    return [str(w).casefold() for w in raw or ()]  # type: ignore[union-attr]


@load_once
def public_schemes() -> PublicSchemes:
    raw = load_yaml(data_path("public-schemes.yml").read_text(encoding="utf-8")) or {}
    schemes = _flat(raw.get("scheme_words"))
    return PublicSchemes(
        window=int(raw.get("window", 4)),
        promotion_words=frozenset(_flat(raw.get("promotion_words"))),
        scheme_words=frozenset(w for w in schemes if " " not in w),
        scheme_phrases=tuple(tuple(w.split()) for w in schemes if " " in w),
        scheme_parts=tuple(_flat(raw.get("scheme_parts"))),
        skip_words=frozenset(_flat(raw.get("skip_words"))),
    )


def names_a_public_scheme(text: str, start: int, end: int) -> bool:
    """Whether the trigger ``text[start:end]`` is a bare promotional word whose object (the words
    after it, past prepositions and articles, or just before it) names a public scheme."""
    table = public_schemes()
    matched = [w.casefold() for w in _WORD.findall(text[start:end])]
    if not matched or matched[0] not in table.promotion_words:
        return False
    if any(w not in table.skip_words for w in matched[1:]):
        return False  # "20% korting", "discount code": more than the bare word
    after = [w.casefold() for w in _WORD.findall(text[start:])][1:]
    obj: list[str] = []
    for word in after:
        if not word[0].isalpha():
            break
        if not obj and word in table.skip_words:
            continue
        obj.append(word)
        if len(obj) >= table.window:
            break
    before = [w.casefold() for w in _WORD.findall(text[:start])][-2:]
    before = [w for w in before if w[0].isalpha()]
    return table.is_scheme(obj) or table.is_scheme(before)
