"""Junk detection: name-field values that are not usable names (placeholder values of any
field, "N/A", "-", "TBD", are :mod:`field_junk`'s)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Final

import re2

from .normal import (
    FAMILY,
    FULL,
    GIVEN,
    Role,
    name_key,
    normalize,
)
from .tables import family_weight, given_weight
from .tokens import _HONORIFICS_PLAIN, _first_honorific, is_honorific


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
    TOO_LONG = "too-long"


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

# Patterns applied to whole values run on RE2 (linear in the value's length, whatever the
# value): Python's ``re`` took minutes on a 200,000-character name, retrying ``[^@]+@`` from
# every position. RE2's ``\s``, ``\w`` and ``\b`` are ASCII-only, so Unicode classes are spelt out.
_SPACE = r"\s\p{Z}"
_WORDCH = r"\pL\pM\pN_"
_EMAIL_RE = re2.compile(rf"[^{_SPACE}@<>()\[\],;:\"]+@[^{_SPACE}@<>()\[\],;:\"]+\.[A-Za-z]{{2,}}")
_URL_RE = re2.compile(
    rf"(?i)https?://|(?:^|[^{_WORDCH}])www\.|(?:^|[^{_WORDCH}])[a-z0-9-]{{2,}}\.(?:com|org|net|io|info|biz)(?:$|[^{_WORDCH}])"
    rf"|(?:^|[^{_WORDCH}])[a-z0-9-]{{2,}}\.[a-z]{{2,3}}/"
)
_MERGE_TAG_RE = re2.compile(
    r"\{\{|\}\}|\{%|%\}|\{#|#\}|\*\|[^|]*\|\*|%%[^%]+%%|%[A-Z_]{3,}%|\$\{[^}]*\}|#\{[^}]*\}"
    r"|\[\[|\]\]|<<[^>]*>>|«[^»]*»|<%|%>"
    r"|[\[{][^\]}]*(?:name|Name|NAME|first|First|FIRST|last|Last|LAST)[^\]}]*[\]}]"
)
_ANNOTATION_RE = re2.compile(
    rf"(?i)\([{_SPACE}]*(?:(?:she|he|they|ze|xe|ey|it)[{_SPACE}]*/[{_SPACE}]*(?:her|hers|him|his|them|theirs|zir|hir|xem|em|its)"
    rf"(?:[{_SPACE}]*/[{_SPACE}]*[{_WORDCH}]+)?|deceased|do not (?:contact|email|use)|dnc|inactive|former|old|left"
    rf"|no longer (?:here|with [{_WORDCH}]+))[{_SPACE}]*\)"
    rf"|(?:^|[^{_WORDCH}])(?:do not (?:contact|email|use)|deceased)(?:$|[^{_WORDCH}])"
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
    if len(value) > LONGEST_NAME and len(value.strip()) > LONGEST_NAME:
        # no name is this long; judged at once (the character-by-character checks would cost
        # about a second per 200,000 characters) and never cached (an entry keeps its key alive)
        return JunkFinding(JunkCategory.TOO_LONG, f"the value is longer than {LONGEST_NAME} characters, too long for a name")
    return _junk_finding(value, role)


#: Longest value judged as a name (the longest real full names, with every given name and
#: particle, are well under 150 characters).
LONGEST_NAME = 256


@lru_cache(maxsize=65536)
def _junk_finding(value: str, role: Role | None) -> JunkFinding | None:
    return _judge(value, role)


def _judge(value: str, role: Role | None) -> JunkFinding | None:
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
        dropped = set(bad)
        cleaned = "".join(ch for i, ch in enumerate(stripped) if i not in dropped)
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
