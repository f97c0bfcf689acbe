"""Whether a loss sentence is information: the consequence of a finding, in an email that sells nothing.

Loss framing is what the reader loses without the sender's product, or a generic threat used to
sell ("every week without automated reminders costs you customers"). The same words can report a
consequence: "I noticed your checkout refuses Irish postcodes. You may be losing those orders
without seeing an error." What tells them apart is the structure of the email, not the loss words:

* the loss follows from something concrete - a **finding** the sender made about the reader's own
  setup (they looked, tried, tested: "Beim Testen ... ist mir aufgefallen", "j'ai remarqué", "he
  visto", "ik zag"), or a **rule** the reader faces (an obligation with a date or an authority: "Ab
  1. Januar müssen Betriebe ...") - in the loss sentence itself or earlier in its paragraph, or in
  the sentence just before it;
* or the loss **points back** ("that means", "dadurch", "du coup", "por eso", "daardoor") to a
  fault of the reader's own setup stated in the sentence before it or in its own first words
  ("{{ company }}'s booking page doesn't load on Android. That means ...");
* or the loss follows an **observation** about the reader's own thing - their page, document,
  listing, profile or form, something wrong with it and a detail they can check ("On a Pixel 7
  the upload field on your careers page stays greyed out") - in the sentences before it, and is
  stated as possible ("You might be missing applicants") with no lever ("Without X, ..."):
  :mod:`.loss_observation`;
* the loss sentence carries no **threat** of its own (time running out without the product,
  competitors, "before it's too late", "can you afford");
* or the loss is **answered by advice**: the loss sentence, or one after it in its paragraph or the
  next, gives the reader a tip, an order or a remedy ("Many bookshops lose margin to codes shared
  online. Tie each code to the buyer's email": :mod:`.advice_context`) - the problem the free tip
  fixes;
* or the loss is part of a **research finding** handed to the reader (:mod:`.research_finding`:
  "We followed 120 care homes. The homes that trained night staff first lost fewer nurses",
  "Dans notre étude auprès de 150 boulangeries, celles qui ... perdaient moins de clients"): a
  comparison among others, given, not credited to the sender's product or customers; a
  competitor word in it ("lost fewer patients to rivals") is part of the comparison, no threat;
* or the loss is the cost of an activity and names nobody - an activity as its subject, no
  reader, no sender, no company or variable ("Switching payroll providers often takes longer than
  expected": :mod:`.addressed`) - and the email hands over a resource (a value cue or a link:
  the checklist for it);
* or the reader **asked** for what the email reports ("as you asked, here are {{ company }}'s
  figures ...", "wie gewünscht", "comme demandé", "como me pidió", "zoals gevraagd"), in the loss
  sentence or before it: their own numbers, answered;
* and the email **sells nothing**, nor chases an unanswered email (a bump chases the earlier
  email's sale): no pitch, no pushy ask, no sentence that names the sender's
  product, no ask naming a sales object (a demo, a trial, a quote, pricing: ``rules/data/ask-strength.yml``), no
  meeting asked for other than as an optional offer. A free fix or a soft offer ("happy to send
  the screenshot") is not a sale.

In a follow-up (after an event, a bump), a loss is read only where the email presses for a sale
(:func:`follow_up_presses`): it sells, it chases an unanswered email (a ``bump`` sentence: "I'm
coming back to my last email"), or the loss sentence carries a threat of its own ("every month you
wait"). A webinar follow-up that hands over the session's material and sells nothing repeats
what was said: its losses are the topic, not a lever.

The word classes are data (``rules/data/loss-context.yml``), matched on lemmas in five languages.
"""

from __future__ import annotations

from functools import lru_cache

from .addressed import activity_subject, names_nobody
from .advice_context import gives_advice
from .ask_strength import groups_in, optional_asks
from .email_roles import EmailRoles
from .own_product import names_own_product
from .phrase_tables import PhraseTable
from .research_finding import findings_in
from .roles import SentenceRoles
from .loss_observation import concrete, faulty_thing, observed_before, possible_loss
from .tokens import Token, tokenize

__all__ = ["breakup_presses", "follow_up_presses", "loss_is_information", "sells"]

_TABLE = PhraseTable(
    "loss-context.yml",
    ("finding", "obligation", "authority", "threat", "reader_thing", "fault", "points_back", "rival", "requested"),
)
_MESSAGE = ("opener", "body", "call_to_action", "ps")
#: how many paragraphs before the loss's own an observation about the reader's thing may stand
#: (a list of steps to reproduce it is one paragraph between them)
_OBSERVATION_REACH = 2


@lru_cache(maxsize=4096)
def _tokens(text: str, lang: str) -> tuple[Token, ...]:
    """The sentence's tokens, once for every reading of this module."""
    return tuple(tokenize(text, lang))


@lru_cache(maxsize=4096)
def _groups(text: str, lang: str) -> frozenset[str]:
    tokens = _tokens(text, lang)
    return frozenset(group for group in _TABLE.groups if _TABLE.find(group, tokens, text, lang))


@lru_cache(maxsize=4096)
def _observation(text: str, lang: str) -> tuple[bool, bool]:
    """Whether the sentence names the reader's own thing with something wrong with it, and
    whether it holds a detail the reader can check."""
    tokens = _tokens(text, lang)
    if not any(t.kind == "word" for t in tokens):
        return False, False  # a list marker ("1.") is no detail
    return faulty_thing(tokens, text, lang, faulty="fault" in _groups(text, lang)), concrete(tokens, lang)


@lru_cache(maxsize=4096)
def _possible_loss(text: str, lang: str) -> bool:
    """The loss is given as possible or as following from what was said, tied to no lack."""
    return possible_loss(_tokens(text, lang), text, lang, points_back="points_back" in _groups(text, lang))


@lru_cache(maxsize=4096)
def _costs_an_activity(text: str, lang: str) -> bool:
    """The sentence names nobody and its subject is an activity ("Overstappen naar een ander
    pakket kost vaak meer tijd dan gedacht"): the cost of doing something, nobody's loss."""
    tokens = _tokens(text, lang)
    return names_nobody(tokens, lang) and activity_subject(tokens, lang)


def _anchors(sentence: SentenceRoles) -> bool:
    """A finding the sender made, or a rule the reader faces, stated in ``sentence``."""
    found = _groups(sentence.text, sentence.lang)
    return "finding" in found or {"obligation", "authority"} <= found


def _states_a_fault(sentence: SentenceRoles) -> bool:
    """Something wrong with the reader's own thing, stated: "Your booking page doesn't load ..."."""
    return {"reader_thing", "fault"} <= _groups(sentence.text, sentence.lang)


def _points_back(sentence: SentenceRoles) -> bool:
    return "points_back" in _groups(sentence.text, sentence.lang)


def sells(roles: EmailRoles) -> bool:
    """Whether the email sells: a pitch or a pushy ask anywhere in the subject or the message, a
    sentence that names the sender's product, an ask or a question that names a sales object ("Can
    we book a demo?"; "orders" in a finding about the reader's shop is none), or a meeting asked
    for other than as an optional offer."""
    message = roles.in_segment(*_MESSAGE)
    optional = optional_asks(message)
    for sentence in roles.in_segment("subject", *_MESSAGE):
        if sentence.has("pitch", "pushy") or names_own_product(sentence.text, sentence.lang):
            return True
        asks = sentence.has("ask") or sentence.is_question
        found = groups_in(sentence.text, sentence.lang) if asks else frozenset()
        if "sales" in found:
            return True
        if "meeting" in found and sentence.index not in optional:
            return True
    return False


def loss_is_information(roles: EmailRoles, sentence: SentenceRoles) -> bool:
    """Whether the loss in ``sentence`` reports the consequence of a finding or a rule, with no
    threat of its own, in an email that sells nothing (see the module docs)."""
    if sentence.segment not in _MESSAGE:
        return False
    message = roles.in_segment(*_MESSAGE)
    given = findings_in(message).get(sentence.index) == "given"
    if "threat" in _groups(sentence.text, sentence.lang) and not (given and _only_rivals(sentence.text, sentence.lang)):
        return False
    if sentence.has("pitch") or names_own_product(sentence.text, sentence.lang):
        return False
    if _costs_an_activity(sentence.text, sentence.lang) and _gives_a_resource(roles):
        # the cost of an activity ("Switching providers takes longer than expected"), then the
        # checklist for it: nobody's loss, the topic of what is handed over
        return not _sells_or_chases(roles)
    if _answered_by_advice(message, sentence):
        # "Viele Buchhandlungen verlieren Marge durch geteilte Codes. Binden Sie jeden Code an ...":
        # the problem, then the tip that fixes it, free
        return not _sells_or_chases(roles)
    earlier = [s for s in message if s.index < sentence.index]
    before = [s for s in earlier if s.paragraph == sentence.paragraph] + earlier[-1:]
    anchored = _anchors(sentence) or any(_anchors(s) for s in before)
    if not anchored and given:
        # "The homes that trained night staff first lost fewer nurses": what the sender's research
        # found among others, handed over - a comparison, not what the reader loses without us
        anchored = True
    if not anchored and any("requested" in _groups(s.text, s.lang) for s in [*earlier, sentence]):
        # "As you asked, here are {{ company }}'s figures: ... about €9,400 in lost fees": an
        # answer to the reader, chasing nothing ("Following up on your question" is no bump)
        return not sells(roles)
    if not anchored and _points_back(sentence):
        # "That means ..." after a fault of the reader's setup, or both in one sentence
        anchored = _states_a_fault(sentence) or any(_states_a_fault(s) for s in earlier[-1:])
    if not anchored and _possible_loss(sentence.text, sentence.lang):
        # a checkable fact about the reader's own page, document or listing, then what it may
        # cost them: a problem found for them (:mod:`.loss_observation`)
        window = [s for s in earlier if s.paragraph >= sentence.paragraph - _OBSERVATION_REACH]
        readings = [_observation(s.text, s.lang) for s in window]
        anchored = observed_before([f for f, _ in readings], [d for _, d in readings])
    if not anchored:
        return False
    return not _sells_or_chases(roles)


def follow_up_presses(roles: EmailRoles, sentence: SentenceRoles) -> bool:
    """In a follow-up, whether the loss in ``sentence`` can be loss framing: the email sells, or
    chases an unanswered email (a ``bump`` sentence in the message), or the loss sentence carries a
    threat of its own ("every month you wait", competitors)."""
    if "threat" in _groups(sentence.text, sentence.lang):
        return True
    return _sells_or_chases(roles)


def breakup_presses(sentence: SentenceRoles) -> bool:
    """In a breakup, whether the loss in ``sentence`` is loss framing: the loss sentence carries a
    threat of its own - time passing without the sender's product ("every week {{ company }} stays
    on paper timesheets is another week of ..."), doing without it ("ohne digitale Zeiterfassung"),
    competitors. A parting note that names the reader's own deadline carries none."""
    return "threat" in _groups(sentence.text, sentence.lang)


def _sells_or_chases(roles: EmailRoles) -> bool:
    """The email sells, or chases an unanswered email (a ``bump`` sentence: "I'm coming back to
    my last email") - the sale it chases is the earlier email's."""
    return any(s.has("bump") for s in roles.in_segment(*_MESSAGE)) or sells(roles)


@lru_cache(maxsize=4096)
def _only_rivals(text: str, lang: str) -> bool:
    """Every threat phrase of the sentence is a competitor word (``rival``), nothing else."""
    tokens = _tokens(text, lang)
    rivals = _TABLE.find("rival", tokens, text, lang)
    return all(
        any(r.start <= t.start and t.end <= r.end for r in rivals) for t in _TABLE.find("threat", tokens, text, lang)
    )


def _answered_by_advice(message: list[SentenceRoles], sentence: SentenceRoles) -> bool:
    """The loss sentence, or one after it in its paragraph or the next, gives the reader advice
    (an order, a tip, a remedy and its means: :mod:`.advice_context`)."""
    after = [s for s in message if s.index >= sentence.index and s.paragraph <= sentence.paragraph + 1
             and s.segment != "ps"]
    return gives_advice(after)


def _gives_a_resource(roles: EmailRoles) -> bool:
    """Something is handed over in the message: a value cue or a link to a resource."""
    return any(
        e.role == "value" and e.source in ("cue", "link")
        for s in roles.in_segment(*_MESSAGE)
        for e in s.evidence
    )
