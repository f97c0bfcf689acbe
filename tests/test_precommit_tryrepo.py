"""The real pre-commit tool runs the hook from this repository (``pre-commit try-repo``).

pre-commit pip-installs this package into an environment of its own, so this takes a while
(about 20 s per invocation on an idle 2-core machine); there are two invocations. try-repo clones a git repository
and would miss files that are not committed or staged, so the test first snapshots the working
tree (tracked and untracked, minus .gitignore'd files) into a throwaway repository with one
commit: it checks the code as it is on disk, in a clean CI clone and in a checkout with
uncommitted work alike. It is skipped where the checkout is not a git repository (an sdist) or
pre-commit or git is missing.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
GIT = shutil.which("git")
RECIPIENTS = (
    "first_name,last_name,email\n"
    "Parissa,Behnia,parissa.behnia@northwind.example\n"
    "Daniel,Okafor,daniel.okafor@northwind.example\n"
)


def _clean_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_") and k != "PRE_COMMIT"}
    env["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-home")  # never the user's cache
    env["PRE_COMMIT_COLOR"] = "never"
    env.pop("FORCE_COLOR", None)
    return env


def _git(*args: str, cwd: Path, env: dict[str, str]) -> str:
    assert GIT is not None
    result = subprocess.run(
        [GIT, "-c", "user.name=followup-lint tests", "-c", "user.email=tests@followup-lint.example",
         "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
        cwd=cwd, env=env, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, f"git {' '.join(args)} failed: {result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def requirements() -> None:
    if GIT is None:
        pytest.skip("git is not installed")
    if importlib.util.find_spec("pre_commit") is None:
        pytest.skip("pre-commit is not installed (pip install '.[test]')")
    if not (ROOT / ".pre-commit-hooks.yaml").is_file():
        pytest.skip("source checkout only")
    inside = subprocess.run([GIT, "rev-parse", "--show-toplevel"], cwd=ROOT, capture_output=True, text=True, check=False)
    if inside.returncode != 0 or Path(inside.stdout.strip()).resolve() != ROOT.resolve():
        pytest.skip("the checkout is not a git repository")


def _snapshot(target: Path, env: dict[str, str]) -> Path:
    """This working tree as a one-commit repository that try-repo can clone."""
    listed = subprocess.run(
        [GIT or "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, check=True, env=env,
    ).stdout.decode("utf-8").split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():  # a tracked file deleted in the working tree is left out
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    _git("init", "-q", cwd=target, env=env)
    _git("add", "-A", cwd=target, env=env)
    _git("commit", "-q", "-m", "snapshot for pre-commit try-repo", cwd=target, env=env)
    return target


def _email_repo(root: Path, env: dict[str, str]) -> Path:
    """A repository of email templates: one good, one bad, and files the hook must skip."""
    q4 = root / "campaigns" / "q4"
    q4.mkdir(parents=True)
    (q4 / "attendees.csv").write_text(RECIPIENTS, encoding="utf-8")
    (q4 / "follow-up.j2").write_text(
        "---\nsubject: Your recording\nrecipients: attendees.csv\n---\n"
        "Hi {{ first_name }},\n\nHere is the recording of Tuesday's session.\n",
        encoding="utf-8",
    )
    (q4 / "reminder.jinja").write_text(
        "---\nsubject: Your recording\nrecipients: attendees.csv\n---\n"
        "Hi {{ last_name }},\n\nHere is the recording of Tuesday's session.\n",
        encoding="utf-8",
    )
    # not a template suffix: pre-commit must not pass it (followup-lint lints any file it is given)
    (q4 / "draft-notes.md").write_text("Hi {{ last_name }},\n", encoding="utf-8")
    # found by the hook like any run: the nearest config above the templates
    (root / ".followup-lint.toml").write_text('select = ["FL0", "FL1"]\nfail-on = "error"\n', encoding="utf-8")
    _git("init", "-q", cwd=root, env=env)
    _git("add", "-A", cwd=root, env=env)  # try-repo lints what git knows about; no commit needed
    return root


def _try_repo(repo: Path, cwd: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(repo), "followup-lint", *args],
        cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=900,
    )


def test_pre_commit_try_repo_fails_a_bad_template_and_passes_a_good_one(requirements: None, tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    (tmp_path / "followup-lint").mkdir()
    hook_repo = _snapshot(tmp_path / "followup-lint", env)
    emails = _email_repo(tmp_path / "emails", env)

    good = _try_repo(hook_repo, emails, env, "--files", "campaigns/q4/follow-up.j2")
    output = good.stdout + good.stderr
    assert good.returncode == 0, output
    assert "followup-lint" in output and "Passed" in output

    everything = _try_repo(hook_repo, emails, env, "--all-files")
    output = everything.stdout + everything.stderr
    assert everything.returncode == 1, output
    assert "Failed" in output and "- hook id: followup-lint" in output
    assert "campaigns/q4/reminder.jinja:5:7: FL101 [error]" in output
    assert not re.search(r"follow-up\.j2:\d+:\d+: \w+ \[error\]", output)  # linted, and clean
    assert "draft-notes.md" not in output  # filtered out by the hook's `files` pattern
    assert "parissa.behnia@northwind.example" not in output  # personal data stays masked

    # only the recipients file changed: the hook still runs, for the templates sent to it
    data_only = _try_repo(hook_repo, emails, env, "--files", "campaigns/q4/attendees.csv")
    output = data_only.stdout + data_only.stderr
    assert data_only.returncode == 1, output
    assert "campaigns/q4/reminder.jinja:5:7: FL101 [error]" in output
