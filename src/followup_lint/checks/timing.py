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
from .event_date_values import parse_event_date
from .event_noun_dates import clause_names_occasion, column_noun, words_of
from ..rule import SKIP, MessageCheck
from .time_clauses import ClauseScope, alternation as _alternation, applies as _applies, clause as _clause, \
    own_span as _own_span, phrase_pattern as _phrase_pattern

# ----------------------------------------------------------------------------- phrases

_PAST = frozenset({"yesterday", "two_days_ago", "earlier_this_week", "last_week", "last_month", "few_days_ago",
                   "last_weekday"})
_CATEGORIES = ("yesterday", "two_days_ago", "same_day", "today", "this_week", "earlier_this_week", "last_week",
               "last_month", "few_days_ago")
#: Phrases that may date a coming occasion: not judged in a clause with a `future_cues` word.
_MAYBE_LATER = frozenset({"on_weekday", "this_week", "today", "same_day"})
_WEEKDAY_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class _Occurrence:
    """One relative time phrase in the template."""

    category: str
    text: str  # as written
    weekday: int | None  # 0 = Monday, for weekday phrases
    span: Span
    in_subject: bool
    pattern: re.Pattern[str]  # finds it in the rendered message
    cued: bool = True  # its clause is about the event; else only a column named after what it names dates it
    clause: tuple[str, ...] = ()  # the words of its own clause, for the column named after its occasion


@dataclass(slots=True)
class _State:
    occurrences: list[_Occurrence]
    front_date: datetime.date | None
    send_date: datetime.date
    verdicts: dict[datetime.date, list[tuple[_Occurrence, str]]] = field(default_factory=dict)
    parsed: dict[str, datetime.date | None] = field(default_factory=dict)
    text: str = ""  # what the email says, folded: which occasions it speaks of
    other_occasion: dict[str, bool] = field(default_factory=dict)  # date column -> dates another occasion
    named: list[_Occurrence] = field(default_factory=list)  # every phrase, cued or not, with its clause
    columns: dict[tuple[str, ...], tuple[tuple[_Occurrence, str], ...]] = field(default_factory=dict)

    def named_columns(self, keys: tuple[str, ...]) -> tuple[tuple[_Occurrence, str], ...]:
        """Each phrase whose clause names the occasion a date column of ``keys`` is named after
        (``tasting_date`` for "yesterday's tasting"), with that column; the longest noun wins."""
        found = self.columns.get(keys)
        if found is None:
            nouns = [(key, noun) for key in keys if "." not in key and (noun := column_noun(key))]
            pairs = []
            for occurrence in self.named if nouns else ():
                fitting = [(len("".join(noun)), key) for key, noun in nouns if clause_names_occasion(occurrence.clause, noun)]
                if fitting:
                    pairs.append((occurrence, max(fitting)[1]))
            found = tuple(pairs)
            if len(self.columns) < 256:
                self.columns[keys] = found
        return found

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
        self.scope = ClauseScope(data, locale, (self.cue, self.past_cue))
        # same-day phrases that can only look back ("this morning", not "this afternoon")
        self.past_same_day = {" ".join(str(p).casefold().split()) for p in data.get("past_same_day", ()) or ()}
        direct = [str(c) for c in data.get("direct_cues", ()) or ()]
        self.direct = (re.compile("(?:" + "|".join(_phrase_pattern(c)[:-6] for c in direct) + r")\s*$", re.I)
                       if direct else None)

    def find(self, text: str) -> list[tuple[int, int, str, int | None, bool]]:
        """(start, end, category, weekday, cued) of each phrase about the event (cued) and of
        each past phrase whose clause names no event word (not cued: it dates the occasion
        its clause names when a date column is named after it, event_noun_dates.py); longer
        phrases win overlaps."""
        text = text.replace("\u2019", "'")
        hits: list[tuple[int, int, str, int | None]] = []
        others: list[tuple[int, int, str, int | None]] = []
        for regex, category, weekday in self.entries:
            for match in regex.finditer(text):
                start, end = match.start(), match.end()
                if category == "next_weekday" or self._cued(text, start, end, category):
                    hits.append((start, end, category, weekday))
                elif self._looks_back(text, start, end, category):
                    others.append((start, end, category, weekday))
        kept = _longest(hits)
        extra = [hit for hit in _longest(others) if not any(hit[0] < k[1] and k[0] < hit[1] for k in kept)]
        # a coming day is never judged: it only keeps the shorter phrases inside it out
        found = [(*hit, True) for hit in kept if hit[2] != "next_weekday"] + [(*hit, False) for hit in extra]
        return sorted(found, key=lambda hit: hit[0])

    def _past(self, text: str, start: int, end: int, category: str) -> bool:
        return category in _PAST or category in ("last_weekday", "of_weekday") or (
            category == "same_day" and " ".join(text[start:end].casefold().split()) in self.past_same_day)

    def _looks_back(self, text: str, start: int, end: int, category: str) -> bool:
        """A past phrase outside a clause about a coming occasion."""
        if not self._past(text, start, end, category):
            return False
        clause_start, clause_end = _clause(text, start, end)
        return self.future is None or not self.future.search(text, clause_start, clause_end)

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
        part_start, part_end = _own_span(text, clause_start, clause_end, start, end)
        clause = text[slice(*self.scope.inner_clause(text, part_start, part_end, start, end))]
        if self.cue is not None and self.cue.search(clause):
            return True
        return self._past(text, start, end, category) and self.past_cue is not None and self.past_cue.search(clause) is not None


def _longest(hits: list[tuple[int, int, str, int | None]]) -> list[tuple[int, int, str, int | None]]:
    """The hits left when a longer phrase wins over those overlapping it."""
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    kept: list[tuple[int, int, str, int | None]] = []
    for hit in hits:
        if not kept or hit[0] >= kept[-1][1]:
            kept.append(hit)
    return kept


def _clause_words(finder: _Finder, text: str, start: int, end: int) -> tuple[str, ...]:
    """The words of the clause part that dates ``text[start:end]`` (see _own_span and
    ClauseScope.inner_clause in time_clauses.py)."""
    text = text.replace("\u2019", "'")
    clause_start, clause_end = _clause(text, start, end)
    part_start, part_end = _own_span(text, clause_start, clause_end, start, end)
    return words_of(text[slice(*finder.scope.inner_clause(text, part_start, part_end, start, end))])


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
        # the most recent such weekday, or that weekday in the previous calendar week
        previous_week = week_start - datetime.timedelta(days=7) <= event < week_start
        ok = event.weekday() == weekday and (1 <= gap <= 7 or previous_week)
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
        named: list[_Occurrence] = []
        neutral = info.neutral_text
        subject = info.subject or ""
        for text, in_subject in ((neutral, False), (subject, True)):
            for start, end, category, weekday, cued in finder.find(text):
                written = text[start:end]
                span = info.subject_span if in_subject else info.neutral_span(start, end)
                named.append(_Occurrence(category, written, weekday, span, in_subject,
                                         re.compile(_phrase_pattern(written), re.I), cued,
                                         _clause_words(finder, text, start, end)))
        if not named:
            return SKIP
        front_date = _front_matter_date(context)
        said = fold_column(neutral + " " + subject) if front_date is not None else ""
        return _State([o for o in named if o.cued], front_date, context.send_date, text=said, named=named)

    def check_template(self, template: TemplateContext, state: _State) -> Iterable[Finding]:
        if state.front_date is None:
            return
        for occurrence, problem in self._problems(state, state.front_date):
            yield self._finding(occurrence, problem, "front matter `event_date`")

    def check(self, message: MessageContext, state: _State) -> Iterable[Finding]:
        recipient = message.recipient
        by_column = state.named_columns(recipient.field_keys())
        for occurrence, column in by_column:  # "yesterday's tasting" dated by `tasting_date`
            event = self._date(state, recipient.data.get(column))
            if event is None or (occurrence.cued and event == state.front_date):
                continue
            problem = _verdict(occurrence.category, occurrence.weekday, event, state.send_date)
            if problem and self._sent(message, occurrence):
                yield self._finding(occurrence, problem, f"this recipient's {column!r}")
        if not state.occurrences:
            return
        event = self._date(state, recipient.value("event_date"))
        if event is None or event == state.front_date:
            return  # unreadable, or already reported once for the whole template
        field_name = message.recipient.field_name("event_date") or "event_date"
        if state.front_date is not None and state.dates_another_occasion(field_name):
            return  # `webinar_date` in a list reused for an open-day email: the front matter dates this one
        dated = {occurrence for occurrence, _ in by_column}
        for occurrence, problem in self._problems(state, event):
            if occurrence not in dated and self._sent(message, occurrence):
                yield self._finding(occurrence, problem, f"this recipient's {field_name!r}")

    @staticmethod
    def _sent(message: MessageContext, occurrence: _Occurrence) -> bool:
        """Whether this recipient gets the phrase (not in a branch they do not get)."""
        where = (message.subject or "") if occurrence.in_subject else message.text
        return occurrence.pattern.search(where.replace("\u2019", "'")) is not None

    @staticmethod
    def _date(state: _State, raw: Any) -> datetime.date | None:
        """The date in a record's value, parsed once per distinct value."""
        if not raw:
            return None
        if not isinstance(raw, str):
            raw = str(raw)
        if raw in state.parsed:
            return state.parsed[raw]
        event = parse_event_date(raw)
        if len(state.parsed) < 4096:
            state.parsed[raw] = event
        return event

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
