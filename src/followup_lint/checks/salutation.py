"""Salutation rules (FL1xx): the greeting checked against each recipient's record.

Each rule looks at the greeting twice: once in the template (``check_template``: which
variable fills the name slot, is there an honorific) and once per rendered message (``check``:
which text will this recipient actually read, compared with their record). The template pass
runs even without recipients, so a pre-commit run catches ``Hi {{ last_name }},``.

The work that does not depend on the rule (which variable fills the name slot, what a
recipient will read) is done once per template and once per message, in greeting_reading.py,
so each rule's per-message work is a few string comparisons.
"""

from __future__ import annotations

from typing import Any, Iterable

from . import namefacts as facts
from .. import fixes
from ..context import MessageContext, TemplateContext
from ..model import Finding, escape_braces
from ..recipients import lookup
from ..rule import SKIP, MessageCheck, TemplateCheck
from ..templates import VariableUse
from .greeting_reading import (
    WORD,
    GreetingState,
    ReadGreeting,
    greeting_facts,
    locale_extras,
    read_greeting,
    role_hint,
    split_honorific,
)


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
        role = role_hint(state.facts)
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
        role = role_hint(gf)
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
        words = WORD.findall(bare)
        if not words or len(words) > 4 or not words[0][:1].isupper():
            return
        if any(w.lower() in generic or w.lower() in locale_extras().collective for w in words):
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
