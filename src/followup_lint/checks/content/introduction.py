"""A self-introduction spoken as a person or an identity statement ("we make label printers for
cold stores"), and the soft emails in which it is no sell (FL201, FL202).

"Je m'appelle Élodie et je travaille chez Arpège, un éditeur de logiciels pour les écoles de
musique" says who the sender is and what the employer makes. When the rest of the email turns to
the reader and asks at most for something small and optional - a reply, an opinion, "if you like
I'll send an example", a link they may open - and claims nothing for the product, it introduces
someone asking a question; followed by product claims, or by a trial, a demo, a call or a
meeting, it is the first line of a pitch. An introduction that pitches itself ("I'm Abebe from
Grantwell; we help small charities ...") and company boilerplate ("We are the leading provider of
...") are never a person's introduction. Who speaks is read from the first word
(``rules/data/self-introduction.yml``, :mod:`followup_lint.content.speaker`).
"""

from __future__ import annotations

from typing import Callable, Sequence

from ...content.agency import PRODUCT_INTRODUCTION, addresses_reader, agency_of
from ...content.ask_strength import asks_for_advice, groups_in, lets_off, reader_led_asks
from ...content.features import speaks_as_i, speaks_as_we
from ...content.identity import identity_statement
from ...content.roles import SentenceRoles
from ...content.speaker import PERSON, names_the_readers_side, opens_as
from ...content.tokens import tokenize


def _opens_as_person(text: str, lang: str) -> bool:
    return opens_as(tokenize(text, lang), lang) == PERSON


def speaks_as_company(sentence: SentenceRoles) -> bool:
    """The sentence speaks for a company (we, our, us)."""
    return speaks_as_we(_words(sentence.text, sentence.lang), sentence.lang)


def pitches_only_as_a_person(sentence: SentenceRoles, *, product_described: bool = False) -> bool:
    """It asks nothing, and every pitch the roles found in it is a self-introduction cue spoken as
    a person ("I'm", "Je m'appelle", "Ik ben"), or - with ``product_described`` - the structure of
    the employer's product described ("..., a rota app for care homes")."""
    if sentence.has("ask"):
        return False
    for evidence in sentence.evidence_for("pitch"):
        if product_described and evidence.source == "structure" and evidence.detail.startswith(PRODUCT_INTRODUCTION):
            continue
        if evidence.source != "cue" or evidence.group != "self":
            return False
        if not _spoken_as_person(evidence.text, sentence):
            return False
    return True


def _spoken_as_person(cue_text: str, sentence: SentenceRoles) -> bool:
    """The words a self-introduction cue matched are spoken as a person: they open as one ("I'm",
    "Je m'appelle"), or - a cue matched inside the sentence, a role in apposition: "I'm Priya
    Raman, an account manager at Clinicly" - they open as nobody and the sentence itself opens as a
    person and does not speak for a company."""
    speaker = opens_as(tokenize(cue_text, sentence.lang), sentence.lang)
    if speaker is not None:
        return speaker == PERSON
    return _opens_as_person(sentence.text, sentence.lang) and not speaks_as_company(sentence)


def person_introduction(sentence: SentenceRoles) -> bool:
    """The sentence opens as a person ("My name is", "Ich heiße", "Ik ben") and every pitch in it
    is a self-introduction cue spoken as a person or the employer's product described ("..., a
    rota app for care homes"); it asks nothing and does not speak for a company (we, our)."""
    return (
        _opens_as_person(sentence.text, sentence.lang)
        and pitches_only_as_a_person(sentence, product_described=True)
        and (not speaks_as_company(sentence) or _company_part_is_identity(sentence))
    )


def _words(text: str, lang: str) -> list[str]:
    return [t.text for t in tokenize(text, lang) if t.kind == "word"]


def _company_part_is_identity(sentence: SentenceRoles) -> bool:
    """A person's introduction whose clause about the company only says what it makes or does
    ("I'm Jae-won from Labelwise; we make label printers for cold stores")."""
    head, *rest = [part.strip() for part in sentence.text.split(";") if part.strip()] or [""]
    company = [part for part in rest if speaks_as_we(_words(part, sentence.lang), sentence.lang)]
    return (
        bool(company)
        and not speaks_as_we(_words(head, sentence.lang), sentence.lang)
        and all(identity_statement(part, sentence.lang) for part in company)
    )


def identity_introduction(sentence: SentenceRoles) -> bool:
    """The sentence says what the sender makes or does and for whom, claiming nothing ("We make
    label printers for cold stores", "Wij maken roosters voor de kinderopvang";
    :func:`followup_lint.content.identity.identity_statement`); it asks nothing, and every pitch
    in it is the classifier's or a self-introduction cue."""
    if sentence.has("ask", "pushy", "pressure"):
        return False
    if sentence.has_rule_evidence("hype"):
        return False  # the classifier's hype alone ("klein") is no hype word in a statement that claims nothing
    for evidence in sentence.evidence_for("pitch"):
        if evidence.source == "model" or (evidence.source == "cue" and evidence.group == "self"):
            continue
        if evidence.source == "structure" and evidence.detail.startswith(PRODUCT_INTRODUCTION):
            continue  # "Je développe un logiciel de planning pour les artisans"
        return False
    return identity_statement(sentence.text, sentence.lang)


def introduces_sender(sentence: SentenceRoles) -> bool:
    """A person's introduction (:func:`person_introduction`) or an identity statement
    (:func:`identity_introduction`)."""
    return person_introduction(sentence) or identity_introduction(sentence)


def only_small_optional_asks(
    body: Sequence[SentenceRoles],
    optional: frozenset[int],
    gives_value: Callable[[SentenceRoles], bool] | None = None,
) -> bool:
    """Besides a person's introduction, the email asks at most for something small and optional
    (every ask optional; no sales object, meeting, push or pressure named), claims nothing for
    the sender or the product, and turns to the reader (:func:`turns_to_reader`). With
    ``gives_value``, a sentence that gives the reader something (a resource, a fact) also turns
    to the reader: an identity statement beside value given is no sell. A call or a meeting left to
    the reader's choice ("if you'd like a short call to get acquainted, glad to; otherwise just
    email me whenever": :func:`followup_lint.content.ask_strength.leaves_choice_to_reader`) is such
    a small optional ask."""
    turned = False
    reader_led = reader_led_asks(body)
    for sentence in body:
        if introduces_sender(sentence):
            # "I sketched two ideas for your door; happy to send them" opens as a person and offers
            turned = turned or sentence.index in optional
            continue
        if gives_value is not None and "ask" not in sentence.roles and gives_value(sentence):
            turned = True
            continue
        if "ask" in sentence.roles and sentence.index not in optional:
            return False
        if sentence.has("pushy", "pressure") or _claims(sentence):
            return False
        if groups_in(sentence.text, sentence.lang) & {"sales", "meeting"} and not (
            sentence.index in reader_led or _question_about_their_work(sentence)
        ):
            return False
        turned = turned or turns_to_reader(sentence, optional)
    return turned


def _question_about_their_work(sentence: SentenceRoles) -> bool:
    """A question that asks for nothing and has no I, we, my or our in it ("Est-ce que la remise des
    clés prend du temps chez {{ company }} ?"): a sales or meeting word in it is the reader's own
    business (the handing over of keys, not a discount)."""
    if not sentence.is_question or "ask" in sentence.roles:
        return False
    words = _words(sentence.text, sentence.lang)
    return not (speaks_as_we(words, sentence.lang) or speaks_as_i(words))


def turns_to_reader(sentence: SentenceRoles, optional: frozenset[int] = frozenset()) -> bool:
    """The sentence is about or for the reader: an optional ask, a request for their advice, a
    let-off, a question, a remark about them (``personal``), "you" / "your", or someone at their
    company ("someone at {{ company }}", "quelqu'un chez {{ company }}")."""
    if sentence.index in optional or sentence.is_question or "personal" in sentence.roles:
        return True
    if asks_for_advice(sentence) or lets_off(sentence):
        return True
    tokens = tokenize(sentence.text, sentence.lang)
    return addresses_reader(tokens, sentence.lang) or names_the_readers_side(tokens, sentence.text, sentence.lang)


def _claims(sentence: SentenceRoles) -> bool:
    """A claim for the sender: a pitch cue or structure, or the classifier's pitch where the
    sender's company acts (we, our ..., the product, something sold)."""
    for evidence in sentence.evidence_for("pitch"):
        if evidence.source != "model":
            return True
        if agency_of(sentence.text, sentence.lang, tokenize(sentence.text, sentence.lang)).sender_agent:
            return True
    return False
