"""FL308 stale-time-reference: "yesterday", "last week" ... that the calendar contradicts.

Relative time phrases about the event or a meeting with the reader (their clause says so:
"thanks for joining yesterday", not "you posted 12 roles last month") are found once per
template in its neutral text and subject; each is
compared with the event date (the record's ``event_date`` role, or ``event_date:`` in the
front matter for everybody) and the campaign's send date (``--send-date``, default today).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

import yaml

from ..context import MessageContext, TemplateContext
from ..front_matter import load_front_matter
from ..model import Finding, Span, escape_braces
from ..column_names import fold_column
from ..recipients.event_date_columns import occasions_named
from ..rule import SKIP, MessageCheck

# ----------------------------------------------------------------------------- dates

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan januar janvier enero januari ene jän janv",
        "february feb februar février fevrier febrero februari févr fevr",
        "march mar märz maerz mars marzo maart mrt mär",
        "april apr avril abril avr abr",
        "may mai mayo mei may",
        "june jun juni juin junio",
        "july jul juli juillet julio juil",
        "august aug août aout agosto augustus ago",
        "september sep sept septembre septiembre set",
        "october oct oktober octobre octubre okt",
        "november nov novembre noviembre",
        "december dec dezember décembre decembre diciembre dez déc dic",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _number)

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])")
_YMD_SLASH = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)")
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?!\d)")
_MONTH_FIRST = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)")
_DAY_FIRST = re.compile(
    r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?([^\W\d_]{3,10})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)"
)
_MAX_DATE_TEXT = 80


def _make(year: int, month: int, day: int) -> datetime.date | None:
    if not 1900 <= year <= 2200:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def parse_event_date(raw: Any) -> datetime.date | None:
    """The calendar date in an event-date value, or None when it cannot be read.

    Reads ISO dates and datetimes ("2026-11-17", "2026-11-17T14:00:00Z", "2026-11-17 14:00",
    the date as written, no time-zone shift), US "11/17/2026" (day first when the first number
    is above 12), "17.11.2026", "Nov 17, 2026" and "17 November 2026" in English, German,
    French, Spanish and Dutch. Never raises.
    """
    if isinstance(raw, datetime.datetime):
        return raw.date()
    if isinstance(raw, datetime.date):
        return raw
    if not isinstance(raw, str):
        return None
    text = raw.strip()
    if not text or len(text) > _MAX_DATE_TEXT:
        return None
    match = _ISO.match(text) or _YMD_SLASH.match(text)
    if match:
        return _make(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _NUMERIC.match(text)
    if match:
        first, sep, second, year = int(match.group(1)), match.group(2), int(match.group(3)), int(match.group(4))
        if sep == "/" and first <= 12:
            return _make(year, first, second)  # US style: month/day/year
        return _make(year, second, first)  # 17.11.2026, 17-11-2026, 17/11/2026
    lowered = text.lower()
    for pattern, month_group, day_group in ((_MONTH_FIRST, 1, 2), (_DAY_FIRST, 2, 1)):
        for match in pattern.finditer(lowered):
            month = _MONTHS.get(match.group(month_group))
            if month is not None:
                return _make(int(match.group(3)), month, int(match.group(day_group)))
    return None


# ----------------------------------------------------------------------------- phrases

_PAST = frozenset({"yesterday", "two_days_ago", "earlier_this_week", "last_week", "last_month", "few_days_ago",
                   "last_weekday"})
_CATEGORIES = ("yesterday", "two_days_ago", "same_day", "today", "this_week", "earlier_this_week", "last_week",
               "last_month", "few_days_ago")
#: Phrases that may date a coming occasion: not judged in a clause with a `future_cues` word.
_MAYBE_LATER = frozenset({"on_weekday", "this_week", "today", "same_day"})
_WEEKDAY_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SENTENCE_END = re.compile(r"[.!?\n]")


@dataclass(frozen=True, slots=True)
class _Occurrence:
    """One relative time phrase in the template."""

    category: str
    text: str  # as written
    weekday: int | None  # 0 = Monday, for weekday phrases
    span: Span
    in_subject: bool
    pattern: re.Pattern[str]  # finds it in the rendered message


@dataclass(slots=True)
class _State:
    occurrences: list[_Occurrence]
    front_date: datetime.date | None
    send_date: datetime.date
    verdicts: dict[datetime.date, list[tuple[_Occurrence, str]]] = field(default_factory=dict)
    parsed: dict[str, datetime.date | None] = field(default_factory=dict)
    text: str = ""  # what the email says, folded: which occasions it speaks of
    other_occasion: dict[str, bool] = field(default_factory=dict)  # date column -> dates another occasion

    def dates_another_occasion(self, column: str) -> bool:
        """Whether a record's date ``column`` names a particular kind of occasion
        (``webinar_date``, ``date_atelier``) that the email never mentions."""
        known = self.other_occasion.get(column)
        if known is None:
            named = occasions_named(column)
            known = bool(named) and not any(word in self.text for word in named)
            if len(self.other_occasion) < 64:
                self.other_occasion[column] = known
        return known


def _phrase_pattern(phrase: str) -> str:
    return r"(?<!\w)" + re.escape(phrase).replace(r"\ ", r"\s+").replace("'", "['\u2019]") + r"(?!\w)"


def _applies(entry: str, locale: str) -> str | None:
    """"fr:hier" applies only to French templates ("hier" is "here" in German and Dutch)."""
    entry = str(entry).strip()
    if re.match(r"^[a-z]{2}:", entry):
        return entry[3:].strip() if entry[:2] == locale else None
    return entry


class _Finder:
    """Compiled phrase lists from the rule's data, for one locale."""

    def __init__(self, data: Mapping[str, Any], locale: str) -> None:
        phrases = data.get("phrases") or {}
        self.entries: list[tuple[re.Pattern[str], str, int | None]] = []  # (regex, category, weekday)
        for category in _CATEGORIES:
            for entry in phrases.get(category, ()) or ():
                phrase = _applies(entry, locale)
                if phrase:
                    self.entries.append((re.compile(_phrase_pattern(phrase), re.I), category, None))
        weekdays = data.get("weekdays") or {}
        for lang, names in weekdays.items():
            if not isinstance(names, list) or len(names) != 7:
                continue
            for form in (data.get("last_weekday") or {}).get(lang, ()) or ():
                for number, name in enumerate(names):
                    regex = re.compile(_phrase_pattern(str(form).replace("{day}", str(name))), re.I)
                    self.entries.append((regex, "last_weekday", number))
            for category in ("on_weekday", "of_weekday", "next_weekday"):
                for form in (data.get(category) or {}).get(lang, ()) or ():
                    for number, name in enumerate(names):
                        regex = re.compile(_phrase_pattern(str(form).replace("{day}", str(name))), re.I)
                        self.entries.append((regex, category, number))
        self.cue = _alternation(data.get("cues"), locale)
        self.past_cue = _alternation(data.get("past_cues"), locale)
        self.future = _alternation(data.get("future_cues"), locale)
        # same-day phrases that can only look back ("this morning", not "this afternoon")
        self.past_same_day = {" ".join(str(p).casefold().split()) for p in data.get("past_same_day", ()) or ()}
        direct = [str(c) for c in data.get("direct_cues", ()) or ()]
        self.direct = (re.compile("(?:" + "|".join(_phrase_pattern(c)[:-6] for c in direct) + r")\s*$", re.I)
                       if direct else None)

    def find(self, text: str) -> list[tuple[int, int, str, int | None]]:
        """(start, end, category, weekday) of each phrase about the event; longer phrases win overlaps."""
        text = text.replace("\u2019", "'")
        hits: list[tuple[int, int, str, int | None]] = []
        for regex, category, weekday in self.entries:
            for match in regex.finditer(text):
                if category != "next_weekday" and not self._cued(text, match.start(), match.end(), category):
                    continue
                hits.append((match.start(), match.end(), category, weekday))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        kept: list[tuple[int, int, str, int | None]] = []
        for hit in hits:
            if kept and hit[0] < kept[-1][1]:
                continue
            kept.append(hit)
        # a coming day is never judged: it only keeps the shorter phrases inside it out
        return [hit for hit in kept if hit[2] != "next_weekday"]

    def _cued(self, text: str, start: int, end: int, category: str) -> bool:
        """Whether the phrase dates the event or a meeting with the reader: its clause says so
        ("thanks for joining yesterday", "our call last month"), not "you posted 12 roles last
        month" or "book a call today"."""
        clause_start, clause_end = _clause(text, start, end)
        if self.direct is not None and self.direct.search(text, clause_start, start):
            return True  # "thanks for yesterday"
        clause = text[clause_start:clause_end]
        if category in _MAYBE_LATER and self.future is not None and self.future.search(clause):
            return False  # "join our next workshop on Tuesday": a coming occasion
        clause = _own_part(text, clause_start, clause_end, start, end)
        if self.cue is not None and self.cue.search(clause):
            return True
        past = category in _PAST or category in ("last_weekday", "of_weekday") or (
            category == "same_day" and " ".join(text[start:end].casefold().split()) in self.past_same_day)
        return past and self.past_cue is not None and self.past_cue.search(clause) is not None


def _alternation(entries: Any, locale: str) -> re.Pattern[str] | None:
    """One pattern for a cue list: entries for another locale ("es:taller") left out, and a "*"
    standing for any letters ("*webinar" is "Kundenwebinar" too)."""
    cues = [c for c in (_applies(e, locale) for e in entries or ()) if c]
    return re.compile("|".join(_cue_pattern(c) for c in cues), re.I) if cues else None


def _cue_pattern(cue: str) -> str:
    if "*" not in cue:
        return _phrase_pattern(cue)
    return r"(?<!\w)" + r"\w*".join(re.escape(part) for part in cue.split("*")) + r"(?!\w)"


# a clause ends at ; : a dash, or a comma before a conjunction or relative word
_CLAUSE_END = re.compile(
    r"[;:\u2014\u2013]|\s-\s|,\s+(?=(?:and|but|so|which|while|whereas|und|aber|sondern|et|mais|donc|y|pero|en|maar|dus)\b)",
    re.I,
)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence around ``text[start:end]``: (start, end) offsets."""
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        begin = match.end()
    stop_match = _SENTENCE_END.search(text, end)
    stop = stop_match.start() if stop_match else len(text)
    clause_begin, clause_end = begin, stop
    for match in _CLAUSE_END.finditer(text, begin, stop):
        if match.end() <= start:
            clause_begin = match.end()
        elif match.start() >= end:
            clause_end = match.start()
            break
    return clause_begin, clause_end


# a comma with a space after it parts a clause into pieces ("As we said in the session, | prices
# rose last month"); a number such as "1,200" keeps its comma
_PIECE_END = re.compile(r",\s")
#: words besides the time phrase that make its piece a statement of its own, not an aside
_OWN_STATEMENT_WORDS = 3


def _own_part(text: str, clause_start: int, clause_end: int, start: int, end: int) -> str:
    """The part of the clause whose cues date ``text[start:end]``: the comma-separated piece
    around it when that piece says something of its own ("As we discussed in the session,
    carrier tariffs went up last month": the tariffs, not the session, are dated), else the
    whole clause ("It was good to see you at the booth, last Tuesday")."""
    piece_start, piece_end = clause_start, clause_end
    for match in _PIECE_END.finditer(text, clause_start, clause_end):
        if match.end() <= start:
            piece_start = match.end()
        elif match.start() >= end:
            piece_end = match.start()
            break
    if (piece_start, piece_end) == (clause_start, clause_end):
        return text[clause_start:clause_end]
    others = len(re.findall(r"\w+", text[piece_start:start])) + len(re.findall(r"\w+", text[end:piece_end]))
    return text[piece_start:piece_end] if others >= _OWN_STATEMENT_WORDS else text[clause_start:clause_end]


def _front_matter_date(context: TemplateContext) -> datetime.date | None:
    source = context.info.source
    if not source.body_offset:
        return None
    value = source.front_matter.get("event_date", source.front_matter.get("event-date"))
    if value is None:
        # not (yet) a known front matter key: read it from the raw block
        block = source.text[: source.body_offset]
        lines = block.splitlines()
        if len(lines) < 2:
            return None
        try:
            data = load_front_matter("\n".join(lines[1:-1]))  # bounded, and parsed once per text
        except yaml.YAMLError:
            return None
        if not isinstance(data, dict):
            return None
        value = data.get("event_date", data.get("event-date"))
    return parse_event_date(value if not isinstance(value, (int, float)) else str(value))


# ----------------------------------------------------------------------------- verdicts


def _gap_words(event: datetime.date, send: datetime.date) -> str:
    gap = (send - event).days
    if gap == 0:
        relation = "the event is on the send date"
    elif gap > 0:
        relation = f"the event was {gap} day{'s' if gap != 1 else ''} before the send date"
    else:
        relation = f"the event is {-gap} day{'s' if gap != -1 else ''} after the send date"
    return f"{relation} ({event.isoformat()} vs send date {send.isoformat()})"


def _verdict(category: str, weekday: int | None, event: datetime.date, send: datetime.date) -> str | None:
    """Why the phrase does not fit, or None when it does."""
    gap = (send - event).days
    if category in _PAST and gap < 0:
        return "it speaks of the event in the past, but " + _gap_words(event, send)
    week_start = send - datetime.timedelta(days=send.weekday())
    if category == "yesterday":
        ok = gap == 1
    elif category == "two_days_ago":
        ok = gap == 2
    elif category == "this_week":
        ok = week_start <= event < week_start + datetime.timedelta(days=7)
    elif category in ("same_day", "today"):
        ok = gap == 0
    elif category == "earlier_this_week":
        ok = gap >= 1 and event >= week_start
    elif category == "last_week":
        ok = week_start - datetime.timedelta(days=7) <= event < week_start
        if not ok:
            last_monday = week_start - datetime.timedelta(days=7)
            last_sunday = week_start - datetime.timedelta(days=1)
            return (f"{_gap_words(event, send)}, not in the previous calendar week "
                    f"({last_monday.isoformat()} to {last_sunday.isoformat()})")
    elif category == "last_month":
        previous = (send.replace(day=1) - datetime.timedelta(days=1))
        ok = (event.year, event.month) == (previous.year, previous.month)
    elif category == "few_days_ago":
        ok = 2 <= gap <= 7
    elif category == "last_weekday":
        ok = event.weekday() == weekday and 1 <= gap <= 13
    elif category in ("on_weekday", "of_weekday"):
        ok = event.weekday() == weekday and -7 <= gap <= 7
    else:
        return None
    if ok:
        return None
    detail = _gap_words(event, send)
    if weekday is not None and event.weekday() != weekday:
        detail += f", and it falls on a {_WEEKDAY_EN[event.weekday()]}"
    return detail


class StaleTimeReference(MessageCheck):
    """FL308: "thanks for joining yesterday" when the event was last week (or is next week)."""

    def __init__(self, spec: Any) -> None:
        super().__init__(spec)
        self._finders: dict[str, _Finder] = {}

    record_memo = True

    def prepare(self, context: TemplateContext) -> Any:
        info = context.info
        finder = self._finders.get(info.locale)  # compiled once per locale for the whole run
        if finder is None:
            finder = self._finders[info.locale] = _Finder(self.data, info.locale)
        occurrences: list[_Occurrence] = []
        neutral = info.neutral_text
        for start, end, category, weekday in finder.find(neutral):
            written = neutral[start:end]
            occurrences.append(_Occurrence(category, written, weekday, info.neutral_span(start, end), False,
                                           re.compile(_phrase_pattern(written), re.I)))
        subject = info.subject or ""
        for start, end, category, weekday in finder.find(subject):
            written = subject[start:end]
            occurrences.append(_Occurrence(category, written, weekday, info.subject_span, True,
                                           re.compile(_phrase_pattern(written), re.I)))
        if not occurrences:
            return SKIP
        front_date = _front_matter_date(context)
        said = fold_column(neutral + " " + subject) if front_date is not None else ""
        return _State(occurrences, front_date, context.send_date, text=said)

    def check_template(self, template: TemplateContext, state: _State) -> Iterable[Finding]:
        if state.front_date is None:
            return
        for occurrence, problem in self._problems(state, state.front_date):
            yield self._finding(occurrence, problem, "front matter `event_date`")

    def check(self, message: MessageContext, state: _State) -> Iterable[Finding]:
        raw = message.recipient.value("event_date")
        if not raw:
            return
        if raw in state.parsed:
            event = state.parsed[raw]
        else:
            event = parse_event_date(raw)
            if len(state.parsed) < 4096:
                state.parsed[raw] = event
        if event is None or event == state.front_date:
            return  # unreadable, or already reported once for the whole template
        field_name = message.recipient.field_name("event_date") or "event_date"
        if state.front_date is not None and state.dates_another_occasion(field_name):
            return  # `webinar_date` in a list reused for an open-day email: the front matter dates this one
        problems = self._problems(state, event)
        if not problems:
            return
        for occurrence, problem in problems:
            where = (message.subject or "") if occurrence.in_subject else message.text
            if not occurrence.pattern.search(where.replace("\u2019", "'")):
                continue  # in a branch this recipient does not get
            yield self._finding(occurrence, problem, f"this recipient's {field_name!r}")

    def _problems(self, state: _State, event: datetime.date) -> list[tuple[_Occurrence, str]]:
        cached = state.verdicts.get(event)
        if cached is None:
            cached = []
            for occurrence in state.occurrences:
                problem = _verdict(occurrence.category, occurrence.weekday, event, state.send_date)
                if problem:
                    cached.append((occurrence, problem))
            if len(state.verdicts) < 4096:
                state.verdicts[event] = cached
        return cached

    def _finding(self, occurrence: _Occurrence, problem: str, source: str) -> Finding:
        where = " in the subject" if occurrence.in_subject else ""
        text = f"\"{occurrence.text}\"{where} does not fit {source}: {problem}"
        return Finding(escape_braces(text), span=occurrence.span)
