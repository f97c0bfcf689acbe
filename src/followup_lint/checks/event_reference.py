"""FL305: "our webinar", "the session", "our call" with nothing that says which one.

Runs once per template on the neutral text (what a reader sees, expressions replaced by
stand-ins), sentence by sentence as :func:`followup_lint.text.segment_email` splits the body.
A mention is generic when its sentence has none of: a template variable other than the
recipient's name or a link, a quoted title, a Capitalised Title (not in German, where every
noun is capitalised), a date or weekday, or an "on ..."/"about ..." complement naming the topic.
Only the first generic mention before the event has been named is reported: later ones are
back-references to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from ..context import TemplateContext
from ..model import Finding, escape_braces
from ..rule import RuleSpec, TemplateCheck
from ..templates import TemplateInfo
from ..variable_kinds import NAME_ROLES, is_plumbing_variable

# a variable whose name says it is the event ("webinar_title", "session", "topic")
_EVENT_VARIABLE = re.compile(
    r"title|webinar|event|session|topic|talk|course|workshop|meeting|demo|program|agenda|subject", re.I
)

_WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles miercoles jueves viernes sábado sabado domingo "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"
)
# English months are capitalised and count as a Title; "may" and "march" are also verbs
_MONTHS = (
    "januar februar märz maerz april mai juni juli august september oktober november dezember "
    "janvier février fevrier mars avril juin juillet août aout septembre octobre novembre décembre "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
    "januari februari maart mei augustus"
)
_DATE = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted(set((_WEEKDAYS + " " + _MONTHS).split()), key=len, reverse=True)) + r")(?!\w)"
    r"|\b\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\b"
    r"|\b\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:of\s+)?[A-Z][a-z]{2,}"
    r"|\b\d{1,2}(?:st|nd|rd|th)\b"
    r"|\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.|uhr|h)\b"
    r"|\b\d{1,2}[:h]\d{2}\b"
    r"|\b(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"(?<![\w])[\"“„«‘'‚]\s*[^\"“”„«»\n]{3,100}?\s*[\"”“»’'‘](?![\w])")
# "on retention", "about your Q3 hiring plan", "zum Thema ...", "sur la fidélisation", "sobre ..."
_COMPLEMENT = re.compile(
    r"^[\s,]*(?:[\w'’-]+\s+){0,3}?"
    r"(?:on|about|around|covering|regarding|re:|zum\s+thema|zu|über|ueber|sur|à\s+propos\s+d[eu']|"
    r"consacrée?\s+à|sobre|acerca\s+de|over)\s+"
    r"(?!(?:it|this|that|them|time|the\s+phone|zoom|teams|google\s+meet|webex|skype|last|next|this|"
    r"the\s+day|the\s+call|the\s+webinar|the\s+session|short\s+notice)\b)"
    r"[\w\"'“„«‘]",
    re.IGNORECASE,
)
# "book the call", "set up the demo": a meeting being proposed, not an event referred to
_PROPOSAL = re.compile(
    r"(?:book|schedule|set\s+up|arrange|plan|organi[sz]e|grab|hop\s+on|jump\s+on|join|reserve|"
    r"buchen|vereinbaren|planifier|réserver|reservar|agendar|plannen|inplannen)\s+(?:\w+\s+){0,1}$",
    re.IGNORECASE,
)
_NOT_A_TITLE = frozenset({"i", "i'm", "i'll", "i've", "i'd", "q&a", "ok", "okay", "ps", "p.s."})
_WORD = re.compile(r"[^\W\d_][\w'’&.-]*")


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int  # offsets in the sentence text
    end: int
    noun: str
    determiner: str


class GenericEventReference(TemplateCheck):
    """FL305: a sentence refers to "our webinar" without saying which one."""

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        # every language at once: a German sentence under an English "Hi" is still German
        nouns = _words(self.data.get("event_words"))
        dets = _words(self.data.get("determiners"))
        noun_alt = "|".join(_phrase(n) for n in sorted(nouns, key=len, reverse=True)) or "(?!)"
        glued = [d for d in dets if d.endswith("'")]  # "l'atelier"
        spaced = [d for d in dets if not d.endswith("'")]
        det_alt = "|".join(
            [_phrase(d) + r"\s+" for d in sorted(spaced, key=len, reverse=True)]
            + [_phrase(d) + r"\s*" for d in glued]
        ) or "(?!)"
        self._noun = re.compile(rf"(?<![\w'-])(?:{noun_alt})(?![\w-])", re.IGNORECASE)
        # the determiner, then at most two other words ("our recent live webinar")
        self._before = re.compile(
            rf"(?<![\w'])(?P<det>{det_alt})(?:(?!(?:{det_alt}))[\w'&-]+\s+){{0,2}}$", re.IGNORECASE
        )
        # determiners only German uses: a sentence with one capitalises every noun
        table = self.data.get("determiners")
        german = set(_words(table, only="de"))
        others = {w for code in (table or {}) if code != "de" for w in _words(table, only=code)}
        self._german = frozenset(german - others)

    def check(self, target: TemplateContext, state: Any) -> Iterable[Finding]:
        info = target.info
        if not info.neutral_text.strip() or not self._noun.search(info.neutral_text):
            return  # no event word at all: no need to segment
        segments = target.segments
        stand_ins = target.info.stand_ins()
        for sentence in segments.sentences:
            n_start, n_end = sentence.source_span()
            text = _mask(sentence.text, n_start, stand_ins)
            mentions = _mentions(text, self._noun, self._before)
            german = info.locale == "de" or any(m.determiner in self._german for m in mentions)
            specific = self._specific(target, text, n_start, n_end, german)
            if mentions and not specific:
                mention = mentions[0]
                shown = escape_braces(" ".join(sentence.text[mention.start : mention.end].split()))
                noun = escape_braces(" ".join(mention.noun.lower().split()))
                s, e = sentence.source_span(mention.start, mention.end)
                yield Finding(
                    f"\"{shown}\" does not say which {noun} this was; name it in "
                    "this sentence: its title, the day it ran or its topic",
                    span=info.neutral_span(s, max(e, s + 1)),
                )
                return
            if specific and (mentions or self._names_event(target, n_start, n_end)):
                return  # the event has been named: later mentions refer back to it

    def _specific(self, target: TemplateContext, text: str, n_start: int, n_end: int, german: bool) -> bool:
        if _variables_in(target, n_start, n_end, lambda path: _says_which(target, path)):
            return True
        if _QUOTED.search(text) or _DATE.search(text):
            return True
        return not german and _has_title(text)

    def _names_event(self, target: TemplateContext, n_start: int, n_end: int) -> bool:
        return bool(_variables_in(target, n_start, n_end, lambda path: bool(_EVENT_VARIABLE.search(path[-1]))))


def _words(table: Any, only: str | None = None) -> list[str]:
    """The words of a per-language table (all languages, or ``only`` one)."""
    if not isinstance(table, Mapping):
        return []
    words: list[str] = []
    for code, listed in table.items():
        if only is None or code == only:
            words.extend(str(w).casefold().replace("’", "'") for w in listed or ())
    return list(dict.fromkeys(words))


def _phrase(words: str) -> str:
    return r"\s+".join(re.escape(part) for part in words.replace("’", "'").split())


def _mentions(text: str, noun_pattern: re.Pattern[str], before_pattern: re.Pattern[str]) -> list[_Mention]:
    """Event words with a determiner in front and no topic complement after them."""
    folded = text.replace("’", "'")
    found: list[_Mention] = []
    for match in noun_pattern.finditer(folded):
        head = folded[: match.start()]
        det = before_pattern.search(head)
        if det is None:
            continue
        if _PROPOSAL.search(head[: det.start()]):
            continue  # "book the call": a meeting being proposed
        if _COMPLEMENT.match(folded[match.end() :]):
            continue  # "our call about your Q3 hiring plan"
        found.append(_Mention(det.start(), match.end(), match.group(0), det.group("det").strip().casefold()))
    return found


def _mask(text: str, offset: int, stand_ins: list[tuple[int, int, int]]) -> str:
    """``text`` (starting at neutral ``offset``) with stand-ins replaced by lower-case x's."""
    chars = list(text)
    for start, end, _ in stand_ins:
        for pos in range(max(start, offset), min(end, offset + len(text))):
            chars[pos - offset] = "x" if chars[pos - offset].isalnum() else chars[pos - offset]
    return "".join(chars)


def _variables_in(target: TemplateContext, n_start: int, n_end: int, wanted: Any) -> bool:
    info: TemplateInfo = target.info
    src_start = info.source_offset(n_start)
    src_end = info.source_offset(max(n_end - 1, n_start)) + 1
    for use in info.variables:
        tag = info.tags[use.tag_index]
        if tag.start < src_end and tag.end > src_start and wanted(use.path):
            return True
    return False


def _says_which(target: TemplateContext, path: tuple[str, ...]) -> bool:
    """A variable that can say which event: not the recipient's name, not a link or id."""
    role = target.role_of(path)
    return role not in NAME_ROLES and role != "email" and not is_plumbing_variable(path)


def _has_title(text: str) -> bool:
    """A Capitalised word that is not the first word of the sentence: "Retention Metrics 101"."""
    words = list(_WORD.finditer(text))
    for match in words[1:]:
        word = match.group(0).rstrip(".'’")
        if not word[:1].isupper() or word.casefold() in _NOT_A_TITLE:
            continue
        # a word right after a sentence-internal stop or colon starts a new clause
        if text[: match.start()].rstrip().endswith((":", ";", "!", "?", "—", "–")):
            continue
        return True
    return False


