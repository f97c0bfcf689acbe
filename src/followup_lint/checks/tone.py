"""Opener and tone checks (FL2xx) whose logic a phrase list cannot express.

The phrase lists they read live in ``rules/FL2-tone.yml`` (each rule's ``data:``). Everything
here runs once per template on its neutral text; nothing depends on the recipient.
"""

from __future__ import annotations

import re
from functools import partial
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Mapping

from ..content.email_roles import roles_of_context, template_language
from ..content.new_content import brings_something_new, routine_words
from ..context import TemplateContext
from ..model import Finding, escape_braces
from ..patterns import PatternError, compile_pattern
from ..placeholders import find_placeholders
from ..rule import RuleSpec, TemplateCheck
from .phrases import PhraseMatcher, Region, _string_list, template_regions
from .shout_language import foreign_acronym, official_identifiers

__all__ = ["EmptyFollowUp", "ExclamationMarks", "Shouting", "shouted_runs"]

# Where tone checks look: what the reader reads as the message, not the signature block.
_READ_SCOPES = ("greeting", "body", "ps")




def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return escape_braces(text if len(text) <= limit else text[: limit - 1] + "…")


def _int_option(options: Mapping[str, Any], key: str, default: int, code: str) -> int:
    value = options.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"rule {code}: option {key!r} must be a non-negative whole number")
    return value


def _matcher(data: Mapping[str, Any], code: str, *, tokens: str, patterns: str, exceptions: str | None = None) -> PhraseMatcher:
    try:
        return PhraseMatcher(
            code=code,
            tokens=_string_list(data.get(tokens), tokens),
            patterns=_string_list(data.get(patterns), patterns),
            exceptions=_string_list(data.get(exceptions), exceptions) if exceptions else (),
        )
    except PatternError as exc:
        raise ValueError(f"rule {code}: {exc.message}") from None


# ----------------------------------------------------------------------------- shouting

# A word: letters (any script), with inner apostrophes, dots or hyphens ("DON'T", "U.S.", "E-MAIL").
_WORD = re.compile(r"[^\W_]+(?:['’.&-][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class ShoutedRun:
    start: int
    end: int
    text: str


def shouted_runs(
    text: str,
    acronyms: frozenset[str],
    *,
    min_length: int = 5,
    min_run: int = 3,
    shout_words: frozenset[str] = frozenset(),
    is_acronym: Callable[[str], bool] | None = None,
) -> list[ShoutedRun]:
    """Stretches of ALL-CAPS words that read as shouting.

    A capitalised word counts when it has at least two letters, no digits (Q3, B2B, SOC2) and
    is not a known acronym. A run is reported when one of its words has ``min_length`` letters
    or more, or when it has ``min_run`` such words in a row ("ACT NOW OR MISS OUT"); a lone
    short word ("CRM", "NEW") is left alone, like an acronym, unless it is one of
    ``shout_words`` ("WOW", "FREE"), short words that are never acronyms. ``is_acronym``, when
    given, may declare more words acronyms (a word no dictionary knows: "COSHH").
    """
    words: list[tuple[int, int, bool, bool]] = []  # start, end, counts, long
    for match in _WORD.finditer(text):
        word = match.group()
        letters = [c for c in word if c.isalpha()]
        if len(letters) < 2 or any(c.isdigit() for c in word):
            continue
        if not all(c.isupper() for c in letters):
            continue
        bare = word.strip(".")
        if bare in acronyms or bare.rstrip("S") in acronyms or word.replace(".", "") in acronyms:
            continue
        if is_acronym is not None and word not in shout_words and is_acronym(word):
            continue
        words.append((match.start(), match.end(), True, len(letters) >= min_length or word in shout_words))
    runs: list[ShoutedRun] = []
    index = 0
    while index < len(words):
        first = index
        while index + 1 < len(words) and _joined(text, words[index][1], words[index + 1][0]):
            index += 1
        group = words[first : index + 1]
        if not any(w[3] for w in group) and _names_a_version(text, group[-1][1]):
            pass  # "PCI DSS 4.0", "NIST CSF 2.0": short capitals before a version name a standard
        elif any(w[3] for w in group) or len(group) >= min_run:
            start, end = group[0][0], group[-1][1]
            runs.append(ShoutedRun(start, end, text[start:end]))
        index += 1
    return runs


# A version or number right after a word: "4.0", "27001", "2", "v3" (not "50%", "$5", "3x").
_VERSION_AFTER = re.compile(r"[ -]v?\d+(?:\.\d+)*(?![\d%$€£x])(?!\s*(?:%|percent|days?|seats?)\b)")


def _names_a_version(text: str, end: int) -> bool:
    """Whether a version or standard number follows ``text[:end]`` ("SOC 2", "ISO 27001")."""
    return _VERSION_AFTER.match(text, end) is not None


def _joined(text: str, end: int, start: int) -> bool:
    """Whether two words belong to one run: only spaces and light punctuation between them."""
    gap = text[end:start]
    return len(gap) <= 4 and "\n" not in gap and not any(c.isalnum() for c in gap)


def _blank_out(text: str, ranges: list[tuple[int, int]]) -> str:
    """``text`` with the given ranges replaced by spaces (offsets stay the same)."""
    for start, end in ranges:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


class Shouting(TemplateCheck):
    """FL206: ALL-CAPS words in the email (acronyms and short words excepted)."""

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.acronyms = frozenset(a.strip() for a in _string_list(spec.data.get("acronyms"), "acronyms"))
        self.shout_words = frozenset(w.strip() for w in _string_list(spec.data.get("shout_words"), "shout_words"))
        self.acronyms |= official_identifiers(spec.data.get("official_identifiers"), spec.code)
        self._limits()  # validate the declared defaults now

    def _limits(self) -> tuple[int, int]:
        # read on use, so [tool.followup-lint.rules.FL206] overrides apply
        return (
            _int_option(self.options, "min_length", 5, self.spec.code),
            _int_option(self.options, "min_run", 3, self.spec.code),
        )

    def check(self, target: TemplateContext, state: Any) -> Iterator[Finding]:
        min_length, min_run = self._limits()
        regions = template_regions(target, _READ_SCOPES)
        lang = template_language(target.info.source.locale, "\n".join(region.text for region in regions))
        for region in regions:
            # "[THEIR_NAME]", "*|FNAME|*": a placeholder is FL006's, not shouting
            blanks = [(p.start, p.end) for p in find_placeholders(region.text)]
            for run in shouted_runs(
                _blank_out(region.text, blanks), self.acronyms, min_length=min_length, min_run=min_run,
                shout_words=self.shout_words, is_acronym=None if lang == "en" else partial(foreign_acronym, lang=lang),
            ):
                if self._reads_as_a_name(target, region.text, run, lang):
                    continue
                yield Finding(
                    f"'{_quote(run.text)}' is written in capitals, which reads as shouting and "
                    "looks like spam; use normal case",
                    span=region.locate(run.start, run.end),
                    fix=run.text.capitalize() if " " not in run.text else None,
                )


    def _reads_as_a_name(self, target: TemplateContext, text: str, run: ShoutedRun, lang: str) -> bool:
        """A lone capitalised word in the middle of a sentence that is no word of the language
        is a name or an acronym ("die Schnittstelle zu DATEV"), not shouting. At the start of
        a sentence or line ("IMPORTANT: ...") and for any word of the language (the line's, the
        declared locale's or the template's ``lang``: "METEEN", "COMPLETELY") it is shouting."""
        if " " in run.text or run.text in self.shout_words:
            return False
        before = text[: run.start].rstrip(" \t\"'“‘(«")
        if not before or before[-1] in ".!?:;\n-–—*•":
            return False
        from ..content.lemmas import LANGUAGES
        from ..content.tokens import detect_language
        from ..content.vocabulary import known_word, word_of_language

        line_start = text.rfind("\n", 0, run.start) + 1
        line_end = text.find("\n", run.end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        languages = {detect_language(line, "en")}
        if target.info.source.locale in LANGUAGES:
            languages.add(target.info.source.locale)
        parts = word_parts(run.text)
        if any(known_word(part, language) for part in parts for language in languages):
            return False
        return not any(word_of_language(part, lang) for part in parts)


def word_parts(word: str) -> list[str]:
    """The parts of a capitalised word between its joiners ("DON'T", "E-MAIL", "AT&T")."""
    return [part for part in re.split(r"[-'’.&]", word) if part]


# ----------------------------------------------------------------------------- exclamations

_BANG_RUN = re.compile(r"[!?¡¿‼⁉]{2,}|‼")
_BANG = re.compile(r"[!‼]+")


class ExclamationMarks(TemplateCheck):
    """FL207: runs of exclamation marks ("!!", "?!") and too many exclamations overall."""

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        _int_option(spec.options, "max_exclamations", 3, spec.code)

    def check(self, target: TemplateContext, state: Any) -> Iterator[Finding]:
        limit = _int_option(self.options, "max_exclamations", 3, self.spec.code)
        count = 0
        reported_total = False
        for region in template_regions(target, _READ_SCOPES):
            for match in _BANG_RUN.finditer(region.text):
                if "!" not in match.group() and "‼" not in match.group() and "⁉" not in match.group():
                    continue
                yield Finding(
                    f"'{escape_braces(match.group())}': repeated punctuation reads as shouting and is a "
                    "spam-filter signal; use one mark",
                    span=region.locate(match.start(), match.end()),
                    fix=match.group()[0] if match.group()[0] in "!?" else "!",
                )
            for match in _BANG.finditer(region.text):
                count += 1
                if count > limit and not reported_total:
                    reported_total = True
                    yield Finding(
                        f"more than {limit} exclamation marks in one email; "
                        "it sounds over-excited, so keep one at most",
                        span=region.locate(match.start(), match.end()),
                    )


# ----------------------------------------------------------------------------- empty follow-up

_ANCHOR = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']?([^"'\s>]+)[^>]*>""", re.I)


class EmptyFollowUp(TemplateCheck):
    """FL204: a "just checking in" follow-up that brings the reader nothing new.

    A breakup email (``sequence: breakup``, or one that says it is the last email:
    ``data.breakup_phrases``) is not an empty bump and is not reported.

    Fires when the email uses a follow-up-for-its-own-sake phrase (``data.phrases`` /
    ``data.patterns``) and nowhere in the body or P.S. offers something new: a link, an
    attachment, a resource, news, an insight (``data.value_signals``), a link variable such as
    ``{{ recording_url }}`` (``data.value_variables``) or an HTML link, or a sentence whose roles
    bring the reader something (value, personal) or that carries a concrete detail: at least
    ``data.new_content_words`` words beyond the routine words of follow-ups
    (``data.routine_words``; :mod:`followup_lint.content.new_content`), or a question for the
    right person (``data.referral_phrases``). Links to calendars and
    unsubscribe pages do not count (``data.not_value``).
    """

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        data = spec.data
        code = spec.code
        self.triggers = _matcher(data, code, tokens="phrases", patterns="patterns", exceptions="exceptions")
        if self.triggers.empty:
            raise ValueError(f"rule {code}: data needs 'phrases' or 'patterns'")
        self.value = _matcher(data, code, tokens="value_phrases", patterns="value_signals", exceptions="value_exceptions")
        self.breakup = _matcher(data, code, tokens="breakup_phrases", patterns="breakup_patterns")
        self.referral = _matcher(data, code, tokens="referral_phrases", patterns="referral_patterns")
        self.routine = routine_words(_string_list(data.get("routine_words"), "routine_words"))
        self.min_new_words = data.get("new_content_words", 3)
        if isinstance(self.min_new_words, bool) or not isinstance(self.min_new_words, int) or self.min_new_words < 1:
            raise ValueError(f"rule {code}: data 'new_content_words' must be a whole number of at least 1")
        try:
            variables = _string_list(data.get("value_variables"), "value_variables")
            not_value = _string_list(data.get("not_value"), "not_value")
            self.value_variable = (
                compile_pattern("|".join(f"(?:{p})" for p in variables), word_boundaries=False) if variables else None
            )
            self.not_value = (
                compile_pattern("|".join(f"(?:{p})" for p in not_value), word_boundaries=False) if not_value else None
            )
        except PatternError as exc:
            raise ValueError(f"rule {code}: {exc.message}") from None

    def check(self, target: TemplateContext, state: Any) -> Iterator[Finding]:
        from ..content.sequence import sequence_position

        # A polite breakup says it is the last email and leaves the door open: not an empty bump.
        if sequence_position(target.info, getattr(target, "sequence", None)).value in ("breakup", "transactional"):
            return
        regions = template_regions(target, ("body", "ps"))
        if not self.breakup.empty and any(self.breakup.find(region.text) for region in regions):
            return
        trigger: tuple[Region, int, int, str] | None = None
        for region in regions:
            found = self.triggers.find(region.text)
            if found:
                start, end, text = found[0]
                trigger = (region, start, end, text)
                break
        if trigger is None:
            return
        if self._offers_something(target, regions, trigger):
            return
        referral = None if self.referral.empty else self.referral.find
        if brings_something_new(roles_of_context(target), self.triggers.find, self.routine, self.min_new_words, referral):
            return
        region, start, end, text = trigger
        yield Finding(
            f"'{_quote(text)}' with nothing new for the reader: a follow-up that only asks for "
            "attention gets ignored; add a resource, an insight or news, or do not send it",
            span=region.locate(start, end),
        )

    def _offers_something(self, context: TemplateContext, regions: Iterable[Region], trigger: tuple[Region, int, int, str]) -> bool:
        t_region, t_start, t_end, _ = trigger
        for region in regions:
            for start, end, _ in self.value.find(region.text):
                if region is t_region and start < t_end and t_start < end:
                    continue
                return True
        info = context.info
        if self.value_variable is not None:
            for use in info.variables:
                name = use.dotted
                if self.value_variable.matches(name) and not (self.not_value and self.not_value.matches(name)):
                    return True
        if info.is_html:
            # links inside the body or P.S. (not the signature or footer)
            ranges = []
            for name in ("body", "ps"):
                segment = context.segments.get(name)
                if segment is not None:
                    n_start, n_end = segment.source_span()
                    ranges.append((info.source_offset(n_start), info.source_offset(max(n_end - 1, n_start)) + 1))
            base = info.source.body_offset
            for match in _ANCHOR.finditer(info.source.body):
                where = base + match.end()  # where the link text starts
                if not any(lo <= where < hi for lo, hi in ranges):
                    continue
                target = match.group(1)
                if target.lower().startswith(("mailto:", "tel:", "#")):
                    continue
                if self.not_value is not None and self.not_value.matches(target):
                    continue
                return True
        return False
