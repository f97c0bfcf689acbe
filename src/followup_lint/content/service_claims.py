"""Hype and pressure in the words of services outside software (``rules/data/service-claims.yml``).

Venues, hotels, caterers and hauliers sell with their own adjectives ("breathtaking,
award-winning, unrivalled, flawless, unforgettable", "preisgekrönt", "inoubliable", "inolvidable",
"onvergetelijk"), squeeze with their last free dates ("solo nos quedan dos fechas libres ...
las perderá") and introduce the company with its standing ("We are ..., the leading metering
bureau in the region", "Somos ..., líderes en mantenimiento de extintores": a pitch). Each match is structure evidence of :func:`followup_lint.content.roles.assign_roles`,
added after the classifier's features are taken, so the shipped role model reads every sentence
as it was trained to; FL210 counts each hype match like a hype cue.

A word in quotation marks ("Guests call it 'stunning'") is read without its closing quote, which
the tokeniser otherwise keeps on the word as if it were a possessive ("our chefs' menu").
"""

from __future__ import annotations

from typing import Sequence

from .closing_moves import ClosingMove
from .phrase_tables import PhraseTable
from .tokens import Token, tokenize

__all__ = ["service_claims"]

_TABLE = PhraseTable("service-claims.yml", ("hype", "pressure", "standing"))
_READINGS = (
    ("hype", "hype", "a service's hype word"),
    ("pressure", "pressure", "the last free dates, or losing them"),
    ("standing", "pitch", "the sender's company introduced with its standing"),
)
_QUOTES = "'’"


def _unquoted(tokens: Sequence[Token], text: str, lang: str) -> tuple[Sequence[Token], str]:
    """``tokens`` and ``text`` with a closing quote after a word (not after s, x or z: a plural
    possessive) blanked out, offsets unchanged."""
    cut = [t.end - 1 for t in tokens
           if t.kind == "word" and len(t.text) > 2 and t.text[-1] in _QUOTES and t.text[-2].lower() not in "sxz"]
    if not cut:
        return tokens, text
    chars = list(text)
    for at in cut:
        chars[at] = " "
    plain = "".join(chars)
    return tokenize(plain, lang, [(t.start, t.end) for t in tokens if t.kind == "var"]), plain


def service_claims(tokens: Sequence[Token], text: str, lang: str) -> list[ClosingMove]:
    """Every hype word, pressure phrase and company standing of ``rules/data/service-claims.yml``
    in one sentence, as the role-and-span record the other structure readings use (``offer_moves``
    too)."""
    words, plain = _unquoted(tokens, text, lang)
    found: list[ClosingMove] = []
    for group, role, detail in _READINGS:
        taken: list[tuple[int, int]] = []
        for match in sorted(_TABLE.find(group, words, plain, lang), key=lambda m: (m.start, -m.end)):
            if any(s < match.end and match.start < e for s, e in taken):
                continue
            taken.append((match.start, match.end))
            found.append(ClosingMove(role, detail, match.start, match.end))
    return found
