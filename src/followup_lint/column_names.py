"""Which column of a record a template variable stands for, when the export names its columns
with labels.

CRM and webinar exports head their columns with labels ("Company Name", "Custom Intro",
"Industry", "Mailing City"); a template reads identifiers (``{{ company_name }}``). A pipeline
that merges such a list must map one to the other, so the rules that judge what a column
*holds* (FL320 junk values, FL322 / FL304 one value for everyone, the per-column facts) read a
variable that has no column of its exact name from the one column whose name folds to the same
key: case, accents, spaces and ``_ - .`` ignored. Two such columns: neither (it is not clear
which one is meant). That the names differ is FL003's to report ("did you mean 'Industry'?");
what the column holds is a problem either way.

Per record this is a dictionary lookup; the folding is done once per column name and the
answer once per set of columns (:func:`aliases`, bounded memo).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, Mapping

_SEPARATORS = re.compile(r"[\s_\-.]+")
_MEMO_LIMIT = 256
_MISSING = object()


@lru_cache(maxsize=8192)
def column_key(name: str) -> str:
    """``Custom Intro`` / ``custom_intro`` / ``Société`` -> ``customintro`` / ``societe``."""
    key = _SEPARATORS.sub("", name).casefold()
    if not key.isascii():
        key = "".join(ch for ch in unicodedata.normalize("NFKD", key) if not unicodedata.combining(ch))
    return key


def fold_column(name: str) -> str:
    """The strict fold that the attendance and event-date tables match on: letters and digits
    only, case and accents removed (``"Time in Session (minutes)"`` -> ``"timeinsessionminutes"``,
    ``"Date de l'événement"`` -> ``"datedelevenement"``)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


_alias_memo: dict[tuple[tuple[str, ...], str], str | None] = {}


def folded_column(keys: tuple[str, ...], name: str) -> str | None:
    """The one key of ``keys`` that folds to ``name``'s key (None when none or several)."""
    memo_key = (keys, name)
    found = _alias_memo.get(memo_key, _MISSING)
    if found is not _MISSING:
        return found  # type: ignore[return-value]
    wanted = column_key(name)
    matches = [k for k in keys if type(k) is str and column_key(k) == wanted]
    found = matches[0] if len(matches) == 1 else None
    if len(_alias_memo) >= _MEMO_LIMIT:
        _alias_memo.clear()
    _alias_memo[memo_key] = found
    return found


def lookup_column(record: Mapping[str, Any], path: tuple[str, ...]) -> tuple[Any, str | None]:
    """The value a variable stands for and the dotted column it came from, exact names first,
    then a label that folds to the same key at each level; ``(None, None)`` when the record has
    no such column."""
    if len(path) == 1 and type(record) is dict:  # the common, flat case
        value = record.get(path[0], _MISSING)
        if value is not _MISSING:
            return value, path[0]
    value: Any = record
    parts: list[str] = []
    for part in path:
        if not isinstance(value, Mapping):
            return None, None
        if part not in value:
            alias = folded_column(tuple(value), part)
            if alias is None:
                return None, None
            part = alias
        parts.append(part)
        value = value[part]
    return value, ".".join(parts)
