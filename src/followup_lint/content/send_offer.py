"""An offer to send or share something: information left to the reader, or material that sells.

"If you'd like, I'm happy to send the full list of the shops I looked at", "Gern schicke ich Ihnen
die vollständige Liste, wenn Sie mögen", "Si le sirve, le envío la lista de comprobación que
usamos": the sender offers information, the reader decides, nothing commercial is asked. Such an
offer is no sell (FL201), even in an email that has given nothing yet. The same shape with a thing
that sells - a demo, a quote, pricing, a discount, the brochure, case studies, "our platform" - is
a sell wherever it sits, and is never value given (FL201, FL202).

The words are data (``rules/data/send-offers.yml``); the reader's wish and the let-offs are those
of ``rules/data/reader-choice.yml`` and ``rules/data/ask-strength.yml``. Read once per sentence
content.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal, Sequence

from .ask_strength import groups_in
from .phrase_tables import PhraseTable
from .reader_choice import offered_on_wish
from .roles import SentenceRoles
from .tokens import tokenize

__all__ = ["information_offers", "offer_groups", "offers_information", "offers_to_sell", "send_offer_kind"]

_TABLE = PhraseTable("send-offers.yml", ("send", "delivered", "open", "information", "sells", "offering"))

OfferKind = Literal["information", "sales"]


@lru_cache(maxsize=4096)
def offer_groups(text: str, lang: str) -> frozenset[str]:
    """The groups of ``rules/data/send-offers.yml`` that occur in ``text``; none when it has no
    ``send`` phrase. What sells
    (``sells``, ``offering``) is read in the clause of the send phrase - between semicolons (the
    thing offered may be named before one: "I sketched two ideas; happy to send them"): in "renewals barely moved when the discount went; happy to send
    the breakdown" the discount is the finding's topic, not the thing offered."""
    tokens = tokenize(text, lang)
    sends = _TABLE.find("send", tokens, text, lang)
    if not sends:
        return frozenset()
    found = {"send"} | {group for group in ("delivered", "open") if _TABLE.find(group, tokens, text, lang)}
    if _TABLE.find("information", tokens, text, lang):
        found.add("information")
    clauses = [_clause_around(text, m.start) for m in sends]
    for group in ("sells", "offering"):
        if any(any(s <= m.start < e for s, e in clauses) for m in _TABLE.find(group, tokens, text, lang)):
            found.add(group)
    return frozenset(found)


def _clause_around(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind(";", 0, offset) + 1
    end = text.find(";", offset)
    return start, len(text) if end < 0 else end


@lru_cache(maxsize=4096)
def send_offer_kind(text: str, lang: str) -> OfferKind | None:
    """What a sentence offers to send: ``"sales"`` when it names something that sells (a sales
    object, or the sender's product, service or customers with nothing informational beside
    them), ``"information"`` when it names information and is left to the reader, ``None`` when it
    offers to send nothing, delivers what it names ("herewith", "as requested": no offer), or
    cannot be told."""
    groups = offer_groups(text, lang)
    if "send" not in groups or "delivered" in groups:
        return None
    if "sells" in groups:
        return "sales"
    information = "information" in groups
    if "offering" in groups:
        return None if information else "sales"
    if not information:
        return None
    left_to_reader = (
        "open" in groups
        or offered_on_wish(text, lang)
        or "let_off" in groups_in(text, lang)
        or text.rstrip(" )\"'»”’").endswith(("?", "？"))
    )
    return "information" if left_to_reader else None


def offers_information(sentence: SentenceRoles) -> bool:
    """The sentence offers to send information, left to the reader (:func:`send_offer_kind`),
    with no push, pressure, or pitch by a cue's word or the sentence's structure in it: the
    classifier's word weights alone ("first person", "send") do not make it a sell."""
    if sentence.has("pushy", "pressure"):
        return False
    if sentence.has_rule_evidence("pitch"):
        return False
    return send_offer_kind(sentence.text, sentence.lang) == "information"


def offers_to_sell(sentence: SentenceRoles) -> bool:
    """The sentence offers to send something that sells ("gern schicke ich Ihnen unsere
    Broschüre", "happy to share our case studies"): a sell, and no value given."""
    return send_offer_kind(sentence.text, sentence.lang) == "sales"


def information_offers(sentences: Sequence[SentenceRoles]) -> frozenset[int]:
    """The ``index`` of every sentence that offers information left to the reader."""
    return frozenset(s.index for s in sentences if offers_information(s))
