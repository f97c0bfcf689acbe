"""The title of what the reader watched, read as the event itself.

"Thanks for watching “Cold Chain Visibility in 2027”", "Merci d'avoir regardé « Audit transport
2027 »", "Bedankt dat je {{ titel }} hebt bekeken": the occasion is not named by a word for an
event (webinar, session) but by its title, in quotation marks or in a variable that holds a
title (``title``, ``talk_title``, ``titre``, ``thema``; not a company's or a person's name), or by
two or more capitalised words right after the verb ("watching Cold Chain Visibility in 2027"). Such a
title within two words of a verb for watching, before or after it (German and Dutch put the
verb last), fills the occasion slot of the attendance readings (attendance_phrases.py), as a
variable naming the event does. The verbs and the words of a title variable's name are data:
``rules/data/watched-titles.yml``. A title after "reading" or "downloading" is no event, and a
recording or a replay stays out by the readings' own ``unless`` words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Sequence

from ..resources import data_path, load_yaml

__all__ = ["is_watching", "title_variable", "watched_titles"]

_QUOTED = re.compile(r"“[^”\n]{2,80}”|„[^“”\n]{2,80}[“”]|«[^»\n]{2,80}»|\"[^\"\n]{2,80}\"|‘[^’\n]{2,80}’")
_WORD = re.compile(r"[^\W\d_]+")
#: two or more capitalised words (small linking words between them allowed): "Cold Chain Visibility in 2027"
_CAPITALISED = re.compile(r"[ \t]+((?:[A-Z][\w'’&-]*|\d+)(?:[ \t]+(?:(?:of|in|and|for|the|to|at|on|de|la|le|les|des|du|del|el|los|las|y|et|en|van|het|een|voor|und|der|die|das|im|zur|zum|für)[ \t]+)?(?:[A-Z][\w'’&-]*|\d+))+)")
_NAME_WORDS = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class _Table:
    verbs: frozenset[str]
    title_words: frozenset[str]
    not_title: frozenset[str]
    window: int


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _all(raw: object) -> frozenset[str]:
    lists = raw.values() if isinstance(raw, dict) else [raw or ()]
    return frozenset(_plain(str(w)) for words in lists for w in (words or ()))


@cache
def _table() -> _Table:
    raw = load_yaml(data_path("watched-titles.yml").read_text(encoding="utf-8")) or {}
    return _Table(_all(raw.get("verbs")), _all(raw.get("title_words")), _all(raw.get("not_title_words")),
                  int(raw.get("window", 2)))


@lru_cache(maxsize=1024)
def title_variable(path: tuple[str, ...]) -> bool:
    """``talk_title``, ``webinar.titre``, ``thema``: a variable that holds a title (not
    ``company_name`` or ``job_title``)."""
    table = _table()
    words = {w for part in path for w in _NAME_WORDS.findall(_plain(re.sub(r"(?<=[a-z])(?=[A-Z])", "_", part)))}
    return bool(words & table.title_words) and not words & table.not_title


def watched_titles(text: str, variables: Sequence[tuple[int, int]] = ()) -> tuple[tuple[int, int], ...]:
    """Spans of ``text`` (title variables given as spans, and quoted stretches) that stand within
    the window of a verb for watching: what the reader watched."""
    return _watched(text, tuple(variables))


@lru_cache(maxsize=4096)
def _watched(text: str, variables: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    table = _table()
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    verbs = [(s, e) for s, e in words if _plain(text[s:e]) in table.verbs]
    if not verbs:
        return ()
    spans = list(variables) + [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    for _, v_end in verbs:  # a title written in capitals right after the verb: "watching Cold Chain 2027"
        match = _CAPITALISED.match(text, v_end)
        if match is not None:
            spans.append((match.start(1), match.end(1)))
    found = []
    for start, end in spans:
        for v_start, v_end in verbs:
            if v_end <= start:
                between = sum(1 for s, e in words if v_end <= s and e <= start)
            elif end <= v_start:
                between = sum(1 for s, e in words if end <= s and e <= v_start)
            else:
                continue
            if between <= table.window:
                found.append((start, end))
                break
    return tuple(found)


def is_watching(text: str) -> bool:
    """Whether ``text`` ("angesehen", "hebt bekeken") holds a verb for watching: thanks for
    looking at something is thanks for another action, unless what was watched is a title."""
    return any(_plain(word) in _table().verbs for word in _WORD.findall(text))
