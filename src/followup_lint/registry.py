"""Rule discovery: built-in packs, entry-point plugins and users' own YAML rule files.

Built-in rules come through the same entry-point group as third-party plugins
(``followup_lint.rules``). A plugin or pack that fails to load is reported as an FL011
diagnostic and the others still load.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Callable, Iterable

import yaml

from .model import Scope, Severity
from .resources import load_yaml
from .rule import CODE_PATTERN, NAME_PATTERN, Check, RuleDocs, RuleSpec
from .template_kinds import TEMPLATE_KINDS, normalise_kind

ENTRY_POINT_GROUP = "followup_lint.rules"
_RULE_KEYS = {
    "code", "name", "scope", "severity", "summary", "docs", "check", "type", "options", "data",
    "default", "nlp", "message", "tokens", "patterns", "swap", "ignore_case", "in", "exceptions",
    "token_patterns", "nonword", "severity_by_kind",
}
_DOC_KEYS = {"what", "why", "example", "instead"}

# What a plugin's import or constructor may raise without ending the run: a plugin calling
# sys.exit() while loading must not make the run exit 0 with no output (a real Ctrl-C still stops it).
_PLUGIN_FAILURES = (Exception, SystemExit, GeneratorExit)

# Declarative rule types ("existence", "substitution", ...) register their Check class here.
DECLARATIVE_TYPES: dict[str, str] = {
    "existence": "followup_lint.checks.phrases:ExistenceCheck",
    "substitution": "followup_lint.checks.phrases:SubstitutionCheck",
}


@dataclass(frozen=True, slots=True)
class LoadProblem:
    """A pack, plugin or rule that could not be loaded."""

    origin: str
    message: str
    line: int = 1


@dataclass(slots=True)
class Registry:
    rules: dict[str, RuleSpec] = field(default_factory=dict)  # by code
    checks: dict[str, Check] = field(default_factory=dict)  # by code
    problems: list[LoadProblem] = field(default_factory=list)
    lexicon: Any = None
    """Cue lexicons with the cues rule packs add (``cues:``); None when no pack adds any."""

    def by_name(self, name: str) -> RuleSpec | None:
        for spec in self.rules.values():
            if spec.name == name:
                return spec
        return None

    def lookup(self, code_or_name: str) -> RuleSpec | None:
        return self.rules.get(code_or_name.upper()) or self.by_name(code_or_name.lower())

    def add_pack_file(self, path: Path, origin: str | None = None) -> None:
        origin = origin or str(path)
        try:
            raw = load_yaml(path.read_text(encoding="utf-8"))
        except OSError as exc:
            self.problems.append(LoadProblem(origin, f"cannot read rule pack: {exc.strerror or exc}"))
            return
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            self.problems.append(
                LoadProblem(origin, f"rule pack is not valid YAML: {getattr(exc, 'problem', exc)}", (mark.line + 1) if mark else 1)
            )
            return
        self.add_pack_data(raw, origin, base_dir=path.parent)

    def add_pack_data(self, raw: Any, origin: str, base_dir: Path | None = None) -> None:
        entries = raw.get("rules") if isinstance(raw, dict) else None
        if isinstance(raw, dict) and "cues" in raw:
            self.add_cues(raw["cues"], origin)
            if entries is None:
                return
        if not isinstance(entries, list):
            self.problems.append(LoadProblem(origin, "a rule pack must be a mapping with a 'rules:' list"))
            return
        shared = raw.get("data", {}) if isinstance(raw.get("data", {}), dict) else {}
        for entry in entries:
            try:
                spec = parse_rule(entry, origin, shared, base_dir)
            except ValueError as exc:
                self.problems.append(LoadProblem(origin, str(exc)))
                continue
            self.add_rule(spec)

    def add_cues(self, block: Any, origin: str) -> None:
        """A pack's ``cues:`` block: cue phrases added to roles (see docs/custom-rules.md)."""
        from .content.lexicon import LexiconError, add_user_cues, builtin_lexicon

        try:
            lexicon = self.lexicon if self.lexicon is not None else builtin_lexicon().copy()
            add_user_cues(lexicon, block, origin)
        except (LexiconError, OSError, yaml.YAMLError) as exc:
            self.problems.append(LoadProblem(origin, str(exc)))
            return
        self.lexicon = lexicon

    def add_rule(self, spec: RuleSpec, check_class: type[Check] | None = None) -> None:
        if spec.code in self.rules:
            self.problems.append(
                LoadProblem(spec.origin, f"rule {spec.code} is already defined by {self.rules[spec.code].origin}; this one is ignored")
            )
            return
        if self.by_name(spec.name) is not None:
            self.problems.append(LoadProblem(spec.origin, f"rule name {spec.name!r} is already taken; {spec.code} is ignored"))
            return
        try:
            cls = check_class or _import_check(spec)
            check = cls(spec)
        except _PLUGIN_FAILURES as exc:  # a broken plugin must not stop the run
            self.problems.append(
                LoadProblem(spec.origin, f"rule {spec.code} ({spec.name}) failed to load: {type(exc).__name__}: {exc}")
            )
            return
        if check.scope != spec.scope:
            spec.scope = check.scope
        self.rules[spec.code] = spec
        self.checks[spec.code] = check

    def add_entry_point(self, name: str, loader: Callable[[], Any]) -> None:
        origin = f"plugin {name!r}"
        try:
            provided = loader()
            items = provided() if callable(provided) else provided
            for item in items:
                if isinstance(item, (str, Path)):
                    self.add_pack_file(Path(item), f"{origin} ({Path(item).name})")
                elif isinstance(item, RuleSpec):
                    self.add_rule(item)
                elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], RuleSpec):
                    self.add_rule(item[0], item[1])
                else:
                    raise TypeError(f"plugin yielded {type(item).__name__}; expected a YAML path or RuleSpec")
        except _PLUGIN_FAILURES as exc:
            self.problems.append(LoadProblem(origin, f"plugin failed to load: {type(exc).__name__}: {exc}"))


def _import_check(spec: RuleSpec) -> type[Check]:
    target = spec.implementation or DECLARATIVE_TYPES.get(spec.kind)
    if not target or ":" not in target:
        raise ValueError(f"no check implementation given (expected 'module:Class', got {target!r})")
    module_name, _, attr = target.partition(":")
    module = importlib.import_module(module_name)
    cls = getattr(module, attr)
    if not (isinstance(cls, type) and issubclass(cls, Check)):
        raise TypeError(f"{target} is not a followup_lint Check subclass")
    return cls


def _known_kind(value: Any) -> str:
    """A ``severity_by_kind`` key, normalised ("Follow up" -> "follow-up"); unknown kinds are an error."""
    kind = normalise_kind(value)
    if kind is None:
        raise ValueError(f"severity_by_kind: unknown template kind {value!r}; expected one of: {', '.join(TEMPLATE_KINDS)}")
    return kind


def parse_rule(entry: Any, origin: str, shared: dict[str, Any] | None = None, base_dir: Path | None = None) -> RuleSpec:
    """Validate one rule entry of a pack; raises ValueError with an exact message."""
    if not isinstance(entry, dict):
        raise ValueError(f"each rule must be a mapping, found {type(entry).__name__}")
    code = str(entry.get("code", "")).strip().upper()
    label = code or str(entry.get("name", "?"))
    unknown = sorted(set(entry) - _RULE_KEYS)
    if unknown:
        raise ValueError(f"rule {label}: unknown key(s) {', '.join(unknown)}")
    if not CODE_PATTERN.match(code):
        raise ValueError(f"rule {label}: code must look like 'FL101' or 'ACME001'")
    name = str(entry.get("name", "")).strip()
    if not NAME_PATTERN.match(name):
        raise ValueError(f"rule {code}: name {name!r} must be kebab-case, like 'greeting-uses-surname'")
    try:
        severity = Severity.parse(entry.get("severity", "warning"))
        by_kind_raw = entry.get("severity_by_kind") or {}
        if not isinstance(by_kind_raw, dict):
            raise ValueError("'severity_by_kind' must map template kinds to severities, like {follow-up: warning}")
        severity_by_kind = {_known_kind(k): Severity.parse(v) for k, v in by_kind_raw.items()}
        # declarative phrase rules run on the template unless told otherwise
        scope = Scope(str(entry.get("scope", "message" if "check" in entry or "type" not in entry else "template")))
    except ValueError as exc:
        raise ValueError(f"rule {code}: {exc}") from None
    docs_raw = entry.get("docs") or {}
    if not isinstance(docs_raw, dict) or set(docs_raw) - _DOC_KEYS:
        raise ValueError(f"rule {code}: docs must be a mapping with keys {', '.join(sorted(_DOC_KEYS))}")
    summary = str(entry.get("summary") or "").strip()
    if not summary:
        raise ValueError(f"rule {code}: a one-line 'summary' is required")
    docs = RuleDocs(summary=summary, **{k: str(v) for k, v in docs_raw.items()})
    kind = str(entry.get("type", "python"))
    implementation = entry.get("check")
    if kind == "python" and not implementation:
        raise ValueError(f"rule {code}: give either 'check: module:Class' or a 'type'")
    if kind != "python" and kind not in DECLARATIVE_TYPES:
        raise ValueError(f"rule {code}: unknown rule type {kind!r}; expected one of {', '.join(sorted(DECLARATIVE_TYPES))}")
    data = dict(shared or {})
    data.update(entry.get("data") or {})
    for key in ("message", "tokens", "patterns", "swap", "ignore_case", "in", "exceptions", "token_patterns", "nonword"):
        if key in entry:
            data[key] = entry[key]
    options = dict(entry.get("options") or {})
    return RuleSpec(
        code=code,
        name=name,
        scope=scope,
        severity=severity,
        docs=docs,
        origin=origin,
        implementation=str(implementation) if implementation else None,
        kind=kind,
        options=options,
        data=data,
        enabled_by_default=bool(entry.get("default", True)),
        needs_nlp=bool(entry.get("nlp", False)),
        severity_by_kind=severity_by_kind,
    )


def build_registry(extra_rule_files: Iterable[Path] = (), *, plugins: bool = True) -> Registry:
    """Load built-in rules and plugins (entry points), then the user's own rule files."""
    registry = Registry()
    seen_builtin = False
    if plugins:
        for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: (e.name != "builtin", e.name)):
            if ep.name == "builtin" and ep.value.startswith("followup_lint."):
                if seen_builtin:
                    continue
                seen_builtin = True
            registry.add_entry_point(ep.name, ep.load)
    if not seen_builtin:  # running from a source tree without an install
        from .builtin import rule_pack

        registry.add_entry_point("builtin", lambda: rule_pack)
    for path in extra_rule_files:
        registry.add_pack_file(Path(path))
    return registry
