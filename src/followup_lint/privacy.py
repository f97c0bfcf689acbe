"""Recipient data is personal: values from records are masked in output unless asked for."""

from __future__ import annotations

import string
import unicodedata
from typing import Mapping

_FORMATTER = string.Formatter()


def mask(value: str) -> str:
    """Keep just enough to recognise a value: ``Behnia`` -> ``B…``, ``ana@example.com`` -> ``a…@e…``."""
    value = value.strip()
    if not value:
        return value
    if "@" in value:
        local, _, domain = value.rpartition("@")
        return f"{local[:1]}…@{domain[:1]}…"
    return f"{value[:1]}…" if len(value) > 1 else "…"


def quote(value: str) -> str:
    return '"' + value.replace("\n", "\\n").replace("\r", "\\r") + '"'


def format_personal(message: str, personal: Mapping[str, str], show: bool, *, quoted: bool = True) -> str:
    """Fill ``{placeholders}`` with personal values (quoted for messages, bare for fixes),
    masked unless ``show``."""
    if not personal and "{" not in message:
        return message
    wrap = quote if quoted else str
    values = {key: wrap(str(v) if show else mask(str(v))) for key, v in personal.items()}
    try:
        return _FORMATTER.vformat(message, (), _Default(values))
    except (ValueError, IndexError, KeyError):
        return message


class _Default(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def is_only_personal(text: str, personal: Mapping[str, str]) -> bool:
    """True when ``text`` is nothing but one personal value (``"{suggestion}"``): masked, such a
    fix would only show an initial, so it is left out unless personal data may be shown."""
    stripped = text.strip()
    return stripped.startswith("{") and stripped.endswith("}") and stripped[1:-1] in personal


# ------------------------------------------------------------------ who a finding is about

_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la", "le",
     "ten", "ter", "zu", "y", "e", "al", "el", "bin", "binti", "ibn", "af", "av", "op", "'t"}
)


def _initial(part: str, *, family: bool = False) -> str:
    """``Parissa`` -> ``P.``; a family name's lower-case particles are skipped (``van der Berg``
    -> ``B.``, but ``Van Buren`` -> ``V.``)."""
    words = part.split()
    if not words:
        return ""
    chosen = words[0]
    if family and len(words) > 1:
        for word in words:
            if word not in _PARTICLES:
                chosen = word
                break
    chosen = chosen.lstrip("'’\"(-")
    if not chosen:
        return ""
    first = unicodedata.normalize("NFC", chosen)[0]
    upper = first.upper()
    return (upper if len(upper) == 1 else first) + "."


def mask_email(email: str) -> str:
    """``parissa.behnia@northwind.example`` -> ``p***@northwind.example``: the domain stays (it is
    the company, which a reader needs to tell recipients apart), the mailbox does not."""
    email = email.strip()
    if not email:
        return ""
    local, at, domain = email.rpartition("@")
    if not at:
        return email[:1] + "***"
    return f"{local[:1]}***@{domain}"


def identity(given: str | None, family: str | None, email: str | None, *, full: str | None = None,
             show: bool = False) -> str | None:
    """Who a record is, for output: ``"P. B., p***@northwind.example"`` (initials and the email's
    first letter and domain), or with ``show`` the real values, ``"Parissa Behnia
    <parissa.behnia@northwind.example>"``. None when the record has neither a name nor an email."""
    given = (given or "").strip()
    family = (family or "").strip()
    email = (email or "").strip()
    if show:
        name = " ".join(part for part in (given, family) if part) or (full or "").strip()
        if name and email:
            return f"{name} <{email}>"
        return name or (f"<{email}>" if email else None)
    if given or family:
        initials = " ".join(i for i in (_initial(given), _initial(family, family=True)) if i)
    else:
        initials = " ".join(_initial(word) for word in (full or "").split()[:3])
    masked = mask_email(email)
    parts = [p for p in (initials, masked) if p]
    return ", ".join(parts) or None


def recipient_key(email: str | None, given: str | None = None, family: str | None = None,
                  full: str | None = None) -> str | None:
    """A one-way hash that recognises the same recipient in another export of the list: the
    email, case-folded and trimmed, else the names. Never shown; baselines salt it again."""
    import hashlib
    import unicodedata

    def norm(value: str | None) -> str:
        text = unicodedata.normalize("NFKC", value or "").casefold()
        return " ".join(text.split())

    basis = norm(email)
    if basis:
        basis = "email:" + basis
    else:
        names = " ".join(part for part in (norm(given), norm(family)) if part) or norm(full)
        if not names:
            return None
        basis = "name:" + names
    return hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()[:24]
