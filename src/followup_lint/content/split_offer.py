"""An offer to send something, split over two sentences: a question whether it would help, then
the offer to send it.

"Would a one-page summary of how four similar clinics cut their no-show rate help? Then I'll send
it across; otherwise no need to reply." - "Wäre eine Übersicht hilfreich, wie zwei Stadtwerke ihre
Ablesetermine bündeln? Dann schicke ich sie Ihnen." - "Un récapitulatif vous serait-il utile ? Je
vous l'envoie volontiers." - "¿Le serviría un resumen? Se lo envío." - "Zou een overzicht helpen?
Dan stuur ik het u toe." The question names the thing and leaves it to the reader; the next
sentence of the paragraph offers to send it, often as a bare pronoun. Read together they are one
offer (:mod:`.send_offer`): of information - no sell, unless the second sentence books a meeting
or either pitches or pushes - or of something that sells ("Would our brochure help? I'll send
it."), a sell that gives nothing. The words are the ``useful_question`` and ``how`` groups of
``rules/data/send-offers.yml`` with that file's ``information``, ``sells`` and ``offering``.
Read once per pair of sentence contents.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .ask_strength import groups_in
from .phrase_tables import PhraseTable
from .reader_choice import proposes_slot
from .roles import SentenceRoles
from .send_offer import OfferKind, offer_groups
from .tokens import tokenize

__all__ = ["split_information_offers", "split_offer_kind", "split_sales_offers"]

_TABLE = PhraseTable("send-offers.yml", ("useful_question", "how", "information", "sells", "offering"))
_QUESTION_ENDS = ("?", "？")


def split_information_offers(sentences: Sequence[SentenceRoles]) -> frozenset[int]:
    """The ``index`` of both sentences of every two-sentence offer of information left to the
    reader, where neither pitches on a cue's word or structure, pushes or presses, and the second
    proposes no meeting or slot."""
    found: set[int] = set()
    for question, offer in _pairs(sentences):
        if split_offer_kind(question.text, offer.text, offer.lang) != "information":
            continue
        if any(s.has("pushy", "pressure") or s.has_rule_evidence("pitch") for s in (question, offer)):
            continue
        if proposes_slot(offer.text, offer.lang) or "meeting" in groups_in(offer.text, offer.lang):
            continue
        found.update((question.index, offer.index))
    return frozenset(found)


def split_sales_offers(sentences: Sequence[SentenceRoles]) -> frozenset[int]:
    """The ``index`` of both sentences of every two-sentence offer of something that sells."""
    found: set[int] = set()
    for question, offer in _pairs(sentences):
        if split_offer_kind(question.text, offer.text, offer.lang) == "sales":
            found.update((question.index, offer.index))
    return frozenset(found)


@lru_cache(maxsize=4096)
def split_offer_kind(question: str, offer: str, lang: str) -> OfferKind | None:
    """What ``question`` then ``offer`` offer together: ``"sales"`` when either names something
    that sells (or the sender's product or service with no information beside it),
    ``"information"`` when either names information (or the question a how-clause), ``None`` when
    they are no such pair: the question asks whether something would help, the offer sends it and
    delivers nothing already."""
    if not question.rstrip(" )\"'»”’").endswith(_QUESTION_ENDS):
        return None
    sent = offer_groups(offer, lang)
    if "send" not in sent or "delivered" in sent:
        return None
    asked = _question_groups(question, lang)
    if "useful_question" not in asked:
        return None
    names = asked | sent
    if "sells" in names:
        return "sales"
    if "offering" in names:
        return None if "information" in names else "sales"
    return "information" if names & {"information", "how"} else None


@lru_cache(maxsize=4096)
def _question_groups(text: str, lang: str) -> frozenset[str]:
    tokens = tokenize(text, lang)
    if not _TABLE.find("useful_question", tokens, text, lang):
        return frozenset()
    return frozenset(g for g in _TABLE.groups if _TABLE.find(g, tokens, text, lang))


def _pairs(sentences: Sequence[SentenceRoles]) -> list[tuple[SentenceRoles, SentenceRoles]]:
    """Each question with the next sentence, when that is in the same paragraph and segment kind
    (the message, not the sign-off)."""
    return [
        (first, second)
        for first, second in zip(sentences, sentences[1:])
        if first.paragraph == second.paragraph and first.text.rstrip(" )\"'»”’").endswith(_QUESTION_ENDS)
    ]
