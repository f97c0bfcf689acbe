"""The public API contract that external checks call: lint(), lint_path(), Report, Diagnostic."""

from __future__ import annotations

import enum
import json
from pathlib import Path
from typing import Any

import pytest

import followup_lint
from _core_testing import reuse_full_registries
from followup_lint import Config, ConfigError, Diagnostic, Report, Severity, lint, lint_path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "webinar-follow-up"

FIELDS = ["code", "name", "severity", "message", "path", "line", "column", "end_line", "end_column", "recipient", "fix"]
# Integrity rules only, so that the assertions below do not depend on the other families.
CORE = {"select": ["FL00", "FL01", "FL02"]}
_LINTERS: dict[str, followup_lint.Linter] = {}


@pytest.fixture(autouse=True)
def _shared_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    reuse_full_registries(monkeypatch)


def prebuilt(config: dict[str, Any]) -> followup_lint.Linter:
    """One Linter per config: building one loads every rule pack, which takes a while."""
    key = json.dumps(config, sort_keys=True)
    if key not in _LINTERS:
        _LINTERS[key] = followup_lint.Linter(followup_lint.config.config_from_mapping(config))
    return _LINTERS[key]

PARISSA = {"first_name": "Parissa", "last_name": "Behnia", "email": "parissa.behnia@bluefinch.example"}
HUGHES = {"first_name": "*|FNAME|*", "last_name": "Hughes", "email": "k.hughes@fernhill.example"}
WEI = {"first_name": "Wei", "last_name": "Zhang", "email": "wei.zhang@lotusdata.example"}


def test_public_names() -> None:
    for name in ("lint", "lint_path", "Report", "Diagnostic", "Severity", "Rule", "Finding", "Config", "ConfigError"):
        assert hasattr(followup_lint, name), name
    assert followup_lint.Rule is followup_lint.RuleSpec
    assert isinstance(followup_lint.__version__, str)


def test_lint_returns_a_report() -> None:
    report = lint("Hi {{ frist_name }},\n\nThanks for joining.", [PARISSA, HUGHES], config=CORE)
    assert isinstance(report, Report)
    assert isinstance(report.diagnostics, list)
    assert all(isinstance(d, Diagnostic) for d in report.diagnostics)
    assert report.ok is False
    assert [d.code for d in report.diagnostics] == ["FL003"]


def test_clean_template_is_ok() -> None:
    report = lint("Hi {{ first_name }},\n\nThanks for joining.", [PARISSA, WEI], linter=prebuilt(CORE))
    assert report.diagnostics == []
    assert report.ok is True
    assert report.summary["recipients"] == 2 and report.summary["templates"] == 1


def test_to_dict_shape() -> None:
    report = lint(
        "Hi {{ first_name }},\n\nThanks for joining, {{ frist_name }}.",
        [PARISSA, HUGHES],
        path="templates/attended.j2",
        linter=prebuilt(CORE),
    )
    document = report.to_dict()
    assert set(document) == {"version", "diagnostics", "summary"}
    assert document["version"] == 1
    assert json.loads(json.dumps(document)) == document  # plain JSON types only
    assert document["diagnostics"]
    for item in document["diagnostics"]:
        assert list(item) == FIELDS
        assert isinstance(item["severity"], str) and item["severity"] in ("error", "warning", "info")
        assert item["path"] == "templates/attended.j2"
        for key in ("line", "column", "end_line", "end_column"):
            assert isinstance(item[key], int) and item[key] >= 1
    summary = document["summary"]
    assert summary["diagnostics"] == len(document["diagnostics"])
    assert summary["errors"] + summary["warnings"] + summary["infos"] == summary["diagnostics"]
    assert summary["ok"] is False and summary["fail_level"] == "error"
    assert summary["by_code"] == {"FL003": 1, "FL007": 1}


def test_recipient_field() -> None:
    report = lint("Hi {{ first_name }},\n\n{{ frist_name }}", [PARISSA, WEI, HUGHES], linter=prebuilt(CORE))
    by_code = {d.code: d for d in report.diagnostics}
    assert by_code["FL003"].recipient is None  # a template-level finding
    assert by_code["FL003"].to_dict()["recipient"] is None
    assert by_code["FL007"].to_dict()["recipient"] == {
        "row": 3, "source": "<records>", "index": 2, "identity": "*. H., k***@fernhill.example"
    }
    assert (by_code["FL007"].line, by_code["FL007"].column) == (1, 7)  # points at {{ first_name }}


def test_index_is_the_position_in_the_given_iterable() -> None:
    def stream():
        yield PARISSA
        yield "not a record"
        yield WEI
        yield HUGHES

    report = lint("Hi {{ first_name }},", stream(), linter=prebuilt(CORE))
    found = [(d.code, d.recipient.to_dict() if d.recipient else None) for d in report.diagnostics]
    assert found == [
        ("FL021", {"row": 2, "source": "<records>", "index": 1, "identity": None}),  # not a record: nobody
        ("FL007", {"row": 4, "source": "<records>", "index": 3, "identity": "*. H., k***@fernhill.example"}),
    ]
    assert report.summary["recipients"] == 3


def test_severity_is_a_str_enum() -> None:
    report = lint("Hi {{ first_name|attr('x') }} {{ frist }}", [PARISSA], linter=prebuilt({**CORE, "severity": {"FL003": "warning"}}))
    (diagnostic,) = report.diagnostics
    assert isinstance(diagnostic.severity, str) and isinstance(diagnostic.severity, enum.Enum)
    assert diagnostic.severity == "warning" and diagnostic.severity == Severity.WARNING
    assert str(diagnostic.severity) == "warning"
    assert {s.value for s in Severity} == {"error", "warning", "info"}
    assert Severity.ERROR.rank > Severity.WARNING.rank > Severity.INFO.rank


def test_subject_and_path_arguments() -> None:
    report = lint("Hi {{ first_name }},", [PARISSA], subject="Hi *|FNAME|*, your recording", path="x/y.j2", linter=prebuilt(CORE))
    (diagnostic,) = report.diagnostics
    assert diagnostic.code == "FL006" and "subject line" in diagnostic.message
    assert diagnostic.path == "x/y.j2" and diagnostic.line == 1


def test_subject_in_front_matter_points_at_its_line() -> None:
    template = "---\nkind: follow-up\nsubject: Hi *|FNAME|*\n---\nHi {{ first_name }},\n"
    (diagnostic,) = lint(template, [PARISSA], linter=prebuilt(CORE)).diagnostics
    assert (diagnostic.code, diagnostic.line) == ("FL006", 3)


def test_subject_argument_wins_over_front_matter() -> None:
    template = "---\nsubject: Hi *|FNAME|*\n---\nHi {{ first_name }},\n"
    assert lint(template, [PARISSA], subject="Your recording", linter=prebuilt(CORE)).diagnostics == []


def test_no_recipients() -> None:
    report = lint("Hi {{ first_name }},\n{% if x %}", linter=prebuilt(CORE))
    assert [d.code for d in report.diagnostics] == ["FL001"]
    assert report.summary["recipients"] == 0


def test_config_object_and_mapping_are_equivalent() -> None:
    template = "Hi *|FNAME|* {{ frist }}"
    as_mapping = lint(template, [PARISSA], config={"select": ["FL006"]}).to_dict()
    as_object = lint(template, [PARISSA], config=Config(select=("FL006",))).to_dict()
    assert as_mapping == as_object
    assert [d["code"] for d in as_mapping["diagnostics"]] == ["FL006"]


def test_lint_never_raises_on_bad_input() -> None:
    report = lint("{{ }}{% %}{# ", [{1: 2}, {"first_name": {"nested": [1, None]}}, None], linter=prebuilt(CORE))
    assert all(d.line >= 1 for d in report.diagnostics)


# --------------------------------------------------------------------------- lint_path


def test_lint_path_on_a_file(tmp_path: Path) -> None:
    template = tmp_path / "attended.j2"
    template.write_text("Hi {{ first_name }},\n\nThanks for joining, {{ frist_name }}.\n", encoding="utf-8")
    (tmp_path / "recipients.csv").write_text("first_name,email\nWei,wei.zhang@lotusdata.example\n", encoding="utf-8")
    report = lint_path(template, linter=prebuilt(CORE))
    assert [(d.code, d.path, d.line, d.column) for d in report.diagnostics] == [("FL003", str(template), 3, 24)]
    assert report.summary["templates"] == 1 and report.summary["recipients"] == 1
    assert lint_path(str(template), linter=prebuilt(CORE)).to_dict() == report.to_dict()


def test_lint_path_on_a_folder(tmp_path: Path) -> None:
    (tmp_path / "nested" / "deeper").mkdir(parents=True)
    (tmp_path / "a.j2").write_text("Hi {{ first_name }},\n", encoding="utf-8")
    (tmp_path / "nested" / "b.jinja").write_text("Hi *|FNAME|*,\n", encoding="utf-8")
    (tmp_path / "nested" / "deeper" / "c.jinja2").write_text("Hi {{ first_name }},\n{% if %}\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("Hi *|FNAME|*,\n", encoding="utf-8")  # not a template suffix
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "node_modules" / "x.j2").write_text("Hi *|FNAME|*,\n", encoding="utf-8")
    report = lint_path(tmp_path, linter=prebuilt(CORE))
    assert [(Path(d.path).name, d.code) for d in report.diagnostics] == [("b.jinja", "FL006"), ("c.jinja2", "FL001")]
    assert report.summary["templates"] == 3


def test_lint_path_on_several_paths_and_missing_ones(tmp_path: Path) -> None:
    (tmp_path / "a.j2").write_text("Hi *|FNAME|*,\n", encoding="utf-8")
    report = lint_path([tmp_path / "a.j2", tmp_path / "missing.j2"], linter=prebuilt(CORE))
    assert [(Path(d.path).name, d.code) for d in report.diagnostics] == [("a.j2", "FL006"), ("missing.j2", "FL013")]


def test_template_that_is_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "latin.j2").write_bytes("Grüße {{ vorname }}".encode("latin-1"))
    (diagnostic,) = lint_path(tmp_path, linter=prebuilt(CORE)).diagnostics
    assert diagnostic.code == "FL013" and "UTF-8" in diagnostic.message


def test_example_campaign_has_real_findings() -> None:
    report = lint_path(EXAMPLE, linter=prebuilt(CORE))
    assert report.summary["templates"] == 4
    assert report.summary["recipients"] >= 25
    assert not report.ok
    unrendered = [(Path(d.path).name, d.recipient.row) for d in report.diagnostics if d.code == "FL007"]
    assert {("invitation.j2", 31), ("no-show.j2", 31), ("quick-note.j2", 31)} <= set(unrendered)
    assert all(d.recipient.source.endswith("attendees.csv") for d in report.diagnostics if d.recipient)


def test_example_campaign_with_all_rules() -> None:
    report = lint_path(EXAMPLE, linter=prebuilt({}))
    assert not report.ok
    assert len(report.diagnostics) > 10
    assert {"FL007"} <= {d.code for d in report.diagnostics}


# --------------------------------------------------------------------------- campaign discovery


@pytest.fixture
def campaign(tmp_path: Path) -> Path:
    """Three recipient files, each with a field only it has, so we can tell which one was used."""
    (tmp_path / "recipients.csv").write_text("first_name,beside_only\nWei,1\n", encoding="utf-8")
    (tmp_path / "crm.csv").write_text("first_name,front_only\nAiko,1\nKwame,1\n", encoding="utf-8")
    (tmp_path / "flag.csv").write_text("first_name,flag_only\nSarah,1\nJordan,1\nMin-jun,1\n", encoding="utf-8")
    (tmp_path / "declared.j2").write_text(
        "---\nrecipients: crm.csv\n---\nHi {{ first_name }}, {{ front_only }} {{ beside_only }} {{ flag_only }}\n",
        encoding="utf-8",
    )
    (tmp_path / "beside.j2").write_text(
        "Hi {{ first_name }}, {{ front_only }} {{ beside_only }} {{ flag_only }}\n", encoding="utf-8"
    )
    return tmp_path


def undefined_by_template(report: Report) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for d in report.diagnostics:
        if d.code == "FL003":
            found.setdefault(Path(d.path).name, set()).add(d.message.split("'")[1])
    return found


def test_front_matter_recipients_beat_the_file_beside(campaign: Path) -> None:
    report = lint_path(campaign, linter=prebuilt({"select": ["FL003"]}))
    assert undefined_by_template(report) == {
        "declared.j2": {"beside_only", "flag_only"},  # linted against crm.csv
        "beside.j2": {"front_only", "flag_only"},  # linted against recipients.csv
    }
    assert report.summary["recipients"] == 3  # 2 from crm.csv + 1 from recipients.csv


def test_recipients_argument_beats_front_matter(campaign: Path) -> None:
    report = lint_path(campaign, recipients=campaign / "flag.csv", linter=prebuilt({"select": ["FL003"]}))
    assert undefined_by_template(report) == {
        "declared.j2": {"beside_only", "front_only"},
        "beside.j2": {"beside_only", "front_only"},
    }
    assert report.summary["recipients"] == 3  # one pass over flag.csv for both templates


def test_recipients_json_and_jsonl_beside(tmp_path: Path) -> None:
    (tmp_path / "hello.j2").write_text("Hi {{ first_name }},\n", encoding="utf-8")
    (tmp_path / "recipients.jsonl").write_text('{"first_name": "*|FNAME|*"}\n', encoding="utf-8")
    report = lint_path(tmp_path, linter=prebuilt(CORE))
    assert [(d.code, d.recipient.source) for d in report.diagnostics] == [("FL007", str(tmp_path / "recipients.jsonl"))]


def test_front_matter_naming_a_missing_file_is_fl020(tmp_path: Path) -> None:
    (tmp_path / "recipients.csv").write_text("first_name\nWei\n", encoding="utf-8")
    (tmp_path / "attended.j2").write_text(
        "---\nsubject: Your recording\nrecipients: exports/attendees.csv\n---\nHi {{ first_name }},\n", encoding="utf-8"
    )
    report = lint_path(tmp_path, linter=prebuilt(CORE))
    (missing,) = report.diagnostics
    assert missing.code == "FL020" and missing.line == 3
    assert missing.path == str(tmp_path / "attended.j2")
    assert "exports/attendees.csv" in missing.message
    assert report.summary["recipients"] == 0  # it did not silently fall back to recipients.csv


# --------------------------------------------------------------------------- config discovery

TEMPLATE = "Hi *|FNAME|*, {{ frist_name }}\n"


def write_campaign(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hello.j2").write_text(TEMPLATE, encoding="utf-8")
    (folder / "recipients.csv").write_text("first_name\nWei\n", encoding="utf-8")
    return folder


def found_codes(report: Report) -> list[str]:
    return sorted({d.code for d in report.diagnostics})


def test_config_from_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "campaigns"\n\n[tool.followup-lint]\nselect = ["FL00"]\nignore = ["FL006"]\n', encoding="utf-8"
    )
    campaign = write_campaign(tmp_path / "campaigns" / "webinar")
    assert found_codes(lint_path(campaign)) == ["FL003"]


def test_pyproject_without_our_table_is_skipped(tmp_path: Path) -> None:
    (tmp_path / ".followup-lint.toml").write_text('select = ["FL00"]\nignore = ["FL003"]\n', encoding="utf-8")
    (tmp_path / "campaigns").mkdir()
    (tmp_path / "campaigns" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    campaign = write_campaign(tmp_path / "campaigns" / "webinar")
    assert found_codes(lint_path(campaign)) == ["FL006"]


def test_dot_followup_lint_toml_beats_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.followup-lint]\nselect = ["FL00"]\nignore = ["FL006"]\n', encoding="utf-8")
    (tmp_path / ".followup-lint.toml").write_text('select = ["FL00"]\nignore = ["FL003"]\n', encoding="utf-8")
    campaign = write_campaign(tmp_path / "webinar")
    assert found_codes(lint_path(campaign)) == ["FL006"]
    assert found_codes(lint_path(campaign, config={"select": ["FL00"]})) == ["FL003", "FL006"]  # explicit wins


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('selct = ["FL0"]\n', "unknown option 'selct'; did you mean 'select'?"),
        ('render-timout = 2\n', "did you mean 'render-timeout'?"),
        ('select = "FL0"\nfail-level = "fatal"\n', "unknown severity 'fatal'"),
        ('[fields]\ngivn = ["Vorname"]\n', "unknown field role 'givn' in 'fields'; did you mean 'given'?"),
        ("select = [1, 2]\n", "'select' must be a list of strings"),
        ("render-timeout = -1\n", "'render-timeout' must be a positive number"),
        ("show-personal-data = 'yes'\n", "'show-personal-data' must be true or false"),
        ('select = ["FL0"\n', "invalid TOML"),
        ('select = ["FL0006"]\n', "'FL0006' matches no rule; did you mean 'FL006'?"),
    ],
)
def test_strict_config_errors(tmp_path: Path, toml: str, message: str) -> None:
    (tmp_path / ".followup-lint.toml").write_text(toml, encoding="utf-8")
    campaign = write_campaign(tmp_path / "webinar")
    with pytest.raises(ConfigError) as raised:
        lint_path(campaign)
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_unknown_api_config_key() -> None:
    with pytest.raises(ConfigError, match=r"unknown option 'show_personal_data'; did you mean 'show-personal-data'\?"):
        lint("Hi", config={"show_personal_data": True})


def test_unknown_rule_option_is_an_error() -> None:
    with pytest.raises(ConfigError, match="unknown option"):
        lint("Hi", config={"rules": {"FL003": {"no-such-option": 1}}})


def test_config_fields_mapping_from_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.followup-lint]\nselect = ["FL00"]\n[tool.followup-lint.fields]\ngiven = ["Rufname2"]\n', encoding="utf-8"
    )
    config = followup_lint.config.discover_config(tmp_path)
    assert config.fields == {"given": ("Rufname2",)}
    assert config.source == tmp_path / "pyproject.toml"
    linter = followup_lint.Linter(config)
    assert linter.field_map.resolve(["Rufname2", "first_name"])["given"] == ("Rufname2",)
