"""Output formats. Each module has one ``render(report, registry, options) -> str`` function."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Callable, Mapping

from ..registry import Registry
from ..report import Report

FORMATS = ("text", "json", "sarif", "github", "junit", "gitlab", "markdown", "html")


@dataclass(frozen=True, slots=True)
class FormatOptions:
    color: bool = False
    show_fixes: bool = True
    tool_version: str = "0"
    statistics: bool = False  # text format: counts per rule instead of every diagnostic
    quiet: bool = False  # text format: the findings only, no scores or summary line
    invocation: Mapping[str, Any] | None = None  # the run's settings, recorded in SARIF invocations
    linter: Any = None  # html: the run's Linter, to re-render a few sampled recipients per mistake (None: no previews)


Renderer = Callable[[Report, Registry, FormatOptions], str]


def resolve_format(name: str) -> str:
    """``auto`` is ``github`` inside GitHub Actions, else ``text``."""
    if name == "auto":
        return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    return name


def get_renderer(name: str) -> Renderer:
    name = resolve_format(name)
    if name == "text":
        from .text import render
    elif name == "json":
        from .json import render
    elif name == "sarif":
        from .sarif import render
    elif name == "github":
        from .github import render
    elif name == "junit":
        from .junit import render
    elif name == "gitlab":
        from .gitlab import render
    elif name == "markdown":
        from .markdown import render
    elif name == "html":
        from .html import render
    else:
        raise ValueError(f"unknown format {name!r}; expected one of: auto, {', '.join(FORMATS)}")
    return render
