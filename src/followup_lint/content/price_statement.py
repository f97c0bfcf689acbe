"""Whether a sentence states a price for what the sender sells.

"It costs a flat £4 per shift", "Das kostet pauschal 4 € pro Schicht", "Cela coûte 29 € par mois",
"Cuesta 3 € por turno", "Het kost € 4 per dienst": in an email that has given the reader nothing
yet, the price of the offer is part of the pitch (FL201), and it is never loss framing (FL214),
which a cost verb before an amount otherwise resembles. The phrases are
``rules/data/price-statements.yml``; a phrase counts only when its number is money (a currency
sign or word beside it) and the sentence names no loss ("it's costing you £4,000 a month in
lost orders").
"""

from __future__ import annotations

from typing import Sequence

from ..resources import data_path, load_once, load_yaml
from .phrase_tables import PhraseTable
from .tokens import Token

__all__ = ["PRICE_DETAIL", "names_money", "price_span"]

PRICE_DETAIL = "a price for the offer"

_TABLE = PhraseTable("price-statements.yml", ("cost", "losses"))


@load_once
def _currencies() -> frozenset[str]:
    data = load_yaml(data_path("price-statements.yml").read_text(encoding="utf-8")) or {}
    return frozenset(str(c).casefold() for c in data.get("currencies") or ())


def _is_money(tokens: Sequence[Token], at: int) -> bool:
    """Token ``at`` is a number with a currency sign in it or a currency beside it."""
    currencies = _currencies()
    token = tokens[at]
    if token.kind != "num":
        return False
    if any(sign in token.text for sign in currencies if not sign.isalpha()):
        return True
    for near in (at - 1, at + 1):
        if 0 <= near < len(tokens) and tokens[near].lower in currencies:
            return True
    return False


def names_money(tokens: Sequence[Token]) -> bool:
    """Whether a number in ``tokens`` is money (a currency sign in it or a currency beside it):
    "at £1,850", "à 890 €"."""
    return any(_is_money(tokens, at) for at, token in enumerate(tokens) if token.kind == "num")


def price_span(tokens: Sequence[Token], text: str, lang: str) -> tuple[int, int] | None:
    """Where ``text`` (tokenised as ``tokens``) states a price, as character offsets, or None."""
    if not any(t.kind == "num" for t in tokens):
        return None
    losses = _TABLE.words("losses", lang)
    if any(t.lower in losses or t.lemma.casefold() in losses for t in tokens):
        return None
    for match in _TABLE.find("cost", tokens, text, lang):
        for at, token in enumerate(tokens):
            if match.start <= token.start < match.end and _is_money(tokens, at):
                return match.start, match.end
    return None
