"""Rule selection by code prefix ("FL1", "FL10", "FL101") or kebab-case name."""

from __future__ import annotations

import difflib
from typing import Iterable

from .config import Config, ConfigError
from .registry import Registry
from .rule import RuleSpec


def selector_matches(selector: str, spec: RuleSpec) -> int:
    """How specifically ``selector`` names ``spec``: 0 = not at all, higher = more specific."""
    if selector.upper() == "ALL":
        return 1
    if selector.lower() == spec.name:
        return 100
    upper = selector.upper()
    if spec.code.startswith(upper):
        return 1 + len(upper)
    return 0


def validate_selectors(selectors: Iterable[str], registry: Registry, where: str) -> None:
    names = [s.name for s in registry.rules.values()]
    for selector in selectors:
        if any(selector_matches(selector, spec) for spec in registry.rules.values()):
            continue
        hint = difflib.get_close_matches(selector.lower(), names, n=1) or difflib.get_close_matches(
            selector.upper(), list(registry.rules), n=1
        )
        suffix = f"; did you mean {hint[0]!r}?" if hint else ""
        raise ConfigError(f"{where}: {selector!r} matches no rule{suffix}")


def validate_config_rules(registry: Registry, config: Config) -> None:
    """Every rule that the configuration names must exist; every per-rule option must be one
    the rule declares. Raises :class:`ConfigError` naming the setting, with a did-you-mean."""
    validate_selectors(config.select, registry, "select")
    validate_selectors(config.extend_select, registry, "extend-select")
    validate_selectors(config.ignore, registry, "ignore")
    for pattern, selectors in config.per_file_ignores.items():
        validate_selectors(selectors, registry, f"per-file-ignores[{pattern!r}]")
    for number, entry in enumerate(config.ignore_recipients):
        validate_selectors(entry.rules, registry, f"ignore-recipients[{number}].rules")
    for table, keys in (("severity", config.severity), ("rules", config.rule_options)):
        for key in keys:
            if registry.lookup(key) is None:  # a single rule, by code or name: no prefixes here
                validate_selectors([key], registry, table)
                raise ConfigError(f"{table}: {key!r} is a prefix; name one rule, like {_first_match(key, registry)!r}")
    for key, overrides in config.rule_options.items():
        spec = registry.lookup(key)
        assert spec is not None
        for option in overrides:
            if option not in spec.options:
                known = ", ".join(sorted(spec.options)) or "none"
                hint = difflib.get_close_matches(option, list(spec.options), n=1)
                suffix = f"; did you mean {hint[0]!r}?" if hint else ""
                raise ConfigError(f"rules.{key}: unknown option {option!r}{suffix} ({spec.code} takes: {known})")


def _first_match(selector: str, registry: Registry) -> str:
    return next(code for code, spec in sorted(registry.rules.items()) if selector_matches(selector, spec))


def enabled_rules(registry: Registry, config: Config) -> list[RuleSpec]:
    """Rules switched on by ``config``: the most specific selector wins; on a tie, ignore wins."""
    validate_config_rules(registry, config)
    enabled = []
    for spec in sorted(registry.rules.values(), key=lambda s: s.code):
        if config.select:
            chosen = max((selector_matches(s, spec) for s in config.select), default=0)
        else:
            chosen = 1 if spec.enabled_by_default else 0
        chosen = max(chosen, max((selector_matches(s, spec) for s in config.extend_select), default=0))
        ignored = max((selector_matches(s, spec) for s in config.ignore), default=0)
        if chosen and chosen > ignored:
            enabled.append(spec)
    return enabled


def matches_any(code: str, name: str, selectors: Iterable[str]) -> bool:
    upper = code.upper()
    for selector in selectors:
        if selector.upper() == "ALL" or selector.lower() == name or upper.startswith(selector.upper()):
            return True
    return False
