"""Declarative phrase rules: ``type: existence`` and ``type: substitution``.

Modelled on Vale's rules of the same names. A rule in a YAML pack lists what to look for and
where, and needs no Python::

    - code: ACME201
      name: no-synergy
      type: existence
      severity: warning
      summary: Avoid corporate buzzwords.
      message: "'{match}' is a buzzword; say what you mean."
      in: [opener, body]          # where to look (default: message)
      ignore_case: true           # default true
      tokens: [synergy, circle back, low-hanging fruit]     # literal phrases
      patterns: ['leverag(?:e|es|ed|ing) our']               # RE2 regular expressions
      token_patterns:                                        # spaCy Matcher patterns
        - [{LOWER: {IN: [can, could]}}, {LOWER: i}, {LOWER: get}, {LIKE_NUM: true}, {LOWER: minutes}]
      exceptions: [feel free]     # matches overlapping these are not reported

Scopes (``in:``) are ``message`` (the whole email body as a reader sees it), ``subject`` and
the segments found by :func:`followup_lint.text.segment_email`: ``greeting``, ``opener``,
``body``, ``call_to_action``, ``signoff``, ``signature``, ``ps``.

Speed and safety:

* Rules run once per template (``scope: template``, the default for these types) on the
  template's neutral text (expressions replaced by stand-ins), never once per recipient.
  Findings point back into the template source.
* Only the segment scopes and ``token_patterns`` need spaCy; it is imported on first use, so a
  run whose enabled rules only look at ``message``/``subject`` never imports it.
* Patterns are compiled with RE2 (:mod:`followup_lint.patterns`): matching is linear in the
  text whatever a user writes; a pattern RE2 cannot run (backreferences, look-around) fails
  when the rule loads and is reported as FL011. Token patterns may not use ``REGEX`` or
  ``FUZZY`` (spaCy runs those with Python's backtracking engine).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from ..context import MessageContext, TemplateContext
from ..model import Finding, Scope, Span, escape_braces
from ..patterns import PatternError, SafePattern, compile_pattern, compile_phrases
from ..rule import RuleSpec, TemplateCheck
from ..source import scan_tags
from ..templates import TemplateInfo

__all__ = [
    "SCOPES",
    "ExistenceCheck",
    "PhraseMatcher",
    "Region",
    "SubstitutionCheck",
    "subject_region",
    "template_regions",
]

SEGMENT_SCOPES = ("greeting", "opener", "body", "call_to_action", "signoff", "signature", "ps")
TEXT_SCOPES = ("message", "subject")
#: Every value accepted by ``in:``.
SCOPES = TEXT_SCOPES + SEGMENT_SCOPES
_SCOPE_ALIASES = {
    "sign-off": "signoff",
    "sign_off": "signoff",
    "cta": "call_to_action",
    "call-to-action": "call_to_action",
    "p.s.": "ps",
    "text": "message",
    "email": "message",
}
_MAX_SHOWN = 60  # longest match quoted in a message


# ----------------------------------------------------------------------------- regions


@dataclass(frozen=True, slots=True)
class Region:
    """A piece of a template's text that a rule looks at (one scope, or one sentence of it).

    ``locate(start, end)`` maps offsets in :attr:`text` to a span in the template source.
    """

    scope: str
    text: str
    locate: Callable[[int, int], Span]


def template_regions(context: TemplateContext, scopes: Sequence[str]) -> list[Region]:
    """The regions of ``context``'s template for the given scopes, in the order given.

    Segment scopes use :attr:`TemplateContext.segments` (spaCy, computed once per template);
    ``message`` and ``subject`` do not.
    """
    info = context.info
    regions: list[Region] = []
    for scope in scopes:
        if scope == "message":
            if info.neutral_text.strip():
                regions.append(Region("message", info.neutral_text, info.neutral_span))
        elif scope == "subject":
            region = subject_region(info)
            if region is not None:
                regions.append(region)
        else:
            if not info.neutral_text.strip():
                continue
            segments = context.segments
            if scope == "opener":
                spans = opener_sentences(segments)
            else:
                found = segments.get(scope)
                spans = [found] if found is not None else []
            for span in spans:
                regions.append(Region(scope, span.text, _segment_locator(info, span)))
    return regions


def _segment_locator(info: TemplateInfo, span: Any) -> Callable[[int, int], Span]:
    def locate(start: int, end: int) -> Span:
        n_start, n_end = span.source_span(start, end)
        return info.neutral_span(n_start, max(n_end, n_start + 1))

    return locate


# Pleasantries that come before the real opener: "Hope you're well." "Happy Monday!"
_PLEASANTRY = compile_pattern(
    r"^\W*(?:"
    r"(?:i\s+)?(?:really\s+|truly\s+)?hope\s+(?:this|that|you|you're|you’re|all|your|everything|things|the|it)"
    r"|happy\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|new\s+year|holidays|friday\s+eve)"
    r"|(?:good\s+)?(?:morning|afternoon|evening)"
    r"|how\s+(?:are\s+you|are\s+things|is\s+your|was\s+your|have\s+you\s+been|is\s+everything)"
    r"|how['’]s\s+(?:it\s+going|your|everything|life|things)"
    r"|(?:ich\s+)?hoffe,?\s+(?:es|sie|du|dir|ihnen|alles)"
    r"|j['’]esp[eè]re\s+que\s+(?:vous|tu|tout)"
    r"|espero\s+que\s+(?:est[eé]s?|te|se|todo|hayas|haya)"
    r"|(?:ik\s+)?hoop\s+(?:dat|je|u)"
    r"|hoe\s+gaat\s+het"
    r")",
    word_boundaries=False,
)
_MAX_PLEASANTRY_WORDS = 14

# A one-line courtesy ("Thanks for attending!", "Great meeting you!") with nothing in it yet.
_COURTESY = compile_pattern(
    r"^\W*(?:thanks|thank\s+you|many\s+thanks|congrat[\pL]*|great|nice|lovely|good|glad|happy|"
    r"pleasure|it\s+was\s+(?:great|nice|good|lovely|a\s+pleasure)|danke|vielen\s+dank|merci|gracias|"
    r"bedankt|dank\s+je|félicitations|felicidades|enhorabuena|glückwunsch|herzlichen\s+glückwunsch|"
    r"gefeliciteerd)",
    word_boundaries=False,
)
_SUBSTANCE = compile_pattern(
    r"here|attached|recording|replay|slides|deck|link|below|enclosed|notes|answer|question|"
    r"hier|anbei|voici|aquí|bijlage|https?://",
)
_MAX_COURTESY_WORDS = 8


def is_pleasantry(sentence: str) -> bool:
    """Whether ``sentence`` is a short courtesy line ("Hope you're well.") before the opener."""
    return len(sentence.split()) <= _MAX_PLEASANTRY_WORDS and _PLEASANTRY.matches(sentence)


def is_courtesy(sentence: str) -> bool:
    """A short thank-you or compliment with no content: "Thanks for attending Example!"."""
    return (
        len(sentence.split()) <= _MAX_COURTESY_WORDS
        and _COURTESY.matches(sentence)
        and not _SUBSTANCE.matches(sentence)
    )


def opener_sentences(segments: Any) -> list[Any]:
    """The opener: the first sentence after the greeting, looking past courtesy lines.

    "Hope you're well. Our platform can double your pipeline." has the pitch as its real
    opener, so a leading pleasantry (at most two) is kept and the next sentence is added. So is
    the sentence after a bare thank-you or compliment in the same paragraph ("Thanks for
    attending! Our platform can ..."); a new paragraph after "Congratulations on the launch!"
    is the body, not the opener.
    """
    sentences = list(getattr(segments, "sentences", ()) or ())
    if not sentences:
        opener = getattr(segments, "opener", None)
        return [opener] if opener is not None else []
    text = getattr(segments, "text", "")
    chosen = [sentences[0]]
    index = 0
    while index < min(2, len(sentences) - 1):
        current, following = sentences[index], sentences[index + 1]
        if is_pleasantry(current.text):
            pass
        elif is_courtesy(current.text) and not _paragraph_break(text[current.plain_end : following.plain_start]):
            pass
        else:
            break
        index += 1
        chosen.append(following)
    return chosen


def _paragraph_break(gap: str) -> bool:
    return gap.count("\n") >= 2 or "\u2029" in gap


# ----------------------------------------------------------------------------- the subject

_NAME_VARIABLE = re.compile(
    r"(?:^|_)(?:first|given|fore|preferred|nick|full|last|family|sur)?_?name$|^f?name$", re.I
)
_IDENTIFIER = re.compile(r"[A-Za-z_][\w.]*")


def neutral_subject(subject: str) -> tuple[str, list[tuple[int, int, int, int]]]:
    """The subject as a reader sees it, with Jinja expressions replaced by stand-ins
    ("Alex" for name fields, "Example" otherwise) and statements/comments removed.

    Returns the text and a map of ``(neutral start, neutral end, raw start, raw end)`` pieces.
    """
    parts: list[str] = []
    pieces: list[tuple[int, int, int, int]] = []
    length = 0
    for tag in scan_tags(subject):
        if tag.kind == "text":
            piece = subject[tag.start : tag.end]
        elif tag.kind == "expr":
            literal = re.fullmatch(r"\s*(['\"])(.*)\1\s*", tag.inner)
            if literal:
                piece = literal.group(2)
            else:
                name = _IDENTIFIER.search(tag.inner)
                leaf = name.group().rsplit(".", 1)[-1] if name else ""
                piece = "Alex" if leaf and _NAME_VARIABLE.search(leaf) else "Example"
        else:
            continue
        if piece:
            pieces.append((length, length + len(piece), tag.start, tag.end))
            parts.append(piece)
            length += len(piece)
    return "".join(parts), pieces


def _raw_subject_offset(info: TemplateInfo, raw: str) -> int | None:
    """Offset of the subject's value in the template source (front matter), if found."""
    key_span = info.source.key_spans.get("subject")
    if key_span is None or not raw:
        return None
    text = info.source.text
    line_start = 0
    for _ in range(key_span.line - 1):
        found = text.find("\n", line_start)
        if found == -1:
            return None
        line_start = found + 1
    key_offset = line_start + key_span.column - 1
    limit = info.source.body_offset or len(text)
    found = text.find(raw, key_offset, limit)
    return None if found == -1 else found


def subject_region(info: TemplateInfo) -> Region | None:
    """The template's subject line, neutralised, with spans in the front matter."""
    raw = info.subject
    if raw is None or not raw.strip():
        return None
    text, pieces = neutral_subject(raw)
    base = _raw_subject_offset(info, raw)
    fallback = info.subject_span

    def locate(start: int, end: int) -> Span:
        if base is None:
            return fallback
        raw_start = raw_end = None
        for n_start, n_end, r_start, r_end in pieces:
            exact = (n_end - n_start) == (r_end - r_start) and raw[r_start:r_end] == text[n_start:n_end]
            if raw_start is None and n_start <= start < n_end:
                raw_start = r_start + (start - n_start) if exact else r_start
            if n_start < end <= n_end:
                raw_end = r_start + (end - n_start) if exact else r_end
        if raw_start is None or raw_end is None or raw_end <= raw_start:
            return info.span(base, base + len(raw))
        return info.span(base + raw_start, base + raw_end)

    return Region("subject", text, locate)


# ----------------------------------------------------------------------------- matching


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
    from ..text import MAX_NLP_CHARS, nlp

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
        from ..text import nlp

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


# ----------------------------------------------------------------------------- checks


def _scopes(value: Any, code: str) -> tuple[str, ...]:
    names = _string_list(value, "in") if value is not None else ["message"]
    scopes: list[str] = []
    for name in names:
        key = _SCOPE_ALIASES.get(name.strip().lower(), name.strip().lower())
        if key not in SCOPES:
            raise ValueError(f"rule {code}: unknown scope {name!r} in 'in:'; expected one of {', '.join(SCOPES)}")
        if key not in scopes:
            scopes.append(key)
    if not scopes:
        raise ValueError(f"rule {code}: 'in:' names no scope")
    return tuple(scopes)




def _shown(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


def _bool(value: Any, key: str, code: str, default: bool) -> bool:
    if value is None:
        return default
    if not isinstance(value, bool):
        raise ValueError(f"rule {code}: '{key}' must be true or false")
    return value


class ExistenceCheck(TemplateCheck):
    """``type: existence``: report every occurrence of the listed phrases or patterns.

    Runs once per template by default. With ``scope: message`` it runs on each rendered
    message instead (for phrases that come from recipient data); then the matched text is
    treated as personal data and only ``in: message`` / ``in: subject`` are allowed.
    """

    default_message = "'{match}' found: {summary}"

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        data = spec.data
        code = spec.code
        if spec.scope is Scope.MESSAGE:
            self.scope = Scope.MESSAGE  # type: ignore[misc]
        elif spec.scope is Scope.RECIPIENT:
            raise ValueError(f"rule {code}: phrase rules run on templates or messages, not on recipient records")
        self.scopes = _scopes(data.get("in"), code)
        if self.scope is Scope.MESSAGE and set(self.scopes) - set(TEXT_SCOPES):
            raise ValueError(
                f"rule {code}: a 'scope: message' phrase rule runs once per recipient and can only look "
                "'in: message' or 'in: subject'; use 'scope: template' for segments"
            )
        self.ignore_case = _bool(data.get("ignore_case"), "ignore_case", code, True)
        self.word_boundaries = not _bool(data.get("nonword"), "nonword", code, False)
        message = data.get("message")
        if message is not None and not isinstance(message, str):
            raise ValueError(f"rule {code}: 'message' must be a string")
        self.message = message or self.default_message.replace("{summary}", spec.docs.summary.rstrip("."))
        _ = self.max_findings  # validate the declared default now
        self.matcher = self._build_matcher(data, code)
        if self.scope is Scope.MESSAGE and self.matcher.needs_nlp:
            raise ValueError(f"rule {code}: token_patterns need spaCy and are only allowed with 'scope: template'")

    @property
    def max_findings(self) -> int:
        """Option ``max_findings``: report at most this many findings per template (0 = all).
        Read on use, so ``[tool.followup-lint.rules.CODE]`` overrides apply."""
        limit = self.options.get("max_findings", 0)
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            raise ValueError(f"rule {self.spec.code}: option 'max_findings' must be a whole number (0 = no limit)")
        return limit

    def _build_matcher(self, data: Mapping[str, Any], code: str) -> PhraseMatcher:
        try:
            matcher = PhraseMatcher(
                code=code,
                tokens=_string_list(data.get("tokens"), "tokens"),
                patterns=_string_list(data.get("patterns"), "patterns"),
                token_patterns=data.get("token_patterns"),
                exceptions=_string_list(data.get("exceptions"), "exceptions"),
                ignore_case=self.ignore_case,
                word_boundaries=self.word_boundaries,
            )
        except PatternError as exc:
            raise ValueError(f"rule {code}: {exc.message}") from None
        if matcher.empty:
            raise ValueError(f"rule {code}: an existence rule needs 'tokens', 'patterns' or 'token_patterns'")
        return matcher

    # -- template scope

    def prepare(self, context: Any) -> Any:
        if self.scope is Scope.MESSAGE:
            return context.info
        return None

    def check(self, target: Any, state: Any) -> Iterator[Finding]:
        limit = self.max_findings
        findings = self._check_message(target, state) if self.scope is Scope.MESSAGE else self._check_template(target)
        for count, finding in enumerate(findings, start=1):
            yield finding
            if count == limit:
                return

    def _check_template(self, target: TemplateContext) -> Iterator[Finding]:
        seen: set[tuple[Span, str]] = set()
        for region in template_regions(target, self.scopes):
            for start, end, text in self.matches(region.text):
                span = region.locate(start, end)
                key = (span, text.casefold())
                if key in seen:
                    continue
                seen.add(key)
                yield Finding(self.format(text), span=span)

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        return self.matcher.find(text)

    def format(self, match: str, **extra: str) -> str:
        message = escape_braces(self.message).replace("{{match}}", escape_braces(_shown(match)))
        for key, value in extra.items():
            message = message.replace("{{" + key + "}}", escape_braces(value))
        return message

    # -- message scope: runs on the rendered text, the match is personal data

    def _check_message(self, message: MessageContext, info: TemplateInfo) -> Iterator[Finding]:
        texts = _message_texts(message, self.scopes)
        template_text = escape_braces(self.message).replace("{{match}}", "{match}")
        for where, text in texts:
            for _, _, matched in self.matches(text):
                yield Finding(
                    template_text,
                    span=_message_span(info, message, matched, where),
                    personal={"match": _shown(matched)},
                )


def _message_texts(message: MessageContext, scopes: Any) -> list[tuple[str, str]]:
    """The rendered texts a message-scope rule reads: ("message", body) and/or ("subject", ...)."""
    texts = []
    if "message" in scopes:
        texts.append(("message", message.text))
    if "subject" in scopes and message.subject:
        texts.append(("subject", message.subject))
    return texts


def _message_span(info: TemplateInfo, message: MessageContext, matched: str, where: str) -> Span:
    """Best template location for a match in a rendered message: the variable whose value
    holds it, else the subject line or the greeting."""
    from ..recipients import lookup

    wanted = matched.casefold()
    for use in info.variables:
        try:
            value = lookup(message.recipient.data, use.path)
        except Exception:  # noqa: BLE001 - odd records must not break the rule
            continue
        if isinstance(value, str) and wanted in value.casefold():
            return use.span
    if where == "subject":
        return info.subject_span
    if info.greeting is not None:
        return info.greeting.span
    return Span.point(info.source.body_line_offset + 1)


class SubstitutionCheck(ExistenceCheck):
    """``type: substitution``: report phrases that have a better alternative, with the fix.

    ``swap`` maps each RE2 pattern (plain phrases work as they are) to its replacement; the
    message may use ``{match}`` and ``{replacement}``.
    """

    default_message = "write '{replacement}' instead of '{match}'"

    def _build_matcher(self, data: Mapping[str, Any], code: str) -> PhraseMatcher:
        swap = data.get("swap")
        pairs: list[tuple[str, str]] = []
        if isinstance(swap, dict):
            pairs = [(str(k), "" if v is None else str(v)) for k, v in swap.items()]
        elif isinstance(swap, list) and all(isinstance(item, dict) for item in swap):
            pairs = [(str(k), "" if v is None else str(v)) for item in swap for k, v in item.items()]
        if not pairs:
            raise ValueError(f"rule {code}: a substitution rule needs 'swap:', a mapping of pattern: replacement")
        if data.get("tokens") or data.get("patterns") or data.get("token_patterns"):
            raise ValueError(f"rule {code}: a substitution rule takes 'swap:', not tokens or patterns")
        self.swaps: list[tuple[SafePattern, str]] = []
        try:
            for pattern, replacement in pairs:
                self.swaps.append(
                    (
                        compile_pattern(pattern, ignore_case=self.ignore_case, word_boundaries=self.word_boundaries),
                        replacement,
                    )
                )
            self.exceptions = _compile_many(
                _string_list(data.get("exceptions"), "exceptions"),
                ignore_case=self.ignore_case,
                word_boundaries=self.word_boundaries,
            )
        except PatternError as exc:
            raise ValueError(f"rule {code}: {exc.message}") from None
        return PhraseMatcher(code=code)  # matching goes through self.swaps

    def _replacements(self, text: str) -> list[tuple[int, int, str, str]]:
        found: list[tuple[int, int, str]] = []
        for pattern, replacement in self.swaps:
            found.extend((m.start, m.end, replacement) for m in pattern.finditer(text))
        if self.exceptions is not None and found:
            excluded = [(m.start, m.end) for m in self.exceptions.finditer(text)]
            found = [f for f in found if not any(xs < f[1] and f[0] < xe for xs, xe in excluded)]
        found.sort(key=lambda f: (f[0], -f[1]))
        kept: list[tuple[int, int, str, str]] = []
        last_end = -1
        for start, end, replacement in found:
            if start >= last_end:
                kept.append((start, end, text[start:end], _match_case(text[start:end], replacement)))
                last_end = end
        return kept

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        return [(s, e, t) for s, e, t, _ in self._replacements(text)]

    def _check_template(self, target: TemplateContext) -> Iterator[Finding]:
        seen: set[tuple[Span, str]] = set()
        for region in template_regions(target, self.scopes):
            for start, end, text, replacement in self._replacements(region.text):
                span = region.locate(start, end)
                if (span, text.casefold()) in seen:
                    continue
                seen.add((span, text.casefold()))
                yield Finding(self.format(text, replacement=replacement), span=span, fix=replacement)

    def _check_message(self, message: MessageContext, info: TemplateInfo) -> Iterator[Finding]:
        texts = _message_texts(message, self.scopes)
        for where, text in texts:
            for _, _, matched, replacement in self._replacements(text):
                shown = escape_braces(self.message).replace("{{match}}", "{match}").replace(
                    "{{replacement}}", escape_braces(replacement)
                )
                yield Finding(
                    shown,
                    span=_message_span(info, message, matched, where),
                    fix=replacement,
                    personal={"match": _shown(matched)},
                )


def _match_case(original: str, replacement: str) -> str:
    """Give ``replacement`` the capitalisation of ``original`` (Title / UPPER / as written)."""
    if not replacement or not original:
        return replacement
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if original[0].isupper() and replacement[0].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement

