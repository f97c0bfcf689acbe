"""Whether a self-introduction says something besides the sender's name.

"My name is Kwame Mensah and I wanted to introduce myself" is courtesy: a name, and the words of
getting in touch. "My name is Kwame Mensah and I'm a product photographer for homeware shops"
tells the reader who writes and for whom they work: one word of substance (a role, a trade, a
kind of client) makes the introduction content (FL211). Read by shape, like
:mod:`.courtesy`: after the naming phrase the name is skipped (capitalised words and name
particles: "de la Vega", "van der Meer"), and so are the employer's name after "from", "bei",
"chez" ..., the contact phrases and empty words of ``rules/data/courtesy.yml`` and the
``bare_words`` and ``sales_job`` words of ``rules/data/self-introduction.yml`` (an in-house sales
job tells the reader nothing either); any other word is substance.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ..resources import data_path, load_once, load_yaml
from .phrase_tables import PhraseTable
from .tokens import Token, tokenize

__all__ = ["introduction_says_more", "names_sender"]

_INTRODUCTION = PhraseTable("self-introduction.yml", ("naming", "bare_words", "sales_job", "before_names"))
_COURTESY = PhraseTable("courtesy.yml", ("contact", "empty"))


@load_once
def _particles() -> frozenset[str]:
    data = load_yaml(data_path("self-introduction.yml").read_text(encoding="utf-8")) or {}
    return frozenset(str(word).lower() for word in data.get("particles") or ())


def names_sender(text: str, lang: str) -> bool:
    """Whether ``text`` names the sender ("my name is", "I'm", "ich heiße", "je suis", "soy")."""
    return bool(_INTRODUCTION.find("naming", tokenize(text, lang), text, lang))


@lru_cache(maxsize=4096)
def introduction_says_more(text: str, lang: str, covered: tuple[tuple[int, int], ...] = ()) -> bool:
    """Whether ``text`` names the sender ("my name is", "ich heiße", "je suis") and holds a word
    of substance besides the name, the employer's name, courtesy, an in-house sales job
    ("in charge of business development", "für den Vertrieb zuständig") and ``covered`` (character
    spans already read as filler)."""
    tokens = tokenize(text, lang)
    naming = _INTRODUCTION.find("naming", tokens, text, lang)
    if not naming:
        return False
    spans = list(covered) + [(m.start, m.end) for m in naming]
    spans += [(m.start, m.end) for m in _COURTESY.find("contact", tokens, text, lang)]
    empty = (
        _COURTESY.words("empty", lang) | _INTRODUCTION.words("bare_words", lang)
        | _INTRODUCTION.words("sales_job", lang) | _particles()
    )
    return any(_substance(tokens, i, spans, empty, lang) for i in range(len(tokens)))


def _covered(token: Token, spans: list[tuple[int, int]]) -> bool:
    return any(start <= token.start and token.end <= end for start, end in spans)


def _substance(tokens: Sequence[Token], index: int, spans: list[tuple[int, int]], empty: frozenset[str],
               lang: str) -> bool:
    token = tokens[index]
    if token.kind in ("var", "punct") or _covered(token, spans):
        return False
    if token.lower in empty or token.lemma.lower() in empty:
        return False
    return not (token.text[:1].isupper() and _in_a_name(tokens, index, spans, lang))


def _in_a_name(tokens: Sequence[Token], index: int, spans: list[tuple[int, int]], lang: str) -> bool:
    """A capitalised word that continues a name: right after the naming phrase, after another
    part of the name (or a particle), or after "from", "bei", "chez" ... (the employer). German
    capitalises every noun: there a word after the naming phrase is a name only when the name goes
    on or ends there ("Ich bin Lena Vogt und ...", not "Ich bin Steuerberater für Arztpraxen")."""
    before_names = _INTRODUCTION.words("before_names", lang)
    particles = _particles()
    position = index - 1
    while position >= 0:
        previous = tokens[position]
        if previous.kind == "punct" and previous.text == "-":
            position -= 1
            continue
        if previous.kind != "punct" and _covered(previous, spans):
            return lang != "de" or _name_goes_on(tokens, index, before_names | particles)
        if previous.lower in before_names:
            return True
        if previous.kind == "var" or previous.lower in particles or previous.text[:1].isupper():
            position -= 1
            continue
        return False
    return False


def _name_goes_on(tokens: Sequence[Token], index: int, links: frozenset[str]) -> bool:
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or following.kind in ("punct", "var"):
        return True
    return following.text[:1].isupper() or following.lower in links or following.lower in ("und", "aus")
