"""Rendered text per distinct combination of the values a template reads.

A template's output depends only on the values of the top-level names it reads (Jinja's
``find_undeclared_variables``: record fields and the few globals a record may shadow). Real
lists repeat those values heavily (first names, companies, one webinar title), so the body and
the subject are rendered once per distinct combination and the text is reused for every record
with the same values. The key holds each value with its type (``1``, ``True`` and ``1.0`` render
differently) and a marker for a missing field (which renders unlike an empty one).

Only successful renders are kept: a failure is rendered again for every record, so its
diagnostics (one per record, with the record's row) are the same as without the memo. Records
whose values are not plain scalars (nested mappings, lists, other objects) are never looked up,
and a template that uses ``random`` (the one built-in filter whose output is not a function of
its input) gets no memo. The memo is bounded in entries and characters.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from jinja2 import TemplateSyntaxError

MAX_ENTRIES = 4096
MAX_CHARS = 4_000_000  # text kept per template, all entries together
_MISSING = object()  # a field the record does not have (renders as undefined, not as "")


class RenderMemo:
    """Rendered text of one template, by the values of the names it reads."""

    __slots__ = ("names", "entries", "chars")

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        self.entries: dict[tuple[Any, ...], str] = {}
        self.chars = 0

    @classmethod
    def for_source(cls, source: str) -> RenderMemo | None:
        """A memo for template text ``source``, or None when its output may vary for the same
        values (``random``) or the text does not parse (it never renders anyway)."""
        if "random" in source:
            return None
        from .parse_cache import names_read

        try:
            names = names_read(source)
        except (TemplateSyntaxError, RecursionError, MemoryError, ValueError):
            return None
        return cls(tuple(sorted(names)))

    @classmethod
    def for_body(cls, body: str, context_names: frozenset[str], global_names: Iterable[str]) -> RenderMemo | None:
        """:meth:`for_source` for a template body already analysed: the names it reads from the
        context, and every global whose name the text mentions (a record may shadow it)."""
        if "random" in body:
            return None
        return cls(tuple(sorted(context_names | {name for name in global_names if name in body})))

    def key(self, data: Mapping[str, Any]) -> tuple[Any, ...] | None:
        """The values ``data`` gives the template's names, or None when one is not a plain
        scalar (such a record is rendered every time)."""
        get = data.get
        parts: list[Any] = []
        for name in self.names:
            value = get(name, _MISSING)
            kind = type(value)
            if kind is str or value is None or value is _MISSING:
                parts.append(value)
            elif kind is int or kind is bool:
                parts.append((kind, value))
            elif kind is float:
                parts.append((kind, repr(value)))  # -0.0 == 0.0, but they render differently
            else:
                return None
        return tuple(parts)

    def get(self, key: tuple[Any, ...] | None) -> str | None:
        return None if key is None else self.entries.get(key)

    def put(self, key: tuple[Any, ...] | None, text: str) -> None:
        if key is None or len(self.entries) >= MAX_ENTRIES or self.chars + len(text) > MAX_CHARS:
            return
        self.entries[key] = text
        self.chars += len(text)
