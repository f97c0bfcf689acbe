"""Safe matching for user-written patterns and phrase lists.

Rule packs (ours and the users' own YAML files) describe what to look for as regular
expressions or phrase lists. A regular expression written by a marketing-ops person must not
be able to hang the linter, so nothing here uses Python's backtracking ``re`` engine: every
pattern is compiled with RE2 (``google-re2``), whose matching time is linear in the length of
the text, whatever the pattern. RE2 does not support backreferences or look-around; such a
pattern is rejected with a :class:`PatternError` that names the construct and the pattern.

Word boundaries are Unicode-aware (RE2's own ``\\b`` only knows ASCII letters, so ``café\\b``
would never match): a match may not start or end in the middle of a word, where a word
character is a letter, a digit, a combining mark or ``_``. A side of a pattern that starts or
ends with punctuation (``!!!``, ``$$$``, ``100%``) gets no boundary on that side.

Offsets are character offsets into the ``str`` that was searched, also for accented text,
emoji and other non-ASCII input.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

import re2

from .pattern_source import ends_with_word, explain_re2_error, is_word_char, split_top_level, starts_with_word

__all__ = [
    "PatternError",
    "PatternMatch",
    "SafePattern",
    "compile_pattern",
    "compile_phrases",
]

#: Longest pattern source accepted (phrase lists are not limited by this; see ``_MAX_PHRASES``).
MAX_PATTERN_LENGTH = 10_000
_MAX_PHRASES = 20_000
_MAX_MEM = 64 << 20  # RE2 memory budget per compiled pattern (default is 8 MiB)

# Word characters for the Unicode-aware boundaries: letters, marks, digits, underscore.
_WORD = r"\pL\pM\pN_"
_LEFT_BOUNDARY = rf"(?:^|[^{_WORD}])"
_RIGHT_BOUNDARY = rf"(?:[^{_WORD}]|$)"
# Names of the capture groups that hold the reported match, one per boundary kind:
# L = boundary before, R = boundary after.
_GROUP_NAMES = ("FLmatchLR", "FLmatchL", "FLmatchR", "FLmatchN")

# UTF-8 continuation bytes; deleting them from a byte string leaves one byte per character.
_CONTINUATION = bytes(range(0x80, 0xC0))


class PatternError(ValueError):
    """A pattern that cannot be compiled safely; ``str(error)`` is a readable message."""

    def __init__(self, message: str, pattern: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.pattern = pattern


class PatternMatch(NamedTuple):
    """One match: character offsets ``[start, end)`` into the searched text, and its text."""

    start: int
    end: int
    text: str


class SafePattern:
    """A compiled, linear-time pattern. Build it with :func:`compile_pattern` or
    :func:`compile_phrases`; it is immutable and safe to share between threads."""

    __slots__ = ("_groups", "_phrases", "_regex", "ignore_case", "source", "word_boundaries")

    def __init__(
        self,
        source: str,
        regex: object | None,
        groups: tuple[int, ...],
        *,
        ignore_case: bool,
        word_boundaries: bool,
        phrases: dict[str, str] | None = None,
    ) -> None:
        self.source = source
        self.ignore_case = ignore_case
        self.word_boundaries = word_boundaries
        self._regex = regex
        self._groups = groups
        self._phrases = phrases

    def __repr__(self) -> str:
        return (
            f"SafePattern({self.source!r}, ignore_case={self.ignore_case}, "
            f"word_boundaries={self.word_boundaries})"
        )

    def finditer(self, text: str) -> Iterator[PatternMatch]:
        """Yield the non-overlapping, non-empty matches in ``text``, left to right."""
        if self._regex is None or not isinstance(text, str) or not text:
            return
        # Search UTF-8 bytes so that RE2 does not re-encode the text for every match.
        # "replace" turns a lone surrogate into "?": one character either way, so
        # character counts (and hence offsets) are preserved.
        data = text.encode("utf-8", "replace")
        to_char = _identity if len(data) == len(text) else _ByteToChar(data)
        size = len(data)
        pos = 0
        last_end = 0
        while pos <= size:
            found = self._regex.search(data, pos)
            if found is None:
                return
            start, end = self._group_span(found)
            if start < 0 or end <= start:
                # Empty match (only possible in a corner the compile-time check missed):
                # step over one character and go on.
                pos = _next_char(data, max(pos, found.end()))
                if pos > size:
                    return
                continue
            if start < last_end:
                # We stepped back one character to see the previous match's last
                # character as boundary context, and found an overlapping match instead.
                pos = last_end
                continue
            cstart, cend = to_char(start), to_char(end)
            yield PatternMatch(cstart, cend, text[cstart:cend])
            last_end = end
            if found.end() == end and end > 0:
                # Nothing after the match was consumed as boundary context; let the next
                # search see the last matched character as the context before a match.
                pos = _prev_char(data, end)
            else:
                pos = end

    def search(self, text: str) -> PatternMatch | None:
        """The first match in ``text``, or ``None``."""
        return next(self.finditer(text), None)

    def matches(self, text: str) -> bool:
        """Whether the pattern occurs anywhere in ``text``."""
        return self.search(text) is not None

    def phrase_of(self, matched_text: str) -> str | None:
        """For a phrase pattern: the phrase (as given) that produced ``matched_text``."""
        if self._phrases is None:
            return None
        return self._phrases.get(_phrase_key(matched_text, self.ignore_case))

    def _group_span(self, found: object) -> tuple[int, int]:
        if not self._groups:
            return found.span()  # type: ignore[attr-defined]
        for index in self._groups:
            span = found.span(index)  # type: ignore[attr-defined]
            if span[0] >= 0:
                return span
        return (-1, -1)


def compile_pattern(
    pattern: str, *, ignore_case: bool = True, word_boundaries: bool = True
) -> SafePattern:
    """Compile a user regular expression (RE2 syntax, which is Python's minus
    backreferences, look-around, atomic groups, possessive quantifiers and ``(?x)``).

    With ``word_boundaries`` a match must not start or end inside a word (Unicode-aware),
    on each side where the pattern starts/ends with something that can be a word character.
    Raises :class:`PatternError` for an empty, over-long, invalid or unsupported pattern, or
    one that can match the empty string.
    """
    if not isinstance(pattern, str):
        raise PatternError(
            f"a pattern must be a string, not {type(pattern).__name__}", None
        )
    if not pattern.strip():
        raise PatternError("empty pattern: it would match everywhere", pattern)
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise PatternError(
            f"pattern is {len(pattern)} characters long; the limit is {MAX_PATTERN_LENGTH}",
            pattern,
        )
    # Compile it alone first, so that errors are reported against the user's own text.
    _re2_compile(pattern, pattern, ignore_case=ignore_case, longest=False)
    _reject_empty_matches(pattern, ignore_case)
    if not word_boundaries:
        return SafePattern(
            pattern,
            _re2_compile(pattern, pattern, ignore_case=ignore_case, longest=False),
            (),
            ignore_case=ignore_case,
            word_boundaries=False,
        )
    branches = split_top_level(pattern)
    if branches is None:
        branches = [pattern]
    kinds = [(b, starts_with_word(b), ends_with_word(b)) for b in branches]
    regex_src, names = _bucketed(kinds)
    regex = _re2_compile(regex_src, pattern, ignore_case=ignore_case, longest=False)
    return SafePattern(
        pattern,
        regex,
        _group_indices(regex, names),
        ignore_case=ignore_case,
        word_boundaries=True,
    )


def compile_phrases(
    phrases: Iterable[str],
    *,
    ignore_case: bool = True,
    word_boundaries: bool = True,
) -> SafePattern:
    """Compile a list of literal phrases into ONE pattern (a single pass over a text).

    Each phrase is matched literally except that any run of whitespace in it matches any run
    of whitespace (including non-breaking spaces and line breaks), straight and curly
    apostrophes match each other, and so do the hyphen variants. Where phrases overlap at the
    same position the longest wins. Blank phrases are ignored; an empty list never matches.
    """
    if isinstance(phrases, str):
        phrases = [phrases]
    originals: dict[str, str] = {}
    kinds: list[tuple[str, bool, bool]] = []
    try:
        items = list(phrases)
    except TypeError as exc:
        raise PatternError(f"phrases must be a list of strings: {exc}") from None
    if len(items) > _MAX_PHRASES:
        raise PatternError(
            f"{len(items)} phrases in one list; the limit is {_MAX_PHRASES}", None
        )
    for phrase in items:
        if not isinstance(phrase, str):
            raise PatternError(
                f"phrase {phrase!r} is a {type(phrase).__name__}, not a string", None
            )
        stripped = " ".join(phrase.split())
        if not stripped:
            continue
        key = _phrase_key(stripped, ignore_case)
        if key in originals:
            continue
        originals[key] = phrase
        kinds.append(
            (
                _phrase_regex(stripped),
                word_boundaries and is_word_char(stripped[0]),
                word_boundaries and is_word_char(stripped[-1]),
            )
        )
    source = " | ".join(originals.values())
    if not kinds:
        return SafePattern(
            source, None, (), ignore_case=ignore_case, word_boundaries=word_boundaries,
            phrases={},
        )
    regex_src, names = _bucketed(kinds)
    regex = _re2_compile(regex_src, source, ignore_case=ignore_case, longest=True)
    return SafePattern(
        source,
        regex,
        _group_indices(regex, names),
        ignore_case=ignore_case,
        word_boundaries=word_boundaries,
        phrases=originals,
    )


# --------------------------------------------------------------------------- internals


def _identity(offset: int) -> int:
    return offset


class _ByteToChar:
    """Convert increasing UTF-8 byte offsets to character offsets in one overall pass."""

    __slots__ = ("_byte", "_char", "_data")

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._byte = 0
        self._char = 0

    def __call__(self, offset: int) -> int:
        if offset < self._byte:
            self._byte = self._char = 0
        chunk = self._data[self._byte : offset]
        self._char += len(chunk.translate(None, _CONTINUATION))
        self._byte = offset
        return self._char


def _next_char(data: bytes, pos: int) -> int:
    pos += 1
    while pos < len(data) and data[pos] & 0xC0 == 0x80:
        pos += 1
    return pos


def _prev_char(data: bytes, pos: int) -> int:
    pos -= 1
    while pos > 0 and data[pos] & 0xC0 == 0x80:
        pos -= 1
    return pos


def _phrase_key(text: str, ignore_case: bool) -> str:
    key = " ".join(text.split())
    key = key.translate(_NORMALISE_PUNCT)
    return key.casefold() if ignore_case else key


_APOSTROPHES = "'\u2019\u2018\u02bc"
_HYPHENS = "-\u2010\u2011"
_NORMALISE_PUNCT = str.maketrans({c: "'" for c in _APOSTROPHES} | {c: "-" for c in _HYPHENS})


def _escape_char(char: str) -> str:
    if char.isalnum() or char == "_":
        return char
    if char.isascii():
        return "\\" + char if char.isprintable() else f"\\x{{{ord(char):x}}}"
    return f"\\x{{{ord(char):x}}}"


def _phrase_regex(phrase: str) -> str:
    parts: list[str] = []
    for word in phrase.split(" "):
        out = []
        for char in word:
            if char in _APOSTROPHES:
                out.append("[" + "".join(_escape_char(c) for c in _APOSTROPHES) + "]")
            elif char in _HYPHENS:
                out.append("[" + "".join(_escape_char(c) for c in _HYPHENS) + "]")
            else:
                out.append(_escape_char(char))
        parts.append("".join(out))
    return r"[\s\pZ]+".join(parts)


def _bucketed(kinds: list[tuple[str, bool, bool]]) -> tuple[str, tuple[str, ...]]:
    """Group branches by which sides need a boundary and build one alternation.

    The boundary before a match is consumed as context outside the reporting group; so is
    the boundary after it. ``finditer`` restarts each search so that this context can be
    shared between neighbouring matches.
    """
    buckets: dict[tuple[bool, bool], list[str]] = {
        (True, True): [],
        (True, False): [],
        (False, True): [],
        (False, False): [],
    }
    for branch, left, right in kinds:
        buckets[(left, right)].append(branch)
    names: list[str] = []
    sides: list[str] = []
    for left in (False, True):
        inner: list[str] = []
        for right in (True, False):
            branches = buckets[(left, right)]
            if not branches:
                continue
            name = _GROUP_NAMES[(0 if right else 1) if left else (2 if right else 3)]
            names.append(name)
            group = f"(?P<{name}>" + "|".join(f"(?:{b})" for b in branches) + ")"
            inner.append(group + (_RIGHT_BOUNDARY if right else ""))
        if not inner:
            continue
        alternation = inner[0] if len(inner) == 1 else "(?:" + "|".join(inner) + ")"
        sides.append((_LEFT_BOUNDARY if left else "") + alternation)
    return "|".join(sides), tuple(names)


def _group_indices(regex: object, names: tuple[str, ...]) -> tuple[int, ...]:
    index = regex.groupindex  # type: ignore[attr-defined]
    return tuple(index[name] for name in names)


def _options(ignore_case: bool, longest: bool) -> object:
    options = re2.Options()
    options.case_sensitive = not ignore_case
    options.log_errors = False
    options.max_mem = _MAX_MEM
    options.longest_match = longest
    return options


def _re2_compile(source: str, shown: str, *, ignore_case: bool, longest: bool) -> object:
    try:
        return re2.compile(source, _options(ignore_case, longest))
    except re2.error as exc:
        raise PatternError(explain_re2_error(exc, shown), shown) from None
    except (TypeError, ValueError, MemoryError) as exc:  # defensive: odd input
        raise PatternError(f"pattern {shown!r} could not be compiled: {exc}", shown) from None


_EMPTY_PROBES = ("", " ", "a", "a a", "\n", "1")


def _reject_empty_matches(pattern: str, ignore_case: bool) -> None:
    regex = _re2_compile(pattern, pattern, ignore_case=ignore_case, longest=False)
    for probe in _EMPTY_PROBES:
        for found in regex.finditer(probe):  # type: ignore[attr-defined]
            if found.start() == found.end():
                raise PatternError(
                    f"pattern {pattern!r} can match the empty string, so it would report "
                    "matches of nothing; make at least one character required",
                    pattern,
                )
