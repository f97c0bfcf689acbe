"""Baselines: adopt the linter on an existing campaign folder and fail only on new problems.

``followup-lint check --write-baseline .followup-lint-baseline.json`` records every current
finding; ``--baseline .followup-lint-baseline.json`` then hides the findings it recorded and
reports how many of them no longer occur (fixed since). Each finding is stored as a salted
fingerprint (see :mod:`followup_lint.fingerprints`): edits elsewhere in a template and a
re-exported recipient list keep matching, and the file holds no recipient data, not even a
plain hash of an email.
"""

from __future__ import annotations

import json
import secrets
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from .config import ConfigError
from .fingerprints import SourceLines, finding_fingerprint, normalised_path
from .formats._grouping import data_paths, is_data_path
from .model import Diagnostic

BASELINE_VERSION = 1


@dataclass(frozen=True, slots=True)
class BaselineResult:
    """What applying a baseline did: ``kept`` are the new findings."""

    kept: list[Diagnostic]
    matched: int
    fixed: int
    path: str

    def summary(self) -> dict[str, Any]:
        return {"path": self.path, "matched": self.matched, "fixed": self.fixed}


def _fingerprints(diagnostics: Iterable[Diagnostic], salt: str, root: Path) -> list[tuple[str, Diagnostic]]:
    """Each finding with its fingerprint; paths count relative to the baseline's folder."""
    diagnostics = list(diagnostics)
    known = data_paths(diagnostics)
    sources = SourceLines()
    return [
        (finding_fingerprint(d, sources, salt, data_file=is_data_path(d.path, known), root=root), d)
        for d in diagnostics
    ]


def write_baseline(path: Path, diagnostics: Iterable[Diagnostic]) -> int:
    """Record ``diagnostics`` in ``path``; returns how many were recorded."""
    salt = secrets.token_hex(16)
    counts: Counter[str] = Counter()
    about: dict[str, tuple[str, str]] = {}
    for fingerprint, d in _fingerprints(diagnostics, salt, path.parent):
        counts[fingerprint] += 1
        about.setdefault(fingerprint, (d.code, normalised_path(d.path, path.parent)))
    entries = [
        {"fingerprint": fp, "code": about[fp][0], "path": about[fp][1], "count": counts[fp]}
        for fp in sorted(counts, key=lambda fp: (about[fp][1], about[fp][0], fp))
    ]
    document = {"version": BASELINE_VERSION, "tool": "followup-lint", "salt": salt, "findings": entries}
    try:
        path.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot write baseline {path}: {exc.strerror or exc}") from None
    return sum(counts.values())


def read_baseline(path: Path) -> tuple[str, Counter[str]]:
    """The salt and the recorded fingerprints (with how often each occurred)."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read baseline {path}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise ConfigError(f"{path}: not a followup-lint baseline (invalid JSON: {exc})") from None
    if not isinstance(document, dict) or document.get("tool") != "followup-lint" or "findings" not in document:
        raise ConfigError(f"{path}: not a followup-lint baseline; write one with --write-baseline")
    if document.get("version") != BASELINE_VERSION:
        raise ConfigError(f"{path}: baseline version {document.get('version')!r} is not supported; write it again")
    salt = document.get("salt")
    findings = document.get("findings")
    if not isinstance(salt, str) or not isinstance(findings, list):
        raise ConfigError(f"{path}: malformed baseline; write it again with --write-baseline")
    counts: Counter[str] = Counter()
    for entry in findings:
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise ConfigError(f"{path}: malformed baseline entry; write it again with --write-baseline")
        count = entry.get("count", 1)
        counts[entry["fingerprint"]] += count if isinstance(count, int) and count > 0 else 1
    return salt, counts


def apply_baseline(path: Path, diagnostics: Iterable[Diagnostic]) -> BaselineResult:
    """Drop the findings recorded in the baseline at ``path``; count the recorded ones that are gone."""
    salt, remaining = read_baseline(path)
    total = sum(remaining.values())
    kept: list[Diagnostic] = []
    matched = 0
    for fingerprint, d in _fingerprints(diagnostics, salt, path.parent):
        if remaining[fingerprint] > 0:
            remaining[fingerprint] -= 1
            matched += 1
        else:
            kept.append(d)
    return BaselineResult(kept, matched, total - matched, str(path))
