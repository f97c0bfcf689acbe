"""Whether a signature line with no person in it is the company's name (FL306's helper).

A line of one to three capitalised words, none of them a given or family name the name tables
know ("Fernhollow", "Saltmarsh Cabins", "Ferienhof Lindenau"), is the company:

* under a team line: a person signs above their team, not below it (a line of several words
  needs a dictionary word there: "Client Services" / "Nsimba Kalala" is a person);
* above a bare team line, one that does not say whose team it is ("Waldkontor" / "Das
  Kundencenter"): the line names whose team it is ("Yusei" / "L'équipe comptabilité,
  Brisecôte" is a person, the team line names the company); above a department with no
  article or team word ("Customer Care"), which is also how a person names their own
  department, only a line built on dictionary words as below ("Harbourline": harbour);
* alone, only with more evidence (``strict``), since a mononym signs alone too: a word made of
  dictionary words ("fern" + "hollow") or starting or ending with one of four letters or more
  ("houle" + "mo"), or a dictionary word among several ("Campings Azurée"), and a body that
  speaks only as "we", never as "I" (:func:`speaks_as_we_only`): a person who signs a
  one-to-one email writes "I" somewhere, a company writes "we".

The dictionary is the lemma table of the email's language and of English (content/lemmas.py),
read once per language and only for the last case; the body's reading is memoised per text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

from ..content.lemmas import lemma_table
from ..content.tokens import detect_language
from ..names.tables import family_weight, given_weight
from ..resources import load_once_per_key

__all__ = ["company_like", "compound_word", "known_name", "prefixed_word", "speaks_as_we_only", "vocabulary"]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MIN_PART = 4  # the dictionary word a brand is built on: "fern", "zout", "wald"
_MIN_REST = 3  # the second word of a compound: "sol", "lab", "fix"


@load_once_per_key
def _heads(lang: str) -> frozenset[str]:
    """The lemmas of ``lang``'s table (forms are the table's keys)."""
    return frozenset(lemma_table(lang).values())


def vocabulary(langs: Iterable[str]) -> list[tuple[dict[str, str], frozenset[str]]]:
    """The (form table, lemmas) of each language, English always included."""
    chosen = dict.fromkeys([*langs, "en"])
    return [(lemma_table(lang), _heads(lang)) for lang in chosen]


def _fold(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def _is_word(part: str, vocab: list[tuple[dict[str, str], frozenset[str]]]) -> bool:
    folded = _fold(part)
    return any(p in forms or p in heads for forms, heads in vocab for p in {part, folded})


def known_name(word: str) -> bool:
    """The name tables know ``word`` as a given or a family name."""
    return given_weight(word) > 0 or family_weight(word) > 0


def compound_word(word: str, vocab: list[tuple[dict[str, str], frozenset[str]]]) -> bool:
    """Two dictionary words run together: "Fernhollow", "Waldkontor", "Tornasol", "BoardBook"."""
    low = word.casefold()
    if not low.isalpha() or len(low) < _MIN_PART + _MIN_REST:
        return False
    if any(ch.isupper() for ch in word[1:]) and not word.isupper():
        return True  # an inner capital: "BoardBook", "HubSpot"
    return any(_is_word(low[:i], vocab) and _is_word(low[i:], vocab)
               for i in range(_MIN_PART, len(low) - _MIN_REST + 1)) or \
        any(_is_word(low[:i], vocab) and _is_word(low[i:], vocab)
            for i in range(_MIN_REST, min(_MIN_PART, len(low) - _MIN_PART + 1)))


def prefixed_word(word: str, vocab: list[tuple[dict[str, str], frozenset[str]]]) -> bool:
    """Starts or ends with a dictionary word of four letters or more, with two letters or more
    besides: "Houlémo" (houle), "Lumivert" (vert). Weak alone: "Tendai" starts with "tend"."""
    low = word.casefold()
    if not low.isalpha() or len(low) < _MIN_PART + 2:
        return False
    return any(_is_word(low[:i], vocab) or _is_word(low[-i:], vocab) for i in range(_MIN_PART, len(low) - 1))


@lru_cache(maxsize=4096)
def speaks_as_we_only(body: str, we_words: frozenset[str], i_words: frozenset[str]) -> bool:
    """The body says "we" ("nous aidons", "wir helfen") and never "I" ("je", "ich", "ik")."""
    words = {w.casefold().replace("’", "'") for w in _WORD.findall(body)}
    firsts = {w.split("'")[0] + "'" for w in words if "'" in w}  # "j'ai" -> "j'"
    return bool(words & we_words) and not (words | firsts) & i_words


def body_language(body: str) -> str:
    return detect_language(body, "en") if body.strip() else "en"


def company_like(line: str, body: str = "", we_words: frozenset[str] = frozenset(),
                 i_words: frozenset[str] = frozenset(), *, strict: bool = False, shaped: bool = False) -> bool:
    """Whether ``line`` (one to three capitalised words, none a known name) names a company;
    ``strict``: it stands alone, so it needs the evidence of the module docs; ``shaped``: it
    needs only the dictionary words (above a department with no article: "Harbourline" /
    "Customer Care", where "Yusei" / "Guest Relations" is a person and their department)."""
    words = [w.strip(",.;:") for w in line.split()]
    words = [w for w in words if w and w not in ("&", "+")]  # "Harbour & Pine"
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if any(known_name(part) for w in words for part in re.split(r"[-'’]", w) if part):
        return False
    if not strict and not shaped:
        return True
    if strict and not speaks_as_we_only(body, we_words, i_words):
        return False
    vocab = vocabulary([body_language(body)])
    if any(compound_word(w, vocab) or prefixed_word(w, vocab) for w in words):
        return True
    return len(words) > 1 and any(len(w) >= _MIN_PART and _is_word(w.casefold(), vocab) for w in words)
