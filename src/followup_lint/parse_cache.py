"""Template text parsed once per process, by its text.

A campaign of many templates repeats small pieces of template text: the same subject line in
every file, ``{{ first_name }}`` in every greeting, the same ``{% if attended %}`` test. What
rules need from them (the names a piece of text reads, the tree of an expression) depends on
the text alone, so it is kept by text, bounded, and shared by every template and rule that
asks. The trees are read, never changed, by their users. Text that does not parse raises
``TemplateSyntaxError`` as before and is not kept.
"""

from __future__ import annotations

from functools import lru_cache

from jinja2 import TemplateSyntaxError, meta, nodes


def _parser() -> object:
    from .templates import parse_env  # parsing only, never rendering (limits become syntax errors)

    return parse_env()


@lru_cache(maxsize=4096)
def names_read(source: str) -> frozenset[str]:
    """Top-level names ``source`` reads (Jinja's undeclared variables, globals included)."""
    return frozenset(meta.find_undeclared_variables(parsed(source)))


@lru_cache(maxsize=8192)
def parsed(source: str) -> nodes.Template:
    """The parse tree of ``source`` (shared: read it, never change it)."""
    return _parser().parse(source)  # type: ignore[attr-defined, no-any-return]


def subject_names(subject: str | None, *, statements: bool = False) -> frozenset[str]:
    """Top-level names a templated subject line reads (parsed, never rendered); none when it
    does not parse (that is reported on its own). A subject without a ``{{ }}`` tag reads
    nothing, unless ``statements``: then ``{% if vip %}VIP offer{% endif %}`` reads ``vip``."""
    if not subject or ("{{" not in subject and not (statements and "{%" in subject)):
        return frozenset()
    try:
        return names_read(subject)
    except TemplateSyntaxError:
        return frozenset()


def expression(inner: str) -> nodes.Template:
    """The parse tree of ``{{ inner }}``: one tag's expression."""
    return parsed("{{" + inner + "}}")
