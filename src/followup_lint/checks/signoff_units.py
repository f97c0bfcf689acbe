"""A signature line that names an organisational unit, and the organisation's name under it (FL306).

A unit line is a noun phrase headed by a unit noun of ``rules/data/signoff-units.yml``, with
what the unit is for beside it and no person in it:

* the head closes it: "The Licensing Desk", "Grants Unit", "Alumni Relations Office", or ends a
  German or Dutch compound: "Die Personalabteilung", "Het Partnerschapsbureau", "De Persdienst";
* the head opens it: "Office of Admissions", "Referat Öffentlichkeitsarbeit", "Le Bureau des
  Partenariats", "Direction de la Communication", "Oficina de Prensa", "Afdeling Evenementen"
  (an English head needs its "of" or "for": "Office Manager" is a role).

None of its words is a common given name ("Marie Bureau" is a person), none has a digit; with
no article in front, the words before an English-style head must be dictionary or department
words. A unit line, then a separator and the organisation ("Sponsorship Desk | Calder Ridge
Outfitters"), is one too.

Under a team or unit line, a line is the organisation rather than a person signing below it
when it is shaped like one (:func:`organisation_line`): "&" between words that are not all
given names ("Harrow & Finch Trust"), a noun of a kind of organisation ("Bellamy Foods",
"Stadtwerke Lindau", "Gemeente Zwolle") or another dictionary word that the name tables do not
know ("Calder Ridge Outfitters") or, with no given name at all, a dictionary word that is at
most a rare family name ("Kestrel Bay"), and no common given name first ("Sarah Baker" signs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..names.tables import family_weight, given_weight
from ..resources import data_path, load_once, load_yaml
from .signoff_company import _is_word, vocabulary

__all__ = ["is_unit_line", "organisation_line"]

_GIVEN = 50  # a given-name weight from which a word is read as a person's given name
_RARE_FAMILY = 50  # a family-name weight below which a dictionary word reads as a word ("Bay", "Vale")
_SEPARATOR = re.compile(r"\s+[|·–—-]\s+|\s*,\s*")
_DETERMINERS = frozenset("the your our die der das ihre ihr unsere le la les l' el los las het de onze uw".split())
_MIN_STEM = 3
# endings of a function noun a dictionary may lack ("Sponsorship", "Ticketing", "Fundraising")
_FUNCTION_ENDINGS = ("ship", "ing", "tion", "sion", "ment", "ance", "ence", "ity", "ics")
_PARTICLES = frozenset("van von de der den del della di da du le la ten ter vom zu".split())


@dataclass(frozen=True)
class _Units:
    last: frozenset[str]
    first: frozenset[str]
    first_en: frozenset[str]  # English heads that need their "of" or "for"
    tails: tuple[str, ...]
    links: frozenset[str]
    organisations: frozenset[str]


@load_once
def _units() -> _Units:
    data = load_yaml(data_path("signoff-units.yml").read_text(encoding="utf-8")) or {}

    def merged(key: str) -> frozenset[str]:
        return frozenset(str(w).casefold() for words in (data.get(key) or {}).values() for w in words or ())

    last = merged("head_last")
    tails = tuple(sorted({str(w).casefold() for lang in ("de", "nl") for w in (data.get("head_last") or {}).get(lang) or ()},
                         key=len, reverse=True))
    heads_first = data.get("head_first") or {}
    others = {str(w).casefold() for lang, words in heads_first.items() if lang != "en" for w in words or ()}
    first_en = frozenset(str(w).casefold() for w in heads_first.get("en") or ()) - others  # English only
    return _Units(last, merged("head_first"), first_en, tails,
                  frozenset(str(w).casefold() for w in data.get("links") or ()),
                  frozenset(str(w).casefold() for w in data.get("organisation_words") or ()))


def _words(line: str) -> list[str]:
    text = re.sub(r"\b([lLdD])['’]", r"\1' ", line.replace("’", "'"))
    return [w.strip(".,;:") for w in text.split() if w.strip(".,;:")]


def _known_name(word: str) -> bool:
    return given_weight(word) > 0 or family_weight(word) > 0


def _compound_head(word: str, tails: tuple[str, ...]) -> bool:
    """"Personalabteilung", "Partnerschapsbureau", "Persdienst": a stem, then a unit noun."""
    low = word.casefold()
    return any(low.endswith(t) and len(low) - len(t) >= _MIN_STEM for t in tails) and not _known_name(word)


def _no_person(words: list[str]) -> bool:
    return all(not re.search(r"\d|@", w) and given_weight(w) < _GIVEN for w in words)


@lru_cache(maxsize=2048)
def is_unit_line(line: str, department_words: frozenset[str] = frozenset()) -> bool:
    """Whether ``line`` names an organisational unit, not a person (module docs)."""
    parts = [p for p in _SEPARATOR.split(line.strip(" \t;:.")) if p.strip()]
    if len(parts) > 1:
        return _is_unit(parts[0], department_words) and all(organisation_line(p) for p in parts[1:])
    return _is_unit(line.strip(" \t,;:.-—–|"), department_words)


def _is_unit(phrase: str, department_words: frozenset[str]) -> bool:
    units = _units()
    words = _words(phrase)
    had_article = bool(words) and words[0].casefold() in _DETERMINERS
    if had_article:
        words = words[1:]
    if not 1 <= len(words) <= 6 or not _no_person(words) or not words[0][:1].isupper():
        return False
    folded = [w.casefold() for w in words]
    if len(words) == 1:
        return _compound_head(words[0], units.tails)
    if folded[0] in units.first:  # "Office of Admissions", "Referat Presse", "Oficina de Prensa"
        rest = folded[1:]
        if folded[0] in units.first_en and rest[0] not in ("of", "for"):
            return False  # "Office Manager", "Department Head": a role
        return any(w not in units.links for w in rest)
    if folded[-1] in units.last or _compound_head(words[-1], units.tails):
        modifiers = [w for w in words[:-1] if w.casefold() not in units.links]
        if len(modifiers) > 4:
            return False
        if had_article:
            return True  # "The Licensing Desk", "Die Personalabteilung"
        vocab = vocabulary(["en", "de", "fr", "es", "nl"])
        return all(w.casefold() in department_words or _is_word(w.casefold(), vocab)
                   or (w.casefold().endswith(_FUNCTION_ENDINGS) and not _known_name(w)) for w in modifiers)
    return False


def organisation_line(line: str) -> bool:
    """Whether ``line`` (under a team or unit line) is shaped like an organisation's name (module docs)."""
    words = [w for w in _words(line) if w]
    if not 1 <= len(words) <= 5 or re.search(r"\d|@", line):
        return False
    names = [w for w in words if w not in ("&", "+")]
    if not names or (given_weight(names[0]) >= _GIVEN and names[0].casefold() not in _PARTICLES):
        return False  # "Sarah Baker", "Marie Bureau"
    if len(names) < len(words):
        return not all(given_weight(w) >= _GIVEN for w in names)  # "Harrow & Finch Trust", not "Maya & Tom"
    units = _units()
    bare = [re.sub(r"'s$", "", w).casefold() for w in names]
    if any(w in units.organisations for w in bare):
        return True
    if any(len(w) > len(o) + 2 and w.endswith(o) and not _known_name(n)
           for w, n in zip(bare, names) for o in units.organisations if len(o) >= 3):
        return True  # "Maschinenbau", "Tuinbouw": a compound ending in a kind of firm
    vocab = vocabulary(["en", "de", "fr", "es", "nl"])
    if len(names) > 1 and any(len(w) >= 4 and not _known_name(o) and _is_word(w, vocab) for w, o in zip(bare, names)):
        return True
    # "Kestrel Bay", "Rioja Vista": no given name at all, and a dictionary word that is at most a
    # rare family name ("Nsimba Kalala" has none; "Tendai Fox" has a common one)
    return len(names) > 1 and all(given_weight(w) == 0 for w in names) and any(
        len(w) >= 3 and family_weight(o) < _RARE_FAMILY and _is_word(w, vocab) for w, o in zip(bare, names))
