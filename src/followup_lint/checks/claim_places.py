"""Place names as the fact of an FL309 claim: "your branch in Chemnitz", "the Leipzig office".

English, French, Spanish and Dutch FL309 read any capitalised name as a possible fact; German
capitalises every noun, so a German place has to be recognised as one. A place is read from
``rules/data/places.yml``, written by hand, never downloaded:

* a listed name (cities, larger towns, regions) right after a place preposition of the
  language, an article allowed between ("in Chemnitz", "nach Wolfsburg", "à Nantes", "en
  Valencia", "in the Midlands"), or right before or after a word for a site ("the Leipzig
  office", "Standort Leipzig");
* in German and Dutch, a town's adjective right before a site word ("die neue Leipziger
  Niederlassung", "Ihr Münchner Team", "jullie Rotterdamse vestiging");
* in French and Spanish, a town's lower-case adjective right after a site word ("le
  showroom lyonnais", "la tienda valenciana");
* in German, also an unlisted capitalised word after a place preposition that ends like a
  German town ("in Lüdinghausen", "nach Pfaffenhofen"), unless it is a common noun with the
  same ending ("in Innenstadt", "in Dingen").

Whose place it is (the reader's, the sender's, an event's) is decided by the claim rule, as for
every other fact.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ..resources import data_path, load_once, load_yaml

_ARTICLES = r"(?:(?i:the|der|dem|den|die|le|la|les|l['’]|el|los|las|de|het)\s+)?"
# "the new office", "der neuen Niederlassung": a definite article, not "a new office" or "ihre neue"
_DEFINITE = r"the|der|die|das|dem|den|des|le|la|les|l['’]|el|los|las|de|het"
_ARTICLE_WORD = re.compile(rf"(?i:{_DEFINITE})")


@load_once
def _places_data() -> dict:
    """rules/data/places.yml, read once per process."""
    return load_yaml(data_path("places.yml").read_text(encoding="utf-8")) or {}


def _alternation(entries: Iterable[str]) -> str:
    return "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in sorted(set(entries), key=len, reverse=True))


class PlaceReader:
    """The place patterns of one language, compiled once. The list is looked up by each
    capitalised word's text (a dictionary, not a thousand-way regular expression), then the
    words around the name are read."""

    def __init__(self, locale: str, news_words: tuple[list[str], list[str]] = ([], [])) -> None:
        """``news_words``: FL309's `new_words` and `new_places`, for :meth:`new_site`."""
        data = _places_data()
        self.names: dict[str, list[str]] = {}  # first word -> the names it starts, longest first
        for group in (data.get("names") or {}).values():
            for name in group or ():
                name = " ".join(str(name).split())
                self.names.setdefault(_FIRST.match(name).group(), []).append(name)
        for starting in self.names.values():
            starting.sort(key=len, reverse=True)
        # "Leipziger", "Rotterdamse": only right before a site word
        suffix = {"de": "er", "nl": "se"}.get(locale)
        self.adjectives = frozenset(str(w) for w in data.get("town_adjectives") or ()) | frozenset(
            first + suffix for first, names in self.names.items() if suffix and first in names)
        new = _alternation(news_words[0])
        site_nouns = _alternation(news_words[1])
        self.site_phrase = re.compile(
            rf"(?<!\w)(?i:{_DEFINITE})\s*(?i:{new})\s+(?:(?P<middle>[^\W\d_][\w-]*)\s+)?(?i:{site_nouns})(?!\w)"
        ) if new and site_nouns else None
        table = data.get("prepositions") or {}
        prepositions = _alternation(str(p) for p in table.get(locale) or table.get("en") or ())
        sites = _alternation(str(w) for w in data.get("site_words") or ())
        # the words around a name, in any case
        self.preposition = re.compile(
            rf"(?<!\w)(?i:{prepositions})(?:\s+|(?<=['’])){_ARTICLES}$") if prepositions else None
        self.site_before = re.compile(rf"(?<!\w)(?i:{sites})\s+$") if sites else None
        self.site_after = re.compile(rf"\s+(?i:{sites})(?!\w)") if sites else None
        lower = _alternation(str(w) for w in data.get("lower_adjectives") or ())
        self.site_adjective = re.compile(
            rf"(?<!\w)(?i:{sites})\s+(?P<place>{lower})(?!\w)") if sites and lower else None
        self.town = None
        self.not_towns: frozenset[str] = frozenset()
        if locale == "de" and prepositions:
            endings = _alternation(str(e) for e in data.get("german_town_endings") or ())
            self.not_towns = frozenset(str(w) for w in data.get("german_not_towns") or ())
            self.town = re.compile(
                rf"(?<!\w)(?i:{prepositions})\s+(?P<place>[A-ZÄÖÜ][a-zäöüß]+(?:{endings}))(?![\w-])") if endings else None

    def new_site(self, text: str, start: int, end: int) -> int | None:
        """Where "the new office" of a town begins ("the new Leeds office", "la nouvelle agence de
        Nantes", "der neuen Niederlassung in Chemnitz"), if the clause has one: a definite article,
        a word for new, the site, and the town between them or right after a preposition ("the
        new Amazon warehouse" is somebody else's, "the new office rules in Leeds" no site)."""
        if self.site_phrase is None:
            return None
        places = self.find(text, start, end)
        for match in self.site_phrase.finditer(text, start, end):
            middle = match.group("middle")
            if middle and not any(a == match.start("middle") for a, _ in places):
                continue
            if middle or any(0 < a - match.end() <= 16 and self._only_preposition(text[match.end() : a]) for a, _ in places):
                return match.start()  # the town is the middle word, or right after a preposition
        return None

    def _only_preposition(self, gap: str) -> bool:
        """" in ", " de ", " in der ": a place preposition (and its article), nothing else."""
        words = [w for w in _FIRST.findall(gap) if not _ARTICLE_WORD.fullmatch(w)]
        return len(words) <= 1 and self.preposition is not None and self.preposition.search(gap) is not None

    def find(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of each place named in ``text[start:end]``."""
        found: list[tuple[int, int]] = []
        for word in _FIRST.finditer(text, start, end):
            names = self.names.get(word.group())
            if not names:
                if word.group() in self.adjectives and self.site_after is not None \
                        and self.site_after.match(text, word.end(), end):
                    found.append(word.span())
                continue
            at = word.start()
            name = next((n for n in names if _written(text, at, end, n)), None)
            if name is None:
                continue
            stop = at + len(name)
            before = text[max(start, at - 24) : at]
            if (self.preposition is not None and self.preposition.search(before)) or (
                    self.site_before is not None and self.site_before.search(before)) or (
                    self.site_after is not None and self.site_after.match(text, stop, end)):
                found.append((at, stop))
        if self.site_adjective is not None:  # "le showroom lyonnais", "la tienda valenciana"
            found.extend(m.span("place") for m in self.site_adjective.finditer(text, start, end))
        if self.town is not None:
            for match in self.town.finditer(text, start, end):
                if match.group("place") not in self.not_towns:
                    found.append(match.span("place"))
        return sorted(set(found))


# the first word of a name, in the list and in the text: "Chemnitz", "Clermont-Ferrand",
# "'s-Hertogenbosch", "St" of "St. Gallen", "Annecy" of "d'Annecy"
_FIRST = re.compile(r"(?:['’]s-)?[^\W\d_][\w-]*")


@functools.lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern[str]:
    return re.compile(re.escape(name).replace(r"\ ", r"\s+") + r"(?![\w-])")


def _written(text: str, at: int, end: int, name: str) -> bool:
    """Whether ``name`` is written at ``at`` as a whole, any run of spaces between its words."""
    return _name_pattern(name).match(text, at, end) is not None
