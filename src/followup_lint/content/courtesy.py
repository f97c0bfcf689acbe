"""Whether a sentence is only courtesy, read by its shape rather than by listed phrasings.

Two shapes, in five languages (``rules/data/courtesy.yml``):

* an **announcement of contact** - a contact phrase (reach out, touch base, check in, sich melden,
  revenir vers vous, escribirle, contact opnemen) with nothing but empty words around it (the
  sender, the reader, a modal, "just", "quickly", "today"): "I just wanted to reach out and touch
  base." One word of substance ("... because the recording is up", "... about your question")
  makes it content;
* a **wish** about the reader's week or well-being - a sentence that opens with hope or wish and
  holds only the words of such wishes (their health, their team, their business going well, the
  season): "Hope your week is off to a good start!", "Espero que esté teniendo una buena semana.",
  "I trust everyone at {{ company }} is keeping well as we head towards the festive season." A
  template variable may stand only where the reader's company is the place all is well ("at",
  "bei", "chez"), or be the reader's name; "I hope {{ event_name }} went well" is content;
* a **greeting from a place** - "Greetings from Istanbul!", "Herzliche Grüße aus Porto!",
  "¡Saludos desde Valencia!": the greeting and the name of a town, nothing more.

FL211 reads an opening paragraph made only of such sentences (and the filler role) as filler,
whatever other roles a contact word gave them ("touch base" is also a bump cue) - an
announcement of contact only in a first touch: in a follow-up "just checking in" is the bump
itself, which FL204 judges.
"""

from __future__ import annotations

from functools import lru_cache

from .features import NAME_STAND_IN, VALUE_STAND_IN
from .phrase_tables import PhraseTable
from .tokens import tokenize

__all__ = ["announces_contact", "courtesy_only", "greets_from_a_place", "wishes_well"]

_TABLE = PhraseTable("courtesy.yml", ("contact", "empty", "wish", "wish_words", "greeting_from", "company_place"))
#: at most this many words (the town, the country, "sunny") after a greeting from a place
_PLACE_WORDS = 4


def courtesy_only(text: str, lang: str) -> bool:
    """Whether ``text`` (one sentence in ``lang``) is only an announcement of contact, a wish or
    a greeting from a place."""
    return announces_contact(text, lang) or wishes_well(text, lang) or greets_from_a_place(text, lang)


@lru_cache(maxsize=4096)
def announces_contact(text: str, lang: str) -> bool:
    """Whether ``text`` only says that the sender is getting in touch ("I just wanted to reach out
    and touch base")."""
    return _only(text, lang, "contact", "empty")


@lru_cache(maxsize=4096)
def wishes_well(text: str, lang: str) -> bool:
    """Whether ``text`` is only a wish about the reader's week or well-being."""
    return _only(text, lang, "wish", "wish_words", variables=True)


@lru_cache(maxsize=4096)
def greets_from_a_place(text: str, lang: str) -> bool:
    """Whether ``text`` is only a greeting from the sender's town or country ("Greetings from
    Istanbul!")."""
    tokens = [t for t in tokenize(text, lang) if t.kind != "punct"]
    if not tokens or any(t.kind in ("var", "num") for t in tokens):
        return False
    found = _TABLE.find("greeting_from", tokens, text, lang)
    if not found:
        return False
    end = max(m.end for m in found)
    return len([t for t in tokens if t.start >= end]) <= _PLACE_WORDS


def _only(text: str, lang: str, head: str, rest: str, *, variables: bool = False) -> bool:
    """A phrase of ``head`` matches and every other word is one of ``rest``; with ``variables``,
    a stand-in for a variable may be the reader's name or follow a word of ``company_place``."""
    tokens = [t for t in tokenize(text, lang) if t.kind != "punct"]
    if not tokens or any(t.kind == "num" for t in tokens):
        return False
    found = _TABLE.find(head, tokens, text, lang)
    if not found:
        return False
    covered = [(m.start, m.end) for m in found]
    allowed = _TABLE.words(rest, lang)
    places = _TABLE.words("company_place", lang)
    for position, token in enumerate(tokens):
        if any(start <= token.start and token.end <= end for start, end in covered):
            continue
        if token.kind == "var" or token.text in (VALUE_STAND_IN, NAME_STAND_IN):
            if not variables:
                return False
            if token.text == NAME_STAND_IN:
                continue
            if position and tokens[position - 1].lower in places:
                continue
            return False
        if token.lower not in allowed and token.lemma not in allowed:
            return False
    return True
