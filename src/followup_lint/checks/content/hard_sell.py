"""FL201: a pitch or an ask before the reader has been given anything of value."""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from ...content.agency import agency_of, describes_a_product
from ...content.ask_strength import asks_for_advice, groups_in, lets_off, optional_asks
from ...content.customer_story import credits_sender_story
from ...content.identity import given_free_to_use
from ...content.observed_frame import notices_at_several
from ...content.open_event import open_invitation
from ...content.own_product import names_own_product
from ...content.research_finding import findings_in
from ...content.send_offer import information_offers, names_a_sale, offers_to_sell
from ...content.split_offer import split_information_offers, split_sales_offers
from ...content.tokens import tokenize
from ...model import Finding
from .base import RoleCheck, cue_evidence, shown
from .introduction import introduced_material_offers, introduction_sentences, only_small_optional_asks, pitches_only_as_a_person, speaks_as_company
from .value_given import fact_about_product, gives_value_in


class HardSell(RoleCheck):
    """Reads the message in order (opener, body, call to action, P.S.) and reports the
    sentences that pitch or ask before any sentence has given the reader something of value.
    A courtesy line, a compliment or a personal remark first is no hiding place: only value
    (an answer, a resource, the recording, an insight, a useful link) earns the pitch.

    An optional ask is no sell (:mod:`followup_lint.content.ask_strength`): one that asks for the
    reader's advice or experience, or lets them off ("if not, no problem"), and names no sales
    object (demo, trial, pricing, the sender's product) - nor a meeting, when only a let-off makes
    it optional. In an email that asks for nothing the sender sells and offers something optional
    (an optional ask, a request for advice, or an offer left to the reader: "happy to share the
    log sheet, if that's any help"), a sentence counts as a pitch on a cue's word or its structure, and on the
    classifier's alone only where the sender's company acts (:mod:`followup_lint.content.agency`): "I
    work with small breweries on keg tracking" before "if you ever have ten minutes to tell me how
    you do it" introduces, and "Swapping the seals took care of half of our downtime" before "happy
    to share the log sheet" reports, neither sells. A self-introduction spoken as a person ("I'm
    Tomasz, I run operations at ...") is no sell by itself, nor one that says what the employer
    makes ("..., an invoicing app for architects") when the email only asks, optionally, for the
    reader's opinion or experience and names no sales object or meeting
    (:mod:`.introduction`); before a trial, a demo or a call it is the first line of a pitch.
    An invitation to an open event whose registration binds the reader to nothing ("am 12. laden
    wir Ausbildungsbetriebe zu einem Werkstattgespräch ein. Die Anmeldung ist unverbindlich":
    :func:`followup_lint.content.open_event.open_invitation`) is no sell where only the classifier
    read one and nothing sold or the sender's product is named; a demo of the product stays one.
    A customer story that credits the sender, its product or its customers with another
    organisation's result (:mod:`followup_lint.content.customer_story`) sells even when it is
    attached or linked ("Lees hoe gemeente Zwolle dankzij onze planningstool ...: <link>"); a
    worked example of how another organisation handled a problem, handed over, is value. So are
    the sender's own data, published and handed over with its finding ("Our autumn figures for
    {{ region }} are out. Two-bed flats took 24 days to let ...": research given, where "Our new
    platform is out" is a pitch), and the contract or price list the reader asked for on a call
    ("Como hablamos por teléfono, le adjunto el modelo de contrato"), unless the email then pushes
    them to sign ("Please sign and return it by Friday"). A company introduced with its standing
    ("We are ..., the leading metering bureau in the region") sells, before advice as anywhere.
    The sender's own figures are claims, not value: a sentence that pitches the sender ("one of the
    leading ... partners, 12 years of experience and 300 engineers") gives nothing through the
    statistic-like cue in it (:mod:`followup_lint.content.sender_figures`). A place or item held for
    the reader at a price or a discount ("I've held a corner stand for {{ company }} at £1,850
    instead of £2,400") sells, and so does a switch push in plain words ("I'd suggest
    {{ business }} does the same", "I handle the cancellation letter, you just sign", "Give me the
    nod and I'll start the paperwork"): an order for the sender's sake is never advice given.
    Steps listed for the reader after a lead-in of advice ("Three things worth doing now: check
    ..., get ..., ask ...", "Sinnvoll ist jetzt eine Liste: welche Objekte ..., wann ...", "Lo que
    conviene hacer ya: revisar ..., pedir ...": :mod:`followup_lint.content.step_list`) are advice
    given, whatever the sender discloses after them; steps that are the sender's sales process
    ("Three steps to get started: book a demo, pick a plan, sign") ask, and advice followed by an
    offer to do it for the reader and a call or a demo ("Or let us do it for you - book a call")
    gave nothing. An opener reporting a gap the sender noticed at several organisations like the
    reader's ("Bei mehreren Verwaltungen in {{ city }} ist uns dieselbe Lücke aufgefallen, deshalb
    ein kurzer Hinweis": :func:`followup_lint.content.observed_frame.notices_at_several`) is no
    sell on the classifier's reading alone. A day that dates the call in a request reference
    ("Como hablamos por teléfono el martes, le adjunto ...") pushes no signature.

    Replies and breakups (``sequence:``) are not read: the value came earlier in the thread.
    ``max_findings`` (default 1) limits the findings per template; 0 reports every selling
    sentence before the first value."""

    skip_positions = frozenset({"transactional", "reply", "breakup"})

    def validate_options(self, options: Mapping[str, Any]) -> None:
        self.int_option("max_findings", 1)

    def findings(self, target, roles, position) -> Iterable[Finding]:  # type: ignore[no-untyped-def]
        limit = self.int_option("max_findings", 1)
        count = 0
        body = roles.body_sentences
        optional = _optional_in(body)
        asks = {s.index for s in body if "ask" in s.roles}
        # no ask for anything the sender sells, and something optional on offer (an optional
        # ask, a request for advice, or an offer left to the reader: "if that's any help")
        soft_email = asks <= optional and bool(
            optional or any(asks_for_advice(s) or lets_off(s) for s in body)
        )
        # a person's introduction before a small optional ask, and nothing sold or claimed
        gives_value = gives_value_in(body, optional)
        research = findings_in(body)
        small_asks_only = only_small_optional_asks(body, optional, gives_value=gives_value)
        material = introduced_material_offers(body)
        introductions = introduction_sentences(body)
        split_selling = split_sales_offers(body)
        for sentence in body:
            if gives_value(sentence):
                return
            sells = (
                sentence.has("pitch", "ask")
                or fact_about_product(sentence)
                or offers_to_sell(sentence)
                or sentence.index in split_selling
                or credits_sender_story(sentence.text, sentence.lang)
            )
            if not sells or sentence.index in optional or _introduces_only(sentence) or _noticed_only(sentence):
                continue
            if _invites_openly(body, sentence):
                continue  # "am 12. laden wir Ausbildungsbetriebe zu einem Werkstattgespräch ein. Die Anmeldung ist unverbindlich"
            if small_asks_only and (sentence.index in introductions or sentence.index in material):
                continue  # a one-line introduction, or material offered with an out, before small asks only
            if soft_email and not sentence.has_rule_evidence("pitch") and not _sender_acts(sentence):
                continue
            if soft_email and _given_away(sentence):
                continue  # "We built a small rota tool for exactly that; it's free to use."
            if research.get(sentence.index) == "withheld" and not sentence.has_rule_evidence("pitch"):
                continue  # research announced is no sell; the ask after it is
            evidence = cue_evidence(sentence, "pitch", "ask")
            where = "opens with" if count == 0 and sentence.segment == "opener" else "gets to"
            yield Finding(
                f"the email {where} a sell ('{shown(sentence, evidence)}') before giving the reader "
                "anything; lead with what is in it for them and move the ask to the end",
                span=self.span_of(target, sentence, evidence),
            )
            count += 1
            if count == limit:
                return


def _given_away(sentence) -> bool:  # type: ignore[no-untyped-def]
    """Something the sender made ("we built a small tool", a pitch cue's shape), free to use, with no
    claim, push, hype or offer in the sentence
    (:func:`followup_lint.content.identity.given_free_to_use`; no offer word of
    ``rules/data/send-offers.yml`` that sells: a trial, a demo, a discount)."""
    if sentence.has("ask", "pushy", "pressure") or sentence.has_rule_evidence("hype"):
        return False
    return given_free_to_use(sentence.text, sentence.lang) and not names_a_sale(sentence.text, sentence.lang)


def _optional_in(body) -> frozenset[int]:  # type: ignore[no-untyped-def]
    """Optional asks, and offers to send information left to the reader ("happy to send the full
    list, if you'd like": :mod:`followup_lint.content.send_offer`; "Would a summary help? Then
    I'll send it.": :mod:`followup_lint.content.split_offer`); an offer to send something that
    sells (the brochure, a quote, case studies) is never optional."""
    selling = {s.index for s in body if offers_to_sell(s)} | split_sales_offers(body)
    return (optional_asks(body) | information_offers(body) | split_information_offers(body)) - selling


def _introduces_only(sentence) -> bool:  # type: ignore[no-untyped-def]
    """Whether the sentence only says who the sender is - a name, a job, an employer ("I'm
    Tomasz, I run operations at a courier firm"): every pitch the roles found in it is a
    self-introduction cue spoken as a person, and it neither asks, nor speaks for a company (we,
    our), nor names the sender's product. Who the sender is claims no benefit, offers nothing and
    asks nothing, so it is no sell; FL202 still reports it when it is the opener. Company
    boilerplate ("We are the leading provider of ...", "Founded in 2012") stays a pitch, and so
    does an introduction that describes the product ("I'm Sam, founder of Ledgerline, an
    accounts-payable tool for distributors")."""
    if not sentence.evidence_for("pitch") or not pitches_only_as_a_person(sentence):
        return False
    if speaks_as_company(sentence) or names_own_product(sentence.text, sentence.lang):
        return False
    return not describes_a_product(sentence.text, sentence.lang, tokenize(sentence.text, sentence.lang))


def _noticed_only(sentence) -> bool:  # type: ignore[no-untyped-def]
    """Whether the sentence only reports a gap the sender noticed at several organisations like the
    reader's ("Bei mehreren Verwaltungen in {{ city }} ist uns dieselbe Lücke aufgefallen, deshalb
    ein kurzer Hinweis": :func:`followup_lint.content.observed_frame.notices_at_several`), and only
    the classifier read a pitch in it: the sender is the one who noticed, not the one who sells. It
    asks nothing and names no product of the sender's and nothing sold."""
    if sentence.has("ask", "pushy", "pressure") or sentence.has_rule_evidence("pitch"):
        return False
    text, lang = sentence.text, sentence.lang
    if names_own_product(text, lang) or groups_in(text, lang) & {"sales", "meeting"}:
        return False
    return notices_at_several(tuple(tokenize(text, lang)), text, lang)


def _invites_openly(body, sentence) -> bool:  # type: ignore[no-untyped-def]
    """An invitation to an open event whose registration binds the reader to nothing
    (:func:`followup_lint.content.open_event.open_invitation`: a chamber's workshop, a council's
    meeting), where only the classifier read a pitch: no pitch cue, no ask, push, pressure or hype,
    nothing sold (a demo, a trial, a webinar of the product: the ``sales`` group of the ask
    table) and no product of the sender's named. "We invite you to a live demo of our platform;
    registration is non-binding" still sells."""
    if sentence.has("ask", "pushy", "pressure") or sentence.has_rule_evidence("pitch") or sentence.has_rule_evidence("hype"):
        return False
    text, lang = sentence.text, sentence.lang
    if names_own_product(text, lang) or "sales" in groups_in(text, lang) or names_a_sale(text, lang):
        return False
    position = next(at for at, s in enumerate(body) if s.index == sentence.index)
    return open_invitation(body, position)


def _sender_acts(sentence) -> bool:  # type: ignore[no-untyped-def]
    """The sender's company acts in the sentence (:mod:`followup_lint.content.agency`): we, the
    product, "our ..." as the subject or the instrument, a product adopted by name, something the
    sender sells - not the sender as a beneficiary ("half of our downtime", "for us"), nor a
    person introducing themself ("I run a small consultancy")."""
    return agency_of(sentence.text, sentence.lang, tokenize(sentence.text, sentence.lang)).sender_agent

