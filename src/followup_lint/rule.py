"""The rule model: a rule's identity and docs (from YAML), and the Python check interface.

A rule pack is YAML: each rule has a code, a kebab-case name, a scope, a default severity,
docs and either ``check: module:Class`` (Python logic) or ``type: existence``/``substitution``
(declarative phrase rules). The engine stamps code, name, severity and location on what a check
yields, so checks stay pure: no I/O, no formatting of locations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Iterable, Mapping

from .model import Finding, Scope, Severity

if TYPE_CHECKING:
    from .context import MessageContext, RecipientContext, RunContext, TemplateContext

CODE_PATTERN = re.compile(r"^[A-Z]{2,4}\d{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")

FAMILIES = {
    "0": "template and input integrity",
    "1": "salutation",
    "2": "opener and tone",
    "3": "personalization",
    "4": "recipient records",
    "5": "subject and compliance",
}


@dataclass(frozen=True, slots=True)
class RuleDocs:
    """Documentation that feeds ``followup-lint rule CODE``, the docs pages and SARIF."""

    summary: str
    what: str = ""
    why: str = ""
    example: str = ""
    instead: str = ""

    def as_markdown(self) -> str:
        parts = []
        if self.what:
            parts.append(f"## What it does\n\n{self.what.strip()}")
        if self.why:
            parts.append(f"## Why it matters\n\n{self.why.strip()}")
        if self.example:
            parts.append(f"## Example\n\n```jinja\n{self.example.strip()}\n```")
        if self.instead:
            parts.append(f"## Write instead\n\n{self.instead.strip()}")
        return "\n\n".join(parts)


@dataclass(slots=True)
class RuleSpec:
    """A rule's identity, docs, options and data, as declared in a rule pack."""

    code: str
    name: str
    scope: Scope
    severity: Severity
    docs: RuleDocs
    origin: str  # the pack (file or plugin) that declared the rule
    implementation: str | None = None  # "module:Class" for Python checks
    kind: str = "python"  # "python", "existence", "substitution"
    options: dict[str, Any] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)
    enabled_by_default: bool = True
    needs_nlp: bool = False
    severity_by_kind: dict[str, Severity] = field(default_factory=dict)
    """Default severity for templates of a kind (front matter ``kind:``), over ``severity``:
    a nameless sign-off is a warning in a follow-up and info elsewhere."""

    @property
    def family(self) -> str:
        return FAMILIES.get(self.code[-3], "other") if self.code.startswith("FL") else "plugin"


class Check:
    """Base class for a rule's logic.

    Subclasses set ``scope`` and implement :meth:`check`. :meth:`prepare` runs once per
    template (message and template scope) or once per run (recipient scope) and returns state
    passed to every :meth:`check` call; returning :data:`SKIP` turns the check off for that
    template, which is how a check avoids per-recipient work it does not need.
    :meth:`finish` runs once after the last record, for findings that need the whole stream.
    """

    scope: ClassVar[Scope] = Scope.MESSAGE
    needs_rendering: ClassVar[bool] = True
    """Message checks: False when ``check`` reads only the record and the template, so it still
    runs for a recipient whose message failed to render."""
    parallel_safe: ClassVar[bool] = True
    """Whether ``check`` may run on a share of the records in another process. A check that
    keeps state across records (duplicates, "no record has this field") sets this to False
    and then sees every record, in the main process."""
    record_memo: ClassVar[bool] = False
    """True when ``check`` is a function of what it reads from the record, the rendered message
    and its state, and keeps nothing per record: its findings are then reused for records with
    the same values (check_memo.py)."""

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec
        self.options: Mapping[str, Any] = spec.options
        self.data: Mapping[str, Any] = spec.data

    def prepare(self, context: TemplateContext | RunContext) -> Any:
        return None

    def check(self, target: Any, state: Any) -> Iterable[Finding]:
        raise NotImplementedError

    def check_template(self, template: TemplateContext, state: Any) -> Iterable[Finding]:
        """Message checks only: findings visible in the template alone, reported once per
        template even when there are no recipients (``Hi {{ last_name }},``)."""
        return ()

    def finish(self, state: Any) -> Iterable[Finding]:
        return ()


class _Skip:
    def __repr__(self) -> str:
        return "SKIP"

    def __bool__(self) -> bool:
        return False


SKIP: Any = _Skip()


class TemplateCheck(Check):
    scope = Scope.TEMPLATE

    def check(self, target: TemplateContext, state: Any) -> Iterable[Finding]:  # type: ignore[override]
        raise NotImplementedError


class RecipientCheck(Check):
    scope = Scope.RECIPIENT

    def check(self, target: RecipientContext, state: Any) -> Iterable[Finding]:  # type: ignore[override]
        raise NotImplementedError


class MessageCheck(Check):
    scope = Scope.MESSAGE

    def check(self, target: MessageContext, state: Any) -> Iterable[Finding]:  # type: ignore[override]
        raise NotImplementedError
