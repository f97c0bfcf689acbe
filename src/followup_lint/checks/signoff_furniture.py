"""The lines of a signature below the organisation's block (FL306's helper).

Once a team or unit line and the organisation's line under it ("The Academy Team" / "Orchard
Vale", in either order) have said who signs, what follows is the signature's furniture: a
tagline ("Security awareness for growing clinics"; on the organisation's own line too: "Nimbus
Guard | Cyber awareness training"), a city line ("Lyon, France", "Rotterdam ·
Antwerpen"), a web address without "www" ("orchardvale.example"). Such a line is not a person
unless it holds a common given name ("Priya Raman" under the company still signs). A bare web
address is never a person anywhere in the signature.
"""

from __future__ import annotations

import re

from ..names.tables import given_weight
from .signoff_units import organisation_line

__all__ = ["is_web_address", "furniture_below_organisation"]

_GIVEN = 50  # a given-name weight from which a word is read as a person's given name
_WEB_ADDRESS = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?$")
_WORD = re.compile(r"[^\W\d_]+")
_SEPARATOR = re.compile(r"\s+[|·–—-]\s+")

Kind = tuple[str, str, int, int]


def is_web_address(line: str) -> bool:
    """"nimbusguard.example", "orchard-vale.co.uk/academy": a site's address, no person."""
    return _WEB_ADDRESS.match(line.strip()) is not None


def _names_a_person(line: str) -> bool:
    return any(given_weight(word) >= _GIVEN for word in _WORD.findall(line) if word[:1].isupper())


def _organisation_and_tagline(line: str) -> bool:
    """"Nimbus Guard | Cyber awareness training": the organisation, a separator, then words in
    lower case with no given name."""
    parts = _SEPARATOR.split(line.strip(), maxsplit=1)
    if len(parts) != 2 or _names_a_person(parts[1]):
        return False
    return any(w[:1].islower() for w in parts[1].split()) and organisation_line(parts[0])


def furniture_below_organisation(kinds: list[Kind]) -> list[Kind]:
    """``kinds`` with each "person" line below a team line and the organisation's line (next to
    each other, either order) read as furniture when no word of it is a common given name; under
    a team line, the organisation's name with its tagline is the company."""
    out = list(kinds)
    for at in range(1, len(out)):
        kind, text, start, end = out[at]
        if kind == "person" and out[at - 1][0] == "team" and _organisation_and_tagline(text):
            out[at] = ("company", text, start, end)
    block = None
    for at in range(1, len(out)):
        pair = {out[at - 1][0], out[at][0]}
        if pair == {"team", "company"}:
            block = at
            break
    if block is None:
        return out
    for at in range(block + 1, len(out)):
        kind, text, start, end = out[at]
        if kind == "person" and not _names_a_person(text):
            out[at] = ("furniture", text, start, end)
    return out
