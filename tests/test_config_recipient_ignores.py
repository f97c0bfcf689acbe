"""``ignore-recipients``: CSV rows cannot carry comments, so per-recipient exceptions live in
the config. Matching recipients lose the named rules' findings; an entry that silenced nothing
is reported as FL015 at its line in the config file."""

from __future__ import annotations

from pathlib import Path

import pytest

import followup_lint
from followup_lint import lint, lint_path
from followup_lint.config import config_from_mapping

RECORDS = (
    "first_name,last_name,email\n"
    "DANIEL,Okafor,Daniel.Okafor@northwind.example\n"  # row 2: FL104 (greeting) + FL404 (record)
    "Sales,Team,sales@eu.northwind.example\n"  # row 3: FL403 role account
    "Wei,Zhang,wei.zhang@bluefinch.example\n"  # row 4: clean
    "AOIFE,Byrne,aoife.byrne@harbourline.example\n"  # row 5: FL104 + FL404
)
TEMPLATE = "Hi {{ first_name }},\n\nHere is the recording of Tuesday's session.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def setup(tmp_path: Path, entries: str, select: str = '["FL104", "FL403", "FL404", "FL015"]') -> Path:
    write(tmp_path / "pyproject.toml", f"[tool.followup-lint]\nselect = {select}\n\n{entries}")
    write(tmp_path / "webinar" / "follow-up.j2", TEMPLATE)
    write(tmp_path / "webinar" / "recipients.csv", RECORDS)
    return tmp_path / "webinar"


def found(report: followup_lint.Report) -> list[tuple[str, int | None]]:
    """(code, recipient row) of each finding; row None for findings about no recipient."""
    return sorted(((d.code, d.recipient.row if d.recipient else d.line) for d in report.diagnostics))


def test_without_ignores_every_finding_is_reported(tmp_path: Path) -> None:
    folder = setup(tmp_path, "")
    assert found(lint_path(folder)) == [("FL104", 2), ("FL104", 5), ("FL403", 3), ("FL404", 2), ("FL404", 5)]


def test_an_email_entry_silences_its_rules_for_that_recipient_only(tmp_path: Path) -> None:
    folder = setup(
        tmp_path,
        "[[tool.followup-lint.ignore-recipients]]\n"
        'email = "daniel.okafor@NORTHWIND.example"  # case does not matter\n'
        'rules = ["FL104", "name-field-casing"]\n'
        'reason = "Daniel signs his emails in capitals and asked us to match"\n',
    )
    assert found(lint_path(folder)) == [("FL104", 5), ("FL403", 3), ("FL404", 5)]


def test_prefix_selectors_and_other_rules_stay(tmp_path: Path) -> None:
    folder = setup(
        tmp_path,
        "[[tool.followup-lint.ignore-recipients]]\n"
        'email = "aoife.byrne@harbourline.example"\n'
        'rules = ["FL1"]\n',
    )
    # FL104 goes for Aoife; her record-level FL404 is another family and stays
    assert found(lint_path(folder)) == [("FL104", 2), ("FL403", 3), ("FL404", 2), ("FL404", 5)]


def test_a_domain_entry_covers_subdomains(tmp_path: Path) -> None:
    folder = setup(
        tmp_path,
        "[[tool.followup-lint.ignore-recipients]]\n"
        'domain = "northwind.example"\n'
        'rules = ["role-account", "FL104"]\n'
        'reason = "Northwind asked for the shared inbox to be copied"\n',
    )
    # Daniel (northwind.example) and the sales@eu.northwind.example inbox are covered
    assert found(lint_path(folder)) == [("FL104", 5), ("FL404", 2), ("FL404", 5)]


def test_a_row_entry_needs_its_file(tmp_path: Path) -> None:
    folder = setup(
        tmp_path,
        "[[tool.followup-lint.ignore-recipients]]\n"
        "row = 5\n"
        'file = "webinar/recipients.csv"\n'
        'rules = ["ALL"]\n',
    )
    assert found(lint_path(folder)) == [("FL104", 2), ("FL403", 3), ("FL404", 2)]


def test_unused_entry_is_reported_at_its_line(tmp_path: Path) -> None:
    folder = setup(
        tmp_path,
        "[[tool.followup-lint.ignore-recipients]]\n"
        'email = "daniel.okafor@northwind.example"\n'
        'rules = ["FL104"]\n'
        "\n"
        "[[tool.followup-lint.ignore-recipients]]\n"
        'email = "parissa.behnia@northwind.example"  # left the list last quarter\n'
        'rules = ["FL101", "FL104"]\n',
    )
    report = lint_path(folder)
    [unused] = [d for d in report.diagnostics if d.code == "FL015"]
    assert unused.path == str(tmp_path / "pyproject.toml")
    assert unused.line == 8
    assert unused.severity.value == "warning"
    assert "FL101, FL104" in unused.message and "silenced nothing" in unused.message
    assert "parissa.behnia" not in unused.message  # the address is personal data: masked
    assert ("FL104", 2) not in found(report)


def test_unused_entry_stays_quiet_when_it_could_not_apply(tmp_path: Path) -> None:
    folder = setup(
        tmp_path,
        "[[tool.followup-lint.ignore-recipients]]\n"
        'email = "parissa.behnia@northwind.example"\n'
        'rules = ["FL101"]  # not selected in this run\n\n'
        "[[tool.followup-lint.ignore-recipients]]\n"
        'email = "parissa.behnia@northwind.example"\n'
        'file = "exports/emea.csv"  # a list this run does not read\n'
        'rules = ["FL104"]\n',
    )
    assert "FL015" not in {d.code for d in lint_path(folder).diagnostics}
    write(tmp_path / "drafts" / "intro.j2", TEMPLATE)  # no recipients at all
    assert lint_path(tmp_path / "drafts").diagnostics == []


def test_through_the_api_with_a_mapping() -> None:
    config = {
        "select": ["FL104"],
        "ignore-recipients": [{"email": "daniel.okafor@northwind.example", "rules": ["FL104"]}],
    }
    records = [
        {"first_name": "DANIEL", "email": "daniel.okafor@northwind.example"},
        {"first_name": "AOIFE", "email": "aoife.byrne@harbourline.example"},
    ]
    report = lint(TEMPLATE, records, config=config)
    assert [(d.code, d.recipient.index) for d in report.diagnostics if d.recipient] == [("FL104", 1)]
    assert config_from_mapping(config).ignore_recipients[0].email == "daniel.okafor@northwind.example"


def test_ignores_apply_to_records_linted_by_worker_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the in-process records, workers lint the rest; the ignore still applies there."""
    from followup_lint import parallel

    if parallel.job_count(2) < 2:
        pytest.skip("no fork: runs stay sequential")
    monkeypatch.setattr(parallel, "SEQUENTIAL_RECORDS", 3)
    monkeypatch.setattr(parallel, "CHUNK_RECORDS", 4)
    filler = "".join(f"Wei,Zhang,wei.zhang{n}@bluefinch.example\n" for n in range(12))
    write(tmp_path / "webinar" / "recipients.csv", "first_name,last_name,email\n" + filler + "DANIEL,Okafor,daniel.okafor@northwind.example\n")
    write(tmp_path / "webinar" / "follow-up.j2", TEMPLATE)
    write(
        tmp_path / ".followup-lint.toml",
        'select = ["FL104", "FL404"]\njobs = 2\n\n[[ignore-recipients]]\nemail = "daniel.okafor@northwind.example"\nrules = ["FL104"]\n',
    )
    report = lint_path(tmp_path / "webinar")
    assert report.recipients == 13
    assert found(report) == [("FL404", 14)]
