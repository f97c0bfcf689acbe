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
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

from .config import CONFIG_FILENAMES, CampaignRule, Config, find_config_file
from .templates import TemplateSource, load_template_file, read_template_source

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
        target = Path(os.path.normpath(template_path.parent / str(declared)))
        return RecipientsLookup(target) if _present(target) else RecipientsLookup(None, target)
    rule = config.campaign_for(template_path)
    if rule is not None:
        if _present(rule.recipients):
            return RecipientsLookup(rule.recipients, rule=rule)
        return RecipientsLookup(None, rule.recipients, rule)
    beside = (template_path.parent / name for name in DEFAULT_RECIPIENT_NAMES)
    return RecipientsLookup(next((p for p in beside if _present(p)), None))


def _group_key(path: Path) -> Path:
    """The file's real path, so that two names for one file share one pass over it (a path
    that cannot be resolved, such as a symbolic-link loop, stands for itself)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _present(path: Path) -> bool:
    """Something is at ``path``. Not ``is_file()``: a directory, a named pipe or a symbolic-link
    loop named recipients.csv must be reported by the reader (FL020), not taken for "no list"."""
    return os.path.lexists(path)


RECIPIENT_SUFFIXES = (".csv", ".tsv", ".json", ".jsonl", ".ndjson")


def _is_recipients_file(path: Path, config: Config) -> bool:
    name = path.name.lower()
    return name.endswith(RECIPIENT_SUFFIXES) and not name.endswith(tuple(s.lower() for s in config.template_suffixes))


def _is_config_file(path: Path) -> bool:
    return path.name in CONFIG_FILENAMES


def expand_inputs(paths: Iterable[Path], config: Config) -> list[Path]:
    """Paths to lint, with recipients files and config files replaced by the templates they
    affect, so a pre-commit hook that sees only ``attendees.csv`` or ``.followup-lint.toml``
    change still checks something: a recipients file stands for the templates (under the
    config's folder, else the file's folder) that are sent to it; a config file for every
    template under its folder. A data or config file that affects no template stands for
    nothing (pre-commit hands over every staged ``.json``)."""
    result: list[Path] = []
    for path in paths:
        if path.is_file() and _is_config_file(path):
            if path.name != "pyproject.toml" or find_config_file(path) == path.resolve():
                result.append(path.parent)
        elif path.is_file() and _is_recipients_file(path, config):
            result.extend(_templates_sent_to(path, config))
        else:
            result.append(path)
    return list(dict.fromkeys(result))


def _templates_sent_to(recipients: Path, config: Config) -> list[Path]:
    root = config.base_dir if config.source is not None else recipients.parent
    target = recipients.resolve()
    found, _ = find_templates([root], config)
    chosen = []
    for template_path in found:
        try:
            source = load_template_file(template_path)
        except (OSError, UnicodeDecodeError):
            continue
        lookup = find_recipients(source, template_path, config)
        if lookup.path is not None and lookup.path.resolve() == target:
            chosen.append(template_path)
    return chosen


def build_campaign(paths: Iterable[Path], config: Config, recipients: Path | None = None,
                   texts: Mapping[Path, str] | None = None) -> Campaign:
    """Group the templates under ``paths`` by recipients file. ``texts`` gives the text of
    templates that are not read from disk (``check - --stdin-filename PATH``): their path only
    decides where recipients and config are looked for."""
    texts = texts or {}
    given = [p for p in paths if p not in texts]
    template_paths, missing = find_templates(given, config)
    template_paths = [*texts, *template_paths]
    groups: dict[Path | None, CampaignGroup] = {}
    unreadable: list[tuple[str, str]] = [(m, "no such file or folder") for m in missing]
    missing_recipients: list[tuple[str, str, int]] = []
    missing_campaign: dict[CampaignRule, list[str]] = {}
    count = 0
    for template_path in template_paths:
        try:
            if template_path in texts:
                source = read_template_source(texts[template_path], str(template_path))
            else:
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
        key = _group_key(target) if target is not None else None
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
