"""Who the sender is, and what the sender made for the reader: two sentence shapes the classifier
reads as a pitch because the sender is their subject (FL201, FL202).

* An **identity statement** says what the sender makes or does, for whom - the sender (we, I, a
  Spanish verb that is its own subject) and a verb of making, doing or selling among the first
  words, and no claim: no benefit the agency table reads (:mod:`.agency`), no number, no
  ``claims`` word (help, save, faster, leading, customers ...). "We make label printers for cold
  stores" tells the reader who writes; "We make label printers that cut waste by 30%" sells.
* A **resource made for the reader**: the sender makes or shares (``made``) an artifact
  (``resources``: a template, a calculator, a comparison, a checklist ...) and neither names the
  product on sale (``products``: our platform, software, app, a trial or demo of it) nor claims
  results. "We put together a temperature log template" gives; "We put together a free trial of
  our app" sells. The sender's own resource handed over with a link ("Our newsletter tells how
  ...: <link>", "Unser Leitfaden ... ist fertig: <link>") is one too, and so is anything free the
  sender made and hands over with a link in the same sentence ("een gratis poster ...: <link>").

The words are ``rules/data/identity-resources.yml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from ..resources import data_path, load_once, load_once_per_key, load_yaml
from .agency import PRODUCT_INTRODUCTION, SENDER_OWNERS, agency_of
from .tokens import Token, tokenize

__all__ = [
    "given_free_to_use", "help_statement", "identity_statement", "made_for_reader", "made_free_for_reader", "made_the_product", "names_the_product", "sender_made",
]

#: how many words may stand between the sender and the verb ("we mostly build", "I've been running")
_GAP = 2
#: how far into the sentence the sender may stand ("At {{ company }} we make ...")
_LEAD = 4
#: ... and after a fronted phrase for whom the thing was made ("For the caretakers at {{ company }}, we've ...")
_FRONTED_LEAD = 10


@dataclass(frozen=True)
class _Words:
    subjects: frozenset[str]
    identity_verbs: frozenset[str]
    claims: frozenset[str]
    made: tuple[tuple[str, ...], ...]
    resources: tuple[tuple[str, ...], ...]
    products: frozenset[str]
    free: frozenset[str]
    resource_clauses: frozenset[str]
    fronted: frozenset[str]
    copula: tuple[tuple[str, ...], ...]
    help_verbs: frozenset[str] = frozenset()
    help_claims: frozenset[str] = frozenset()
    free_to_use: tuple[tuple[str, ...], ...] = ()


def _lower(values: object) -> list[str]:
    return [str(v).casefold() for v in values or ()]  # type: ignore[attr-defined]


@load_once
def _table() -> dict[str, object]:
    return load_yaml(data_path("identity-resources.yml").read_text(encoding="utf-8")) or {}


@load_once_per_key
def _words(lang: str) -> _Words:
    raw = _table()

    def of(key: str) -> list[str]:
        return _lower((raw.get(key) or {}).get(lang))  # type: ignore[union-attr]

    return _Words(
        subjects=frozenset(of("subjects")),
        identity_verbs=frozenset(of("identity_verbs")),
        claims=frozenset(of("claims")),
        made=tuple(tuple(p.split()) for p in of("made")),
        resources=tuple(tuple(p.split()) for p in of("resources")),
        products=frozenset(of("products")),
        free=frozenset(of("free")),
        resource_clauses=frozenset(of("resource_clauses")),
        fronted=frozenset(of("fronted")),
        copula=tuple(tuple(p.split()) for p in of("identity_copula")),
        help_verbs=frozenset(of("help_verbs")),
        help_claims=frozenset(of("help_claims")),
        free_to_use=tuple(tuple(p.split()) for p in of("free_to_use")),
    )


def _parts(key: str) -> tuple[str, ...]:
    return tuple(_lower(_table().get(key)))


def _is(token: Token, words: frozenset[str]) -> bool:
    return token.lower in words or token.lemma.casefold() in words


def _phrase_at(tokens: Sequence[Token], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether any phrase (a tuple of words) occurs in the tokens, word for word."""
    lowers = [t.lower for t in tokens]
    for phrase in phrases:
        n = len(phrase)
        if any(tuple(lowers[i : i + n]) == phrase for i in range(len(lowers) - n + 1)):
            return True
    return False


def _words_of(tokens: Sequence[Token]) -> list[Token]:
    return [t for t in tokens if t.kind == "word"]


def _claims(
    text: str, lang: str, tokens: Sequence[Token], *, counts: bool = True, helping: bool = False
) -> bool:
    """A claim word, a benefit the agency table reads (not a product merely described: "un
    logiciel de planning pour les artisans"), a percentage or multiple ("40%", "3x"), and with
    ``counts`` any number ("for 300 nurseries"). With ``helping`` a help verb is no claim and no
    benefit ("we help small charities keep track of ..."), but a ``help_claims`` word is."""
    words = _words(lang)
    if helping:
        if any(_is(t, words.help_claims) for t in tokens):
            return True
        rest = [t for t in tokens if not _is(t, words.help_verbs)]
        if any(_is(t, words.claims) for t in rest):
            return True
        return any(t.kind == "num" and not _sizes_a_word(tokens, at) for at, t in enumerate(tokens)) or any(
            t.kind == "punct" and t.text == "%" for t in tokens
        )
    for at, token in enumerate(tokens):
        if token.kind == "num" and _sizes_a_word(tokens, at):
            continue  # "a two-person studio", "ein 3-köpfiges Team": a size, not a count
        if token.kind == "num" and (counts or _percent_or_multiple(token.text)):
            return True
        if token.kind == "punct" and token.text == "%":
            return True
    if any(_is(t, words.claims) for t in tokens):
        return True
    benefit = agency_of(text, lang, tokens).benefit
    return benefit is not None and not benefit[2].startswith(PRODUCT_INTRODUCTION)


def _sizes_a_word(tokens: Sequence[Token], at: int) -> bool:
    """A number joined to the next word by a hyphen ("two-person", "3-köpfiges")."""
    return (
        at + 2 < len(tokens) and tokens[at + 1].text == "-" and tokens[at + 1].start == tokens[at].end
        and tokens[at + 2].kind == "word" and tokens[at + 2].start == tokens[at + 1].end
    )


def _percent_or_multiple(number: str) -> bool:
    """"40%", "3x" - not a number word that ends in x ("six", "sechs")."""
    return number[:1].isdigit() and number.endswith(("%", "x", "X"))


def names_the_product(tokens: Sequence[Token], lang: str) -> bool:
    """The sentence names something on sale (our platform, software, app, a trial, a demo)."""
    words = _words(lang)
    parts = _parts("product_parts")
    return any(_is(t, words.products) or (len(t.lower) > 6 and t.lower.endswith(parts)) for t in _words_of(tokens))


def identity_statement(text: str, lang: str, tokens: Sequence[Token] | None = None) -> bool:
    """The sentence says what the sender makes or does, for whom, and claims nothing."""
    tokens = list(tokens) if tokens is not None else tokenize(text, lang)
    words = _words(lang)
    sequence = _words_of(tokens)
    if not sequence:
        return False
    if _is(sequence[0], words.identity_verbs) and lang == "es":
        verb_found = True  # "Fabricamos básculas para fruterías"
    else:
        # the sender among the first words ("At {{ company }} we make ...", "Bij Roosterwerk maken wij ...")
        verb_found = any(
            token.lower in words.subjects and any(_is(t, words.identity_verbs) for t in sequence[at + 1 : at + 2 + _GAP])
            for at, token in enumerate(sequence[:_LEAD])
        ) or any(
            _is(token, words.identity_verbs) and sequence[at + 1].lower in words.subjects
            for at, token in enumerate(sequence[1:_LEAD], start=1)
            if at + 1 < len(sequence)
        )
    # or says what it is ("We're a small studio ...", "Wir sind ein kleines Büro ...")
    verb_found = verb_found or _opens_with(sequence, words.copula)
    return verb_found and not _claims(text, lang, tokens)


def help_statement(text: str, lang: str, tokens: Sequence[Token] | None = None) -> bool:
    """The sender says whom it helps, and claims nothing else ("we help small charities keep track
    of funder deadlines", "ayudamos a los colegios a cuidar sus huertos"): the sender and a
    ``help_verbs`` verb among the first words, no other claim word, no comparative, no number.
    Read only in the company clause of a person's one-line introduction (FL201, FL202)."""
    tokens = list(tokens) if tokens is not None else tokenize(text, lang)
    words = _words(lang)
    sequence = _words_of(tokens)
    if not sequence:
        return False
    found = (lang == "es" and _is(sequence[0], words.help_verbs)) or any(
        token.lower in words.subjects and any(_is(t, words.help_verbs) for t in sequence[at + 1 : at + 2 + _GAP])
        for at, token in enumerate(sequence[:_LEAD])
    )
    return found and not _claims(text, lang, tokens, helping=True)


def _opens_with(sequence: Sequence[Token], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the words begin with one of the phrases."""
    lowers = tuple(t.lower for t in sequence)
    return any(lowers[: len(phrase)] == phrase for phrase in phrases)


def _sender_made(tokens: Sequence[Token], lang: str) -> bool:
    """The sender (among the first words) made or put together something (a ``made`` verb)."""
    words = _words(lang)
    sequence = _words_of(tokens)
    lead = _FRONTED_LEAD if sequence and sequence[0].lower in words.fronted else 4
    sender = any(t.lower in words.subjects for t in sequence[:lead]) or (
        lang == "es" and any(t.lower.endswith("emos") or t.lower.endswith("amos") for t in sequence[:3])
    )
    if not sender and lang == "es" and sequence:
        # a verb that is its own subject opens the sentence: "Preparé una guía ..."
        sender = _phrase_at(sequence[:1], tuple(p for p in words.made if len(p) == 1))
    return sender and _phrase_at(tokens, words.made)


def sender_made(text: str, lang: str, tokens: Sequence[Token] | None = None) -> bool:
    """The sender made or put together something ("We put together ...", "Hemos montado ...")."""
    return _sender_made(list(tokens) if tokens is not None else tokenize(text, lang), lang)


def made_the_product(text: str, lang: str, tokens: Sequence[Token] | None = None) -> bool:
    """The sender made or put together something on sale: "We put together a free trial of our
    app", "Hemos desarrollado una plataforma"."""
    tokens = list(tokens) if tokens is not None else tokenize(text, lang)
    return _sender_made(tokens, lang) and names_the_product(tokens, lang)


def made_for_reader(text: str, lang: str, tokens: Sequence[Token] | None = None) -> bool:
    """The sender made or shares an artifact for the reader (a template, a calculator, a guide),
    not the product on sale, and claims no results for it."""
    tokens = list(tokens) if tokens is not None else tokenize(text, lang)
    if not (_sender_made(tokens, lang) or _own_resource_linked(tokens, text, lang)):
        return False
    words = _words(lang)
    sequence = _words_of(tokens)
    parts = _parts("resource_parts")
    resource = _phrase_at(tokens, words.resources) or any(
        len(t.lower) > 6 and t.lower.endswith(parts) for t in sequence
    ) or _answer_written(sequence, words)
    if not resource or _the_product_made(sequence, words, lang):
        return False
    return not _claims(text, lang, tokens, counts=False)


def _answer_written(sequence: Sequence[Token], words: _Words) -> bool:
    """A ``made`` verb followed at once by an embedded question ("we wrote up what drove them",
    "wir haben zusammengefasst, welche Programme offen sind"): the thing made is an answer written
    down for the reader (``resource_clauses``)."""
    lowers = [t.lower for t in sequence]
    for phrase in words.made:
        n = len(phrase)
        for at in range(len(lowers) - n):
            if tuple(lowers[at : at + n]) == phrase and lowers[at + n] in words.resource_clauses:
                return True
    return False


def made_free_for_reader(
    text: str, lang: str, promotes: Callable[[int, int], bool], tokens: Sequence[Token] | None = None
) -> bool:
    """The sender made something free and hands it over with a link in the same sentence, whatever
    its noun ("We hebben een gratis poster gemaakt ...: https://..."): the free word describes no
    offer (``promotes(start, end)`` says whether the free word at those offsets promotes one: a
    trial, a month, an account), nothing on sale is the thing made, and no result is claimed."""
    tokens = list(tokens) if tokens is not None else tokenize(text, lang)
    if not _has_link(text) or not _sender_made(tokens, lang):
        return False
    words = _words(lang)
    sequence = _words_of(tokens)
    if not any(_is(t, words.free) and not promotes(t.start, t.end) for t in sequence):
        return False
    if _the_product_made(sequence, words, lang):
        return False
    return not _claims(text, lang, tokens, counts=False)


def given_free_to_use(text: str, lang: str, tokens: Sequence[Token] | None = None) -> bool:
    """The sender made something and says it costs nothing to use ("We built a small rota tool for
    exactly that; it's free to use"; ``free_to_use``), claiming no result for it: it is given away,
    not sold. The caller checks that no offer word makes the free word a promotion."""
    tokens = list(tokens) if tokens is not None else tokenize(text, lang)
    if not _sender_made(tokens, lang) or not _phrase_at(tokens, _words(lang).free_to_use):
        return False
    return not _claims(text, lang, tokens, counts=False)


def _has_link(text: str) -> bool:
    return "http" in text or "www." in text


def _own_resource_linked(tokens: Sequence[Token], text: str, lang: str) -> bool:
    """The sentence opens on the sender's own resource ("Our newsletter tells how ...", "Unser
    Leitfaden zeigt ...": a possessive of the sender, then a resource word within two words) and
    hands it over with a link."""
    if not _has_link(text):
        return False
    words = _words(lang)
    owners = SENDER_OWNERS.get(lang, frozenset())
    parts = _parts("resource_parts")
    resources = {phrase[0] for phrase in words.resources if len(phrase) == 1}
    sequence = _words_of(tokens)
    for at, token in enumerate(sequence[:3]):
        if token.lower in owners:
            following = sequence[at + 1 : at + 3]
            return any(t.lower in resources or (len(t.lower) > 6 and t.lower.endswith(parts)) for t in following)
    return False


def _the_product_made(sequence: Sequence[Token], words: _Words, lang: str) -> bool:
    """A product word is the thing made when it comes before the first resource word or is the
    sender's ("our app"); "un comparatif des logiciels de caisse" compares products, it is not one."""
    parts = _parts("product_parts")
    resource_parts = _parts("resource_parts")
    resources = {phrase[0] for phrase in words.resources if len(phrase) == 1}
    owners = SENDER_OWNERS.get(lang, frozenset())
    seen_resource = False
    for at, token in enumerate(sequence):
        if token.lower in resources or (len(token.lower) > 6 and token.lower.endswith(resource_parts)):
            seen_resource = True
        product = _is(token, words.products) or (len(token.lower) > 6 and token.lower.endswith(parts))
        if not product:
            continue
        if not seen_resource or any(t.lower in owners for t in sequence[max(0, at - 3):at]):
            return True
    return False


