"""A certification the reader's company holds, as the fact of an FL309 claim.

"Now that {{ company }} has had its ISO 13485 certificate since November", "Congratulations on
{{ company }}'s IATF 16949 certification", "certifiée ISO 9001 depuis septembre": a standard
named in a clause that speaks of a certificate or an accreditation is something only some
companies on a list hold, so the same sentence sent to all states a fact about each of them.
The standard is an acronym with its number ("ISO/IEC 17025", "EN 9100") or one of the named
schemes of ``rules/data/claim-news.yml`` (``certifications``); a standard written from a
variable leaves no text to read. Whose certificate it is - the reader's, the sender's ("we are
ISO 13485 certified"), a whole sector's - is decided by the claim rule (checks/claims.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..resources import data_path, load_once, load_yaml
from .claim_text import _phrase

__all__ = ["CertificationReader"]

# an acronym (several joined by "/") and the standard's number, a part or year allowed:
# "ISO 13485", "ISO/IEC 27001", "IATF 16949", "EN 9100", "ISO 13485:2016", "ISO-27001"
_NUMBERED = r"(?<![\w/])[A-Z]{2,6}(?:/[A-Z]{2,6})*[ \u00a0-]?\d{3,5}(?:[-:]\d{1,4})?(?![\w])"


@load_once
def _data() -> dict[str, object]:
    data = load_yaml(data_path("claim-news.yml").read_text(encoding="utf-8")) or {}
    return data.get("certifications") or {}


def _alternation(entries: Iterable[str], flags: str) -> str | None:
    parts = sorted({str(e).strip() for e in entries if str(e).strip()}, key=len, reverse=True)
    return f"(?{flags}:(?<!\\w)(?:{'|'.join(_phrase(p) for p in parts)})(?!\\w))" if parts else None


class CertificationReader:
    """The certification words of one language and the standards of all, compiled once."""

    def __init__(self, locale: str) -> None:
        data = _data()
        words = (data.get("words") or {}).get(locale) or ()  # type: ignore[union-attr]
        word = _alternation(words, "i")
        self._word = re.compile(word) if word else None
        named = _alternation(data.get("standards") or (), "i")  # type: ignore[arg-type]
        self._standard = re.compile(_NUMBERED + (f"|{named}" if named else ""))

    def standards(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of each standard named in a clause that speaks of a certification."""
        if self._word is None or self._word.search(text, start, end) is None:
            return []
        return [m.span() for m in self._standard.finditer(text, start, end)]

    def certified(self, clause: str) -> bool:
        """Whether ``clause`` names a certification with its standard ("its ISO 13485
        certificate"): then "certificate" is no certificate of attendance."""
        return bool(self.standards(clause, 0, len(clause)))

    def is_word(self, phrase: str) -> bool:
        """Whether ``phrase`` is one of the certification words ("certificate")."""
        return self._word is not None and self._word.fullmatch(phrase) is not None
