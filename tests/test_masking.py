"""Who a finding is about: the masked identity of a recipient, and how the engine attaches it."""

from __future__ import annotations

import csv
import pickle
from pathlib import Path

import pytest

import followup_lint.diagnostics as diagnostics_module
from _core_testing import core_linter, lint0, lint_path0
from followup_lint import lint
from followup_lint.model import Diagnostic, RecipientRef, Severity
from followup_lint.privacy import identity, mask_email

TEMPLATE = "Hi {{ first_name }},\n\nThanks for joining the webinar.\n"


# --------------------------------------------------------------------------- the identity itself


@pytest.mark.parametrize(
    ("given", "family", "email", "masked"),
    [
        ("Parissa", "Behnia", "parissa.behnia@northwind.example", "P. B., p***@northwind.example"),
        # particles are skipped for the family initial; accents and case survive
        ("Ludwig", "van Beethoven", "ludwig@bonnmusik.example", "L. B., l***@bonnmusik.example"),
        ("Siobhán", "Ní Bhriain", "s.nibhriain@shannon.example", "S. N., s***@shannon.example"),
        ("José", "de la Cruz", "jose.delacruz@solmar.example", "J. C., j***@solmar.example"),
        ("Martin", "Van Buren", "mvb@kinderhook.example", "M. V., m***@kinderhook.example"),
        ("élodie", "d'Aubigné", "elodie@lyonnaise.example", "É. D., e***@lyonnaise.example"),
        # East Asian names: one character is the initial
        ("小明", "王", "wang.xiaoming@lotusdata.example", "小. 王., w***@lotusdata.example"),
        ("愛子", "田中", "aiko.tanaka@sakura.example", "愛. 田., a***@sakura.example"),
        # a mononym, a record without email, one with only an email
        ("Teller", "", "teller@magic.example", "T., t***@magic.example"),
        ("Nguyễn Thị", "Lan", None, "N. L."),
        (None, None, "info@acmeholdings.example", "i***@acmeholdings.example"),
    ],
)
def test_masked_identity(given: str | None, family: str | None, email: str | None, masked: str) -> None:
    assert identity(given, family, email) == masked


def test_masked_identity_never_contains_the_values() -> None:
    label = identity("Parissa", "Behnia", "parissa.behnia@northwind.example")
    assert label is not None
    for value in ("Parissa", "Behnia", "parissa.behnia", "parissa"):
        assert value not in label


def test_full_name_only_is_masked_word_by_word() -> None:
    assert identity(None, None, "mary-jane.watson@dailybugle.example", full="Mary-Jane Watson") == "M. W., m***@dailybugle.example"


def test_identity_is_none_without_name_or_email() -> None:
    assert identity(None, None, None) is None
    assert identity("  ", "", "") is None


def test_show_reveals_everything() -> None:
    assert identity("Parissa", "Behnia", "parissa.behnia@northwind.example", show=True) == (
        "Parissa Behnia <parissa.behnia@northwind.example>"
    )
    assert identity("Teller", None, None, show=True) == "Teller"
    assert identity(None, None, "info@acmeholdings.example", show=True) == "<info@acmeholdings.example>"
    assert identity(None, None, "w@x.example", full="王小明", show=True) == "王小明 <w@x.example>"


def test_mask_email() -> None:
    assert mask_email("Siobhan.NiBhriain@Shannon.example") == "S***@Shannon.example"
    assert mask_email("not-an-address") == "n***"
    assert mask_email("  ") == ""


# --------------------------------------------------------------------------- the engine attaches it


def _people() -> list[dict[str, str]]:
    return [
        {"first_name": "Parissa", "last_name": "Behnia", "email": "parissa.behnia@northwind.example"},
        {"first_name": "*|FNAME|*", "last_name": "Zhang", "email": "wei.zhang@lotusdata.example"},
        {"first_name": "Ludwig", "last_name": "van Beethoven", "email": "ludwig@bonnmusik.example"},
        {"first_name": "*|FNAME|*", "last_name": "Ní Bhriain", "email": "siobhan@shannon.example"},
    ]


def test_diagnostics_carry_the_masked_identity() -> None:
    report = lint0(TEMPLATE, _people())
    found = [(d.code, d.recipient.row, d.recipient.identity) for d in report.diagnostics if d.recipient]
    assert found == [
        ("FL007", 2, "*. Z., w***@lotusdata.example"),
        ("FL007", 4, "*. N., s***@shannon.example"),
    ]
    as_json = report.to_dict()["diagnostics"][0]["recipient"]
    assert as_json == {"row": 2, "source": "<records>", "index": 1, "identity": "*. Z., w***@lotusdata.example"}


def test_show_personal_data_puts_the_full_identity_on_the_ref() -> None:
    report = lint(TEMPLATE, _people(), linter=core_linter({"show-personal-data": True}))
    identities = [d.recipient.identity for d in report.diagnostics if d.recipient]
    assert identities == ["*|FNAME|* Zhang <wei.zhang@lotusdata.example>", "*|FNAME|* Ní Bhriain <siobhan@shannon.example>"]


def test_identity_is_only_worked_out_for_records_with_findings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[str | None] = []
    real = diagnostics_module.identity

    def counting(*args: object, **kwargs: object) -> str | None:
        calls.append(args[0])  # type: ignore[arg-type]
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(diagnostics_module, "identity", counting)
    # two templates sent to the same 201 people; one record has a merge tag for a name
    (tmp_path / "thanks.j2").write_text(TEMPLATE, encoding="utf-8")
    (tmp_path / "recording.j2").write_text("Hello {{ first_name }},\n\nHere is the recording.\n", encoding="utf-8")
    with (tmp_path / "recipients.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["first_name", "last_name", "email"])
        for i in range(201):
            if i == 100:
                writer.writerow(["*|FNAME|*", "Mensah", "kwame.mensah@accra.example"])
            else:
                writer.writerow([f"Aiko{i}", "Tanaka", f"aiko.{i}@sakura.example"])
    report = lint_path0(tmp_path)
    # one record, a finding in each template, one identity worked out for both
    found = [(d.code, d.recipient.row, d.recipient.identity) for d in report.diagnostics if d.recipient]
    assert found == [("FL007", 102, "*. M., k***@accra.example")] * 2
    assert calls == ["*|FNAME|*"]


def test_a_failing_name_view_does_not_lose_the_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("boom")

    monkeypatch.setattr(diagnostics_module, "identity", broken)
    report = lint0(TEMPLATE, _people())
    assert [d.code for d in report.diagnostics] == ["FL007", "FL007"]
    assert all(d.recipient is not None and d.recipient.identity is None for d in report.diagnostics)


def test_identity_and_group_key_survive_pickling() -> None:
    """Workers send diagnostics back to the main process through pickle."""
    ref = RecipientRef(7, "attendees.csv", 5, "P. B., p***@northwind.example")
    diagnostic = Diagnostic("FL104", "greeting-name-casing", Severity.WARNING, 'the greeting name "M…" is ALL CAPS',
                            "t.j2", 3, 4, 3, 20, ref, None, "the greeting name {name} is ALL CAPS")
    copy = pickle.loads(pickle.dumps(diagnostic))
    assert copy == diagnostic
    assert copy.recipient.identity == "P. B., p***@northwind.example"
    assert copy.group_key == "the greeting name {name} is ALL CAPS"
    assert RecipientRef(1, "a.csv", 0).identity is None  # positional construction still works
