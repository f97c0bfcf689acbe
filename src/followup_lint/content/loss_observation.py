"""Whether a loss follows from an observation about the reader's own thing: a problem found for them.

"On a Pixel 7 the upload field on your careers page stays greyed out. You might be missing
applicants." is value: a checkable fact about the reader's page, then what it may cost them. The
same loss words are loss framing when they come first, are generic, or are tied to not having
something ("Without X, you could be losing ..."). The structure decides, not the loss words:

* an **observation** is a sentence that names the reader (a reader word or a template variable),
  one of their things (a page, form, data sheet, listing, profile, filing), something wrong with
  it, and a detail the reader can look up (:func:`_concrete`: a digit, an inner capital, quoted
  text, or outside German a capitalised word inside the sentence);
* its detail may stand in a sentence after it, before the loss (steps to reproduce it);
* the loss sentence comes after it (:func:`observed_before` reads the sentences before it)
  and states the loss as possible (a hedge: may, vermutlich, peut-être, puede que, misschien) or
  points back to it, with no lever of its own (:func:`possible_loss`).

Whether the email sells, and whether the sentence carries a threat or a pitch, is
:mod:`.loss_context`'s to say. The words are ``rules/data/loss-observation.yml``.
"""

from __future__ import annotations

from typing import Sequence

from .features import NAME_STAND_IN, VALUE_STAND_IN
from .phrase_tables import PhraseTable
from .tokens import Token

__all__ = ["concrete", "faulty_thing", "observed_before", "possible_loss"]

_TABLE = PhraseTable("loss-observation.yml", ("reader", "artefact", "wrong", "hedge", "lever"))
_STAND_INS = frozenset({VALUE_STAND_IN, NAME_STAND_IN})
_QUOTES = frozenset("\"“”„«»‘’'")
#: languages whose nouns are all capitalised: a capital inside the sentence is no detail there
_NOUNS_CAPITALISED = frozenset({"de"})


def _has(group: str, tokens: Sequence[Token], text: str, lang: str) -> bool:
    return bool(_TABLE.find(group, tokens, text, lang))


def _names_the_reader(tokens: Sequence[Token], text: str, lang: str) -> bool:
    return any(t.kind == "var" or t.text in _STAND_INS for t in tokens) or _has("reader", tokens, text, lang)


def _concrete(tokens: Sequence[Token], lang: str) -> bool:
    """A detail the reader can look up: a figure or a reference with a digit, a word with a capital
    inside it (iPhone, DVGW, KH-25), quoted text, or - where nouns are not all capitalised - a
    capitalised word after the first (Google, Amazon). Stand-ins for variables do not count."""
    words = [t for t in tokens if t.kind in ("word", "num") and t.text not in _STAND_INS]
    for position, token in enumerate(words):
        if token.kind == "num" or any(c.isdigit() for c in token.text):
            return True
        if any(c.isupper() for c in token.text[1:]):
            return True
        if position > 0 and token.text[:1].isupper() and lang not in _NOUNS_CAPITALISED:
            return True
    return any(t.kind == "punct" and t.text in _QUOTES for t in tokens)


def faulty_thing(tokens: Sequence[Token], text: str, lang: str, *, faulty: bool = False) -> bool:
    """Whether the sentence (``tokens`` of ``text``) names the reader's own thing with something
    wrong with it; ``faulty`` when a fault word is already known to be there (the ``fault`` group
    of ``rules/data/loss-context.yml``). The caller memoises per sentence."""
    if not (faulty or _has("wrong", tokens, text, lang)):
        return False
    return _names_the_reader(tokens, text, lang) and _has("artefact", tokens, text, lang)


def concrete(tokens: Sequence[Token], lang: str) -> bool:
    """Whether the sentence holds a detail the reader can look up (:func:`_concrete`)."""
    return _concrete(tokens, lang)


def observed_before(faulty: Sequence[bool], details: Sequence[bool]) -> bool:
    """Given, for the sentences before a loss (oldest first), which name the reader's thing with
    something wrong and which hold a checkable detail: whether an observation precedes the loss -
    a faulty thing with its detail in the same sentence or in one after it ("Your careers form
    fails on phones. 1. Open the Jobs page on an iPhone 14 ...")."""
    return any(is_faulty and any(details[at:]) for at, is_faulty in enumerate(faulty))


def possible_loss(tokens: Sequence[Token], text: str, lang: str, *, points_back: bool = False) -> bool:
    """Whether the loss sentence states its loss as possible (a hedge) or as following from what was
    said (``points_back``), and ties it to no lack of a product ("Without X, ...")."""
    if _has("lever", tokens, text, lang):
        return False
    return points_back or _has("hedge", tokens, text, lang)
