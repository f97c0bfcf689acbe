"""A company milestone as the fact of an FL309 claim: "the 25th anniversary of {{ company }}".

An anniversary, a jubilee or a company's age is written with its number, which is the fact:
the number belongs to the milestone word and is not a count the claim rule would read on its
own ("25th", "50-jährigen", "15e", "décimo"). Three shapes, in the five languages, from the
word lists of FL309's data (``milestones``):

* a number or ordinal, a "-year" adjective allowed, then the milestone word, compounds
  included: "25th anniversary", "10-year anniversary", "50-jährigen Jubiläum", "20.
  Firmenjubiläum", "15e anniversaire", "el 20 aniversario", "25.º aniversario", "40-jarig
  jubileum", "12,5-jarig jubileum"; with the year adjective, a mark: "the 50-year mark";
* a number word or an ordinal word, the year adjective fused to it: "zehnjährigen
  Firmenjubiläum", "twintigjarig jubileum", "décimo aniversario", "vingtième anniversaire";
* a number of years and what says it is the company's age: "100 Jahre alt", "40 years in
  business", "30 ans d'existence", "50 años de historia", "25 jaar bestaan";
* a word that says the number: "le cinquantenaire", "zilveren jubileum", "the centenary";
* an ordinal in digits from 10 up and the thing it counts: "your 100th store", "its 1,000th
  customer", "votre 100e boutique", "jullie 100ste winkel" (not a date's "the 15th of March"
  or "12th March": a linking word or a month after it is no counted thing).

A milestone of the reader's relationship with the sender ("Your 1-year anniversary with
Shelfwise") is not the reader's company's: the claim rule reads the words after it
(``shared_with_sender``). A milestone written from a variable ("{{ years }}-jährigen Jubiläum") has no digits left in the
text FL309 reads, and a wish that names no milestone ("Happy anniversary!") has no number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from .claim_text import _MONTH_NAMES, _WORD, _phrase

_ORDINAL_MARK = r"(?:st|nd|rd|th|e|er|ère|ème|eme|\.?[ºª°]|\.)?"
_NUMBER = r"(?<![\w.,])\d{1,3}(?:[.,]5)?"  # "12,5-jarig": the copper jubilee
# "100th store", "1,000th customer", "100e boutique", "100ste winkel", "25.º cliente"
_ORDINAL_COUNT = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:[,.]\d{3})*)(?:st|nd|rd|th|e|ème|eme|ste|de|\.?[ºª])\s+(?P<thing>[^\W\d_][\w'’-]*)")
_MONTHS = frozenset(_MONTH_NAMES)


def _alternation(entries: list[str]) -> str:
    return "|".join(_phrase(e) for e in sorted(set(entries), key=len, reverse=True))


class MilestoneReader:
    """The milestone patterns, compiled once."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        table = data.get("milestones") or {}

        def words(key: str) -> list[str]:
            return [str(w) for w in table.get(key) or ()]

        nouns = _alternation(words("nouns"))
        adjectives = _alternation(words("year_adjectives"))
        spelled = _alternation(words("number_words") + words("ordinal_words") + [str(w) for w in data.get("ordinals") or ()])
        years = _alternation(words("year_words"))
        ages = _alternation(words("age_words"))
        self.links = frozenset(w.casefold() for w in words("shared_links"))
        self.not_counted = frozenset(w.casefold() for w in words("not_counted"))
        self.year_words = frozenset(w.casefold() for w in words("year_words"))
        self.patterns: list[re.Pattern[str]] = []
        if not nouns:
            return
        noun = rf"[^\W\d_]*(?:{nouns})(?!\w)"  # "Firmenjubiläum", "anniversary"
        adjective = rf"(?:[\s-]?(?:{adjectives})[^\W\d_]*)?" if adjectives else ""
        self.patterns.append(re.compile(rf"{_NUMBER}{_ORDINAL_MARK}{adjective}\s*-?\s*{noun}", re.I))
        marks = _alternation(words("year_marks"))
        if marks and adjectives:  # "the 50-year mark": a mark is a milestone only with its years
            self.patterns.append(re.compile(rf"{_NUMBER}[\s-]?(?:{adjectives})[^\W\d_]*\s+(?:{marks})(?!\w)", re.I))
        if marks:  # "the 5,000-customer mark", "die 10.000-Kunden-Marke": a count that is a mark
            self.patterns.append(re.compile(
                rf"(?<![\w.,])\d{{1,3}}(?:[.,\s]\d{{3}})*[kKM]?-[^\W\d_][\w-]*?(?:\s+|-)(?:{marks})(?!\w)", re.I))
        if spelled:
            self.patterns.append(re.compile(rf"(?<!\w)(?:{spelled}){adjective}\s+{noun}", re.I))
        named = _alternation(words("named"))
        if named:  # "le cinquantenaire", "the silver jubilee"
            self.patterns.append(re.compile(rf"(?<!\w)(?:{named})(?!\w)", re.I))
        if years and ages:
            self.patterns.append(re.compile(rf"{_NUMBER}\s+(?:{years})\s+(?:{ages})(?!\w)", re.I))

    def shared_with_sender(self, text: str, at: int, end: int, is_sender: Callable[[str], bool]) -> bool:
        """Whether the sender follows a milestone within four words, after a linking word
        (`shared_links`: "with us", "mit uns", "als klant van Voorraadwijs"): the anniversary of
        the relationship, not the company's ("... von {{ firma }} gratulieren wir" is not)."""
        words = _WORD.findall(text, at, min(end, at + 48))[:4]
        return any(is_sender(word) and words[i - 1].casefold() in self.links for i, word in enumerate(words) if i)

    def counts_years(self, fact: str) -> bool:
        """"75 Jahre", "25 years": a count of years, a company's age after congratulations."""
        words = _WORD.findall(fact)
        return len(words) >= 1 and words[0].casefold() in self.year_words

    def find(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of each milestone in ``text[start:end]``."""
        found: list[tuple[int, int]] = []
        for pattern in self.patterns:
            for match in pattern.finditer(text, start, end):
                if not any(a < match.end() and match.start() < b for a, b in found):
                    found.append(match.span())
        for match in _ORDINAL_COUNT.finditer(text, start, end):
            counted = match.group("thing").casefold()
            if int(match.group("n").replace(",", "").replace(".", "")) < 10 or counted in self.not_counted \
                    or counted in _MONTHS or any(a < match.end() and match.start() < b for a, b in found):
                continue
            found.append(match.span())
        return sorted(found)
