"""Campaign discovery: which templates to lint, and which recipients each one is sent to.

A folder is a campaign. Each template takes its recipients from ``--recipients``, else its
front matter ``recipients:`` (relative to the template), else a ``recipients.csv``/``.json``/
``.jsonl`` beside it. Templates that share a recipient file share one pass over it.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .config import Config
from .templates import TemplateSource, load_template_file

DEFAULT_RECIPIENT_NAMES = ("recipients.csv", "recipients.json", "recipients.jsonl")
_SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox"}


@dataclass(slots=True)
class CampaignGroup:
    """Templates that are sent to the same recipients (``recipients`` None: no list known)."""

    recipients: Path | None
    templates: list[TemplateSource] = field(default_factory=list)


@dataclass(slots=True)
class Campaign:
    groups: list[CampaignGroup]
    unreadable: list[tuple[str, str]]  # (path, reason)
    missing_recipients: list[tuple[str, str, int]]  # (template path, recipients path, line)
    template_count: int = 0


def find_templates(paths: Iterable[Path], config: Config) -> tuple[list[Path], list[str]]:
    """Template files under ``paths`` (files are taken as given), sorted; and missing paths."""
    found: list[Path] = []
    missing: list[str] = []
    suffixes = tuple(s.lower() for s in config.template_suffixes)
    for path in paths:
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            for candidate in sorted(path.rglob("*")):
                if any(part in _SKIP_DIRS for part in candidate.relative_to(path).parts[:-1]):
                    continue
                if candidate.is_file() and candidate.name.lower().endswith(suffixes):
                    if not _excluded(candidate, config.exclude):
                        found.append(candidate)
        else:
            missing.append(str(path))
    unique = list(dict.fromkeys(found))
    return unique, missing


def _excluded(path: Path, patterns: Iterable[str]) -> bool:
    posix = path.as_posix()
    return any(fnmatch.fnmatch(posix, p) or fnmatch.fnmatch(path.name, p) or fnmatch.fnmatch(posix, f"*/{p}") for p in patterns)


def build_campaign(paths: Iterable[Path], config: Config, recipients: Path | None = None) -> Campaign:
    template_paths, missing = find_templates(paths, config)
    groups: dict[Path | None, CampaignGroup] = {}
    unreadable: list[tuple[str, str]] = [(m, "no such file or folder") for m in missing]
    missing_recipients: list[tuple[str, str, int]] = []
    count = 0
    for template_path in template_paths:
        try:
            source = load_template_file(template_path)
        except OSError as exc:
            unreadable.append((str(template_path), f"cannot read template: {exc.strerror or exc}"))
            continue
        except UnicodeDecodeError as exc:
            unreadable.append((str(template_path), f"template is not UTF-8 text (byte {exc.start})"))
            continue
        count += 1
        target = recipients
        if target is None:
            declared = source.front_matter.get("recipients")
            if declared:
                target = (template_path.parent / str(declared))
                if not target.is_file():
                    line = _key_line(source.text, "recipients")
                    missing_recipients.append((source.path, str(target), line))
                    target = None
            else:
                target = next(
                    (template_path.parent / name for name in DEFAULT_RECIPIENT_NAMES if (template_path.parent / name).is_file()),
                    None,
                )
        key = target.resolve() if target is not None else None
        group = groups.get(key)
        if group is None:
            group = groups[key] = CampaignGroup(target)
        group.templates.append(source)
    ordered = sorted(groups.values(), key=lambda g: (g.recipients is not None, str(g.recipients or "")))
    return Campaign(ordered, unreadable, missing_recipients, count)


def _key_line(text: str, key: str) -> int:
    for number, line in enumerate(text.splitlines()[:80], start=1):
        if line.strip().startswith(f"{key}:"):
            return number
    return 1
