"""Offers on terms in ordinary words: how venues, hauliers and other services sell.

* an **offer on terms**: the sender lets the reader have its room, vehicle or service at a price
  or with a perk ("I'd let {{ company }} have it at last year's rate, with the drinks on us",
  "je peux la laisser au tarif de l'an dernier, apéritif offert"): a pitch;
* a **price match** ("we'll match what you pay now", "igualamos lo que paga ahora") and a
  **switch paid for** ("we cover the remaining months of the old contract", "wir übernehmen die
  Restlaufzeit"): pitches;
* a **switch to the sender** ("I'd like {{ company }} to move its pallets over to us", "que
  {{ company }} nous confie ses palettes", "dat {{ company }} zijn pallets naar ons overzet"): an
  ask, unless the sentence asks how a move would work or tells of one that happened;
* a **booking presumed**, as a question ("Shall I pencil you in?", "Soll ich Sie eintragen?",
  "¿Se lo reservo?"): an ask;
* a **place or item held at a price** ("I've held a corner stand for {{ company }} at £1,850
  instead of the usual £2,400", "Le he reservado una mesa a precio de socio"): the sender's
  product offered, a pitch (``HELD_PLACE``: the sentence's value cues then count for nothing),
  whatever the thing held is called; a free copy held for the reader names no price.

None of these has a sales word the cue lexicons know, which is why the held-out emails of
senders outside software slipped through. The words are ``rules/data/offer-terms.yml``; the
result is structure evidence of :func:`followup_lint.content.roles.assign_roles`, computed once
per sentence.
"""

from __future__ import annotations

from typing import Sequence

from .closing_moves import HELD_PLACE, ClosingMove
from .phrase_tables import PhraseTable
from .price_statement import names_money
from .tokens import Token

__all__ = ["offer_moves"]

_TABLE = PhraseTable("offer-terms.yml", ("give", "terms", "price_match", "switch_perk", "to_sender", "to_sender_not",
                                        "book_reader", "held_for", "held_terms"))


def offer_moves(tokens: Sequence[Token], text: str, lang: str) -> list[ClosingMove]:
    """The offers on terms, price matches, switches to the sender and presumed bookings of one
    sentence (``text`` tokenised as ``tokens``)."""
    found: list[ClosingMove] = []

    def first(group: str):  # type: ignore[no-untyped-def]
        matches = _TABLE.find(group, tokens, text, lang)
        return min(matches, key=lambda m: m.start) if matches else None

    give, terms = first("give"), first("terms")
    if give is not None and terms is not None:
        found.append(ClosingMove("pitch", "an offer on terms (a price or a perk)",
                                 min(give.start, terms.start), max(give.end, terms.end)))
    held = first("held_for")
    if held is not None and (first("held_terms") is not None or names_money(tokens)):
        # "I've held a corner stand for {{ company }} at £1,850 instead of the usual £2,400"
        found.append(ClosingMove("pitch", HELD_PLACE, held.start, held.end))
    match = first("price_match")
    if match is not None:
        found.append(ClosingMove("pitch", "a price match", match.start, match.end))
    perk = first("switch_perk")
    if perk is not None:
        found.append(ClosingMove("pitch", "the sender pays for the switch", perk.start, perk.end))
    move = first("to_sender")
    if move is not None and first("to_sender_not") is None:
        found.append(ClosingMove("ask", "a push to move the business over to the sender", move.start, move.end))
    if text.rstrip(" )\"'»”’*_").endswith(("?", "？")):
        book = first("book_reader")
        if book is not None:
            found.append(ClosingMove("ask", "the sender offers to book the reader in", book.start, book.end))
    return found
