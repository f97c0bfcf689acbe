"""Whether a column names a detail of what the list is enrolled in (shared_columns.py's helper).

People enrolled in one course, programme, certification, cohort or exam share its name, its exam
window and its start date in every row of the list on purpose: ``certification``,
``exam_window``, ``cohort_start``, ``Prüfungszeitraum``, ``periode_examen``, ``convocatoria``,
``startdatum_opleiding``. Like a webinar's title or an event's venue they describe the sender's
offering, so one value for all is no fake personalization, also after "your" ("your exam window
opens on ..."). Read from ``enrolment_nouns`` and ``enrolment_details`` in
``rules/data/shared-columns.yml``; every word of the name must be one of them (``exam_score``,
``course_goal``, ``Prüfungsergebnis`` stay judged: they are about the reader), and a course the
sentence says the reader told the sender about ("the programme you mentioned, {{ programme }}",
``enrolment_reader_said``) is theirs, so filled down it is fake.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .resources import data_path, load_once, load_yaml
from .variable_kinds import name_words

__all__ = ["is_enrolment_detail", "reader_said"]


@dataclass(frozen=True)
class _Words:
    nouns: frozenset[str]
    details: frozenset[str]
    fillers: frozenset[str]
    stems: tuple[str, ...]  # nouns long enough to open a compound ("kurs" in "kursbeginn"), longest first
    said: dict[str, re.Pattern[str]]  # "you mentioned", "Sie erwähnten", "que me comentó", per language


@load_once
def _words() -> _Words:
    data = load_yaml(data_path("shared-columns.yml").read_text(encoding="utf-8")) or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(w for e in data.get(key) or () for w in name_words(str(e)))

    nouns = words("enrolment_nouns")
    said = {str(lang): re.compile(r"(?<!\w)(?:" + "|".join(
        re.escape(str(p)).replace(r"\ ", r"\s+").replace("'", "['’]")
        for p in sorted(phrases, key=len, reverse=True)) + r")(?!\w)", re.I)
        for lang, phrases in (data.get("enrolment_reader_said") or {}).items() if phrases}
    return _Words(nouns, words("enrolment_details"), words("name_fillers"),
                  tuple(sorted((n for n in nouns if len(n) >= 4), key=len, reverse=True)), said)


def reader_said(text: str, locale: str | None) -> bool:
    """Whether ``text`` (the sentence before a course column) says the reader told the sender
    about it: "the programme you mentioned on our call", "den Sie erwähnten"."""
    said = _words().said
    pattern = said.get(locale or "en") or said.get("en")
    return pattern is not None and pattern.search(text) is not None


def _compound(word: str, table: _Words) -> bool:
    """"kursbeginn", "prüfungszeitraum", "examenperiode": a noun, a linking "s", then a detail."""
    for stem in table.stems:
        if word.startswith(stem) and len(word) > len(stem) + 2:
            rest = word[len(stem):]
            if rest in table.details or (rest.startswith("s") and rest[1:] in table.details):
                return True
    return False


@lru_cache(maxsize=4096)
def is_enrolment_detail(path: tuple[str, ...]) -> bool:
    """``certification``, ``exam_window``, ``cohort_start``, ``Kursbeginn``: the name, dates or
    place of the course, programme, cohort or exam the list is enrolled in."""
    if not path:
        return False
    table = _words()
    core = [w for w in name_words(path[-1]) if w not in table.fillers]
    if not core:
        return False
    has_noun = False
    for word in core:
        if word in table.nouns or _compound(word, table):
            has_noun = True
        elif word not in table.details:
            return False
    return has_noun
