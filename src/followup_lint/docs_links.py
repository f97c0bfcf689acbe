"""Stable addresses of the documentation site (built from docs/ with mkdocs).

Rule pages live at ``rules/FL101/``; SARIF ``helpUri`` and ``followup-lint rule`` use them.
"""

from __future__ import annotations

import os

DOCS_URL = "https://followup-lint.readthedocs.io/en/latest/"


def docs_url() -> str:
    """The site's base address; ``FOLLOWUP_LINT_DOCS_URL`` points it at a mirror or a local build."""
    base = os.environ.get("FOLLOWUP_LINT_DOCS_URL") or DOCS_URL
    return base if base.endswith("/") else base + "/"


def rule_url(code: str) -> str:
    """The rule's page, for built-in rules (``FL`` codes); plugin rules have none here."""
    return f"{docs_url()}rules/{code}/"


def is_builtin(code: str) -> bool:
    return code.startswith("FL") and code[2:].isdigit()
