"""Helpers for testing rules (built-in or plugin): lint a snippet with only some rules on."""

from __future__ import annotations

from functools import cache
from typing import Any, Iterable, Mapping

from .api import lint
from .config import Config
from .engine import Linter
from .model import Diagnostic


@cache
def _linter(select: tuple[str, ...], show_personal_data: bool) -> Linter:
    return Linter(Config(select=select, show_personal_data=show_personal_data))


def run_rules(
    select: str | Iterable[str],
    template: str,
    recipients: Iterable[Mapping[str, Any]] = (),
    *,
    subject: str | None = None,
    show_personal_data: bool = True,
) -> list[Diagnostic]:
    """Diagnostics from only the selected rules (codes, prefixes or names).

    Engine problems such as syntax errors (FL001) are included only when selected. Linters are
    cached per selection, so table-driven tests stay fast.
    """
    chosen = (select,) if isinstance(select, str) else tuple(select)
    report = lint(template, recipients, subject=subject, linter=_linter(chosen, show_personal_data))
    return report.diagnostics


def codes(diagnostics: Iterable[Diagnostic]) -> list[str]:
    return [d.code for d in diagnostics]
