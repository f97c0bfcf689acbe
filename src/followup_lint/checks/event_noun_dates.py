"""Date columns named after the event itself (FL308): ``tasting_date``, ``Ride-Along Date``,
``Datum Werksbesichtigung``, ``Probefahrtdatum``, ``date_tournee``, ``fecha_de_la_cata``,
``proefritdatum``. Whatever the noun, such a column dates a time word whose own clause names the
same occasion ("yesterday's tasting", "la tournée d'hier", "de proefrit van gisteren"), so a
list exported for one kind of occasion is judged by its own dates without that noun being in a
word list. A column whose noun is another kind of date (an invoice, a renewal, the last order)
never is. The words are data (``rules/data/event-date-columns.yml``); a column name is read once
(bounded cache), a clause once per template."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from ..resources import data_path, load_yaml
from .event_initials import initials_name

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NOT_WORD = re.compile(r"[^0-9a-z]+")
#: endings a noun may take in the sentence: plurals and case endings ("tastings", "proefritten")
_ENDINGS = ("", "s", "es", "e", "en", "n", "ten")
#: a noun (or sentence word) at least this long may stand as the head of a compound
_MIN_HEAD = 5


@cache
def _data() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]]:
    raw = load_yaml(data_path("event-date-columns.yml").read_text(encoding="utf-8")) or {}

    def words(key: str) -> tuple[str, ...]:
        return tuple(w for w in (_fold(str(x)) for x in raw.get(key) or ()) if w)

    return (frozenset(words("noun_date_words")), frozenset(words("noun_link_words")), words("other_dates"),
            words("not_event_nouns"))


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words_of(text: str) -> tuple[str, ...]:
    """Lower-case, accent-free words of ``text`` (camel case split: "TastingDate")."""
    return tuple(w for w in _NOT_WORD.split(_fold(_CAMEL.sub(" ", text))) if w)


@lru_cache(maxsize=1024)
def column_noun(name: str) -> tuple[str, ...] | None:
    """The occasion a date column is named after (``"Ride-Along Date"`` -> ``("ride", "along")``,
    ``"Probefahrtdatum"`` -> ``("probefahrt",)``), or None when the name is no "<noun> date"
    or names another kind of date (``invoice_date``, ``Rechnungsdatum``, ``last_order_date``)."""
    date_words, links, other_dates, not_events = _data()
    parts = words_of(name)
    noun: list[str] = []
    dated = False
    for word in parts:
        if word in date_words:
            dated = True
        elif word.endswith("datum") and len(word) > len("datum") + 2:  # "Probefahrt(s)datum"
            dated = True
            stem = word[: -len("datum")]
            noun.append(stem[:-1] if stem.endswith("s") and len(stem) > _MIN_HEAD else stem)
        elif word not in links and not word.isdigit():
            noun.append(word)
    if not dated or not noun:
        return None
    joined = "".join(noun)
    if any(w in joined for w in other_dates) or any(p.startswith(w) for p in noun for w in not_events):
        return None
    return tuple(noun)


def _word_is(word: str, noun: str) -> bool:
    """``word`` in the sentence is ``noun``, a plural or case form of it, or a compound with it
    as head ("Werksbesichtigung" for "besichtigung"); or ``noun`` is a compound whose head is
    ``word`` ("werksbesichtigung" named as "Besichtigung")."""
    if any(word == noun + ending for ending in _ENDINGS):
        return True
    if len(noun) >= _MIN_HEAD and any(word.endswith(noun + ending) for ending in _ENDINGS):
        return True
    return len(word) >= _MIN_HEAD and noun.endswith(word)


def clause_names(words: tuple[str, ...], noun: tuple[str, ...]) -> bool:
    """Whether a clause's ``words`` name the occasion ``noun``: its words in a row ("ride
    along" for "ride-along"), written as one ("ridealong"), or its last word alone when it
    has several ("survey" for "site survey")."""
    if len(noun) == 1:
        return any(_word_is(word, noun[0]) for word in words)
    size = len(noun)
    for index in range(len(words) - size + 1):
        if words[index: index + size - 1] == noun[:-1] and _word_is(words[index + size - 1], noun[-1]):
            return True
    joined = "".join(noun)
    head = noun[-1]
    return any(_word_is(word, joined) for word in words) or (
        len(head) >= 4 and any(word == head or word == head + "s" for word in words))


def clause_names_occasion(words: tuple[str, ...], noun: tuple[str, ...]) -> bool:
    """:func:`clause_names`, or the clause names it by its initials, either way (event_initials.py:
    `cab_date` for "customer advisory board", "QBR" for `quarterly_business_review_date`)."""
    return clause_names(words, noun) or initials_name(words, noun)
