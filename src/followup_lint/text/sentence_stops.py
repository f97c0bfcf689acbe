"""Full stops that end no sentence: abbreviations ("ca. 30", "Sr. García") and a day or an
ordinal number before a month or an ordinal noun ("am 14. März", "zum 2. Mal").

The word lists are ``rules/data/sentence-stops.yml``, read once; all languages' lists apply at
once, because the splitter runs before the language of a sentence is known."""

from __future__ import annotations

from functools import cache

from ..resources import data_path, load_yaml

__all__ = ["continues_after_stop"]


@cache
def _tables() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml(data_path("sentence-stops.yml").read_text(encoding="utf-8")) or {}
    abbreviations = frozenset(
        _key(str(word)) for words in (data.get("abbreviations") or {}).values() for word in words or ()
    )
    followers = frozenset(str(w).lower() for group in data.get("months") or () for w in group or ())
    followers |= frozenset(str(w).lower() for w in data.get("ordinal_nouns") or ())
    return abbreviations, followers


def _key(word: str) -> str:
    return word.lower().replace(".", "")


def continues_after_stop(before: str, after: str) -> bool:
    """Whether the sentence goes on after ``before`` + full stop when ``after`` is the next word.

    ``before`` is the word the stop is attached to ("ca", "14") or a token that carries its own
    stops ("o.a.", "z.B.")."""
    abbreviations, followers = _tables()
    if not before or not after:
        return False
    if _key(before) in abbreviations:
        return True
    if before.isdigit() and len(before) <= 2:
        following = after.lower().rstrip(".")
        # a lower-case word goes on with the sentence ("am 22. angemeldet", "zum 3. gewählt")
        return following in followers or (after.isdigit() and len(after) <= 4) or after[:1].islower()
    return False
