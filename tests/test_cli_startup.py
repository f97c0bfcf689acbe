"""The command line pauses Python's garbage collector while it loads the rules, the role model and
spaCy (long-lived objects the collector would scan over and over), then freezes them and turns
the collector back on for the records: the output is unchanged, and a program that imports
followup_lint keeps its own collector settings. Commands that lint nothing (--version, rule, rules,
--show-settings, a configuration error) do not import spaCy."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest

from _core_testing import command_line_registry  # noqa: F401  (the fixture below)
from followup_lint import cli as cli_module
from followup_lint.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "webinar-follow-up"


pytestmark = pytest.mark.usefixtures("command_line_registry")


def test_the_collector_is_back_on_for_the_records(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(EXAMPLE, tmp_path / "campaign")
    monkeypatch.chdir(tmp_path)
    seen: list[bool] = []
    original = cli_module.lint_path

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())  # the records are linted with the collector on
        return original(*args, **kwargs)

    monkeypatch.setattr(cli_module, "lint_path", spy)
    assert gc.isenabled()
    code = main(["check", "campaign", "--no-cache", "--send-date", "2026-11-20", "-f", "json"])
    assert code == 1 and capsys.readouterr().out
    assert seen == [True] and gc.isenabled()


def test_a_collector_the_program_turned_off_stays_off(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(EXAMPLE, tmp_path / "campaign")
    monkeypatch.chdir(tmp_path)
    gc.disable()
    try:
        main(["check", "campaign", "--no-cache", "--send-date", "2026-11-20"])
        assert not gc.isenabled()
    finally:
        gc.enable()
    capsys.readouterr()


def test_the_library_leaves_the_collector_alone() -> None:
    import followup_lint

    thresholds = gc.get_threshold()
    followup_lint.lint("Hi {{ last_name }},\n\nThanks for attending.", [{"first_name": "Parissa", "last_name": "Behnia"}])
    assert gc.isenabled() and gc.get_threshold() == thresholds


@pytest.mark.parametrize(("argv", "code"), [
    (["--version"], "0"),
    (["rule", "FL101"], "0"),
    (["rules"], "0"),
    (["rules", "-f", "json"], "0"),
    (["check", "--show-settings", "CAMPAIGN"], "0"),
    (["check", "--jobs", "-1", "CAMPAIGN"], "2"),  # a configuration error
])
def test_commands_that_lint_nothing_do_not_import_spacy(argv: list[str], code: str, tmp_path: Path) -> None:
    """spaCy's import is most of a cold start (about 0.6 s): only linting loads it."""
    import os
    import subprocess
    import sys

    shutil.copytree(EXAMPLE, tmp_path / "campaign")
    argv = [str(tmp_path / "campaign") if arg == "CAMPAIGN" else arg for arg in argv]
    probe = ("import sys\nfrom followup_lint.cli import main\n"
             "try:\n    code = main(sys.argv[1:])\nexcept SystemExit as exit:\n    code = exit.code\n"
             "print('EXIT', code, 'spacy' in sys.modules)\n")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    env.pop("GITHUB_ACTIONS", None)
    done = subprocess.run([sys.executable, "-c", probe, *argv], capture_output=True, text=True, timeout=300,
                          env=env, cwd=tmp_path)
    last = done.stdout.splitlines()[-1].split()
    assert last == ["EXIT", code, "False"], (argv, done.stdout[-500:], done.stderr[-500:])


def test_the_probe_above_sees_spacy_when_a_command_lints(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    shutil.copytree(EXAMPLE, tmp_path / "campaign")
    probe = ("import sys\nfrom followup_lint.cli import main\n"
             "main(['check', '--no-cache', '--send-date', '2026-11-20', sys.argv[1]])\n"
             "print('SPACY', 'spacy' in sys.modules)\n")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    env.pop("GITHUB_ACTIONS", None)
    done = subprocess.run([sys.executable, "-c", probe, str(tmp_path / "campaign")], capture_output=True, text=True,
                          timeout=300, env=env, cwd=tmp_path)
    assert done.stdout.splitlines()[-1] == "SPACY True"
