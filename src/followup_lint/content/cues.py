"""Cue phrases: short lemma patterns that give a sentence a role.

A cue is written as plain words, matched on lemmas ("we help" also matches "we helped",
"helps"), with a small slot syntax:

=================  ===========================================================================
``word``           the word or any of its forms (lemma match, case-insensitive)
``=word``          this form only ("=ran" does not match "run")
``[a|b c|d]``      one of the alternatives (each may be several words); ``[...]?`` = optional
``{any}``          any one word, number or variable; ``{any?}`` zero or one; ``{any:3}`` 0-3
``{num}``          a number: ``15``, ``30%``, ``$49``, ``3x``, ``fifteen``; ``{num?}`` optional
``{var}``          a template variable (``{{ company }}`` or its stand-in)
``{name}``         a capitalised word or a variable ("Sam", "Acme", ``{{ sender_name }}``); ``{name?}``
``*word``          a word ending in ``word``: German and Dutch compounds ("*rabatt" matches "Rabatt",
                   "Frühbucherrabatt", "Frühbucherrabatte"; "*korting" matches "introductiekorting")
``word*``          a word starting with ``word`` ("spitzen*" matches "Spitzenqualität")
``^``              (first) the cue must start the sentence
=================  ===========================================================================

Punctuation is ignored when matching, so ``we help {any:2} teams`` matches "We help
{{ segment }} teams" and "We help SaaS teams" alike. Matching is a small backtracking walk over
the words of one sentence (cues are a few words long), indexed by each cue's first word.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Iterator, Sequence, Union

from .lemmas import lemma
from .person import NAMING_MARK, Persons, compatible, mark_naming, naming_key, persons
from .tokens import Token, tokenize

__all__ = ["Cue", "CueError", "CueMatch", "CueSet", "parse_cue"]

_MAX_GAP = 6


class CueError(ValueError):
    """A cue phrase that cannot be parsed; the message names the phrase."""


@dataclass(frozen=True, slots=True)
class _Lit:
    keys: frozenset[str]
    persons: Persons | None = None
    """The person of a cue word written as a finite verb form ("trabajo": 1s); another form of
    its lemma matches only in a person it can share (:mod:`.person`)."""
    lang: str = ""
    form: str = ""
    head: str = ""
    """The cue word as written, and its lemma."""


@dataclass(frozen=True, slots=True)
class _Gap:
    low: int
    high: int
    kind: str  # any | num | var


@dataclass(frozen=True, slots=True)
class _Alt:
    options: tuple[tuple["_Element", ...], ...]
    optional: bool


@dataclass(frozen=True, slots=True)
class _Affix:
    """A word that ends (``*word``) or starts (``word*``) with ``part``: compounds."""

    part: str
    suffix: bool


_Element = Union[_Lit, _Gap, _Alt, _Affix]

#: Inflection endings a compound may carry after its last part ("Frühbucherrabatt-e", "-en").
_COMPOUND_ENDINGS = ("", "e", "en", "n", "s", "es", "er")


@dataclass(frozen=True, slots=True)
class Cue:
    """One parsed cue phrase of a role in a language."""

    role: str
    lang: str
    phrase: str
    elements: tuple[_Element, ...]
    anchored: bool = False
    origin: str = "built-in"
    group: str = ""
    """An optional sub-group of the role (``self`` for pitches about the sender)."""
    required: tuple[frozenset[str], ...] = field(default=(), compare=False)
    """Word sets each of which some word of a clause must hit for the cue to match there: a
    cheap test that spares the matcher most cues in most clauses (see :func:`_required_words`)."""

    @property
    def first_keys(self) -> frozenset[str] | None:
        """Words one of which must start a match; None when the cue may start anywhere."""
        first = self.elements[0] if self.elements else None
        if isinstance(first, _Lit):
            return first.keys
        if isinstance(first, _Alt) and not first.optional and all(
            option and isinstance(option[0], _Lit) for option in first.options
        ):
            return frozenset().union(*(option[0].keys for option in first.options))  # type: ignore[union-attr]
        return None


@dataclass(frozen=True, slots=True)
class CueMatch:
    """Where a cue matched: ``start``/``end`` are character offsets in the sentence."""

    cue: Cue
    start: int
    end: int
    text: str


# ----------------------------------------------------------------------------- parsing

_PIECE = re.compile(r"\[[^\]]*\]\??|\{[^}]*\}|\^|[^\s\[\]{}^]+")
_SLOT = re.compile(r"^\{\s*(any|num|var|name)\s*(\?|:\s*(\d+))?\s*\}$")


def parse_cue(phrase: str, lang: str, role: str = "", origin: str = "built-in", group: str = "") -> Cue:
    """Parse ``phrase`` (see the module docs) into a :class:`Cue`; raise :class:`CueError`."""
    if not isinstance(phrase, str) or not phrase.strip():
        raise CueError(f"cue {phrase!r} is empty")
    text = phrase.strip()
    anchored = text.startswith("^")
    if anchored:
        text = text[1:].strip()
    elements = _parse_sequence(text, lang, phrase)
    if not elements:
        raise CueError(f"cue {phrase!r} has no words")
    if all(isinstance(e, _Gap) or (isinstance(e, _Alt) and e.optional) for e in elements):
        raise CueError(f"cue {phrase!r} needs at least one word that must be there")
    return Cue(role, lang, phrase.strip(), tuple(elements), anchored, origin, group, _required_words(elements))


def _required_words(elements: Sequence[_Element]) -> tuple[frozenset[str], ...]:
    """For every word a match cannot do without, the forms that can stand for it: a literal
    word, or a choice none of whose options is optional (the first word of each option)."""
    required: list[frozenset[str]] = []
    for element in elements:
        if isinstance(element, _Lit):
            required.append(element.keys)
        elif isinstance(element, _Alt) and not element.optional:
            firsts = [next((e.keys for e in option if isinstance(e, _Lit)), None) for option in element.options]
            if firsts and all(keys is not None for keys in firsts):
                required.append(frozenset().union(*firsts))  # type: ignore[arg-type]
    return tuple(required)


def _clause_words(words: Sequence[Token]) -> set[str]:
    """Every form by which a cue word can match one of ``words`` (see :func:`_token_fits`)."""
    forms: set[str] = set()
    for token in words:
        forms.add(token.lower)
        forms.add(token.lemma)
        if token.lower.endswith("s"):
            forms.add(token.lower[:-1])
    return forms


def _can_match(cue: Cue, forms: set[str]) -> bool:
    return all(not keys.isdisjoint(forms) for keys in cue.required)


def _gate(cues: Sequence[Cue]) -> frozenset[str] | None:
    """Words one of which a sentence must have for any of ``cues`` to match in it (a set of
    cues tested at once, before the sentence is cut into clauses): the smallest required word
    set of every cue, together. None when a cue requires no word (it may match anywhere).

    It is a relaxation of :func:`_can_match`: a cue that passes that test in a clause has each of
    its required sets, so its smallest, among the clause's forms, and those are forms of the
    sentence. A naming use's lemma ("llamar+name", :func:`.person.mark_naming`) is a form only
    after the clause is marked: its bare lemma stands for it here."""
    words: set[str] = set()
    for cue in cues:
        if not cue.required:
            return None
        keys = min(cue.required, key=len)
        words.update(keys)
        words.update(key[: -len(NAMING_MARK)] for key in keys if key.endswith(NAMING_MARK))
    return frozenset(words)


#: the last sentence read by :func:`_meets` and its forms: a sentence is tested against a dozen
#: cue sets and phrase tables in a row, mostly with the same tokens (:func:`.tokens.tokenize`
#: hands out the same token objects for the same text, so the comparison is by identity)
_LAST_FORMS: tuple[tuple[Token, ...], set[str]] = ((), set())


def _meets(tokens: Sequence[Token], gate: frozenset[str]) -> bool:
    """Whether a form of a token of the sentence (as :func:`_clause_words` gives them) is in
    ``gate``."""
    global _LAST_FORMS
    key = tuple(tokens)
    last_key, forms = _LAST_FORMS
    if key != last_key:
        forms = _clause_words(key)
        _LAST_FORMS = (key, forms)
    return not gate.isdisjoint(forms)


def _parse_sequence(text: str, lang: str, phrase: str) -> list[_Element]:
    elements: list[_Element] = []
    position = 0
    for match in _PIECE.finditer(text):
        if text[position : match.start()].strip():
            raise CueError(f"cue {phrase!r}: cannot read {text[position:match.start()].strip()!r}")
        position = match.end()
        piece = match.group()
        if piece == "^":
            raise CueError(f"cue {phrase!r}: '^' may only start a cue")
        if piece.startswith("["):
            optional = piece.endswith("?")
            inner = piece[1 : -2 if optional else -1]
            options = tuple(tuple(_parse_sequence(option.strip(), lang, phrase)) for option in inner.split("|"))
            if not options or any(not option for option in options):
                raise CueError(f"cue {phrase!r}: empty alternative in {piece!r}")
            if any(isinstance(e, _Alt) for option in options for e in option):
                raise CueError(f"cue {phrase!r}: alternatives cannot be nested")
            elements.append(_Alt(options, optional))
        elif piece.startswith("{"):
            slot = _SLOT.match(piece)
            if slot is None:
                raise CueError(f"cue {phrase!r}: unknown slot {piece!r}; use {{any}}, {{any?}}, {{any:N}}, {{num}}, {{var}} or {{name}}")
            kind, modifier, count = slot.group(1), slot.group(2), slot.group(3)
            if count is not None:
                high = int(count)
                if not 1 <= high <= _MAX_GAP:
                    raise CueError(f"cue {phrase!r}: {piece} allows 1 to {_MAX_GAP} words")
                elements.append(_Gap(0, high, kind))
            else:
                elements.append(_Gap(0 if modifier == "?" else 1, 1, kind))
        elif "*" in piece.strip("*"):
            raise CueError(f"cue {phrase!r}: {piece!r}: '*' may only start or end a word")
        elif len(piece) > 1 and (piece.startswith("*") or piece.endswith("*")):
            part = piece.strip("*").lower()
            if not part or "*" in part or piece.startswith("*") == piece.endswith("*"):
                raise CueError(f"cue {phrase!r}: {piece!r}: write '*word' (a word ending in it) or 'word*' (starting with it)")
            elements.append(_Affix(part, piece.startswith("*")))
        elif piece.startswith("=") and len(piece) > 1:
            elements.extend(_literals(piece[1:], lang, True))  # "=ran": this form only, no lemma
        else:
            elements.extend(_literals(piece, lang, False))
    if text[position:].strip():
        raise CueError(f"cue {phrase!r}: cannot read {text[position:].strip()!r}")
    return _with_naming(elements, lang)


def _with_naming(elements: list[_Element], lang: str) -> list[_Element]:
    """A cue's own reflexive naming words ("me llamo") match the naming use of their verb in
    any form ("me llamaba"), which the matcher gives a lemma of its own (:mod:`.person`)."""
    for index in range(1, len(elements)):
        before, element = elements[index - 1], elements[index]
        if isinstance(before, _Lit) and isinstance(element, _Lit) and before.form and element.form:
            key = naming_key(before.form, element.form, lemma(element.form, lang), lang)
            if key is not None:
                elements[index] = _Lit(element.keys | {key}, element.persons, element.lang, element.form, element.head)
    return elements


@functools.lru_cache(maxsize=8192)
def _literals(piece: str, lang: str, exact: bool) -> tuple[_Lit, ...]:
    """The words of one literal piece of a cue (the same words recur across hundreds of cues:
    tokenised and looked up once)."""
    found: list[_Element] = []
    for token in tokenize(piece, lang):
        if token.kind == "punct":
            continue
        if exact or token.kind == "num":
            found.append(_Lit(frozenset({token.lower})))
        else:
            head = lemma(token.lower, lang)
            found.append(
                _Lit(frozenset({token.lower, head}), persons(token.lower, head, lang, citation=False), lang, token.lower, head)
            )
    return tuple(_with_naming(found, lang))  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- matching


def _affix_fits(element: _Affix, token: Token) -> bool:
    if token.kind != "word":
        return False
    word = token.lower
    if not element.suffix:
        return word.startswith(element.part)
    return any(
        word.endswith(element.part + ending) for ending in _COMPOUND_ENDINGS
    )


def _token_fits(element: _Lit | _Gap | _Affix, token: Token) -> bool:
    if isinstance(element, _Affix):
        return _affix_fits(element, token)
    if isinstance(element, _Lit):
        if token.kind == "word":
            keys = element.keys
            if token.lower == element.form or (element.persons is None and token.lower in keys):
                return True
            # a plural the lemma table reads as another word ("minutes" -> "minuter" in French)
            if token.lemma in keys or token.lower in keys or (token.lower.endswith("s") and token.lower[:-1] in keys):
                # another form of the cue word's lemma: in a person the cue word's form can share
                return compatible(element.persons, token, element.head, element.lang)
            return False
        return token.kind == "num" and token.lower in element.keys
    if element.kind == "any":
        return True
    if element.kind == "name":  # a capitalised word or a variable: "I'm Sam from ...", "We at {{ company }}"
        return token.kind == "var" or (token.kind == "word" and token.text[:1].isupper())
    return token.kind == element.kind


def _walk(elements: Sequence[_Element], index: int, tokens: Sequence[Token], position: int) -> Iterator[int]:
    """End positions where ``elements[index:]`` matches ``tokens`` from ``position``."""
    if index == len(elements):
        yield position
        return
    element = elements[index]
    if isinstance(element, (_Lit, _Affix)):
        if position < len(tokens) and _token_fits(element, tokens[position]):
            yield from _walk(elements, index + 1, tokens, position + 1)
        return
    if isinstance(element, _Gap):
        for used in range(element.low, element.high + 1):
            if position + used > len(tokens):
                break
            if used and not _token_fits(element, tokens[position + used - 1]):
                break
            yield from _walk(elements, index + 1, tokens, position + used)
        return
    for option in element.options:
        for end in _walk(option, 0, tokens, position):
            yield from _walk(elements, index + 1, tokens, end)
    if element.optional:
        yield from _walk(elements, index + 1, tokens, position)


#: Punctuation that ends a clause: a cue never matches across it ("today — only 3 seats").
_CLAUSE_BREAKS = frozenset(".!?;:—–…")


def clauses(tokens: Sequence[Token]) -> list[list[Token]]:
    """The words of a sentence, cut into clauses at strong punctuation (commas do not cut)."""
    parts: list[list[Token]] = [[]]
    for token in tokens:
        if token.kind == "punct":
            if token.text in _CLAUSE_BREAKS and parts[-1]:
                parts.append([])
            continue
        parts[-1].append(token)
    return [part for part in parts if part]


def _match_order(match: CueMatch) -> tuple[int, int, str, str]:
    """Reading order; cues matching the same words in the order of their phrases, so that the
    result (and the evidence a finding or the classifier's features name first) does not depend
    on the order in which candidate cues were tried (a set of word forms, hashed per process)."""
    return (match.start, -match.end, match.cue.role, match.cue.phrase)


@dataclass(eq=False)
class CueSet:
    """The cues of one language, indexed by first word; with exceptions per role."""

    lang: str
    cues: list[Cue] = field(default_factory=list)
    exceptions: dict[str, list[Cue]] = field(default_factory=dict)
    _index: dict[str, list[Cue]] | None = field(default=None, repr=False)
    _anywhere: list[Cue] = field(default_factory=list, repr=False)
    _gate: frozenset[str] | None = field(default=None, repr=False)

    def add(self, cue: Cue) -> None:
        self.cues.append(cue)
        self._index = None

    def add_exception(self, cue: Cue) -> None:
        self.exceptions.setdefault(cue.role, []).append(cue)

    def _build(self) -> dict[str, list[Cue]]:
        index: dict[str, list[Cue]] = {}
        anywhere: list[Cue] = []
        for cue in self.cues:
            keys = cue.first_keys
            if keys is None:
                anywhere.append(cue)
            else:
                for key in keys:
                    index.setdefault(key, []).append(cue)
        self._anywhere = anywhere
        self._gate = _gate(self.cues)
        self._index = index
        return index

    def find(self, tokens: Sequence[Token], text: str) -> list[CueMatch]:
        """Every cue that matches the sentence (its first match each), minus those overlapping
        an exception of the same role. ``tokens`` may include punctuation; it is skipped."""
        index = self._index if self._index is not None else self._build()
        if self._gate is not None and not _meets(tokens, self._gate):
            return []  # no cue of the set has a word it cannot do without in the sentence
        found: dict[int, CueMatch] = {}
        words: list[Token] = []
        for clause in clauses(tokens):
            clause = mark_naming(clause, self.lang)  # type: ignore[assignment]
            self._find_in(clause, text, index, found)
            words.extend(clause)
        matches = list(found.values())
        if not matches or not self.exceptions:
            return sorted(matches, key=_match_order)
        blocked = self._exception_spans(words, {m.cue.role for m in matches})
        kept = [
            m for m in matches
            if not any(s < m.end and m.start < e for s, e in blocked.get(m.cue.role, ()))
        ]
        return sorted(kept, key=_match_order)

    def _find_in(self, words: Sequence[Token], text: str, index: dict[str, list[Cue]], found: dict[int, CueMatch]) -> None:
        forms = _clause_words(words)
        anywhere = [cue for cue in self._anywhere if _can_match(cue, forms)]
        viable: dict[int, bool] = {}  # each indexed cue's pre-test, once per clause
        for position, token in enumerate(words):
            candidates = list(anywhere)
            keys = (token.lower,) if token.lemma == token.lower else (token.lemma, token.lower)
            for key in keys:
                for cue in index.get(key, ()):
                    fits = viable.get(id(cue))
                    if fits is None:
                        fits = viable[id(cue)] = _can_match(cue, forms)
                    if fits:
                        candidates.append(cue)
            for cue in candidates:
                if id(cue) in found or (cue.anchored and position != 0):
                    continue
                end = next(_walk(cue.elements, 0, words, position), None)
                if end is not None and end > position:
                    start_char, end_char = words[position].start, words[end - 1].end
                    found[id(cue)] = CueMatch(cue, start_char, end_char, text[start_char:end_char])

    def vetoed(self, tokens: Sequence[Token], roles: set[str]) -> set[str]:
        """The roles among ``roles`` that one of their exceptions matches anywhere in the
        sentence: the classifier may not give those roles either."""
        words = [t for clause in clauses(tokens) for t in mark_naming(clause, self.lang)]
        return {role for role, spans in self._exception_spans(words, roles).items() if spans}

    def _exception_spans(self, words: Sequence[Token], roles: set[str]) -> dict[str, list[tuple[int, int]]]:
        spans: dict[str, list[tuple[int, int]]] = {}
        forms = _clause_words(words)
        for role in roles:
            for cue in self.exceptions.get(role, ()):
                if not _can_match(cue, forms):
                    continue
                for position in range(len(words)):
                    if cue.anchored and position:
                        break
                    end = next(_walk(cue.elements, 0, words, position), None)
                    if end is not None and end > position:
                        spans.setdefault(role, []).append((words[position].start, words[end - 1].end))
        return spans
