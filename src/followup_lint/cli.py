"""The ``followup-lint`` command.

Exit status: 0 when nothing reaches the fail level, 1 when something does, 2 for a usage or
configuration error (reported in one line).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Iterator, NoReturn, Sequence

from . import progress
from ._version import __version__
from .api import lint_path
from .baseline import apply_baseline, write_baseline
from .cache import ResultCache
from .campaign import expand_inputs
from .config import Config, ConfigError, discover_config, load_config, parse_send_date
from .docs_links import is_builtin, rule_url
from .engine import Linter
from .formats import FORMATS, FormatOptions, resolve_format
from .model import Severity
from .outputs import (
    Destination,
    check_writable,
    parse_report_option,
    use_color,
    write_report,
    write_step_summary,
)
from .registry import Registry, build_registry
from .report import Report
from .settings import collect_settings, format_settings
from .template_cache import TemplateCache


def _split(values: list[str] | None) -> tuple[str, ...] | None:
    if not values:
        return None
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


class _Parser(argparse.ArgumentParser):
    """Usage errors in one line (argparse prints the whole usage block first), exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="followup-lint",
        description="Lint email templates against the recipients they will be sent to.",
    )
    parser.add_argument("-V", "--version", action="version", version=f"followup-lint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="lint templates or campaign folders")
    check.add_argument("paths", nargs="*", type=Path, default=[Path(".")], metavar="PATH",
                       help="template files or campaign folders (default: current folder); a recipients file or a "
                            "config file stands for the templates it affects; - reads one template from stdin")
    check.add_argument("--stdin-filename", type=Path, metavar="PATH",
                       help="with -: the template's path, which decides its recipients file and config")
    check.add_argument("-r", "--recipients", type=Path, help="recipients file (CSV, JSON array or JSONL) for all templates")
    check.add_argument("-f", "--format", default="auto", choices=("auto", *FORMATS),
                       help="output format (auto: github under GitHub Actions, else text)")
    check.add_argument("-o", "--output", type=Path, help="write the report to this file instead of stdout")
    check.add_argument("--report", action="append", default=[], metavar="FORMAT=PATH",
                       help="also write a report in another format from the same run, e.g. sarif=followup-lint.sarif "
                            "(repeatable)")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when findings reach the fail level")
    check.add_argument("-q", "--quiet", action="store_true",
                       help="print the findings only: no scores, summary line or warnings")
    check.add_argument("--show-settings", action="store_true",
                       help="print the config, recipients file, send date and rules that apply to each template, "
                            "and lint nothing")
    check.add_argument("--baseline", type=Path, metavar="FILE",
                       help="hide the findings recorded in this baseline; report only new ones and how many are fixed")
    check.add_argument("--write-baseline", type=Path, metavar="FILE",
                       help="record every current finding in FILE (then exit 0) to adopt the linter on existing templates")
    check.add_argument("--select", action="append", metavar="RULES", help="only these rules (codes, prefixes or names, comma-separated)")
    check.add_argument("--extend-select", action="append", metavar="RULES", help="add rules to the selection")
    check.add_argument("--ignore", action="append", metavar="RULES", help="skip these rules")
    check.add_argument("--fail-on", "--fail-level", dest="fail_on", choices=[s.value for s in Severity],
                       help="lowest severity that fails the run (default: error; --fail-level is an alias)")
    check.add_argument("--config", type=Path, help="config file (default: nearest .followup-lint.toml or pyproject.toml)")
    check.add_argument("--isolated", action="store_true", help="ignore all config files")
    check.add_argument("--locale", help="default locale for templates without one (en, de, fr, es, nl)")
    check.add_argument("--show-pii", "--show-personal-data", dest="show_personal_data", action="store_true", default=None,
                       help="show recipients' full names and emails (masked by default: 'P. B., p***@example.com')")
    check.add_argument("--no-progress", dest="progress", action="store_false",
                       help="no progress line on stderr for large recipient files")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    check.add_argument("--statistics", action="store_true",
                       help="count findings per rule instead of listing them (text and json formats)")
    check.add_argument("--send-date", metavar="YYYY-MM-DD",
                       help="the day the emails go out, for time references like 'yesterday' (default: today)")
    check.add_argument("-j", "--jobs", type=int, metavar="N",
                       help="worker processes for large recipient lists (default: one per CPU core; 1 = no workers)")
    check.add_argument("--fix", action="store_true",
                       help="apply safe fixes to the template files, then report what remains (exit status as without --fix)")
    check.add_argument("--unsafe-fixes", action="store_true",
                       help="with --fix or --diff: also apply fixes that can change what some recipients read "
                            "(FL104 title-casing; see `followup-lint rule FL104`)")
    check.add_argument("--no-cache", dest="cache", action="store_false",
                       help="lint everything again: neither read nor write the result cache (.followup-lint-cache/)")
    check.add_argument("--diff", action="store_true",
                       help="print the fixes as a unified diff and write nothing; exit status 1 if there is "
                            "anything to fix, else 0")

    preview = sub.add_parser(
        "preview", help="render one recipient's message with their findings marked (shows personal data)",
        description="Render TEMPLATE for one recipient in the sandbox and print it, subject included, with that "
                    "recipient's findings marked inline as «text»[n] and listed below. Unlike `check`, this shows "
                    "personal data: it is a request to read one person's message. Exit status: 0, or 1 when a "
                    "finding reaches the fail level or the message cannot be rendered, 2 when the row or a file "
                    "does not exist.")
    preview.add_argument("template", type=Path, metavar="TEMPLATE", help="the template file")
    preview.add_argument("-r", "--recipients", type=Path,
                         help="recipients file (default: the front matter's recipients:, else recipients.csv/.json/.jsonl "
                              "next to the template)")
    which = preview.add_mutually_exclusive_group(required=True)
    which.add_argument("--row", type=int, metavar="N",
                       help="the row shown in reports: the line a record starts on in the recipients file "
                            "(in a CSV the header is line 1, so the first record is row 2)")
    which.add_argument("--index", type=int, metavar="I",
                       help="the record's 0-based position in the file (recipient.index in JSON reports)")
    preview.add_argument("--config", type=Path, help="config file (default: nearest .followup-lint.toml or pyproject.toml)")
    preview.add_argument("--isolated", action="store_true", help="ignore all config files")
    preview.add_argument("--select", action="append", metavar="RULES", help="only these rules (codes, prefixes or names)")
    preview.add_argument("--ignore", action="append", metavar="RULES", help="skip these rules")
    preview.add_argument("--color", choices=("auto", "always", "never"), default="auto")

    rule = sub.add_parser("rule", help="show a rule's documentation")
    rule.add_argument("rule", metavar="CODE", help="rule code or name, e.g. FL101 or greeting-uses-surname")
    rule.add_argument("-f", "--format", default="text", choices=("text", "json"))

    roles = sub.add_parser("roles", help="print each sentence of a template with its segment, roles and evidence")
    roles.add_argument("template", type=Path, metavar="TEMPLATE", help="the template file")
    roles.add_argument("--locale", help="language of the template (en, de, fr, es, nl; default: the front matter's, else guessed)")
    roles.add_argument("--no-model", action="store_true", help="cue lexicons only, without the trained classifier")
    roles.add_argument("--color", choices=("auto", "always", "never"), default="auto")

    rules = sub.add_parser("rules", help="list all rules")
    rules.add_argument("-f", "--format", default="text", choices=("text", "json"))
    rules.add_argument("--config", type=Path, help="config file whose rule-files are included")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "rule":
            return _rule(args)
        if args.command == "rules":
            return _rules(args)
        if args.command == "preview":
            return _preview(args)
        if args.command == "roles":
            return _roles(args)
    except ConfigError as exc:
        print(f"followup-lint: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into `head`
        return 1
    except KeyboardInterrupt:  # the user's Ctrl-C (a rule's own KeyboardInterrupt is an FL010)
        print("followup-lint: interrupted", file=sys.stderr)
        return 130
    parser.print_help()
    return 2


def _load_config(args: argparse.Namespace) -> Config:
    if getattr(args, "isolated", False):
        return Config()
    if args.config is not None:
        return load_config(args.config)
    start = args.paths[0] if getattr(args, "paths", None) else Path.cwd()
    if str(start) == "-" and getattr(args, "stdin_filename", None) is not None:
        start = args.stdin_filename.parent if not args.stdin_filename.exists() else args.stdin_filename
    return discover_config(start if start.exists() else Path.cwd())


def _check(args: argparse.Namespace) -> int:
    config = _load_config(args).merged(
        select=_split(args.select),
        extend_select=_split(args.extend_select),
        ignore=_split(args.ignore),
        fail_level=Severity.parse(args.fail_on) if args.fail_on else None,
        locale=args.locale,
        show_personal_data=args.show_personal_data,
        jobs=args.jobs,
        send_date=parse_send_date(args.send_date) if args.send_date else None,
    )
    if config.jobs < 0:
        raise ConfigError("--jobs must be 0 (one per CPU core) or a positive number")
    if args.recipients is not None and not args.recipients.is_file():
        raise ConfigError(f"--recipients: no such file: {args.recipients}")
    fmt = resolve_format(args.format)
    destinations = _destinations(args, fmt)
    paths, texts = _inputs(args, config)
    cache = _result_cache(args, config, paths, texts, destinations)
    cached = cache.load() if cache is not None else None
    if cached is not None:  # an unchanged campaign: no rules loaded, same output path
        return _write_reports(args, config, destinations, *cached, linter=None)
    with _collector_paused():
        linter = Linter(config)
        if paths and not args.show_settings:
            _load_language_tools(linter)
    if args.show_settings:
        settings = collect_settings(paths, linter, recipients=args.recipients, texts=texts)
        sys.stdout.write(format_settings(settings, as_json=fmt == "json"))
        return 0
    if not paths:  # only recipients/config files that no template uses (a pre-commit run)
        if not args.quiet:
            print("followup-lint: no template uses the given files; nothing to lint", file=sys.stderr)
        return 0
    if args.progress and progress.wanted(sys.stderr):
        linter.progress = progress.Progress(sys.stderr)
    try:
        report = lint_path(paths, recipients=args.recipients, linter=linter, texts=texts,
                           template_cache=None if cache is None else TemplateCache(config, cache.rule_inputs))
    finally:
        if linter.progress is not None:
            linter.progress.close()
    if args.fix or args.diff:
        fixed, done = _apply_fixes(args, report)
        if done is not None:  # --diff: the diff is the output
            return done
        if fixed:  # report what remains in the fixed files
            linter.progress = None
            report = lint_path(paths, recipients=args.recipients, linter=linter, texts=texts)
            report.summary["fixed"] = fixed
    if args.write_baseline is not None:
        recorded = write_baseline(args.write_baseline, report.diagnostics)
        if not args.quiet:
            print(f"followup-lint: recorded {recorded} finding(s) in {args.write_baseline}", file=sys.stderr)
        return 0
    if args.baseline is not None:
        report = _with_baseline(report, args.baseline, linter)
    if cache is not None:
        cache.store(report, linter.registry)
    return _write_reports(args, config, destinations, report, linter.registry, linter=linter)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Loading the rules, the role model and spaCy builds hundreds of thousands of objects that
    live for the whole run; Python's cyclic garbage collector would scan them again and again
    while they are built (about 0.2 s of a pre-commit run). The collector is paused while they
    load, then they are moved out of its sight (``gc.freeze``) and it runs as usual for the
    records. Only the command line does this: a program that imports followup_lint keeps its
    own collector settings."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.enable()


def _load_language_tools(linter: Linter) -> None:
    """spaCy's pipeline and the role model, loaded now (inside :func:`_collector_paused`) rather
    than by the first template that needs them, when an enabled rule reads sentences."""
    if not any(spec.needs_nlp for spec in linter.enabled):
        return
    from .content.roles import default_model
    from .text.pipeline import nlp

    nlp()
    default_model()


def _result_cache(args: argparse.Namespace, config: Config, paths: list[Path], texts: dict[Path, str],
                  destinations: list[Destination]) -> ResultCache | None:
    """The cache slot of this run, or None when the run must lint: ``--no-cache``, personal
    data shown, fixes, baselines, ``--show-settings``, or an html report (it re-renders
    sampled recipients' messages with the run's linter)."""
    if (not args.cache or config.show_personal_data or args.show_settings or args.fix or args.diff
            or args.baseline is not None or args.write_baseline is not None or not paths
            or any(d.format == "html" for d in destinations)):
        return None
    return ResultCache(paths, config, args.recipients, texts)


def _write_reports(args: argparse.Namespace, config: Config, destinations: list[Destination], report: Report,
                   registry: Registry, *, linter: Linter | None) -> int:
    if report.templates == 0 and not args.quiet:
        suffixes = ", ".join(config.template_suffixes)
        print(f"followup-lint: warning: no templates found (template suffixes: {suffixes})", file=sys.stderr)
    options = FormatOptions(tool_version=__version__, statistics=args.statistics, quiet=args.quiet,
                            invocation=_invocation(args, config), linter=linter)
    to_terminal = args.output is None and sys.stdout.isatty()
    for destination in destinations:
        color = use_color(args.color, destination.format, to_terminal and destination.path is None)
        write_report(report, registry, destination, replace(options, color=color))
    write_step_summary(report, registry, options)
    return 0 if args.exit_zero else report.exit_code


def _destinations(args: argparse.Namespace, fmt: str) -> list[Destination]:
    """The main report (stdout or --output) and every --report, each checked to be writable."""
    if args.statistics and fmt not in ("text", "json"):
        raise ConfigError(f"--statistics works with --format text or json, not {fmt}")
    if args.baseline is not None and args.write_baseline is not None:
        raise ConfigError("use --baseline or --write-baseline, not both")
    if args.baseline is not None and not args.baseline.is_file():
        raise ConfigError(f"--baseline: no such file: {args.baseline} (write one with --write-baseline)")
    if args.write_baseline is not None:
        check_writable(args.write_baseline, "--write-baseline")
    destinations = [Destination(fmt, args.output)]
    if args.output is not None:
        check_writable(args.output, "--output")
    for value in args.report:
        extra = parse_report_option(value)
        assert extra.path is not None
        check_writable(extra.path, "--report")
        destinations.append(extra)
    return destinations


def _inputs(args: argparse.Namespace, config: Config) -> tuple[list[Path], dict[Path, str]]:
    """The paths to lint, and the template read from stdin (``-``) under its --stdin-filename."""
    texts: dict[Path, str] = {}
    paths: list[Path] = []
    for path in args.paths:
        if str(path) == "-":
            name = args.stdin_filename or Path("stdin.j2")
            texts[name] = sys.stdin.read()
            paths.append(name)
        else:
            paths.append(path)
    if args.stdin_filename is not None and not texts:
        raise ConfigError("--stdin-filename goes with - (the template read from stdin)")
    return [*texts, *expand_inputs([p for p in paths if p not in texts], config)], texts


def _invocation(args: argparse.Namespace, config: Config) -> dict[str, object]:
    """The run's settings, for SARIF ``invocations`` (no recipient data)."""
    return {
        "config": str(config.source) if config.source else None,
        "failOn": config.fail_level.value,
        "select": list(config.select),
        "extendSelect": list(config.extend_select),
        "ignore": list(config.ignore),
        "sendDate": config.effective_send_date.isoformat(),
        "baseline": str(args.baseline) if args.baseline else None,
    }


def _with_baseline(report: Report, path: Path, linter: Linter) -> Report:
    """The report without the findings the baseline recorded; its summary says how many were
    hidden and how many recorded ones are fixed."""
    result = apply_baseline(path, report.diagnostics)
    rebuilt = linter.build_report(
        result.kept, templates=report.templates, recipients=report.recipients, scores=report.scores,
        template_paths=report.template_paths, recipient_files=report.recipient_files,
        recipient_counts=report.recipient_counts, template_recipients=report.template_recipients,
    )
    rebuilt.summary["baseline"] = result.summary()
    if "fixed" in report.summary:
        rebuilt.summary["fixed"] = report.summary["fixed"]
    return rebuilt


def _apply_fixes(args: argparse.Namespace, report: Report) -> tuple[int, int | None]:
    """``--fix``: write safe fixes, return (diagnostics fixed, None). ``--diff``: print them as a
    unified diff, return (0, exit status): 1 when there is something to fix, like ``ruff --diff``."""
    from .fixes import apply_fixes

    results = apply_fixes(report.diagnostics, unsafe=args.unsafe_fixes, write=not args.diff)
    for result in results:
        if result.error:
            print(f"followup-lint: error: {result.path}: {result.error}", file=sys.stderr)
    changed = [r for r in results if r.changed]
    count = sum(r.fixed_diagnostics for r in changed)
    hidden = 0 if args.unsafe_fixes else sum(1 for d in report.diagnostics if d.edit is not None and not d.edit.safe)
    hint = f"; {hidden} more with --unsafe-fixes" if hidden else ""
    if args.diff:
        sys.stdout.write("".join(r.diff() for r in changed))
        if changed:
            print(f"followup-lint: would fix {count} problem(s) in {len(changed)} file(s){hint}", file=sys.stderr)
        else:
            print(f"followup-lint: nothing to fix{hint}", file=sys.stderr)
        return 0, 1 if changed else 0
    if changed or hidden:
        print(f"followup-lint: {count} fixed in {len(changed)} file(s){hint}", file=sys.stderr)
    return count, None


def _preview(args: argparse.Namespace) -> int:
    from .preview import PreviewError, format_preview, preview

    if args.row is not None and args.row < 1:
        raise ConfigError("--row must be 1 or more (the row number shown in reports)")
    if args.index is not None and args.index < 0:
        raise ConfigError("--index must be 0 or more")
    if not args.template.is_file():
        raise ConfigError(f"no such template file: {args.template}")
    base = Config() if args.isolated else (
        load_config(args.config) if args.config is not None else discover_config(args.template.parent)
    )
    config = base.merged(show_personal_data=True, select=_split(args.select), ignore=_split(args.ignore))
    try:
        result = preview(args.template, row=args.row, index=args.index, recipients=args.recipients, linter=Linter(config))
    except PreviewError as exc:
        print(f"followup-lint: error: {exc}", file=sys.stderr)
        return 2
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    sys.stdout.write(format_preview(result, color=color))
    return result.exit_code


def _roles(args: argparse.Namespace) -> int:
    from .content.inspect import format_roles, sentence_roles
    from .content.roles import DEFAULT

    if not args.template.is_file():
        raise ConfigError(f"no such template file: {args.template}")
    try:
        text = args.template.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read {args.template}: {exc}") from None
    roles = sentence_roles(text, locale=args.locale, model=None if args.no_model else DEFAULT)
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    sys.stdout.write(format_roles(roles, color=color))
    return 0


def _registry(args: argparse.Namespace) -> Registry:
    config = load_config(args.config) if getattr(args, "config", None) else discover_config(Path.cwd())
    return build_registry(config.rule_files)


def _rule(args: argparse.Namespace) -> int:
    registry = _registry(args)
    spec = registry.lookup(args.rule)
    if spec is None:
        raise ConfigError(f"unknown rule {args.rule!r}; run `followup-lint rules` to list them")
    if args.format == "json":
        print(json.dumps(_rule_dict(spec), indent=2, ensure_ascii=False))
        return 0
    print(f"{spec.code} {spec.name}  [{spec.severity.value}, {spec.scope.value} scope, {spec.family}]")
    print()
    print(spec.docs.summary)
    body = spec.docs.as_markdown()
    if body:
        print()
        print(body)
    if is_builtin(spec.code):
        print()
        print(f"Documentation: {rule_url(spec.code)}")
    return 0


def _rules(args: argparse.Namespace) -> int:
    registry = _registry(args)
    specs = sorted(registry.rules.values(), key=lambda s: s.code)
    if args.format == "json":
        print(json.dumps([_rule_dict(s) for s in specs], indent=2, ensure_ascii=False))
        return 0
    for spec in specs:
        default = "" if spec.enabled_by_default else " (opt-in)"
        print(f"{spec.code}  {spec.name:<34} {spec.severity.value:<8} {spec.docs.summary}{default}")
    for problem in registry.problems:
        print(f"warning: {problem.origin}: {problem.message}", file=sys.stderr)
    return 0


def _rule_dict(spec) -> dict:  # type: ignore[no-untyped-def]
    return {
        "code": spec.code,
        "name": spec.name,
        "severity": spec.severity.value,
        "scope": spec.scope.value,
        "family": spec.family,
        "default": spec.enabled_by_default,
        "summary": spec.docs.summary,
        "what": spec.docs.what,
        "why": spec.docs.why,
        "example": spec.docs.example,
        "instead": spec.docs.instead,
        "origin": spec.origin,
        "url": rule_url(spec.code) if is_builtin(spec.code) else None,
    }
