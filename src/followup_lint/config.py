"""Configuration: ``[tool.followup-lint]`` in pyproject.toml or a ``.followup-lint.toml``.

Strict, like yamllint: an unknown option, rule or value is a :class:`ConfigError` with an exact
message, never silently ignored.
"""

from __future__ import annotations

import datetime
import difflib
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Mapping

from .model import Severity
from .sandbox import DEFAULT_MAX_OUTPUT_CHARS, DEFAULT_TIMEOUT_SECONDS
from .templates import DEFAULT_TEMPLATE_SUFFIXES

CONFIG_FILENAMES = (".followup-lint.toml", "followup-lint.toml", "pyproject.toml")
FIELD_ROLES = ("given", "family", "full", "preferred", "honorific", "email", "attended", "event_date")


class ConfigError(ValueError):
    """A usage or configuration error: reported in one line, exit code 2."""


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_level: Severity = Severity.ERROR
    severity: Mapping[str, Severity] = field(default_factory=dict)
    fields: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    rule_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    rule_files: tuple[Path, ...] = ()
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    exclude: tuple[str, ...] = ()
    template_suffixes: tuple[str, ...] = DEFAULT_TEMPLATE_SUFFIXES
    locale: str | None = None
    show_personal_data: bool = False
    max_output_chars: int = DEFAULT_MAX_OUTPUT_CHARS
    render_timeout: float = DEFAULT_TIMEOUT_SECONDS
    check_deliverability: bool = False
    jobs: int = 0  # worker processes for large recipient lists; 0 = one per CPU core
    send_date: datetime.date | None = None  # when the campaign goes out; None = today
    source: Path | None = None

    @property
    def effective_send_date(self) -> datetime.date:
        return self.send_date or datetime.date.today()

    def merged(self, **overrides: Any) -> Config:
        """A copy with non-None overrides applied (CLI flags win over files)."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


_OPTION_TYPES: dict[str, str] = {
    "select": "codes",
    "extend-select": "codes",
    "ignore": "codes",
    "fail-level": "severity",
    "severity": "severity-table",
    "fields": "fields",
    "rules": "rule-options",
    "rule-files": "paths",
    "per-file-ignores": "per-file",
    "exclude": "strings",
    "template-suffixes": "strings",
    "locale": "string",
    "show-personal-data": "bool",
    "max-output-chars": "int",
    "render-timeout": "number",
    "check-deliverability": "bool",
    "jobs": "jobs",
    "send-date": "date",
}


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def config_from_mapping(raw: Mapping[str, Any], *, where: str = "configuration", base_dir: Path | None = None) -> Config:
    """Validate a parsed TOML table. Rule codes are checked later against the registry."""
    values: dict[str, Any] = {}
    base = base_dir or Path.cwd()
    for key, value in raw.items():
        kind = _OPTION_TYPES.get(key)
        if kind is None:
            raise ConfigError(f"{where}: unknown option {key!r}{_did_you_mean(key, _OPTION_TYPES)}")
        attr = key.replace("-", "_")
        if kind in ("codes", "strings"):
            values[attr] = _string_list(value, key, where)
        elif kind == "severity":
            values[attr] = _severity(value, key, where)
        elif kind == "severity-table":
            if not isinstance(value, Mapping):
                raise ConfigError(f"{where}: {key!r} must be a table of rule = severity")
            values[attr] = {str(k): _severity(v, f"{key}.{k}", where) for k, v in value.items()}
        elif kind == "fields":
            if not isinstance(value, Mapping):
                raise ConfigError(f"{where}: 'fields' must be a table like given = \"Vorname\"")
            fields: dict[str, tuple[str, ...]] = {}
            for role, columns in value.items():
                if role not in FIELD_ROLES:
                    raise ConfigError(
                        f"{where}: unknown field role {role!r} in 'fields'{_did_you_mean(role, FIELD_ROLES)}; "
                        f"roles are {', '.join(FIELD_ROLES)}"
                    )
                fields[role] = tuple(_string_list(columns, f"fields.{role}", where))
            values["fields"] = fields
        elif kind == "rule-options":
            if not isinstance(value, Mapping) or not all(isinstance(v, Mapping) for v in value.values()):
                raise ConfigError(f"{where}: 'rules' must hold one table per rule, like [tool.followup-lint.rules.FL301]")
            values["rule_options"] = {str(k): dict(v) for k, v in value.items()}
        elif kind == "paths":
            values["rule_files"] = tuple(base / p for p in _string_list(value, key, where))
        elif kind == "per-file":
            if not isinstance(value, Mapping):
                raise ConfigError(f"{where}: 'per-file-ignores' must map glob patterns to lists of rules")
            values["per_file_ignores"] = {str(k): tuple(_string_list(v, f"per-file-ignores.{k}", where)) for k, v in value.items()}
        elif kind == "string":
            if not isinstance(value, str):
                raise ConfigError(f"{where}: {key!r} must be a string")
            values[attr] = value
        elif kind == "bool":
            if not isinstance(value, bool):
                raise ConfigError(f"{where}: {key!r} must be true or false")
            values[attr] = value
        elif kind == "jobs":
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ConfigError(f"{where}: 'jobs' must be 0 (one per CPU core) or a positive whole number")
            values["jobs"] = value
        elif kind == "date":
            values[attr] = parse_send_date(value, where=f"{where}: {key!r}")
        elif kind in ("int", "number"):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise ConfigError(f"{where}: {key!r} must be a positive number")
            values[attr] = int(value) if kind == "int" else float(value)
    for list_key in ("select", "extend_select", "ignore", "exclude", "template_suffixes"):
        if list_key in values:
            values[list_key] = tuple(values[list_key])
    return Config(**values)


def parse_send_date(value: Any, *, where: str = "--send-date") -> datetime.date:
    """A send date: a TOML date or an ISO ``YYYY-MM-DD`` string."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ConfigError(f"{where} must be a date like 2026-11-23, not {value!r}")


def _string_list(value: Any, key: str, where: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ConfigError(f"{where}: {key!r} must be a list of strings")


def _severity(value: Any, key: str, where: str) -> Severity:
    try:
        return Severity.parse(value)
    except ValueError as exc:
        raise ConfigError(f"{where}: {key}: {exc}") from None


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


def load_config(path: Path) -> Config:
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
    config = config_from_mapping(table, where=where, base_dir=path.parent)
    return replace(config, source=path)


def discover_config(start: Path) -> Config:
    path = find_config_file(start)
    return load_config(path) if path else Config()
