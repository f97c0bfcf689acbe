"""Name knowledge for the salutation (FL1xx) and recipient-record (FL4xx) rules.

What this module answers, cheaply and without spaCy:

* :func:`normalize` / :func:`name_key` / :func:`same_name`: compare names across case, accents,
  apostrophes and spacing ("José" == "jose", "O'Neill" == "ONeill").
* :func:`name_info`, :func:`given_weight`, :func:`family_weight`, :func:`name_role_evidence`:
  how often a word is a given name versus a family name (1990 US Census frequencies plus
  hand-curated lists for names the census misses; see ``docs/name-data.md``).
* :func:`swap_verdict`: do the first/last-name fields of a record look swapped? Abstains
  (returns ``None``) whenever the evidence is ambiguous.
* :func:`nickname_forms`, :func:`is_nickname_of`, :func:`name_variants_match`: Bill/William.
* :func:`junk_finding` / :func:`junk_reason`: is a name-field value unusable (placeholder,
  email address, company, digits, honorific, pronouns or notes, mojibake, invisible
  characters, stray whitespace...)? :data:`HONORIFICS` / :func:`is_honorific` expose the
  titles it recognises.
* :func:`casing_suggestion`: the corrected form of an ALL CAPS or all-lowercase name.
* :func:`parse_full_name`: honorific / given / middle / family (with particles) / suffix of a
  full-name string, built on ``nameparser.parse()`` and cached by value.
* :func:`surname_forms`: the forms in which a greeting could use a family name.

Precision comes first: every function prefers "no finding" to a doubtful one.

The frequency tables load lazily, once per process (:func:`name_knowledge`); nameparser is
imported only by :func:`parse_full_name`.
"""

from __future__ import annotations

import math
import re
import time
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache
from typing import Final, Literal

from followup_lint.resources import data_path

__all__ = [
    "FAMILY",
    "FULL",
    "GIVEN",
    "HONORIFICS",
    "JunkCategory",
    "JunkFinding",
    "NameInfo",
    "NameKnowledge",
    "ParsedFullName",
    "Role",
    "SwapVerdict",
    "casing_suggestion",
    "family_weight",
    "given_weight",
    "is_honorific",
    "is_nickname_of",
    "junk_finding",
    "junk_reason",
    "name_info",
    "name_key",
    "name_knowledge",
    "name_role_evidence",
    "name_variants_match",
    "nickname_forms",
    "normalize",
    "parse_full_name",
    "same_name",
    "surname_forms",
    "swap_verdict",
]

#: Which field a value came from. ``None`` (unknown) is always allowed and is the most
#: conservative choice for junk detection.
Role = Literal["given", "family", "full"]
GIVEN: Final = "given"
FAMILY: Final = "family"
FULL: Final = "full"

# ---------------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------------

_APOSTROPHES = "'’‘ʼ`´ʻ′"
_HYPHENS = "-‐‑‒–—"
_UNIFY = str.maketrans(
    {**{c: "'" for c in _APOSTROPHES}, **{c: "-" for c in _HYPHENS}}
)
# letters that NFKD does not decompose but that readers treat as accented Latin letters
_SPECIAL_FOLD = str.maketrans(
    {
        "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d",
        "þ": "th", "Þ": "th", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i",
        "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t", "ƒ": "f",
    }
)


def _strip_latin_marks(value: str) -> str:
    """Drop combining marks that sit on Latin, Greek or Cyrillic letters (é -> e, ễ -> e),
    keeping marks that are part of other scripts (Japanese dakuten, Indic vowel signs)."""
    decomposed = unicodedata.normalize("NFKD", value.translate(_SPECIAL_FOLD))
    out: list[str] = []
    base = 0
    for ch in decomposed:
        if unicodedata.combining(ch):
            if base < 0x0530 or 0x1E00 <= base <= 0x1FFF:
                continue
        else:
            base = ord(ch)
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def normalize(value: str) -> str:
    """Comparison form of a name: accents stripped, casefolded, apostrophes and hyphens
    unified, whitespace collapsed (``"  José  María "`` -> ``"jose maria"``).
    Anything that is not a string normalises to ``""``."""
    return _normalize(value) if isinstance(value, str) else ""


@lru_cache(maxsize=65536)
def _normalize(value: str) -> str:
    if value.isascii():
        folded = value.casefold()
    else:
        folded = _strip_latin_marks(value).casefold()
    return " ".join(folded.translate(_UNIFY).split())


def name_key(value: str) -> str:
    """Lookup key: :func:`normalize` with everything but letters and digits removed
    (``"O'Neill"`` -> ``"oneill"``, ``"Mary-Jane"`` -> ``"maryjane"``)."""
    return _name_key(value) if isinstance(value, str) else ""


@lru_cache(maxsize=65536)
def _name_key(value: str) -> str:
    return "".join(ch for ch in _normalize(value) if ch.isalnum())


def same_name(a: str, b: str) -> bool:
    """True when two non-empty name strings are the same name up to case, accents,
    apostrophes, hyphens and spacing ("van Beethoven" == "Van  Beethoven")."""
    ka, kb = name_key(a), name_key(b)
    return bool(ka) and ka == kb


# ---------------------------------------------------------------------------------------------
# Frequency data
# ---------------------------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------------------------
# Tokens, particles, honorifics
# ---------------------------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------------------------
# Junk detection
# ---------------------------------------------------------------------------------------------


class JunkCategory(StrEnum):
    """Why a name-field value is not a usable name (the string value is machine-readable)."""

    EMPTY = "empty"
    INVISIBLE = "invisible-character"
    MOJIBAKE = "mojibake"
    MERGE_TAG = "merge-tag"
    EMAIL = "email-address"
    URL = "web-address"
    PLACEHOLDER = "placeholder"
    ROLE_WORD = "role-word"
    COMPANY = "company-name"
    DIGITS = "digits"
    HONORIFIC = "honorific"
    ANNOTATION = "annotation"
    INITIAL = "initial-only"
    SYMBOLS = "symbols"
    WHITESPACE = "whitespace"


@dataclass(frozen=True, slots=True)
class JunkFinding:
    """A name-field value that is not a usable name."""

    category: JunkCategory
    detail: str
    """Short explanation without the value itself (recipient data is personal data)."""
    suggestion: str | None = None
    """A repaired value when one is certain (mojibake decoded, whitespace tidied,
    honorific removed); None otherwise."""


_PLACEHOLDERS: Final = frozenset(
    {
        "test", "testing", "tester", "testuser", "testtest", "testname", "testperson",
        "asdf", "asdfg", "asdfgh", "asdfasdf", "asd", "qwe", "qwer", "qwert", "qwerty", "zxcv",
        "zxcvb", "hjkl", "jkl", "sdf", "sdfg", "sdfsdf", "fdsa", "dfgh", "ghj", "xyz", "abc",
        "abcd",
        "abcdef", "abcxyz", "xx", "xxx", "xxxx", "zzz", "aaa", "foo", "bar", "baz", "foobar",
        "blah", "blahblah", "blabla", "lorem", "ipsum", "loremipsum", "dummy", "fake", "sample",
        "example", "demo", "placeholder", "none", "null", "nil", "nan", "undefined", "unknown",
        "unk", "unkn", "fnu", "lnu", "nfn", "nln", "nmn", "noname", "nofirstname", "nolastname",
        "notprovided", "notavailable", "notgiven", "notapplicable", "notknown", "tbd", "tba",
        "tbc", "todo", "firstname", "lastname", "fullname", "surname", "yourname",
        "givenname", "familyname", "name", "first", "last", "customer", "client", "user",
        "guest", "visitor", "attendee", "participant", "registrant", "subscriber", "member",
        "prospect", "lead", "contact", "friend", "valuedcustomer", "dearcustomer",
        "sirmadam", "sirormadam", "madamsir", "everyone", "everybody", "all", "there",
        "anonymous", "anon", "nobody", "somebody", "someone", "blank", "empty", "default",
        "missing", "dontknow", "idk", "optout", "deleted", "removed", "redacted", "gdpr",
        "objectobject", "true", "false",
    }
)
# Placeholders that are also real family names (Guest, Friend, Sample, Blank, Last, Member,
# Lead, Test, Null, Fake, Friend...): not flagged when the value is known to be a family name.
_PLACEHOLDERS_ALSO_SURNAMES: Final = frozenset(
    {"guest", "friend", "sample", "blank", "last", "member", "lead", "contact", "default",
     "test", "null", "fake", "demo", "first", "all", "name", "nil", "user", "client",
     "empty", "missing", "removed", "bar", "foo", "abc", "todo", "true"}
)
# what software writes for a missing value
_DATA_LITERALS: Final = frozenset({"null", "none", "nan", "nil", "true", "false", "undefined"})
_PLACEHOLDER_PUNCT: Final = frozenset(
    {"n/a", "n.a.", "n.a", "n/a.", "#n/a", "n\\a", "#value!", "#ref!", "#name?", "#null!", "na."}
)
# given-name field only: the words people type when a form insists on a first name
_GIVEN_ONLY_PLACEHOLDERS: Final = frozenset({"mr", "mrs", "ms", "sir", "madam"})

_ROLE_WORDS: Final = frozenset(
    {
        "sales", "info", "information", "team", "admin", "administrator", "administration",
        "support", "marketing", "office", "hr", "accounts", "accounting", "billing", "finance",
        "enquiries", "enquiry", "inquiries", "inquiry", "help", "helpdesk", "servicedesk",
        "customerservice", "customercare", "customersupport", "noreply", "donotreply",
        "webmaster", "postmaster", "hostmaster", "reception", "frontdesk", "it", "legal",
        "careers", "recruiting", "recruitment", "hiring", "operations", "ops",
        "engineering", "department", "dept", "staff", "management", "purchasing",
        "procurement", "events", "webinar", "webinars", "newsletter", "mailbox", "inbox",
        "development",
        "contactus", "hello", "orders", "bookings", "payable", "receivable", "payroll",
        "general", "main", "service", "services", "desk", "press", "media", "partnerships",
        "compliance", "privacy", "security", "abuse", "feedback", "editor", "editorial",
    }
)
# role words that are also family names (Sales, Press, Staff, Service, Main, General):
# not flagged when the value is known to be a family name
_ROLE_WORDS_ALSO_SURNAMES: Final = frozenset(
    {"sales", "press", "staff", "service", "main", "general", "desk", "office", "help",
     "hello", "team", "legal", "media", "editor", "orders", "events", "security"}
)
_FILLER_WORDS: Final = frozenset({"the", "and", "of", "for", "our", "your", "dear", "to", "&"})

_COMPANY_WORDS: Final = frozenset(
    {
        "ltd", "limited", "inc", "incorporated", "llc", "llp", "lllp", "gmbh", "mbh", "plc",
        "corp", "corporation", "holdings", "holding", "pty", "srl", "sarl",
        "sasu", "kgaa", "ohg", "gbr", "oyj", "sdn", "bhd", "pte", "pvt", "company",
        "companies", "group", "technologies", "technology", "solutions", "consulting",
        "consultants", "consultancy", "services", "enterprises", "industries", "international",
        "partners", "associates", "foundation", "university", "institute", "agency", "ventures",
        "labs", "systems", "software", "studios", "capital", "trust", "bros", "brothers",
        "manufacturing", "logistics", "pharmaceuticals", "pharma", "realty", "insurance",
        "hospital", "clinic", "gmbhco", "ag&co", "cie", "kft", "zrt", "sro", "spzoo", "ooo",
    }
)
# only as the last word, written in capitals or with dots, after at least one other word
_COMPANY_ABBREVIATIONS: Final = frozenset(
    {"AG", "SA", "SE", "AB", "AS", "BV", "NV", "KK", "UG", "OY", "KG", "SL", "SpA", "Co", "CO",
     "LP", "SC", "SAS", "SRL", "SARL", "EV", "EG", "ASA", "ApS", "APS", "SPA"}
)
_COMPANY_DOTTED = re.compile(
    r"(?:^|\s)(?:s\.\s?a\.?|s\.a\.s\.?|s\.l\.?|s\.r\.l\.?|s\.p\.a\.?|b\.\s?v\.?|n\.\s?v\.?"
    r"|e\.\s?v\.?|a/s|k\.k\.?|co\.|l\.l\.c\.?|l\.l\.p\.?|p\.l\.c\.?|sp\.\s?z\s?o\.\s?o\.?"
    r"|pty\.|ltd\.|inc\.|corp\.)(?=$|[\s,])",
    re.IGNORECASE,
)
_AND_CO = re.compile(r"&\s*(?:co\b|sons\b|partners\b|associates\b|söhne\b|fils\b|cie\b)",
                     re.IGNORECASE)

_EMAIL_RE = re.compile(r"[^\s@<>()\[\],;:\"]+@[^\s@<>()\[\],;:\"]+\.[A-Za-z]{2,}")
_URL_RE = re.compile(
    r"https?://|\bwww\.|\b[a-z0-9-]{2,}\.(?:com|org|net|io|info|biz)\b"
    r"|\b[a-z0-9-]{2,}\.[a-z]{2,3}/",
    re.IGNORECASE,
)
_MERGE_TAG_RE = re.compile(
    r"\{\{|\}\}|\{%|%\}|\{#|#\}|\*\|[^|]*\|\*|%%[^%]+%%|%[A-Z_]{3,}%|\$\{[^}]*\}|#\{[^}]*\}"
    r"|\[\[|\]\]|<<[^>]*>>|«[^»]*»|<%|%>"
    r"|[\[{][^\]}]*(?:name|Name|NAME|first|First|FIRST|last|Last|LAST)[^\]}]*[\]}]"
)
_ANNOTATION_RE = re.compile(
    r"\(\s*(?:(?:she|he|they|ze|xe|ey|it)\s*/\s*(?:her|hers|him|his|them|theirs|zir|hir|xem|em|its)"
    r"(?:\s*/\s*\w+)?|deceased|do not (?:contact|email|use)|dnc|inactive|former|old|left"
    r"|no longer (?:here|with \w+))\s*\)"
    r"|\b(?:do not (?:contact|email|use)|deceased)\b",
    re.IGNORECASE,
)
_GENERATION_RE = re.compile(r"^(?:[2-9](?:nd|rd|th))\.?$", re.IGNORECASE)
_INITIAL_RE = re.compile(r"^[^\W\d_]\.?$")
# characters a name never contains; letters, marks, spaces, apostrophes, hyphens, dots,
# commas, parentheses, quotes, ampersands and slashes pass
_ALLOWED_PUNCT: Final = frozenset("-'’‘ʼ`´.,()&/\"“”„·・‧ ‐‑–")
_ZERO_WIDTH_JOINERS: Final = frozenset({"\u200c", "\u200d"})

_CP1252_REVERSE: Final = {}
for _byte in range(0x80, 0xA0):
    try:
        _CP1252_REVERSE[bytes([_byte]).decode("cp1252")] = _byte
    except UnicodeDecodeError:
        pass
del _byte


def _mojibake_repair(value: str) -> str | None:
    """Undo UTF-8 text that was decoded as cp1252/Latin-1 ("JosÃ©" -> "José"), up to twice.
    Returns None unless the repair succeeds and yields plausible letters."""
    current = value
    for _ in range(2):
        if current.isascii():
            break
        buf = bytearray()
        for ch in current:
            code = ord(ch)
            if code < 0x80:
                buf.append(code)
            elif ch in _CP1252_REVERSE:
                buf.append(_CP1252_REVERSE[ch])
            elif code < 0x100:
                buf.append(code)
            else:
                buf = None  # type: ignore[assignment]
                break
        if buf is None:
            break
        try:
            decoded = bytes(buf).decode("utf-8")
        except UnicodeDecodeError:
            break
        if decoded == current:
            break
        current = decoded
    if current == value:
        return None
    for ch in current:
        if ord(ch) < 0x80 or ch in "’‘“”–—…":
            continue
        category = unicodedata.category(ch)
        if category[0] not in "LM":
            return None
        name = unicodedata.name(ch, "")
        if not name.startswith(("LATIN", "GREEK", "CYRILLIC", "COMBINING")):
            return None
    return current


def _is_invisible(ch: str, before: str, after: str) -> bool:
    category = unicodedata.category(ch)
    if category in ("Cc", "Co", "Cs", "Cn", "Zl", "Zp"):
        return True
    if category == "Cf":
        # ZWNJ / ZWJ are spelling in Persian, Arabic and Indic scripts: allowed between
        # two letters that are not Latin
        if ch in _ZERO_WIDTH_JOINERS and before.isalpha() and after.isalpha():
            return before.isascii() or after.isascii()
        return True
    if category == "Mn" and 0xFE00 <= ord(ch) <= 0xFE0F:  # variation selectors
        return True
    return False


def _tidy_whitespace(value: str) -> str:
    # a single non-ASCII space is kept: Japanese writes 山田\u3000太郎 with an ideographic space
    tidy = re.sub(r"\s{2,}", " ", value.strip())
    tidy = re.sub(r"\s+([,.;:!?)])", r"\1", tidy)
    return re.sub(r"\(\s+", "(", tidy)


def junk_finding(value: str | None, role: Role | None = None) -> JunkFinding | None:
    """Why ``value`` is not a usable name for a name field, or None when it looks like one.

    ``role`` says which field the value came from (``"given"``, ``"family"``, ``"full"``)
    or None when unknown. Words that are real family names as well as junk ("Guest",
    "Sales", "Sample") are only flagged when the value is not known to be a family name.
    Never flags real names such as Mary-Jane, D'Arcy, O'Neill, Ní Bhriain, José, Zoë,
    Nguyễn, 王伟, Ng, Bo, Al, Li, Jean-Luc, "St. John" or "de la Cruz".
    A value that is not a string (a number from JSON, say) is judged by its ``str()``.
    """
    if value is None:
        return JunkFinding(JunkCategory.EMPTY, "the field is missing")
    if not isinstance(value, str):
        value = str(value)
    if role not in (None, GIVEN, FAMILY, FULL):
        role = None
    return _junk_finding(value, role)


@lru_cache(maxsize=65536)
def _junk_finding(value: str, role: Role | None) -> JunkFinding | None:
    # 1. empty, including invisible-only
    visible = "".join(ch for ch in value if unicodedata.category(ch) not in ("Cf", "Cc"))
    if not visible.strip():
        detail = "the field is empty" if not value else "the field holds only blank characters"
        return JunkFinding(JunkCategory.EMPTY, detail)
    stripped = value.strip()

    # 2. control and zero-width characters
    bad = [
        i for i, ch in enumerate(stripped)
        if _is_invisible(ch, stripped[i - 1] if i else "", stripped[i + 1: i + 2])
    ]
    if bad:
        cleaned = "".join(ch for i, ch in enumerate(stripped) if i not in set(bad))
        return JunkFinding(
            JunkCategory.INVISIBLE,
            "the value contains control or zero-width characters",
            _tidy_whitespace(cleaned) or None,
        )

    # 3. mojibake and lost characters
    if "\ufffd" in stripped:
        return JunkFinding(JunkCategory.MOJIBAKE,
                           "characters were lost to a wrong text encoding (U+FFFD)")
    repaired = _mojibake_repair(stripped)
    if repaired is not None:
        return JunkFinding(JunkCategory.MOJIBAKE,
                           "UTF-8 text was decoded with the wrong encoding", repaired)
    if re.search(r"[^\W\d_]\?|\?[^\W\d_]", stripped):
        return JunkFinding(JunkCategory.MOJIBAKE,
                           "characters were replaced by '?' by a wrong text encoding")

    # 4. merge tags, email and web addresses
    if _MERGE_TAG_RE.search(stripped):
        return JunkFinding(JunkCategory.MERGE_TAG, "the value is an unrendered merge tag")
    if _EMAIL_RE.search(stripped):
        return JunkFinding(JunkCategory.EMAIL, "the value is an email address")
    if _URL_RE.search(stripped):
        return JunkFinding(JunkCategory.URL, "the value is a web address")

    tokens = stripped.split()
    keys = [name_key(t) for t in tokens]
    folded = normalize(stripped)

    # 5. placeholders
    if not any(ch.isalnum() for ch in stripped):
        return JunkFinding(JunkCategory.PLACEHOLDER, "the value has no letters")
    # bare "NA" is R's missing value, but also the Chinese given name Na (Li Na) and the
    # Korean family name Na in capitals: only flagged when the field's role is unknown
    if folded in _PLACEHOLDER_PUNCT or (stripped == "NA" and role in (None, FULL)):
        return JunkFinding(JunkCategory.PLACEHOLDER, "the value is a placeholder")
    bare = [re.sub(r"\d+$", "", k) for k in keys]
    if bare == ["nan"] and stripped not in ("nan", "NaN", "NAN"):
        bare = []  # "Nan" is a given name; nan / NaN is a missing number
    joined = "".join(bare)
    # in a family-name field, placeholder words that are real surnames (Guest, Friend,
    # Sample, Tester) are exempt; data literals (null, NULL, true) only when written like a name
    exempt: frozenset[str] = frozenset()
    if role == FAMILY:
        title_cased = stripped[:1].isupper() and stripped[1:].islower()
        literal = joined in _DATA_LITERALS and not title_cased
        if not literal and (joined in _PLACEHOLDERS_ALSO_SURNAMES or family_weight(joined) >= 10):
            exempt = frozenset({joined})
    if joined and (
        (joined in _PLACEHOLDERS and joined not in exempt)
        or (len(tokens) > 1 and all(
            (b in _PLACEHOLDERS and b not in exempt) or b in _FILLER_WORDS or not b
            for b in bare
        ) and any(b in _PLACEHOLDERS for b in bare))
        or (len(joined) >= 3 and len(set(joined)) == 1 and joined.isalpha())
        or (role == GIVEN and joined in _GIVEN_ONLY_PLACEHOLDERS and len(tokens) == 1)
    ):
        return JunkFinding(JunkCategory.PLACEHOLDER, "the value is a placeholder, not a name")

    # 6. role words
    role_exempt = _ROLE_WORDS_ALSO_SURNAMES if role == FAMILY else frozenset()
    if len(keys) == 1 and (
        (role == FAMILY and family_weight(keys[0]) >= 10)
        or (role == GIVEN and given_weight(keys[0]) >= 20)
    ):
        role_exempt = role_exempt | {keys[0]}
    content = [k for k in keys if k and k not in _FILLER_WORDS]
    if content and all(k in _ROLE_WORDS or k in _PLACEHOLDERS for k in content) and any(
        k in _ROLE_WORDS for k in content
    ):
        if not (len(content) == 1 and content[0] in role_exempt):
            return JunkFinding(JunkCategory.ROLE_WORD,
                               "the value is a role or department, not a person")
    if keys and "".join(keys) in _ROLE_WORDS and "".join(keys) not in role_exempt:
        return JunkFinding(JunkCategory.ROLE_WORD,
                           "the value is a role or department, not a person")

    # 7. company names
    if (
        any(k in _COMPANY_WORDS for k in keys)
        or _COMPANY_DOTTED.search(stripped)
        or _AND_CO.search(stripped)
        or (len(tokens) > 1 and tokens[-1].rstrip(".,") in _COMPANY_ABBREVIATIONS
            and (tokens[-1].isupper() or tokens[-1].endswith(".")))
    ):
        if not _company_word_is_a_name(tokens, keys, role):
            return JunkFinding(JunkCategory.COMPANY, "the value is a company or organisation")

    # 8. digits
    digit_tokens = [t for t in tokens if any(unicodedata.category(c) == "Nd" for c in t)]
    if digit_tokens and not (
        len(tokens) > 1 and digit_tokens == [tokens[-1]] and _GENERATION_RE.match(tokens[-1])
    ):
        return JunkFinding(JunkCategory.DIGITS, "the value contains digits")

    # 9. pronouns or record notes typed into the name ("Parissa (she/her)", "(deceased)")
    if _ANNOTATION_RE.search(stripped):
        rest = _tidy_whitespace(_ANNOTATION_RE.sub(" ", stripped)) or None
        return JunkFinding(JunkCategory.ANNOTATION,
                           "the value includes pronouns or a note, not only the name", rest)

    # 10. honorific inside the field
    surname_like = role == FAMILY and len(tokens) == 1 and family_weight(tokens[0]) >= 10
    if not surname_like and (_first_honorific(tokens, role) or (
        len(tokens) == 1 and is_honorific(tokens[0]) and role != FAMILY
    ) or (len(tokens) == 1 and name_key(tokens[0]) in _HONORIFICS_PLAIN)):
        rest = " ".join(tokens[1:]) or None
        return JunkFinding(JunkCategory.HONORIFIC,
                           "the value includes a title of address", rest)

    # 11. a lone initial
    if len(tokens) == 1 and _INITIAL_RE.match(stripped) \
            and stripped[0].upper() != stripped[0].lower():
        return JunkFinding(JunkCategory.INITIAL, "the value is a single initial")

    # 12. symbols that never appear in names
    for ch in stripped:
        if ch.isalnum() or ch.isspace() or ch in _ALLOWED_PUNCT or ch in _ZERO_WIDTH_JOINERS:
            continue
        category = unicodedata.category(ch)
        if category[0] in "LMN":
            continue
        return JunkFinding(JunkCategory.SYMBOLS,
                           "the value contains symbols that are not part of a name")

    # 13. stray whitespace
    tidy = _tidy_whitespace(value)
    if tidy != value:
        if value != value.strip():
            detail = "the value has leading or trailing spaces"
        elif re.search(r"\s\s", value):
            detail = "the value has repeated spaces"
        elif re.search(r"\s[,.;:!?)]", value):
            detail = "the value has a space before punctuation"
        else:
            detail = "the value has irregular spacing"
        return JunkFinding(JunkCategory.WHITESPACE, detail, tidy)
    return None


def _company_word_is_a_name(tokens: list[str], keys: list[str], role: Role | None) -> bool:
    """A company word that is really a surname: "Brothers" or "Holding" in a family-name
    field, "Vivian Holding" or "Roger Corp" as a person's full name."""
    found = [i for i, k in enumerate(keys) if k in _COMPANY_WORDS]
    if not found:
        return False  # found by a dotted form (S.A.), an abbreviation (AG) or "& Co"
    if not all(family_weight(keys[i]) >= 10 or keys[i] in {"trust", "group"} for i in found):
        return False
    if len(tokens) == 1:
        return role == FAMILY
    return (found == [len(tokens) - 1] and len(tokens) <= 3 and role != GIVEN
            and given_weight(keys[0]) >= 20)


def junk_reason(value: str | None, role: Role | None = None) -> JunkCategory | None:
    """Machine-readable reason (a :class:`JunkCategory`, which is a ``str``) why ``value`` is
    not a usable name, or None. See :func:`junk_finding` for details and a suggested fix."""
    finding = junk_finding(value, role)
    return finding.category if finding else None


# ---------------------------------------------------------------------------------------------
# Casing
# ---------------------------------------------------------------------------------------------

# Gaelic name elements that keep a capital after Mac (MacLeod, MacArthur). Anything else is
# written plainly (Mack, Macy, Machado, Macias, Mackey), which is never wrong-looking.
_MAC_ELEMENTS: Final = frozenset(
    {
        "adam", "allister", "alister", "alpine", "andrew", "arthur", "askill", "aulay", "bain",
        "beth", "brayne", "bride", "callum", "caskill", "clure", "coll", "connell", "cormack",
        "corquodale", "cracken", "crae", "crimmon", "cullough", "curdy", "cutcheon", "dermott",
        "diarmid", "donald", "donnell", "dougal", "dougall", "dowell", "duff", "eacharn",
        "eachern", "elroy", "ewan", "ewen", "fadyen", "fadzean", "farlane", "farquhar",
        "geachy", "gill", "gillivray", "gilvray", "giolla", "glashan", "gowan", "gregor",
        "guire", "hardy", "hugh", "ilroy", "innes", "innis", "intyre", "isaac", "iver", "ivor",
        "kay", "kechnie", "kellar", "kelvie", "kendrick", "kenzie", "killop", "kinlay",
        "kinley", "kinnell", "kinnon", "kintosh", "lachlainn", "lachlan", "lagan", "laren",
        "lauchlan", "laughlin", "lean", "leish", "lellan", "lennan", "leod", "lintock", "lure",
        "mahon", "manus", "master", "millan", "millen", "murray", "nab", "nair", "nally",
        "namara", "naughton", "neal", "neil", "neill", "neish", "nicol", "nicoll", "niven",
        "nulty", "phail", "phee", "pherson", "quaid", "quarrie", "queen", "rae", "ritchie",
        "robbie", "rory", "rury", "shane", "sween", "taggart", "tavish", "tear", "vicar",
        "walter", "whirter", "william",
    }
)


def _cap_simple(word: str) -> str:
    """First letter upper, the rest lower (skipping leading punctuation)."""
    for i, ch in enumerate(word):
        if ch.isalpha():
            return word[:i] + ch.upper() + word[i + 1:].lower()
    return word


def _cap_piece(piece: str, role: Role | None) -> str:
    """Capitalise one hyphen-free, space-free piece of a name."""
    low = piece.lower().replace("i\u0307", "i")  # Turkish dotted capital I lower-cases in two
    if not low:
        return piece
    # apostrophe names: O'Neill, D'Arcy, L'Estrange, N'Dour
    for apo in _APOSTROPHES:
        if apo in low:
            head, _, tail = low.partition(apo)
            if len(head) == 1 and head in "odln" and tail:
                return head.upper() + apo + _cap_piece(tail, role)
            return _cap_simple(head) + apo + tail
    letters = "".join(ch for ch in low if ch.isalpha())
    if len(letters) >= 4 and low.startswith("mc"):
        return "Mc" + _cap_simple(low[2:])
    if role != GIVEN and low.startswith("mac") and low[3:] in _MAC_ELEMENTS:
        return "Mac" + _cap_simple(low[3:])
    return _cap_simple(low)


def _is_known_name(word: str) -> bool:
    info = name_info(word)
    return info is not None and (info.given >= 5 or info.family >= 10)


def casing_suggestion(value: str, role: Role | None = None) -> str | None:
    """The correctly cased form of an ALL CAPS or all-lowercase name, or None.

    ``"PARISSA BEHNIA"`` -> ``"Parissa Behnia"``, ``"mcdonald"`` -> ``"McDonald"``,
    ``"o'neill"`` -> ``"O'Neill"``, ``"ludwig van beethoven"`` -> ``"Ludwig van Beethoven"``,
    ``"ní bhriain"`` -> ``"Ní Bhriain"``. Returns None for mixed case (DeShawn, McDonald,
    LaToya, "de la Cruz"), for two-letter capitals that are likely initials (JP, AJ, TJ), for
    scripts without case (CJK, Arabic) and for anything that is not a plausible name.
    ``role="given"`` keeps Mac- plain (Mackenzie) and a first particle capitalised;
    ``role="family"`` writes a leading particle in lowercase ("van Beethoven").
    """
    if not isinstance(value, str):
        return None
    return _casing_suggestion(value, role if role in (GIVEN, FAMILY, FULL) else None)


@lru_cache(maxsize=65536)
def _casing_suggestion(value: str, role: Role | None) -> str | None:
    text = " ".join(value.split())
    cased = [ch for ch in text if ch.isalpha() and ch.lower() != ch.upper()]
    if not cased:
        return None
    upper = all(ch.isupper() for ch in cased)
    lower = all(ch.islower() for ch in cased)
    if not (upper or lower):
        return None
    if any(ch.isdigit() or ch == "@" for ch in text):
        return None
    tokens = text.split(" ")
    if len(tokens) == 1 and len(cased) <= 2 and not (lower and _is_known_name(text)):
        return None  # JP, AJ, "J.R.", or an unknown two-letter word
    out: list[str] = []
    keys = [normalize(t).strip(".,") for t in tokens]
    for i, token in enumerate(tokens):
        low = token.lower()
        bare = low.strip(".,")
        n = len(tokens)
        # suffixes at the end: Jr, III, PhD
        if i == n - 1 and n > 1 and name_key(bare) in _SUFFIXES and not (
            name_key(bare) == "v" and not upper
        ):
            mapped = _SUFFIXES[name_key(bare)]
            out.append(token[: len(token) - len(token.lstrip(".,"))] + mapped
                       + token[len(token.rstrip(".,")):])
            continue
        letters = [ch for ch in token if ch.isalpha()]
        # initials: J. / A.J. / j
        if re.fullmatch(r"(?:[^\W\d_]\.)+|[^\W\d_]", token):
            out.append(token.upper())
            continue
        if name_key(bare) in HONORIFICS and (i == 0 or name_key(bare) not in ("sr", "v")):
            out.append(_cap_simple(token))  # DR. -> Dr., MRS -> Mrs
            continue
        if bare in ("st", "ste", "saint"):
            out.append(_cap_simple(token))
            continue
        if n > 1 and (bare in ("ní", "ó", "uí", "nic") or (bare in _IRISH_PARTICLES and i < n - 1
                                                          and bare not in ("o", "ni"))):
            out.append(_cap_simple(token))
            continue
        # two capitals inside a longer name: keep initialisms (JP Morgan), fix names (AL GORE)
        if upper and n > 1 and len(letters) == 2 and not _is_known_name(token) \
                and bare not in _LOWER_PARTICLES:
            out.append(token)
            continue
        if bare in _LOWER_PARTICLES and n > 1 and i < n - 1:
            vietnamese = bare in ("van", "thi") and (
                _has_origin(keys[i - 1] if i else "", "vi.f")
                or _has_origin(keys[i + 1], "vi.g")
            )
            if not vietnamese:
                next_is_particle = keys[i + 1] in _LOWER_PARTICLES
                if i > 0 or (role != GIVEN and (role == FAMILY or next_is_particle)):
                    out.append(low)
                    continue
        out.append("-".join(_cap_piece(p, role) for p in low.split("-")))
    result = " ".join(out)
    if result == text:
        return None
    return result


def _has_origin(word: str, tag: str) -> bool:
    info = name_info(word) if word else None
    return info is not None and tag in info.origins


# ---------------------------------------------------------------------------------------------
# Nicknames
# ---------------------------------------------------------------------------------------------


def nickname_forms(name: str) -> frozenset[str]:
    """Lookup keys (see :func:`name_key`) of ``name`` itself, its nicknames and the formal
    names it is a nickname of: ``nickname_forms("Bill")`` contains ``"william"`` and
    ``"bill"``. Uses the first word of a multi-word value. Empty for an empty value."""
    words = normalize(name).split()
    key = name_key(words[0]) if words else ""
    if not key:
        return frozenset()
    knowledge = name_knowledge()
    return frozenset({key}) | knowledge.nicknames_of(key) | knowledge.formals_of(key)


def is_nickname_of(short: str, formal: str) -> bool:
    """True when ``short`` is a known nickname of ``formal`` (Bill of William, Liz of
    Elizabeth, Paco of Francisco). False for identical names."""
    skey, fkey = name_key(short), name_key(formal)
    if not skey or not fkey or skey == fkey:
        return False
    return skey in name_knowledge().nicknames_of(fkey)


def name_variants_match(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are the same given name or one is a nickname of the other,
    or both are nicknames of one formal name (Bill / Will)."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    forms_a = nickname_forms(a)
    if kb in forms_a:
        return True
    knowledge = name_knowledge()
    return bool(knowledge.formals_of(ka) & knowledge.formals_of(kb))


# ---------------------------------------------------------------------------------------------
# Surname forms
# ---------------------------------------------------------------------------------------------


def surname_forms(family: str) -> frozenset[str]:
    """Lookup keys under which a greeting could use this family name: the whole name,
    the name without leading particles ("van Beethoven" -> "vanbeethoven", "beethoven"),
    and each part of a double or hyphenated surname of at least three letters
    ("García Márquez" -> "garciamarquez", "garcia", "marquez")."""
    words = [w for w in normalize(family).replace("-", " ").split() if name_key(w)]
    if not words:
        return frozenset()
    forms = {name_key(family)}
    i = 0
    while i < len(words) - 1 and words[i].strip(".") in _FAMILY_PARTICLES - _SAINT_TITLES:
        i += 1
    base = words[i:]
    forms.add("".join(name_key(w) for w in base))
    if not (base and base[0].strip(".") in _SAINT_TITLES):  # "St. John" is indivisible
        forms.update(name_key(w) for w in base if len(name_key(w)) >= 3
                     and w.strip(".") not in _FAMILY_PARTICLES)
    forms.discard("")
    return frozenset(forms)


# ---------------------------------------------------------------------------------------------
# Swapped first/last fields
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SwapVerdict:
    """The first/last-name fields of a record look swapped."""

    confidence: float
    """0.5-0.99, from the summed evidence. >= 0.8 (:attr:`strong`): both fields clear, or
    one clear and the email address agrees. A same-culture verdict without email support
    (Kim / Minjun) scores 0.6."""
    reason: str
    """One sentence, without the names themselves (recipient data is personal data)."""
    evidence: tuple[str, ...]
    """Machine-readable evidence codes, e.g. ``("given-field-is-family-name",
    "family-field-is-given-name", "email:family.given")``."""
    given: str
    """Suggested given name (the value of the family-name field)."""
    family: str
    """Suggested family name (the value of the given-name field)."""

    @property
    def strong(self) -> bool:
        return self.confidence >= 0.8


_EMAIL_WEIGHTS: Final = {
    "given.family": -2.0,
    "initial.family": -3.0,
    "family.initial": -1.0,
    "family.given": 2.0,
    "initial-of-family.given": 3.0,
    "given.initial-of-family": 1.0,
}


@lru_cache(maxsize=65536)
def _field_words(field: str) -> tuple[str, ...]:
    """Name words of a field: no honorifics, suffixes, initials or bare particles."""
    words = normalize(field).replace(",", " ").split()
    out = []
    for i, word in enumerate(words):
        bare = word.strip(".()\"")
        key = name_key(bare)
        if not key or len(key) == 1:
            continue
        if i == 0 and len(words) > 1 and (key in _HONORIFICS_PLAIN or key in _HONORIFICS_DOTTED):
            continue
        if i > 0 and key in _SUFFIXES:
            continue
        out.append(bare)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _FieldEvidence:
    score: float = 0.0
    """Log-odds given-vs-family over the field's name words (0 when unknown or mixed)."""
    family_origins: frozenset[str] = frozenset()
    """Family-first cultures (zh, ko, ja, vi) whose family-name lists hold a word of the field."""
    given_origins: frozenset[str] = frozenset()
    """Family-first cultures whose given-name lists hold a word of the field."""
    particle_led: bool = False
    """The field starts with a surname particle ("van der Berg", "de la Cruz")."""
    family_weight: float = 0.0
    """Largest family-name weight among the field's words."""


@lru_cache(maxsize=65536)
def _field_evidence(field: str) -> _FieldEvidence:
    """What a name field's words say about its role."""
    words = _field_words(field)
    if not words:
        return _FieldEvidence()
    particle_led = False
    content = []
    i = 0
    while i < len(words):
        word = words[i]
        if word == "thi" and i < len(words) - 1:
            i += 1  # Vietnamese middle name (Thi Mai): says nothing about the role
            continue
        if word in _FAMILY_PARTICLES and i < len(words) - 1 and word not in ("mac", "mc"):
            nxt = words[i + 1]
            vietnamese = word == "van" and _has_origin(nxt, "vi.g")
            if not vietnamese and word not in ("y", "al", "el", "o"):
                particle_led = True
            if not vietnamese:
                i += 1
                continue
        content.append(word)
        i += 1
    scores = [name_role_evidence(w) for w in content]
    known = [s for s in scores if s]
    family_origins: set[str] = set()
    given_origins: set[str] = set()
    family_weight = 0.0
    for w in content:
        info = name_info(w)
        if info is not None:
            family_origins |= info.origin_of("f") & FAMILY_FIRST_ORIGINS
            given_origins |= info.origin_of("g") & FAMILY_FIRST_ORIGINS
            family_weight = max(family_weight, info.family)
    if particle_led:
        score = min(-STRONG_EVIDENCE - 0.5, *(known or [0.0]))
    elif not known or (max(known) >= 1.0 and min(known) <= -1.0):
        score = 0.0  # unknown, or a full name in one field: not our question
    else:
        score = sum(known) / len(known)
    return _FieldEvidence(score, frozenset(family_origins), frozenset(given_origins),
                          particle_led, family_weight)


def _email_pattern(email: str | None, given_field: str, family_field: str) -> str | None:
    """Which naming pattern the email local part follows, if exactly one fits."""
    if not email or "@" not in email:
        return None
    local = normalize(email.rsplit("@", 1)[0]).split("+", 1)[0]
    local = re.sub(r"\d+$", "", local)
    parts = [p for p in re.split(r"[._\-]+", local) if p]
    if not parts:
        return None
    compact = "".join(parts)
    g_words = [name_key(w) for w in _field_words(given_field)]
    f_words = [name_key(w) for w in _field_words(family_field)]
    g_words = [w for w in g_words if w]
    f_words = [w for w in f_words if w]
    if not g_words or not f_words:
        return None
    g_forms = {g_words[0], "".join(g_words)}
    f_forms = {"".join(f_words), f_words[-1], f_words[0]}
    # drop leading particles from the family forms too (van Beethoven -> beethoven)
    f_stripped = [w for w in f_words if w not in _FAMILY_PARTICLES]
    if f_stripped:
        f_forms.add("".join(f_stripped))
    if g_forms & f_forms:
        return None
    matches: set[str] = set()

    def fits(first: set[str], second: set[str]) -> bool:
        for a in first:
            for b in second:
                if len(parts) >= 2 and parts[0] == a and parts[-1] == b and all(
                    len(p) == 1 for p in parts[1:-1]
                ):
                    return True
                if compact == a + b:
                    return True
        return False

    g_initial = {g_words[0][0]}
    f_initial = {f_words[-1][0]} | {w[0] for w in f_stripped[:1]}
    if fits(g_forms, f_forms):
        matches.add("given.family")
    if fits(f_forms, g_forms):
        matches.add("family.given")
    if fits(g_initial, f_forms):
        matches.add("initial.family")
    if fits(f_initial, g_forms):
        matches.add("initial-of-family.given")
    if fits(f_forms, g_initial):
        matches.add("family.initial")
    if fits(g_forms, f_initial):
        matches.add("given.initial-of-family")
    if len(matches) != 1:
        return None
    return matches.pop()


def swap_verdict(
    given_field: str, family_field: str, email: str | None = None
) -> SwapVerdict | None:
    """Decide whether a record's first-name and last-name fields look swapped.

    Evidence: how often each field's words are given versus family names (census and
    curated lists), surname particles ("van der", "de la"), and the email local part
    (``parissa.behnia@`` and ``p.behnia@`` put Parissa first). Returns None (abstains)
    whenever the evidence is ambiguous: names that are common both ways (Jordan Taylor,
    Taylor Morgan, Kelly Grace, James Thomas), unknown names without a supporting email
    address, junk values, or an email address that follows the fields as written.

    A family name of a family-first culture in the first-name field (Nguyen, Tran, Tanaka,
    Zhang) counts as a swap when the other field is clearly a given name; a pinyin syllable
    that is both (Wei, Li, Lin) needs the email address to agree.
    """
    if not isinstance(given_field, str) or not isinstance(family_field, str):
        return None
    if not isinstance(email, str):
        email = None
    gk, fk = name_key(given_field), name_key(family_field)
    if not gk or not fk or gk == fk or gk in fk or fk in gk:
        return None
    g_ev, f_ev = _field_evidence(given_field), _field_evidence(family_field)
    if f_ev.particle_led:
        return None  # "van der Berg" in the last-name field is where it belongs
    lg, lf = g_ev.score, f_ev.score
    g_origins, g_particles = g_ev.family_origins, g_ev.particle_led
    both_clear = lg <= -STRONG_EVIDENCE and lf >= STRONG_EVIDENCE
    # Kim / Minjun: a family name of one family-first culture next to a given name of the
    # same culture that is never a family name, even if the first word is also a given
    # name elsewhere (Kim, Lee, Li)
    same_culture = g_origins & f_ev.given_origins
    culture_match = bool(same_culture) and lf >= STRONG_EVIDENCE and f_ev.family_weight == 0 \
        and lg <= 1.0
    email_may_decide = lf - lg >= 2.5 and lg <= 0.0 and lf >= -0.5
    # van Beethoven / Ludwig: a given name never starts with a surname particle, so the other
    # field only has to lean towards a given name (Ludwig is also a rare US surname)
    # ("La Toya", "De Andre" written apart are given names: not a particle)
    particle_swap = g_particles and lf > 0.0 and given_weight(name_key(given_field)) == 0
    if not (both_clear or culture_match or email_may_decide or particle_swap):
        return None  # the common case: the fields read the right way round, or unknown
    for value, role in ((given_field, GIVEN), (family_field, FAMILY)):
        if junk_reason(value, role) not in (None, JunkCategory.WHITESPACE):
            return None
    pattern = _email_pattern(email, given_field, family_field)
    email_score = _EMAIL_WEIGHTS.get(pattern, 0.0) if pattern else 0.0
    if pattern == "family.given" and f_ev.family_origins and lg > -(STRONG_EVIDENCE + 1.0):
        # kim.jung@ for first_name Jung, last_name Kim: the family-first order of a Korean,
        # Chinese, Japanese or Vietnamese family name, not a sign that the fields are swapped
        # (unless the first-name field can hardly be a given name: Zhang / Wei, wei.zhang@)
        email_score = 0.0
    family_first = bool(g_origins)

    evidence: list[str] = []
    swapped = False
    if both_clear or culture_match or particle_swap:
        if email_score >= -1.0:
            swapped = True
        elif email_score > -3.0 and family_first and lg <= -(STRONG_EVIDENCE + 1.0) \
                and lf >= STRONG_EVIDENCE + 1.0:
            # nguyen.anh@ is the natural order for a Vietnamese name: weak counter-evidence
            swapped = True
    elif email_score >= 2.0 and email_may_decide:
        swapped = True
    if not swapped:
        return None
    if culture_match and not both_clear:
        g_origins = same_culture

    if lg <= -STRONG_EVIDENCE or g_particles:
        evidence.append("given-field-is-family-name")
    elif lg < 0:
        evidence.append("given-field-leans-family-name")
    if lf >= STRONG_EVIDENCE:
        evidence.append("family-field-is-given-name")
    elif lf > 0:
        evidence.append("family-field-leans-given-name")
    for origin in sorted(g_origins):
        evidence.append(f"family-first-origin:{origin}")
    if pattern:
        evidence.append(f"email:{pattern}")

    score = (lf - lg) + email_score
    if culture_match and not both_clear:
        evidence.append("same-culture-given-name")
        score = max(score, 4.6)
    if particle_swap:
        evidence.append("particle-led-given-field")
        score = max(score, 4.6)
    confidence = round(min(0.99, max(0.5, 1.0 - math.exp(-score / 5.0))), 2)

    if g_origins:
        cultures = "/".join(ORIGIN_NAMES[o] for o in sorted(g_origins))
        first_part = f"the first-name field holds a common {cultures} family name"
    elif g_particles:
        first_part = "the first-name field holds a family name with a surname particle"
    elif lg <= -STRONG_EVIDENCE:
        first_part = "the first-name field holds a word mostly used as a family name"
    else:
        first_part = "the first-name field is not a known given name"
    if lf >= STRONG_EVIDENCE:
        second_part = "the last-name field a word mostly used as a given name"
    else:
        second_part = "the last-name field a word used as a given name"
    reason = f"{first_part} and {second_part}"
    if pattern and email_score > 0:
        reason += "; the email address puts the last-name field's value first as a given name"
    elif pattern and email_score < 0:
        reason += ("; the email address follows the fields' order, as is usual for "
                   "family-first names")
    if family_first:
        reason += " (family-first name order?)"
    return SwapVerdict(
        confidence=confidence,
        reason=reason,
        evidence=tuple(evidence),
        given=" ".join(family_field.split()),
        family=" ".join(given_field.split()),
    )


# ---------------------------------------------------------------------------------------------
# Full-name parsing
# ---------------------------------------------------------------------------------------------


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
        and _is_family_first_name(words[0], words[-1])
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


def _is_family_first_name(first: str, last: str) -> bool:
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


