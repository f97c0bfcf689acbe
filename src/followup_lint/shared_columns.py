"""Whether a column with one value for the whole list is shared by design, as the template uses it.

A column identical on every row is fake personalization when the email presents it as about
the reader ("{{ pain_point }} keeps coming up for your planners"), and is not when the list
shares it on purpose and the email presents it so: the logistics of the one event the list is
invited to ("We meet at {{ venue }}; doors open at {{ doors_open }}") or a code or price the
sentence itself gives to everyone ("the same spring code, {{ discount_code }}", "Für alle
Teilnehmer gilt der Sonderpreis von {{ sonderpreis }}"). FL304, FL322 and the score ask
:func:`shared_by_design` only about columns already found the same for all, so the reading runs
for a few variables per template at most.

Decided by what the variable names and how each sentence that shows it presents it, from
``rules/data/shared-columns.yml``. Every use must be shared:

* presented as the reader's - a possessive or "personal" word of the reader's language shortly
  before it ("your crew in {{ location }}", "Ihr persönlicher Rabattcode ... {{ code }}") - is
  never shared;
* an attribute of the account a filtered export has on every row (plan, tier, Tarif, région,
  nivel de socio, lidmaatschap: shared_names.py) is shared, even as the reader's ("your plan");
* a detail of the course, programme, certification, cohort or exam the list is enrolled in
  (``exam_window``, ``cohort_start``, ``Prüfungszeitraum``: shared_enrolment.py) is shared,
  even as the reader's ("your exam window");
* a name that is an event detail on its own (`event_details`: venue, doors, dress code, room,
  Einlass, salle, lugar, zaal) or the sender's event by name (`event_names`: show_name, Messe,
  nom_salon, nombre_evento, webinar_titel) is shared;
* a name that is one only beside an event (`event_context`: location, date, time, Uhrzeit,
  heure, hora, locatie) is shared when an event word is in the name (`event_location`) or
  before it in its sentence ("El taller empieza a las {{ hora_inicio }}"; not "... growing in
  {{ city }} ahead of our summit");
* any other name is shared when the words before it in its sentence give it to everyone
  (`common_markers`: "for all", "für alle", "pour tous", "para todos", "voor iedereen"; a
  group and a verb of receiving: "every pharmacy on our list gets"; "the same" before a code or
  a price: "denselben Code"; for a date, a word for a whole group opening its sentence: "All
  our contracts renew on {{ renewal_date }}"), or name it as the sender's own code or price ("Our early-bird
  rate", "Unser Aktionscode"); only the words after the previous variable count ("our price
  for {{ company }}: {{ offer_details }}" is tailored), or "for all" earlier in the sentence with
  no word of the reader's after it, or (a date, code or price) a neighbour sentence that gives
  it to everyone (shared_scope.py: "Die termijn geldt landelijk"); a date (`common_date_names`)
  on the start or end of a financial or calendar year (shared_dates.py: "1 April 2027" for a
  list of councils) is shared unless a word of the reader's is earlier in its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .resources import data_path, load_once, load_yaml
from .shared_enrolment import is_enrolment_detail, reader_said
from .shared_dates import is_year_boundary
from .shared_names import is_account_attribute, is_event_name
from .shared_scope import Neighbours, neighbours, points_back, says_it_applies_to_all
from .variable_kinds import name_words

_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _phrases(entries: Iterable[Any]) -> re.Pattern[str] | None:
    """Whole-word alternation; an entry with a capital ("Ihr") matches as written."""
    parts = []
    for entry in sorted({str(e).strip() for e in entries if str(e).strip()}, key=len, reverse=True):
        body = re.escape(entry).replace(r"\ ", r"\s+").replace("'", "['’]")
        parts.append(f"(?-i:{body})" if any(c.isupper() for c in entry) else body)
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)", re.I) if parts else None


@dataclass(frozen=True)
class _Tables:
    details: tuple[tuple[str, ...], ...]
    context: tuple[tuple[str, ...], ...]
    event_names: tuple[tuple[str, ...], ...]
    event_words: re.Pattern[str] | None
    common: re.Pattern[str] | None
    personal: dict[str, re.Pattern[str] | None]
    window: int
    sender: dict[str, frozenset[str]]
    offer_nouns: tuple[str, ...]
    group_words: frozenset[str]
    receiving: frozenset[str]
    same_words: frozenset[str]
    common_dates: tuple[tuple[str, ...], ...]


@load_once
def _tables() -> _Tables:
    """rules/data/shared-columns.yml, read and compiled once per process."""
    data = load_yaml(data_path("shared-columns.yml").read_text(encoding="utf-8")) or {}

    def names(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(dict.fromkeys(name_words(str(e)) for e in data.get(key) or () if name_words(str(e))))

    personal = {str(lang): _phrases(words or ()) for lang, words in (data.get("personal_words") or {}).items()}
    sender = {str(lang): frozenset(str(w).casefold() for w in words or ())
              for lang, words in (data.get("sender_possessives") or {}).items()}
    return _Tables(names("event_details"), names("event_context"), names("event_words"),
                   _phrases(data.get("event_words") or ()), _phrases(data.get("common_markers") or ()),
                   personal, int(data.get("personal_window") or 4), sender,
                   tuple(str(w).casefold() for w in data.get("offer_nouns") or ()),
                   *(frozenset(str(w).casefold() for w in data.get(key) or ())
                     for key in ("group_words", "receiving_verbs", "same_words")),
                   names("common_date_names"))


def _given_to_a_group(words: list[str], tables: _Tables) -> bool:
    """"every pharmacy on our list gets", "Alle Apotheken ... erhalten": a word for all of a
    group, then within five words a verb of receiving; or "the same" right before a code or a
    price ("denselben Code", "le même code")."""
    folded = [w.casefold() for w in words]
    for index, word in enumerate(folded):
        if word in tables.group_words and any(w in tables.receiving for w in folded[index + 1 : index + 6]):
            return True
        if word in tables.same_words and any(w.endswith(tables.offer_nouns) for w in folded[index + 1 : index + 3]):
            return True
    return False


def _for_all_earlier(before: str, common: re.Pattern[str] | None, personal: re.Pattern[str] | None) -> bool:
    """A "for all" marker anywhere earlier in the sentence, no word of the reader's after it."""
    last = None
    for last in common.finditer(before) if common is not None else ():
        pass
    return last is not None and not (personal is not None and personal.search(before[last.end():]))


def _for_all_around(around: Neighbours, tables: _Tables, personal: re.Pattern[str] | None,
                    kind_nouns: tuple[str, ...]) -> bool:
    """The sentence before addresses the whole group ("Even een herinnering voor alle gemeenten
    die we begeleiden."), or the one after says the value applies to all and points back at it
    ("Die termijn geldt landelijk")."""
    previous = around.previous
    if previous and not (personal is not None and personal.search(previous)) and (
            (tables.common is not None and tables.common.search(previous))
            or _given_to_a_group(_WORD.findall(previous), tables)):
        return True
    if around.rest and says_it_applies_to_all(around.rest):
        return True  # "... close on {{ deadline }} for every council in the country"
    following = around.following
    return bool(following) and says_it_applies_to_all(following) and points_back(following, kind_nouns)


def _senders_offer(words: list[str], possessives: frozenset[str], nouns: tuple[str, ...]) -> bool:
    """"Our early-bird rate", "Unser Aktionscode", "Notre code de printemps": the sender's
    possessive, then within three words a code or a price (a compound ending in one counts)."""
    folded = [w.casefold() for w in words]
    for index, word in enumerate(folded):
        if word in possessives and any(w.endswith(nouns) for w in folded[index + 1 : index + 4]):
            return True
    return False


def _names(words: tuple[str, ...], entries: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``words`` (a variable's name) contain an entry: its words in order, or a
    one-word entry as the end of a compound ("veranstaltungsort", "eventvenue")."""
    for entry in entries:
        size = len(entry)
        if any(words[i : i + size] == entry for i in range(len(words) - size + 1)):
            return True
        if size == 1 and any(len(w) > len(entry[0]) + 2 and w.endswith(entry[0]) for w in words):
            return True
    return False


def _sentence(text: str, start: int, end: int) -> tuple[str, str, Neighbours]:
    """(the sentence's words before ``start``, the whole sentence, the sentences next to it)
    around ``text[start:end]``."""
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        begin = match.end()
    after = _SENTENCE_END.search(text, end)
    stop = after.end() if after else len(text)
    return text[begin:start], text[begin:stop], neighbours(text, begin, stop, end)


def _uses(info: Any, path: tuple[str, ...]) -> list[tuple[str, str, Neighbours]]:
    """(near, before) for every place the template shows ``path``, subject line included:
    the words of its sentence before it, "near" starting after the last other variable there
    ("our price for {{ company }}: {{ offer_details }}" is tailored by the company)."""
    tags = {use.tag_index for use in info.variables if use.path == path}
    text = info.neutral_text
    stand_ins = info.stand_ins()
    found = []
    for a, b, tag in stand_ins:
        if tag in tags:
            before, _, around = _sentence(text, a, b)
            others = [e for s, e, t in stand_ins if t not in tags and a - len(before) <= s and e <= a]
            found.append((text[max(others):a] if others else before, before, around))
    subject = info.subject or ""
    if path and subject:
        for match in re.finditer(rf"\{{\{{-?\s*{re.escape('.'.join(path))}(?![\w.])[^}}]*\}}\}}", subject):
            found.append((subject[: match.start()], subject[: match.start()], Neighbours("", "")))
    return found


def shared_by_design(info: Any, path: tuple[str, ...], value: Any = None) -> bool:
    """Whether every use of ``path`` in the template shows a value the list shares on purpose
    (an event's logistics, a code or price given to everyone), not one about the reader.
    ``value``, the one the column holds, tells a date every organisation shares (a financial
    or calendar year's start or end) from one filled down."""
    uses = _uses(info, path)
    if not uses:
        return False
    if is_account_attribute(path):
        return True  # the plan, tier or region a filtered export has on every row: true of each reader
    if is_enrolment_detail(path):  # the course, cohort or exam window the list is enrolled in, "your" or not
        return not any(reader_said(near, info.locale) for near, _, _ in uses)  # not "the course you mentioned"
    tables = _tables()
    words = tuple(w for part in path for w in name_words(part))
    detail = _names(words, tables.details) or is_event_name(path)  # "show_name", "Messe", "nom_salon"
    context = not detail and _names(words, tables.context)
    event_in_name = context and _names(words, tables.event_names)
    common_date = _names(words, tables.common_dates)
    personal = tables.personal.get(info.locale) or tables.personal.get("en")
    kind_nouns = tuple(w for entry in tables.common_dates for w in entry) + tables.offer_nouns
    dated = common_date or any(w.endswith(tables.offer_nouns) for w in words)  # a date, a code, a price
    year_boundary = common_date and value is not None and is_year_boundary(value)
    for before, sentence_before, around in uses:
        # a detail of the event is the reader's only right after their word ("your venue, {{ venue }}")
        near = " ".join(_WORD.findall(before)[-(2 if detail else tables.window) :])
        if personal is not None and personal.search(near):
            return False  # "your crew in {{ location }}"
        if detail or (context and (event_in_name or (tables.event_words is not None
                                                      and tables.event_words.search(sentence_before)))):
            continue
        if tables.common is not None and tables.common.search(before):
            continue
        if _senders_offer(_WORD.findall(before)[-6:], tables.sender.get(info.locale, frozenset()), tables.offer_nouns):
            continue
        if _given_to_a_group(_WORD.findall(before), tables):
            continue
        if year_boundary and not (personal is not None and personal.search(sentence_before)):
            continue  # "{{ council }}'s licences renew on {{ renewal_date }}" = 1 April: the financial year
        if common_date and any(w.casefold() in tables.group_words for w in _WORD.findall(before)[:2]):
            continue  # "All our contracts renew on {{ renewal_date }}", "Tous les contrats ... le {{ date }}"
        if _for_all_earlier(sentence_before, tables.common, personal):
            continue  # "A note for all the councils we support, {{ company }} included: bids by {{ deadline }}"
        if dated and _for_all_around(around, tables, personal, kind_nouns):
            continue  # "... uiterlijk {{ indiendatum }}. Die termijn geldt landelijk."
        return False
    return True
