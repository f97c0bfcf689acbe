"""Machine-applicable fixes: building :class:`~followup_lint.model.Edit` objects for rules, and
applying them to template files (``followup-lint check --fix`` / ``--diff``).

Safety policy
-------------
An edit is built from the template alone (its source text and the once-per-template analysis),
never from a recipient's values, so it is the same for every recipient and contains no personal
data. It is marked ``safe`` when it cannot change what a correct record renders:

* FL103 ``default('there')`` -> ``default('there', true)``: only empty strings render
  differently, and they rendered "Hi ,". Safe.
* FL103 ``{{ first_name }}`` -> ``{{ first_name | default('there', true) }}``: only empty or
  missing names render differently. Offered only for a lone variable after an informal greeting
  word with a known idiomatic fallback ("Hi there", "Hallo zusammen", "Hoi allemaal"); never
  after "Dear" or an honorific ("Dear there", "Dear Mr. there"). Safe.
* FL101 ``Hi {{ last_name }}`` -> ``Hi {{ first_name }}`` in an informal greeting, when the
  given-name field is known: configured (``[tool.followup-lint.fields] given = "Vorname"``),
  read elsewhere in the same template, or the conventional partner of the family-name field
  (``last_name``/``first_name``, ``LastName``/``FirstName``, ``Nachname``/``Vorname``, ...).
  ``surname`` and other names without an unambiguous partner get no edit. Safe.
* FL104 ``{{ first_name }}`` -> ``{{ first_name | title if first_name is upper else
  first_name }}``: plain Jinja (the ``title`` filter and the ``upper`` test), so the template
  still renders in any ESP. Only ALL-CAPS values change; correct mixed case (DeShawn, McDonald)
  is left alone, which ``| title`` alone would break. But ``title`` itself is naive: "MCDONALD"
  becomes "Mcdonald", "VAN DER BERG" "Van Der Berg", "O'NEIL" "O'neil" and an initial pair "JP"
  "Jp". So the edit is offered only on diagnostics whose own value ``title`` corrects exactly, and
  it is **unsafe** (applied only with ``--unsafe-fixes``): the next import may hold a MCDONALD.

Applying
--------
Edits are grouped per file, identical edits (one template edit carried by many recipients'
diagnostics) are merged, overlapping ones are skipped (the first by position wins; a later run of
``--fix`` picks up what remains), and the rest are spliced in from the end of the file so offsets
stay valid. Front matter is never touched, a UTF-8 BOM and line endings are kept byte for byte,
and a file whose result would not parse as Jinja is left unchanged.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from jinja2 import TemplateSyntaxError, nodes

from .model import Diagnostic, Edit
from .sandbox import LintSandbox

if TYPE_CHECKING:
    from .context import TemplateContext
    from .templates import TemplateInfo, VariableUse

__all__ = ["Edit", "FileFix", "apply_edits", "apply_fixes", "fixable_edits"]

_BOM = "\ufeff".encode("utf-8")
_PARSER = LintSandbox()  # parsing only: nothing is rendered here (limits become syntax errors)


# ----------------------------------------------------------------------------- applying


@dataclass(slots=True)
class FileFix:
    """The fixes for one template file: its text before and after, and what was applied."""

    path: str
    original: str
    fixed: str
    applied: list[Edit] = field(default_factory=list)
    skipped: list[Edit] = field(default_factory=list)  # overlapping another applied edit
    fixed_diagnostics: int = 0  # diagnostics whose edit was applied
    error: str | None = None  # why nothing was applied (unreadable, would not parse)
    written: bool = False

    @property
    def changed(self) -> bool:
        return self.error is None and self.fixed != self.original

    def diff(self) -> str:
        """A unified diff of the change (empty when nothing changes), ``--- path`` / ``+++ path``."""
        if not self.changed:
            return ""
        lines = difflib.unified_diff(
            self.original.splitlines(keepends=True), self.fixed.splitlines(keepends=True),
            fromfile=self.path, tofile=self.path,
        )
        out = []
        for line in lines:
            if not line.endswith("\n"):  # the last line of a file without a final newline
                line += "\n\\ No newline at end of file\n"
            out.append(line)
        return "".join(out)


def fixable_edits(diagnostics: Iterable[Diagnostic], *, unsafe: bool = False) -> list[Edit]:
    """The edits ``--fix`` would consider: safe ones, and unsafe ones too with ``unsafe``."""
    return [d.edit for d in diagnostics if d.edit is not None and (d.edit.safe or unsafe)]


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, list[Edit], list[Edit]]:
    """Apply ``edits`` (offsets into ``text``) and return ``(new text, applied, skipped)``.

    Identical edits count once. Edits are accepted safe ones first, then by position; one that
    overlaps an accepted edit is skipped, as is one outside ``text``. Two insertions at the same
    offset, or an insertion at either end of a replaced range, count as overlapping."""
    unique = sorted(set(edits), key=lambda e: (not e.safe, e.start, e.end, e.replacement))
    accepted: list[Edit] = []
    skipped: list[Edit] = []
    for edit in unique:
        if not 0 <= edit.start <= edit.end <= len(text) or any(_overlap(edit, other) for other in accepted):
            skipped.append(edit)
            continue
        accepted.append(edit)
    accepted.sort(key=lambda e: (e.start, e.end))
    result = text
    for edit in reversed(accepted):  # from the end: earlier offsets stay valid
        result = result[: edit.start] + edit.replacement + result[edit.end :]
    return result, accepted, skipped


def _overlap(a: Edit, b: Edit) -> bool:
    if a.start < b.end and b.start < a.end:
        return True
    # touching at one offset where at least one of them inserts there
    return (a.start == b.end and (a.start == a.end or b.start == b.end)) or \
           (b.start == a.end and (b.start == b.end or a.start == a.end))


def apply_fixes(
    diagnostics: Iterable[Diagnostic],
    *,
    unsafe: bool = False,
    write: bool = True,
    sources: dict[str, str] | None = None,
) -> list[FileFix]:
    """Apply the fixes carried by ``diagnostics`` (e.g. ``report.diagnostics``) to their files.

    Only safe edits are applied unless ``unsafe`` is true; an unsafe edit is applied only when
    every diagnostic of its rule at that place carries it (it fixes them all, or none). With ``write=False`` nothing is
    written (``--diff``); each :class:`FileFix` still holds the would-be text and its
    :meth:`FileFix.diff`. ``sources`` maps a path to its text instead of reading the file (for
    templates linted from a string with :func:`followup_lint.lint`; nothing is written for those).
    Files are written only when their text changes. Returns one :class:`FileFix` per file that
    has fixable diagnostics, in path order.
    """
    items = list(diagnostics)
    partial = _partial_unsafe_edits(items) if unsafe else set()
    by_path: dict[str, list[Diagnostic]] = {}
    for diagnostic in items:
        edit = diagnostic.edit
        if edit is not None and (edit.safe or unsafe) and edit not in partial:
            by_path.setdefault(edit.path, []).append(diagnostic)
    results: list[FileFix] = []
    for path in sorted(by_path):
        found = by_path[path]
        in_memory = sources is not None and path in sources
        bom = b""
        if in_memory:
            assert sources is not None
            original = sources[path]
        else:
            try:
                raw = Path(path).read_bytes()
                if raw.startswith(_BOM):  # offsets are into the text without the BOM
                    bom, raw = _BOM, raw[len(_BOM):]
                original = raw.decode("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                results.append(FileFix(path, "", "", error=f"cannot read the template: {exc}"))
                continue
        result = _fix_text(path, original, [d.edit for d in found if d.edit is not None])
        if result.error is None:
            applied = set(result.applied)
            result.fixed_diagnostics = sum(1 for d in found if d.edit in applied)
        if write and not in_memory and result.changed:
            Path(path).write_bytes(bom + result.fixed.encode("utf-8"))
            result.written = True
        results.append(result)
    return results


def _partial_unsafe_edits(diagnostics: list[Diagnostic]) -> set[Edit]:
    """Unsafe edits that would not resolve every report of their rule at their place: the
    FL104 title-case edit when one recipient's MCDONALD would turn into "Mcdonald" unnoticed."""
    places: dict[tuple[str, str, int, int], list[Diagnostic]] = {}
    for d in diagnostics:
        places.setdefault((d.code, d.path, d.line, d.column), []).append(d)
    partial: set[Edit] = set()
    for group in places.values():
        unsafe = {d.edit for d in group if d.edit is not None and not d.edit.safe}
        if unsafe and any(d.edit is None or d.edit not in unsafe for d in group):
            partial |= unsafe
    return partial


def _fix_text(path: str, original: str, edits: list[Edit]) -> FileFix:
    from .templates import read_template_source

    body_offset = read_template_source(original, path).body_offset
    inside = [e for e in edits if e.start >= body_offset]  # front matter stays as it is
    outside = [e for e in edits if e.start < body_offset]
    fixed, applied, skipped = apply_edits(original, inside)
    result = FileFix(path, original, fixed, applied, skipped + outside)
    if fixed != original:
        try:
            _PARSER.parse(fixed[read_template_source(fixed, path).body_offset:])
        except TemplateSyntaxError as exc:
            return FileFix(path, original, original, [], list(edits),
                           error=f"the fixed template would not parse ({exc.message}); nothing was changed")
    return result


# ----------------------------------------------------------------------------- building edits
# Used by the salutation rules' template pass; they take the analysed template (TemplateInfo)
# and a VariableUse. Imports of those types are kept local to avoid import cycles.


def offset_of(text: str, line: int, column: int) -> int:
    """0-based offset of a 1-based (line, column) position in ``text``."""
    pos = 0
    for _ in range(line - 1):
        nxt = text.find("\n", pos)
        if nxt == -1:
            return len(text)
        pos = nxt + 1
    return pos + column - 1


@dataclass(frozen=True, slots=True)
class _Shape:
    """How an output tag's expression is built, as far as fixes care."""

    kind: str  # "path": just the variable; "filters": a filter chain on it; "other"
    filters: tuple[str, ...] = ()
    default_args: int = -1  # positional args of a trailing default()/d(), -1 when there is none
    default_kwargs: bool = False
    default_text: str | None = None  # the default's fallback when a string constant


@lru_cache(maxsize=512)
def _shape(inner: str, dotted: str) -> _Shape:
    try:
        ast = _PARSER.parse("{{" + inner + "}}")
    except TemplateSyntaxError:
        return _Shape("other")
    body = ast.body
    if len(body) != 1 or not isinstance(body[0], nodes.Output) or len(body[0].nodes) != 1:
        return _Shape("other")
    node = body[0].nodes[0]
    chain: list[nodes.Filter] = []
    while isinstance(node, nodes.Filter):
        chain.append(node)
        node = node.node
    if _dotted(node) != dotted:
        return _Shape("other")
    if not chain:
        return _Shape("path")
    chain.reverse()  # innermost first
    names = tuple(f.name for f in chain)
    if any(n in ("default", "d") for n in names[:-1]):
        return _Shape("other")  # a default() followed by more filters: leave it to the author
    last = chain[-1]
    if last.name in ("default", "d"):
        text = last.args[0].value if last.args and isinstance(last.args[0], nodes.Const) else None
        return _Shape("filters", names, len(last.args), bool(last.kwargs or last.dyn_args or last.dyn_kwargs),
                      text if isinstance(text, str) else None)
    return _Shape("filters", names)


def _dotted(node: nodes.Node) -> str | None:
    parts: list[str] = []
    while isinstance(node, nodes.Getattr):
        parts.append(node.attr)
        node = node.node
    if not isinstance(node, nodes.Name):
        return None
    parts.append(node.name)
    return ".".join(reversed(parts))


def _tag_inner_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the expression inside ``{{ ... }}`` (delimiters, ``-``/``+`` and spaces excluded)."""
    inner_start, inner_end = start + 2, end - 2
    if inner_start < inner_end and text[inner_start] in "-+":
        inner_start += 1
    if inner_end > inner_start and text[inner_end - 1] in "-+":
        inner_end -= 1
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    return inner_start, inner_end


# Idiomatic words after an informal greeting when the name is unknown, per locale.
_FALLBACK_WORDS: dict[str, tuple[frozenset[str], str]] = {
    "en": (frozenset({"hi", "hello", "hey", "hiya"}), "there"),
    "de": (frozenset({"hallo", "hi", "hey", "moin", "servus"}), "zusammen"),
    "nl": (frozenset({"hallo", "hoi", "hey"}), "allemaal"),
    "es": (frozenset({"hola"}), "a todos"),
}


def fallback_edit(info: TemplateInfo, use: VariableUse, *, greeting_word: str, locale: str, bare_slot: bool) -> Edit | None:
    """FL103: make the greeting variable's fallback cover empty values.

    ``{{ x | default('there') }}`` gets ``, true``; a bare ``{{ x }}`` (or a filter chain
    without a default) gets ``| default('there', true)`` when ``bare_slot`` (the variable alone
    fills the slot, no honorific) and the greeting word has an idiomatic fallback."""
    if use.tag_index >= len(info.tags) or len(use.path) == 0 or not all(p.isidentifier() for p in use.path):
        return None
    tag = info.tags[use.tag_index]
    text = info.source.text
    start, end = _tag_inner_bounds(text, tag.start, tag.end)
    shape = _shape(text[start:end], use.dotted)
    if shape.kind == "other":
        return None
    if shape.default_args >= 0:
        if shape.default_args != 1 or shape.default_kwargs or not (shape.default_text or "").strip():
            return None
        close = _last_close_paren(text, start, end)
        if close is None:
            return None
        return Edit(info.path, close, close, ", true", safe=True,
                    title="make default() cover empty values: add `, true`")
    if not bare_slot:
        return None
    words, word = _FALLBACK_WORDS.get(locale, (frozenset(), ""))
    if greeting_word.lower() not in words:
        return None
    return Edit(info.path, end, end, f" | default('{word}', true)", safe=True,
                title=f"fall back to {word!r} when the name is empty")


def _last_close_paren(text: str, start: int, end: int) -> int | None:
    """Offset of the ``)`` closing the trailing ``default(...)`` call of an expression."""
    pos = end - 1
    while pos > start and text[pos].isspace():
        pos -= 1
    return pos if pos > start and text[pos] == ")" else None


# given-name partners of family-name fields, compared in lower case; the case pattern of the
# original (first_name / FirstName / FIRST_NAME / Nachname) is kept
_PARTNER_WORDS = (("last", "first"), ("family", "given"), ("nachname", "vorname"), ("achternaam", "voornaam"),
                  ("apellido", "nombre"), ("lname", "fname"))


def given_partner(name: str) -> str | None:
    """The conventional given-name field for a family-name field: ``last_name`` ->
    ``first_name``, ``LastName`` -> ``FirstName``, ``Nachname`` -> ``Vorname``; None when there is
    no unambiguous partner (``surname``, ``nom``)."""
    lowered = name.lower()
    for family, given in _PARTNER_WORDS:
        index = lowered.find(family)
        if index == -1 or lowered.count(family) != 1:
            continue
        if family == "lname" and lowered != "lname":
            continue
        original = name[index : index + len(family)]
        if original.isupper() and len(original) > 1:
            replacement = given.upper()
        elif original[:1].isupper():
            replacement = given.capitalize()
        else:
            replacement = given
        return name[:index] + replacement + name[index + len(family):]
    return None


def given_name_edit(template: TemplateContext, use: VariableUse) -> Edit | None:
    """FL101: replace a family-name variable with the given-name field, when that is known.

    ``template`` is the rule's TemplateContext. The given-name field is, in order: the
    configured one (``fields.given``), a given-name variable the template reads elsewhere
    (only when there is exactly one), the conventional partner of the variable's name."""
    info = template.info
    if not use.path or not all(p.isidentifier() for p in use.path):
        return None
    custom = template.field_map.custom_columns("given")
    target: tuple[str, ...] | None = None
    if custom:
        column = custom[0]
        target = tuple(column.split(".")) if "." in column else use.path[:-1] + (column,)
    else:
        elsewhere = {u.path for u in info.variables if template.role_of(u.path) == "given"}
        if len(elsewhere) == 1:
            target = next(iter(elsewhere))
        elif not elsewhere:
            partner = given_partner(use.leaf)
            if partner is not None:
                target = use.path[:-1] + (partner,)
    if target is None or not all(p.isidentifier() for p in target) or template.role_of(target) != "given":
        return None
    text = info.source.text
    start = offset_of(text, use.span.line, use.span.column)
    end = offset_of(text, use.span.end_line, use.span.end_column)
    written = text[start:end]
    # "last_name" or "contact.last_name" as written: replace the whole dotted path
    if re.sub(r"\s+", "", written) != use.dotted:
        return None
    replacement = ".".join(target)
    return Edit(info.path, start, end, replacement, safe=True,
                title=f"greet by the given name: {replacement}")


def casing_edit(info: TemplateInfo, use: VariableUse) -> Edit | None:
    """FL104: title-case the variable only when its value is ALL CAPS (unsafe; see module docs)."""
    if use.tag_index >= len(info.tags) or not all(p.isidentifier() for p in use.path):
        return None
    tag = info.tags[use.tag_index]
    text = info.source.text
    start, end = _tag_inner_bounds(text, tag.start, tag.end)
    if _shape(text[start:end], use.dotted).kind != "path":
        return None
    name = use.dotted
    return Edit(info.path, start, end, f"{name} | title if {name} is upper else {name}", safe=False,
                title="title-case the name when it is ALL CAPS")


def title_case(value: str) -> str:
    """What Jinja's ``title`` filter makes of ``value``."""
    from jinja2.filters import do_title

    return do_title(value)

