"""Name tokens, family-name particles and honorifics."""

from __future__ import annotations

import re
from typing import Final

from .normal import FAMILY, Role, name_key
from .tables import given_weight


#: Surname particles that are written in lowercase in the middle of a name.
_LOWER_PARTICLES: Final = frozenset(
    {
        "van", "von", "der", "den", "dem", "de", "del", "della", "delle", "dello", "dei",
        "degli", "dal", "dalla", "di", "da", "das", "dos", "do", "du", "des", "la", "las",
        "los", "le", "les", "ten", "ter", "te", "zu", "zum", "zur", "vom", "af", "av", "y",
        "e", "bin", "ibn", "bint", "het", "'t", "op", "aan", "uit",
    }
)
#: Particles that open a family name (used for family-name evidence and surname forms).
_FAMILY_PARTICLES: Final = frozenset(
    {
        "van", "von", "der", "den", "de", "del", "della", "delle", "dalla", "di", "da", "das",
        "dos", "do", "du", "des", "la", "las", "los", "le", "ten", "ter", "te", "zu", "zum",
        "zur", "vom", "bin", "ibn", "bint", "al", "el", "st", "saint", "ste", "mac", "mc",
        "o", "ó", "ni", "ní", "nic", "ua", "ui", "uí", "ap", "vd", "vanden", "vander", "y",
    }
)
#: "St. John", "Ste. Marie": part of an indivisible surname, never stripped as a particle.
_SAINT_TITLES: Final = frozenset({"st", "ste", "saint", "sainte"})
#: Irish particles: capitalised even in the middle of a name (Siobhán Ní Bhriain).
_IRISH_PARTICLES: Final = frozenset({"ní", "nic", "ó", "ua", "uí", "mac", "mag", "ni", "o"})

# Honorifics (casefolded, accents stripped, no dots). The locale-specific greeting data is
# owned by the rule packs in rules/; this set is what junk detection recognises in a name field.
_HONORIFICS_PLAIN: Final = frozenset(
    {
        "mr", "mrs", "ms", "miss", "mx", "mstr", "dr", "drs", "prof", "professor", "sir", "dame",
        "madam", "madame", "mme", "mmes", "mlle", "monsieur", "mademoiselle", "messrs", "herr",
        "frau", "fraulein", "dhr", "mevr", "mevrouw", "mw", "mej", "sra", "srta", "srs", "senor",
        "senora", "senorita", "dra", "rev", "revd", "reverend", "capt", "col", "lt", "sgt",
        "cpl", "cmdr", "dott", "dottssa", "sigra",
    }
)
# Only with a trailing full stop ("Hon.", "Ing.", "Fr."): bare, these are also names.
_HONORIFICS_DOTTED: Final = frozenset(
    {"hon", "ing", "mag", "lic", "arq", "fr", "hr", "sr", "mgr", "ir", "dipl", "dipling", "univ",
     "ds", "sig"}
)
# Only when another word follows ("Father Brown", "Rabbi Cohen"): alone, these are surnames
# too. One that is also a recorded given name (Lady) is not flagged at all.
_HONORIFICS_BEFORE_NAME: Final = frozenset(
    {
        "lord", "lady", "father", "sister", "brother", "pastor", "rabbi", "imam", "uncle",
        "aunt", "auntie", "doctor", "captain", "mister", "missus",
    }
)
#: Every honorific form junk detection recognises (casefolded, accents and dots removed).
HONORIFICS: Final[frozenset[str]] = _HONORIFICS_PLAIN | _HONORIFICS_DOTTED | _HONORIFICS_BEFORE_NAME

_SUFFIXES: Final = {
    "jr": "Jr", "sr": "Sr", "ii": "II", "iii": "III", "iv": "IV", "v": "V", "vi": "VI",
    "phd": "PhD", "md": "MD", "dds": "DDS", "esq": "Esq", "mba": "MBA", "cpa": "CPA",
    "jnr": "Jnr", "snr": "Snr", "obe": "OBE", "mbe": "MBE", "cbe": "CBE", "rn": "RN",
}


def is_honorific(word: str) -> bool:
    """True when ``word`` ("Dr.", "mrs", "Frau", "Sra.") is a title of address.
    Bare words that are also names ("Hon", "Ing", "Lady") only count with context; this
    checks the unambiguous forms: the plain set, or the dotted set written with its dot."""
    if not isinstance(word, str):
        return False
    raw = word.strip().rstrip(",")
    key = name_key(raw)
    if key in _HONORIFICS_PLAIN:
        return True
    return key in _HONORIFICS_DOTTED and raw.endswith(".")


def _first_honorific(tokens: list[str], role: Role | None) -> bool:
    if not tokens:
        return False
    first = tokens[0].rstrip(",")
    # "Prof.Dr." / "Dr.-Ing." written without a space
    head = re.split(r"(?<=\.)(?=\w)", first)[0]
    key = name_key(head)
    if key in _HONORIFICS_PLAIN:
        return True
    if key in _HONORIFICS_DOTTED and head.endswith(".") and (len(tokens) > 1 or role != FAMILY):
        return True
    if key in _HONORIFICS_BEFORE_NAME and len(tokens) > 1 and role != FAMILY:
        return given_weight(key) < 10  # "Lady" is also a given name (Lady Meeler)
    return False


