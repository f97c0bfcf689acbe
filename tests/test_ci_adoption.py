"""Day-one adoption in CI and pre-commit (issue 14): baselines, several reports from one run,
GitHub Actions output, the flags users of ruff and Vale expect, recipients and config files as
inputs, and record problems reported once per recipients file."""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from _core_testing import reuse_full_registries
from followup_lint.cli import main

EMAILS = ("parissa.behnia@northwind.example", "daniel.okafor@kestrel.example", "mei.lin@lotusdata.example")
RECIPIENTS = (
    "first_name,last_name,email,company\n"
    "Parissa,Behnia,parissa.behnia@northwind.example,Northwind\n"
    "Daniel,Okafor,daniel.okafor@kestrel.example,Kestrel\n"
    "Mei,Lin,mei.lin@lotusdata.example,Lotus Data\n"
)
GOOD = (
    "---\nsubject: \"Your recording, {{ first_name }}\"\nkind: follow-up\nrecipients: attendees.csv\n---\n"
    "Hi {{ first_name }},\n\nHere is the recording you asked for.\n\nBest,\nDana Okafor\n"
)
BAD = (
    "---\nsubject: \"Your recording\"\nkind: follow-up\nrecipients: attendees.csv\n---\n"
    "Hi {{ last_name }},\n\nHere is the recording you asked for.\n\nBest,\nDana Okafor\n"
)


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    reuse_full_registries(monkeypatch)
    for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)


def cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def campaign(tmp_path: Path) -> Path:
    folder = tmp_path / "q4"
    folder.mkdir()
    (folder / "attendees.csv").write_text(RECIPIENTS, encoding="utf-8")
    (folder / "good.j2").write_text(GOOD, encoding="utf-8")
    (folder / "bad.j2").write_text(BAD, encoding="utf-8")
    return folder


def _codes(out: str) -> list[str]:
    return re.findall(r": (FL\d{3}) \[", out)


# --------------------------------------------------------------------------- baseline

MESSY = (  # two ALL CAPS names (FL404 on the record, FL104 in the greeting) and a broken email (FL401)
    "first_name,last_name,email,company\n"
    "PARISSA,Behnia,parissa.behnia@northwind.example,Northwind\n"
    "Daniel,Okafor,daniel.okafor@kestrel,Kestrel\n"
    "Mei,Lin,mei.lin@lotusdata.example,Lotus Data\n"
    "JOSÉ,GARCÍA,jose.garcia@iberdata.example,Iberdata\n"
)


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    folder = tmp_path / "legacy"
    folder.mkdir()
    (folder / "attendees.csv").write_text(MESSY, encoding="utf-8")
    (folder / "good.j2").write_text(GOOD, encoding="utf-8")
    return folder


def _baseline(capsys: pytest.CaptureFixture[str], folder: Path) -> Path:
    baseline = folder / ".followup-lint-baseline.json"
    code, _, err = cli(capsys, "check", "--isolated", "--select", "FL1,FL4", folder, "--write-baseline", baseline)
    assert code == 0 and "recorded 6 finding(s)" in err  # FL404 x3, FL401, FL104 x2
    return baseline


def test_baseline_hides_known_findings_and_reports_new_ones(messy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    baseline = _baseline(capsys, messy)
    stored = baseline.read_text(encoding="utf-8")
    for value in ("parissa.behnia@northwind.example", "parissa.behnia", "daniel.okafor@kestrel", "PARISSA", "GARCÍA"):
        assert value not in stored and value.lower() not in stored.lower()  # no recipient data, in any case
    code, out, _ = cli(capsys, "check", "--isolated", "--select", "FL1,FL4", messy, "--baseline", baseline)
    assert code == 0 and _codes(out) == []
    assert "6 known finding(s) hidden, 0 fixed" in out
    # a new ALL CAPS record, and a new template mistake, are reported; the old ones stay hidden
    with (messy / "attendees.csv").open("a", encoding="utf-8") as handle:
        handle.write("AIKO,Tanaka,aiko.tanaka@sakura.example,Sakura\n")
    (messy / "bad.j2").write_text(BAD, encoding="utf-8")
    code, out, _ = cli(capsys, "check", "--isolated", "--select", "FL1,FL4", messy, "--baseline", baseline)
    assert code == 1
    assert sorted(_codes(out)) == ["FL101", "FL104", "FL104", "FL404"]  # bad.j2 is new, so all of its findings are
    assert "attendees.csv:6: FL404" in out and "good.j2:6:4: FL104" in out and "rows 2, 5" not in out


def test_baseline_survives_edits_elsewhere_and_a_reexported_list(messy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    baseline = _baseline(capsys, messy)
    # lines added above the greeting, and the list re-exported in another order
    (messy / "good.j2").write_text(GOOD.replace("---\nHi", "---\n{# reviewed by Ana Lucía #}\n\nHi"), encoding="utf-8")
    rows = MESSY.splitlines()
    (messy / "attendees.csv").write_text("\n".join([rows[0], rows[4], rows[3], rows[2], rows[1]]) + "\n", encoding="utf-8")
    code, out, _ = cli(capsys, "check", "--isolated", "--select", "FL1,FL4", messy, "--baseline", baseline)
    assert code == 0 and _codes(out) == [] and "6 known finding(s) hidden" in out


def test_baseline_counts_what_was_fixed(messy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    baseline = _baseline(capsys, messy)
    (messy / "attendees.csv").write_text(MESSY.replace("PARISSA", "Parissa"), encoding="utf-8")
    code, out, _ = cli(capsys, "check", "--isolated", "--select", "FL1,FL4", messy, "--baseline", baseline,
                       "--format", "json")
    summary = json.loads(out)["summary"]
    assert code == 0 and summary["baseline"] == {"path": str(baseline), "matched": 4, "fixed": 2}
    assert summary["diagnostics"] == 0


@pytest.mark.parametrize("content, message", [
    ("not json", "not a followup-lint baseline"),
    ('{"tool": "other", "findings": []}', "not a followup-lint baseline"),
    ('{"tool": "followup-lint", "version": 99, "salt": "x", "findings": []}', "not supported"),
])
def test_a_broken_baseline_is_a_usage_error(campaign: Path, capsys: pytest.CaptureFixture[str], content: str, message: str) -> None:
    baseline = campaign / "baseline.json"
    baseline.write_text(content, encoding="utf-8")
    code, out, err = cli(capsys, "check", "--isolated", campaign, "--baseline", baseline)
    assert code == 2 and message in err and out == ""


def test_missing_baseline_is_a_usage_error(campaign: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "check", "--isolated", campaign, "--baseline", campaign / "nope.json")
    assert code == 2 and "--write-baseline" in err


# --------------------------------------------------------------------------- several reports, one run


def test_reports_in_several_formats_from_one_run(campaign: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sarif, junit = campaign / "out.sarif", campaign / "out.xml"
    code, out, _ = cli(capsys, "check", "--isolated", campaign, "--format", "text",
                       "--report", f"sarif={sarif}", "--report", f"junit={junit}")
    assert code == 1 and "FL101" in out  # the main report still goes to stdout
    document = json.loads(sarif.read_text(encoding="utf-8"))
    assert {r["ruleId"] for r in document["runs"][0]["results"]} >= {"FL101"}
    root = ET.fromstring(junit.read_text(encoding="utf-8").split("\n", 1)[1])
    names = sorted(Path(c.get("name")).name for c in root.iter("testcase"))
    assert names == ["attendees.csv", "bad.j2", "good.j2"]


@pytest.mark.parametrize("value, message", [
    ("sarif", "FORMAT=PATH"),
    ("pdf=out.pdf", "unknown format 'pdf'"),
    ("sarif=missing-folder/out.sarif", "does not exist"),
])
def test_bad_report_option_is_a_usage_error(campaign: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                            value: str, message: str) -> None:
    monkeypatch.chdir(campaign)
    code, out, err = cli(capsys, "check", "--isolated", ".", "--report", value)
    assert code == 2 and message in err and out == ""


def test_output_into_a_missing_folder_is_a_usage_error(campaign: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "check", "--isolated", campaign, "--output", campaign / "no" / "such" / "report.txt")
    assert code == 2 and "does not exist" in err and "Traceback" not in err and out == ""


# --------------------------------------------------------------------------- GitHub Actions


def test_github_actions_log_annotations_and_step_summary(campaign: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    summary = tmp_path / "step-summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    (campaign / "note.j2").write_text(
        "---\nsubject: Hi\nkind: follow-up\nrecipients: attendees.csv\n---\n"
        "Hi {{ first_name }},\n\nHere is the recording.\n{# followup-lint: disable=FL403 #}\n\nBest,\nDana Okafor\n",
        encoding="utf-8",
    )
    code, out, _ = cli(capsys, "check", "--isolated", campaign)
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == "::group::followup-lint report"  # the readable log, folded
    assert any(line.startswith(str(campaign / "bad.j2") + ":6:7: FL101 [error]") for line in lines)
    annotations = [line for line in lines if re.match(r"^::(error|warning|notice) ", line)]
    levels = [line.split(" ", 1)[0] for line in annotations]
    assert levels == sorted(levels, key=["::error", "::warning", "::notice"].index)  # errors first
    written = summary.read_text(encoding="utf-8")
    assert written.startswith("earlier step\n## followup-lint")  # appended, never overwritten
    assert "❌ failed" in written and "| [FL101](" in written and "### Personalization score" in written
    for email in EMAILS:
        assert email not in written and email not in out


def test_no_step_summary_outside_github_actions(campaign: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    summary = tmp_path / "step-summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    cli(capsys, "check", "--isolated", campaign)
    assert not summary.exists()


# --------------------------------------------------------------------------- flags


def test_exit_zero_keeps_the_findings(campaign: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "check", "--isolated", campaign, "--exit-zero")
    assert code == 0 and "FL101" in out
    code, _, _ = cli(capsys, "check", "--isolated", campaign, "--exit-zero", "--select", "NOPE")
    assert code == 2  # usage errors are still errors


def test_quiet_prints_findings_only(campaign: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, loud, _ = cli(capsys, "check", "--isolated", campaign)
    code, quiet, err = cli(capsys, "check", "--isolated", campaign, "-q")
    assert code == 1 and "FL101" in quiet
    assert "template(s)" in loud and "template(s)" not in quiet and "personalization score" not in quiet
    code, quiet, err = cli(capsys, "check", "--isolated", campaign / "nothing", "-q")
    assert "no templates found" not in err


def test_short_version_flag(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["-V"])
    assert done.value.code == 0 and capsys.readouterr().out.startswith("followup-lint ")


@pytest.mark.parametrize("env, flag, coloured", [
    ({"FORCE_COLOR": "1"}, None, True),
    ({"NO_COLOR": "1"}, None, False),
    ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, None, False),
    ({"NO_COLOR": "1"}, "always", True),
    ({"FORCE_COLOR": "1"}, "never", False),
    ({}, None, False),  # not a terminal
])
def test_no_color_and_force_color(campaign: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                  env: dict[str, str], flag: str | None, coloured: bool) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    args = ["check", "--isolated", campaign, "--format", "text"] + (["--color", flag] if flag else [])
    _, out, _ = cli(capsys, *args)
    assert ("\033[" in out) is coloured


def test_template_from_stdin_uses_the_stdin_filename(campaign: Path, capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(BAD))
    code, out, _ = cli(capsys, "check", "--isolated", "-", "--stdin-filename", campaign / "draft.j2")
    assert code == 1
    assert f"{campaign / 'draft.j2'}:6:7: FL101 [error]" in out  # its recipients came from the front matter
    assert "3 recipient(s)" in out


def test_stdin_filename_without_dash_is_a_usage_error(campaign: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "check", "--isolated", campaign, "--stdin-filename", "x.j2")
    assert code == 2 and "goes with -" in err


def test_show_settings(campaign: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = campaign / ".followup-lint.toml"
    config.write_text('select = ["FL1", "FL3"]\nsend-date = 2026-11-30\nfail-on = "warning"\n', encoding="utf-8")
    code, out, _ = cli(capsys, "check", campaign, "--show-settings")
    assert code == 0
    assert f"config: {config}" in out and "send date: 2026-11-30" in out and "fail on: warning" in out
    assert f"recipients: {campaign / 'attendees.csv'} (front matter)" in out
    assert "FL101" in out and "FL401" not in out.split("templates:")[0]
    code, out, _ = cli(capsys, "check", campaign, "--show-settings", "--format", "json")
    settings = json.loads(out)
    assert settings["fail_on"] == "warning" and all(code.startswith(("FL1", "FL3")) for code in settings["rules"])
    assert set(Path(p).name for p in settings["templates"]) == {"good.j2", "bad.j2"}


def test_statistics_in_json_and_refused_elsewhere(campaign: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "check", "--isolated", campaign, "--statistics", "--format", "json")
    rows = json.loads(out)
    assert code == 1 and {"count": 1, "code": "FL101", "name": "greeting-uses-surname", "severity": "error"} in rows
    code, _, err = cli(capsys, "check", "--isolated", campaign, "--statistics", "--format", "sarif")
    assert code == 2 and "--statistics works with" in err


# --------------------------------------------------------------------------- inputs pre-commit hands over


def test_a_recipients_file_stands_for_the_templates_sent_to_it(campaign: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "recipients.csv").write_text("first_name,email\nAiko,aiko.tanaka@sakura.example\n", encoding="utf-8")
    (other / "unrelated.j2").write_text("Hi {{ last_name }},\n", encoding="utf-8")
    code, out, _ = cli(capsys, "check", "--isolated", campaign / "attendees.csv")
    assert code == 1 and "bad.j2:6:7: FL101" in out and "2 template(s)" in out
    (campaign / "package.json").write_text('{"name": "emails"}', encoding="utf-8")
    code, out, err = cli(capsys, "check", "--isolated", campaign / "package.json")
    assert code == 0 and out == "" and "no template uses" in err


def test_a_config_file_stands_for_every_template_under_it(campaign: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = campaign / ".followup-lint.toml"
    config.write_text('select = ["FL1"]\n', encoding="utf-8")
    code, out, _ = cli(capsys, "check", config)
    assert code == 1 and "bad.j2:6:7: FL101" in out and "2 template(s)" in out


def test_record_problems_once_per_recipients_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Twenty templates in several folders read one list: its bad row is one finding, not twenty."""
    shared = tmp_path / "lists"
    shared.mkdir()
    (shared / "attendees.csv").write_text(RECIPIENTS + "Chidi,Eze,chidi.eze@bad-address,Enugu Labs\n", encoding="utf-8")
    for n in range(20):
        folder = tmp_path / f"wave{n % 4}" / ("deep" if n % 2 else "")
        folder.mkdir(parents=True, exist_ok=True)
        relative = Path("..") / ("../" if n % 2 else "") / "lists" / "attendees.csv"
        (folder / f"t{n}.j2").write_text(
            GOOD.replace("recipients: attendees.csv", f"recipients: {relative.as_posix()}"), encoding="utf-8"
        )
    code, out, _ = cli(capsys, "check", "--isolated", "--select", "FL4", tmp_path, "--format", "json")
    found = [d for d in json.loads(out)["diagnostics"] if d["code"] == "FL401"]
    assert len(found) == 1 and found[0]["path"] == str(shared / "attendees.csv")


def test_sarif_for_dashboards_is_valid_and_documented(messy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sarif-schema-2.1.0.json"
    if not schema_path.is_file():
        pytest.skip(f"SARIF schema not found at {schema_path}")
    from followup_lint.docs_links import rule_url

    code, out, _ = cli(capsys, "check", "--isolated", "--select", "FL1,FL4", messy, "--format", "sarif")
    document = json.loads(out)
    jsonschema.validate(document, json.loads(schema_path.read_text(encoding="utf-8")))
    run = document["runs"][0]
    (invocation,) = run["invocations"]
    assert invocation["exitCode"] == code == 1 and invocation["properties"]["settings"]["select"] == ["FL1", "FL4"]
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    assert rules["FL104"]["helpUri"] == rule_url("FL104") and "## What it does" in rules["FL104"]["help"]["markdown"]
    fl104 = [r for r in run["results"] if r["ruleId"] == "FL104"]
    assert len(fl104) == 1 and fl104[0]["properties"]["recipients"] == 2 and fl104[0]["properties"]["rows"] == [2, 5]
    for email in ("parissa.behnia@northwind.example", "jose.garcia@iberdata.example"):
        assert email not in out
    # the fingerprint follows the mistake, not its line
    (messy / "good.j2").write_text(GOOD.replace("---\nHi", "---\n\n\nHi"), encoding="utf-8")
    _, moved, _ = cli(capsys, "check", "--isolated", "--select", "FL1,FL4", messy, "--format", "sarif")
    moved_fl104 = [r for r in json.loads(moved)["runs"][0]["results"] if r["ruleId"] == "FL104"]
    assert moved_fl104[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 8
    assert moved_fl104[0]["partialFingerprints"] == fl104[0]["partialFingerprints"]


# --------------------------------------------------------------------------- nested configs


def test_extend_takes_the_parent_settings_and_overrides_some(tmp_path: Path) -> None:
    from followup_lint.config import ConfigError, Severity, load_config

    (tmp_path / "rules").mkdir()
    (tmp_path / ".followup-lint.toml").write_text(
        'select = ["FL1", "FL3"]\nextend-select = ["FL401"]\nfail-on = "warning"\nlocale = "en"\n'
        'rule-dirs = ["rules"]\n', encoding="utf-8")
    emea = tmp_path / "campaigns" / "emea"
    emea.mkdir(parents=True)
    (emea / ".followup-lint.toml").write_text(
        'extend = "../../.followup-lint.toml"\nlocale = "de"\nextend-select = ["FL402"]\n', encoding="utf-8")
    config = load_config(emea / ".followup-lint.toml")
    assert config.locale == "de" and config.select == ("FL1", "FL3") and config.fail_level is Severity.WARNING
    assert config.extend_select == ("FL401", "FL402")
    assert config.rule_dirs == (tmp_path / "rules",)  # relative to the file that named it
    assert config.source == emea / ".followup-lint.toml"
    (tmp_path / ".followup-lint.toml").write_text('extend = "campaigns/emea/.followup-lint.toml"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="loop"):
        load_config(emea / ".followup-lint.toml")
    (emea / ".followup-lint.toml").write_text('extend = "../missing.toml"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(emea / ".followup-lint.toml")


# --------------------------------------------------------------------------- masked messages that still make sense


def test_masked_casing_messages_say_what_to_change(messy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "check", "--isolated", "--select", "FL104,FL404", messy)
    assert "the greeting name is ALL CAPS; write it the way the name is normally written" in out
    assert "'first_name' is ALL CAPS; it would read better the way the name is normally written" in out
    assert 'write "P…"' not in out and 'read "P…"' not in out  # no nonsense comparison of masked values
    assert "followup-lint preview --row N" in out
    _, shown, _ = cli(capsys, "check", "--isolated", "--select", "FL104,FL404", messy, "--show-personal-data")
    assert 'the greeting name "PARISSA" is ALL CAPS; write "Parissa"' in shown  # full values when allowed
