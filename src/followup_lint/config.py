"""Configuration: ``[tool.followup-lint]`` in pyproject.toml or a ``.followup-lint.toml``.

Strict, like yamllint: an unknown option, rule or value is a :class:`ConfigError` with an exact
message, never silently ignored. Relative paths and globs in a file are relative to the folder
that holds it. Every option is listed in :data:`OPTIONS` (docs/configuration.md documents each
one; a test keeps the two in step).
"""

from __future__ import annotations

import datetime
import fnmatch
import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from .config_values import (
    FIELD_ROLES,
    OPTIONS,
    CampaignRule,
    ConfigError,
    RecipientIgnore,
    normalise_config,
    parse_send_date,
    table_values,
)
from .model import Severity
from .sandbox import DEFAULT_MAX_OUTPUT_CHARS, DEFAULT_TIMEOUT_SECONDS
from .templates import DEFAULT_TEMPLATE_SUFFIXES

__all__ = [
    "CONFIG_FILENAMES", "FIELD_ROLES", "OPTIONS", "CampaignRule", "Config", "ConfigError", "RecipientIgnore",
    "config_from_mapping", "discover_config", "find_config_file", "load_config", "parse_send_date", "sequence_for",
]

CONFIG_FILENAMES = (".followup-lint.toml", "followup-lint.toml", "pyproject.toml")


@dataclass(frozen=True)
class Config:
    """Settings of a run. Built from a config file (:func:`load_config`), a mapping shaped like
    the ``[tool.followup-lint]`` table (:func:`config_from_mapping`), or directly in Python:
    ``Config(select=["FL1", "FL3"], fail_level="warning", severity={"FL404": "error"})``.
    Lists, comma-separated strings and plain strings are accepted where the file takes them and
    validated the same way; a bad value is a :class:`ConfigError`."""

    select: Sequence[str] = ()
    extend_select: Sequence[str] = ()
    ignore: Sequence[str] = ()
    fail_level: Severity | str = Severity.ERROR
    severity: Mapping[str, Severity | str] = field(default_factory=dict)
    fields: Mapping[str, Sequence[str] | str] = field(default_factory=dict)
    rule_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    rule_files: Sequence[Path | str] = ()  # with every *.yml/*.yaml of rule_dirs appended
    rule_dirs: Sequence[Path | str] = ()
    campaigns: Sequence[CampaignRule] = ()
    ignore_recipients: Sequence[RecipientIgnore] = ()
    per_file_ignores: Mapping[str, Sequence[str] | str] = field(default_factory=dict)
    exclude: Sequence[str] = ()
    template_suffixes: Sequence[str] = DEFAULT_TEMPLATE_SUFFIXES
    locale: str | None = None
    show_personal_data: bool = False
    max_output_chars: int = DEFAULT_MAX_OUTPUT_CHARS
    render_timeout: float = DEFAULT_TIMEOUT_SECONDS
    render_memory_limit: int | None = None  # MB; renders run in a capped worker process when set
    check_timeout: float = 10.0  # seconds one call of a rule (built-in or plugin) may take
    check_deliverability: bool = False
    jobs: int = 0  # worker processes for large recipient lists; 0 = one per CPU core
    send_date: datetime.date | str | None = None  # when the campaign goes out; None = today
    sequence: dict[str, str] = field(default_factory=dict)  # template glob -> sequence position
    cache_dir: Path | str | None = None  # where `check` keeps its result cache (see cache.py)
    source: Path | None = None

    def __post_init__(self) -> None:
        normalise_config(self)

    @property
    def effective_send_date(self) -> datetime.date:
        return self.send_date or datetime.date.today()  # type: ignore[return-value]  # a date after __post_init__

    @property
    def base_dir(self) -> Path:
        """The folder that relative paths and globs are resolved against: the config file's
        folder, else the current folder."""
        return self.source.parent if self.source is not None else Path.cwd()

    def absolute_pattern(self, pattern: str) -> str:
        """A config glob as an absolute, normalised pattern (``..`` allowed)."""
        return os.path.normpath(os.path.join(os.path.abspath(self.base_dir), pattern))

    def path_matches(self, pattern: str, path: str | Path) -> bool:
        """Whether a config glob matches ``path``. Globs are fnmatch patterns (``*`` also
        matches ``/``), relative to the config file's folder; for compatibility a pattern also
        matches the path as given and its trailing parts (``legacy/*.j2`` matches
        ``campaigns/legacy/old.j2``)."""
        if fnmatch.fnmatch(os.path.abspath(path), self.absolute_pattern(pattern)):
            return True
        posix = Path(path).as_posix()
        return fnmatch.fnmatch(posix, pattern) or fnmatch.fnmatch(posix, f"*/{pattern}")

    def campaign_for(self, template: str | Path) -> CampaignRule | None:
        """The first ``campaigns`` entry with a glob matching ``template``, if any. Its globs are
        relative to the config file's folder (``..`` allowed)."""
        if not self.campaigns:
            return None
        absolute = os.path.abspath(template)
        for rule in self.campaigns:
            if any(fnmatch.fnmatch(absolute, self.absolute_pattern(p)) for p in rule.templates):
                return rule
        return None

    def merged(self, **overrides: Any) -> Config:
        """A copy with non-None overrides applied (CLI flags win over files)."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


_OPTION_TYPES = OPTIONS  # the name older code imports


def config_from_mapping(raw: Mapping[str, Any], *, where: str = "configuration", base_dir: Path | None = None) -> Config:
    """Validate a parsed TOML table. Rule codes are checked later against the registry."""
    return Config(**table_values(raw, where=where, base_dir=base_dir))


def sequence_for(config: "Config", template: str | Path) -> str | None:
    """The configured sequence position of ``template`` (first matching glob), if any."""
    for glob, position in config.sequence.items():
        if config.path_matches(glob, template):
            return position
    return None


def find_config_file(start: Path) -> Path | None:
    """The nearest config file at or above ``start``; a pyproject counts only with our table."""
    start = start.resolve()
    folder = start if start.is_dir() else start.parent
    for candidate_dir in (folder, *folder.parents):
        for name in CONFIG_FILENAMES:
            candidate = candidate_dir / name
            if not candidate.is_file():
                continue
            if name != "pyproject.toml":
                return candidate
            try:
                with candidate.open("rb") as handle:
                    if "followup-lint" in tomllib.load(handle).get("tool", {}):
                        return candidate
            except (OSError, tomllib.TOMLDecodeError):
                continue
    return None


# which Config attributes a key of the file sets (for ``extend``: the child's keys win)
_KEY_ATTRS = {
    "fail-on": ("fail_level",), "fail-level": ("fail_level",), "rules": ("rule_options",),
    "rule-files": ("rule_files",), "rule-dirs": ("rule_dirs", "rule_files"),
    "ignore-recipients": ("ignore_recipients",),
}


def _extended(path: Path, table: Mapping[str, Any], where: str, seen: tuple[Path, ...]) -> tuple[Config | None, dict[str, Any]]:
    """``extend = "../.followup-lint.toml"``: the parent config (its paths relative to its own
    folder) and this table without the key. Like ruff, every key this file sets replaces the
    parent's, except ``extend-select``, which adds to it."""
    if "extend" not in table:
        return None, dict(table)
    rest = {k: v for k, v in table.items() if k != "extend"}
    target = table["extend"]
    if not isinstance(target, str) or not target.strip():
        raise ConfigError(f"{where}: 'extend' must be the path of another config file")
    parent_path = (path.parent / target).resolve()
    if parent_path in seen:
        chain = " -> ".join(str(p) for p in (*seen, parent_path))
        raise ConfigError(f"{where}: 'extend' makes a loop: {chain}")
    if not parent_path.is_file():
        raise ConfigError(f"{where}: 'extend' names a config file that does not exist: {target}")
    return _load(parent_path, (*seen, parent_path)), rest


def _merge_into(parent: Config, child: Config, keys: Iterable[str]) -> Config:
    values: dict[str, Any] = {}
    for key in keys:
        for attr in _KEY_ATTRS.get(key, (key.replace("-", "_"),)):
            values[attr] = getattr(child, attr)
    if "extend-select" in keys:
        values["extend_select"] = (*parent.extend_select, *child.extend_select)
    return replace(parent, **values)


def load_config(path: Path) -> Config:
    """Read a config file (``extend`` followed, loops refused)."""
    return _load(path, (path.resolve(),))


def _load(path: Path, seen: tuple[Path, ...]) -> Config:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("followup-lint", {})
        where = f"{path} [tool.followup-lint]"
    else:
        table = data
        where = str(path)
    if not isinstance(table, Mapping):
        raise ConfigError(f"{where}: must be a table")
    parent, table = _extended(path, table, where, seen)
    config = config_from_mapping(table, where=where, base_dir=path.parent)
    text = _read_text(path)
    config = replace(
        config,
        source=path,
        campaigns=tuple(
            replace(rule, line=line)
            for rule, line in zip(config.campaigns, _entry_lines(text, "campaigns", "recipients", len(config.campaigns)))
        ),
        ignore_recipients=tuple(
            replace(entry, line=line)
            for entry, line in zip(
                config.ignore_recipients, _entry_lines(text, "ignore-recipients", None, len(config.ignore_recipients))
            )
        ),
    )
    if parent is None:
        return config
    return replace(_merge_into(parent, config, table), source=path)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _entry_lines(text: str, key: str, inner_key: str | None, count: int) -> list[int]:
    """Best-effort line numbers of the ``count`` entries of an array of tables (TOML parsers
    keep no positions): each ``[[...key]]`` header, or the entry's ``inner_key =`` line."""
    header = re.compile(rf'^\s*\[\[\s*(?:tool\s*\.\s*"?followup-lint"?\s*\.\s*)?"?{re.escape(key)}"?\s*\]\]')
    lines = text.splitlines()
    starts = [n for n, line in enumerate(lines, start=1) if header.match(line)]
    if len(starts) != count:  # inline tables or an unusual layout: point at the key itself
        plain = re.compile(rf'^\s*"?{re.escape(key)}"?\s*=')
        first = next((n for n, line in enumerate(lines, start=1) if plain.match(line)), 1)
        return [first] * count
    result = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(lines) + 1
        line = start
        if inner_key is not None:
            inner = re.compile(rf'^\s*"?{re.escape(inner_key)}"?\s*=')
            line = next((n for n in range(start + 1, end) if inner.match(lines[n - 1])), start)
        result.append(line)
    return result


def discover_config(start: Path) -> Config:
    path = find_config_file(start)
    return load_config(path) if path else Config()


