"""Large lists are linted by forked workers; the report must equal a sequential run."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from followup_lint import Config, Linter, lint_path, parallel

pytestmark = pytest.mark.skipif(parallel.job_count(2) < 2, reason="needs the fork start method")

TEMPLATE = """---
subject: "Your recording: {{ webinar_title }}"
kind: follow-up
---
Hi {{ first_name }},{# followup-lint: disable=FL104 #}

Thanks for joining {{ webinar_title }}. Here is the recording: {{ recording_url }}
{{ frist_name }}
Best,
Dana
"""

GIVEN = ["Parissa", "Wei", "José", "Mary-Jane", "Siobhán", "Ludwig", "Aiko", "Kwame"]
FAMILY = ["Behnia", "Zhang", "García Márquez", "Watson", "Ní Bhriain", "van Beethoven", "Tanaka", "Mensah"]


def _write_list(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["first_name", "last_name", "email", "webinar_title", "recording_url"])
        for i in range(rows):
            given, family = GIVEN[i % len(GIVEN)], FAMILY[(i * 3) % len(FAMILY)]
            email = f"{given.lower()}.{i}@example.com"
            if i % 97 == 5:
                given = given.upper()  # FL104 in workers, suppressed by the inline comment
            if i % 131 == 7:
                given = "test"  # FL105 / FL405
            if i % 150 == 149:
                email = "guest.0@example.com"  # duplicates across chunks: FL402 in the main process
            writer.writerow([given, family, email, "Retention 101", "https://example.com/r"])


@pytest.fixture()
def campaign(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.setattr(parallel, "SEQUENTIAL_RECORDS", 60)
    monkeypatch.setattr(parallel, "CHUNK_RECORDS", 45)
    template = tmp_path / "follow-up.j2"
    template.write_text(TEMPLATE, encoding="utf-8")
    recipients = tmp_path / "recipients.csv"
    _write_list(recipients, 700)
    return template, recipients


def test_parallel_report_equals_sequential(campaign: tuple[Path, Path]) -> None:
    template, recipients = campaign
    sequential = lint_path(template, recipients=recipients, linter=Linter(Config(jobs=1))).to_dict()
    forked = lint_path(template, recipients=recipients, linter=Linter(Config(jobs=2))).to_dict()
    assert forked == sequential
    codes = sequential["summary"]["by_code"]
    assert codes.get("FL402", 0) >= 3  # duplicates found across chunk boundaries
    assert codes.get("FL003") == 1  # 'frist_name' reported once, from the main process
    assert "FL104" not in codes  # suppressed inside the workers too
    assert "FL009" not in codes  # ... so the suppression counts as used
    assert codes.get("FL105", 0) >= 5
    assert sequential["summary"]["recipients"] == 700


def test_job_count_honours_configuration() -> None:
    assert parallel.job_count(1) == 1
    assert parallel.job_count(3) == 3
    assert parallel.job_count(0) >= 1
