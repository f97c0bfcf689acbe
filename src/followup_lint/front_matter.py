"""Loading a template's YAML front matter with limits.

Front matter is a handful of scalar keys (subject, kind, locale, recipients). Anything else
in it is a mistake or an attack, so the loader refuses what plain ``yaml.safe_load`` would
expand without bound:

* anchors and aliases (``&a`` / ``*a``): a 500-byte "billion laughs" document expands to
  gigabytes;
* nesting deeper than :data:`MAX_DEPTH` (the composer is recursive);
* front matter longer than :data:`MAX_CHARS`.

Each refusal is a :class:`yaml.YAMLError` with a line, reported as FL012 like any other
invalid front matter.
"""

from __future__ import annotations

import copy
import functools
from typing import Any

import yaml
from yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent

from yaml.parser import Parser
from yaml.reader import Reader
from yaml.scanner import Scanner

MAX_DEPTH = 8
MAX_CHARS = 20_000


class FrontMatterLimit(yaml.MarkedYAMLError):
    """Front matter that is valid YAML but over one of the limits above."""


class _BoundedComposer(yaml.composer.Composer):
    """A composer that refuses aliases and anchors and stops at :data:`MAX_DEPTH` levels."""

    _depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()
        if isinstance(event, AliasEvent) or (
            isinstance(event, (ScalarEvent, CollectionStartEvent)) and event.anchor is not None
        ):
            raise FrontMatterLimit(None, None, "anchors and aliases (&name / *name) are not allowed in front matter",
                                event.start_mark)
        if isinstance(event, CollectionStartEvent):
            if self._depth >= MAX_DEPTH:
                raise FrontMatterLimit(None, None, f"front matter is nested more than {MAX_DEPTH} levels deep",
                                    event.start_mark)
            self._depth += 1
            try:
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1
        return super().compose_node(parent, index)


class _BoundedLoader(Reader, Scanner, Parser, _BoundedComposer, yaml.constructor.SafeConstructor, yaml.resolver.Resolver):
    """``yaml.SafeLoader`` with the bounded composer (pure Python: libyaml's composer cannot
    be hooked, and front matter is short)."""

    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        _BoundedComposer.__init__(self)
        yaml.constructor.SafeConstructor.__init__(self)
        yaml.resolver.Resolver.__init__(self)


def load_front_matter(text: str) -> Any:
    """``yaml.safe_load`` for front matter, with the limits above. Raises ``yaml.YAMLError``."""
    if len(text) > MAX_CHARS:
        raise FrontMatterLimit(None, None, f"front matter is {len(text):,} characters long; the limit is {MAX_CHARS:,}")
    return copy.deepcopy(_load(text))  # a copy: callers may change what they get


@functools.lru_cache(maxsize=1024)
def _load(text: str) -> Any:
    """The YAML of one front matter text, parsed once per process (a campaign's templates
    often share theirs); a failure is raised again each time, never kept."""
    loader = _BoundedLoader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()
