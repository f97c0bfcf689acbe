"""The declarative rule types: ``type: existence`` (:class:`ExistenceCheck`) and ``type:
substitution`` (:class:`SubstitutionCheck`)."""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from ...context import MessageContext, TemplateContext
from ...model import Finding, Scope, Span, escape_braces
from ...patterns import PatternError, SafePattern, compile_pattern
from ...rule import RuleSpec, TemplateCheck
from ...templates import TemplateInfo
from .matching import PhraseMatcher, _compile_many, _string_list
from .regions import _SCOPE_ALIASES, SCOPES, TEXT_SCOPES, template_regions

__all__ = ["ExistenceCheck", "SubstitutionCheck"]

_MAX_SHOWN = 60  # longest match quoted in a message


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
    from ...recipients import lookup

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
