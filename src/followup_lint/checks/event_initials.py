"""An occasion named by its initials (FL308): a date column ``cab_date``, ``Datum HV``, ``date AG``,
``fecha_jgA`` or ``ALV-datum`` for a sentence that spells the occasion out ("this morning's
customer advisory board", "der gestrigen Hauptversammlung", "l'assemblée générale d'hier", "la
junta general de accionistas", "de algemene ledenvergadering"), or a column that spells it out
(``quarterly_business_review_date``) for a sentence that says "QBR".

Initials are read from consecutive words; small link words may be skipped or give their letter
("proof of value": POV; "junta general de accionistas": JGA), and a German or Dutch compound
gives one letter per part ("Hauptversammlung": HV, "ledenvergadering": LV; a part of three
letters or more before a part of four or more). Function words ("about", "und", "avec") give no
letter, and words spelling a kind of date that is no occasion (a purchase order, an invoice) do
not count (``rules/data/event-date-columns.yml``)."""

from __future__ import annotations

from functools import cache
from typing import Iterator

from ..resources import data_path, load_yaml

__all__ = ["initials_name"]

_MIN_PART = 3  # the first part of a compound that gives a letter ("haupt" in "Hauptversammlung")
_MIN_TAIL = 4  # the part after it ("versammlung")
_MAX_INITIALS = 5
_MIN_WORD = 3  # a word that gives a letter; four for an acronym of two letters


@cache
def _data() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]]:
    from .event_noun_dates import _fold

    raw = load_yaml(data_path("event-date-columns.yml").read_text(encoding="utf-8")) or {}

    def words(key: str) -> tuple[str, ...]:
        return tuple(w for w in (_fold(str(x)) for x in raw.get(key) or ()) if w)

    return (frozenset(words("noun_link_words")), frozenset(words("initials_function_words")),
            words("other_dates"), words("not_event_nouns"))


def _usable(word: str, size: int, links: frozenset[str], function_words: frozenset[str]) -> bool:
    return len(word) >= (_MIN_WORD + 1 if size == 2 else _MIN_WORD) and word.isalpha() \
        and word not in links and word not in function_words


def _ends(acronym: str, words: tuple[str, ...], start: int) -> Iterator[int]:
    """The indexes of the last word of each run from ``start`` whose initials spell ``acronym``."""
    links, function_words, _, _ = _data()
    size = len(acronym)

    def walk(done: int, at: int, part: int) -> Iterator[int]:
        if done == size:
            yield at
            return
        letter, word = acronym[done], words[at]
        for cut in range(part + _MIN_PART, len(word) - _MIN_TAIL + 1):  # the next part of a compound
            if word[cut] == letter:
                yield from walk(done + 1, at, cut)
        nxt = at + 1
        while nxt < len(words):
            following = words[nxt]
            if following[:1] == letter and (following in links or _usable(following, size, links, function_words)):
                yield from walk(done + 1, nxt, 0)
            if following not in links:
                break
            nxt += 1

    if _usable(words[start], size, links, function_words) and words[start][:1] == acronym[:1]:
        yield from (end for end in walk(1, start, 0) if words[end] not in links)


def _no_occasion(words: tuple[str, ...]) -> bool:
    """Words spelling another kind of date ("purchase order", "invoice run")."""
    _, _, other_dates, not_events = _data()
    joined = "".join(words)
    return any(w in joined for w in other_dates) or any(p.startswith(w) for p in words for w in not_events)


def _abbreviation(noun: tuple[str, ...]) -> str | None:
    """A column noun that is initials ("cab", "hv", "jg"+"a"): the letters, else None."""
    joined = "".join(noun)
    if 2 <= len(joined) <= _MAX_INITIALS and joined.isalpha() and all(len(p) <= 3 for p in noun):
        return joined
    return None


def initials_name(words: tuple[str, ...], noun: tuple[str, ...]) -> bool:
    """Whether a clause's ``words`` name the occasion of the column ``noun`` by initials, either way."""
    acronym = _abbreviation(noun)
    if acronym is not None:
        for start in range(len(words)):
            for end in _ends(acronym, words, start):
                if not _no_occasion(words[start: end + 1]):
                    return True
        return False
    if len("".join(noun)) < 2 * _MAX_INITIALS or _no_occasion(noun):
        return False
    links, function_words, _, _ = _data()
    for word in words:  # "QBR" for `quarterly_business_review_date`
        if 2 <= len(word) <= _MAX_INITIALS and word.isalpha() and word not in links and word not in function_words \
                and any(end == len(noun) - 1 for end in _ends(word, noun, 0)):
            return True
    return False
