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


def enabled_rules(registry: Registry, config: Config) -> list[RuleSpec]:
    """Rules switched on by ``config``: the most specific selector wins; on a tie, ignore wins."""
    validate_selectors(config.select, registry, "select")
    validate_selectors(config.extend_select, registry, "extend-select")
    validate_selectors(config.ignore, registry, "ignore")
    for code in (*config.severity, *config.rule_options):
        if registry.lookup(code) is None:
            validate_selectors([code], registry, "rule settings")
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
