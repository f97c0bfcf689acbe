"""followup-lint: lint outbound email templates against the recipients they will be sent to.

>>> import followup_lint
>>> report = followup_lint.lint("Hi {{ last_name }},", [{"first_name": "Parissa", "last_name": "Behnia"}])
>>> report.ok
False
"""

from __future__ import annotations

from .api import lint, lint_path
from .content.inspect import sentence_roles
from .config import Config, ConfigError
from .engine import Linter
from .model import Diagnostic, Finding, RecipientRef, Scope, Severity, Span
from .report import Report
from .rule import SKIP, Check, MessageCheck, RecipientCheck, RuleDocs, RuleSpec, TemplateCheck

__version__ = "0.1.0"

# ``Rule`` is the documented name for a rule's identity in the public API.
Rule = RuleSpec

__all__ = [
    "Check",
    "Config",
    "ConfigError",
    "Diagnostic",
    "Finding",
    "Linter",
    "MessageCheck",
    "RecipientCheck",
    "RecipientRef",
    "Report",
    "Rule",
    "RuleDocs",
    "RuleSpec",
    "SKIP",
    "Scope",
    "Severity",
    "Span",
    "TemplateCheck",
    "lint",
    "lint_path",
    "sentence_roles",
]
