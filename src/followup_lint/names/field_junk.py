"""Junk in any field, not only names: what a form, a spreadsheet or an export writes when it has
no real value ("N/A", "-", "TBD", "k.A.", "aucun", "(blank)"). Read by FL320 junk-merge-value and
the per-column facts; the words of every language are data (rules/data/field-junk.yml)."""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from functools import lru_cache
from typing import Final

from .junk import _MERGE_TAG_RE, _PLACEHOLDER_PUNCT, _PLACEHOLDERS


# the placeholder words above that mean "no value" whatever the field ("Guest", "Customer",
# "Lead" are name placeholders only: as a job title or a segment they can be real values)
_ANY_FIELD_PLACEHOLDERS: Final = frozenset(
    p for p in _PLACEHOLDERS
    if p in {"test", "testing", "testtest", "asdf", "asdfg", "asdfgh", "asdfasdf", "qwerty", "xx", "xxx",
             "xxxx", "zzz", "foo", "foobar", "blah", "blahblah", "lorem", "ipsum", "loremipsum", "dummy",
             "placeholder", "none", "null", "nil", "nan", "undefined", "unknown", "notprovided",
             "notavailable", "notapplicable", "notknown", "tbd", "tba", "tbc", "todo", "blank", "empty",
             "missing", "dontknow", "idk", "objectobject", "redacted"}
) | frozenset({"na", "nv", "nvt", "nd", "tbadded", "tobeadded", "tobedetermined", "tobeconfirmed", "unspecified",
               "notspecified", "notset", "noanswer", "nodata", "novalue"})
_TEST_WORDS: Final = frozenset({"test", "testing", "testuser", "testcompany", "testaccount", "asdf", "qwerty",
                                "dummy", "foo", "xxx", "abc"})
_ZERO_RE = re.compile(r"^[+-]?0+(?:[.,]0+)?$")
_BRACKETED_RE = re.compile(r"^(?:\[[^\[\]]{1,40}\]|<[^<>]{1,40}>|\{[^{}]{1,40}\}|%[^%\s]{2,40}%)$")
_FIELD_KEY_RE = re.compile(r"[\s_\-.'’/\\]+")


class FieldJunk(StrEnum):
    """Why a value of any field is not a real value (machine-readable)."""

    PLACEHOLDER = "placeholder"
    SYMBOLS = "no-letters"
    MERGE_TAG = "merge-tag"
    ZERO = "zero"


def field_junk(value: object, *, zero_is_a_value: bool = False) -> FieldJunk | None:
    """Why a value of any field ("N/A", "-", "null", "none", "test", "TBD", "#N/A", "0")
    would read as a mistake in a sentence, or None when it is a real value (or empty:
    empty values are a separate question).

    ``zero_is_a_value``: the field is a quantity (``sessions_attended``), so "0" is an answer.
    Numbers from JSON are values; only text is judged. Cached by value."""
    if not isinstance(value, str):
        return None
    return _field_junk(value, zero_is_a_value)


@lru_cache(maxsize=65536)
def _field_junk(value: str, zero_is_a_value: bool) -> FieldJunk | None:
    stripped = value.strip()
    if not stripped:
        return None
    folded = stripped.casefold()
    words, exact, as_written = _field_junk_words()
    if folded in _PLACEHOLDER_PUNCT or " ".join(folded.split()) in exact or stripped in as_written:
        return FieldJunk.PLACEHOLDER
    unspaced = "".join(folded.split())  # "n. a." and "n.a." alike
    if unspaced in exact or unspaced in _spreadsheet_errors() or _LIBREOFFICE_ERROR_RE.match(unspaced):
        return FieldJunk.PLACEHOLDER  # "#NV", "#¡VALOR!", "#N/B", "Err:502": a formula that failed
    if _ZERO_RE.match(stripped):
        return None if zero_is_a_value else FieldJunk.ZERO
    if not any(ch.isalnum() for ch in stripped):
        return FieldJunk.SYMBOLS  # "-", "--", "?", "..."
    key = field_key(folded)
    if key in _ANY_FIELD_PLACEHOLDERS or key in words or (len(key) >= 3 and len(set(key)) == 1 and key.isalpha()):
        return FieldJunk.PLACEHOLDER
    if key[-1:].isdigit() and key.rstrip("0123456789") in _TEST_WORDS:
        return FieldJunk.PLACEHOLDER  # "test1", "Test123", "asdf2"
    if (_MERGE_TAG_RE.search(stripped) and len(stripped) <= 60) or _BRACKETED_RE.match(stripped):
        return FieldJunk.MERGE_TAG
    inner = _WRAPPED_RE.match(stripped)  # "(blank)" from a pivot table, "(none)", "(not provided)"
    if inner is not None and (field_key(inner.group(1)) in words or field_key(inner.group(1)) in _ANY_FIELD_PLACEHOLDERS):
        return FieldJunk.PLACEHOLDER
    return None


_LIBREOFFICE_ERROR_RE = re.compile(r"^err:5\d\d$")
_WRAPPED_RE = re.compile(r"^[(\[<{]\s*([^()\[\]<>{}]{1,30}?)\s*[)\]>}]$")


def field_key(text: str) -> str:
    """``Keine Angabe`` / ``keine_angabe`` / ``n.v.t.`` -> ``keineangabe`` / ``nvt``: case, accents
    and the marks people put between words removed."""
    key = _FIELD_KEY_RE.sub("", text.casefold())
    if not key.isascii():
        key = "".join(ch for ch in unicodedata.normalize("NFKD", key) if not unicodedata.combining(ch))
    return key


@lru_cache(maxsize=1)
def _field_junk_data() -> dict:
    """rules/data/field-junk.yml, read once per process."""
    from ..resources import data_path, load_yaml

    return load_yaml(data_path("field-junk.yml").read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=1)
def _field_junk_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The "no value" words of every language (rules/data/field-junk.yml), folded."""
    data = _field_junk_data()
    groups = [*(data.get("words") or {}).values(), *(data.get("rather_not_say") or {}).values()]
    words = frozenset(field_key(str(w)) for group in groups for w in group or ())
    exact = frozenset(" ".join(str(e).casefold().split()) for e in data.get("exact") or ())
    return words, exact, frozenset(str(e) for e in data.get("as_written") or ())


@lru_cache(maxsize=1)
def _spreadsheet_errors() -> frozenset[str]:
    """The error values of every language's spreadsheet (rules/data/field-junk.yml), folded."""
    groups = (_field_junk_data().get("spreadsheet_errors") or {}).values()
    return frozenset("".join(str(e).casefold().split()) for group in groups for e in group or ())
