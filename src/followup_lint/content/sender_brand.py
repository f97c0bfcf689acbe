"""The sender's company or product by name, and the sentences it is the subject of.

A pitch need not say "we": "Shiftwell fills open shifts at homes like yours", "Mit Dienstwerk
planen Ihre Filialleiter die Dienste am Handy". :func:`sender_brands` reads the names the
signature gives (a line after the sender's own name, or a part after a separator or a link
word: "Head of Growth at Shiftwell"); :func:`brand_subject` says where a sentence starts with one
of them, alone or after a lead-in ("With Shiftwell, ...", "Grâce à Planitou, ..."), as its
subject or instrument. A sentence about the reader's company names another company. The words
are ``rules/data/sender-brand.yml``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Sequence

from ..resources import data_path, load_once, load_yaml
from .roles import Evidence, SentenceRoles
from .tokens import Token, tokenize

__all__ = ["BRAND_DETAIL", "brand_subject", "sender_brands", "with_brand_pitch"]

BRAND_DETAIL = "the sender's company by name"

_SEPARATORS = re.compile(r"\s*[|·•,/–—]\s*|\s+-\s+")
_WORD = re.compile(r"[^\W_][\w'’&.-]*")
_DOMAIN = re.compile(r"(?:@|www\.|https?://)([\w-]+)\.", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$", re.IGNORECASE)


@load_once
def _table() -> dict[str, Any]:
    return load_yaml(data_path("sender-brand.yml").read_text(encoding="utf-8")) or {}


def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).casefold() for w in _table().get(key) or ())


def _lead_ins(lang: str) -> tuple[tuple[str, ...], ...]:
    raw = (_table().get("lead_ins") or {}).get(lang) or ()
    return tuple(tuple(str(p).casefold().split()) for p in raw)


def fold(text: str) -> str:
    """"Loopback Returns" and "loopback-returns" -> "loopbackreturns"."""
    return "".join(ch for ch in _POSSESSIVE.sub("", text).casefold() if ch.isalnum())


def _candidate(part: str) -> str | None:
    """A company name in one piece of a signature line, or None (a role, a phone, an address)."""
    part = part.strip(" \t.,;:()[]\"'")
    if not part or re.search(r"\d|@|https?:|www\.", part):
        return None
    links = _words("links")
    words = part.split()
    for at in range(len(words) - 1, -1, -1):  # "Head of Growth at Shiftwell" -> "Shiftwell"
        if words[at].casefold() in links and at + 1 < len(words):
            words = words[at + 1 :]
            break
    legal = _words("legal_forms")
    while len(words) > 1 and words[-1].casefold() in legal:
        words = words[:-1]
    if not 1 <= len(words) <= 3 or not words[0][:1].isupper():
        return None
    not_names = _words("not_names")
    if all(w.casefold().strip(".,") in not_names for w in words):
        return None
    return fold(" ".join(words)) or None


@lru_cache(maxsize=1024)
def sender_brands(signature: str) -> frozenset[str]:
    """The company names (folded) that the signature block under the sign-off gives: every line
    after the first (the sender's name), and the parts of the first line after a separator
    ("Aoife Ní Bhriain | Shiftwell"); mail and web domains anywhere in it."""
    lines = [line.strip() for line in signature.splitlines() if line.strip()]
    found: set[str] = set()
    for number, line in enumerate(lines):
        parts = [p for p in _SEPARATORS.split(line) if p.strip()]
        pieces = parts[1:] if number == 0 else parts
        for piece in pieces:
            name = _candidate(piece)
            if name:
                found.add(name)
        for domain in _DOMAIN.findall(line):
            if len(domain) > 3:
                found.add(fold(domain))
    return frozenset(found)


def brand_subject(text: str, lang: str, brands: frozenset[str], tokens: Sequence[Token] | None = None) -> tuple[int, int] | None:
    """Where ``text`` starts with one of ``brands`` (folded names), alone or after a lead-in, as
    character offsets of the name, when words follow it; else None."""
    if not brands:
        return None
    words = [t for t in (tokens if tokens is not None else tokenize(text, lang)) if t.kind in ("word", "var")]
    starts = [0]
    for lead in _lead_ins(lang):
        if len(words) > len(lead) and tuple(w.lower for w in words[: len(lead)]) == lead:
            starts.append(len(lead))
    for start in starts:
        for size in (3, 2, 1):
            piece = words[start : start + size]
            if len(piece) < size or not piece[0].text[:1].isupper():
                continue
            if fold(" ".join(w.text for w in piece)) in brands and len(words) >= start + size + 2:
                return piece[0].start, piece[-1].end
    return None


def with_brand_pitch(sentence: SentenceRoles, brands: frozenset[str]) -> SentenceRoles:
    """``sentence`` with a pitch (structure evidence) when the sender's company by name is its
    subject; "Shiftwell costs a flat £4 per shift" is a price, so its loss cues are dropped."""
    head = fold(sentence.text[:120])
    if not any(brand in head for brand in brands):
        return sentence  # the name is not in its first words: no need to read it again
    found = brand_subject(sentence.text, sentence.lang, brands)
    if found is None:
        return sentence
    start, end = found
    evidence = list(sentence.evidence)
    if start == 0 and _states_price(sentence.text[end:], sentence.lang):
        evidence = [e for e in evidence if e.role != "loss"]
    evidence.append(Evidence("pitch", "structure", BRAND_DETAIL, sentence.text[start:end], start, end))
    return sentence.with_evidence(evidence)


def _states_price(rest: str, lang: str) -> bool:
    """Whether the words after the name state a price, read with the name as "it"
    (``price_subject``: "Shiftwell costs a flat £4" as "It costs a flat £4")."""
    from .price_statement import price_span

    subject = str((_table().get("price_subject") or {}).get(lang, ""))
    text = (subject + rest).strip()
    return price_span(tokenize(text, lang), text, lang) is not None
