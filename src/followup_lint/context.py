"""What a check sees: the template (once), the recipient (once) and the rendered message."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .locales import LocaleData
from .recipients import FieldMap, Recipient
from .templates import Greeting, TemplateInfo


@dataclass(slots=True)
class RunContext:
    """Run-wide facts, given to recipient-scope checks' ``prepare``."""

    locales: LocaleData
    source: str | None = None
    check_deliverability: bool = False
    send_date: datetime.date = field(default_factory=datetime.date.today)


@dataclass
class TemplateContext:
    """A template and the recipient-independent facts about it."""

    info: TemplateInfo
    locales: LocaleData
    has_recipients: bool = False
    recipient_source: str | None = None
    field_map: FieldMap = field(default_factory=FieldMap)
    send_date: datetime.date = field(default_factory=datetime.date.today)
    """The day the campaign goes out (``--send-date``; default today), for time references."""
    column_facts: Any = None
    """:class:`~followup_lint.column_facts.ListFacts` of the recipient stream (complete in a
    check's ``finish()``), or None without recipients or when no FL3 rule is on."""
    sequence: str | None = None
    """The sequence position the configuration gives this template (``[tool.followup-lint.sequence]``)."""
    lexicon: Any = None
    """The cue lexicons with the users' additions (rule packs' ``cues:``); None = the built-in ones."""

    def role_of(self, path: tuple[str, ...]) -> str | None:
        """The name role (given, family, full, preferred, honorific, email) a variable carries."""
        return self.field_map.role_of_variable(path)

    @property
    def greeting(self) -> Greeting | None:
        return self.info.greeting

    @cached_property
    def segments(self) -> Any:
        """spaCy segmentation of the template's neutral text (computed on first use only)."""
        from .text import segment_email

        return segment_email(self.info.neutral_text)

    @cached_property
    def metrics(self) -> Any:
        """Length, reading level, questions and asks of the body (``content.metrics``), once."""
        from .content.metrics import template_metrics

        return template_metrics(self)


@dataclass(frozen=True, slots=True)
class RenderedGreeting:
    """The greeting as one recipient will read it.

    ``raw_name`` is the exact text in the name slot, spaces included ("Parissa ", "");
    ``name`` is it stripped.
    """

    line: str
    raw_name: str

    @property
    def name(self) -> str:
        return self.raw_name.strip()


@dataclass(slots=True)
class RecipientContext:
    recipient: Recipient
    run: RunContext


@dataclass(slots=True)
class MessageContext:
    """One template rendered for one recipient."""

    template: TemplateContext
    recipient: Recipient
    _text: Any  # str, or a callable rendering it on demand
    _subject: Any = field(default=None, repr=False)  # str, or a callable rendering it on demand
    _greeting: Any = field(default=None, repr=False)
    memo: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def text(self) -> str:
        """The rendered message body."""
        if callable(self._text):
            self._text = self._text()
        return self._text

    @property
    def subject(self) -> str | None:
        """The rendered subject line (rendered on first use: most rules never need it)."""
        if callable(self._subject):
            self._subject = self._subject()
        return self._subject

    @property
    def greeting(self) -> RenderedGreeting | None:
        """The rendered greeting's name slot, found with the template's literal prefix/suffix."""
        if self._greeting is None:
            self._greeting = _find_rendered_greeting(self.template.info.greeting, self.text) or False
        return self._greeting or None


def _find_rendered_greeting(greeting: Greeting | None, text: str) -> RenderedGreeting | None:
    if greeting is None or not greeting.slot_variables or greeting.render_prefix is None:
        return None
    prefix = greeting.render_prefix
    start = text.find(prefix)
    if start == -1:
        return None
    name_start = start + len(prefix)
    line_end = text.find("\n", name_start)
    line_end = len(text) if line_end == -1 else line_end
    if greeting.render_suffix:
        stop = text.rfind(greeting.render_suffix, name_start, line_end)
        first = text.find(greeting.render_suffix, name_start, line_end)
        # the name itself rarely holds the terminator; prefer the first one
        stop = first if first != -1 else stop
        if stop == -1:
            stop = line_end
    else:
        stop = line_end
    line_start = text.rfind("\n", 0, start) + 1
    return RenderedGreeting(line=text[line_start:line_end], raw_name=text[name_start:stop])
