"""The result cache of ``check`` (like ruff's): an unchanged campaign is answered from the
report of the last run, without loading the rules or importing spaCy.

One cache file per invocation (the paths given, ``--recipients``, the resolved config and the
version) under ``.followup-lint-cache/`` beside the config file (else in the current folder) or
the config's ``cache-dir``. The file holds a fingerprint of everything the result depends on -
every template's text, every recipients file (size, modification time and a hash of its
content, of its first and last megabyte when it is large), the config, the rule files, the
built-in rule data, the package's own source and the installed rule plugins - and the report:
diagnostics exactly as they are printed, masked. A run with ``show-personal-data`` on neither
reads nor writes the cache, so unmasked values never reach the disk. Cached reports are
replayed through the same output formats, so the output is the same byte for byte.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable, Mapping

from ._version import __version__
from .campaign import build_campaign
from .config import Config
from .model import Diagnostic, Edit, RecipientRef, Scope, Severity
from .registry import Registry
from .report import Report
from .resources import rules_path
from .rule import RuleDocs, RuleSpec
from .scoring import ScoreReason, TemplateScore

CACHE_FORMAT = 1
DEFAULT_DIR = ".followup-lint-cache"
FULL_HASH_LIMIT = 32 * 1024 * 1024  # recipients files up to this size are hashed whole
MAX_ENTRIES = 64  # cached reports kept; older ones are removed
BLOCK = 1024 * 1024  # else the first and last megabyte, with the size and modification time
_PACKAGE_DIR = Path(__file__).resolve().parent


def cache_dir(config: Config) -> Path:
    """``cache-dir`` from the config, else ``.followup-lint-cache`` beside the config file, else
    in the current folder."""
    if config.cache_dir is not None:
        return Path(config.cache_dir)
    return (config.source.parent if config.source is not None else Path.cwd()) / DEFAULT_DIR


class ResultCache:
    """The cache slot of one ``check`` invocation: :meth:`load` a report or :meth:`store` one."""

    def __init__(self, paths: list[Path], config: Config, recipients: Path | None, texts: Mapping[Path, str]) -> None:
        self.config = config
        invocation = _digest([__version__, str(Path.cwd()), [str(p) for p in paths], str(recipients),
                              sorted((str(k), v) for k, v in texts.items()), _config_values(config)])
        self.file = cache_dir(config) / f"v{CACHE_FORMAT}" / f"{invocation}.json"
        self.rule_inputs = _rule_inputs(config)
        """The rule files, rule data, source and plugins, as keyed (the per-template cache reuses them)."""
        self.fingerprint = _digest([invocation, _inputs(paths, config, recipients, texts), self.rule_inputs])

    def load(self) -> tuple[Report, Registry] | None:
        """The cached report and the specs of the rules it mentions, or None on a miss."""
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("fingerprint") != self.fingerprint:
            return None
        try:
            return _report_from(data["report"]), _registry_from(data["rules"])
        except (KeyError, TypeError, ValueError):
            return None  # written by another version or damaged: lint again

    def store(self, report: Report, registry: Registry) -> None:
        """Write the report; a cache that cannot be written is skipped silently (a read-only
        checkout still lints)."""
        if self.config.show_personal_data or report.spilled:  # a run with many findings is not kept
            return
        codes = sorted({d.code for d in report.diagnostics})
        data = {"fingerprint": self.fingerprint, "report": _report_to(report),
                "rules": [_spec_to(registry.rules[c]) for c in codes if c in registry.rules]}
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            _gitignore(self.file.parent.parent)
            handle, temporary = tempfile.mkstemp(dir=self.file.parent, suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False)
            os.replace(temporary, self.file)
            _prune(self.file.parent, keep=self.file)
        except OSError:
            return


def _prune(folder: Path, keep: Path) -> None:
    """At most :data:`MAX_ENTRIES` reports (one per distinct invocation, e.g. each set of files
    a pre-commit run was given): the least recently written go first."""
    entries = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for stale in entries[MAX_ENTRIES:]:
        if stale != keep:
            stale.unlink(missing_ok=True)


def _gitignore(folder: Path) -> None:
    marker = folder / ".gitignore"
    if not marker.exists():
        marker.write_text("# written by followup-lint\n*\n", encoding="utf-8")


def _digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode("utf-8")).hexdigest()[:32]


def _config_values(config: Config) -> list[Any]:
    """The config's resolved values (the send date as the day it resolves to)."""
    values = {f.name: repr(getattr(config, f.name)) for f in dataclasses.fields(config)}
    values["send_date"] = config.effective_send_date.isoformat()
    return sorted(values.items())


def _file_key(path: Path, *, partial_over: int | None = None) -> list[Any]:
    try:
        stat = path.stat()
        with path.open("rb") as handle:
            if partial_over is None or stat.st_size <= partial_over:
                content = hashlib.sha256(handle.read()).hexdigest()
            else:
                head = handle.read(BLOCK)
                handle.seek(-BLOCK, os.SEEK_END)
                content = hashlib.sha256(head + handle.read()).hexdigest()
    except OSError as exc:
        return [str(path), "unreadable", type(exc).__name__]
    return [str(path), stat.st_size, stat.st_mtime_ns, content]


def _inputs(paths: list[Path], config: Config, recipients: Path | None, texts: Mapping[Path, str]) -> list[Any]:
    """Every template's text and every recipients file the campaign resolves to."""
    campaign = build_campaign(paths, config, recipients, dict(texts))
    groups = [[None if g.recipients is None else _file_key(g.recipients, partial_over=FULL_HASH_LIMIT),
               [[t.path, hashlib.sha256(t.text.encode("utf-8", "surrogatepass")).hexdigest()] for t in g.templates]]
              for g in campaign.groups]
    missing = sorted((repr(k), v) for k, v in campaign.missing_campaign_recipients.items())
    return [groups, campaign.unreadable, campaign.missing_recipients, missing, campaign.template_count]


def _rule_inputs(config: Config) -> list[Any]:
    """The rule files, the built-in rule data, the package's source and installed plugins."""
    from . import registry  # its entry_points, so that what the registry sees is what is keyed

    own = [_file_key(Path(p)) for p in config.rule_files]
    if config.source is not None:
        own.append(_file_key(config.source))
    shipped = [_stat(p) for p in sorted(rules_path().rglob("*")) if p.is_file()]
    source = [_stat(p) for p in sorted(_PACKAGE_DIR.rglob("*.py"))]
    plugins = sorted(f"{ep.name}={ep.value}@{getattr(ep.dist, 'version', '')}" for ep in registry.entry_points(group=registry.ENTRY_POINT_GROUP))
    return [own, shipped, source, plugins]


def _stat(path: Path) -> list[Any]:
    stat = path.stat()
    return [str(path), stat.st_size, stat.st_mtime_ns]


# ---------------------------------------------------------------- report <-> JSON


def _report_to(report: Report) -> dict[str, Any]:
    return {
        "diagnostics": [_diagnostic_to(d) for d in report.diagnostics],
        "fail_level": report.fail_level.value, "templates": report.templates, "recipients": report.recipients,
        "summary": report.summary, "scores": [_score_to(s) for s in report.scores],
        "template_paths": report.template_paths, "recipient_files": report.recipient_files,
        "recipient_counts": report.recipient_counts, "template_recipients": report.template_recipients,
    }


def _report_from(data: dict[str, Any]) -> Report:
    report = Report([_diagnostic_from(d) for d in data["diagnostics"]], Severity(data["fail_level"]),
                    data["templates"], data["recipients"], data["summary"])
    report.scores = [_score_from(s) for s in data["scores"]]
    report.template_paths = list(data["template_paths"])
    report.recipient_files = list(data["recipient_files"])
    report.recipient_counts = dict(data["recipient_counts"])
    report.template_recipients = dict(data["template_recipients"])
    return report


def _diagnostic_to(d: Diagnostic) -> list[Any]:
    ref = d.recipient
    return [d.code, d.name, d.severity.value, d.message, d.path, d.line, d.column, d.end_line, d.end_column,
            None if ref is None else [ref.row, ref.source, ref.index, ref.identity, ref.key, ref.record],
            d.fix, d.group_key, None if d.edit is None else dataclasses.astuple(d.edit)]


def _diagnostic_from(row: list[Any]) -> Diagnostic:
    code, name, severity, message, path, line, column, end_line, end_column, ref, fix, group_key, edit = row
    return Diagnostic(code, name, Severity(severity), message, path, line, column, end_line, end_column,
                      None if ref is None else RecipientRef(*ref), fix, group_key, None if edit is None else Edit(*edit))


def _score_to(score: TemplateScore) -> dict[str, Any]:
    return {"path": score.path, "score": score.score, "reasons": [[r.points, r.reason] for r in score.reasons],
            "fields": list(score.fields), "readability": score.readability}


def _score_from(data: dict[str, Any]) -> TemplateScore:
    return TemplateScore(data["path"], data["score"], tuple(ScoreReason(*r) for r in data["reasons"]),
                         tuple(data["fields"]), data["readability"])


def _spec_to(spec: RuleSpec) -> dict[str, Any]:
    return {"code": spec.code, "name": spec.name, "scope": spec.scope.value, "severity": spec.severity.value,
            "docs": dataclasses.asdict(spec.docs), "origin": spec.origin}


def _registry_from(specs: Iterable[dict[str, Any]]) -> Registry:
    """The specs the formats read (SARIF's rule descriptions); no checks are loaded."""
    registry = Registry()
    for s in specs:
        registry.rules[s["code"]] = RuleSpec(s["code"], s["name"], Scope(s["scope"]), Severity(s["severity"]),
                                             RuleDocs(**s["docs"]), s["origin"])
    return registry
