"""Validating configuration values, from a config file's table (:func:`table_values`) or from
Python (:func:`normalise_config`, run by ``Config.__post_init__``): strict, like yamllint, so an
unknown option, rule or value is a :class:`ConfigError` with an exact message. Reading the files
themselves (finding them, ``extend``, line numbers) is :mod:`.config`'s job.
"""

from __future__ import annotations

import datetime
import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from .model import Severity

if TYPE_CHECKING:
    from .config import Config

FIELD_ROLES = ("given", "family", "full", "preferred", "honorific", "email", "attended", "attendance", "event_date")


class ConfigError(ValueError):
    """A usage or configuration error: reported in one line, exit code 2."""


@dataclass(frozen=True)
class CampaignRule:
    """``[[tool.followup-lint.campaigns]]``: templates matching ``templates`` are sent to ``recipients``."""

    templates: tuple[str, ...]
    recipients: Path
    line: int = 1  # of the entry's ``recipients =`` in the config file, for diagnostics


@dataclass(frozen=True)
class RecipientIgnore:
    """``[[tool.followup-lint.ignore-recipients]]``: silence ``rules`` for matching records.

    Exactly one of ``email`` (case-insensitive), ``domain`` (the email's domain or a subdomain
    of it) or ``row`` (a line of the recipients file; needs ``file``) is set. ``file`` limits
    the entry to one recipients file.
    """

    rules: tuple[str, ...]
    email: str | None = None
    domain: str | None = None
    row: int | None = None
    file: Path | None = None
    reason: str | None = None
    line: int = 1  # of the entry in the config file, for the unused-entry diagnostic

    def describe(self) -> str:
        if self.email is not None:
            return f"email {self.email!r}"
        if self.domain is not None:
            return f"domain {self.domain!r}"
        return f"row {self.row} of {self.file}"




OPTIONS: dict[str, str] = {
    "select": "codes",
    "extend-select": "codes",
    "ignore": "codes",
    "fail-on": "severity",
    "fail-level": "severity",  # alias of fail-on
    "severity": "severity-table",
    "fields": "fields",
    "rules": "rule-options",
    "rule-files": "paths",
    "rule-dirs": "dirs",
    "campaigns": "campaigns",
    "ignore-recipients": "recipient-ignores",
    "per-file-ignores": "per-file",
    "exclude": "strings",
    "template-suffixes": "strings",
    "locale": "string",
    "show-personal-data": "bool",
    "max-output-chars": "int",
    "render-timeout": "number",
    "render-memory-limit": "int",
    "check-timeout": "number",
    "check-deliverability": "bool",
    "jobs": "jobs",
    "send-date": "date",
    "extend": "path",
    "sequence": "sequence-table",
    "cache-dir": "cache-dir",
}
"""Every key of ``[tool.followup-lint]``, with the kind of value it takes."""

_CAMPAIGN_KEYS = ("templates", "recipients")
_IGNORE_KEYS = ("email", "domain", "row", "file", "rules", "reason")


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def table_values(raw: Mapping[str, Any], *, where: str, base_dir: Path | None = None) -> dict[str, Any]:
    """The validated values of a parsed ``[tool.followup-lint]`` table as ``Config`` keyword
    arguments. Rule codes are checked later against the registry."""
    values: dict[str, Any] = {}
    base = base_dir or Path.cwd()
    if "fail-on" in raw and "fail-level" in raw:
        raise ConfigError(f"{where}: set 'fail-on' or its older alias 'fail-level', not both")
    for key, value in raw.items():
        kind = OPTIONS.get(key)
        if kind is None:
            raise ConfigError(f"{where}: unknown option {key!r}{did_you_mean(key, OPTIONS)}")
        attr = "fail_level" if key == "fail-on" else key.replace("-", "_")
        if kind in ("codes", "strings"):
            values[attr] = _string_list(value, key, where)
        elif kind == "path":  # extend: followed by load_config, before this table is read
            raise ConfigError(f"{where}: 'extend' works in config files only (it names another file)")
        elif kind == "severity":
            values[attr] = _severity(value, key, where)
        elif kind == "severity-table":
            if not isinstance(value, Mapping):
                raise ConfigError(f"{where}: {key!r} must be a table of rule = severity")
            values[attr] = {str(k): _severity(v, f"{key}.{k}", where) for k, v in value.items()}
        elif kind == "sequence-table":
            values[attr] = sequence_table(value, where)
        elif kind == "fields":
            if not isinstance(value, Mapping):
                raise ConfigError(f"{where}: 'fields' must be a table like given = \"Vorname\"")
            fields: dict[str, tuple[str, ...]] = {}
            for role, columns in value.items():
                if role not in FIELD_ROLES:
                    raise ConfigError(
                        f"{where}: unknown field role {role!r} in 'fields'{did_you_mean(role, FIELD_ROLES)}; "
                        f"roles are {', '.join(FIELD_ROLES)}"
                    )
                fields[role] = tuple(_string_list(columns, f"fields.{role}", where))
            values["fields"] = fields
        elif kind == "rule-options":
            if not isinstance(value, Mapping) or not all(isinstance(v, Mapping) for v in value.values()):
                raise ConfigError(f"{where}: 'rules' must hold one table per rule, like [tool.followup-lint.rules.FL301]")
            values["rule_options"] = {str(k): dict(v) for k, v in value.items()}
        elif kind == "paths":
            values["rule_files"] = (*values.get("rule_files", ()), *(base / p for p in _string_list(value, key, where)))
        elif kind == "dirs":
            dirs = tuple(base / p for p in _string_list(value, key, where))
            values["rule_dirs"] = dirs
            values["rule_files"] = (*values.get("rule_files", ()), *_rule_dir_files(dirs, where))
        elif kind == "campaigns":
            values["campaigns"] = tuple(
                _campaign(entry, f"{where}: campaigns[{n}]", base) for n, entry in enumerate(_table_list(value, key, where))
            )
        elif kind == "recipient-ignores":
            values["ignore_recipients"] = tuple(
                _recipient_ignore(entry, f"{where}: ignore-recipients[{n}]", base)
                for n, entry in enumerate(_table_list(value, key, where))
            )
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
        elif kind == "cache-dir":
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(f"{where}: 'cache-dir' must be the path of a folder")
            values["cache_dir"] = base / value
        elif kind in ("int", "number"):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise ConfigError(f"{where}: {key!r} must be a positive number")
            values[attr] = int(value) if kind == "int" else float(value)
    for list_key in ("select", "extend_select", "ignore", "exclude", "template_suffixes"):
        if list_key in values:
            values[list_key] = tuple(values[list_key])
    return values


def _table_list(value: Any, key: str, where: str) -> list[Mapping[str, Any]]:
    if isinstance(value, Mapping):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
        raise ConfigError(f"{where}: {key!r} must be a list of tables, like [[tool.followup-lint.{key}]]")
    return value


def _check_keys(entry: Mapping[str, Any], allowed: tuple[str, ...], where: str) -> None:
    for key in entry:
        if key not in allowed:
            raise ConfigError(f"{where}: unknown key {key!r}{did_you_mean(key, allowed)}; keys are {', '.join(allowed)}")


def _rule_dir_files(dirs: Iterable[Path], where: str) -> list[Path]:
    """The rule packs in each folder (``*.yml`` and ``*.yaml``, not recursive), sorted by name."""
    files: list[Path] = []
    for folder in dirs:
        if not folder.is_dir():
            raise ConfigError(f"{where}: rule-dirs: no such folder: {folder}")
        files.extend(sorted(p for p in folder.iterdir() if p.suffix.lower() in (".yml", ".yaml") and p.is_file()))
    return files


def _campaign(entry: Mapping[str, Any], where: str, base: Path) -> CampaignRule:
    _check_keys(entry, _CAMPAIGN_KEYS, where)
    for required in _CAMPAIGN_KEYS:
        if required not in entry:
            raise ConfigError(f"{where}: {required!r} is required (templates = [\"campaigns/q4/*.j2\"], recipients = \"q4.csv\")")
    templates = tuple(_string_list(entry["templates"], "templates", where))
    if not templates:
        raise ConfigError(f"{where}: 'templates' must name at least one glob")
    recipients = entry["recipients"]
    if not isinstance(recipients, str) or not recipients.strip():
        raise ConfigError(f"{where}: 'recipients' must be the path of a recipients file")
    return CampaignRule(templates, base / recipients)


def sequence_table(value: Any, where: str) -> dict[str, str]:
    """``[tool.followup-lint.sequence]``: template glob -> sequence position."""
    from .content.sequence import POSITIONS, normalise_position

    if not isinstance(value, Mapping):
        raise ConfigError(f"{where}: 'sequence' must map template globs to a position ({', '.join(POSITIONS)})")
    table: dict[str, str] = {}
    for glob, position in value.items():
        canonical = normalise_position(position)
        if canonical is None:
            raise ConfigError(f"{where}: sequence.{glob}: unknown position {position!r}; expected one of: {', '.join(POSITIONS)}")
        table[str(glob)] = canonical
    return table


def _recipient_ignore(entry: Mapping[str, Any], where: str, base: Path) -> RecipientIgnore:
    _check_keys(entry, _IGNORE_KEYS, where)
    given = [k for k in ("email", "domain", "row") if k in entry]
    if len(given) != 1:
        raise ConfigError(f"{where}: give exactly one of 'email', 'domain' or 'row' (found {', '.join(given) or 'none'})")
    if "rules" not in entry:
        raise ConfigError(f"{where}: 'rules' is required, e.g. rules = [\"FL101\"] (\"ALL\" for every rule)")
    rules = tuple(_string_list(entry["rules"], "rules", where))
    if not rules:
        raise ConfigError(f"{where}: 'rules' must name at least one rule")
    reason = entry.get("reason")
    if reason is not None and not isinstance(reason, str):
        raise ConfigError(f"{where}: 'reason' must be a string")
    file = entry.get("file")
    if file is not None and (not isinstance(file, str) or not file.strip()):
        raise ConfigError(f"{where}: 'file' must be the path of a recipients file")
    email = domain = None
    row = None
    if "email" in entry:
        email = entry["email"]
        if not isinstance(email, str) or "@" not in email:
            raise ConfigError(f"{where}: 'email' must be an email address, like \"parissa.behnia@northwind.example\"")
        email = email.strip().lower()
    elif "domain" in entry:
        domain = entry["domain"]
        if not isinstance(domain, str) or not re.fullmatch(r"@?[\w.-]+\.[\w-]+", domain.strip()):
            raise ConfigError(f"{where}: 'domain' must be a domain name, like \"northwind.example\"")
        domain = domain.strip().lower().lstrip("@")
    else:
        row = entry["row"]
        if isinstance(row, bool) or not isinstance(row, int) or row < 1:
            raise ConfigError(f"{where}: 'row' must be a line number of the recipients file (the header is line 1)")
        if file is None:
            raise ConfigError(f"{where}: 'row' needs 'file' (the recipients file the row is in)")
    return RecipientIgnore(rules, email, domain, row, base / file if file else None, reason)


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




_CODE_LISTS = ("select", "extend_select", "ignore")
_STRING_LISTS = ("exclude", "template_suffixes")


def _as_strings(value: Any, name: str, *, split_commas: bool) -> tuple[str, ...]:
    if isinstance(value, str):
        parts = value.split(",") if split_commas else [value]
        return tuple(p.strip() for p in parts if p.strip())
    if isinstance(value, (list, tuple, set, frozenset)) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ConfigError(f"Config: {name!r} must be a list of strings (or one string), not {type(value).__name__}")


def normalise_config(config: Config) -> None:
    """Coerce the friendly Python forms (lists, strings) to the canonical ones, validating them
    like a config file; a frozen dataclass, so values are set with object.__setattr__."""

    def put(name: str, value: Any) -> None:
        object.__setattr__(config, name, value)

    for name in _CODE_LISTS:
        put(name, _as_strings(getattr(config, name), name.replace("_", "-"), split_commas=True))
    for name in _STRING_LISTS:
        put(name, _as_strings(getattr(config, name), name.replace("_", "-"), split_commas=False))
    try:
        put("fail_level", Severity.parse(config.fail_level))
        put("severity", {str(k): Severity.parse(v) for k, v in dict(config.severity).items()})
    except ValueError as exc:
        raise ConfigError(f"Config: {exc}") from None
    fields: dict[str, tuple[str, ...]] = {}
    for role, columns in dict(config.fields).items():
        if role not in FIELD_ROLES:
            raise ConfigError(f"Config: unknown field role {role!r}{did_you_mean(role, FIELD_ROLES)}; roles are {', '.join(FIELD_ROLES)}")
        fields[role] = _as_strings(columns, f"fields.{role}", split_commas=False)
    put("fields", fields)
    put("per_file_ignores", {str(k): _as_strings(v, f"per-file-ignores.{k}", split_commas=True)
                             for k, v in dict(config.per_file_ignores).items()})
    for name in ("rule_files", "rule_dirs"):
        value = getattr(config, name)
        if isinstance(value, (str, Path)):
            value = [value]
        put(name, tuple(Path(v) for v in value))
    put("campaigns", tuple(config.campaigns))
    put("sequence", sequence_table(dict(config.sequence), "Config") if config.sequence else {})
    put("ignore_recipients", tuple(config.ignore_recipients))
    if isinstance(config.send_date, str):
        put("send_date", parse_send_date(config.send_date, where="Config: send_date"))
    if isinstance(config.jobs, bool) or not isinstance(config.jobs, int) or config.jobs < 0:
        raise ConfigError("Config: 'jobs' must be 0 (one per CPU core) or a positive whole number")
    for name in ("max_output_chars", "render_timeout"):
        value = getattr(config, name)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            raise ConfigError(f"Config: {name!r} must be a positive number")
