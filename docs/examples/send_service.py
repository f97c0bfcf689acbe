"""A sending service's use of followup-lint: read the CRM export into pandas, lint the
follow-up template against it, send only the records nothing holds back, and log why the
others were held.

    python docs/examples/send_service.py TEMPLATE EXPORT.csv

Sending is a stub here (it prints); in a real service it is your email provider's API.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pandas as pd

import followup_lint
from followup_lint import Config, Report, Severity, Verdict

log = logging.getLogger("campaign")


def lint_campaign(template: str, contacts: pd.DataFrame) -> Report:
    config = Config(
        select=["FL0", "FL1", "FL3", "FL4"],        # lists and strings, validated like the config file
        severity={"FL404": "error"},                # an ALL CAPS name blocks the send here
        fail_level="error",
        show_personal_data=True,                    # this service may see the data it sends
    )
    return followup_lint.lint(template, contacts, config=config)


def send(contact: pd.Series) -> None:
    print(f"sending to row {contact.name}")


def log_held(verdict: Verdict) -> None:
    for reason in verdict.reasons:
        level = logging.ERROR if reason.severity is Severity.ERROR else logging.WARNING
        log.log(level, "held row %s: %s %s (%s)", verdict.row, reason.code, reason.message, reason.scope)


def main(argv: list[str]) -> int:
    template_path, export_path = Path(argv[0]), Path(argv[1])
    contacts = pd.read_csv(export_path)
    report = lint_campaign(template_path.read_text(encoding="utf-8"), contacts)
    to_send, to_hold = report.split(contacts)
    for _, contact in to_send.iterrows():
        send(contact)
    for verdict in report.iter_verdicts():
        if verdict.hold:
            log_held(verdict)
    print(f"sent {len(to_send)}, held {len(to_hold)}")
    return 0 if len(to_send) else 1


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    sys.exit(main(sys.argv[1:]))
