"""Recipient-level ignores from the configuration (``[[tool.followup-lint.ignore-recipients]]``).

A CSV row cannot carry a comment, so a known exception ("Parissa really is greeted by her
family name", "this role account is deliberate") is written in the config instead. The
recipient stream is watched in the main process as the engine consumes it (worker processes
get records from the same stream, so parallel runs are covered); only records that match an
entry are remembered, by (source, index). Diagnostics about those records from the entry's
rules are then dropped. An entry that silenced nothing although it could have is reported as
FL015, like an unused inline suppression (FL009).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .config import Config, RecipientIgnore
from .model import Diagnostic
from .recipients import Recipient, RecordOrProblem
from .selection import matches_any

UNUSED_RECIPIENT_IGNORE = "FL015"


@dataclass(slots=True)
class RecipientIgnores:
    """Matches records against the configured entries and filters diagnostics."""

    entries: tuple[RecipientIgnore, ...]
    matched: dict[tuple[str, int], tuple[int, ...]] = field(default_factory=dict)  # (source, index) -> entries
    used: set[int] = field(default_factory=set)
    sources_read: set[str] = field(default_factory=set)  # absolute paths of the recipient files read
    streams: int = 0
    _resolved: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_config(cls, config: Config) -> RecipientIgnores | None:
        return cls(config.ignore_recipients) if config.ignore_recipients else None

    def watch(self, items: Iterable[RecordOrProblem]) -> Iterator[RecordOrProblem]:
        """Pass the stream through, remembering which records match an entry."""
        self.streams += 1
        for item in items:
            if isinstance(item, Recipient):
                hits = self._match(item)
                if hits:
                    self.matched[(item.ref.source, item.ref.index)] = hits
            yield item

    def _absolute(self, source: str) -> str:
        resolved = self._resolved.get(source)
        if resolved is None:
            resolved = self._resolved[source] = os.path.abspath(source)
            self.sources_read.add(resolved)
        return resolved

    def _match(self, recipient: Recipient) -> tuple[int, ...]:
        source = self._absolute(recipient.ref.source)
        email: str | None = None
        hits: list[int] = []
        for number, entry in enumerate(self.entries):
            if entry.file is not None and os.path.abspath(entry.file) != source:
                continue
            if entry.row is not None:
                if recipient.ref.row == entry.row:
                    hits.append(number)
                continue
            if email is None:
                email = (recipient.value("email") or "").strip().lower()
            if not email:
                continue
            if entry.email is not None:
                if email == entry.email:
                    hits.append(number)
            elif entry.domain is not None:
                domain = email.rpartition("@")[2]
                if domain == entry.domain or domain.endswith("." + entry.domain):
                    hits.append(number)
        return tuple(hits)

    def filter(self, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
        """Drop diagnostics about matched records from the rules their entries name."""
        if not self.matched:
            return diagnostics
        return [d for d in diagnostics if not self.silences(d)]

    def silences(self, diagnostic: Diagnostic) -> bool:
        """True when an entry drops ``diagnostic`` (its record was matched as it streamed by);
        the entry is then used."""
        ref = diagnostic.recipient
        hits = self.matched.get((ref.source, ref.index)) if ref is not None and self.matched else None
        if not hits:
            return False
        silencing = [n for n in hits if matches_any(diagnostic.code, diagnostic.name, self.entries[n].rules)]
        self.used.update(silencing)
        return bool(silencing)

    def unused(self, enabled: Iterable[tuple[str, str]]) -> list[RecipientIgnore]:
        """Entries that silenced nothing although they applied to this run: at least one
        recipient list was read (their own ``file``, if they name one) and one of their rules
        was enabled. Runs over other lists, or with their rules off, say nothing about them."""
        if not self.streams:
            return []
        enabled = list(enabled)
        result = []
        for number, entry in enumerate(self.entries):
            if number in self.used:
                continue
            if entry.file is not None and os.path.abspath(entry.file) not in self.sources_read:
                continue
            if not any(matches_any(code, name, entry.rules) for code, name in enabled):
                continue
            result.append(entry)
        return result
