"""The result cache of ``check``: a warm run prints exactly what a cold one does, without
loading rules or importing spaCy; any changed input misses; personal data never reaches it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from _core_testing import command_line_registry  # noqa: F401  (the fixture below)
from followup_lint import cli as cli_module
from followup_lint.cli import main
from followup_lint.formats import FORMATS

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "webinar-follow-up"


pytestmark = pytest.mark.usefixtures("command_line_registry")


@pytest.fixture
def campaign(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "campaign"
    shutil.copytree(EXAMPLE, folder)
    (folder / ".followup-lint.toml").write_text('send-date = "2026-11-20"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return folder


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    code = main(["check", *map(str, args)])
    return code, capsys.readouterr().out


def _no_linting(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("the warm run built a Linter (loaded the rules)")

    monkeypatch.setattr(cli_module, "Linter", refuse)


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "html"])  # html re-renders with a linter: no cache
def test_warm_output_is_byte_identical(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                       campaign: Path, fmt: str) -> None:
    cold = run(capsys, campaign, "-f", fmt, "--no-cache")
    assert not (campaign / ".followup-lint-cache").exists()
    assert run(capsys, campaign, "-f", fmt) == cold  # fills the cache
    _no_linting(monkeypatch)
    warm = run(capsys, campaign, "-f", fmt)
    assert warm == cold
    assert cold[0] == 1 and cold[1]


def _edit_template(folder: Path) -> None:
    path = folder / "attended.j2"
    path.write_text(path.read_text(encoding="utf-8").replace("Hi ", "Hello ", 1), encoding="utf-8")


def _edit_recipients(folder: Path) -> None:
    path = folder / "attendees.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("Parissa,Behnia,", "PARISSA,Behnia,", 1), encoding="utf-8")


def _edit_config(folder: Path) -> None:
    path = folder / ".followup-lint.toml"
    path.write_text(path.read_text(encoding="utf-8") + 'ignore = ["FL104"]\n', encoding="utf-8")


def _edit_rule_option(folder: Path) -> None:
    path = folder / ".followup-lint.toml"
    path.write_text(path.read_text(encoding="utf-8") + "[rules.FL504]\nmax_chars = 12\n",
                    encoding="utf-8")


@pytest.mark.parametrize("change", [_edit_template, _edit_recipients, _edit_config, _edit_rule_option],
                         ids=["template", "recipients", "config", "rule-option"])
def test_a_changed_input_misses(capsys: pytest.CaptureFixture[str], campaign: Path, change) -> None:  # type: ignore[no-untyped-def]
    before = run(capsys, campaign, "-f", "json")
    change(campaign)
    fresh = run(capsys, campaign, "-f", "json", "--no-cache")
    assert fresh != before  # the change matters to the result
    assert run(capsys, campaign, "-f", "json") == fresh


def test_a_changed_input_builds_a_linter(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                         campaign: Path) -> None:
    run(capsys, campaign)
    _edit_template(campaign)
    _no_linting(monkeypatch)
    with pytest.raises(AssertionError, match="built a Linter"):
        run(capsys, campaign)


def test_cache_holds_no_personal_data(capsys: pytest.CaptureFixture[str], campaign: Path) -> None:
    run(capsys, campaign, "-f", "json")
    files = list((campaign / ".followup-lint-cache").glob("v*/*.json"))  # the run's entry (templates/: see test_template_cache.py)
    assert len(files) == 1
    stored = json.loads(files[0].read_text(encoding="utf-8"))
    report = json.dumps(stored["report"], ensure_ascii=False)  # (the rules' own docs use sample names)
    assert "FL10" in report  # it did cache the findings
    for value in ("parissa.behnia@bluefinch.example", "Parissa", "Behnia", "Bluefinch Labs"):
        assert value not in report
    assert "p***@bluefinch.example" in report  # masked exactly as printed


def test_show_personal_data_is_never_cached(capsys: pytest.CaptureFixture[str], campaign: Path) -> None:
    run(capsys, campaign, "--show-personal-data")
    assert not (campaign / ".followup-lint-cache").exists()


def test_cache_dir_from_the_config(capsys: pytest.CaptureFixture[str], campaign: Path) -> None:
    config = campaign / ".followup-lint.toml"
    config.write_text(config.read_text(encoding="utf-8") + 'cache-dir = "build/lint-cache"\n', encoding="utf-8")
    run(capsys, campaign)
    assert list((campaign / "build" / "lint-cache").rglob("*.json"))
    assert not (campaign / ".followup-lint-cache").exists()


def test_warm_run_imports_neither_spacy_nor_rules(campaign: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("GITHUB_ACTIONS", None)
    probe = ("import sys, runpy\nsys.argv=['followup-lint','check',sys.argv[1]]\n"
             "from followup_lint.cli import main\ncode=main(sys.argv[1:])\n"
             "print('MODULES', 'spacy' in sys.modules, 'followup_lint.checks' in sys.modules)\n")
    runs = [subprocess.run([sys.executable, "-c", probe, str(campaign)], capture_output=True, text=True,
                           timeout=300, env=env) for _ in range(2)]
    assert runs[0].stdout.splitlines()[-1] == "MODULES True True"  # the cold run loads them
    assert runs[1].stdout.splitlines()[-1] == "MODULES False False"
    assert runs[0].stdout.splitlines()[:-1] == runs[1].stdout.splitlines()[:-1]


def test_old_entries_are_pruned(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, campaign: Path) -> None:
    from followup_lint import cache

    monkeypatch.setattr(cache, "MAX_ENTRIES", 2)
    templates = sorted(campaign.glob("*.j2"))
    for template in templates:  # one cache entry per distinct invocation
        run(capsys, template)
    kept = list((campaign / ".followup-lint-cache").glob("v*/*.json"))
    assert len(templates) > 2 and len(kept) == 2
    _no_linting(monkeypatch)
    assert run(capsys, templates[-1])[1]  # the newest is still answered from the cache


def test_an_html_report_always_lints(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                     campaign: Path) -> None:
    run(capsys, campaign)
    _no_linting(monkeypatch)
    assert run(capsys, campaign)[1]  # answered from the cache
    with pytest.raises(AssertionError, match="built a Linter"):
        run(capsys, campaign, "-f", "html")
