"""Severity by template kind: one declared mechanism (``severity_by_kind`` in a rule pack),
used by FL306: a nameless sign-off is a warning in one-to-one emails, info elsewhere."""

from __future__ import annotations

import pytest

from followup_lint import Config, Linter, lint
from followup_lint.model import Severity
from followup_lint.registry import parse_rule
from followup_lint.testing import run_rules

BODY = "Hi {{ first_name }},\n\nHere is the recording of Retention Metrics 101 and the slide deck.\n\n"


@pytest.mark.parametrize(
    ("kind", "closing", "severity"),
    [
        ("follow-up", "Best regards,\nThe Marketing Team", "warning"),
        ("prospecting", "Thanks,\nSales Team", "warning"),
        ("reply", "Cheers,\nThe Acme Team", "warning"),
        ("follow-up", "Best regards,\nNorthwind Analytics Ltd", "warning"),
        ("prospecting", "Best regards,", "warning"),
        (None, "Best regards,\nThe Marketing Team", "info"),
        ("transactional", "Kind regards,\nThe Customer Success Team", "info"),  # a broadcast kind: info
        ("newsletter", "Best,\nThe Acme Team", "info"),
        ("marketing", "Best,\nThe Northwind Events Team", "info"),
        ("follow-up", "Best,\nMaya Okafor\nCustomer Success, Northwind", None),  # a person signs
        ("reply", "Thanks,\nSiobhán Ní Bhriain", None),
    ],
)
def test_nameless_sign_off_severity_by_kind(kind: str | None, closing: str, severity: str | None) -> None:
    front = f"---\nkind: {kind}\n---\n" if kind else ""
    found = run_rules("FL306", front + BODY + closing)
    assert [d.severity.value for d in found] == ([severity] if severity else [])


def test_config_severity_still_wins_over_the_kind() -> None:
    linter = Linter(Config(select=("FL306",), severity={"FL306": Severity.ERROR}))
    [found] = lint("---\nkind: follow-up\n---\n" + BODY + "Best,\nThe Acme Team", linter=linter).diagnostics
    assert found.severity is Severity.ERROR


def test_reply_is_a_template_kind() -> None:
    assert run_rules("FL012", "---\nkind: reply\n---\n" + BODY + "Thanks,\nDana") == []


def test_severity_by_kind_is_validated() -> None:
    entry = {"code": "ACME001", "name": "acme-rule", "check": "x:Y", "summary": "Something.",
             "severity_by_kind": {"follow-up": "loud"}}
    with pytest.raises(ValueError, match="unknown severity 'loud'"):
        parse_rule(entry, "test")
    entry["severity_by_kind"] = ["follow-up"]
    with pytest.raises(ValueError, match="severity_by_kind"):
        parse_rule(entry, "test")
    entry["severity_by_kind"] = {"follow-up": "warning"}
    assert parse_rule(entry, "test").severity_by_kind == {"follow-up": Severity.WARNING}
