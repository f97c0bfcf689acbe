"""A finding of the sender's research, given to the reader or credited to the sender.

"We compared the delivery promises of 60 shops in your region: yours is 10 working days, against
an average of 4." The sender did the research, yet the sentence gives the reader something about
their company or market: value, before any later ask (FL201, FL202). "... the shops using our
software promise 4 days" or "Our clients cut theirs by 30%" after the same research credits the
sender's product or customers: a pitch, and nothing given.

A sentence reports research when the sender did a research act over a scope of things, or says
its own data is published ("Our autumn figures for {{ region }} are out", "Unsere Auswertung für
2025 ist fertig": a body of data is a scope of its own, and handing it over is research given,
not a claim about the sender - "Our new platform is out" names no data); its finding
follows a colon, a semicolon, a dash or a result link in it, a comma that closes an opening
frame ("In our survey of 210 clinics, the ones that ..."), or is the next sentence (a finding
often gets a paragraph of its own). The words are data (``rules/data/research-findings.yml``); read once per pair of
sentence contents.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal, Sequence

from .agency import agency_of
from .own_product import names_own_product
from .phrase_tables import PhraseTable
from .roles import SentenceRoles
from .tokens import tokenize

__all__ = ["FindingReading", "finding_reading", "findings_in"]

_TABLE = PhraseTable("research-findings.yml", ("research", "published", "scope", "result_link", "result", "credit"))
_SEPARATOR = re.compile(r"[:;]|\s[–—-]\s")
_COMMA = re.compile(r",\s")
#: the most words before a research phrase that opens a frame closed by a comma ("In our survey
#: of ...,", "Dans notre étude auprès de ...,"); at least one (the preposition) must stand there
_FRAME_LEAD = 2
_QUESTION_END = ("?", "？")

FindingReading = Literal["given", "credited", "withheld"]


def findings_in(body: Sequence[SentenceRoles]) -> dict[int, FindingReading]:
    """The ``index`` of every sentence of ``body`` that reports the sender's research or states its
    finding, with the reading: ``"given"`` (value for the reader), ``"credited"`` (a pitch for the
    sender's product or customers: no value) or ``"withheld"`` (research announced and an ask or
    nothing after it - "We compared 50 shops. Want to see where you rank? Book a demo": no value)."""
    found: dict[int, FindingReading] = {}
    for position, sentence in enumerate(body):
        after = body[position + 1] if position + 1 < len(body) else None
        asked = after is not None and (after.has("ask", "pushy", "pressure") or after.is_question)
        following = None if asked else after
        reading, uses_following = _reading(
            sentence.text, following.text if following is not None else None, sentence.lang, asked
        )
        if reading is None:
            continue
        if _sells_or_asks(sentence) and reading == "given":
            reading = "credited"
        found.setdefault(sentence.index, reading)
        if uses_following and following is not None:
            found[following.index] = reading
    return found


def finding_reading(text: str, following: str | None, lang: str, asked: bool = False) -> FindingReading | None:
    """The reading of one sentence ``text`` as research (see :func:`findings_in`), with the next
    sentence ``following`` (``None`` when there is none, or it asks), ``asked``
    when the next sentence of the email asks; roles are not consulted."""
    return _reading(text, following, lang, asked)[0]


@lru_cache(maxsize=4096)
def _reading(text: str, following: str | None, lang: str, asked: bool) -> tuple[FindingReading | None, bool]:
    """The reading, and whether the finding is ``following``."""
    tokens = tokenize(text, lang)
    published = _TABLE.find("published", tokens, text, lang)
    research = sorted(_TABLE.find("research", tokens, text, lang) + published, key=lambda m: m.start)
    if not research or not (published or _has_number(tokens) or _TABLE.find("scope", tokens, text, lang)):
        return None, False
    tail = _tail(text, lang, tokens, research[0].start, research[0].end)
    for finding, uses_following in ((tail, False), (following, True)):
        if finding is None or not finding.strip() or finding.rstrip(" )\"'»”’").endswith(_QUESTION_END):
            continue
        finding_tokens = tokenize(finding, lang)
        if not (_has_number(finding_tokens) or _TABLE.find("result", finding_tokens, finding, lang)):
            continue
        if _credits(text, lang) or _credits(finding, lang):
            return "credited", uses_following
        agency = agency_of(finding, lang, finding_tokens)
        if agency.sender and agency.sender_agent:  # we, our ... act; not "staff offered to carry bags"
            if uses_following:
                continue  # the sender's next move ("We made a tracker ..."), read on its own
            return "credited", False
        return "given", uses_following
    # no result stated: withheld when an ask follows, else left to the other readings
    return ("withheld" if asked else None), False


def _tail(text: str, lang: str, tokens, research_start: int, research_end: int) -> str | None:  # type: ignore[no-untyped-def]
    """What follows a separator (colon, semicolon, dash) or a result link after the research act,
    or the comma that closes a frame the research opens ("In our survey of 210 clinics, ...")."""
    separator = _SEPARATOR.search(text, research_end)
    links = [m for m in _TABLE.find("result_link", tokens, text, lang) if m.start >= research_end]
    cuts = [separator.end()] if separator else []
    cuts += [m.end for m in links]
    lead = [t for t in tokens if t.end <= research_start and t.kind == "word"]
    comma = _COMMA.search(text, research_end)
    if 1 <= len(lead) <= _FRAME_LEAD and comma is not None:  # a preposition first: a frame, not "We surveyed ..., and"
        cuts.append(comma.end())
    return text[min(cuts):] if cuts else None


def _has_number(tokens) -> bool:  # type: ignore[no-untyped-def]
    """A figure or a number word ("60", "4,1", "30%", "seven", "zwanzig")."""
    return any(t.kind == "num" for t in tokens)


def _credits(text: str, lang: str) -> bool:
    tokens = tokenize(text, lang)
    return bool(_TABLE.find("credit", tokens, text, lang)) or names_own_product(text, lang)


def _sells_or_asks(sentence: SentenceRoles) -> bool:
    """An ask, or a pitch by a cue or the structure (the classifier's word weights read "we" and
    a number as a pitch at times)."""
    return sentence.has("ask", "pushy", "pressure") or sentence.has_rule_evidence("pitch")
