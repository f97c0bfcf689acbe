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
from ...content.identity import help_statement, identity_statement
from ...content.roles import SentenceRoles
from ...content.send_offer import material_offers
from ...content.speaker import PERSON, clause_joins, names_the_readers_side, opens_as
from ...content.tokens import tokenize


def _opens_as_person(text: str, lang: str) -> bool:
    return opens_as(tokenize(text, lang), lang) == PERSON


def speaks_as_company(sentence: SentenceRoles) -> bool:
    """The sentence speaks for a company (we, our, us)."""
    return speaks_as_we(_words(sentence.text, sentence.lang), sentence.lang)


def pitches_only_as_a_person(
    sentence: SentenceRoles, *, product_described: bool = False, excused: Sequence[tuple[int, int]] = ()
) -> bool:
    """It asks nothing, and every pitch the roles found in it is a self-introduction cue spoken as
    a person ("I'm", "Je m'appelle", "Ik ben"), or - with ``product_described`` - the structure of
    the employer's product described ("..., a rota app for care homes"). Pitch evidence inside an
    ``excused`` span (a company clause that only says what the company does or whom it helps) is
    read as part of the introduction."""
    if sentence.has("ask"):
        return False
    for evidence in sentence.evidence_for("pitch"):
        if any(start <= evidence.start and evidence.end <= end for start, end in excused):
            continue
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
    if not _opens_as_person(sentence.text, sentence.lang):
        return False
    if not speaks_as_company(sentence):
        return pitches_only_as_a_person(sentence, product_described=True)
    company = _identity_company_clauses(sentence)
    return bool(company) and pitches_only_as_a_person(sentence, product_described=True, excused=company)


def _words(text: str, lang: str) -> list[str]:
    return [t.text for t in tokenize(text, lang) if t.kind == "word"]


#: What separates a person's introduction from the clause about the company ("I'm Jae-won from
#: Labelwise; we make ...", "Ich bin Jonas von Kaltwerk - wir bauen ..."); the joining words of
#: ``rules/data/self-introduction.yml`` (``clause_joins``: "and", "where", "und", "où" ...) too.
_CLAUSE_BREAKS = (";", " - ", " – ", " — ")


def _clause_spans(text: str, lang: str = "en") -> list[tuple[int, int]]:
    """The spans of ``text`` between clause breaks (:data:`_CLAUSE_BREAKS`) and joining words
    ("... van Keukenlog en | wij helpen ...", "... en Agendaclín, donde | acompañamos ...")."""
    cuts = [(at, at + len(mark)) for mark in _CLAUSE_BREAKS for at in _find_all(text, mark)]
    lowered = text.casefold()
    for word in clause_joins(lang):
        for at in _find_all(lowered, f" {word} "):
            cuts.append((at, at + 1 + len(word)))
    spans: list[tuple[int, int]] = []
    start = 0
    for at, after in sorted(cuts):
        if at < start:
            continue
        spans.append((start, at))
        start = after
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip(" ,")]


def _find_all(text: str, mark: str) -> list[int]:
    found, at = [], text.find(mark)
    while at >= 0:
        found.append(at)
        at = text.find(mark, at + len(mark))
    return found


def _identity_company_clauses(sentence: SentenceRoles) -> list[tuple[int, int]]:
    """The spans of the clauses about the company in a person's introduction, when there are
    some, the person's clause comes first and does not speak for the company, and every company
    clause only says what the company makes or does ("I'm Jae-won from Labelwise; we make label
    printers for cold stores") or whom it helps, claiming nothing else ("I'm Abebe from Grantwell;
    we help small charities keep track of funder deadlines": :func:`help_statement`); else none."""
    text, lang = sentence.text, sentence.lang
    spans = _clause_spans(text, lang)
    if len(spans) < 2:
        return []
    head, rest = spans[0], spans[1:]
    if speaks_as_we(_words(text[head[0] : head[1]], lang), lang):
        return []
    company = [span for span in rest if speaks_as_we(_words(text[span[0] : span[1]], lang), lang)]
    if not company:
        return []
    for start, end in company:
        part = text[start:end].strip()
        if not (identity_statement(part, lang) or help_statement(part, lang)):
            return []
    return company


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


def introduction_sentences(body: Sequence[SentenceRoles]) -> frozenset[int]:
    """The ``index`` of every sentence that introduces the sender (:func:`introduces_sender`), and
    of a plain statement of whom the company helps right after a person's introduction in the same
    paragraph ("I'm Abebe from Grantwell. We help small charities keep track of funder deadlines.":
    :func:`followup_lint.content.identity.help_statement`), which asks, pushes and hypes nothing."""
    found: set[int] = set()
    person: SentenceRoles | None = None
    for sentence in body:
        if introduces_sender(sentence):
            found.add(sentence.index)
            person = sentence if person_introduction(sentence) else None
            continue
        if (
            person is not None
            and person.paragraph == sentence.paragraph
            and not sentence.has("ask", "pushy", "pressure")
            and not sentence.has_rule_evidence("hype")
            and help_statement(sentence.text, sentence.lang)
        ):
            found.add(sentence.index)
        person = None
    return frozenset(found)


def introduced_material_offers(body: Sequence[SentenceRoles]) -> frozenset[int]:
    """Offers of the sender's rates, price list or brochure left to the reader with an out
    (:func:`followup_lint.content.send_offer.material_offers`) in an email where a person has
    introduced themself ("Je m'appelle ..., je viens d'ouvrir ...; si cela peut vous être utile, je
    peux vous envoyer mes tarifs"): the small optional ask of someone new. Without an introduction,
    "Could I send you our pricing? Totally fine if the timing is off." sells."""
    if not any(person_introduction(s) for s in body):
        return frozenset()
    return material_offers(body)


def only_small_optional_asks(
    body: Sequence[SentenceRoles],
    optional: frozenset[int],
    gives_value: Callable[[SentenceRoles], bool] | None = None,
) -> bool:
    """Besides a person's introduction, the email asks at most for something small and optional
    (every ask optional; no sales object, meeting, push or pressure named), claims nothing for
    the sender or the product, and turns to the reader (:func:`turns_to_reader`). With
    ``gives_value``, a sentence that gives the reader something (a resource, a fact) also turns
    to the reader: an identity statement beside value given is no sell. An offer to send material
    about the sender's offer (prices, the brochure) left to the reader with an explicit out
    (:func:`followup_lint.content.send_offer.material_offers`) is a small optional ask. A call or a meeting left to
    the reader's choice ("if you'd like a short call to get acquainted, glad to; otherwise just
    email me whenever": :func:`followup_lint.content.ask_strength.leaves_choice_to_reader`) is such
    a small optional ask."""
    turned = False
    reader_led = reader_led_asks(body)
    material = introduced_material_offers(body)
    introductions = introduction_sentences(body)
    for sentence in body:
        if sentence.index in material:
            turned = True  # "if useful, I can send my rates; if not, no worries": small, optional
            continue
        if sentence.index in introductions:
            # "I sketched two ideas for your door; happy to send them" opens as a person and offers;
            # "I'm Grace from Tillsafe, and I put together a checklist for cafés: <link>" gives
            turned = turned or sentence.index in optional or (gives_value is not None and gives_value(sentence))
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
