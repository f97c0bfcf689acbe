"""Helpers for the core tests: lint with only the built-in integrity pack (FL0) loaded, so the
core's behaviour is tested on its own, independent of the other rule families."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import pytest

import followup_lint
from followup_lint import Linter
from followup_lint.config import config_from_mapping
from followup_lint.registry import Registry
from followup_lint.resources import rules_path

CORE_PACK = rules_path() / "FL0-integrity.yml"


def core_registry() -> Registry:
    registry = Registry()
    registry.add_pack_file(CORE_PACK, "plugin 'builtin' (FL0-integrity.yml)")
    assert not registry.problems, registry.problems
    return registry


def core_linter(config: Mapping[str, Any] | None = None, registry: Registry | None = None) -> Linter:
    return Linter(config_from_mapping(dict(config or {})), registry=registry or core_registry())


def lint0(template: str, records: Iterable[Mapping[str, Any]] = (), config: Mapping[str, Any] | None = None,
          **kwargs: Any) -> followup_lint.Report:
    return followup_lint.lint(template, records, linter=core_linter(config), **kwargs)


def lint_path0(path: str | Path, config: Mapping[str, Any] | None = None, **kwargs: Any) -> followup_lint.Report:
    return followup_lint.lint_path(path, linter=core_linter(config), **kwargs)


def codes(report: followup_lint.Report) -> list[str]:
    return [d.code for d in report.diagnostics]


_FULL_REGISTRIES: dict[tuple[str, ...], Registry] = {}


def reuse_full_registries(monkeypatch: Any) -> None:
    """Make every Linter built during a test share one full registry (all packs and plugins).

    Loading the packs compiles every phrase pattern (about half a second); tests of the CLI
    and the API's config handling build many Linters whose rules are identical.
    """
    import followup_lint.cli as cli
    import followup_lint.engine as engine
    from followup_lint.registry import build_registry

    def cached(extra_rule_files: Iterable[Path] = (), *, plugins: bool = True) -> Registry:
        key = (str(plugins), *map(str, extra_rule_files))
        if key not in _FULL_REGISTRIES:
            _FULL_REGISTRIES[key] = build_registry(extra_rule_files, plugins=plugins)
        return _FULL_REGISTRIES[key]

    monkeypatch.setattr(engine, "build_registry", cached)
    monkeypatch.setattr(cli, "build_registry", cached)


@pytest.fixture
def command_line_registry(monkeypatch: Any) -> None:
    """For tests that run the command line: one shared full registry (see
    :func:`reuse_full_registries`) and output as on a terminal, not as in a GitHub Actions job."""
    reuse_full_registries(monkeypatch)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


# ----------------------------------------------------------------------------- case tables
#: name -> (must-fire templates, must-not templates, rule codes): the tone case tables
CaseTables = Mapping[str, tuple[Sequence[str], Sequence[str], tuple[str, ...]]]


def fired(code: str, template: str) -> bool:
    """Whether rule ``code``, run alone on ``template``, reports it."""
    from followup_lint.testing import run_rules

    return any(d.code == code for d in run_rules(code, template))


def build_mail(greeting: str, signoff: str, lang: str, body: str, *, sequence: str = "first-touch",
               subject: str | None = None) -> str:
    """A whole email for a case table: front matter (sequence, locale, optional subject), the
    greeting, ``body`` and the sign-off."""
    front = [f"sequence: {sequence}", f"locale: {lang}"]
    if subject is not None:
        front.append(f'subject: "{subject}"')
    return "---\n" + "\n".join(front) + f"\n---\n{greeting}\n\n{body}\n\n{signoff}\n"


def assert_tables_balanced(tables: CaseTables) -> None:
    """Every table has at least as many must-not cases as must-fire ones."""
    for name, (positive, negative, _codes) in tables.items():
        assert len(negative) >= len(positive), name


def assert_tables_cover_languages(tables: CaseTables, languages: set[str]) -> None:
    """Both sides of every table hold templates in each language (their ``locale:`` lines)."""
    for name, (positive, negative, _codes) in tables.items():
        for table in (positive, negative):
            langs = {line.split(": ", 1)[1] for t in table for line in t.splitlines() if line.startswith("locale: ")}
            assert langs == languages, name


def print_table_scores(tables: CaseTables) -> None:
    """How many must-fire cases fire and must-not cases raise a finding, per table."""
    from followup_lint.testing import run_rules

    for name, (positive, negative, codes) in tables.items():
        hits = sum(bool(run_rules(codes, t)) for t in positive)
        alarms = sum(bool(run_rules(codes, t)) for t in negative)
        print(f"{name}: {hits}/{len(positive)} fire, {alarms}/{len(negative)} false alarms")
