"""Output formats: the text format's source snippets and grouping, the recipient identity in
every format, SARIF rule docs and schema, JUnit structure, ``auto`` and ``--output``."""

from __future__ import annotations

import csv
import html
import json
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from _core_testing import core_linter, core_registry, reuse_full_registries
from followup_lint import lint, lint_path
from followup_lint.cli import main
from followup_lint.formats import FORMATS, FormatOptions, get_renderer, resolve_format
from followup_lint.model import Diagnostic, RecipientRef, Severity
from followup_lint.registry import Registry
from followup_lint.report import Report

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "webinar-follow-up"
SARIF_SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sarif-schema-2.1.0.json"
ANSI = re.compile(r"\033\[[0-9;]*m")

TEMPLATE = "---\nsubject: Your recording\n---\nHi {{ first_name }},\n\nThanks for joining us from {{ company }}.\n"

PEOPLE = [
    ("Parissa", "Behnia", "parissa.behnia@northwind.example"),
    ("Ludwig", "van Beethoven", "ludwig.vanbeethoven@bonnmusik.example"),
    ("Siobhán", "Ní Bhriain", "siobhan.nibhriain@shannon.example"),
    ("小明", "王", "wang.xiaoming@lotusdata.example"),
    ("Teller", "", "teller@magicshow.example"),
    ("José", "García Márquez", "jose.garcia@solmar.example"),
    ("Nguyễn Thị", "Lan", "lan.nguyen@saigonsoft.example"),
    ("Kwame", "Mensah", "kwame.mensah@accragrid.example"),
    ("Aiko", "Tanaka", "aiko.tanaka@sakura.example"),
    ("Oluwaseun", "Adeyemi", "seun.adeyemi@lagosgrid.example"),
    ("Mary-Jane", "Watson", "mj.watson@dailybugle.example"),
    ("Björk", "", "bjork@reykjavik.example"),
    ("Dana", "O'Sullivan", "dana.osullivan@corkdata.example"),
]


@pytest.fixture(autouse=True)
def _no_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("CI", raising=False)


def render(fmt: str, report: Report, registry: Registry | None = None, **options: object) -> str:
    return get_renderer(fmt)(report, registry or Registry(), FormatOptions(**options))  # type: ignore[arg-type]


@pytest.fixture
def merge_tag_campaign(tmp_path: Path) -> Path:
    """13 people; every one but Parissa has a merge tag for a company (a mistake in the export
    that hits 12 recipients), and two rows are ragged."""
    folder = tmp_path / "campaign"
    folder.mkdir()
    (folder / "thanks.j2").write_text(TEMPLATE, encoding="utf-8")
    with (folder / "recipients.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["first_name", "last_name", "email", "company", "team"])
        for i, (given, family, email) in enumerate(PEOPLE):
            tag = "*|COMPANY|*" if i % 2 else "*|MMERGE3|*"
            writer.writerow([given, family, email, "Northwind Traders" if i == 0 else tag, "Kestrel Freight"])
        handle.write("Zhang,Wei\n")  # ragged: FL021, no identity (the row is not a record)
        handle.write("Tanaka,Aiko,aiko.t@sakura.example,Sakura KK,Kestrel Freight,extra\n")
    return folder


def campaign_report(folder: Path, **config: object) -> tuple[Report, Registry]:
    linter = core_linter(config)
    return lint_path(folder, linter=linter), linter.registry


# --------------------------------------------------------------------------- text: snippets


def test_text_shows_the_template_line_and_underlines_the_span(tmp_path: Path) -> None:
    template = tmp_path / "t.j2"
    template.write_text("Hi *|FNAME|*,\n\nThanks for joining, {{ first_name }}.\n", encoding="utf-8")
    report = lint_path(template, linter=core_linter())
    out = render("text", report)
    first = out.split("\n\n")[0].splitlines()
    assert first == [
        f"{template}:1:4: FL006 [error] '*|FNAME|*' is a Mailchimp merge tag; Jinja will send it to recipients exactly as written",
        "  |",
        "1 | Hi *|FNAME|*,",
        "  |    ^~~~~~~~~",
    ]
    assert out.rstrip().splitlines()[-1].startswith("1 template(s), 0 recipient(s): 1 error(s)")


def test_caret_is_aligned_under_wide_characters_and_tabs(tmp_path: Path) -> None:
    template = tmp_path / "ja.j2"
    template.write_text("件名\n" + "\t" * 9 + "こんにちは、{{ sei }}様\n", encoding="utf-8")
    start = 9 + 6 + 1  # nine tabs, six wide characters, 1-based
    diagnostic = Diagnostic("FL003", "undefined-variable", Severity.ERROR, "'sei' is not a field", str(template),
                            2, start, 2, start + len("{{ sei }}"))
    lines = render("text", Report.build([diagnostic])).splitlines()
    source, carets = lines[2], lines[3]
    assert source == "2 | " + " " * 9 + "こんにちは、{{ sei }}様"
    # each tab shows as one space; each wide character takes two columns
    assert carets == "  | " + " " * (9 + 12) + "^" + "~" * 8


def test_multi_line_span_is_underlined_to_the_end_of_its_first_line(tmp_path: Path) -> None:
    template = tmp_path / "t.j2"
    template.write_text("{% if attended %}\nThanks\n{% endif %}\n", encoding="utf-8")
    diagnostic = Diagnostic("FL001", "syntax-error", Severity.ERROR, "odd", str(template), 1, 4, 3, 3)
    lines = render("text", Report.build([diagnostic])).splitlines()
    assert lines[3] == "  |    ^~~~~~~~~~~~~~"


def test_no_source_line_for_unreadable_or_in_memory_templates() -> None:
    report = lint("Hi *|FNAME|*,\n", linter=core_linter())
    out = render("text", report)
    assert out.splitlines()[0].startswith("<template>:1:4: FL006 [error]")
    assert " | " not in out


# --------------------------------------------------------------------------- text: grouping


def test_a_mistake_that_hits_many_recipients_is_one_entry(merge_tag_campaign: Path) -> None:
    report, _ = campaign_report(merge_tag_campaign)
    fl007 = [d for d in report.diagnostics if d.code == "FL007"]
    assert len(fl007) == 12  # every diagnostic is still in the report (JSON has full detail)
    out = render("text", report)
    entries = [entry for entry in out.split("\n\n") if "FL007" in entry]
    assert len(entries) == 1
    (entry,) = entries
    recipients = merge_tag_campaign / "recipients.csv"
    assert f"= affects 12 recipients in {recipients}: rows 3, 4, 5, 6, 7, 8, 9, 10, …" in entry
    # the masked identity of the first three, then how many more
    assert "  = row 3: L. B., l***@bonnmusik.example\n" in entry
    assert "  = row 4: S. N., s***@shannon.example\n" in entry
    assert "  = row 5: 小. 王., w***@lotusdata.example\n" in entry
    assert entry.rstrip().endswith("= … and 9 more")
    assert "6 | Thanks for joining us from {{ company }}." in entry


def test_messages_that_differ_only_in_personal_values_group(merge_tag_campaign: Path) -> None:
    """With personal data shown the messages name different tags (*|COMPANY|*, *|MMERGE3|*);
    they are still one mistake."""
    report, _ = campaign_report(merge_tag_campaign, **{"show-personal-data": True})
    messages = {d.message for d in report.diagnostics if d.code == "FL007"}
    assert len(messages) == 2
    out = render("text", report)
    assert len([entry for entry in out.split("\n\n") if "FL007" in entry]) == 1
    assert "= row 3: Ludwig van Beethoven <ludwig.vanbeethoven@bonnmusik.example>" in out


def test_template_findings_show_once_and_recipient_files_never_show_a_line(merge_tag_campaign: Path) -> None:
    (merge_tag_campaign / "thanks.j2").write_text(TEMPLATE + "{{ frist_name }}\n", encoding="utf-8")
    report, _ = campaign_report(merge_tag_campaign)
    out = render("text", report)
    assert out.count("FL003 [error]") == 1
    recipients = merge_tag_campaign / "recipients.csv"
    # the ragged rows: path:row, grouped by rule and message, no line of the CSV
    assert f"{recipients}:15: FL021 [" in out
    assert "Kestrel Freight" not in out and "Zhang,Wei" not in out
    for given, family, email in PEOPLE:
        assert email not in out


def test_findings_below_a_threshold_of_one_recipient_say_who() -> None:
    report = lint(TEMPLATE, [{"first_name": "*|FNAME|*", "last_name": "Adeyemi", "email": "seun.adeyemi@lagosgrid.example"}],
                  linter=core_linter())
    out = render("text", report)
    assert "= recipient: row 1 of <records> (*. A., s***@lagosgrid.example)" in out


def test_group_on_quoted_values_when_no_group_key() -> None:
    """Diagnostics built outside the engine (plugins, tests) group on the message with its
    quoted values blanked."""
    def finding(row: int, name: str, who: str) -> Diagnostic:
        return Diagnostic("FL104", "greeting-name-casing", Severity.WARNING, f'the greeting name "{name}" is ALL CAPS',
                          "t.j2", 4, 4, 4, 20, RecipientRef(row, "people.csv", row - 2, who))

    report = Report.build([finding(2, "M…", "M. O., m***@kestrel.example"), finding(5, "Å…", "Å. L., a***@nordvik.example")])
    out = render("text", report)
    assert out.count("FL104") == 1
    assert "= affects 2 recipients in people.csv: rows 2, 5" in out


def test_statistics_and_summary_are_kept(merge_tag_campaign: Path) -> None:
    report, _ = campaign_report(merge_tag_campaign)
    out = render("text", report, statistics=True)
    assert re.search(r"^12  FL007  ", out, re.M)
    assert " | " not in out and "affects" not in out
    assert out.splitlines()[-1].startswith("1 template(s), 13 recipient(s):")


def test_colour_only_when_asked(merge_tag_campaign: Path) -> None:
    report, _ = campaign_report(merge_tag_campaign)
    plain = render("text", report)
    coloured = render("text", report, color=True)
    assert not ANSI.search(plain)
    assert ANSI.search(coloured) and "\033[31m^~~" in coloured
    assert ANSI.sub("", coloured) == plain


# --------------------------------------------------------------------------- identity in every format


def test_json_has_the_identity_of_each_recipient(merge_tag_campaign: Path) -> None:
    report, registry = campaign_report(merge_tag_campaign)
    document = json.loads(render("json", report, registry))
    assert document["version"] == 1
    rows = {d["recipient"]["row"]: d["recipient"]["identity"] for d in document["diagnostics"] if d["code"] == "FL007"}
    assert len(rows) == 12 and rows[5] == "小. 王., w***@lotusdata.example" and rows[8] == "N. L., l***@saigonsoft.example"
    ragged = [d for d in document["diagnostics"] if d["code"] == "FL021"]
    assert ragged and all(d["recipient"] is None for d in ragged)


def test_sarif_has_one_result_per_mistake_with_rows_and_identities(merge_tag_campaign: Path) -> None:
    report, registry = campaign_report(merge_tag_campaign)
    results = json.loads(render("sarif", report, registry))["runs"][0]["results"]
    fl007 = [r for r in results if r["ruleId"] == "FL007"]
    assert len(fl007) == 1  # twelve recipients, one template mistake: one result on the dashboard
    (result,) = fl007
    recipients = str(merge_tag_campaign / "recipients.csv")
    assert f"affects 12 recipients in {recipients}: rows 3, 4, 5, 6, 7, 8, 9, 10, …" in result["message"]["text"]
    properties = result["properties"]
    assert properties["recipients"] == 12 and properties["rows"] == [3, 4, 5, 6, 7, 8, 9, 10]
    assert properties["recipientFiles"] == [recipients]
    assert properties["identities"][:1] == ["L. B., l***@bonnmusik.example"]
    assert result["occurrenceCount"] == 12
    assert len(result["partialFingerprints"]["followupLint/v1"]) == 64


def test_github_annotation_groups_recipients_with_rows_and_identity(merge_tag_campaign: Path) -> None:
    report, registry = campaign_report(merge_tag_campaign)
    lines = render("github", report, registry).splitlines()
    fl007 = [line for line in lines if "title=FL007" in line]
    assert len(fl007) == 1  # GitHub shows few annotations per step: one per mistake
    assert "affects 12 recipients in" in fl007[0]
    assert "rows 3, 4, 5, 6, 7, 8, 9, 10, …; first: row 3 (L. B., l***@bonnmusik.example); row 4" in fl007[0]
    single = lint(TEMPLATE, [{"first_name": "*|FNAME|*", "email": "kwame.mensah@accragrid.example"}], linter=core_linter())
    (annotation,) = [line for line in render("github", single).splitlines()
                     if line.startswith("::error ") and "FL007" in line]
    assert annotation.endswith("(row 1 of <records>: *., k***@accragrid.example)")


def test_junit_lists_rows_and_identities(merge_tag_campaign: Path) -> None:
    report, registry = campaign_report(merge_tag_campaign)
    root = ET.fromstring(render("junit", report, registry).split("\n", 1)[1])
    failures = {case.get("name"): case.find("failure") for case in root.iter("testcase")}
    template_failure = failures[str(merge_tag_campaign / "thanks.j2")]
    assert template_failure is not None
    assert "affects 12 recipients" in template_failure.text
    assert "row 3 (L. B., l***@bonnmusik.example)" in template_failure.text


def people_of_the_example() -> list[dict[str, str]]:
    with (EXAMPLE / "attendees.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _full_names(person: dict[str, str]) -> list[str]:
    given, family = person["first_name"].strip(), person["last_name"].strip()
    names = [f"{given} {family}", f"{family} {given}"] if given and family else []
    return [name for name in names if len(name) > 4]


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_email_or_full_name_in_any_format_by_default(fmt: str, capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    reuse_full_registries(monkeypatch)
    assert main(["check", "--isolated", "--format", fmt, str(EXAMPLE)]) == 1
    out = capsys.readouterr().out
    if fmt == "sarif":  # rule docs may use made-up example addresses; the results may not
        out = json.dumps(json.loads(out)["runs"][0]["results"], ensure_ascii=False)
    out = html.unescape(out)  # JUnit XML escapes <, > and &
    people = people_of_the_example()
    assert len(people) == 31
    for person in people:
        assert person["email"].strip() not in out, (fmt, person["email"])
        for name in _full_names(person):
            assert name not in out, (fmt, name)
    assert "p***@harbourline.example" in out  # but who it is, masked, is there


@pytest.mark.parametrize("fmt", FORMATS)
def test_show_pii_reveals_names_and_emails(fmt: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    reuse_full_registries(monkeypatch)
    for flag in ("--show-pii", "--show-personal-data"):
        main(["check", "--isolated", "--format", fmt, flag, str(EXAMPLE)])
        out = html.unescape(capsys.readouterr().out)
        # row 3: first and last name swapped (FL407 in the file, FL101 in two templates)
        assert "Behnia Parissa <parissa.behnia@harbourline.example>" in out, (fmt, flag)


# --------------------------------------------------------------------------- SARIF and JUnit structure


def _sarif_schema() -> dict:
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"SARIF schema not found at {SARIF_SCHEMA}")
    return json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))


def test_sarif_rules_carry_their_docs_and_validate(merge_tag_campaign: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = _sarif_schema()
    report, registry = campaign_report(merge_tag_campaign)
    document = json.loads(render("sarif", report, registry, tool_version="1.2.3"))
    jsonschema.validate(document, schema)
    driver = document["runs"][0]["tool"]["driver"]
    assert driver["version"] == "1.2.3"
    rules = {rule["id"]: rule for rule in driver["rules"]}
    assert set(rules) == {d.code for d in report.diagnostics}
    spec = core_registry().rules["FL007"]
    rule = rules["FL007"]
    assert rule["shortDescription"]["text"] == spec.docs.summary
    assert rule["fullDescription"]["text"] == spec.docs.what.strip()
    assert rule["help"]["markdown"] == spec.docs.as_markdown()
    assert "## What it does" in rule["help"]["markdown"] and "## Why it matters" in rule["help"]["markdown"]
    assert rule["help"]["text"].startswith(spec.docs.summary)
    assert spec.docs.why.strip().splitlines()[0] in rule["help"]["text"]
    assert "##" not in rule["help"]["text"]


def test_sarif_with_personal_data_shown_still_validates(merge_tag_campaign: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = _sarif_schema()
    report, registry = campaign_report(merge_tag_campaign, **{"show-personal-data": True})
    jsonschema.validate(json.loads(render("sarif", report, registry)), schema)


def test_junit_structure_and_counts(merge_tag_campaign: Path, tmp_path: Path) -> None:
    second = tmp_path / "second"
    second.mkdir()
    (second / "clean.j2").write_text("Hi {{ first_name }},\n\nThanks for joining.\n", encoding="utf-8")
    (second / "noisy.j2").write_text("Hi {{ first_name }},\n{# followup-lint: disable=FL006 #}\n", encoding="utf-8")
    (second / "recipients.csv").write_text("first_name\nAiko\n", encoding="utf-8")
    linter = core_linter()
    report = lint_path([merge_tag_campaign, second], linter=linter)
    text = render("junit", report, linter.registry)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(text.split("\n", 1)[1])
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert len(suites) == 1
    cases = suites[0].findall("testcase")
    failed = [case for case in cases if case.find("failure") is not None]
    paths_with_findings = {d.path for d in report.diagnostics}
    linted = {*report.template_paths, *report.recipient_files}
    # every template and recipients file is a test case, clean ones included
    assert {case.get("name") for case in cases} == paths_with_findings | linted
    clean = [case for case in cases if case.get("name") == str(second / "clean.j2")][0]
    assert clean.find("failure") is None and clean.get("classname") == "followup-lint.template"
    data = [case for case in cases if case.get("name") == str(second / "recipients.csv")][0]
    assert data.get("classname") == "followup-lint.recipients" and data.find("failure") is None
    assert all(len(case.findall("failure")) <= 1 for case in cases)
    for element in (root, suites[0]):
        assert element.get("tests") == str(len(cases))
        assert element.get("failures") == str(len(failed))
        assert element.get("errors") == "0"
    failing_paths = {d.path for d in report.diagnostics if d.severity.rank >= report.fail_level.rank}
    assert {case.get("name") for case in failed} == failing_paths
    # the unused suppression is a warning: below the fail level, in system-out, not a failure
    noisy = [case for case in cases if case.get("name") == str(second / "noisy.j2")][0]
    assert noisy.find("failure") is None and "FL009 [warning]" in noisy.find("system-out").text


def test_junit_with_no_findings_has_one_passing_case() -> None:
    root = ET.fromstring(render("junit", Report.build([])).split("\n", 1)[1])
    assert root.get("tests") == "1" and root.get("failures") == "0"
    assert [case.get("name") for case in root.iter("testcase")] == ["campaign"]


# --------------------------------------------------------------------------- auto and --output


def test_auto_is_github_only_under_github_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_format("auto") == "text"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert resolve_format("auto") == "github"
    assert resolve_format("json") == "json"
    monkeypatch.setenv("GITHUB_ACTIONS", "false")
    assert resolve_format("auto") == "text"
    with pytest.raises(ValueError, match="unknown format 'yaml'"):
        get_renderer("yaml")


def test_auto_through_the_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], merge_tag_campaign: Path) -> None:
    reuse_full_registries(monkeypatch)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    main(["check", "--isolated", "--select", "FL0", str(merge_tag_campaign)])
    out = capsys.readouterr().out
    assert out.startswith("::") and "affects 12 recipients" in out
    monkeypatch.delenv("GITHUB_ACTIONS")
    main(["check", "--isolated", "--select", "FL0", str(merge_tag_campaign)])
    out = capsys.readouterr().out
    assert not out.startswith("::") and "6 | Thanks for joining us from {{ company }}." in out


@pytest.mark.parametrize(("fmt", "marker"), [("text", "= affects 12 recipients"), ("sarif", '"ruleId": "FL007"'),
                                            ("junit", "<testsuites")])
def test_output_file(fmt: str, marker: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                     merge_tag_campaign: Path, tmp_path: Path) -> None:
    reuse_full_registries(monkeypatch)
    target = tmp_path / f"report.{fmt}"
    code = main(["check", "--isolated", "--select", "FL0", "--format", fmt, "--color", "auto", "--output", str(target),
                 str(merge_tag_campaign)])
    captured = capsys.readouterr()
    assert code == 1 and captured.out == ""
    written = target.read_text(encoding="utf-8")
    assert marker in written
    assert not ANSI.search(written)  # no colour in a file
