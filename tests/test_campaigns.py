"""``campaigns`` in the configuration: template globs mapped to a recipients file.

Precedence for each template: --recipients > front matter ``recipients:`` > the first matching
``campaigns`` entry > a recipients.csv beside the template.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from followup_lint import lint_path
from followup_lint.cli import main
from followup_lint.config import load_config

PEOPLE = [
    ("Parissa", "Behnia", "parissa.behnia@northwind.example"),
    ("Daniel", "Okafor", "daniel.okafor@northwind.example"),
    ("Wei", "Zhang", "wei.zhang@bluefinch.example"),
    ("Aoife", "Byrne", "aoife.byrne@harbourline.example"),
    ("Mateo", "Quispe", "mateo.quispe@andeslog.example"),
]
CLEAN = "Hi {{ first_name }},\n\nHere is the recording of Tuesday's session.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def recipients(path: Path, count: int) -> Path:
    rows = ["first_name,last_name,email", *(",".join(p) for p in PEOPLE[:count])]
    return write(path, "\n".join(rows) + "\n")


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A repository with a pyproject and two exported lists. The lists differ in length, so
    ``report.recipients`` tells which one a template was linted with."""
    write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "sales-emails"\n\n'
        "[tool.followup-lint]\n"
        'select = ["FL0", "FL1"]\n\n'
        "[[tool.followup-lint.campaigns]]\n"
        'templates = ["campaigns/q4/*.j2"]\n'
        'recipients = "exports/q4-attendees.csv"\n\n'
        "[[tool.followup-lint.campaigns]]\n"
        'templates = ["campaigns/q4/*.j2", "campaigns/q3/*.j2"]  # q4 is taken by the entry above\n'
        'recipients = "exports/all-registrants.csv"\n',
    )
    recipients(tmp_path / "exports" / "q4-attendees.csv", 2)
    recipients(tmp_path / "exports" / "all-registrants.csv", 5)
    return tmp_path


def test_campaign_globs_give_templates_their_recipients(project: Path) -> None:
    write(project / "campaigns" / "q4" / "follow-up.j2", CLEAN)
    write(project / "campaigns" / "q3" / "follow-up.j2", CLEAN)
    assert lint_path(project / "campaigns" / "q4").recipients == 2  # the first matching entry wins
    assert lint_path(project / "campaigns" / "q3").recipients == 5


def test_precedence_of_recipient_sources(project: Path, tmp_path: Path) -> None:
    q4 = project / "campaigns" / "q4"
    recipients(q4 / "recipients.csv", 1)  # beside the template: lowest precedence
    recipients(q4 / "from-front-matter.csv", 3)
    write(q4 / "configured.j2", CLEAN)
    write(q4 / "front-matter.j2", "---\nrecipients: from-front-matter.csv\n---\n" + CLEAN)
    write(project / "campaigns" / "q2" / "beside.j2", CLEAN)
    recipients(project / "campaigns" / "q2" / "recipients.csv", 1)
    flag = recipients(tmp_path / "adhoc" / "flag.csv", 4)

    assert lint_path(q4 / "configured.j2").recipients == 2  # campaigns beat recipients.csv beside it
    assert lint_path(q4 / "front-matter.j2").recipients == 3  # front matter beats campaigns
    assert lint_path(project / "campaigns" / "q2" / "beside.j2").recipients == 1  # no entry matches
    assert lint_path(q4 / "front-matter.j2", recipients=flag).recipients == 4  # --recipients beats all
    assert lint_path(q4 / "configured.j2", recipients=flag).recipients == 4


def test_globs_are_relative_to_the_config_file_not_the_working_folder(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(project / "campaigns" / "q4" / "follow-up.j2", "Hi {{ last_name }},\n\nHere is the recording.\n")
    monkeypatch.chdir(project / "campaigns")
    code = main(["check", "--format", "json", "q4/follow-up.j2"])
    out = capsys.readouterr().out
    assert code == 1
    assert '"recipients": 2' in out and "FL101" in out


def test_campaigns_as_an_inline_array(tmp_path: Path) -> None:
    write(
        tmp_path / ".followup-lint.toml",
        'select = ["FL0"]\n'
        'campaigns = [{templates = ["webinars/**/*.jinja"], recipients = "../crm/webinar.csv"}]\n',
    )
    recipients(tmp_path.parent / "crm" / "webinar.csv", 3)
    write(tmp_path / "webinars" / "2026" / "nov" / "thanks.jinja", CLEAN)
    config = load_config(tmp_path / ".followup-lint.toml")
    assert config.campaigns[0].recipients == tmp_path / "../crm/webinar.csv"
    assert config.campaign_for(tmp_path / "webinars" / "2026" / "nov" / "thanks.jinja") is config.campaigns[0]
    assert config.campaign_for(tmp_path / "thanks.jinja") is None
    assert lint_path(tmp_path / "webinars").recipients == 3


def test_missing_campaign_recipients_is_a_diagnostic_at_the_config_entry(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "exports" / "q4-attendees.csv").unlink()
    q4 = project / "campaigns" / "q4"
    write(q4 / "follow-up.j2", "Hi {{ last_name }},\n\nHere is the recording.\n")
    recipients(q4 / "recipients.csv", 1)  # not used instead: the config named another list

    report = lint_path(q4)
    assert report.recipients == 0
    [missing] = [d for d in report.diagnostics if d.code == "FL020"]
    assert missing.path == str(project / "pyproject.toml")
    assert missing.line == 9  # the entry's recipients = "exports/q4-attendees.csv"
    assert "exports/q4-attendees.csv" in missing.message and "1 template(s)" in missing.message
    assert "FL101" in {d.code for d in report.diagnostics}  # the template is still linted

    code = main(["check", "--format", "text", str(q4)])
    out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in out + err
    assert f"{project / 'pyproject.toml'}:9:1: FL020 [error]" in out


def test_campaign_entries_in_a_dot_file(tmp_path: Path) -> None:
    write(
        tmp_path / ".followup-lint.toml",
        'select = ["FL003", "FL1"]\n\n[[campaigns]]\ntemplates = "nurture/*.j2"\nrecipients = "nurture.jsonl"\n',
    )
    write(tmp_path / "nurture.jsonl", '{"first_name": "Aoife", "email": "aoife.byrne@harbourline.example"}\n')
    write(tmp_path / "nurture" / "step-1.j2", CLEAN)
    report = lint_path(tmp_path / "nurture")
    assert report.recipients == 1 and report.ok
