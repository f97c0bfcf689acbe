"""Salutation rules (FL1xx): the greeting checked against each recipient's record.

Each rule looks at the greeting twice: once in the template (``check_template``: which
variable fills the name slot, is there an honorific) and once per rendered message (``check``:
which text will this recipient actually read, compared with their record). The template pass
runs even without recipients, so a pre-commit run catches ``Hi {{ last_name }},``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from . import namefacts as facts
from ..context import MessageContext, RenderedGreeting, TemplateContext
from ..model import Finding
from ..rule import SKIP, MessageCheck, TemplateCheck
from ..templates import Greeting, VariableUse

_WORD = re.compile(r"[^\W\d_][\w'’\-]*", re.UNICODE)


@dataclass(slots=True)
class GreetingState:
    """What every salutation rule needs to know about a template's greeting, computed once."""

    greeting: Greeting
    roles: dict[str, list[VariableUse]] = field(default_factory=dict)  # role -> slot variables
    honorific: str | None = None  # literal honorific before the slot ("Mr.", "Frau")
    honorifics: frozenset[str] = frozenset()  # the locale's honorifics, lower-case, no dots
    static_fired: bool = False

    @property
    def informal(self) -> bool:
        return not self.greeting.is_formal and self.honorific is None

    def has(self, role: str) -> bool:
        return bool(self.roles.get(role))


def greeting_state(template: TemplateContext) -> GreetingState | None:
    greeting = template.greeting
    if greeting is None:
        return None
    state = GreetingState(greeting)
    for use in greeting.slot_variables:
        role = template.role_of(use.path) or "other"
        state.roles.setdefault(role, []).append(use)
    state.honorific = greeting.match.honorific
    state.honorifics = template.locales.honorifics(greeting.locale) | template.locales.honorifics("en")
    return state


def split_honorific(name: str, honorifics: frozenset[str]) -> tuple[str | None, str]:
    """``"Mr. Daniel Okoro"`` -> (``"Mr."``, ``"Daniel Okoro"``)."""
    parts = name.split(None, 1)
    if len(parts) == 2 and parts[0].rstrip(".").lower() in honorifics and parts[0].rstrip(".").isalpha():
        return parts[0], parts[1].strip()
    return None, name


class _GreetingCheck(MessageCheck):
    """Shared set-up: per-template greeting state, and SKIP when there is no greeting slot."""

    needs_slot_variables = True

    def prepare(self, context: TemplateContext) -> Any:
        state = greeting_state(context)
        if state is None:
            return SKIP
        if self.needs_slot_variables and not state.greeting.slot_variables:
            return SKIP
        return state

    def rendered(self, message: MessageContext, state: GreetingState) -> tuple[RenderedGreeting, str | None, str] | None:
        """(rendered greeting, honorific in use, the name without honorific) or None."""
        if state.static_fired:
            return None
        greeting = message.greeting
        if greeting is None:
            return None
        split = message.memo.get("honorific_split")
        if split is None:
            split = message.memo["honorific_split"] = split_honorific(greeting.name, state.honorifics)
        honorific, name = split
        return greeting, honorific or state.honorific, name


# ----------------------------------------------------------------------------- FL101


class GreetingUsesSurname(_GreetingCheck):
    """An informal greeting that reads the family name: "Hi Behnia," to Parissa Behnia."""

    def check_template(self, template: TemplateContext, state: GreetingState) -> Iterable[Finding]:
        if not state.informal or not state.has("family"):
            return
        if state.has("given") or state.has("full") or state.has("preferred"):
            return  # "Hi {{ first_name }} {{ last_name }}" is a full-name greeting (FL109)
        state.static_fired = True
        for use in state.roles["family"]:
            yield Finding(
                f"the informal greeting \"{state.greeting.match.word}\" is followed by {use.dotted!r}, "
                "the family name; recipients are greeted by their surname",
                span=use.span,
                fix="{{{{ first_name }}}}",
            )

    def check(self, message: MessageContext, state: GreetingState) -> Iterable[Finding]:
        if not state.informal:
            return
        found = self.rendered(message, state)
        if found is None:
            return
        greeting, honorific, name = found
        if not name or honorific:
            return
        names = message.recipient.names
        given, family = names.given, names.family
        if facts.same_name(given, family):
            return  # "Li Li", or a mononym copied into both fields
        span = state.greeting.slot_span
        if family and (facts.same_name(name, family) or facts.is_surname_of(name, family)):
            if given and facts.same_name(name, given):
                return
            yield Finding(
                "the greeting says {name}, which is this recipient's family name; their given name is {given}",
                span=span,
                personal={"name": name, "given": given or "(empty)"},
                fix=given or None,
            )
            return
        if given and family and facts.same_name(name, given):
            verdict = facts.record_swap(message.recipient)
            if verdict is not None:
                yield Finding(
                    "the greeting says {name}, but this record's first and last name fields look swapped "
                    f"({verdict.reason}); the recipient is probably {{family}}",
                    span=span,
                    personal={"name": name, "family": family},
                )


# ----------------------------------------------------------------------------- FL102


class HonorificWithGivenName(_GreetingCheck):
    """"Dear Mr. Daniel": an honorific belongs with the family name."""

    def check_template(self, template: TemplateContext, state: GreetingState) -> Iterable[Finding]:
        if state.honorific is None or state.has("family") or state.has("full"):
            return
        uses = state.roles.get("given", []) + state.roles.get("preferred", [])
        if not uses:
            return
        state.static_fired = True
        for use in uses:
            yield Finding(
                f"{state.honorific!r} is followed by {use.dotted!r}, a given name; "
                "an honorific goes with the family name (\"Dear Mr. Okoro\")",
                span=use.span,
                fix="{{{{ last_name }}}}",
            )

    def check(self, message: MessageContext, state: GreetingState) -> Iterable[Finding]:
        found = self.rendered(message, state)
        if found is None:
            return
        greeting, honorific, name = found
        if honorific is None or not name:
            return
        names = message.recipient.names
        if not names.given or facts.same_name(names.given, names.family):
            return
        if facts.same_name(name, names.given) and not facts.same_name(name, names.family):
            yield Finding(
                f"{honorific!r} is followed by {{name}}, this recipient's given name; write the family name {{family}}",
                span=state.greeting.slot_span,
                personal={"name": name, "family": names.family or "(unknown)"},
            )


# ----------------------------------------------------------------------------- FL103


class EmptyGreetingName(_GreetingCheck):
    """"Hi ,": the name slot rendered empty for this recipient."""

    def prepare(self, context: TemplateContext) -> Any:
        state = super().prepare(context)
        if state is SKIP:
            return SKIP
        # a slot whose every variable has an empty-safe fallback cannot render empty
        if all(u.has_fallback and (u.default is None or u.default.covers_empty) for u in state.greeting.slot_variables) \
                and any(u.default is not None or u.has_fallback for u in state.greeting.slot_variables):
            if not any(u.default is not None and not u.default.covers_empty for u in state.greeting.slot_variables):
                return SKIP
        return state

    def check(self, message: MessageContext, state: GreetingState) -> Iterable[Finding]:
        greeting = message.greeting
        if greeting is None:
            return
        _, name = split_honorific(greeting.name, state.honorifics)
        if name.strip() and greeting.name.strip():
            return
        hint = ""
        fix = None
        weak_default = next(
            (u for u in state.greeting.slot_variables if u.default is not None and not u.default.covers_empty), None
        )
        if weak_default is not None:
            fallback = weak_default.default.fallback if weak_default.default else "there"
            hint = (f"; default({fallback!r}) only applies when the field is missing, not when it is empty: "
                    f"use default({fallback!r}, true)")
            fix = f"{{{{{{{{ {weak_default.dotted} | default({fallback!r}, true) }}}}}}}}"
        field_name = message.recipient.field_name("given") or (state.greeting.slot_variables[0].dotted)
        yield Finding(
            f"the greeting has no name for this recipient ({field_name!r} is empty), so it reads "
            f"{_quote_line(greeting.line)}{hint}",
            span=state.greeting.slot_span,
            fix=fix,
        )


def _quote_line(line: str) -> str:
    text = line.strip()
    if len(text) > 40:
        text = text[:40] + "…"
    return '"' + text.replace("{", "{{").replace("}", "}}") + '"'


# ----------------------------------------------------------------------------- FL104


class NameCasing(_GreetingCheck):
    """"Hi PARISSA" / "Hi parissa": shouting or careless casing from the CRM."""

    def check(self, message: MessageContext, state: GreetingState) -> Iterable[Finding]:
        found = self.rendered(message, state)
        if found is None:
            return
        _, _, name = found
        if not name or facts.junk(name, "given"):
            return
        suggestion = facts.casing_suggestion(name, "given")
        if suggestion and suggestion != name:
            style = "ALL CAPS" if name.isupper() else "all lower-case"
            yield Finding(
                f"the greeting name {{name}} is {style}; write {{suggestion}}",
                span=state.greeting.slot_span,
                personal={"name": name, "suggestion": suggestion},
                fix="{suggestion}",
            )


# ----------------------------------------------------------------------------- FL105


class NotAName(_GreetingCheck):
    """The greeting's name is not a name: "Hi test,", "Hi N/A,", "Hi info@acme.com,", "Hi Acme Ltd,"."""

    def check(self, message: MessageContext, state: GreetingState) -> Iterable[Finding]:
        greeting = message.greeting
        if greeting is None or state.static_fired:
            return
        name = greeting.name
        if not name:
            return
        honorific, bare = split_honorific(name, state.honorifics)
        if honorific and state.honorific is None and state.informal:
            detail = "an honorific in the name field"
        else:
            finding = facts.junk(bare if honorific else name, "given")
            if finding is None:
                return
            detail = finding.detail
        yield Finding(
            f"the greeting name {{name}} is not a usable name ({detail})".replace("{{name}}", "{name}"),
            span=state.greeting.slot_span,
            personal={"name": name},
        )


# ----------------------------------------------------------------------------- FL106


class GreetingWhitespace(_GreetingCheck):
    """"Hi Parissa ," / "Hi  Parissa": stray spaces from the data around the name."""

    def check(self, message: MessageContext, state: GreetingState) -> Iterable[Finding]:
        greeting = message.greeting
        if greeting is None or not greeting.name:
            return
        raw = greeting.raw_name
        problems = []
        if raw != raw.rstrip() and state.greeting.render_suffix:
            problems.append(f"a space before {state.greeting.render_suffix!r}")
        if raw != raw.lstrip():
            problems.append("extra space before the name")
        if "  " in raw.strip() or "\t" in raw:
            problems.append("double spaces inside the name")
        if problems:
            yield Finding(
                f"the greeting has {' and '.join(problems)} for this recipient: {{line}}",
                span=state.greeting.slot_span,
                personal={"line": greeting.line.strip()},
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
        honorific, bare = split_honorific(literal, target.locales.honorifics(greeting.locale) | target.locales.honorifics("en"))
        words = _WORD.findall(bare)
        if not words or len(words) > 3 or not words[0][:1].isupper():
            return
        if any(w.lower() in generic for w in words):
            return
        if not facts.is_known_given_name(words[0]) and not (honorific and facts.is_known_family_name(words[-1])):
            return
        yield Finding(
            f"the greeting names one person ({literal!r}) in a template sent to many recipients; "
            "use the recipient's name field",
            span=greeting.slot_span,
            fix="{{{{ first_name }}}}",
        )


# ----------------------------------------------------------------------------- FL108


class PreferredNameIgnored(_GreetingCheck):
    """The record says "goes by Bill" but the greeting uses William."""

    def prepare(self, context: TemplateContext) -> Any:
        state = super().prepare(context)
        if state is SKIP or state.has("preferred"):
            return SKIP  # the template already reads the preferred name
        return state

    def check(self, message: MessageContext, state: GreetingState) -> Iterable[Finding]:
        found = self.rendered(message, state)
        if found is None:
            return
        _, honorific, name = found
        if honorific:
            return  # formal greetings use the family name, not the nickname
        names = message.recipient.names
        preferred = (names.preferred or "").strip()
        if not preferred or not names.given or facts.same_name(preferred, names.given):
            return
        if facts.junk(preferred, "given"):
            return
        if facts.same_name(name, names.given) and not facts.same_name(name, preferred):
            yield Finding(
                f"this recipient's record has a preferred name ({names.preferred_field!r}) of {{preferred}}, "
                "but the greeting uses their given name {name}",
                span=state.greeting.slot_span,
                personal={"preferred": preferred, "name": name},
                fix="{{{{ " + (names.preferred_field or "preferred_name") + " or " + (names.given_field or "first_name") + " }}}}",
            )


# ----------------------------------------------------------------------------- FL109


class FullNameInInformalGreeting(_GreetingCheck):
    """"Hi Parissa Behnia," reads like a mail merge; "Hi Parissa," reads like a person."""

    def check_template(self, template: TemplateContext, state: GreetingState) -> Iterable[Finding]:
        if not state.informal:
            return
        if state.has("full") or (state.has("given") and state.has("family")):
            state.static_fired = True
            uses = state.roles.get("full", []) + state.roles.get("family", [])
            yield Finding(
                f"the informal greeting \"{state.greeting.match.word}\" uses the full name "
                f"({', '.join(repr(u.dotted) for u in uses)}); greet by the given name",
                span=uses[0].span,
                fix="{{{{ first_name }}}}",
            )

    def check(self, message: MessageContext, state: GreetingState) -> Iterable[Finding]:
        if not state.informal:
            return
        found = self.rendered(message, state)
        if found is None:
            return
        _, honorific, name = found
        names = message.recipient.names
        if not names.given or not names.family or facts.same_name(names.given, names.family):
            return
        full = f"{names.given} {names.family}"
        if facts.same_name(name, full) or (names.full and facts.same_name(name, names.full) and " " in name.strip()):
            yield Finding(
                "the informal greeting uses this recipient's full name {name}; greet them by {given}",
                span=state.greeting.slot_span,
                personal={"name": name, "given": names.given},
            )
