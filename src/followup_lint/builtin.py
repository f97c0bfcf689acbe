"""The built-in rule pack, exposed through the ``followup_lint.rules`` entry point like any plugin."""

from __future__ import annotations

from pathlib import Path

from .resources import rules_path


def rule_pack() -> list[Path]:
    """Paths of the built-in YAML rule packs, in a stable order."""
    return sorted(rules_path().glob("FL*.yml"))
