"""Salutation rules (FL1xx): the greeting checked against each recipient's record.

Each rule looks at the greeting twice: once in the template (``check_template``: which
variable fills the name slot, is there an honorific) and once per rendered message (``check``:
which text will this recipient actually read, compared with their record). The template pass
runs even without recipients, so a pre-commit run catches ``Hi {{ last_name }},``.

Everything that does not depend on the recipient is worked out once per template
(:class:`GreetingFacts`, shared by all FL1 rules); what the recipient reads is worked out once
per message (:func:`read_greeting`, memoised in ``message.memo``), so each rule's per-message
work is a few string comparisons.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Iterable

import yaml
from jinja2 import TemplateSyntaxError, nodes

from . import namefacts as facts
from .. import fixes
from ..context import MessageContext, TemplateContext
from ..locales import match_greeting
from ..model import Finding, escape_braces
from ..parse_cache import expression
from ..recipients import lookup
from ..resources import load_yaml, rules_path
from ..rule import SKIP, MessageCheck, TemplateCheck
from ..templates import Greeting, VariableUse

_WORD = re.compile(r"[^\W\d_][\w'’\-]*", re.UNICODE)
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
def _locale_extras() -> _LocaleExtras:
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
    extras = _locale_extras()
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
        words = _WORD.findall(after.split("{{")[0])
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



def _role_hint(gf: GreetingFacts) -> str | None:
    return {"given": "given", "family": "family", "full": "full"}.get(gf.name_role or "", None)


class _GreetingCheck(MessageCheck):
    """Shared set-up: the template's greeting facts, and SKIP when there is no greeting slot."""

    record_memo = True

    def prepare(self, context: TemplateContext) -> Any:
        gf = greeting_facts(context)
        if gf is None or not gf.greeting.slot_variables:
            return SKIP
        return GreetingState(gf)

    def read(self, message: MessageContext, state: GreetingState) -> ReadGreeting | None:
        """The rendered greeting, or None when this rule already fired on the template itself."""
        if state.static_fired:
            return None
        return read_greeting(message, state.facts)


# ----------------------------------------------------------------------------- FL101


class GreetingUsesSurname(_GreetingCheck):
    """A greeting that expects a given name but reads the family name: "Hi Behnia," to Parissa Behnia."""

    def check_template(self, template: TemplateContext, state: GreetingState) -> Iterable[Finding]:
        gf = state.facts
        if not gf.takes_given or gf.collective or not gf.has("family"):
            return
        if gf.has("given") or gf.has("full") or gf.has("preferred") or gf.has("other"):
            return  # full names (FL109) and fallbacks ({{ first_name or last_name }}) are per recipient
        state.static_fired = True
        for use in gf.roles["family"]:
            yield Finding(
                f"the greeting \"{escape_braces(gf.greeting.match.word)}\" is followed by {escape_braces(repr(use.dotted))}, "
                "the family name; recipients are greeted by their surname",
                span=use.span,
                fix="{{{{ first_name }}}}",
                edit=fixes.given_name_edit(template, use) if gf.informal else None,
            )

    def check(self, message: MessageContext, state: GreetingState) -> Iterable[Finding]:
        gf = state.facts
        if not gf.takes_given or gf.collective:
            return
        read = self.read(message, state)
        if read is None or read.fallback or not read.name or read.honorific:
            return
        name = read.name
        names = message.recipient.names
        given, family = names.given, names.family
        if facts.same_name(given, family):
            return  # "Li Li", or a mononym copied into both fields
        span = gf.greeting.slot_span
        if family and (facts.same_name(name, family) or facts.is_surname_of(name, family)):
            if given and (facts.same_name(name, given) or facts.same_name(name, facts.first_word(given))):
                return
            if not (given and given.strip()) and not facts.leans_family(family):
                return  # only one name on record (a mononym in the last-name column)
            yield Finding(
                "the greeting says {name}, which is this recipient's family name; their given name is {given}",
                span=span,
                personal={"name": name, "given": (given or "").strip() or "(empty)"},
                fix="{given}" if given and given.strip() else None,
            )
            return
        if given and family and facts.same_name(name, given):
            verdict = facts.record_swap(message.recipient)
            if verdict is not None:
                yield Finding(
                    "the greeting says {name}, but this record's first and last name fields look swapped "
                    f"({escape_braces(verdict.reason)}); the recipient is probably {{family}}",
                    span=span,
                    personal={"name": name, "family": family},
                )
            return
        if given and facts.same_name(name, given.split(",")[0]):
            last_first = facts.last_first(given)
            if last_first is not None:
                yield Finding(
                    "the first-name field holds {value}, a \"Last, First\" name, so the greeting starts "
                    "with the family name {name}",
                    span=span,
                    personal={"value": given.strip(), "name": name},
                )


# ----------------------------------------------------------------------------- FL102


class HonorificWithGivenName(_GreetingCheck):
    """"Dear Mr. Daniel": an honorific belongs with the family name."""

    def check_template(self, template: TemplateContext, state: GreetingState) -> Iterable[Finding]:
        gf = state.facts
        if gf.honorific is None or gf.has("family") or gf.has("full") or gf.has("other"):
            return
        uses = gf.roles.get("given", []) + gf.roles.get("preferred", [])
        if not uses:
            return
        state.static_fired = True
        for use in uses:
            yield Finding(
                f"{escape_braces(repr(gf.honorific))} is followed by {escape_braces(repr(use.dotted))}, a given name; "
                "an honorific goes with the family name (\"Dear Mr. Okoro\", \"Sehr geehrte Frau Berg\")",
                span=use.span,
                fix="{{{{ last_name }}}}",
            )

    def check(self, message: MessageContext, state: GreetingState) -> Iterable[Finding]:
        read = self.read(message, state)
        if read is None or read.fallback or not read.name or read.honorific is None:
            return
        if read.honorific_source == "name":
            return  # an honorific typed into the name column: FL105
        names = message.recipient.names
        given, family = names.given, names.family
        if not given or facts.same_name(given, family):
            return
        name = read.name
        span = state.facts.greeting.slot_span
        honorific = escape_braces(repr(read.honorific))
        if facts.same_name(name, given) and not facts.same_name(name, family):
            yield Finding(
                f"{honorific} is followed by {{name}}, this recipient's given name; write the family name {{family}}",
                span=span,
                personal={"name": name, "family": (family or "").strip() or "(unknown)"},
            )
        elif family and facts.same_name(name, family):
            verdict = facts.record_swap(message.recipient)
            if verdict is not None:
                yield Finding(
                    f"{honorific} is followed by {{name}}, but this record's first and last name fields look "
                    f"swapped ({escape_braces(verdict.reason)}), so that is probably the given name; the family name "
                    "is probably {family}",
                    span=span,
                    personal={"name": name, "family": given},
                )


# ----------------------------------------------------------------------------- FL103


class EmptyGreetingName(_GreetingCheck):
    """"Hi ,": the name slot rendered empty for this recipient."""

    def check(self, message: MessageContext, state: GreetingState) -> Iterable[Finding]:
        read = self.read(message, state)
        if read is None or (read.name and read.raw.strip()):
            return
        gf = state.facts
        data = message.recipient.data
        empty: list[tuple[VariableUse, Any]] = []
        for use in gf.greeting.slot_variables:
            if gf.honorific_field and use in gf.roles.get("honorific", ()):
                continue
            value = lookup(data, use.path)
            if value is None or (isinstance(value, str) and not value.strip()):
                empty.append((use, value))
        use, value = empty[0] if empty else (gf.greeting.slot_variables[0], None)
        hint = ""
        fix = None
        if use.default is not None and not use.default.covers_empty:
            fallback = use.default.fallback if use.default.fallback is not None else "there"
            hint = (f"; default({fallback!r}) only applies when the field is missing, not when it is empty: "
                    f"use default({fallback!r}, true)")
            fix = f"{{{{{{{{ {use.dotted} | default({fallback!r}, true) }}}}}}}}"
        elif isinstance(value, str) and value and use.has_fallback:
            hint = ("; the field holds only spaces, which count as a value for a fallback: "
                    f"trim it first, {{{{ {use.dotted} | trim | default('there', true) }}}}")
        state_word = "has only spaces" if isinstance(value, str) and value else "is empty"
        if value is None and use.path[0] not in data:
            state_word = "is missing"
        edit = None
        if empty and (value is None or value == "") and not use.guarded:  # a fallback fixes it; spaces it would not
            bare = (len(gf.greeting.slot_variables) == 1 and not gf.addressed_formally and not gf.slot_lead
                    and not gf.collective and not use.has_fallback)
            edit = fixes.fallback_edit(message.template.info, use, greeting_word=gf.greeting.match.word,
                                       locale=gf.locale, bare_slot=bare)
        yield Finding(
            f"the greeting has no name for this recipient ({escape_braces(repr(use.dotted))} {state_word}), so it reads "
            f"{_quote_line(read.line)}{escape_braces(hint)}",
            span=gf.greeting.slot_span,
            fix=fix,
            edit=edit,
        )


def _quote_line(line: str) -> str:
    text = line.strip()
    if len(text) > 40:
        text = text[:40] + "…"
    return '"' + escape_braces(text) + '"'


# ----------------------------------------------------------------------------- FL104


class NameCasing(_GreetingCheck):
    """"Hi PARISSA" / "Hi parissa": shouting or careless casing from the CRM."""

    def check(self, message: MessageContext, state: GreetingState) -> Iterable[Finding]:
        read = self.read(message, state)
        if read is None or read.fallback or not read.name:
            return
        role = _role_hint(state.facts)
        name = read.name
        if facts.junk(name, role):
            return
        suggestion = facts.casing_suggestion(name, role)
        if suggestion and suggestion != name:
            style = "ALL CAPS" if name.isupper() else "all lower-case"
            gf = state.facts
            edit = None
            # the template edit title-cases ALL-CAPS values; offered only where that gives this
            # recipient exactly the right name (never for MCDONALD, VAN DER BERG, O'NEIL)
            if (name.isupper() and len(gf.greeting.slot_variables) == 1 and not gf.slot_lead
                    and read.raw.strip() == name and fixes.title_case(name) == suggestion):
                edit = fixes.casing_edit(message.template.info, gf.greeting.slot_variables[0])
            yield Finding(
                f"the greeting name {{name}} is {style}; write {{suggestion}}",
                span=state.facts.greeting.slot_span,
                personal={"name": name, "suggestion": suggestion},
                masked=f"the greeting name is {style}; write it the way the name is normally written "
                       "(`followup-lint preview --row N` shows the value)",
                fix="{suggestion}",
                edit=edit,
            )


# ----------------------------------------------------------------------------- FL105


class NotAName(_GreetingCheck):
    """The greeting's name is not a name: "Hi test,", "Hi N/A,", "Hi info@acme.com,", "Hi Acme Ltd,"."""

    def check(self, message: MessageContext, state: GreetingState) -> Iterable[Finding]:
        read = self.read(message, state)
        if read is None or read.fallback:
            return
        gf = state.facts
        shown = read.raw.strip()
        if not shown:
            return
        role = _role_hint(gf)
        if read.honorific_source == "name" and role != "full":
            detail = "an honorific in the name field"
        else:
            if not read.name:
                return
            finding = facts.junk(read.name, role)
            if finding is None:
                return
            detail = finding.detail
            if read.name == "None" and any(
                lookup(message.recipient.data, use.path) is None for use in gf.greeting.slot_variables
            ):
                detail = "the field is null, and the template prints it as 'None'"
                yield Finding(
                    f"the greeting name {{name}} is not a usable name ({detail}); "
                    "give the greeting a fallback, `default('there', true)`",
                    span=gf.greeting.slot_span,
                    personal={"name": shown},
                )
                return
        yield Finding(
            f"the greeting name {{name}} is not a usable name ({escape_braces(detail)})",
            span=gf.greeting.slot_span,
            personal={"name": shown},
        )


# ----------------------------------------------------------------------------- FL106


class GreetingWhitespace(_GreetingCheck):
    """"Hi Parissa ," / "Hi  Parissa": stray spaces from the data around the name."""

    def check(self, message: MessageContext, state: GreetingState) -> Iterable[Finding]:
        read = self.read(message, state)
        if read is None or not read.raw.strip() or not read.name:
            return  # nothing but spaces (or an honorific alone) is FL103's
        raw = read.raw
        gf = state.facts
        data = message.recipient.data
        if not any(
            isinstance(value, str) and (value != value.strip() or "  " in value or "\t" in value)
            for value in (lookup(data, use.path) for use in gf.greeting.slot_variables)
        ):
            return  # the spacing comes from the template joining an empty field, not from the data
        problems = []
        if read.exact and raw != raw.rstrip():
            after = gf.greeting.render_suffix or gf.tail.strip()[:1]
            if after:
                problems.append(f"a space before {after!r}")
        # HTML collapses runs of spaces: only a space before punctuation shows there
        if read.exact and raw != raw.lstrip() and not gf.is_html:
            problems.append("extra space before the name")
        inner = raw.strip()
        if ("  " in inner or "\t" in inner) and not gf.is_html:
            problems.append("double spaces inside the name")
        if problems:
            yield Finding(
                f"the greeting has {escape_braces(' and '.join(problems))} for this recipient: {{line}}",
                span=gf.greeting.slot_span,
                personal={"line": read.line.strip()},
            )


# ----------------------------------------------------------------------------- FL107


class HardCodedName(TemplateCheck):
    """"Hi Sarah," written into a template that goes to many people."""

    def check(self, target: TemplateContext, state: Any) -> Iterable[Finding]:
        greeting = target.greeting
        if greeting is None or greeting.slot_variables or not greeting.slot_literal:
            return
        literal = greeting.slot_literal.strip()
        generic = target.locales.generic_names(greeting.locale)
        if literal.lower() in generic:
            return
        honorific, bare = split_honorific(
            literal, target.locales.honorifics(greeting.locale) | target.locales.honorifics("en")
        )
        honorific = honorific or greeting.match.honorific
        words = _WORD.findall(bare)
        if not words or len(words) > 4 or not words[0][:1].isupper():
            return
        if any(w.lower() in generic or w.lower() in _locale_extras().collective for w in words):
            return
        known = facts.is_known_given_name(words[0]) or (honorific and facts.is_known_family_name(words[-1]))
        if not known:
            return
        yield Finding(
            f"the greeting names a person ({escape_braces(repr(literal))}) in a template sent to many recipients; "
            "use the recipient's name field",
            span=greeting.slot_span,
            fix="{{{{ last_name }}}}" if honorific else "{{{{ first_name }}}}",
        )


# ----------------------------------------------------------------------------- FL108


class PreferredNameIgnored(_GreetingCheck):
    """The record says "goes by Bill" but the greeting uses William."""

    def prepare(self, context: TemplateContext) -> Any:
        state = super().prepare(context)
        if state is SKIP or state.has("preferred") or not state.facts.takes_given:
            return SKIP  # the template already reads the preferred name, or greets formally
        return state

    def check(self, message: MessageContext, state: GreetingState) -> Iterable[Finding]:
        names = message.recipient.names
        preferred = (names.preferred or "").strip()
        if not preferred or not names.given:
            return
        read = self.read(message, state)
        if read is None or read.fallback or read.honorific or not read.name:
            return
        given = names.given
        if facts.same_name(preferred, given) or facts.same_name(facts.first_word(preferred), facts.first_word(given)):
            return  # the same name, or "Oluwaseun A." / "Oluwaseun Adeyemi"
        if facts.junk(preferred, "given"):
            return
        name = read.name
        if facts.same_name(name, given) and not facts.same_name(name, preferred):
            fix_field = (names.preferred_field or "preferred_name") + " or " + (names.given_field or "first_name")
            yield Finding(
                f"this recipient's record has a preferred name ({escape_braces(repr(names.preferred_field))}) of {{preferred}}, "
                "but the greeting uses their given name {name}",
                span=state.facts.greeting.slot_span,
                personal={"preferred": preferred, "name": name},
                fix="{{{{ " + escape_braces(fix_field) + " }}}}",
            )


# ----------------------------------------------------------------------------- FL109


class FullNameInInformalGreeting(_GreetingCheck):
    """"Hi Parissa Behnia," reads like a mail merge; "Hi Parissa," reads like a person."""

    def check_template(self, template: TemplateContext, state: GreetingState) -> Iterable[Finding]:
        gf = state.facts
        if not gf.full_name_informal or gf.collective:
            return
        if gf.has("full") or gf.full_combo:
            state.static_fired = True
            uses = gf.roles.get("full", []) + gf.roles.get("family", [])
            yield Finding(
                f"the informal greeting \"{escape_braces(gf.greeting.match.word)}\" uses the full name "
                f"({escape_braces(', '.join(repr(u.dotted) for u in uses))}); greet by the given name",
                span=uses[0].span,
                fix="{{{{ first_name }}}}",
            )

    def check(self, message: MessageContext, state: GreetingState) -> Iterable[Finding]:
        gf = state.facts
        if not gf.full_name_informal or gf.collective:
            return
        read = self.read(message, state)
        if read is None or read.fallback or not read.name or " " not in read.name:
            return
        name = read.name
        names = message.recipient.names
        given, family = (names.given or "").strip(), (names.family or "").strip()
        if not given or facts.same_name(given, family):
            return
        full = False
        if family:
            if facts.same_name(name, f"{given} {family}"):
                full = True
            elif names.full and facts.same_name(name, names.full):
                full = True
            elif facts.same_name(name, given) and facts.contains_name(given, family):
                full = True  # the first-name column holds the whole name ("Parissa Behnia")
        elif facts.same_name(name, given) and facts.looks_like_full_name(given):
            full = True  # "Nguyen Van Anh" in the first-name column, nothing in the last-name one
        if full:
            short = facts.given_part(given, family)
            yield Finding(
                "the informal greeting uses this recipient's full name {name}; greet them by {given}",
                span=gf.greeting.slot_span,
                personal={"name": name, "given": short},
            )
