"""The per-template half of the result cache: a campaign in which one template changed lints
that template only, and takes the others' findings from the last run (ruff caches per file
the same way).

A template's findings depend on its own text, the recipients file it is sent to, the config,
the rules and the version, never on the other templates of the campaign: each check runs
per template, the recipient-level checks run on the stream whatever the templates, and a
template's score reads its own findings only. So an entry is keyed on exactly those, and
holds the diagnostics that carry the template's path (its template-level findings and the
per-recipient findings of its messages, masked as printed) and its score. The stream is
still read and its own checks (email syntax, duplicates, ...) run every time.

Where that reasoning could fail, nothing is stored: a run in which a check reported on a file
that is neither a template nor the recipients file (the finding could not be traced to its
template), a template with many findings (the run that lints it is slow anyway), and every
run with ``ignore-recipients`` (whether an entry silenced something is only known by
linting every template). Entries live beside the run cache, under ``templates/``.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable, Iterator

from ._version import __version__
from .cache import (
    CACHE_FORMAT,
    FULL_HASH_LIMIT,
    _config_values,
    _diagnostic_from,
    _diagnostic_to,
    _digest,
    _file_key,
    _gitignore,
    _rule_inputs,
    _score_from,
    _score_to,
    cache_dir,
)
from .config import Config
from .model import Diagnostic
from .scoring import TemplateScore

MAX_DIAGNOSTICS = 2_000
"""A template with more findings than this is not stored."""
MAX_ENTRIES = 4_096
"""Entries kept; the least recently written go first."""
LOAD_PROBLEMS = frozenset({"FL011"})
"""Engine codes about the rule files, reported on every run: never part of a template's entry."""


class TemplateCache:
    """Per-template entries for one run: :meth:`lookup` before linting a group, :meth:`store`
    after it (with what a :class:`Recorder` saw)."""

    def __init__(self, config: Config, rule_inputs: list[Any] | None = None) -> None:
        """``rule_inputs``: what the run's :class:`~.cache.ResultCache` already read of the rule
        files and the package (``rule_inputs`` there), else read here."""
        self.folder = cache_dir(config) / f"v{CACHE_FORMAT}" / "templates"
        self.enabled = not config.show_personal_data and not config.ignore_recipients
        if self.enabled:
            inputs = rule_inputs if rule_inputs is not None else _rule_inputs(config)
            self._run_key = _digest([__version__, _config_values(config), inputs])
        else:
            self._run_key = ""
        self._streams: dict[Path, list[Any]] = {}  # each recipients file is hashed once per run
        self._written = 0

    def key(self, template: Any, recipients: Path | None, recipient_source: str | None) -> str:
        text_hash = hashlib.sha256(template.text.encode("utf-8", "surrogatepass")).hexdigest()
        stream = None
        if recipients is not None:
            stream = self._streams.get(recipients)
            if stream is None:
                stream = self._streams[recipients] = _file_key(recipients, partial_over=FULL_HASH_LIMIT)
        return _digest([self._run_key, str(template.path), text_hash, stream, recipient_source])

    def lookup(self, key: str) -> tuple[list[Diagnostic], TemplateScore | None] | None:
        try:
            data = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            diagnostics = [_diagnostic_from(row) for row in data["diagnostics"]]
            score = None if data["score"] is None else _score_from(data["score"])
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing, damaged or from another format: lint the template
        return diagnostics, score

    def store(self, key: str, diagnostics: list[Diagnostic], score: TemplateScore | None) -> None:
        """Write one entry; a cache that cannot be written is skipped silently."""
        data = {"diagnostics": [_diagnostic_to(d) for d in diagnostics],
                "score": None if score is None else _score_to(score)}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _gitignore(self.folder.parent.parent)
            handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False)
            os.replace(temporary, self.folder / f"{key}.json")
        except OSError:
            return
        self._written += 1

    def prune(self) -> None:
        """Keep at most :data:`MAX_ENTRIES` entries (only looked at after a run that wrote some)."""
        if not self._written:
            return
        try:
            entries = sorted(self.folder.glob("*.json"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
            for stale in entries[MAX_ENTRIES:]:
                stale.unlink(missing_ok=True)
        except OSError:
            return


class Recorder:
    """Stands in for the run's diagnostic sink while a group is linted: everything is passed on,
    and the diagnostics of the templates being linted are kept, by path, for the cache."""

    def __init__(self, sink: Any, template_paths: Iterable[str], recipient_source: str | None) -> None:
        self._sink = sink
        self.by_path: dict[str, list[Diagnostic]] = {path: [] for path in template_paths}
        self._known = {recipient_source} if recipient_source else set()
        self.too_many: set[str] = set()
        self.untraced = False
        """A finding on a path that is neither a template of the group nor its recipients file."""

    def append(self, d: Diagnostic) -> None:
        self._sink.append(d)
        if d.code in getattr(self._sink, "skip_codes", ()):
            return  # dropped by the sink
        kept = self.by_path.get(d.path)
        if kept is not None:
            if d.path in self.too_many:
                return
            kept.append(d)
            if len(kept) > MAX_DIAGNOSTICS:
                self.too_many.add(d.path)
                kept.clear()
        elif d.path not in self._known and d.code not in LOAD_PROBLEMS:
            self.untraced = True

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        for d in diagnostics:
            self.append(d)

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(self._sink)

    def __len__(self) -> int:
        return len(self._sink)

    def __getattr__(self, name: str) -> Any:  # the Collector's other attributes (skip_codes, template_level)
        return getattr(self._sink, name)
