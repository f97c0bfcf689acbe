"""followup-lint inside a sending service (issue 15): DataFrames in, send/hold verdicts and
DataFrames out, friendly typed configuration, and a service script that runs and type-checks."""

from __future__ import annotations

import importlib.util
import io
import subprocess
import sys
from pathlib import Path

import pytest

import followup_lint
from _core_testing import reuse_full_registries
from followup_lint import Config, ConfigError, Severity, lint, lint_path

pd = pytest.importorskip("pandas")

ROOT = Path(__file__).resolve().parents[1]
SERVICE = ROOT / "docs" / "examples" / "send_service.py"
EXPORT = (  # a webinar export: empty cells, an ALL CAPS name, a mononym, accents, an East Asian name
    "first_name,last_name,email,company,webinar_title\n"
    "Parissa,Behnia,parissa.behnia@northwind.example,Northwind,Churn cohorts in practice\n"
    ",Okafor,daniel.okafor@kestrel.example,,Churn cohorts in practice\n"
    "JOSÉ,García,jose.garcia@iberdata.example,Iberdata,Churn cohorts in practice\n"
    "Wei,Zhang,wei.zhang@lotusdata.example,Lotus Data,Churn cohorts in practice\n"
    "Aroha,,aroha@kiwi-analytics.example,Kiwi Analytics,Churn cohorts in practice\n"
)
TEMPLATE = (
    "---\nkind: follow-up\nsubject: \"{{ webinar_title }}: your recording\"\n---\n"
    "Hi {{ first_name }},\n\nHere is the recording of {{ webinar_title }} for the {{ company }} team.\n\n"
    "Best,\nDana Okafor\n"
)


@pytest.fixture(autouse=True)
def _registry(monkeypatch: pytest.MonkeyPatch) -> None:
    reuse_full_registries(monkeypatch)


def _frame() -> "pd.DataFrame":
    return pd.read_csv(io.StringIO(EXPORT))


def _found(report: followup_lint.Report) -> list[tuple[str, int | None]]:
    return sorted((d.code, d.recipient.index if d.recipient else None) for d in report.diagnostics)


# --------------------------------------------------------------------------- DataFrames in


def test_a_dataframe_gives_the_findings_of_its_csv(tmp_path: Path) -> None:
    export = tmp_path / "recipients.csv"
    export.write_text(EXPORT, encoding="utf-8")
    (tmp_path / "follow-up.j2").write_text(TEMPLATE, encoding="utf-8")
    from_file = lint_path(tmp_path, config=Config())
    from_frame = lint(TEMPLATE, _frame(), path=str(tmp_path / "follow-up.j2"))
    assert from_frame.recipients == 5
    assert _found(from_frame) == _found(from_file)
    codes = {code for code, _ in _found(from_frame)}
    assert "FL103" in codes  # the empty first name is empty, not the word "nan"
    assert not any("nan" in d.message.lower() for d in from_frame.diagnostics)


def test_missing_values_of_every_kind_are_empty() -> None:
    frame = pd.DataFrame({
        "first_name": ["Parissa", None, float("nan"), pd.NA],
        "email": ["p@northwind.example", "d@kestrel.example", "m@lotusdata.example", "a@kiwi.example"],
        "signed_up": [pd.Timestamp("2026-11-20"), pd.NaT, pd.Timestamp("2026-11-21"), pd.NaT],
    })
    report = lint("Hi {{ first_name }},\n\nThanks for signing up.", frame, config={"select": ["FL1"]})
    assert sorted(d.recipient.index for d in report.diagnostics if d.code == "FL103") == [1, 2, 3]


def test_a_stray_non_record_among_records_is_a_diagnostic() -> None:
    records = ["header line", {"first_name": "Mei"}, None, {"first_name": "Aroha"}]
    report = lint("Hi {{ first_name }},", records, config={"select": ["FL0", "FL1"]})
    assert sorted(d.recipient.index for d in report.diagnostics if d.code == "FL021") == [0, 2]
    assert [v.index for v in report.verdicts() if v.hold] == [0, 2]


def test_mappings_with_other_keys_are_records() -> None:
    records = [{"first_name": "Mei", 7: "ignored"}, {"first_name": "Aroha", ("a", 1): "x"}]
    report = lint("Hi {{ first_name }},", records, config={"select": ["FL1"]})
    assert report.recipients == 2 and report.ok


@pytest.mark.parametrize("wrong, words", [
    ("Parissa Behnia", "not a str"),
    ({"first_name": "Parissa"}, "pass [record]"),
    (["parissa@northwind.example", "daniel@kestrel.example"], "none of the 2 given is one"),
    (42, "not int"),
])
def test_wrong_recipients_are_a_clear_type_error(wrong: object, words: str) -> None:
    with pytest.raises(TypeError, match=words.replace("[", r"\[").replace("]", r"\]")):
        lint("Hi {{ first_name }},", wrong)


# --------------------------------------------------------------------------- verdicts


def test_verdicts_hold_the_records_with_errors_and_say_why() -> None:
    frame = _frame()
    report = lint(TEMPLATE, frame, config=Config(severity={"FL404": "error"}, select=["FL1", "FL3", "FL4"]))
    verdicts = report.verdicts()
    assert [v.index for v in verdicts] == [0, 1, 2, 3, 4]
    held = {v.index: {r.code for r in v.reasons} for v in verdicts if v.hold}
    assert held == {1: {"FL103"}, 2: {"FL404"}}  # the empty name; JOSÉ in capitals, made an error here
    assert all(r.scope == "recipient" for v in verdicts for r in v.reasons)
    send, hold = report.split(frame)
    assert list(send.index) == [0, 3, 4] and list(hold.index) == [1, 2]
    assert hold["followup_lint_reasons"].str.startswith(("FL103", "FL404")).all()


def test_a_template_error_holds_everyone() -> None:
    records = [{"first_name": "Parissa", "last_name": "Behnia"}, {"first_name": "Wei", "last_name": "Zhang"}]
    report = lint("Hi {{ first_name }},\n\n{{ 1/0 if first_name == 'Wei' else '' }} Hi *|FNAME|*", records)
    verdicts = report.verdicts()
    assert all(v.hold for v in verdicts)
    assert {"FL006"} <= {r.code for r in verdicts[0].reasons}
    assert any(r.scope == "template" for r in verdicts[0].reasons)


def test_the_threshold_follows_fail_on() -> None:
    records = [{"first_name": "PARISSA", "email": "parissa.behnia@northwind.example"},
               {"first_name": "Wei", "email": "wei.zhang@lotusdata.example"}]
    lenient = lint("Hi {{ first_name }},", records, config={"select": ["FL1", "FL4"]})
    strict = lint("Hi {{ first_name }},", records, config={"select": ["FL1", "FL4"], "fail-on": "warning"})
    assert all(v.send for v in lenient.verdicts())  # ALL CAPS is a warning: a note, not a hold
    assert {n.code for n in lenient.verdicts()[0].notes} >= {"FL104"}
    assert [v.send for v in strict.verdicts()] == [False, True]


def test_split_keeps_the_callers_own_objects() -> None:
    class Contact(dict):  # a service's own record type
        pass

    records = [Contact(first_name="Parissa", last_name="Behnia"), Contact(first_name="", last_name="Okafor")]
    report = lint("Hi {{ first_name }},", records, config={"select": ["FL1"]})
    send, hold = report.split(records)
    assert send[0] is records[0] and hold[0][0] is records[1] and hold[0][1].reasons[0].code == "FL103"


def test_verdicts_for_a_campaign_folder(tmp_path: Path) -> None:
    (tmp_path / "recipients.csv").write_text(EXPORT, encoding="utf-8")
    (tmp_path / "good.j2").write_text(TEMPLATE, encoding="utf-8")
    report = lint_path(tmp_path, config=Config(select=["FL1"]))
    verdicts = report.verdicts()
    assert len(verdicts) == 5 and [v.index for v in verdicts if v.hold] == [1]
    assert verdicts[1].row == 3  # the line in the file
    (tmp_path / "bad.j2").write_text("Hi {{ first_name }} *|LNAME|*,", encoding="utf-8")
    report = lint_path(tmp_path, config=Config(select=["FL0", "FL1"]))
    assert all(v.hold for v in report.verdicts())  # the bad template goes to everyone on the list


# --------------------------------------------------------------------------- DataFrames out


def test_findings_and_verdicts_as_dataframes() -> None:
    report = lint(TEMPLATE, _frame(), config={"select": ["FL1", "FL4"]})
    findings = report.to_pandas()
    assert list(findings.columns[:4]) == ["code", "name", "severity", "message"]
    assert len(findings) == len(report.diagnostics)
    assert str(findings["recipient_index"].dtype) == "Int64"
    verdicts = report.verdicts_to_pandas()
    assert list(verdicts["send"]) == [v.send for v in report.verdicts()]
    assert verdicts.loc[1, "reason_codes"] == ["FL103"]


# --------------------------------------------------------------------------- configuration


def test_config_takes_lists_and_strings_and_validates_them() -> None:
    config = Config(select=["FL1", "FL3"], ignore="FL104,FL105", fail_level="warning", severity={"FL404": "error"},
                    fields={"given": "Vorname"}, send_date="2026-11-30", rule_dirs="rules")
    assert config.select == ("FL1", "FL3") and config.ignore == ("FL104", "FL105")
    assert config.fail_level is Severity.WARNING and config.severity == {"FL404": Severity.ERROR}
    assert config.fields == {"given": ("Vorname",)} and config.rule_dirs == (Path("rules"),)
    for bad in ({"fail_level": "loud"}, {"severity": {"FL404": "fatal"}}, {"select": 5}, {"fields": {"nick": "x"}},
                {"jobs": -1}, {"send_date": "next tuesday"}):
        with pytest.raises(ConfigError):
            Config(**bad)  # type: ignore[arg-type]


def test_helpers_are_exported() -> None:
    for name in ("config_from_mapping", "load_config", "discover_config", "Verdict", "Reason"):
        assert name in followup_lint.__all__ and hasattr(followup_lint, name)


def test_show_personal_data_for_a_service_that_may_see_it() -> None:
    records = [{"first_name": "PARISSA", "email": "parissa.behnia@northwind.example"}]
    masked = lint("Hi {{ first_name }},", records, config={"select": ["FL104"]})
    shown = lint("Hi {{ first_name }},", records, config={"select": ["FL104"]}, show_personal_data=True)
    assert "PARISSA" not in masked.diagnostics[0].message and "PARISSA" in shown.diagnostics[0].message


# --------------------------------------------------------------------------- the documented service


def test_the_service_script_runs(tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_text(EXPORT, encoding="utf-8")
    template = tmp_path / "follow-up.j2"
    template.write_text(TEMPLATE, encoding="utf-8")
    done = subprocess.run([sys.executable, str(SERVICE), str(template), str(export)],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "sent 3, held 2"
    assert "held row 2: FL103" in done.stderr and "held row 3: FL404" in done.stderr
    assert "sending to row 0" in done.stdout and "sending to row 1" not in done.stdout


def test_the_service_script_type_checks_strictly() -> None:
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed (pip install '.[test]')")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--no-incremental", str(SERVICE)],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_split_refuses_records_that_do_not_match_the_report() -> None:
    frame = _frame()
    report = lint(TEMPLATE, frame, config={"select": ["FL1"]})
    with pytest.raises(ValueError, match="5 recipients in <records>, but 4 records were given"):
        report.split(frame.to_dict("records")[:4])
    with pytest.raises(ValueError, match="but 3 rows are in the DataFrame"):
        report.split(frame.head(3))
