"""Finding phrases, RE2 patterns and spaCy token patterns in a text: :class:`PhraseMatcher`.

Everything is compiled (and validated) when the rule loads, except the spaCy Matcher, which is
built on first use so that loading rules never imports spaCy."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable, Iterator

from ...patterns import PatternError, SafePattern, compile_pattern, compile_phrases

__all__ = ["PhraseMatcher"]


def _string_list(value: Any, what: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ValueError(f"'{what}' must be a list of strings")


class _PatternSet:
    """Several patterns searched one after the other. A long list is joined into chunks, each
    under the length limit of :func:`compile_pattern`, and compiled on first use (and once
    per process): loading a rule pack only validates its patterns, which is much cheaper than
    building the word-boundary versions that matching needs."""

    __slots__ = ("_compiled", "chunks", "ignore_case", "word_boundaries")

    def __init__(self, chunks: list[list[str]], ignore_case: bool, word_boundaries: bool) -> None:
        self.chunks = chunks
        self.ignore_case = ignore_case
        self.word_boundaries = word_boundaries
        self._compiled: list[SafePattern] | None = None

    def _parts(self) -> list[SafePattern]:
        if self._compiled is None:
            parts: list[SafePattern] = []
            for chunk in self.chunks:
                parts.extend(_compile_chunk(tuple(chunk), self.ignore_case, self.word_boundaries))
            self._compiled = parts
        return self._compiled

    def finditer(self, text: str) -> Iterator[Any]:
        for part in self._parts():
            yield from part.finditer(text)

    def matches(self, text: str) -> bool:
        return any(part.matches(text) for part in self._parts())


_CHUNK_CHARS = 6_000


@lru_cache(maxsize=4096)
def _validate(pattern: str, ignore_case: bool) -> None:
    """Raise :class:`PatternError` if RE2 cannot run ``pattern`` (cached per process)."""
    compile_pattern(pattern, ignore_case=ignore_case, word_boundaries=False)


@lru_cache(maxsize=512)
def _compile_chunk(chunk: tuple[str, ...], ignore_case: bool, word_boundaries: bool) -> tuple[SafePattern, ...]:
    source = chunk[0] if len(chunk) == 1 else "|".join(f"(?:{p})" for p in chunk)
    try:
        return (compile_pattern(source, ignore_case=ignore_case, word_boundaries=word_boundaries),)
    except PatternError:  # e.g. two patterns using the same group name: keep them apart
        return tuple(compile_pattern(p, ignore_case=ignore_case, word_boundaries=word_boundaries) for p in chunk)


def _compile_many(patterns: list[str], *, ignore_case: bool, word_boundaries: bool) -> _PatternSet | None:
    """Validate each pattern now (errors name the pattern); compile the matcher on first use."""
    if not patterns:
        return None
    for pattern in patterns:
        if not isinstance(pattern, str):
            raise PatternError(f"pattern {pattern!r} is a {type(pattern).__name__}, not a string")
        _validate(pattern, ignore_case)
    chunks: list[list[str]] = [[]]
    size = 0
    for pattern in patterns:
        if chunks[-1] and size + len(pattern) > _CHUNK_CHARS:
            chunks.append([])
            size = 0
        chunks[-1].append(pattern)
        size += len(pattern) + 5
    return _PatternSet(chunks, ignore_case, word_boundaries)


# spaCy token attributes a blank pipeline can answer (no trained model here).
_TOKEN_STRING_ATTRS = {"ORTH", "TEXT", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX"}
_TOKEN_BOOL_ATTRS = {
    "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT",
    "IS_SPACE", "IS_STOP", "IS_BRACKET", "IS_QUOTE", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT",
    "IS_CURRENCY", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL",
}
_TOKEN_NEEDS_MODEL = {
    "LEMMA", "POS", "TAG", "DEP", "MORPH", "ENT_TYPE", "ENT_IOB", "ENT_ID", "ENT_KB_ID",
    "SENT_START", "IS_SENT_START",
}
_TOKEN_OPS = re.compile(r"^(?:[!?+*]|\{\d+\}|\{\d*,\d*\})$")
_SET_PREDICATES = {"IN", "NOT_IN", "IS_SUBSET", "IS_SUPERSET", "INTERSECTS"}
_COMPARE_PREDICATES = {"==", "!=", ">=", "<=", ">", "<"}


def _validate_token_patterns(raw: Any, code: str) -> list[list[dict[str, Any]]]:
    """Check spaCy Matcher patterns without importing spaCy; raise ValueError if unusable."""
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(p, list) and p for p in raw):
        raise ValueError(f"rule {code}: 'token_patterns' must be a list of patterns, each a non-empty list of token mappings")
    checked: list[list[dict[str, Any]]] = []
    for number, pattern in enumerate(raw, start=1):
        tokens: list[dict[str, Any]] = []
        for token in pattern:
            if not isinstance(token, dict) or not token:
                raise ValueError(f"rule {code}: token pattern {number}: each token must be a mapping like {{LOWER: demo}}")
            clean: dict[str, Any] = {}
            for key, value in token.items():
                attr = str(key).upper()
                where = f"rule {code}: token pattern {number}: {attr}"
                if attr == "OP":
                    if not isinstance(value, str) or not _TOKEN_OPS.match(value):
                        raise ValueError(f"{where} must be one of !, ?, +, *, {{n}}, {{n,m}}")
                elif attr in ("REGEX", "FUZZY") or attr.startswith("FUZZY"):
                    raise ValueError(f"{where}: REGEX and FUZZY are not allowed (they run on a backtracking engine); use 'patterns:' for regular expressions")
                elif attr in _TOKEN_NEEDS_MODEL:
                    raise ValueError(
                        f"{where} needs a trained spaCy model, which followup-lint does not use; "
                        "list the word forms instead, e.g. {LOWER: {IN: [help, helps, helped, helping]}}"
                    )
                elif attr in _TOKEN_BOOL_ATTRS:
                    if not isinstance(value, bool):
                        raise ValueError(f"{where} must be true or false")
                elif attr == "LENGTH":
                    _check_value(value, int, where)
                elif attr in _TOKEN_STRING_ATTRS:
                    _check_value(value, str, where)
                else:
                    raise ValueError(f"{where}: unknown token attribute")
                clean[attr] = value
            tokens.append(clean)
        checked.append(tokens)
    return checked


def _check_value(value: Any, kind: type, where: str) -> None:
    if isinstance(value, kind) and not isinstance(value, bool):
        return
    if isinstance(value, dict) and value:
        for predicate, argument in value.items():
            name = str(predicate).upper()
            if name in ("REGEX", "FUZZY") or name.startswith("FUZZY"):
                raise ValueError(f"{where}: REGEX and FUZZY are not allowed (they run on a backtracking engine); use 'patterns:' for regular expressions")
            if name in _SET_PREDICATES:
                if not isinstance(argument, list) or not all(isinstance(a, kind) and not isinstance(a, bool) for a in argument):
                    raise ValueError(f"{where}: {name} needs a list of {kind.__name__} values")
            elif name in _COMPARE_PREDICATES:
                if not isinstance(argument, kind) or isinstance(argument, bool):
                    raise ValueError(f"{where}: {name} needs a {kind.__name__} value")
            else:
                raise ValueError(f"{where}: unknown predicate {predicate!r}")
        return
    raise ValueError(f"{where} must be a {kind.__name__} or a mapping such as {{IN: [...]}}")


@lru_cache(maxsize=64)
def _make_doc(text: str) -> Any:
    """Tokenise ``text`` (no pipeline components needed); cached per text."""
    from ...text import MAX_NLP_CHARS, nlp

    return nlp().make_doc(text[:MAX_NLP_CHARS])


class PhraseMatcher:
    """Finds phrases, RE2 patterns and spaCy token patterns in a text, minus exceptions.

    Everything is compiled (and validated) when the rule loads, except the spaCy Matcher,
    which is built on first use so that loading rules never imports spaCy.
    """

    def __init__(
        self,
        *,
        code: str,
        tokens: Iterable[str] = (),
        patterns: Iterable[str] = (),
        token_patterns: Any = None,
        exceptions: Iterable[str] = (),
        ignore_case: bool = True,
        word_boundaries: bool = True,
    ) -> None:
        self.code = code
        tokens = list(tokens)
        self._tokens = (
            compile_phrases(tokens, ignore_case=ignore_case, word_boundaries=word_boundaries) if tokens else None
        )
        self._patterns = _compile_many(list(patterns), ignore_case=ignore_case, word_boundaries=word_boundaries)
        self._exceptions = _compile_many(list(exceptions), ignore_case=ignore_case, word_boundaries=word_boundaries)
        self._token_patterns = _validate_token_patterns(token_patterns, code)
        self._matcher: Any = None

    @property
    def empty(self) -> bool:
        return self._tokens is None and self._patterns is None and not self._token_patterns

    @property
    def needs_nlp(self) -> bool:
        return bool(self._token_patterns)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping matches ``(start, end, text)`` in ``text``, left to right."""
        if not text:
            return []
        found: list[tuple[int, int]] = []
        for compiled in (self._tokens, self._patterns):
            if compiled is not None:
                found.extend((m.start, m.end) for m in compiled.finditer(text))
        if self._token_patterns:
            found.extend(self._token_matches(text))
        if not found:
            return []
        if self._exceptions is not None:
            excluded = [(m.start, m.end) for m in self._exceptions.finditer(text)]
            if excluded:
                found = [(s, e) for s, e in found if not any(xs < e and s < xe for xs, xe in excluded)]
        found.sort(key=lambda item: (item[0], -item[1]))
        kept: list[tuple[int, int, str]] = []
        last_end = -1
        for start, end in found:
            if start >= last_end and end > start:
                kept.append((start, end, text[start:end]))
                last_end = end
        return kept

    def _token_matches(self, text: str) -> list[tuple[int, int]]:
        from ...text import nlp

        if self._matcher is None:
            from spacy.matcher import Matcher

            matcher = Matcher(nlp().vocab, validate=True)
            matcher.add(self.code, self._token_patterns)
            self._matcher = matcher
        doc = _make_doc(text)
        spans: list[tuple[int, int]] = []
        for _, start, end in self._matcher(doc):
            first, last = doc[start], doc[end - 1]
            spans.append((first.idx, last.idx + len(last.text)))
        return spans
