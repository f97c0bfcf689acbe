"""`followup-lint preview`: one recipient's message, with their findings marked inline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from followup_lint.cli import main
from followup_lint.preview import PreviewError, preview

TEMPLATE = (
    "---\n"
    "subject: \"{{ first_name }}, your recording of the pricing workshop\"\n"
    "recipients: attendees.csv\n"
    "---\n"
    "Hi {{ first_name }},\n"
    "\n"
    "Thanks for joining us on Tuesday. The recording and slides are below.\n"
    "\n"
    "Best,\n"
    "Maya Okafor\n"
)

ATTENDEES = (
    "first_name,last_name,email\n"
    "Parissa,Behnia,parissa.behnia@northwind.example\n"
    "ÉLODIE,de la Fontaine,elodie.delafontaine@lyon-conseil.example\n"
    "Kim,Min-jun,minjun.kim@seoul-data.example\n"
    "Suharto,,suharto@jakarta-freight.example\n"
)


def cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "workshop.j2").write_text(TEMPLATE, encoding="utf-8")
    (tmp_path / "attendees.csv").write_text(ATTENDEES, encoding="utf-8")
    return tmp_path


def test_a_row_with_a_finding_is_marked_inline_and_listed(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "preview", folder / "workshop.j2", "--row", "3", "--isolated", "--select", "FL1")
    assert err == ""
    assert code == 0  # FL104 is a warning
    lines = out.splitlines()
    assert lines[0] == f"Preview of {folder / 'workshop.j2'} for row 3 of {folder / 'attendees.csv'} (shows personal data)"
    assert lines[1] == "Subject: ÉLODIE, your recording of the pricing workshop"
    assert "Hi «ÉLODIE»[1]," in lines
    assert "Thanks for joining us on Tuesday. The recording and slides are below." in lines
    assert lines[-1] == '[1] FL104 warning line 5:4: the greeting name "ÉLODIE" is ALL CAPS; write "Élodie"'


def test_a_row_without_findings_shows_the_plain_message(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "preview", folder / "workshop.j2", "--row", "2", "--isolated", "--select", "FL1")
    assert code == 0
    assert "Subject: Parissa, your recording of the pricing workshop" in out
    assert "\nHi Parissa,\n" in out
    assert "«" not in out and "[1]" not in out
    assert out.endswith("No findings for this recipient.\n")


def test_an_empty_name_is_marked_where_it_would_be(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "t.j2").write_text("Hi {{ first_name }},\n\nyour invoice is attached.\n", encoding="utf-8")
    records = [{"first_name": "Wei", "email": "wei.zhang@lotus.example"}, {"first_name": "", "email": "ops@lotus.example"}]
    # one element per line: the rows reports show are the lines the records start on (2 and 3)
    (tmp_path / "people.json").write_text("[\n" + ",\n".join(json.dumps(r) for r in records) + "\n]\n", encoding="utf-8")
    code, out, _ = cli(capsys, "preview", tmp_path / "t.j2", "-r", tmp_path / "people.json", "--row", "3",
                       "--isolated", "--select", "FL1")
    assert code == 1  # FL103 is an error
    assert "Hi «»[1],\n" in out
    assert "[1] FL103 error line 1:4: the greeting has no name for this recipient" in out
    assert "(not in this message)" not in out


def test_records_sharing_a_row_are_chosen_by_index(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "t.j2").write_text("Hi {{ first_name }},\n\nyour badge is ready.\n", encoding="utf-8")
    records = [{"first_name": "Aroha", "email": "aroha@wellington.example"}, {"first_name": "Björk", "email": "bjork@reykjavik.example"}]
    (tmp_path / "one-line.json").write_text(json.dumps(records), encoding="utf-8")
    args = ("preview", tmp_path / "t.j2", "-r", tmp_path / "one-line.json", "--isolated", "--select", "FL1")
    code, _, err = cli(capsys, *args, "--row", "1")
    assert code == 2 and "several records start on row 1" in err and "--index" in err
    code, out, _ = cli(capsys, *args, "--index", "1")
    assert code == 0 and "\nHi Björk,\n" in out
    code, _, err = cli(capsys, *args, "--index", "5")
    assert code == 2 and "no record at index 5" in err and "indexes 0-1" in err


def test_a_finding_in_a_branch_that_does_not_render_is_listed_as_such(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "{% if vip %}Hi {{ last_name }},{% else %}Hello,{% endif %}\n\nthe doors open at 9.\n"
    (tmp_path / "t.j2").write_text(text, encoding="utf-8")
    (tmp_path / "r.csv").write_text("first_name,last_name,vip,email\nLudwig,van Beethoven,,ludwig@bonn.example\n", encoding="utf-8")
    _, out, _ = cli(capsys, "preview", tmp_path / "t.j2", "-r", tmp_path / "r.csv", "--row", "2", "--isolated", "--select", "FL101")
    assert "\nHello,\n" in out
    assert "FL101" in out and "(not in this message)" in out


def test_a_swapped_record_is_previewed_with_its_personal_data(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # "Kim" is a common Korean family name and the email says minjun.kim@: the fields look swapped
    code, out, _ = cli(capsys, "preview", folder / "workshop.j2", "--row", "4", "--isolated", "--select", "FL101")
    assert code == 1
    assert "Hi «Kim»[1],\n" in out
    assert 'the recipient is probably "Min-jun"' in out  # unmasked: preview shows personal data


def test_a_missing_row_names_the_available_rows(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "preview", folder / "workshop.j2", "--row", "40", "--isolated")
    assert code == 2 and out == ""
    assert err == f"followup-lint: error: row 40 not found in {folder / 'attendees.csv'}: its records are on rows 2-5\n"
    code, _, err = cli(capsys, "preview", folder / "workshop.j2", "--row", "0", "--isolated")
    assert code == 2 and "--row must be 1 or more" in err


def test_a_broken_template_shows_its_diagnostics_without_a_traceback(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "broken.j2").write_text("---\nrecipients: attendees.csv\n---\nHi {{ first_name }\n\nThanks.\n", encoding="utf-8")
    code, out, err = cli(capsys, "preview", folder / "broken.j2", "--row", "2", "--isolated")
    assert code == 1
    assert "Traceback" not in out + err
    assert "The message cannot be rendered for this recipient:" in out
    assert "FL001 error line 4:" in out


def test_library_preview_raises_for_a_missing_recipients_file(tmp_path: Path) -> None:
    (tmp_path / "t.j2").write_text("Hi {{ first_name }},\n", encoding="utf-8")
    with pytest.raises(PreviewError, match="no recipients file"):
        preview(tmp_path / "t.j2", row=2)
    result = preview(tmp_path / "t.j2", row=1, recipients=_write(tmp_path / "r.json", '[{"first_name": "Ana"}]'))
    assert result.text == "Hi Ana,\n"


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_subject_finding_marks_the_subject(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "---\nsubject: \"Your recording, {{ first_name }}\"\n---\nHello,\n\nthe recording is below.\n"
    (tmp_path / "t.j2").write_text(text, encoding="utf-8")
    (tmp_path / "r.csv").write_text("first_name,email\n,nomen@ravenna.example\nBjörk,bjork@reykjavik.example\n", encoding="utf-8")
    code, out, _ = cli(capsys, "preview", tmp_path / "t.j2", "-r", tmp_path / "r.csv", "--row", "2", "--isolated", "--select", "FL5")
    assert "Subject: «Your recording, »[1]\n" in out
    assert "[1] FL5" in out and "line 2:1" in out
    code, out, _ = cli(capsys, "preview", tmp_path / "t.j2", "-r", tmp_path / "r.csv", "--row", "3", "--isolated", "--select", "FL5")
    assert "Subject: Your recording, Björk\n" in out and code == 0


def test_recipients_come_from_a_campaigns_entry_like_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No front matter `recipients:`: preview uses the config's campaigns entry, as `check` does."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.followup-lint]\nselect = ["FL1"]\n\n[[tool.followup-lint.campaigns]]\n'
        'templates = ["campaigns/*.j2"]\nrecipients = "exports/attendees.csv"\n',
        encoding="utf-8",
    )
    (tmp_path / "campaigns").mkdir()
    (tmp_path / "exports").mkdir()
    (tmp_path / "campaigns" / "workshop.j2").write_text(TEMPLATE.replace("recipients: attendees.csv\n", ""), encoding="utf-8")
    (tmp_path / "exports" / "attendees.csv").write_text(ATTENDEES, encoding="utf-8")
    code, out, err = cli(capsys, "preview", tmp_path / "campaigns" / "workshop.j2", "--row", "3")
    assert err == "" and code == 0
    assert f"for row 3 of {tmp_path / 'exports' / 'attendees.csv'}" in out.splitlines()[0]
    assert "Hi «ÉLODIE»[1]," in out


def test_a_campaigns_entry_naming_a_missing_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.followup-lint]\n\n[[tool.followup-lint.campaigns]]\ntemplates = ["*.j2"]\nrecipients = "gone.csv"\n',
        encoding="utf-8",
    )
    (tmp_path / "workshop.j2").write_text(TEMPLATE.replace("recipients: attendees.csv\n", ""), encoding="utf-8")
    (tmp_path / "recipients.csv").write_text(ATTENDEES, encoding="utf-8")  # check would not fall back to it either
    code, _, err = cli(capsys, "preview", tmp_path / "workshop.j2", "--row", "2")
    assert code == 2
    assert "campaigns entry" in err and "gone.csv" in err
