"""Whether a follow-up brings the reader something new, read from its sentence roles.

FL204 asks this of a follow-up that uses a bump phrase ("just checking in", "a gentle nudge").
A sentence brings something new when its roles say so (``value``: a resource, an answer, an
insight; ``personal``: something about this reader), or when it carries a concrete detail: it
has none of the roles that make a sentence about the sender or the nudge itself (bump, ask,
pitch, pressure, filler ...) and says at least a few things in words that routine follow-ups do
not use ("let me know what you think", "happy to answer questions" say nothing new; "if someone
else at {{ company }} looks after fuel cards, point me their way" does). In the sentence that
carries the bump phrase only what follows a colon or a dash after it counts ("Gentle nudge:
the template now has a renewal tab"). Everything is read on the template's neutral text, once
per template.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from .email_roles import EmailRoles
from .roles import SentenceRoles, assign_roles
from .tokens import function_words, tokenize

__all__ = ["NOT_NEW_ROLES", "brings_something_new", "new_content_words"]

#: Roles that make a sentence about the nudge, the sender or the sale, not news for the reader.
NOT_NEW_ROLES = (
    "bump", "filler", "ask", "pushy", "pitch", "pressure", "loss", "hype", "qualify",
    "flattery", "familiarity", "attendance",
)
_CLAUSE_BREAK = re.compile(r"\s*(?::|\s[-–—]\s|[–—])\s*")


def new_content_words(text: str, lang: str, routine: frozenset[str]) -> list[str]:
    """The words of ``text`` that say something: not function words, not the routine words of
    follow-ups (``routine``, lower-case words or lemmas), not numbers or variables alone."""
    common = function_words(lang)
    found: list[str] = []
    for token in tokenize(text, lang):
        if token.kind != "word" or len(token.lower) < 3:
            continue
        if token.lower in common or token.lower in routine or token.lemma in routine:
            continue
        if token.lemma not in found:
            found.append(token.lemma)
    return found


def _after_trigger(text: str, end: int) -> str:
    """What follows the first colon or dash after the bump phrase ending at ``end``, or ''
    ("Bumping this up, with a correction: the onboarding takes three weeks")."""
    match = _CLAUSE_BREAK.search(text, end)
    return "" if match is None else text[match.end() :]


Finder = Callable[[str], list[tuple[int, int, str]]]


def brings_something_new(
    roles: EmailRoles,
    triggers: Finder,
    routine: frozenset[str],
    min_words: int,
    referral: Finder | None = None,
) -> SentenceRoles | None:
    """The first sentence of the message (body, call to action, P.S.) that brings the reader
    something new, or None. ``triggers`` finds the bump phrases in a sentence; ``referral``
    finds a question for the right person ("if someone else looks after X, point me their
    way"), which gives the follow-up a purpose of its own even when it reads as an ask."""
    for sentence in roles.body_sentences:
        if referral is not None and referral(sentence.text):
            return sentence
        found = triggers(sentence.text)
        end = max((e for _, e, _ in found), default=0)
        end = max([end] + [e.end for e in sentence.evidence_for("bump") if e.source == "cue"])
        if end:
            clause = _after_trigger(sentence.text, end)
            if clause and _is_new(assign_roles(clause, sentence.lang), clause, routine, min_words, triggers):
                return sentence
            continue
        if _is_new(sentence, sentence.text, routine, min_words, triggers):
            return sentence
    return None


def _is_new(
    sentence: SentenceRoles, text: str, routine: frozenset[str], min_words: int,
    triggers: Finder,
) -> bool:
    if sentence.has(*NOT_NEW_ROLES) or triggers(text):
        return False
    if sentence.has("value", "personal"):
        return True
    return len(new_content_words(text, sentence.lang, routine)) >= min_words


def routine_words(words: Iterable[str]) -> frozenset[str]:
    """Routine follow-up words from a rule's data (lines of space-separated words), lower-cased."""
    return frozenset(word.lower() for line in words for word in str(line).split())
