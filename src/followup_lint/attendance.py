"""Did this recipient attend? Read from the attendance columns of webinar and event exports.

Exports say it in many ways: Zoom's ``Attended`` = "Yes", an ``attendee_status`` of
"Registered - did not attend", Eventbrite's ``Checked In``, a ``No Show`` flag, ON24's
``Live Minutes`` = 0. The columns and values are data (``rules/data/attendance.yml``,
documented in docs/attendance.md). A record may have several such columns; they are combined:

* any column that says the person was there wins over "registered" (they registered, then came);
* count columns are read as one: a positive count in any of them (ON24's ``Archive Minutes``
  beside ``Live Minutes`` = 0, on-demand views beside a HubSpot attended count of 0) is someone
  who watched; 0 in every one is a no-show;
* a column that says they were there and one that says they missed it contradict each other:
  the answer is "unknown" and nothing is reported;
* otherwise a "missed" answer (no-show, absent, ``Attended`` = "No", 0 minutes) decides, then
  "registered only" or "invited only" (a Marketo member still "Invited", a Salesforce member
  "Sent"); empty columns and values the table does not know say nothing;
* a ticket and nothing more (Eventbrite's "Attending" in ``Attendee Status``; Salesforce's
  "Responded") is left open: in a column that marks other people attended it means "did not
  come", else it says nothing (decided for the whole list by attendance_scan.py).
* the arrival columns of in-person visits (a sign-in or check-in time, a badge handed out:
  attendance_arrival.py) hold a time for who came; an empty cell there, like an empty count, is
  a no-show only where others in the column hold a time (attendance_scan.py).

With ``[tool.followup-lint.fields] attendance = [...]`` (or ``attended = ...``) only the
configured columns are read, in that order. Values are judged once per distinct value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Iterable, Mapping


from .attendance_arrival import is_arrival_column, looks_like_a_time
from .attendance_compound import compound_answer, starts_as_status, status_parts
from .attendance_counts import LIVE, REPLAY, column_words, is_blank_count, is_count_column, leading_ratio, viewing_mode
from .attendance_qualifiers import ends_as_flag, qualified, starts_as_flag
from .column_names import fold_column
from .recipients import Recipient, lookup
from .resources import data_path, load_yaml

FLAG, INVERTED, STATUS, COUNT = "flag", "inverted_flag", "status", "count"
#: the time a visitor signed or checked in, or a badge handed out (attendance_arrival.py)
ARRIVAL = "arrival"
#: the kinds whose empty cell is a no-show where others in the column hold a value (attendance_scan.py)
BLANK_KINDS = (COUNT, ARRIVAL)
ATTENDED, MISSED, REGISTERED, UNKNOWN = "attended", "missed", "registered_only", "unknown"
#: never registered or admitted (invited, sent, not in program): read like REGISTERED
INVITED = "invited_only"
#: the answers that mean "not there" unless another column says they came
_SHORT_OF_ATTENDING = (REGISTERED, INVITED)
#: holds a ticket (Eventbrite's "Attending"): a no-show only where the same column checks others in
TICKET = "ticket"
_MEMO = "followup_lint.attendance"


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: a cache key
class AttendanceTable:
    """Column names (folded) by kind, and value words (folded) by answer."""

    columns: Mapping[str, str]  # folded column name -> kind
    values: Mapping[str, str]  # folded value -> answer
    endings: tuple[tuple[str, str], ...] = ()  # folded name ending -> kind ("...attendancestatus")
    step_words: tuple[tuple[str, ...], frozenset[str]] = ((), frozenset())
    """Words around a status that say nothing of it: a channel named first ("Webinar - No Show"),
    and a success mark last ("4 - Attended - Success"); a step number first is dropped too."""
    starts: tuple[str, ...] = ()
    """Folded starts of a status column's name with a qualifier after ("Teilnahmestatus Veranstaltung")."""
    not_status: frozenset[str] = frozenset()
    """Words of such a name that make it about something else ("Attendance Status Last Updated")."""
    bare_flags: frozenset[str] = frozenset()
    """Parts of a compound status that say nothing by themselves ("Registered - No")."""

    def kind_of(self, folded: str) -> str | None:
        """The kind of a column by its folded name: listed, or by how it ends
        ("Webinar attendance status", "Roadshow Attendee Status")."""
        kind = self.columns.get(folded)
        if kind is None:
            kind = next((k for ending, k in self.endings if folded.endswith(ending) and folded != ending), None)
        return kind


@dataclass(frozen=True, slots=True)
class Attendance:
    """A recipient's attendance: ``attended`` True / False / None, and the column that said so.
    ``ticket``: nothing more than a ticket is known (Eventbrite's "Attending", ``attended`` None);
    what that means depends on the whole column (attendance_scan.py)."""

    attended: bool | None
    field: str | None = None
    ticket: bool = False
    blank: bool = False
    """``blank``: nothing is known but an empty count cell (``field``); what that means depends on
    the whole column: a no-show where others in it hold a count (attendance_scan.py)."""
    replay_only: bool = False
    """``replay_only``: attended by an on-demand count ("Archive Minutes" 41) while every live
    count is 0 ("Live Minutes" 0) and no other column says they were there: they watched the
    recording, not the live event."""


_VALUE_SEPARATORS = re.compile(r"[\s\-_–—:/|,.()\[\]]+")


def fold_value(value: str) -> str:
    """``"Registered - did not attend"`` -> ``"registered did not attend"``."""
    return " ".join(_VALUE_SEPARATORS.sub(" ", value.casefold().replace("’", "'")).split())


@cache
def attendance_table() -> AttendanceTable:
    """The built-in table (``rules/data/attendance.yml``), loaded once."""
    raw = load_yaml(data_path("attendance.yml").read_text(encoding="utf-8")) or {}
    return table_from_mapping(raw)


def table_from_mapping(raw: Mapping[str, Any]) -> AttendanceTable:
    columns: dict[str, str] = {}
    for kind in (FLAG, INVERTED, STATUS, COUNT):
        for name in (raw.get("columns") or {}).get(kind) or ():
            columns.setdefault(fold_column(str(name)), kind)
    values: dict[str, str] = {}
    for answer in (ATTENDED, MISSED, REGISTERED, INVITED, TICKET, UNKNOWN):
        for word in (raw.get("values") or {}).get(answer) or ():
            values.setdefault(fold_value(str(word)), answer)
    endings = tuple((fold_column(str(ending)), STATUS) for ending in raw.get("status_endings") or ())
    endings += tuple((fold_column(str(ending)), COUNT) for ending in raw.get("count_endings") or ())
    steps = raw.get("status_steps") or {}
    channels = tuple(sorted({fold_value(str(w)) for w in steps.get("channels") or ()}, key=len, reverse=True))
    marks = frozenset(fold_value(str(w)) for w in steps.get("success_marks") or ())
    compounds = raw.get("status_compounds") or {}
    return AttendanceTable(
        columns, values, endings, (channels, marks),
        starts=tuple(fold_column(str(w)) for w in compounds.get("column_starts") or ()),
        not_status=frozenset(fold_column(str(w)) for w in compounds.get("column_not") or ()),
        bare_flags=frozenset(fold_value(str(w)) for w in compounds.get("bare_flags") or ()),
    )


def value_answer(raw: Any, kind: str = FLAG, table: AttendanceTable | None = None) -> str | None:
    """What one column's value says: "attended", "missed", "registered_only", "invited_only",
    "ticket" (a status column's "Attending" or "Responded"), or None."""
    if raw is None or isinstance(raw, (list, dict)) or (isinstance(raw, float) and raw != raw):
        return None  # nothing, or a float NaN: a missing number (``DataFrame.to_dict``)
    if isinstance(raw, bool):
        answer = ATTENDED if raw else MISSED
    elif isinstance(raw, (int, float)):
        answer = ATTENDED if raw > 0 else MISSED
    else:
        answer = _text_answer(str(raw), kind, table or attendance_table())
    if answer is not None and kind == INVERTED:
        return {ATTENDED: MISSED, MISSED: ATTENDED}.get(answer)
    return answer


@lru_cache(maxsize=4096)
def _text_answer(text: str, kind: str, table: AttendanceTable) -> str | None:
    folded = fold_value(text)
    if not folded:
        return None
    if kind == COUNT:
        ratio = leading_ratio(text)  # "0 of 3" sessions, "2 sur 3"
        if ratio is not None:
            return ATTENDED if ratio > 0 else MISSED
        number = folded.replace(" ", "")
        try:
            return ATTENDED if float(number.replace(",", ".")) > 0 else MISSED
        except ValueError:
            pass  # "00:42:10" and other durations
        digits = [d for d in re.findall(r"\d+", folded)]
        if digits:
            return ATTENDED if any(int(d) for d in digits) else MISSED
        return None
    answer = table.values.get(folded)
    if answer is None and kind == ARRIVAL:
        return ATTENDED if looks_like_a_time(text) else None  # "2027-01-21 09:52": signed in then
    if answer == TICKET and kind != STATUS:
        return None  # "Attending" is a ticket only in a status column
    if answer is None and ">" in folded:  # a progression status: Marketo's "Webinar -> No Show"
        answer = table.values.get(folded.rsplit(">", 1)[1].strip())
    if answer is None and kind == STATUS:
        answer = table.values.get(_bare_step(folded, table))
    if answer is None and kind == STATUS:  # "Registered - did not attend", "Inscrit - absent"
        answer = compound_answer((_part_answer(part, table) for part in status_parts(text)),
                                 ATTENDED, MISSED, _SHORT_OF_ATTENDING)
    return answer if answer != UNKNOWN else None


def _part_answer(part: str, table: AttendanceTable) -> str | None:
    """What one part of a compound status says (a bare yes/no says nothing there)."""
    folded = fold_value(part)
    if not folded or folded in table.bare_flags:
        return None
    answer = table.values.get(folded) or table.values.get(_bare_step(folded, table))
    return answer if answer not in (UNKNOWN, TICKET) else None


def _bare_step(folded: str, table: AttendanceTable) -> str:
    """A status without its step number, channel and success mark: "4 attended success" ->
    "attended", "webinar invited" -> "invited" ("" when nothing is left)."""
    channels, marks = table.step_words
    words = folded.split()
    while words and words[0].isdigit():
        words.pop(0)
    while words and words[-1] in marks:
        words.pop()
    rest = " ".join(words)
    for channel in channels:
        if rest.startswith(channel + " "):
            return rest[len(channel) + 1:]
    return rest if rest != folded else ""


def attendance_columns(keys: Iterable[str], custom: tuple[str, ...] = (),
                       table: AttendanceTable | None = None) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The attendance columns among a record's keys, as (path, kind), in key order. With
    ``custom`` columns (the configuration) only those, in the configured order."""
    table = table or attendance_table()
    keys = list(keys)
    if custom:
        found = []
        for column in custom:
            if column in keys:
                path = _path(column)
                kind = _kind(path[-1], table) or STATUS
                found.append((path, kind))
        return tuple(found)
    found = []
    for key in keys:
        path = _path(key)
        kind = _kind(path[-1], table)
        if kind is not None:
            found.append((path, kind))
    return tuple(found)


def _path(key: str) -> tuple[str, ...]:
    """A nested record's dotted key as a path (``contact.attended``); a label with a dot in it is
    one column ("Teilnahmedauer (Min.)", "Avg. Time in Session")."""
    parts = tuple(key.split("."))
    if len(parts) > 1 and all(part and part == part.strip() and any(ch.isalnum() for ch in part) for part in parts):
        return parts
    return (key,)


def _kind(name: str, table: AttendanceTable) -> str | None:
    """A column's kind: listed in the table, else a count by the words of its name
    ("Zoom Webinar Attendance Count", "Teilnahmedauer (Min.)"; attendance_counts.py)."""
    folded = fold_column(name)
    kind = table.kind_of(folded)
    if kind is None and table.starts and starts_as_status(folded, column_words(name), table.starts, table.not_status):
        kind = STATUS  # "Attendance Status (Event)", "Teilnahmestatus Veranstaltung"
    if kind is None and is_count_column(name):
        kind = COUNT
    return kind or _qualified_kind(name, table)


def _qualified_kind(name: str, table: AttendanceTable) -> str | None:
    """The kind of a name with a tool or a unit beside it ("Attended (Zoom)", "GoTo Attended?",
    "Duration (Minutes)"), or of an occasion's attended flag ("Tour Attended";
    attendance_qualifiers.py)."""
    plain = qualified(name)
    if plain is not None and plain.tool:
        words = plain.words
        kind = table.kind_of(plain.folded)
        if kind is None and table.starts and starts_as_status(plain.folded, words, table.starts, table.not_status):
            kind = STATUS
        if kind is None and is_count_column(" ".join(words)):
            kind = COUNT
        if kind is not None:
            return kind
    if plain is not None and plain.duration_only:
        return COUNT  # "Duration (Minutes)", "Zoom: Duration", "Duur (minuten)"
    if ends_as_flag(name) or starts_as_flag(name):
        return FLAG  # "Tour Attended", "Aanwezig bedrijfsbezoek"
    return ARRIVAL if is_arrival_column(name) else None  # "Envoy Signed In", "Heure d'arrivée"


def _one_count(answers: Iterable[tuple[str | None, str, str]]) -> list[tuple[str | None, str]]:
    """The count columns read as one ("Live Minutes" 0 and "Archive Minutes" 34 is someone who
    watched): the first positive count, else the first zero; other columns as they are."""
    out: list[tuple[str | None, str]] = []
    counts: list[tuple[str | None, str]] = []
    for answer, column, kind in answers:
        (counts if kind == COUNT else out).append((answer, column))
    positive = next((pair for pair in counts if pair[0] == ATTENDED), None)
    zero = next((pair for pair in counts if pair[0] == MISSED), None)
    if positive is not None or zero is not None:
        out.append(positive or zero)  # type: ignore[arg-type]
    return out


def _replay_only(result: Attendance, answers: list[tuple[str | None, str, str]]) -> Attendance:
    """``result`` marked ``replay_only`` when the only counts that say "attended" are on-demand
    ones and the live ones say 0 (or are empty)."""
    live = [answer for answer, column, kind in answers if kind == COUNT and viewing_mode(column.rsplit(".", 1)[-1]) == LIVE]
    if not live or ATTENDED in live or not any(answer == MISSED for answer in live):
        return result
    if any(answer == ATTENDED and kind != COUNT for answer, _, kind in answers):
        return result  # "Attended Live" = Yes, a status "Attended": there live
    replay = next((column for answer, column, kind in answers if kind == COUNT and answer == ATTENDED
                   and viewing_mode(column.rsplit(".", 1)[-1]) == REPLAY), None)
    if replay is None:
        return result
    live_column = next(column for answer, column, kind in answers
                       if kind == COUNT and answer == MISSED and viewing_mode(column.rsplit(".", 1)[-1]) == LIVE)
    return Attendance(True, live_column, replay_only=True)


def combine(answers: Iterable[tuple[str | None, str]]) -> Attendance:
    """One verdict from several columns' (answer, column) pairs (rules in the module docs)."""
    first: dict[str, str] = {}
    for answer, column in answers:
        if answer is not None:
            first.setdefault(answer, column)
    if ATTENDED in first and MISSED in first:
        return Attendance(None)  # the columns contradict each other
    if ATTENDED in first:
        return Attendance(True, first[ATTENDED])
    if MISSED in first:
        return Attendance(False, first[MISSED])
    short = next((answer for answer in first if answer in _SHORT_OF_ATTENDING), None)
    if short is not None:  # the first column, in key order, that stops short of attending
        return Attendance(False, first[short])
    if TICKET in first:
        return Attendance(None, first[TICKET], ticket=True)
    return Attendance(None)


_COLUMN_CACHE: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[tuple[tuple[str, ...], str], ...]] = {}


def attendance_of(recipient: Recipient) -> Attendance:
    """The recipient's attendance, worked out once per record (``recipient.memo``)."""
    memo = recipient.memo.get(_MEMO)
    if memo is not None:
        return memo
    data = recipient.data
    field_map = recipient.field_map
    custom = field_map.custom_columns("attendance") + field_map.custom_columns("attended")
    keys = recipient.field_keys()
    cache_key = (keys, custom)
    columns = _COLUMN_CACHE.get(cache_key)
    if columns is None:
        columns = attendance_columns(keys, custom)
        if len(_COLUMN_CACHE) < 256:
            _COLUMN_CACHE[cache_key] = columns
    values = [(lookup(data, path), path, kind) for path, kind in columns]
    answers = [(value_answer(value, kind), ".".join(path), kind) for value, path, kind in values]
    result = combine(_one_count(answers))
    if result.attended:
        result = _replay_only(result, answers)
    if result.attended is None and not result.ticket and not any(answer for answer, _, _ in answers):
        blank = next((".".join(path) for value, path, kind in values if kind in BLANK_KINDS and is_blank_count(value)),
                     None)
        if blank is not None:  # only an empty count: read from the whole column (attendance_scan.py)
            result = Attendance(None, blank, blank=True)
    recipient.memo[_MEMO] = result
    return result
