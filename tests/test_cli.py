"""The followup-lint command: exit codes, formats, rule docs and privacy of the output."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from _core_testing import command_line_registry  # noqa: F401  (the fixture below)
from followup_lint.cli import main
from followup_lint.formats import FormatOptions, get_renderer
from followup_lint.model import Diagnostic, RecipientRef, Severity
from followup_lint.registry import Registry
from followup_lint.report import Report

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
EXAMPLE = ROOT / "examples" / "webinar-follow-up"
SARIF_SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sarif-schema-2.1.0.json"
FIELDS = ["code", "name", "severity", "message", "path", "line", "column", "end_line", "end_column", "recipient", "fix"]


pytestmark = pytest.mark.usefixtures("command_line_registry")


def cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def run_module(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != "GITHUB_ACTIONS"}
    environment.update({"PYTHONPATH": str(SRC), **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "followup_lint", *map(str, args)],
        capture_output=True, text=True, timeout=120, env=environment, cwd=ROOT,
    )


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    folder = tmp_path / "clean"
    folder.mkdir()
    (folder / "thanks.j2").write_text("---\nsubject: Your recording\n---\nHi {{ first_name }},\n\nThanks for joining.\n", encoding="utf-8")
    (folder / "recipients.csv").write_text("first_name,email\nWei,wei.zhang@lotusdata.example\n", encoding="utf-8")
    return folder


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "thanks.j2").write_text(
        "---\nsubject: Your recording\n---\nHi *|FNAME|*,\n\nThanks for joining, {{ frist_name }}.\n", encoding="utf-8"
    )
    (folder / "recipients.csv").write_text("first_name,email\nWei,wei.zhang@lotusdata.example\n", encoding="utf-8")
    return folder


# --------------------------------------------------------------------------- exit codes


def test_exit_0_when_clean(capsys: pytest.CaptureFixture[str], clean: Path) -> None:
    code, out, err = cli(capsys, "check", "--isolated", "--select", "FL0", clean)
    assert code == 0, out
    assert "0 error(s)" in out and "ok" in out
    assert err == ""


def test_exit_1_with_findings(capsys: pytest.CaptureFixture[str], broken: Path) -> None:
    code, out, _ = cli(capsys, "check", "--isolated", "--select", "FL0", broken)
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == f"{broken / 'thanks.j2'}:4:4: FL006 [error] '*|FNAME|*' is a Mailchimp merge tag; Jinja will send it to recipients exactly as written"
    # the template line with the span underlined, in a line-number gutter
    assert lines[1:4] == ["  |", "4 | Hi *|FNAME|*,", "  |    ^~~~~~~~~"]
    assert any(":6:" in line and "FL003" in line and "did you mean 'first_name'" in line for line in lines)
    assert "6 | Thanks for joining, {{ frist_name }}.\n  |                        ^~~~~~~~~~\n  = fix: first_name" in out
    assert lines[-1].startswith("1 template(s), 1 recipient(s): 2 error(s)")


def test_fail_level(capsys: pytest.CaptureFixture[str], broken: Path) -> None:
    code, _, _ = cli(capsys, "check", "--isolated", "--select", "FL006", "--fail-level", "warning", broken)
    assert code == 1
    # an info-level notice does not fail the default run
    folder = broken.parent / "notice"
    folder.mkdir()
    (folder / "t.j2").write_text("Hi {{ first_name }},\n", encoding="utf-8")
    (folder / "recipients.csv").write_bytes("first_name\nJosé\n".encode("cp1252"))
    code, out, _ = cli(capsys, "check", "--isolated", "--select", "FL0", folder)
    assert code == 0 and "FL022 [info]" in out
    code, _, _ = cli(capsys, "check", "--isolated", "--select", "FL0", "--fail-level", "info", folder)
    assert code == 1


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["check", "--format", "bogus", "."], "invalid choice: 'bogus'"),
        (["check", "--select", "FL0006", "."], "did you mean 'FL006'?"),
        (["check", "--ignore", "foreign-merge-tags", "."], "did you mean 'foreign-merge-tag'?"),
        (["check", "--recipients", "/no/such/attendees.csv", "."], "no such file"),
        (["check", "--config", "/no/such/config.toml", "."], "cannot read config file"),
        (["check", "--fail-level", "fatal", "."], "invalid choice: 'fatal'"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["rule", "FL999"], "unknown rule 'FL999'"),
    ],
)
def test_exit_2_with_a_one_line_message(capsys: pytest.CaptureFixture[str], args: list[str], fragment: str) -> None:
    try:
        code = main(args)
    except SystemExit as exc:  # argparse exits by itself
        code = exc.code
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("followup-lint")
    assert fragment in err


def test_config_error_from_a_config_file(capsys: pytest.CaptureFixture[str], clean: Path) -> None:
    (clean / ".followup-lint.toml").write_text('selct = ["FL0"]\n', encoding="utf-8")
    code, out, err = cli(capsys, "check", clean)
    assert code == 2 and out == ""
    assert err.strip() == f"followup-lint: error: {clean / '.followup-lint.toml'}: unknown option 'selct'; did you mean 'select'?"


def test_config_file_is_discovered_from_the_path(capsys: pytest.CaptureFixture[str], broken: Path) -> None:
    (broken / ".followup-lint.toml").write_text('select = ["FL0"]\nignore = ["FL006"]\n', encoding="utf-8")
    code, out, _ = cli(capsys, "check", broken)
    assert code == 1 and "FL003" in out and "FL006" not in out
    code, out, _ = cli(capsys, "check", "--isolated", "--select", "FL006", broken)
    assert "FL006" in out


def test_subprocess_exit_codes(clean: Path, broken: Path) -> None:
    ok = run_module("check", "--isolated", "--select", "FL0", clean)
    assert ok.returncode == 0, ok.stderr
    failed = run_module("check", "--isolated", "--select", "FL0", broken)
    assert failed.returncode == 1 and "FL006" in failed.stdout
    usage = run_module("check", "--format", "yaml", clean)
    assert usage.returncode == 2 and usage.stdout == ""
    assert len(usage.stderr.strip().splitlines()) == 1
    config = run_module("check", "--select", "FL0006", clean)
    assert config.returncode == 2
    assert config.stderr.strip().splitlines() == ["followup-lint: error: select: 'FL0006' matches no rule; did you mean 'FL006'?"]
    assert "Traceback" not in usage.stderr + config.stderr


def test_select_and_ignore(capsys: pytest.CaptureFixture[str], broken: Path) -> None:
    _, out, _ = cli(capsys, "check", "--isolated", "--select", "FL003", broken)
    assert "FL003" in out and "FL006" not in out
    _, out, _ = cli(capsys, "check", "--isolated", "--select", "FL0", "--ignore", "undefined-variable", broken)
    assert "FL006" in out and "FL003" not in out
    _, out, _ = cli(capsys, "check", "--isolated", "--select", "FL003,FL006", "--ignore", "FL0", broken)
    assert "FL003" in out and "FL006" in out  # exact codes beat the prefix
    _, out, _ = cli(capsys, "check", "--isolated", "--select", "FL003", "--extend-select", "foreign-merge-tag", broken)
    assert "FL003" in out and "FL006" in out


def test_recipients_flag(capsys: pytest.CaptureFixture[str], broken: Path) -> None:
    other = broken / "other.csv"
    other.write_text("first_name,frist_name\nAiko,Aiko\n", encoding="utf-8")
    _, out, _ = cli(capsys, "check", "--isolated", "--select", "FL003", "--recipients", other, broken)
    assert "FL003" not in out


def test_output_file(capsys: pytest.CaptureFixture[str], broken: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    code, out, _ = cli(capsys, "check", "--isolated", "--select", "FL0", "--format", "json", "--output", target, broken)
    assert code == 1 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["errors"] == 2


# --------------------------------------------------------------------------- formats


def test_json_format_matches_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "check", "--isolated", "--select", "FL0", "--format", "json", EXAMPLE)
    assert code == 1
    document = json.loads(out)
    assert set(document) == {"version", "diagnostics", "summary"} and document["version"] == 1
    assert document["diagnostics"]
    for item in document["diagnostics"]:
        assert list(item) == FIELDS
        assert item["severity"] in ("error", "warning", "info")
        assert item["recipient"] is None or list(item["recipient"]) == ["row", "source", "index", "identity"]
    rows = [d["recipient"]["row"] for d in document["diagnostics"] if d["code"] == "FL007"]
    assert rows == [31, 31, 31]  # invitation.j2, no-show.j2, quick-note.j2
    assert document["summary"]["templates"] == 4


def test_sarif_validates_against_the_official_schema(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"SARIF schema not found at {SARIF_SCHEMA}")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    # a campaign with template, recipient-row and recipient-file findings
    (tmp_path / "t.j2").write_text("Hi *|FNAME|* {{ first_name }},\n{{ frist }}\n", encoding="utf-8")
    (tmp_path / "recipients.csv").write_text("first_name\n{{ first_name }}\nragged,row\n", encoding="utf-8")
    for target in (EXAMPLE, tmp_path):
        _, out, _ = cli(capsys, "check", "--isolated", "--format", "sarif", target)
        document = json.loads(out)
        jsonschema.validate(document, schema)
        run = document["runs"][0]
        assert run["results"]
        rule_ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
        for result in run["results"]:
            assert rule_ids[result["ruleIndex"]] == result["ruleId"]
        documented = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
        assert "What it does" in documented["FL007"]["help"]["markdown"]


def test_sarif_with_no_findings_is_valid(capsys: pytest.CaptureFixture[str], clean: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"SARIF schema not found at {SARIF_SCHEMA}")
    _, out, _ = cli(capsys, "check", "--isolated", "--select", "FL0", "--format", "sarif", clean)
    document = json.loads(out)
    jsonschema.validate(document, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    assert document["runs"][0]["results"] == []


def test_github_format(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # a front-matter value with a newline and a percent sign ends up in a message
    (tmp_path / "t.j2").write_text(
        '---\nrecipients: "exports/100%\\nattendees.csv"\n---\nHi *|FNAME|*,\n', encoding="utf-8"
    )
    code, out, _ = cli(capsys, "check", "--isolated", "--select", "FL0", "--format", "github", tmp_path)
    assert code == 1
    lines = out.splitlines()
    annotations = [line for line in lines if re.match(r"^::(error|warning|notice) ", line)]
    assert len(annotations) == 2
    assert all(re.match(r"^::(error|warning|notice) file=", line) for line in annotations)
    (missing,) = [line for line in annotations if "FL020" in line]
    assert "100%25%0Aattendees.csv" in missing  # escaped, so the annotation stays on one line
    assert f"file={tmp_path / 't.j2'},line=2,col=1," in missing
    assert ",title=FL020 recipients-unreadable::" in missing
    assert lines[-1].startswith("followup-lint: 2 error(s)")


def test_github_renderer_escaping() -> None:
    diagnostic = Diagnostic(
        "FL021", "malformed-recipient-row", Severity.INFO, "row is odd:\r\nsee 50% of it, here",
        "exports/a,b:c.csv", 3, 1, 3, 2, RecipientRef(3, "exports/other.csv", 1),
    )
    warning = Diagnostic("FL009", "unused-suppression", Severity.WARNING, "stale", "t.j2", 1, 1, 1, 2)
    out = get_renderer("github")(Report.build([diagnostic, warning]), Registry(), FormatOptions())
    annotations = [line for line in out.splitlines() if re.match(r"^::(error|warning|notice) ", line)]
    first, second = annotations  # the worse one first: GitHub shows only the first few per step
    assert first.startswith("::warning file=t.j2,")
    assert second.startswith("::notice file=exports/a%2Cb%3Ac.csv,line=3,col=1,endLine=3,endColumn=2,")
    assert second.endswith("::row is odd:%0D%0Asee 50%25 of it, here (row 3 of exports/other.csv)")


def test_format_auto_under_github_actions(capsys: pytest.CaptureFixture[str], broken: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    _, out, _ = cli(capsys, "check", "--isolated", "--select", "FL0", broken)
    # the readable log first, folded into a group, then the annotations
    assert out.startswith("::group::followup-lint report\n::stop-commands::")
    assert f"\n{broken}" in out and "\n::error file=" in out
    monkeypatch.setenv("GITHUB_ACTIONS", "false")
    _, out, _ = cli(capsys, "check", "--isolated", "--select", "FL0", broken)
    assert out.startswith(str(broken))


def test_junit_format(capsys: pytest.CaptureFixture[str], broken: Path) -> None:
    _, out, _ = cli(capsys, "check", "--isolated", "--select", "FL0", "--format", "junit", broken)
    root = ET.fromstring(out.split("\n", 1)[1])
    # two test cases: the template (failing) and its recipients file (passing)
    assert root.tag == "testsuites" and root.get("failures") == "1" and root.get("tests") == "2"
    assert sorted(c.get("name") for c in root.iter("testcase")) == [
        str(broken / "recipients.csv"), str(broken / "thanks.j2")]
    (suite,) = root.findall("testsuite")
    assert suite.get("failures") == "1"
    (failure,) = suite.findall("./testcase/failure")  # one failing test case: the template
    assert failure.get("message") == "2 finding(s): FL006 foreign-merge-tag, FL003 undefined-variable"
    assert "thanks.j2:4:4: FL006 [error]" in failure.text and "thanks.j2:6:24: FL003 [error]" in failure.text
    _, out, _ = cli(capsys, "check", "--isolated", "--select", "FL0", "--format", "junit", broken.parent / "nothing-here")
    root = ET.fromstring(out.split("\n", 1)[1])
    assert root.tag == "testsuites" and root.get("failures") == "1"  # FL013: no such file or folder
    (broken.parent / "empty").mkdir()
    _, out, _ = cli(capsys, "check", "--isolated", "--select", "FL0", "--format", "junit", broken.parent / "empty")
    root = ET.fromstring(out.split("\n", 1)[1])
    assert root.get("failures") == "0" and [c.get("name") for c in root.iter("testcase")] == ["campaign"]


# --------------------------------------------------------------------------- rule docs


def test_rule_prints_its_docs(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "rule", "FL003")
    assert code == 0
    assert out.startswith("FL003 undefined-variable  [error, message scope, template and input integrity]")
    for heading in ("## What it does", "## Why it matters", "## Example", "## Write instead"):
        assert heading in out
    assert "{{ frist_name }}" in out
    code, by_name, _ = cli(capsys, "rule", "undefined-variable")
    assert code == 0 and by_name == out


def test_rule_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "rule", "--format", "json", "FL006")
    data = json.loads(out)
    assert code == 0
    assert data["code"] == "FL006" and data["name"] == "foreign-merge-tag"
    assert data["what"] and data["why"] and data["example"] and data["instead"]


def test_rules_lists_codes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "rules")
    assert code == 0
    listed = [line.split()[0] for line in out.splitlines() if line.strip()]
    for expected in ("FL001", "FL002", "FL003", "FL004", "FL005", "FL006", "FL007", "FL008", "FL009",
                     "FL010", "FL011", "FL012", "FL013", "FL014", "FL020", "FL021", "FL022"):
        assert expected in listed
    assert listed == sorted(listed)
    code, out, _ = cli(capsys, "rules", "--format", "json")
    assert {"FL001", "FL022"} <= {rule["code"] for rule in json.loads(out)}


# --------------------------------------------------------------------------- privacy


def example_people() -> list[dict[str, str]]:
    with (EXAMPLE / "attendees.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_text_output_hides_emails_and_full_names(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "check", "--isolated", EXAMPLE)
    assert code == 1
    people = example_people()
    assert "Parissa Behnia" not in out
    for person in people:
        assert person["email"] not in out, person["email"]
        full = f"{person['first_name']} {person['last_name']}".strip()
        if " " in full:
            assert full not in out, full
    assert not re.search(r"[\w.+-]+@[\w-]+\.example\b", out)


def test_text_output_hides_every_name_value(capsys: pytest.CaptureFixture[str]) -> None:
    """No first or last name from the list appears in the default output, not even in a fix."""
    _, out, _ = cli(capsys, "check", "--isolated", EXAMPLE)
    # masked identities keep the email domain on purpose (t***@test.com): a domain is not a name
    out = re.sub(r"\*\*\*@[\w.-]+", "***@…", out)
    leaked = sorted(
        {
            value
            for person in example_people()
            for value in (person["first_name"].strip(), person["last_name"].strip())
            if len(value) >= 4 and re.search(r"(?<!\w)" + re.escape(value) + r"(?!\w)", out)
        }
    )
    assert leaked == []


def test_ci_formats_hide_emails(capsys: pytest.CaptureFixture[str]) -> None:
    for fmt in ("github", "junit", "json", "sarif"):
        _, out, _ = cli(capsys, "check", "--isolated", "--format", fmt, EXAMPLE)
        if fmt == "sarif":  # only the results: rule docs may show made-up example addresses
            out = json.dumps(json.loads(out)["runs"][0]["results"], ensure_ascii=False)
        for person in example_people():
            assert person["email"] not in out, (fmt, person["email"])


def test_show_personal_data(capsys: pytest.CaptureFixture[str]) -> None:
    _, masked, _ = cli(capsys, "check", "--isolated", "--select", "FL007", EXAMPLE)
    _, shown, _ = cli(capsys, "check", "--isolated", "--select", "FL007", "--show-personal-data", EXAMPLE)
    assert '"*|FNAME|*"' not in masked and '"*…"' in masked
    assert '"*|FNAME|*"' in shown


def test_statistics_counts_findings_per_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(EXAMPLE), "--isolated", "--statistics", "--format", "text"]) == 1
    out = capsys.readouterr().out
    rows = [line.split() for line in out.splitlines() if re.match(r"^\s*\d+\s+FL\d{3}\s", line)]
    counts = {row[1]: int(row[0]) for row in rows}
    assert counts["FL301"] >= 6 and counts["FL101"] >= 1
    assert [int(row[0]) for row in rows] == sorted((int(row[0]) for row in rows), reverse=True)
    assert "attendees.csv:" not in out  # no individual diagnostics


def test_warns_when_no_template_is_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("Hi Parissa", encoding="utf-8")
    assert main(["check", "--isolated", "--format", "json", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert "no templates found" in captured.err and ".j2" in captured.err
    assert json.loads(captured.out)["summary"]["templates"] == 0
