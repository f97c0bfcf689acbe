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

from .ask_strength import groups_in, let_off_matches
from .phrase_tables import PhraseTable
from .reader_choice import offered_on_wish
from .roles import SentenceRoles
from .tokens import tokenize

__all__ = ["hands_over_information", "names_a_sale", "information_offers", "material_offers", "offer_groups", "offers_information", "offers_to_sell", "send_offer_kind"]

_TABLE = PhraseTable("send-offers.yml", (
    "send", "delivered", "open", "information", "sells", "offering", "material", "topic", "owner",
))

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
    topics = _topic_openings(tokens, text, lang)
    for group in ("sells", "offering"):
        for m in _TABLE.find(group, tokens, text, lang):
            if any(s <= m.start < e for s, e in clauses) and not _only_a_topic(m.start, topics, tokens, text, lang):
                found.add(group)
    return frozenset(found)


def _topic_openings(tokens, text: str, lang: str) -> list[int]:  # type: ignore[no-untyped-def]
    """Where a ``topic`` word opens what an ``information`` word before it is about ("the charts
    *that* compare ...", "a table *comparing* ..."): the end offset of each such topic word."""
    informs = [m.end for m in _TABLE.find("information", tokens, text, lang)]
    if not informs:
        return []
    return [m.end for m in _TABLE.find("topic", tokens, text, lang) if any(end <= m.start for end in informs)]


def _only_a_topic(start: int, topics: list[int], tokens, text: str, lang: str) -> bool:  # type: ignore[no-untyped-def]
    """The selling word at ``start`` is what the information offered is about - a topic word opens
    before it, in the same clause, and no ``owner`` word (our, my) stands between."""
    opened = [end for end in topics if end <= start and ";" not in text[end:start]]
    if not opened:
        return False
    owners = [m.start for m in _TABLE.find("owner", tokens, text, lang)]
    return any(not any(end <= at < start for at in owners) for end in opened)


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


def offers_material_only(text: str, lang: str) -> bool:
    """The sentence offers to send something that sells (information named beside it or not), and
    every selling word in the clause of the offer is material that informs about the sender's offer (prices, rates, the brochure, the
    catalogue: ``material`` in ``rules/data/send-offers.yml``), not a sales object to take up."""
    groups = offer_groups(text, lang)
    if "send" not in groups or "delivered" in groups or not groups & {"sells", "offering"}:
        return False
    tokens = tokenize(text, lang)
    clauses = [_clause_around(text, m.start) for m in _TABLE.find("send", tokens, text, lang)]
    material = [
        (m.start, m.end) for m in _TABLE.find("material", tokens, text, lang) if any(s <= m.start < e for s, e in clauses)
    ]
    for group in ("sells", "offering"):
        for m in _TABLE.find(group, tokens, text, lang):
            if not any(s <= m.start < e for s, e in clauses):
                continue
            if not any(a < m.end and m.start < b for a, b in material):
                return False
    return bool(material)


def material_offers(sentences: Sequence[SentenceRoles]) -> frozenset[int]:
    """The ``index`` of every sentence that offers to send material about the sender's offer
    (:func:`offers_material_only`), with no push or pressure, and left to the reader: made
    conditional on their use in it ("si cela peut vous être utile, je peux vous envoyer mes
    tarifs", "happy to send our price list if that's any help"), or offered on their wish or as a
    question with an explicit out in the next sentence of its paragraph ("Would our price list
    help? If not, no worries."). A small optional ask, though never value given. "No obligation"
    ("unverbindlich", "sans engagement") is no out: "Gern schicke ich Ihnen unverbindlich unsere
    Konditionen" sells."""
    found = set()
    for at, sentence in enumerate(sentences):
        text, lang = sentence.text, sentence.lang
        if sentence.has("pushy", "pressure") or not offers_material_only(text, lang):
            continue
        if _conditional_out(text, lang):
            found.add(sentence.index)
            continue
        if not (offered_on_wish(text, lang) or text.rstrip(" )\"'»”’").endswith(("?", "？"))):
            continue
        following = sentences[at + 1] if at + 1 < len(sentences) else None
        if (
            following is not None
            and following.paragraph == sentence.paragraph
            and not following.has("ask", "pitch")
            and "let_off" in groups_in(following.text, following.lang)
        ):
            found.add(sentence.index)
    return frozenset(found)


def _conditional_out(text: str, lang: str) -> bool:
    """A let-off in the sentence that is not "no obligation" (an ``open`` phrase of
    ``rules/data/send-offers.yml``): "if useful", "si un jour cela peut servir"."""
    if "let_off" not in groups_in(text, lang):
        return False
    tokens = tokenize(text, lang)
    opens = [(m.start, m.end) for m in _TABLE.find("open", tokens, text, lang)]
    return any(not any(a < m.end and m.start < b for a, b in opens) for m in let_off_matches(text, lang))


@lru_cache(maxsize=4096)
def hands_over_information(text: str, lang: str) -> bool:
    """The sentence hands information over ("here's the end-of-day checklist our store managers
    use", "anbei die Checkliste", "voici le tableau"): a ``delivered`` phrase and an
    ``information`` word, and nothing that sells (``sells``, ``offering``) anywhere in it."""
    tokens = tokenize(text, lang)
    if not _TABLE.find("delivered", tokens, text, lang) or not _TABLE.find("information", tokens, text, lang):
        return False
    return not (_TABLE.find("sells", tokens, text, lang) or _TABLE.find("offering", tokens, text, lang))


def names_a_sale(text: str, lang: str) -> bool:
    """A ``sells`` word anywhere in the sentence (a demo, a trial, a discount, a quote ...)."""
    return bool(_TABLE.find("sells", tokenize(text, lang), text, lang))
