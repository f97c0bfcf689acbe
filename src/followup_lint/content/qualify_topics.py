"""Qualification read by the topics a question asks about, not by its wording.

A qualification question asks the reader to size the deal for the sender: how many users or
sellers (``size``), the money set aside (``budget``), who approves or signs (``decide``), when they
mean to buy or go live (``timeline``). Polite frames hide the shape from cue phrases - "could you
tell me roughly how many drivers would use it, whether there's money earmarked for this and who
would need to give the green light?" - and so do lists of short questions. What stays is the
bundle: a question (or a polite request for answers, ``frame``) that asks about two topics at
once, or about one for a sale's purpose ("so I can put a proposal together"), or a run of listed
questions that together ask about two. A closing question is read the same way: a signature or
a contract asked for against a concession by the sender or a date ("if we took the setup fee
off, could you sign before the holidays?"). One topic alone, asked out of interest, is not enough;
a question about how the reader works has none. The word classes are data
(``rules/data/qualify-topics.yml``), matched on lemmas in five languages.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator, Sequence

from .phrase_tables import PhraseTable
from .roles import SentenceRoles
from .tokens import tokenize

__all__ = ["TOPICS", "guess_has_topic", "qualifying_questions", "topics_of"]

#: The topics a qualification question asks about, in the order a finding names them.
TOPICS = ("size", "budget", "decide", "timeline")
_TABLE = PhraseTable("qualify-topics.yml", ("frame", "purpose", "closing", "purchase_decision", "concession", "deadline", "past", *TOPICS))


@lru_cache(maxsize=4096)
def topics_of(text: str, lang: str) -> tuple[frozenset[str], bool, bool]:
    """The topics ``text`` asks about, whether it names a sale's purpose (a proposal, a quote), and
    whether it is a polite request for answers ("could you tell me")."""
    tokens = tokenize(text, lang)
    found = frozenset(topic for topic in TOPICS if _TABLE.find(topic, tokens, text, lang))
    if "timeline" in found and _TABLE.find("past", tokens, text, lang):
        found -= {"timeline"}  # "When did you switch to electric vans?" asks what happened
    purpose = bool(_TABLE.find("purpose", tokens, text, lang))
    frame = bool(_TABLE.find("frame", tokens, text, lang))
    return found, purpose, frame


def _asks(sentence: SentenceRoles) -> bool:
    return sentence.is_question or topics_of(sentence.text, sentence.lang)[2]


def _runs(sentences: Sequence[SentenceRoles]) -> Iterator[tuple[SentenceRoles | None, list[SentenceRoles]]]:
    """Runs of consecutive questions, each with the sentence before it (its lead-in)."""
    run: list[SentenceRoles] = []
    before: SentenceRoles | None = None
    previous: SentenceRoles | None = None
    for sentence in sentences:
        if _asks(sentence):
            if not run:
                before = previous
            run.append(sentence)
        elif run:
            yield before, run
            run = []
        previous = sentence
    if run:
        yield before, run


def qualifying_questions(sentences: Sequence[SentenceRoles]) -> list[tuple[SentenceRoles, str]]:
    """The questions among ``sentences`` (the message, in reading order) that qualify by their
    topics, each with a short description of why: two topics in one question or one run of listed
    questions, or one topic with a sale's purpose in the question or its lead-in."""
    found: list[tuple[SentenceRoles, str]] = []
    for sentence in sentences:
        if sentence.is_question and _closes(sentence):
            found.append((sentence, "a closing question: a signature or contract against a concession or a date"))
    closing = {s.index for s, _ in found}
    for lead_in, run in _runs([s for s in sentences if s.index not in closing]):
        purpose = any(topics_of(s.text, s.lang)[1] for s in ([lead_in] if lead_in is not None else []) + run)
        union: set[str] = set()
        first: SentenceRoles | None = None
        for sentence in run:
            topics = topics_of(sentence.text, sentence.lang)[0]
            if topics and (len(topics) > 1 or purpose):
                found.append((sentence, _describe(topics, purpose)))
                break
            if topics and first is None:
                first = sentence
            union |= topics
        else:
            if first is not None and len(union) > 1:
                found.append((first, _describe(union, False) + " in the listed questions"))
    return found


def _closes(sentence: SentenceRoles) -> bool:
    """A signature, a contract or going ahead asked for against a concession by the sender or by
    a date: "If we took the setup fee off, could you sign before the holidays?"."""
    tokens = tokenize(sentence.text, sentence.lang)

    def has(group: str) -> bool:
        return bool(_TABLE.find(group, tokens, sentence.text, sentence.lang))

    return has("closing") and (has("concession") or has("deadline"))


def guess_has_topic(sentence: SentenceRoles) -> bool:
    """Whether a ``qualify`` role that only the classifier gave is borne out by a topic: budget,
    an approver or a buying timeline, the deal's size for a proposal, a closing question's words
    (signing, the contract, going ahead) or a purchase to approve or decide. A question that counts
    something about the reader's work ("wie viele Fahrer nutzen sie schon?") qualifies no one on
    the classifier's word weights alone. Cue or structure evidence always stands."""
    if sentence.has_rule_evidence("qualify"):
        return True
    topics, purpose, _frame = topics_of(sentence.text, sentence.lang)
    if topics - {"size"} or (topics and purpose):
        return True
    tokens = tokenize(sentence.text, sentence.lang)
    return any(_TABLE.find(group, tokens, sentence.text, sentence.lang) for group in ("closing", "purchase_decision"))


def _describe(topics: frozenset[str] | set[str], purpose: bool) -> str:
    named = " and ".join(t for t in TOPICS if t in topics)
    return f"asks about {named}" + (" for a proposal or quote" if purpose else "")
