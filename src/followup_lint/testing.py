"""Helpers for testing rules (built-in or plugin): lint a snippet with only some rules on."""

from __future__ import annotations

import datetime
from functools import cache
from typing import Any, Iterable, Mapping

from .api import lint
from .config import Config
from .engine import Linter
from .model import Diagnostic


@cache
def _linter(select: tuple[str, ...], show_personal_data: bool, send_date: datetime.date | None = None) -> Linter:
    return Linter(Config(select=select, show_personal_data=show_personal_data, send_date=send_date))


def run_rules(
    select: str | Iterable[str],
    template: str,
    recipients: Iterable[Mapping[str, Any]] = (),
    *,
    subject: str | None = None,
    show_personal_data: bool = True,
    send_date: datetime.date | str | None = None,
) -> list[Diagnostic]:
    """Diagnostics from only the selected rules (codes, prefixes or names).

    Engine problems such as syntax errors (FL001) are included only when selected. Linters are
    cached per selection, so table-driven tests stay fast. ``send_date`` (a date or
    ``"YYYY-MM-DD"``) is the campaign send date for time references; default today.
    """
    chosen = (select,) if isinstance(select, str) else tuple(select)
    if isinstance(send_date, str):
        send_date = datetime.date.fromisoformat(send_date)
    report = lint(template, recipients, subject=subject, linter=_linter(chosen, show_personal_data, send_date))
    return report.diagnostics


def codes(diagnostics: Iterable[Diagnostic]) -> list[str]:
    return [d.code for d in diagnostics]
