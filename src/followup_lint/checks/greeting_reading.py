"""What the greeting of a template says, for the salutation rules (checks/salutation.py).

Everything about the greeting that does not depend on the recipient is worked out once per
template (:class:`GreetingFacts`: which variable fills the name slot, the honorific, the
fallbacks); what a recipient will read is worked out once per message (:func:`read_greeting`,
memoised in ``message.memo``), so each rule's per-message work is a few string comparisons.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import yaml
from jinja2 import TemplateSyntaxError, nodes

from ..context import MessageContext, TemplateContext
from ..locales import match_greeting
from ..parse_cache import expression
from ..resources import load_yaml, rules_path
from ..templates import Greeting, VariableUse

WORD = re.compile(r"[^\W\d_][\w'’\-]*", re.UNICODE)
_STATEMENT_TAG = re.compile(r"\{%.*?%\}|\{#.*?#\}", re.S)
_HTML_TAG = re.compile(r"<[^>]*>")
_HTML_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|hr|li|ul|ol|tr|td|th|table|tbody|h[1-6]|blockquote|section|article|header"
    r"|footer|body|html|head|title)\b[^>]*>",
    re.IGNORECASE,
)
_TERMINATORS = ",!:;\u3001\uff0c"


# ----------------------------------------------------------------------------- locale extras


@dataclass(frozen=True, slots=True)
class _LocaleExtras:
    """Greeting data beyond what :mod:`followup_lint.locales` loads (same file, extra keys)."""

    full_name_ok: dict[str, frozenset[str]]  # words after which a full name is the neutral address
    collective: frozenset[str]  # "{{ last_name }} family": the slot names a group


@cache
def locale_extras() -> _LocaleExtras:
    try:
        raw = load_yaml((rules_path() / "locales.yml").read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):  # pragma: no cover - the built-in file is always there
        raw = {}
    full_ok: dict[str, frozenset[str]] = {}
    collective: set[str] = set()
    for code, entry in raw.items():
        if not isinstance(entry, dict):
            continue
        full_ok[str(code)] = frozenset(str(w).lower() for w in entry.get("full_name_greetings", ()) or ())
        collective.update(str(w).lower() for w in entry.get("collective_words", ()) or ())
    return _LocaleExtras(full_ok, frozenset(collective))


# ----------------------------------------------------------------------------- per template


@dataclass(slots=True)
class GreetingFacts:
    """What every salutation rule needs to know about a template's greeting, computed once."""

    greeting: Greeting
    roles: dict[str, list[VariableUse]] = field(default_factory=dict)  # role -> slot variables
    honorific: str | None = None  # literal honorific before the slot ("Mr.", "Frau")
    honorific_field: bool = False  # the slot itself reads an honorific column ({{ salutation }})
    honorifics: frozenset[str] = frozenset()  # honorifics to split off a rendered name
    word_informal: bool = True  # the greeting word is informal (Hi, Hallo, Bonjour, Hola, Beste)
    full_name_informal: bool = True  # a full name after the greeting word reads as a mail merge (FL109)
    takes_given: bool = True  # no honorific: a bare family name here reads wrong ("Hi Behnia", "Dear Behnia")
    name_role: str | None = "given"  # role hint for the slot's text: given / family / full
    full_combo: bool = False  # the slot joins given and family name: {{ first }} {{ last }}
    collective: bool = False  # "{{ last_name }} family", "{{ company }} team"
    tail: str = ""  # literal template text between the last slot tag and the terminator
    slot_lead: str = ""  # literal template text in the slot before its first tag ("Dr. ")
    fallbacks: frozenset[str] = frozenset()  # casefolded texts the template itself puts in the slot
    is_html: bool = False
    locale: str = "en"

    @property
    def addressed_formally(self) -> bool:
        return self.honorific is not None or self.honorific_field

    @property
    def informal(self) -> bool:
        return self.word_informal and not self.addressed_formally

    def has(self, role: str) -> bool:
        return bool(self.roles.get(role))


@dataclass(slots=True)
class GreetingState:
    """One rule's state for one template: the shared facts plus what the rule did statically."""

    facts: GreetingFacts
    static_fired: bool = False

    # convenient pass-throughs
    @property
    def greeting(self) -> Greeting:
        return self.facts.greeting

    def has(self, role: str) -> bool:
        return self.facts.has(role)


_FACTS_ATTR = "_followup_lint_greeting_facts"


def greeting_facts(template: TemplateContext) -> GreetingFacts | None:
    """The template's :class:`GreetingFacts`, computed on first use and shared by all FL1 rules."""
    cached = template.__dict__.get(_FACTS_ATTR, _MISSING)
    if cached is _MISSING:
        cached = _compute_facts(template)
        template.__dict__[_FACTS_ATTR] = cached
    return cached


_MISSING = object()


def _compute_facts(template: TemplateContext) -> GreetingFacts | None:
    greeting = template.greeting
    if greeting is None:
        return None
    info = template.info
    extras = locale_extras()
    gf = GreetingFacts(greeting, locale=greeting.locale, is_html=info.is_html)
    for use in greeting.slot_variables:
        role = template.role_of(use.path) or "other"
        gf.roles.setdefault(role, []).append(use)
    gf.honorific = greeting.match.honorific
    # an honorific column in the slot: {{ salutation }}, or an unrecognised column in front of
    # the name ({{ title }} {{ last_name }}), which is where a title goes
    ordered = sorted(greeting.slot_variables, key=lambda u: (u.tag_index, u.span.line, u.span.column))
    lead_role = template.role_of(ordered[0].path) if ordered else None
    gf.honorific_field = gf.has("honorific") or (
        lead_role is None and any(
            u.tag_index != ordered[0].tag_index and template.role_of(u.path) in ("given", "family", "full", "preferred")
            for u in ordered
        )
    )
    locales = template.locales
    if gf.honorific_field:
        gf.honorifics = locales.all_honorifics
    else:
        gf.honorifics = locales.honorifics(greeting.locale) | locales.honorifics("en")
    word = greeting.match.word.lower()
    gf.word_informal = not greeting.is_formal
    gf.full_name_informal = gf.word_informal and word not in extras.full_name_ok.get(greeting.locale, frozenset())
    # Without an honorific a bare family name is wrong after any greeting word: "Hi Behnia",
    # "Dear Behnia", "Sehr geehrte Becker", "Estimado García", "Geachte De Vries".
    gf.takes_given = not gf.addressed_formally
    given_uses = gf.roles.get("given", []) + gf.roles.get("preferred", [])
    family_uses = gf.roles.get("family", [])
    gf.full_combo = any(
        g.tag_index != f.tag_index or not (g.has_fallback or f.has_fallback)
        for g in given_uses for f in family_uses
    )
    if gf.has("full") or gf.full_combo:
        gf.name_role = "full"
    elif family_uses and not given_uses:
        gf.name_role = "family"
    elif given_uses or gf.has("other"):
        gf.name_role = "given"
    else:
        gf.name_role = None
    # the template text around the slot
    text = info.source.text
    tags = info.tags
    slot_tags = sorted({u.tag_index for u in greeting.slot_variables})
    if slot_tags:
        last_end = tags[slot_tags[-1]].end
        first_start = tags[slot_tags[0]].start
        # literal text in the slot before its first tag: "Dr. " in "Sehr geehrte Frau Dr. {{ nachname }}"
        slot_start = _offset(text, greeting.slot_span.line, greeting.slot_span.column)
        lead = text[slot_start:first_start] if 0 <= slot_start <= first_start else ""
        if lead.strip() and "{" not in lead and "\n" not in lead:
            gf.slot_lead = lead
            words = html.unescape(lead).split() if gf.is_html else lead.split()
            if all(w.rstrip(".").lower() in gf.honorifics for w in words):
                gf.honorific = " ".join(([gf.honorific] if gf.honorific else []) + words)
                gf.takes_given = False
        line_end = text.find("\n", last_end)
        line_end = len(text) if line_end == -1 else line_end
        after = _STATEMENT_TAG.sub("", text[last_end:line_end])
        if gf.is_html:  # what follows the name on screen: up to the next block, without tags
            after = _HTML_TAG.sub("", _HTML_BLOCK_TAG.split(after, 1)[0])
        suffix = greeting.render_suffix
        if suffix and suffix in after:
            after = after[: after.index(suffix)]  # without a suffix the name runs to the line end
        gf.tail = after
        words = WORD.findall(after.split("{{")[0])
        gf.collective = bool(words) and words[0].lower() in extras.collective \
            and after[: len(after) - len(after.lstrip())] != ""
        gf.fallbacks = _fallback_texts(text, tags, slot_tags, first_start, line_end)
    return gf


def _offset(text: str, line: int, column: int) -> int:
    """Source offset of a 1-based (line, column) position."""
    pos = 0
    for _ in range(line - 1):
        pos = text.find("\n", pos) + 1
        if pos == 0:
            return -1
    return pos + column - 1


def _fallback_texts(text: str, tags: list[Any], slot_tags: list[int], start: int, end: int) -> frozenset[str]:
    """Texts the template itself can put in the name slot: string constants in the slot's
    expressions (``default('there')``, ``or 'there'``) and literal text between the slot's tags
    (``{% else %}there{% endif %}``), casefolded."""
    found: set[str] = set()
    for index in slot_tags:
        try:
            ast = expression(tags[index].inner)
        except TemplateSyntaxError:
            continue
        for const in ast.find_all(nodes.Const):
            if isinstance(const.value, str) and const.value.strip():
                found.add(const.value.strip().casefold())
    literal = _STATEMENT_TAG.sub("\x00", text[start:end])
    literal = re.sub(r"\{\{.*?\}\}", "\x00", literal, flags=re.S)
    for piece in re.split(r"[\x00" + _TERMINATORS + r"]", literal):
        piece = _HTML_TAG.sub("", piece).strip()
        if piece:
            found.add(piece.casefold())
    return frozenset(found)


# ----------------------------------------------------------------------------- per message


@dataclass(frozen=True, slots=True)
class ReadGreeting:
    """The greeting's name slot as this recipient will read it."""

    line: str  # the rendered greeting line
    raw: str  # the slot text exactly as rendered (spaces kept), template text around it removed
    honorific: str | None  # honorific in use: from the template, a salutation column or the name
    honorific_source: str | None  # "template", "field" (salutation column) or "name" (name column)
    name: str  # the name without honorific, stripped
    fallback: bool  # the slot shows the template's own fallback text ("there")
    exact: bool  # raw spacing is known (False when found by re-matching the rendered line)


def split_honorific(name: str, honorifics: frozenset[str]) -> tuple[str | None, str]:
    """``"Mr. Daniel Okoro"`` -> (``"Mr."``, ``"Daniel Okoro"``)."""
    parts = name.split(None, 1)
    if len(parts) == 2 and parts[0].rstrip(".").lower() in honorifics and parts[0].rstrip(".").isalpha():
        return parts[0], parts[1].strip()
    return None, name


def read_greeting(message: MessageContext, gf: GreetingFacts) -> ReadGreeting | None:
    """What this recipient reads in the name slot (memoised per message)."""
    memo = message.memo
    if "fl1.greeting" in memo:
        return memo["fl1.greeting"]
    found = _read_greeting(message, gf)
    memo["fl1.greeting"] = found
    return found


def _read_greeting(message: MessageContext, gf: GreetingFacts) -> ReadGreeting | None:
    rendered = message.greeting
    exact = True
    if rendered is not None:
        line, raw = rendered.line, rendered.raw_name
        if gf.slot_lead and raw.startswith(gf.slot_lead):
            raw = raw[len(gf.slot_lead):]
        tail = gf.tail
        if tail:
            if raw.endswith(tail):
                raw = raw[: len(raw) - len(tail)]
            else:
                lead = tail.split("{{")[0]
                if lead.strip():
                    cut = raw.find(lead)
                    if cut > 0:
                        raw = raw[:cut]
        if gf.is_html:  # up to the first block-level tag, inline tags (<b>, <span>) removed
            raw = _HTML_TAG.sub("", _HTML_BLOCK_TAG.split(raw, 1)[0])
        if gf.greeting.render_suffix is None:
            trimmed = raw.rstrip()
            if trimmed and trimmed[-1] in _TERMINATORS:
                raw = trimmed.rstrip(_TERMINATORS)
    else:
        # the slot is not found by its literal prefix ({% if %} blocks in the greeting line):
        # read the rendered greeting line again with the greeting matcher
        found = _rematch(message, gf)
        if found is None:
            return None
        line, raw = found
        exact = False
    if gf.is_html:
        line = _visible_html_line(line)
        if "&" in raw:
            raw = html.unescape(raw)
    stripped = raw.strip()
    fallback = bool(stripped) and stripped.casefold() in gf.fallbacks
    honorific, source, name = None, None, stripped
    if gf.honorific is not None:
        honorific, source = gf.honorific, "template"
    split, rest = split_honorific(stripped, gf.honorifics)
    if split is not None:
        name = rest
        if honorific is None:
            honorific, source = split, ("field" if gf.honorific_field else "name")
        elif not gf.honorific_field:
            source = "name"  # "Dear Mr. {{ last_name }}" with last_name "Mr. Okoro"
    elif gf.honorific_field and stripped.rstrip(".").lower() in gf.honorifics:
        honorific, source, name = stripped, "field", ""  # "Dear Mr. ," : the name itself is empty
    return ReadGreeting(line, raw, honorific, source, name, fallback, exact)


def _visible_html_line(line: str) -> str:
    """The first block of an HTML line as the reader sees it: "<p>Hi ,</p><p>x" -> "Hi ,"."""
    for block in _HTML_BLOCK_TAG.split(line):
        visible = _HTML_TAG.sub("", block)
        if visible.strip():
            return html.unescape(visible)
    return ""


def _rematch(message: MessageContext, gf: GreetingFacts) -> tuple[str, str] | None:
    text = message.text
    if gf.is_html:
        text = _HTML_TAG.sub("\n", text)
    for line in text.splitlines():
        if line.strip():
            break
    else:
        return None
    stripped = line.strip()
    match = match_greeting(stripped, message.template.locales, gf.locale)
    if match is None or match.word.lower() != gf.greeting.match.word.lower():
        return None
    return line, match.name_text


# ----------------------------------------------------------------------------- shared base



def role_hint(gf: GreetingFacts) -> str | None:
    return {"given": "given", "family": "family", "full": "full"}.get(gf.name_role or "", None)
