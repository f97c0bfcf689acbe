"""Emails that are the same for everyone on purpose, which FL304 (name-only-personalization)
leaves alone: a booking or registration confirmation stating the event's details, a
value-first email handing over a resource in answer to what the reader asked for or did, and a
value-first email that hands the reader steps and sells and asks for nothing
(:func:`hands_over_steps`).

Read once per template from its neutral text and subject; the phrases are data
(``rules/data/name-only-context.yml``, whose header says what each group is for).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from .advice_context import gives_advice
from .email_roles import EmailRoles
from .phrase_tables import PhraseTable
from .tokens import Token, tokenize

__all__ = ["answers_a_request", "hands_over_steps", "says_confirmation", "same_on_purpose"]

_TABLE = PhraseTable("name-only-context.yml", ("confirmed", "booking", "confirms", "reminder", "starts", "registered_thanks", "upcoming", "request", "handover"))
_LANGS = frozenset({"en", "de", "fr", "es", "nl"})
#: a sentence: up to an end mark or a line break; a period after a digit ends none ("am 14. März")
_SENTENCE = re.compile(r"(?:[^.!?\n]|(?<=\d)\.)+[.!?]*")
#: a variable that holds a link: ``checklist_url``, ``vorlage_link``, ``enlace``, ``lien``
_LINK_VARIABLE = re.compile(r"(?:^|_)(?:url|uri|link|href|lien|enlace)$", re.IGNORECASE)


def _lang(locale: str | None) -> str:
    code = (locale or "en")[:2].lower()
    return code if code in _LANGS else "en"


def _sentences(text: str) -> list[str]:
    return [m.group(0).strip() for m in _SENTENCE.finditer(text) if m.group(0).strip()]


@lru_cache(maxsize=4096)
def _tokens(sentence: str, lang: str) -> tuple[Token, ...]:
    """A sentence's tokens, worked out once for every group that reads it."""
    return tuple(tokenize(sentence, lang))


def _has(group: str, sentence: str, lang: str) -> bool:
    return bool(_TABLE.find(group, _tokens(sentence, lang), sentence, lang))


@lru_cache(maxsize=1024)
def says_confirmation(text: str, subject: str, locale: str | None) -> bool:
    """The subject or a sentence of the body confirms a booking: a `confirmed` word beside a
    `booking` noun ("Your registration ... is confirmed"), a `confirms` phrase ("You're all
    set for ...", "Hiermit bestätigen wir ...", "Here is your ticket"), a `reminder` of when
    it `starts` ("Herinnering: de workshop begint morgen"), or thanks for registering in an
    email that speaks of the occasion as still to come (`registered_thanks`, `upcoming`)."""
    lang = _lang(locale)
    body = _sentences(text)
    if any(_has("registered_thanks", s, lang) for s in body) and any(_has("upcoming", s, lang) for s in body):
        return True  # "Thanks for registering for Thursday's webinar. Add it to your calendar"
    for sentence in _sentences(subject) + body:
        if _has("confirms", sentence, lang):
            return True
        if _has("confirmed", sentence, lang) and _has("booking", sentence, lang):
            return True
        if _has("reminder", sentence, lang) and _has("starts", sentence, lang):
            return True
    return False


@lru_cache(maxsize=1024)
def answers_a_request(text: str, locale: str | None, has_link: bool) -> bool:
    """The body hands over a resource (a `handover` phrase, a URL or a link variable) and says it
    answers the reader's own request or action (a `request` phrase: "You asked during the Q&A
    for ...", "Since you downloaded ...", "Como me pidió ...")."""
    lang = _lang(locale)
    sentences = _sentences(text)
    if not any(_has("request", s, lang) for s in sentences):
        return False
    return has_link or "http" in text or any(_has("handover", s, lang) for s in sentences)


def same_on_purpose(text: str, subject: str | None, locale: str | None, variables: Iterable[tuple[str, ...]]) -> bool:
    """Whether the email's sameness is its point: a confirmation, or a resource handed over in
    answer to the reader (see the module docs)."""
    if says_confirmation(text, subject or "", locale):
        return True
    has_link = any(path and _LINK_VARIABLE.search(path[-1]) for path in variables)
    return answers_a_request(text, locale, has_link)


#: sentence roles that sell or ask: an email with any of them is judged by FL304 as ever
_SELLING = frozenset({"pitch", "ask", "pushy", "pressure", "loss", "hype", "qualify", "closing"})
#: the segments of the message read for steps and for a sell
_MESSAGE = frozenset({"opener", "body", "call_to_action", "ps"})
#: steps, not one tip: at least this many sentences of advice (:func:`.advice_context.gives_advice`)
_MIN_STEPS = 2


def hands_over_steps(roles: EmailRoles) -> bool:
    """Whether the email hands the reader steps - two or more sentences of advice to the reader
    ("1. Add up last year's income ...", "2. Open a separate bank account ...") - and no sentence
    of it pitches, asks, pushes or hypes: advice for everyone in the reader's position, the same
    for all on purpose. A pitch or an ask after the steps makes it a sales email again."""
    message = [s for s in roles if s.segment in _MESSAGE]
    if any(s.roles & _SELLING for s in message):
        return False
    return sum(1 for s in message if gives_advice([s])) >= _MIN_STEPS
