"""Whose loss a sentence speaks of: the reader's (loss framing) or someone else's (a topic).

Loss framing is what the reader or their business loses, is losing or misses without the
product ("every week without X you lose six hours", "sin esto pierde clientes"). Words of losing,
leaving or forgetting whose loser is someone else are no scare: the chargers a hotel's guests
leave in their rooms, a lost-and-found shelf, luggage that travellers lose, a review a guest
leaves, subscribers a third party lost and won back. For each loss word the clause it stands in
is read for who loses (:func:`loser`):

* a thing people lose or leave (``belongings``: items, luggage, keys; a review) beside it: someone
  else's ("lost property", "objetos perdidos", "leave a review");
* else the nearest person before it in its clause: the reader (you, Sie, vous, u, a template
  variable) - the reader's loss; a person of ``others`` (guests, travellers, tenants) or the sender
  right before it (we, wir, nous, past its auxiliaries) - someone else's, except a person who
  departs (``departure``: "guests who leave" are the reader's loss, "the chargers guests leave
  behind" are not) or one in a sentence that speaks to the reader too ("students lose interest
  and your completion rates drop");
* else a loss made good in the sentence (``recovered``: won back, zurückgewonnen), or a person of
  ``others`` after it as its agent ("perdus par les voyageurs", "que perdent les voyageurs"):
  someone else's;
* else nobody is named: the reader's, the usual shape of loss framing ("pierde clientes").

A sentence whose every loss word is someone else's, with no threat of its own (``threat`` of
``rules/data/loss-context.yml``: "every week without", competitors), frames no loss
(:func:`someone_elses_loss`). The words are ``rules/data/loss-owner.yml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..resources import data_path, load_once, load_once_per_key, load_yaml
from .phrase_tables import PhraseTable
from .tokens import Token

__all__ = ["READER", "SOMEONE_ELSE", "loser", "someone_elses_loss"]

READER = "reader"
SOMEONE_ELSE = "someone else"

#: how far before a loss word its subject may stand in its clause (verb-final clauses in German
#: and Dutch: "die gasten op hun kamer hebben laten liggen of verloren")
_SUBJECT_REACH = 8
#: how far from a loss word the thing lost may stand ("glasses that guests left behind")
_THING_REACH = 4
#: how far after a loss word its agent may stand ("perdus par les voyageurs")
_AGENT_REACH = 4
#: punctuation that ends a clause
_CLAUSE_END = frozenset(",;:.!?()[]\"«»—–")

_THREAT = PhraseTable("loss-context.yml", ("threat",))
_GROUPS = (
    "loss_words", "departure", "behind", "reader", "sender", "auxiliaries", "others", "agent_markers", "inverted_after",
    "belongings",
)


@dataclass(frozen=True)
class _Words:
    loss_words: frozenset[str]
    departure: frozenset[str]
    behind: frozenset[str]
    reader: frozenset[str]
    sender: frozenset[str]
    auxiliaries: frozenset[str]
    others: frozenset[str]
    agent_markers: frozenset[str]
    inverted_after: frozenset[str]
    belongings: frozenset[str]
    recovered: tuple[tuple[str, ...], ...]


@load_once
def _table() -> dict[str, object]:
    return load_yaml(data_path("loss-owner.yml").read_text(encoding="utf-8")) or {}


@load_once_per_key
def _words(lang: str) -> _Words:
    raw = _table()

    def of(group: str) -> frozenset[str]:
        entries = [str(w) for w in ((raw.get(group) or {}).get(lang) or ())]  # type: ignore[union-attr]
        return frozenset(w if w != w.casefold() else w.casefold() for w in entries)

    recovered = tuple(tuple(str(p).casefold().split()) for p in ((raw.get("recovered") or {}).get(lang) or ()))  # type: ignore[union-attr]
    return _Words(*(of(group) for group in _GROUPS), recovered=recovered)


def _is(token: Token, words: frozenset[str]) -> bool:
    """The token is one of ``words``: by its lower-case form or lemma, or as written for an entry
    with a capital letter ("Sie")."""
    if token.kind != "word":
        return False
    return token.text in words or token.lower in words or token.lemma.casefold() in words


def _addressed(tokens: Sequence[Token], words: _Words) -> bool:
    """The sentence speaks to or of the reader: a reader word or a template variable."""
    return any(t.kind == "var" or _is(t, words.reader) for t in tokens)


def _clause(tokens: Sequence[Token], at: int) -> tuple[list[Token], list[Token]]:
    """The words before and after ``tokens[at]`` within its clause, nearest first."""
    before: list[Token] = []
    for token in reversed(tokens[:at]):
        if token.kind == "punct" and token.text in _CLAUSE_END:
            break
        if token.kind != "punct":
            before.append(token)
    after: list[Token] = []
    for token in tokens[at + 1 :]:
        if token.kind == "punct" and token.text in _CLAUSE_END:
            break
        if token.kind != "punct":
            after.append(token)
    return before, after


def loser(tokens: Sequence[Token], at: int, lang: str) -> str | None:
    """Who loses in the loss word ``tokens[at]``: :data:`READER`, :data:`SOMEONE_ELSE`, or None
    when nobody is named (then it reads as the reader's)."""
    words = _words(lang)
    before, after = _clause(tokens, at)
    if any(_is(t, words.belongings) for t in before[:_THING_REACH] + after[:_THING_REACH]):
        return SOMEONE_ELSE
    # someone who departs ("guests who leave") is the reader's loss; one who leaves a thing behind is not
    departs = _is(tokens[at], words.departure) and not any(_is(t, words.behind) for t in after[:2])
    if _sender_subject(before, words):
        return SOMEONE_ELSE
    for token in before[:_SUBJECT_REACH]:
        if token.kind == "var" or _is(token, words.reader):
            return READER
        if _is(token, words.others):
            # guests who depart, or students who lose interest beside "your completion rates"
            return None if departs or _addressed(tokens, words) else SOMEONE_ELSE
    if _made_good(tokens, words):
        return SOMEONE_ELSE
    inverted = bool(before) and _is(before[0], words.inverted_after)
    for index, token in enumerate(after[:_AGENT_REACH]):
        if _is(token, words.others) and (inverted or any(_is(t, words.agent_markers) for t in after[:index])):
            return None if _addressed(tokens, words) else SOMEONE_ELSE
    return None


def _sender_subject(before: Sequence[Token], words: _Words) -> bool:
    """The sender right before the loss word, past its auxiliaries: "we lost", "nous avons perdu"."""
    for token in before:
        if _is(token, words.auxiliaries):
            continue
        return _is(token, words.sender)
    return False


def _made_good(tokens: Sequence[Token], words: _Words) -> bool:
    """A phrase of ``recovered`` in the sentence: "won back", "zurückgewonnen"."""
    lowers = [t.lower for t in tokens if t.kind == "word"]
    return any(
        tuple(lowers[i : i + len(phrase)]) == phrase for phrase in words.recovered for i in range(len(lowers))
    )


def someone_elses_loss(tokens: Sequence[Token], text: str, lang: str) -> bool:
    """Every loss word of the sentence is someone else's (:func:`loser`), and the sentence carries
    no threat of its own: it speaks of a loss as a topic, not of the reader's loss."""
    words = _words(lang)
    places = [at for at, token in enumerate(tokens) if _is(token, words.loss_words)]
    if not places or any(loser(tokens, at, lang) != SOMEONE_ELSE for at in places):
        return False
    return not _THREAT.find("threat", tokens, text, lang)
