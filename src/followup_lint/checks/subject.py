"""Subject-line and compliance checks (FL5xx) whose logic a phrase list cannot express.

The subject is the template's ``subject:`` (front matter or the ``subject=`` argument), read
with its Jinja expressions replaced by stand-ins ("Alex" for name fields, "Example"
otherwise). Findings point at the subject's line in the front matter. All checks run once
per template.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ..context import MessageContext, TemplateContext
from ..model import Finding, Span
from ..patterns import PatternError
from ..rule import SKIP, MessageCheck, RuleSpec, TemplateCheck
from ..template_kinds import known_kinds
from .phrases import PhraseMatcher, _string_list, subject_region
from ..placeholders import find_placeholders
from ..content.email_roles import template_language
from .tone import _blank_out, _int_option, _quote, shouted_runs, word_parts

__all__ = ["MissingUnsubscribe", "SubjectLength", "SubjectShouting"]


class SubjectShouting(TemplateCheck):
    """FL502: capitals or repeated "!" in the subject line."""

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.acronyms = frozenset(a.strip() for a in _string_list(spec.data.get("acronyms"), "acronyms"))
        self.shout_words = frozenset(w.strip() for w in _string_list(spec.data.get("shout_words"), "shout_words"))
        _int_option(spec.options, "min_length", 5, spec.code)
        _int_option(spec.options, "min_run", 2, spec.code)

    def prepare(self, context: TemplateContext) -> Any:
        return subject_region(context.info) or SKIP

    def check(self, target: TemplateContext, region: Any) -> Iterator[Finding]:
        text = region.text
        min_length = _int_option(self.options, "min_length", 5, self.spec.code)
        min_run = _int_option(self.options, "min_run", 2, self.spec.code)
        # "[COMPANY]", "*|FNAME|*": a placeholder (FL006's) is not shouting
        blanked = _blank_out(text, [(p.start, p.end) for p in find_placeholders(text)])
        lang = template_language(target.info.source.locale, blanked)
        for run in shouted_runs(
            blanked, self.acronyms, min_length=min_length, min_run=min_run, shout_words=self.shout_words,
            is_acronym=lambda word: _no_common_word(word, lang),
        ):
            yield Finding(
                f"the subject shouts '{_quote(run.text)}' in capitals; spam filters and readers "
                "both mark that down, so use normal case",
                span=region.locate(run.start, run.end),
            )
        for match in re.finditer(r"[!?¡‼⁉]{2,}|‼", text):
            if "!" in match.group() or "‼" in match.group() or "⁉" in match.group() or "¡" in match.group():
                yield Finding(
                    f"the subject has '{match.group()}': repeated punctuation is a spam signal; "
                    "use one mark or none",
                    span=region.locate(match.start(), match.end()),
                    fix=match.group()[0],
                )


def _no_common_word(word: str, lang: str) -> bool:
    """A capitalised word of the subject that no dictionary of ours knows ("COSHH assessments",
    "RIDDOR changes") is a trade acronym, not shouting; "URGENT", "KOSTENLOS" are words."""
    from ..content.vocabulary import common_word

    return all(common_word(part, lang) is False for part in word_parts(word))


class SubjectLength(TemplateCheck):
    """FL504: a subject longer than ``max_chars`` characters or ``max_words`` words."""

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        _int_option(spec.options, "max_chars", 60, spec.code)
        _int_option(spec.options, "max_words", 10, spec.code)

    def prepare(self, context: TemplateContext) -> Any:
        return subject_region(context.info) or SKIP

    def check(self, target: TemplateContext, region: Any) -> Iterator[Finding]:
        max_chars = _int_option(self.options, "max_chars", 60, self.spec.code)
        max_words = _int_option(self.options, "max_words", 10, self.spec.code)
        text = " ".join(region.text.split())
        chars = len(text)
        words = len(text.split())
        span = region.locate(0, len(region.text))
        if chars > max_chars:
            yield Finding(
                f"the subject is {chars} characters long (limit {max_chars}, measured with "
                "stand-in names); inboxes cut it off, so the point may never be seen",
                span=span,
            )
        elif words > max_words:
            yield Finding(
                f"the subject has {words} words (limit {max_words}); shorten it to the one "
                "thing the reader gets from opening the email",
                span=span,
            )


class MissingUnsubscribe(TemplateCheck):
    """FL505: marketing email with no unsubscribe link, wording or placeholder.

    Looks at everything the template will send: its text, link targets, variable names and
    placeholders (``{{ unsubscribe_url }}``, ``*|UNSUB|*``, ``%unsubscribe%``), but not Jinja
    comments. Only templates whose ``kind`` is in ``options.kinds`` are checked.
    """

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self._kinds()  # validate the declared default now
        try:
            self.matcher = PhraseMatcher(
                code=spec.code,
                tokens=_string_list(spec.data.get("phrases"), "phrases"),
                patterns=_string_list(spec.data.get("patterns"), "patterns"),
                word_boundaries=False,
            )
        except PatternError as exc:
            raise ValueError(f"rule {spec.code}: {exc.message}") from None
        if self.matcher.empty:
            raise ValueError(f"rule {spec.code}: data needs 'phrases' or 'patterns'")

    def _kinds(self) -> frozenset[str]:
        # read on use, so [tool.followup-lint.rules.FL505] overrides apply
        return known_kinds(_string_list(self.options.get("kinds", ["marketing", "newsletter"]), "kinds"), "kinds")

    def prepare(self, context: TemplateContext) -> Any:
        return SKIP if context.info.kind not in self._kinds() else None

    def check(self, target: TemplateContext, state: Any) -> Iterator[Finding]:
        info = target.info
        text = info.source.text
        sent = "\n".join(text[t.start : t.end] for t in info.tags if t.kind != "comment")
        for piece in (sent, info.subject or "", " ".join(v.dotted for v in info.variables)):
            if self.matcher.find(piece):
                return
        span = info.source.key_spans.get("kind") or Span.point(1)
        yield Finding(
            f"a {info.kind} email without an unsubscribe link or placeholder: bulk commercial mail "
            "must let people opt out (CAN-SPAM, GDPR/ePrivacy) and mailbox providers demand it",
            span=span,
        )


# An empty or space-padded variable leaves marks like these in a rendered subject line.
_BROKEN_SUBJECT = (
    (re.compile(r"^\s*[,;:.!?\-–—]"), "starts with punctuation"),
    (re.compile(r"\s[,;:.!?](?:\s|$)"), "has a space before punctuation"),
    (re.compile(r"\S {2,}\S"), "has a double space"),
    (re.compile(r"[,:;\-–—]\s*$"), "ends with dangling punctuation"),
    (re.compile(r"^\s*$"), "is empty"),
)


class BrokenSubjectMerge(MessageCheck):
    """FL506: an empty field leaves ", the cohort worksheet" in this recipient's subject line."""

    record_memo = True

    def prepare(self, context: TemplateContext) -> Any:
        subject = context.info.subject or ""
        if "{{" not in subject and "{%" not in subject:
            return SKIP  # a static subject is the same for everyone: other FL5 rules judge it
        # marks the template itself writes are not the data's fault
        static = re.sub(r"\{%.*?%\}", "", re.sub(r"\{\{.*?\}\}", "Alex", subject))
        return [(pattern, reason) for pattern, reason in _BROKEN_SUBJECT if not pattern.search(static) or reason == "is empty"]

    def check(self, message: MessageContext, patterns: list[tuple[re.Pattern[str], str]]) -> Iterator[Finding]:
        subject = message.subject
        if subject is None:
            return
        for pattern, reason in patterns:
            if pattern.search(subject):
                yield Finding(
                    f"for this recipient the subject line {reason}, a sign of an empty or padded field: {{subject}}",
                    span=message.template.info.subject_span,
                    personal={"subject": subject.strip()},
                )
                return
