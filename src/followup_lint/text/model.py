"""The segments of an email: :class:`Span` and :class:`EmailSegments`, with offsets that map back
to the source (also for HTML input)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .words import SCOPES

__all__ = ["EmailSegments", "Span"]


class _SourceMap:
    """Where each character of extracted text came from in the source (HTML)."""

    __slots__ = ("ends", "starts")

    def __init__(self, starts: list[int], ends: list[int]) -> None:
        self.starts = starts
        self.ends = ends

    def span(self, start: int, end: int, default: int = 0) -> tuple[int, int]:
        n = len(self.starts)
        if n == 0:
            return (default, default)
        start = min(max(start, 0), n)
        end = min(max(end, start), n)
        if start == end:
            pos = self.starts[start] if start < n else self.ends[n - 1]
            return (pos, pos)
        return (self.starts[start], self.ends[end - 1])


@dataclass(frozen=True, slots=True)
class Span:
    """A segment of an email.

    ``start``/``end`` are character offsets into the input as given (the HTML source for
    HTML input); ``text`` is the plain text of the segment (tags dropped, entities decoded,
    for plain input simply ``source[start:end]``); ``plain_start``/``plain_end`` are its
    offsets in :attr:`EmailSegments.text`.
    """

    start: int
    end: int
    text: str
    plain_start: int
    plain_end: int
    _map: _SourceMap | None = field(default=None, repr=False, compare=False)

    def source_span(self, start: int = 0, end: int | None = None) -> tuple[int, int]:
        """Map ``[start, end)`` offsets within :attr:`text` (e.g. a pattern match found in
        it) to offsets in the source."""
        length = self.plain_end - self.plain_start
        end = length if end is None else end
        start = min(max(start, 0), length)
        end = min(max(end, start), length)
        if self._map is None:
            return (self.start + start, self.start + end)
        return self._map.span(self.plain_start + start, self.plain_start + end, self.start)


@dataclass(frozen=True, slots=True)
class EmailSegments:
    """The segments of one email. A segment that was not found is ``None``.

    ``source`` is the input unchanged; ``text`` is the plain text that was analysed (equal to
    ``source`` unless the input was HTML). ``sentences`` are the sentences of the body in
    order; ``opener`` is the first of them. ``truncated`` says the body was longer than
    :data:`MAX_NLP_CHARS` and only its start was split into sentences.
    """

    source: str
    text: str
    is_html: bool
    greeting: Span | None = None
    opener: Span | None = None
    body: Span | None = None
    call_to_action: Span | None = None
    signoff: Span | None = None
    signature: Span | None = None
    ps: Span | None = None
    sentences: tuple[Span, ...] = ()
    truncated: bool = False
    _map: _SourceMap | None = field(default=None, repr=False, compare=False)

    def get(self, scope: str) -> Span | None:
        """The segment named ``scope`` (one of :data:`SCOPES`), or ``None``."""
        if scope not in SCOPES:
            raise KeyError(f"unknown segment {scope!r}; expected one of {', '.join(SCOPES)}")
        return getattr(self, scope)

    def segments(self) -> dict[str, Span]:
        """The segments that were found, by name, in :data:`SCOPES` order."""
        found = {name: getattr(self, name) for name in SCOPES}
        return {name: span for name, span in found.items() if span is not None}

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``[start, end)`` offsets in :attr:`text` to offsets in :attr:`source`."""
        if self._map is None:
            n = len(self.text)
            start = min(max(start, 0), n)
            return (start, min(max(end, start), n))
        return self._map.span(start, end)
