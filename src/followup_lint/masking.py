"""Masking personal values in free text: error messages, crash reports, plugin messages.

An exception message can carry a recipient's value in any form: upper-cased by a filter
(``'PARISSA.BEHNIA@NORTHWIND.EXAMPLE'``), cut into parts (the local part of an email, one line
of a note, the family name alone), with spaces removed (``+447700900123``), accents stripped,
or printed as a number. So values and messages are compared in a *normalised* form: NFKD
without accents, case-folded, letters and digits only. The match is mapped back to the
original message, and only the matched characters are replaced.

Three kinds of personal token, three rules (see :meth:`Masker.scrub`):

* a long token (4+ characters) is masked wherever it occurs, also inside a longer word
  (``'x' ~ email``), unless that word is one of the message's own words;
* a short token (2-3 characters: "Li", "Ng", "Ana") only where it stands as whole words;
* a one-character token, or a token that is a common word of messages ("no", "van",
  ``rules/data/message-words.yml``), only where it stands as a value: in quotes, after a
  colon or at the end of the message. Field ``attended = "no"`` must not turn "no loader for
  this environment specified" into "n… loader".

A :class:`Masker` is built from one record's values, only when a message needs scrubbing (the
error path). :class:`SeenValues` remembers the normalised tokens of every record of a stream in
a fixed-size Bloom filter, for messages written after the last record (a check's ``finish()``),
where no single record is at hand.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Iterable, Mapping

from .resources import data_path, load_yaml
from .shape_masking import ELLIPSIS as _ELLIPSIS
from .shape_masking import MAX_MESSAGE_CHARS, scrub_shapes
from .shape_masking import cut_message as _cut

__all__ = ["MAX_MESSAGE_CHARS", "Masker", "SeenValues", "message_words", "normalise", "record_values", "scrub_shapes",
           "value_forms"]

_MAX_VALUES = 400  # values taken from one record (nested data included)
_MAX_VALUE_CHARS = 4_000  # characters of one value that are turned into tokens
_MAX_SPAN_TOKENS = 8  # a personal form matched across at most this many message words
_LONG = 4  # tokens this long are also found inside longer words
_QUOTES = frozenset("'\"`‘’“”«»‹›")


@cache
def message_words() -> frozenset[str]:
    """Words of error messages and English function words (``rules/data/message-words.yml``)."""
    with open(data_path("message-words.yml"), encoding="utf-8") as handle:
        raw = load_yaml(handle)
    words = raw["words"]
    if not all(isinstance(word, str) for word in words):  # YAML reads a bare no/yes/on as a bool
        raise ValueError("message-words.yml: quote every word that YAML reads as a boolean")
    return frozenset(_normalise_word(word) for word in words)


def _normalise_word(word: str) -> str:
    return "".join(_fold_char(ch) for ch in word)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One character in normalised form: accents stripped (NFKD), case-folded, letters and
    digits only ("" for whitespace and punctuation)."""
    out = []
    for part in unicodedata.normalize("NFKD", ch):
        if unicodedata.combining(part):
            continue
        # fold the upper case: "ı" (dotless i) folds to itself but upper-cases to "I", so a
        # value and the same value shouted by a filter ("Işıl", "IŞIL") must meet at "isil"
        for folded in part.upper().casefold():
            if folded.isalnum():
                out.append(folded)
    return "".join(out)


def _unspaced(ch: str) -> bool:
    """Scripts written without spaces between words (CJK, kana): each character is a word."""
    return "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\U00020000" <= ch <= "\U0002fa1f"


@dataclass(slots=True)
class _Normalised:
    """A text in normalised form, with the way back: ``origin[i]`` is the index in the original
    text of normalised character ``i``; ``words`` are (start, end) runs of normalised characters
    that were one word in the original (split at whitespace and punctuation)."""

    text: str
    origin: list[int]
    words: list[tuple[int, int]]


def normalise(text: str) -> _Normalised:
    chars: list[str] = []
    origin: list[int] = []
    words: list[tuple[int, int]] = []
    start = -1
    size = 0  # normalised characters so far (one original character may fold to several: "¼" -> "14")
    for index, ch in enumerate(text):
        folded = _fold_char(ch) if not ch.isascii() else (ch.lower() if ch.isalnum() else "")
        if not folded:
            if start >= 0:
                words.append((start, size))
                start = -1
            continue
        if _unspaced(ch):
            if start >= 0:
                words.append((start, size))
            words.append((size, size + len(folded)))
            start = -1
        elif start < 0:
            start = size
        chars.append(folded)
        origin.extend([index] * len(folded))
        size += len(folded)
    if start >= 0:
        words.append((start, size))
    return _Normalised("".join(chars), origin, words)


def value_forms(value: Any) -> set[str]:
    """The normalised forms of one value that count as personal: the whole value, each line,
    each word, and for an email the mailbox and its parts (the domain is the company, shown by
    the masked identity, so its words are not forms of the person)."""
    if isinstance(value, bool) or value is None:
        return set()
    if isinstance(value, (int, float)):
        return _number_forms(value)
    if not isinstance(value, str):
        return set()
    return set(_string_forms(value[:_MAX_VALUE_CHARS]))


_ASCII_WORD = re.compile(r"[a-z0-9]+")


def _folded(text: str) -> tuple[str, list[str]]:
    """The normalised text and its words, without the map back (values, not messages)."""
    if text.isascii():  # the common case, about ten times faster than normalise()
        words = _ASCII_WORD.findall(text.lower())
        return "".join(words), words
    norm = normalise(text)
    return norm.text, [norm.text[s:e] for s, e in norm.words]


#: mailbox@domain.tld: only then is the domain the company's, kept like the masked identity
#: keeps it; text with an "@" in it ("ask Ilgın@Gökçeada") is masked word by word
_EMAIL_SHAPE = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")


@lru_cache(maxsize=8192)
def _string_forms(value: str) -> tuple[str, ...]:
    stripped = value.strip()
    if not stripped:
        return ()
    whole, words = _folded(stripped)
    forms = {whole}
    if "\n" in stripped:
        forms.update(_folded(line)[0] for line in stripped.splitlines())
    if not stripped.isprintable():  # messages show such a value as repr() does: '\u200bAna\n'
        escaped, escaped_words = _folded(repr(stripped)[1:-1])
        forms.add(escaped)
        forms.update(escaped_words)
    if _EMAIL_SHAPE.fullmatch(stripped):
        mailbox, words = _folded(stripped.rpartition("@")[0])
        forms.add(mailbox)
    for word in words:
        if word.isdigit() and len(word) < 4 and word != whole:
            continue  # "+44", "415": shared by every number of a country or an area
        forms.add(word)
    forms.discard("")
    return tuple(forms)


def _whole_form(value: Any) -> str:
    if isinstance(value, str):
        return normalise(value[:_MAX_VALUE_CHARS].strip()).text
    return normalise(str(value)).text if isinstance(value, (int, float)) else ""


def _number_forms(value: int | float) -> set[str]:
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return set()
        texts = {repr(value)}
        if value.is_integer() and abs(value) < 1e18:
            texts.add(str(int(value)))
    else:
        if value.bit_length() > 256:  # str() of a huge int is slow and such a value is no person's
            return set()
        texts = {str(value)}
    return {normalise(text).text for text in texts} - {""}


_SCALARS = frozenset({str, int, float, bool, type(None)})


def record_values(data: Any, limit: int = _MAX_VALUES) -> list[Any]:
    """The scalar values of a record, nested mappings and lists included (bounded)."""
    found: list[Any] = []
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack and len(found) < limit:
        item, depth = stack.pop()
        if type(item) in _SCALARS:
            found.append(item)
        elif isinstance(item, Mapping):
            if depth < 6:
                stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, (list, tuple)):
            if depth < 6:
                stack.extend((v, depth + 1) for v in item)
        else:
            found.append(item)
    return found


class Masker:
    """Masks every form of a set of personal values in a text (see the module docstring)."""

    def __init__(self, values: Iterable[Any] = ()) -> None:
        self.forms: set[str] = set()
        self.wholes: set[str] = set()  # whole values (not their parts): what strict mode masks even if common
        for value in values:
            forms = value_forms(value)
            self.forms.update(forms)
            if forms:
                self.wholes.add(_whole_form(value))
        common = message_words()
        self._lengths = sorted({len(f) for f in self.forms}, reverse=True)
        self._long = sorted((f for f in self.forms if len(f) >= _LONG and f not in common), key=len, reverse=True)

    @classmethod
    def for_record(cls, data: Any) -> Masker:
        return cls(record_values(data))

    def __bool__(self) -> bool:
        return bool(self.forms)

    def _is_form(self, text: str) -> bool:
        return text in self.forms

    def scrub(self, text: str, *, strict: bool = False) -> str:
        """``text`` with every personal form replaced by its first character and "…".

        ``strict`` for text a plugin wrote: there a value that is a common word ("has", "no")
        is masked wherever it stands as a word, not only where it stands as a value."""
        text = _cut(text)
        if not self.forms or not text:
            return text
        norm = normalise(text)
        spans = self._word_spans(norm, text, strict)
        spans.extend(self._inner_spans(norm))
        return _apply(text, norm, spans)

    def _word_spans(self, norm: _Normalised, text: str, strict: bool = False) -> list[tuple[int, int]]:
        """Runs of whole message words that make up a personal form."""
        spans: list[tuple[int, int]] = []
        words = norm.words
        common = message_words() - self.wholes if strict else message_words()
        for i, (start, _) in enumerate(words):
            for j in range(i, min(i + _MAX_SPAN_TOKENS, len(words))):
                end = words[j][1]
                candidate = norm.text[start:end]
                if not self._is_form(candidate):
                    if i == j and candidate not in message_words() and self._glued(candidate):
                        spans.append((start, end))
                    continue
                loose = candidate in common or (len(candidate) < 2 and not (_unspaced(candidate) and candidate in self.wholes))
                if loose and not _stands_as_value(text, norm, start, end):
                    continue
                spans.append((start, end))
        return spans

    def _glued(self, word: str) -> bool:
        """Whether ``word`` (no common word itself) is two or more personal forms glued
        together: ``NguyễnThịLan``, ``LiNg``, ``yesyes``."""
        if not self._lengths or len(word) > 200:
            return False
        pieces: list[int | None] = [None] * (len(word) + 1)  # most pieces word[:i] splits into
        pieces[0] = 0
        for end in range(1, len(word) + 1):
            for length in self._lengths:
                start = end - length
                before = pieces[start] if start >= 0 else None
                if before is None:
                    continue
                piece = word[start:end]
                if piece in self.forms and (length >= 2 or _unspaced(piece)):
                    pieces[end] = max(pieces[end] or 0, before + 1)
        return (pieces[-1] or 0) >= 2

    def _inner_spans(self, norm: _Normalised) -> list[tuple[int, int]]:
        """Long forms found anywhere, also inside a longer word (``xparissa``), unless that word
        is one of the message's own words (``attribute`` for a value "tribute")."""
        spans: list[tuple[int, int]] = []
        if not self._long:
            return spans
        common = message_words()
        word_at = _word_index(norm)
        for form in self._long:
            position = norm.text.find(form)
            while position >= 0:
                end = position + len(form)
                first, last = word_at[position], word_at[end - 1]
                inside = {norm.text[s:e] for s, e in norm.words[first : last + 1]}
                if not inside <= common:
                    spans.append((position, end))
                position = norm.text.find(form, position + 1)
        return spans


class SeenValues:
    """The normalised forms of every value seen in a stream, in a Bloom filter of fixed size
    (2 MiB): memory stays flat however long the list. A false positive masks a word that was
    no value (about 1 in 200 words after a million distinct forms); a value is never missed."""

    _BITS = 1 << 24
    _HASHES = 3

    _RECENT = 50_000  # values remembered as already added (names repeat down a list)

    def __init__(self) -> None:
        self._filter = bytearray(self._BITS // 8)
        self.count = 0
        self._recent: set[Any] = set()

    def add_record(self, data: Any) -> None:
        recent = self._recent
        for value in record_values(data, limit=64):
            if isinstance(value, bool) or not isinstance(value, (str, int, float)) or value in recent:
                continue
            if len(recent) >= self._RECENT:
                recent.clear()
            recent.add(value)
            if isinstance(value, str):
                for form in _string_forms(value[:_MAX_VALUE_CHARS]):
                    self._add(form)
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                for form in _number_forms(value):
                    self._add(form)

    def _positions(self, form: str) -> tuple[int, ...]:
        # Python's own string hash (cached on the string, salted per process: the filter never
        # leaves the process), split into three positions by double hashing
        digest = hash(form) & 0xFFFFFFFFFFFFFFFF
        first, step = digest & 0xFFFFFFFF, (digest >> 32) | 1
        mask = self._BITS - 1
        return (first & mask, (first + step) & mask, (first + 2 * step) & mask)

    def _add(self, form: str) -> None:
        for bit in self._positions(form):
            self._filter[bit >> 3] |= 1 << (bit & 7)
        self.count += 1

    def __contains__(self, form: str) -> bool:
        return all(self._filter[bit >> 3] & (1 << (bit & 7)) for bit in self._positions(form))

    def masker(self) -> Masker:
        """A masker that matches whole message words against every value seen."""
        return _SeenMasker(self)


class _SeenMasker(Masker):
    def __init__(self, seen: SeenValues) -> None:
        super().__init__()
        self._seen = seen

    def __bool__(self) -> bool:
        return self._seen.count > 0

    def _is_form(self, text: str) -> bool:
        return text in self._seen

    def scrub(self, text: str, *, strict: bool = False) -> str:
        text = _cut(text)
        if not self._seen.count or not text:
            return text
        norm = normalise(text)
        return _apply(text, norm, self._word_spans(norm, text, strict))


def _word_index(norm: _Normalised) -> list[int]:
    index = [0] * len(norm.text)
    for number, (start, end) in enumerate(norm.words):
        for position in range(start, end):
            index[position] = number
    return index


def _stands_as_value(text: str, norm: _Normalised, start: int, end: int) -> bool:
    """Whether the words ``norm[start:end]`` stand in ``text`` as a value: quoted, after a colon
    or an equals sign, or last in the message."""
    first = norm.origin[start]
    last = norm.origin[end - 1]
    before = text[:first].rstrip()
    after = text[last + 1 :].strip()
    if _quote_beside(text, first - 1, -1) or _quote_beside(text, last + 1, 1):
        return True
    if before.endswith((":", "=")):
        return True
    return not after.strip(".!)]}>")


def _quote_beside(text: str, position: int, step: int) -> bool:
    """Whether a quote mark is next to a word, punctuation in between allowed (``';Ana:'``)."""
    while 0 <= position < len(text):
        ch = text[position]
        if ch in _QUOTES:
            return True
        if ch.isalnum() or ch.isspace():
            return False
        position += step
    return False


def _apply(text: str, norm: _Normalised, spans: list[tuple[int, int]]) -> str:
    """Replace each span (normalised coordinates, merged where they overlap) in the original
    text by its first character and "…"."""
    if not spans:
        return text
    ranges = sorted((norm.origin[s], norm.origin[e - 1] + 1) for s, e in spans)
    merged: list[list[int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out: list[str] = []
    position = 0
    for start, end in merged:
        out.append(text[position:start])
        out.append(_masked(text[start:end]))
        position = end
    out.append(text[position:])
    return "".join(out)


def _masked(piece: str) -> str:
    if len(piece) <= 1:
        return _ELLIPSIS
    if "@" in piece:
        local, _, domain = piece.rpartition("@")
        return f"{local[:1]}{_ELLIPSIS}@{domain[:1]}{_ELLIPSIS}" if local else f"@{domain[:1]}{_ELLIPSIS}"
    return piece[:1] + _ELLIPSIS
