"""The pre-commit hook definition matches what the CLI does with the files pre-commit passes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from followup_lint.cli import main
from followup_lint.templates import DEFAULT_TEMPLATE_SUFFIXES

HOOKS = Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml"


@pytest.fixture(scope="module")
def hook() -> dict:
    if not HOOKS.is_file():
        pytest.skip("source checkout only")
    [entry] = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    return entry


def test_hook_runs_the_check_command(hook: dict) -> None:
    assert hook["id"] == "followup-lint"
    assert hook["entry"] == "followup-lint check"
    assert hook["language"] == "python"


@pytest.mark.parametrize("suffix", DEFAULT_TEMPLATE_SUFFIXES)
def test_hook_selects_every_default_template_suffix(hook: dict, suffix: str) -> None:
    assert re.search(hook["files"], f"campaigns/q4/follow-up{suffix}")


@pytest.mark.parametrize("name", ["attendees.csv", "hubspot-export.tsv", "contacts.json", "contacts.jsonl",
                                  ".followup-lint.toml", "followup-lint.toml", "pyproject.toml"])
def test_hook_selects_recipients_and_config_files(hook: dict, name: str) -> None:
    assert re.search(hook["files"], f"campaigns/q4/{name}") and re.search(hook["files"], name)


@pytest.mark.parametrize("name", ["README.md", "follow-up.html", "notes.txt", "my-pyproject.toml.bak", "setup.cfg"])
def test_hook_ignores_other_files(hook: dict, name: str) -> None:
    assert not re.search(hook["files"], f"campaigns/q4/{name}")


def test_staged_files_are_linted_with_their_own_recipients(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """pre-commit passes file names; each template finds recipients from its front matter."""
    (tmp_path / "list.csv").write_text(
        "first_name,last_name,email\nParissa,Behnia,parissa.behnia@bluefinch.example\n", encoding="utf-8"
    )
    good = tmp_path / "good.j2"
    good.write_text("---\nrecipients: list.csv\n---\nHi {{ first_name }},\n\nHere is the recording.\n", encoding="utf-8")
    bad = tmp_path / "bad.j2"
    bad.write_text("---\nrecipients: list.csv\n---\nHi {{ last_name }},\n\nHere is the recording.\n", encoding="utf-8")
    assert main(["check", "--isolated", "--format", "text", str(good)]) == 0
    capsys.readouterr()
    assert main(["check", "--isolated", "--format", "text", str(good), str(bad)]) == 1
    out = capsys.readouterr().out
    assert "bad.j2:4:7: FL101" in out and "good.j2" not in out.split("\n\n")[0]
