"""followup-lint: lint outbound email templates against the recipients they will be sent to.

>>> import followup_lint
>>> report = followup_lint.lint("Hi {{ last_name }},", [{"first_name": "Parissa", "last_name": "Behnia"}])
>>> report.ok
False
"""

from __future__ import annotations

from ._version import __version__ as __version__
from .api import lint, lint_path
from .config import (
    Config,
    ConfigError,
    config_from_mapping,
    discover_config,
    load_config,
)
from .content.inspect import sentence_roles
from .engine import Linter
from .model import Diagnostic, Finding, RecipientRef, Scope, Severity, Span
from .report import Report
from .rule import (
    SKIP,
    Check,
    MessageCheck,
    RecipientCheck,
    RuleDocs,
    RuleSpec,
    TemplateCheck,
)
from .verdicts import Reason, Verdict

# ``Rule`` is the documented name for a rule's identity in the public API.
Rule = RuleSpec

__all__ = [
    "Check",
    "Config",
    "ConfigError",
    "Diagnostic",
    "Finding",
    "Linter",
    "Reason",
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
    "Verdict",
    "config_from_mapping",
    "discover_config",
    "lint",
    "lint_path",
    "load_config",
    "sentence_roles",
]
