"""Campaign discovery: which templates to lint, and which recipients each one is sent to.

A folder is a campaign. Each template takes its recipients from ``--recipients``, else its
front matter ``recipients:`` (relative to the template), else the first ``campaigns`` entry of
the configuration whose globs match it (relative to the config file), else a
``recipients.csv``/``.json``/``.jsonl`` beside it. Templates that share a recipient file share
one pass over it. A named recipients file that does not exist is reported (FL020) and its
templates are linted without recipients: never silently with another list.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .config import CampaignRule, Config
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
    # campaigns entries of the config whose recipients file is missing, with their templates
    missing_campaign_recipients: dict[CampaignRule, list[str]] = field(default_factory=dict)


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
                    if not _excluded(candidate, config):
                        found.append(candidate)
        else:
            missing.append(str(path))
    unique = list(dict.fromkeys(found))
    return unique, missing


def _excluded(path: Path, config: Config) -> bool:
    """Whether an ``exclude`` glob matches the path (relative to the config file's folder, as
    given, by its trailing parts) or the file name."""
    return any(config.path_matches(p, path) or fnmatch.fnmatch(path.name, p) for p in config.exclude)


@dataclass(frozen=True, slots=True)
class RecipientsLookup:
    """Which recipients file a template goes to, when ``--recipients`` is not given.

    ``path`` is the file to read (None when none applies or the named one is missing);
    ``missing`` is a named file that does not exist; ``rule`` is the ``campaigns`` entry that
    named the file, if one did."""

    path: Path | None
    missing: Path | None = None
    rule: CampaignRule | None = None


def find_recipients(source: TemplateSource, template_path: Path, config: Config) -> RecipientsLookup:
    """The front matter's ``recipients:`` (relative to the template), else the first matching
    ``campaigns`` entry of the config, else a ``recipients.csv``/``.json``/``.jsonl`` beside it."""
    declared = source.front_matter.get("recipients")
    if declared:
        target = template_path.parent / str(declared)
        return RecipientsLookup(target) if target.is_file() else RecipientsLookup(None, target)
    rule = config.campaign_for(template_path)
    if rule is not None:
        if rule.recipients.is_file():
            return RecipientsLookup(rule.recipients, rule=rule)
        return RecipientsLookup(None, rule.recipients, rule)
    beside = (template_path.parent / name for name in DEFAULT_RECIPIENT_NAMES)
    return RecipientsLookup(next((p for p in beside if p.is_file()), None))


def build_campaign(paths: Iterable[Path], config: Config, recipients: Path | None = None) -> Campaign:
    template_paths, missing = find_templates(paths, config)
    groups: dict[Path | None, CampaignGroup] = {}
    unreadable: list[tuple[str, str]] = [(m, "no such file or folder") for m in missing]
    missing_recipients: list[tuple[str, str, int]] = []
    missing_campaign: dict[CampaignRule, list[str]] = {}
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
            found = find_recipients(source, template_path, config)
            target = found.path
            if found.missing is not None and found.rule is not None:
                missing_campaign.setdefault(found.rule, []).append(source.path)
            elif found.missing is not None:
                line = _key_line(source.text, "recipients")
                missing_recipients.append((source.path, str(found.missing), line))
        key = target.resolve() if target is not None else None
        group = groups.get(key)
        if group is None:
            group = groups[key] = CampaignGroup(target)
        group.templates.append(source)
    ordered = sorted(groups.values(), key=lambda g: (g.recipients is not None, str(g.recipients or "")))
    return Campaign(ordered, unreadable, missing_recipients, count, missing_campaign)


def _key_line(text: str, key: str) -> int:
    for number, line in enumerate(text.splitlines()[:80], start=1):
        if line.strip().startswith(f"{key}:"):
            return number
    return 1
