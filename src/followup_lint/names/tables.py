"""The name-frequency tables (rules/data/names/), loaded once per process."""

from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final, Literal

from followup_lint.resources import data_path

from .normal import name_key, normalize


#: Smoothing weight (ppm) for a word absent from a list: the lists keep every given name the
#: census recorded (>= 5 ppm) and every surname >= 10 ppm, so an absent word is rarer than that.
_EPS: Final = 5.0
#: Evidence (log-odds) at or beyond which a single word speaks clearly for one role.
STRONG_EVIDENCE: Final = 2.3

ORIGIN_NAMES: Final = {
    "zh": "Chinese", "ko": "Korean", "ja": "Japanese", "vi": "Vietnamese",
    "me": "Middle Eastern", "sa": "South Asian", "eu": "European", "af": "African",
    "en": "English",
}
#: Origins whose native order puts the family name first.
FAMILY_FIRST_ORIGINS: Final = frozenset({"zh", "ko", "ja", "vi"})


@dataclass(frozen=True, slots=True)
class NameInfo:
    """What the tables know about one word."""

    given: float
    """Weight as a given name: parts per million of people (census scale)."""
    family: float
    """Weight as a family name: parts per million of people (census scale)."""
    origins: frozenset[str]
    """Curated-list tags such as ``"vi.f"`` (Vietnamese family name) or ``"zh.g"``."""

    @property
    def evidence(self) -> float:
        """Log-odds that the word is a given name rather than a family name."""
        return math.log((self.given + _EPS) / (self.family + _EPS))

    def origin_of(self, role: Literal["g", "f"]) -> frozenset[str]:
        """Origin codes (``"vi"``, ``"zh"``...) for which the word is listed in this role."""
        return frozenset(o[:-2] for o in self.origins if o.endswith("." + role))


class NameKnowledge:
    """The loaded tables. Obtain the shared instance through :func:`name_knowledge`."""

    __slots__ = ("_rows", "_nicknames", "_formals", "load_seconds", "_info_cache")

    def __init__(
        self,
        rows: dict[str, tuple[int, int, str]],
        nicknames: dict[str, frozenset[str]],
        load_seconds: float = 0.0,
    ) -> None:
        self._rows = rows
        self._nicknames = nicknames
        formals: dict[str, set[str]] = {}
        for formal, nicks in nicknames.items():
            for nick in nicks:
                formals.setdefault(nick, set()).add(formal)
        self._formals = {k: frozenset(v) for k, v in formals.items()}
        self.load_seconds = load_seconds
        self._info_cache: dict[str, NameInfo | None] = {}

    def __len__(self) -> int:
        return len(self._rows)

    def info(self, key: str) -> NameInfo | None:
        """Table entry for an already computed :func:`name_key`, or None."""
        try:
            return self._info_cache[key]
        except KeyError:
            pass
        row = self._rows.get(key)
        found = None
        if row is not None:
            origins = frozenset(row[2].split(",")) if row[2] else frozenset()
            found = NameInfo(float(row[0]), float(row[1]), origins)
        if len(self._info_cache) < 200_000:
            self._info_cache[key] = found
        return found

    def nicknames_of(self, key: str) -> frozenset[str]:
        """Nickname keys of a formal-name key."""
        return self._nicknames.get(key, frozenset())

    def formals_of(self, key: str) -> frozenset[str]:
        """Formal-name keys that have this nickname key."""
        return self._formals.get(key, frozenset())


def _read_table(filename: str) -> list[list[str]]:
    text = data_path("names", filename).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and line[0] != "#"]


@cache
def name_knowledge() -> NameKnowledge:
    """Load ``rules/data/names/*.tsv`` once per process and return the shared tables."""
    start = time.perf_counter()
    rows = {
        parts[0]: (int(parts[1]), int(parts[2]), parts[3] if len(parts) > 3 else "")
        for parts in _read_table("names.tsv")
    }
    nicknames = {
        parts[0]: frozenset(parts[1].split()) for parts in _read_table("nicknames.tsv")
    }
    return NameKnowledge(rows, nicknames, time.perf_counter() - start)


def name_info(word: str) -> NameInfo | None:
    """Table entry for one name word (any case, accents or apostrophes), or None if unknown."""
    key = name_key(word)
    return name_knowledge().info(key) if key else None


def given_weight(word: str) -> float:
    """How common ``word`` is as a given name (ppm of people); 0.0 when unknown."""
    info = name_info(word)
    return info.given if info else 0.0


def family_weight(word: str) -> float:
    """How common ``word`` is as a family name (ppm of people); 0.0 when unknown."""
    info = name_info(word)
    return info.family if info else 0.0


# family-name endings that are safe evidence for an otherwise unknown word (min length 6)
_FAMILY_ENDINGS: Final = (
    "zadeh", "pour", "nejad", "opoulos", "poulos", "akis", "escu", "eanu", "enko",
    "shvili", "oglu", "ovic", "evic", "wicz", "owski", "ewski", "inski", "ynski",
    "owska", "ewska", "inska", "ynska", "dze", "chuk", "czuk", "sson", "ssen",
)
_ARTICLE_PREFIXES: Final = ("al-", "el-", "ul-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-")


def name_role_evidence(word: str) -> float:
    """Log-odds that ``word`` is used as a given name rather than a family name.

    Positive: given-name-like; negative: family-name-like; 0.0: unknown or balanced.
    Hyphenated words are judged by their known parts; an Arabic article prefix (al-, el-)
    and a few unmistakable family-name endings (-zadeh, -opoulos, -escu, -wicz...) count as
    moderate family-name evidence for words the tables do not know.
    """
    return _name_role_evidence(word) if isinstance(word, str) else 0.0


@lru_cache(maxsize=65536)
def _name_role_evidence(word: str) -> float:
    norm = normalize(word).strip(".,;:()\"")
    if not norm:
        return 0.0
    knowledge = name_knowledge()
    key = name_key(norm)
    info = knowledge.info(key) if key else None
    if info is not None:
        return info.evidence
    if norm.startswith(_ARTICLE_PREFIXES) and len(norm) > 4:
        return -2.0
    if norm.startswith("o'") and len(norm) > 3:
        return -1.5  # O'Something: Irish family name
    if "-" in norm or "'" in norm:
        scores = []
        for part in re.split(r"[-']", norm):
            part_info = knowledge.info(name_key(part)) if len(part) > 1 else None
            if part_info is not None and part_info.evidence:
                scores.append(part_info.evidence)
        if scores and (max(scores) <= 0 or min(scores) >= 0):
            return sum(scores) / len(scores)  # Mary-Jane, Smith-Jones
        return 0.0
    if len(norm) >= 5 and norm.startswith("mc"):
        return -1.5
    if len(key) >= 6 and key.endswith(_FAMILY_ENDINGS):
        return -1.5
    return 0.0


