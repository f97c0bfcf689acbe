"""Full-name parsing on nameparser.parse(), cached by value."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from .normal import name_key
from .tables import (
    FAMILY_FIRST_ORIGINS,
    STRONG_EVIDENCE,
    name_info,
    name_role_evidence,
)
from .tokens import _SAINT_TITLES


@dataclass(frozen=True, slots=True)
class ParsedFullName:
    """A full-name string split into its parts (all strings; empty when absent)."""

    original: str
    honorific: str
    given: str
    middle: str
    family: str
    """Whole family name, particles included ("van Beethoven", "de la Cruz Hernández")."""
    suffix: str
    nickname: str = ""
    family_particles: str = ""
    family_base: str = ""
    """The family name without its leading particles ("Beethoven")."""
    ambiguous: bool = False
    """True when the parser had to guess (a mononym, "Van Morrison"-type particle or given,
    a family-first order read from name frequencies)."""
    order: Literal["given-first", "family-first"] = "given-first"
    """"family-first" when the string was read as family name first ("Nguyen Van Anh")."""

    @property
    def is_empty(self) -> bool:
        return not (self.given or self.family)


_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


@cache
def _parsers() -> tuple[object, object]:
    import warnings

    import nameparser  # imported lazily: ~50 ms, only needed for full-name fields
    from nameparser import locales

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cjk = nameparser.parser_for(locales.ZH)
    return nameparser.parse, cjk.parse


def parse_full_name(full: str) -> ParsedFullName:
    """Split a full-name string ("Dr. Ludwig van Beethoven Jr.", "Behnia, Parissa",
    "王伟") into honorific, given, middle, family (with particles) and suffix.

    Built on ``nameparser.parse()`` (Chinese/Korean segmentation for CJK strings), cached
    by value. Never raises on string input; a value with no name content comes back empty.
    Use it only when structured first/last fields do not already answer the question.
    """
    if not isinstance(full, str):
        full = "" if full is None else str(full)
    return _parse_full_name(full)


@lru_cache(maxsize=16384)
def _parse_full_name(full: str) -> ParsedFullName:
    text = "".join(
        ch for ch in full if unicodedata.category(ch) not in ("Cc", "Cf", "Co", "Cs")
    )
    text = " ".join(text.split())
    if not text:
        return ParsedFullName(full, "", "", "", "", "")
    default_parse, cjk_parse = _parsers()
    parse = cjk_parse if _CJK_RE.search(text) and " " not in text else default_parse
    try:
        parsed = parse(text)  # type: ignore[operator]
    except Exception:  # noqa: BLE001 - nameparser promises totality; stay total regardless
        return ParsedFullName(full, "", "", "", text, "", ambiguous=True)
    honorific = parsed.title
    given, middle, family = parsed.given, parsed.middle, parsed.family
    particles, base = parsed.family_particles, parsed.family_base
    # "St. John" is a surname, not the title "St."
    title_words = honorific.split()
    if title_words and name_key(title_words[-1]) in _SAINT_TITLES and family:
        saint = title_words[-1]
        honorific = " ".join(title_words[:-1])
        family = f"{saint} {family}"
        base = f"{saint} {base}".strip()
    if particles and name_key(particles.split()[0]) in _SAINT_TITLES:
        particles, base = "", family
    ambiguous = bool(parsed.ambiguities)
    order: Literal["given-first", "family-first"] = "given-first"
    words = text.split()
    if (
        not honorific and 2 <= len(words) <= 4 and "," not in text
        and is_family_first_name(words[0], words[-1])
    ):
        # "Nguyen Van Anh", "Tanaka Yuki": a family-first name written in its native order
        order = "family-first"
        family, particles, base = words[0], "", words[0]
        given, middle = words[-1], " ".join(words[1:-1])
        ambiguous = True
    elif name_info(words[0]) is not None and len(words) > 1 and (
        name_info(words[0]).origin_of("f") & FAMILY_FIRST_ORIGINS  # type: ignore[union-attr]
    ) and name_role_evidence(words[0]) <= -STRONG_EVIDENCE:
        ambiguous = True  # "Zhang Wei": either order is possible
    return ParsedFullName(
        original=full,
        honorific=honorific,
        given=given,
        middle=middle,
        family=family,
        suffix=parsed.suffix,
        nickname=parsed.nickname,
        family_particles=particles,
        family_base=base or family,
        ambiguous=ambiguous,
        order=order,
    )


def is_family_first_name(first: str, last: str) -> bool:
    """First word a family name of a family-first culture, last word a clear given name
    ("Tanaka Yuki"); or a given name of the same culture that is never a family name
    ("Kim Minjun", but not "Lee Anne")."""
    info = name_info(first)
    cultures = info.origin_of("f") & FAMILY_FIRST_ORIGINS if info else frozenset()
    if not cultures or name_role_evidence(last) < STRONG_EVIDENCE:
        return False
    if name_role_evidence(first) <= -STRONG_EVIDENCE:
        return True
    last_info = name_info(last)
    return (last_info is not None and last_info.family == 0
            and bool(cultures & last_info.origin_of("g"))
            and name_role_evidence(first) <= 1.0)


