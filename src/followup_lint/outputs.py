"""Where a ``check`` run's reports go: the main format on stdout (or ``--output``), any number
of extra ``--report FORMAT=PATH`` files from the same run, and under GitHub Actions a Markdown
summary appended to ``$GITHUB_STEP_SUMMARY``.

Every destination is checked before linting starts, so a typo in a folder name is a usage
error (exit 2) and not a traceback after a long run.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

from .config import ConfigError
from .formats import FORMATS, FormatOptions, get_renderer, resolve_format
from .registry import Registry
from .report import Report


@dataclass(frozen=True, slots=True)
class Destination:
    """One report: a format and a file (None: standard output)."""

    format: str
    path: Path | None = None


def parse_report_option(value: str) -> Destination:
    """``sarif=out/followup-lint.sarif`` -> Destination("sarif", Path(...))."""
    fmt, sep, target = value.partition("=")
    fmt = fmt.strip().lower()
    if not sep or not target.strip():
        raise ConfigError(f"--report {value!r}: write it as FORMAT=PATH, like sarif=followup-lint.sarif")
    if fmt not in FORMATS:
        raise ConfigError(f"--report {value!r}: unknown format {fmt!r}; expected one of: {', '.join(FORMATS)}")
    return Destination(fmt, Path(target.strip()))


def check_writable(path: Path, flag: str) -> None:
    """A usage error now, rather than a traceback once the run is over."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ConfigError(f"{flag} {path}: is a folder, not a file")
    if not folder.is_dir():
        raise ConfigError(f"{flag} {path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ConfigError(f"{flag} {path}: not writable")


def use_color(choice: str, fmt: str, to_terminal: bool) -> bool:
    """``--color`` wins; else ``NO_COLOR`` turns colour off and ``FORCE_COLOR`` on
    (https://no-color.org, https://force-color.org); else colour on a terminal only."""
    if choice != "auto":
        return choice == "always"
    if fmt != "text":
        return False
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return to_terminal


def write_report(report: Report, registry: Registry, destination: Destination, options: FormatOptions,
                 stdout: TextIO | None = None) -> None:
    fmt = resolve_format(destination.format)
    if fmt == "json":  # every diagnostic: written as it is read, never held as one string
        from .formats.json import write as write_json

        if destination.path is None:
            write_json(report, registry, options, stdout or sys.stdout)
            return
        try:
            with destination.path.open("w", encoding="utf-8") as handle:
                write_json(report, registry, options, handle)
        except OSError as exc:
            raise ConfigError(f"cannot write {destination.path}: {exc.strerror or exc}") from None
        return
    rendered = get_renderer(fmt)(report, registry, options)
    if destination.path is None:
        (stdout or sys.stdout).write(rendered)
        return
    try:
        destination.path.write_text(rendered, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot write {destination.path}: {exc.strerror or exc}") from None


def write_step_summary(report: Report, registry: Registry, options: FormatOptions) -> bool:
    """Append the Markdown summary to ``$GITHUB_STEP_SUMMARY`` when running under GitHub
    Actions; True when written."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if os.environ.get("GITHUB_ACTIONS") != "true" or not target:
        return False
    text = get_renderer("markdown")(report, registry, replace(options, color=False))
    try:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(text + "\n")
    except OSError as exc:
        print(f"followup-lint: warning: cannot write the step summary: {exc.strerror or exc}", file=sys.stderr)
        return False
    return True
