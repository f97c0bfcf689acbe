"""Whether a clause of FL309 is the sender speaking of its own service, not reporting a fact.

A sentence can be addressed to the reader, hold a number or "your new office", and still say
nothing about this reader: the sender describes what it offers, promises or guesses. Read from
the clause's structure, per language, with the word lists in FL309's data:

* an estimate or a guarantee (`estimate_words`, `promise_words`): "Your reps likely lose 9% of
  deals", "Vos équipes perdent probablement 7 %", "Ihr Team spart garantiert 30 %";
* the sender's service acting on the reader's things, a present-tense verb of reach or
  appearance right after the reader's noun phrase (`service_verbs`): "Your job postings reach 3
  million candidates", "Ihre Stellenanzeigen erscheinen auf 300 Portalen";
* an amount followed by what takes it off a price (`discount_words`): "25% off", "20 %
  Rabatt", "20 % de remise", "un 20 % de descuento", "20% korting";
* a delivery span (`delivery_spans`: "within 72 hours", "innerhalb von 48 Stunden", "en 3
  jours", "en 48 horas", "binnen 48 uur"): the reader's new place or job ads in that clause
  are what the service is done to, not news about the reader (counts and dates still are).
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from .claim_text import _NUMBER, _phrase, _word_regex


class ServiceReader:
    """The sender's-service tests for one language, with their word lists compiled once."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        def words(key: str) -> list[str]:
            return [str(w) for w in data.get(key) or ()]

        self.estimate = _word_regex(words("estimate_words") + words("promise_words"))
        self.service = _word_regex(words("service_verbs"))
        discounts = "|".join(_phrase(w) for w in sorted(words("discount_words"), key=len, reverse=True))
        self.discount = re.compile(
            rf"\d\s?%\s+(?:\w+\s+)?(?:{discounts})(?!\w)", re.I) if discounts else None
        spans = data.get("delivery_spans") or {}
        starts = "|".join(_phrase(w) for w in sorted(spans.get("starts") or (), key=len, reverse=True))
        units = "|".join(_phrase(w) for w in sorted(spans.get("units") or (), key=len, reverse=True))
        self.span = re.compile(
            rf"(?<!\w)(?:{starts})\s+(?:(?:\w+\s+)?(?:{_NUMBER.pattern}))\s+(?:{units})(?!\w)", re.I
        ) if starts and units else None

    def is_estimate_or_offer(self, clause: str) -> bool:
        """An estimate, a guarantee or a discount: nothing in the clause is reported."""
        if self.estimate is not None and self.estimate.search(clause):
            return True
        return self.discount is not None and self.discount.search(clause) is not None

    def serves(self, text: str, reader_at: int, end: int) -> bool:
        """The reader's noun phrase at ``reader_at`` is followed, within four words, by a verb of
        the sender's service ("Your job postings reach ...")."""
        if self.service is None:
            return False
        match = self.service.search(text, reader_at, end)
        return match is not None and len(text[reader_at : match.start()].split()) <= 4

    def delivers(self, clause: str) -> bool:
        """A delivery span in the clause ("within 72 hours", "en 3 jours")."""
        return self.span is not None and self.span.search(clause) is not None
