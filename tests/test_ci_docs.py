"""The day-one setup in docs/ci-and-pre-commit.md works as written: the baseline commands, the
GitHub Actions lint step (log, annotations, step summary and SARIF from one run) and the GitLab
CI script (Code Quality and JUnit reports), each run on a real campaign folder. pre-commit is
run for real in tests/test_precommit_tryrepo.py."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
import yaml

from _core_testing import reuse_full_registries
from followup_lint.cli import main

DOC = Path(__file__).resolve().parents[1] / "docs" / "ci-and-pre-commit.md"
RECIPIENTS = (
    "first_name,last_name,email,company\n"
    "Parissa,Behnia,parissa.behnia@northwind.example,Northwind\n"
    "ANA LUCÍA,de la Cruz,analucia.delacruz@iberdata.example,Iberdata\n"
    "Wei,Zhang,wei.zhang@lotusdata\n"
)
TEMPLATE = (
    "---\nsubject: \"Your recording, {{ first_name }}\"\nkind: follow-up\nrecipients: attendees.csv\n---\n"
    "Hi {{ last_name }},\n\nHere is the recording of Tuesday's session on churn cohorts.\n\nBest,\nDana Okafor\n"
)


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    reuse_full_registries(monkeypatch)
    for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def blocks() -> list[tuple[str, str]]:
    if not DOC.is_file():
        pytest.skip("source checkout only")
    return re.findall(r"^```(\w+)\n(.*?)^```", DOC.read_text(encoding="utf-8"), re.S | re.M)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    campaign = tmp_path / "campaigns" / "q4"
    campaign.mkdir(parents=True)
    (campaign / "attendees.csv").write_text(RECIPIENTS, encoding="utf-8")
    (campaign / "follow-up.j2").write_text(TEMPLATE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(command: str) -> int:
    words = shlex.split(command)
    assert words[0] == "followup-lint", command
    return main(words[1:])


def _commands(script: str) -> list[str]:
    """followup-lint command lines of a shell block, folded YAML (>-) joined."""
    return [line.strip() for line in script.splitlines() if line.strip().startswith("followup-lint ")]


def test_the_baseline_workflow(blocks: list[tuple[str, str]], repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (baseline_block,) = [body for lang, body in blocks if lang == "bash" and "--write-baseline" in body]
    write, check = _commands(baseline_block)
    assert _run(write) == 0
    assert (repo / ".followup-lint-baseline.json").is_file()
    capsys.readouterr()
    assert _run(check) == 0  # everything known: the run passes
    assert "known finding(s) hidden" in capsys.readouterr().out
    (repo / "campaigns" / "q4" / "second.j2").write_text(TEMPLATE, encoding="utf-8")
    assert _run(check) == 1  # a new template with the same mistakes is new


def test_the_github_actions_step(blocks: list[tuple[str, str]], repo: Path, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (workflow,) = [yaml.safe_load(body) for lang, body in blocks if lang == "yaml" and "upload-sarif" in body]
    steps = workflow["jobs"]["followup-lint"]["steps"]
    (lint_step,) = [s for s in steps if str(s.get("run", "")).startswith("followup-lint")]
    (upload,) = [s for s in steps if "upload-sarif" in str(s.get("uses", ""))]
    main(["check", "campaigns/", "--write-baseline", ".followup-lint-baseline.json"])
    (repo / "campaigns" / "q4" / "second.j2").write_text(TEMPLATE.replace("last_name", "first_name"), encoding="utf-8")
    (repo / "campaigns" / "q4" / "attendees.csv").write_text(RECIPIENTS + "Kwame,MENSAH,kwame@accragrid.example,AccraGrid\n",
                                                              encoding="utf-8")
    summary = repo / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    capsys.readouterr()
    code = _run(lint_step["run"])
    out = capsys.readouterr().out
    assert code in (0, 1)
    assert out.startswith("::group::followup-lint report")
    sarif = json.loads((repo / upload["with"]["sarif_file"]).read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["invocations"][0]["exitCode"] == code
    assert "## followup-lint" in summary.read_text(encoding="utf-8")
    for text in (out, json.dumps(sarif), summary.read_text(encoding="utf-8")):
        assert "kwame@accragrid.example" not in text and "analucia.delacruz" not in text


def test_the_gitlab_ci_job(blocks: list[tuple[str, str]], repo: Path) -> None:
    (pipeline,) = [yaml.safe_load(body) for lang, body in blocks if lang == "yaml" and "codequality" in body]
    job = pipeline["followup-lint"]
    (command,) = [line for line in job["script"] if line.startswith("followup-lint")]
    assert _run(command) == 1
    reports = job["artifacts"]["reports"]
    quality = json.loads((repo / reports["codequality"]).read_text(encoding="utf-8"))
    assert quality and all({"description", "check_name", "fingerprint", "severity", "location"} <= set(i) for i in quality)
    assert {i["severity"] for i in quality} <= {"info", "minor", "major", "critical", "blocker"}
    fl101 = [i for i in quality if i["check_name"] == "FL101"]
    assert fl101 and fl101[0]["location"] == {"path": "campaigns/q4/follow-up.j2", "lines": {"begin": 6, "end": 6}}
    assert len({i["fingerprint"] for i in quality}) == len(quality)
    junit = ET.fromstring((repo / reports["junit"]).read_text(encoding="utf-8").split("\n", 1)[1])
    names = sorted(c.get("name") for c in junit.iter("testcase"))
    assert names == ["campaigns/q4/attendees.csv", "campaigns/q4/follow-up.j2"]
