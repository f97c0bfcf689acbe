"""Whether a sentence gives the reader something of value (FL201, FL202), and whether a thing the
sender made is given or only collected on a sales call.

A resource the sender made and hands over ("We put together a checklist: <link>", "Hemos montado
una plantilla ... sin registro") is value. The same made thing is bait when the reader can only
collect it on a call: it is not delivered (no link in its sentence, nor in a later one that is
not itself the ask for the call) and the email then asks, other than as an optional offer, for a
meeting or a sales object ("We put together a free audit of your contracts. Book your 30-minute
slot here"). See :func:`gives_value_in`.
"""

from __future__ import annotations

from functools import lru_cache, partial
from typing import Callable, Sequence

from ...content.agency import PRODUCT_INTRODUCTION
from ...content.ask_strength import groups_in
from ...content.closing_moves import pushes_to_sign, requested_handover
from ...content.customer_story import credits_sender_story
from ...content.identity import made_for_reader, made_free_for_reader, made_the_product, sender_made
from ...content.own_product import names_own_product
from ...content.research_finding import findings_in
from ...content.roles import SentenceRoles
from ...content.send_offer import hands_over_information, offers_information, offers_to_sell
from ...content.split_offer import split_information_offers, split_sales_offers
from ...content.step_list import offers_to_take_over
from ...content.tokens import tokenize
from ..free_subject import promotes_an_offer

__all__ = ["collected_on_a_call", "fact_about_product", "gives_value", "gives_value_in"]


def gives_value_in(body: Sequence[SentenceRoles], optional: frozenset[int]) -> Callable[[SentenceRoles], bool]:
    """:func:`gives_value` for the sentences of ``body``, where a thing made that the reader can
    only collect on a call (:func:`collected_on_a_call`) gives nothing, nor does an offer to send
    something that sells ("happy to share our case studies":
    :func:`followup_lint.content.send_offer.offers_to_sell`; "Would our brochure help? I'll send
    it.": :mod:`followup_lint.content.split_offer`). The sender's research and its finding
    (:mod:`followup_lint.content.research_finding`) give the reader something when the finding is
    about their company or market ("We compared 60 shops in your region: yours ..., against an
    average of ..."), and nothing when it credits the sender's product or customers. A contract
    or a price list the reader asked for on a call, handed over ("Como hablamos por teléfono, le
    adjunto el modelo de contrato": :func:`followup_lint.content.closing_moves.requested_handover`),
    is value - unless a later sentence pushes the reader to sign ("Please sign and return it by
    Friday"): then it was handed over to close."""

    findings = findings_in(body)
    selling, informing = split_sales_offers(body), split_information_offers(body)

    def reads_as_value(sentence: SentenceRoles) -> bool:
        if offers_to_sell(sentence) or sentence.index in selling:
            return False
        offered = offers_information(sentence) or sentence.index in informing
        if offered and all(e.source == "model" for e in sentence.evidence_for("value")):
            return False  # "if useful, I can send the template": offered, not given yet
        research = findings.get(sentence.index)
        if research is not None:
            return research == "given"
        if _handed_over_to_sign(body, sentence) or _taken_over_for_a_sale(body, sentence):
            return False
        return gives_value(sentence) and not collected_on_a_call(body, sentence, optional)

    return reads_as_value


def _handed_over_to_sign(body: Sequence[SentenceRoles], sentence: SentenceRoles) -> bool:
    """A requested closing document handed over, and a later sentence pushes the reader to sign."""
    if not requested_handover(tokenize(sentence.text, sentence.lang), sentence.text, sentence.lang):
        return False
    return any(pushes_to_sign(tokenize(s.text, s.lang), s.text, s.lang) for s in body if s.index > sentence.index)


def _taken_over_for_a_sale(body: Sequence[SentenceRoles], sentence: SentenceRoles) -> bool:
    """Advice, and then the sender offers to do it for the reader
    (:func:`followup_lint.content.step_list.offers_to_take_over`: "Or let us do it for you") with
    an ask for a meeting or something sold in that sentence or a later one ("- book a call"): the
    advice was the lead-in to the sale. A cue's value (a link, a resource handed over) stays."""
    if any(e.role == "value" and e.source in ("cue", "link") for e in sentence.evidence):
        return False
    later = [s for s in body if s.index > sentence.index]
    offer = next((s.index for s in later if offers_to_take_over(s.text, s.lang)), None)
    return offer is not None and any(_asks_for_a_call(s) for s in later if s.index >= offer)


def gives_value(sentence) -> bool:  # type: ignore[no-untyped-def]
    """Whether the sentence gives the reader something. An offer of the sender's own product
    ("try Acme free for 30 days", "save $200 with code SPRING25") reads as value to the model's
    word weights; when the same sentence sells and only the model saw value in it, it is a sell.
    A cue for value or a link to a resource (``{{ guide_url }}``; never a booking, demo, trial or
    pricing link) in the sentence is value even when it also talks about the sender ("We built a
    free UTM builder for that: {{ tool_url }}"). A fact handed over (the ``fact`` group of the value
    cues: a reminder, a rule change, a figure) is value unless a pitch cue says the fact is about
    the sender's product ("A quick heads-up: our app now does e-invoicing") or the sentence names
    it (``rules/data/own-product.yml``: "A tip: our platform books the visits for you").
    A resource the sender made and gives (:func:`followup_lint.content.identity.made_for_reader`:
    "We built a small spreadsheet that ...", "Hemos preparado una plantilla") is value where the
    classifier alone read a pitch; one that names the product on sale ("We put together a free
    trial of our app") is not, whatever value cue it has; hype in it counts on a cue's word, not
    on the classifier's alone (its word weights read a resource's topic as hype at times).
    Information handed over ("here's the checklist our store managers use": a ``delivered`` phrase
    and an ``information`` word of ``rules/data/send-offers.yml``, nothing that sells) is value
    where only the classifier read a pitch in it.
    A customer story that credits the sender (:mod:`followup_lint.content.customer_story`: "I've
    attached a case study showing how our software helped a dairy ...") gives nothing, attached or
    linked as it may be; a worked example of another organisation on its own is value."""
    if credits_sender_story(sentence.text, sentence.lang):
        return False
    hyped = sentence.has_rule_evidence("hype")
    if _made_for_reader(sentence.text, sentence.lang) and not (sentence.has("ask", "pushy", "pressure") or hyped):
        if all(_read_as_sender(e) for e in sentence.evidence_for("pitch")):
            return True
    if "value" not in sentence.roles:
        return False
    if fact_about_product(sentence):
        return False
    if not sentence.has("pitch", "ask"):
        return True
    pitch_cue = any(e.role == "pitch" and e.source == "cue" for e in sentence.evidence)
    pitch_cue = pitch_cue or names_own_product(sentence.text, sentence.lang)
    if pitch_cue and _sells_the_product(sentence):
        return False
    if not pitch_cue and not sentence.has("ask") and hands_over_information(sentence.text, sentence.lang):
        return True  # "here's the checklist our store managers use: ...": handed over, the "our" is no sell
    return any(
        e.role == "value" and e.source in ("cue", "link") and not (e.group == "fact" and pitch_cue)
        for e in sentence.evidence
    )


def _read_as_sender(evidence) -> bool:  # type: ignore[no-untyped-def]
    """Pitch evidence that only says the sender is the subject: the classifier's, or the
    structure's reading of a product described ("un comparatif des logiciels de caisse pour les
    boulangeries"; the thing made was checked not to be the product)."""
    return evidence.source == "model" or (
        evidence.source == "structure" and evidence.detail.startswith(PRODUCT_INTRODUCTION)
    )


def _sells_the_product(sentence) -> bool:  # type: ignore[no-untyped-def]
    """Its value is only a cue (no link) and the sender made something on sale: "We put together
    a 30-day free trial of our scheduling app" offers the product, not a resource."""
    values = [e for e in sentence.evidence if e.role == "value"]
    return (
        bool(values)
        and all(e.source == "cue" for e in values)
        and made_the_product(sentence.text, sentence.lang)
    )


def fact_about_product(sentence) -> bool:  # type: ignore[no-untyped-def]
    """Its only value is a fact (a ``fact`` value cue) and it names the sender's product:
    "Wir haben unsere Kunden befragt: mit unserer Software ..." reports on the product."""
    values = [e for e in sentence.evidence if e.role == "value"]
    return (
        bool(values)
        and all(e.source == "cue" and e.group == "fact" for e in values)
        and names_own_product(sentence.text, sentence.lang)
    )


def collected_on_a_call(body: Sequence[SentenceRoles], sentence: SentenceRoles, optional: frozenset[int]) -> bool:
    """The sender made something (a ``made`` verb: "we put together", "wir haben ...
    ausgearbeitet") that is not delivered - no link in the sentence or a later one, except in a
    sentence that asks for a meeting or a sales object - and the sentence or a later one asks for
    a meeting or a sales object, other than as an optional offer: the thing made is collected on
    a sales call."""
    if not _made_by_sender(sentence):
        return False
    rest = [s for s in body if s.index >= sentence.index]
    if not any(_asks_for_a_call(s) and s.index not in optional for s in rest):
        return False
    return not any(_delivers(s) for s in rest if not _asks_for_a_call(s))


def _made_by_sender(sentence: SentenceRoles) -> bool:
    return _sender_made(sentence.text, sentence.lang)


@lru_cache(maxsize=4096)
def _made_for_reader(text: str, lang: str) -> bool:
    """A resource the sender made for the reader (:func:`made_for_reader`), or anything free the
    sender made and links to, where the free word promotes no offer (``rules/data/free-offers.yml``,
    the table FL503 reads: "a free trial", "your first month free" are offers). Read once per
    sentence content: FL201 and FL202 ask about the same sentences of a template."""
    return made_for_reader(text, lang) or made_free_for_reader(text, lang, partial(promotes_an_offer, text))


_sender_made = lru_cache(maxsize=4096)(sender_made)


def _asks_for_a_call(sentence: SentenceRoles) -> bool:
    return sentence.has("ask", "pushy") and bool(groups_in(sentence.text, sentence.lang) & {"meeting", "sales"})


def _delivers(sentence: SentenceRoles) -> bool:
    """A link or a link variable in the sentence (a booking link is not in a sentence that only
    delivers: the sentence asking for the call is left out by the caller)."""
    return any(e.role == "value" and e.source == "link" for e in sentence.evidence) or "http" in sentence.text or (
        "www." in sentence.text
    )
