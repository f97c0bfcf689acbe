"""How long a value would be as text, worked out without building the text.

A list that holds one 200,000-character string 200,000 times takes 1.6 MB, but ``str()`` of it
is 40 billion characters. The sandbox asks :func:`text_size` before anything turns a value into
text (output, ``~``, ``|string``, ``|tojson``, ``format``, ``join``), so such a value is refused
before it is built.

The walk is iterative (no recursion limit to hit on deeply nested data) and stops as soon as
the running total passes the limit. Every item adds at least one character, so a walk never
visits more than about ``limit`` items, however the value is nested or shared.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from typing import Any

from jinja2 import Undefined
from jinja2.utils import Namespace

_SCALAR_SIZES = {bool: 5, type(None): 4, float: 24, complex: 50}
_UNKNOWN_OBJECT = 80  # "<LoopContext 3/7>", a date, a record value of a type we do not know


def text_size(value: Any, limit: int) -> int:
    """An estimate of ``len(str(value))`` (``repr`` for items inside containers) that is exact
    for strings and never far below the truth for containers. Past ``limit`` it returns early
    with some number above ``limit``."""
    if isinstance(value, str):
        return len(value)
    total = 0
    stack: list[Any] = [value]
    nested = False  # items inside containers print with repr(): quotes around strings
    while stack:
        item = stack.pop()
        total += _own_size(item, nested, stack)
        nested = True
        if total > limit:
            return total
    return total


def _own_size(item: Any, nested: bool, stack: list[Any]) -> int:
    """The characters ``item`` adds by itself; its children are pushed on ``stack``."""
    if isinstance(item, str):
        return len(item) + 2 if nested else len(item)
    kind = type(item)
    if kind in _SCALAR_SIZES:
        return _SCALAR_SIZES[kind]
    if kind is int:
        return item.bit_length() * 30103 // 100000 + 2  # decimal digits of a binary length
    if isinstance(item, (list, tuple, Set)):
        stack.extend(item)
        return 2 + 2 * len(item)
    if isinstance(item, Mapping):
        return _mapping_size(item, stack)
    if isinstance(item, Namespace):
        attrs = object.__getattribute__(item, "_Namespace__attrs")
        return 12 + _mapping_size(attrs, stack)
    if isinstance(item, Undefined):
        return 0
    if isinstance(item, (bytes, bytearray)):
        return len(item) + 3
    if isinstance(item, range):
        return 24
    return _UNKNOWN_OBJECT


def _mapping_size(mapping: Mapping[Any, Any], stack: list[Any]) -> int:
    for key, value in mapping.items():
        stack.append(key)
        stack.append(value)
    return 2 + 4 * len(mapping)


def shallow_size(value: Any) -> int:
    """What a new value costs in memory, in characters or items (shared parts are not counted
    again: ``[s] * 3`` costs 3 items, not three copies of ``s``)."""
    if isinstance(value, (str, bytes, bytearray, list, tuple, dict, Set)):
        return len(value)
    return 1
