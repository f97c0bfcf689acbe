"""Personalization rules (FL3xx): does the email show that someone knows who it is for?"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from ..attendance import ATTENDED, FLAG, INVITED, MISSED, REGISTERED, attendance_of, value_answer
from ..attendance_scan import TICKET_HOLDERS, blank_means_no_show, ticket_means_no_show
from ..context import MessageContext, TemplateContext
from ..model import Finding, Span, escape_braces
from ..parse_cache import subject_names
from ..recipients import flat_keys, fold_key, lookup
from ..rule import SKIP, MessageCheck, TemplateCheck
from ..template_kinds import kind_in
from ..templates import VariableUse
from .attendance_phrases import presumed_attendance
from ..content.email_roles import roles_of_context
from ..content.name_only_context import hands_over_steps, same_on_purpose
from ..shared_columns import shared_by_design
from ..variable_kinds import NAME_ROLES, is_event_variable, is_plumbing_variable, is_sender_variable

def attended_value(raw: Any) -> bool | None:
    """True / False for one attendance value ("Yes", "no-show", "Registered - did not attend"),
    None when it says neither (the table: rules/data/attendance.yml, see attendance.py)."""
    answer = value_answer(raw, FLAG)
    if answer not in (ATTENDED, MISSED, REGISTERED, INVITED):
        return None
    return answer == ATTENDED


def _phrase_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    words = sorted({" ".join(str(p).split()) for p in phrases if str(p).strip()}, key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


class AttendanceMismatch(MessageCheck):
    """FL301: "Thanks for attending" sent to someone whose record says they did not attend."""

    record_memo = True

    @property
    def reads_whole_columns(self) -> bool:
        """A ticket-only status and an empty count cell are read from the whole column
        (attendance_scan.py)."""
        return True

    def prepare(self, context: TemplateContext) -> Any:
        # any wording with the `attendance` role (checks/attendance_phrases.py), plus the
        # rule's own `attendance_phrases`
        presumed = presumed_attendance(context)
        body_hits: list[str] = []
        subject_hits: list[str] = []
        if any(str(p).strip() for p in self.data.get("attendance_phrases") or ()):  # the user's own literal phrases
            pattern = _phrase_regex(self.data["attendance_phrases"])
            body_hits = [m.group(0) for m in pattern.finditer(context.info.neutral_text)]
            subject_hits = [m.group(0) for m in pattern.finditer(context.info.subject or "")]
        body_hits += [p.probe for p in presumed if not p.in_subject]
        subject_hits += [p.probe for p in presumed if p.in_subject]
        if not body_hits and not subject_hits:
            return SKIP  # the template never thanks anyone for attending: nothing to do per recipient
        # per recipient, look only for the phrases this template actually contains: much cheaper
        evidence = {" ".join(p.probe.split()).casefold(): p.evidence for p in presumed}
        tickets = str(self.options.get("ticket_holders", "auto"))
        if tickets not in TICKET_HOLDERS:
            raise ValueError(f"FL301 option ticket_holders must be one of {', '.join(TICKET_HOLDERS)}, not {tickets!r}")
        live_words = [str(w) for w in self.data.get("live_words") or () if str(w).strip()]
        said_live = _phrase_regex(live_words) if live_words else None
        live = [p.probe for p in presumed if said_live is not None and said_live.search(p.sentence)]
        live_pattern = _phrase_regex(live) if live else None
        return (_phrase_regex(body_hits + subject_hits), bool(body_hits), bool(subject_hits), evidence, tickets,
                live_pattern)

    def check(self, message: MessageContext, state: tuple[Any, ...]) -> Iterable[Finding]:
        pattern, in_body, in_subject, evidence, tickets, live_pattern = state
        attendance = attendance_of(message.recipient)
        if attendance.replay_only and live_pattern is not None:
            yield from _watched_replay_only(message, attendance.field, live_pattern, evidence)
            return
        no_check_in = attendance.ticket and ticket_means_no_show(attendance.field, tickets)
        never_counted = attendance.blank and blank_means_no_show(attendance.field)
        if attendance.attended is not False and not no_check_in and not never_counted:
            return
        match = (in_body and pattern.search(message.text)) or (in_subject and pattern.search(message.subject or ""))
        if not match:
            return  # the phrase sits in a branch this recipient does not get
        info = message.template.info
        offset = info.neutral_text.lower().find(match.group(0).lower())
        span = info.neutral_span(offset, offset + len(match.group(0))) if offset >= 0 else None
        field = attendance.field
        why = evidence.get(" ".join(match.group(0).split()).casefold())
        said = ("stops at a ticket or a response and was never checked in as attending"
                + (" (others in this column were)" if tickets == "auto" else "")
                if no_check_in else
                "is empty where others in this column have a count or a time, so they did not attend"
                if never_counted else "says they did not attend")
        yield Finding(
            f"this recipient's {field!r} field {said}, but the message presumes they did "
            f"(\"{match.group(0)}\"" + (f"; {why})" if why else ")"),
            span=span,
        )


def _watched_replay_only(message: MessageContext, field: str | None, live: re.Pattern[str],
                        evidence: dict[str, str]) -> Iterable[Finding]:
    """The recipient watched only the recording (live minutes 0, on-demand minutes above 0), and
    the message says they were there live ("thanks for joining us live")."""
    match = live.search(message.text) or live.search(message.subject or "")
    if not match:
        return
    info = message.template.info
    offset = info.neutral_text.lower().find(match.group(0).lower())
    span = info.neutral_span(offset, offset + len(match.group(0))) if offset >= 0 else None
    why = evidence.get(" ".join(match.group(0).split()).casefold())
    yield Finding(
        f"this recipient's {field!r} field is 0 and only their on-demand viewing is above 0, so they watched "
        f"the recording, but the message says they were there live (\"{match.group(0)}\""
        + (f"; {why})" if why else ")"),
        span=span,
    )


# ------------------------------------------------------------------------------- audience

_PERSONAL_KINDS = ("follow-up", "prospecting")
_BROADCAST_KINDS = ("newsletter", "announcement", "transactional", "marketing")


def _audience(data: Any, kind: str | None, has_recipients: bool) -> str | None:
    """Why a template is expected to be personal: "kind" (a follow-up or prospecting
    template), "list" (sent to a recipient list and not declared a broadcast), or None."""
    if kind_in(kind, data.get("personal_kinds", _PERSONAL_KINDS)):
        return "kind"
    if has_recipients and not kind_in(kind, data.get("broadcast_kinds", _BROADCAST_KINDS)):
        return "list"
    return None


def _first_body_line(info: Any) -> Span:
    return Span.point(info.source.body_line_offset + 1)


# ------------------------------------------------------------------------ FL302 greeting

_CONNECTOR = re.compile(r"[\s/&+,]+|\b(?:or|and|oder|und|ou|et|o|y|of|en)\b", re.IGNORECASE)
# "Estimado/a", "Teilnehmer(in)", "Geehrte/r": gender endings are not words of the address
_GENDER_ENDING = re.compile(r"(?:/|\()\s*(?:a|as|e|r|in|innen|es)\)?(?!\w)", re.IGNORECASE)


def _fold_words(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split()).strip(" .,:;!?")


class GenericGreeting(TemplateCheck):
    """FL302: "Hi there," / "Dear Customer," / "To whom it may concern," to a list with names."""

    def check(self, target: TemplateContext, state: Any) -> Iterable[Finding]:
        info = target.info
        why = _audience(self.data, info.kind, target.has_recipients)
        if why is None:
            return
        reason = (
            "this template is sent to a list with names"
            if why == "list"
            else f"this is a {info.kind} template"
        )
        greeting = target.greeting
        if greeting is None:
            found = self._generic_opening(info)
            if found is not None:
                text, span = found
                yield Finding(
                    f"the email opens with \"{escape_braces(text)}\", which addresses nobody in particular, but "
                    f"{reason}; greet each recipient by name",
                    span=span,
                    fix="Hi {{{{ first_name | default('there', true) }}}},",
                )
            return
        match = greeting.match
        if greeting.slot_variables or (not greeting.slot_literal and match.name_text):
            return  # the slot holds a template expression: a name, or a fallback for one
        generic = self._generic_names(target, greeting)
        word = match.word.strip()
        honorific = match.honorific if match.honorific and match.honorific.casefold() != word.casefold() else None
        addressee = " ".join(part for part in (honorific, greeting.slot_literal.strip()) if part)
        if addressee:
            if not self._is_generic(addressee, generic, target, match.honorific is not None):
                return
        elif word.casefold() in ("dear",):
            return  # "Dear," with no name at all is a broken greeting, not a generic one
        line_span, shown = _greeting_line(info, greeting)
        message = f"the greeting \"{escape_braces(shown)}\" is generic, but {reason}; greet each recipient by name"
        # the fallback 'there' is English and informal: "Dear there" would be worse
        offer_fix = greeting.locale == "en" and not match.formal
        if addressee:
            fix = "{{{{ first_name | default('there', true) }}}}" if offer_fix else None
            yield Finding(message, span=greeting.slot_span, fix=fix)
            return
        # "Hello," / "Hi there," / "Madame, Monsieur,": the whole greeting is the problem
        fix = None
        if offer_fix:
            opener = re.sub(r"\s+there$", "", word, flags=re.IGNORECASE)
            fix = opener + " {{{{ first_name | default('there', true) }}}}"
        yield Finding(message, span=line_span, fix=fix)

    def _generic_names(self, target: TemplateContext, greeting: Any) -> frozenset[str]:
        """Generic names of English, the greeting's locale and every locale that uses the same
        greeting word ("Hallo" is German and Dutch)."""
        word = greeting.match.word.strip().casefold()
        names = set(target.locales.generic_names(greeting.locale))
        for code, words in target.locales.locales.items():
            if word in words.informal or word in words.formal:
                names |= words.generic_names
        return frozenset(_fold_words(n) for n in names)

    def _is_generic(self, addressee: str, generic: frozenset[str], target: TemplateContext, has_honorific: bool) -> bool:
        text = _fold_words(_GENDER_ENDING.sub("", addressee))
        if not text:
            return True
        if text in generic:
            return True
        words = [w.strip(".'\"") for w in _CONNECTOR.split(text) if w and w.strip(".'\"")]
        if not words or len(words) > 5:
            return False
        # "Sir or Madam", "heer/mevrouw", "Madame Monsieur": titles with nobody's name
        if has_honorific and all(w in target.locales.all_honorifics for w in words):
            return True
        # "Valued Customer", "Webinar Attendee", "Dear Fellow Members"
        modifiers = {_fold_words(str(m)) for m in self.data.get("generic_modifiers", ())}
        return all(w in generic or w in modifiers for w in words) and any(w in generic for w in words)

    def _generic_opening(self, info: Any) -> tuple[str, Span] | None:
        """A whole-line opening with no greeting word: "To whom it may concern,"."""
        phrases = {_fold_words(str(p)) for p in self.data.get("generic_openings", ())}
        if not phrases:
            return None
        text = info.neutral_text
        pos, seen = 0, 0
        while pos < len(text) and seen < 3:
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            line = text[pos:end]
            if line.strip():
                seen += 1
                if _fold_words(line) in phrases:
                    start = pos + len(line) - len(line.lstrip())
                    stop = pos + len(line.rstrip().rstrip(",:;!."))
                    return text[start:stop], info.neutral_span(start, stop)
            pos = end + 1
        return None


def _greeting_line(info: Any, greeting: Any) -> tuple[Span, str]:
    """The greeting as written (a literal line: its slot holds no variable), without its
    terminator, and its span."""
    span = greeting.span
    lines = info.source.text.splitlines()
    line = lines[span.line - 1] if 0 < span.line <= len(lines) else ""
    written = line[span.column - 1 :].rstrip().rstrip(",!:;.\u3001\uff0c").rstrip()
    if not written:
        return span, greeting.match.word
    return Span(span.line, span.column, span.line, span.column + len(written)), written




# -------------------------------------------------------------------- FL303 no data at all


class NoRecipientData(TemplateCheck):
    """FL303: a personal email (follow-up, prospecting, or sent to a list) that uses nothing
    about the recipient."""

    def check(self, target: TemplateContext, state: Any) -> Iterable[Finding]:
        info = target.info
        why = _audience(self.data, info.kind, target.has_recipients)
        if why is None or info.compiled is None or info.context_names or subject_names(info.subject, statements=True):
            return
        if why == "kind":
            yield Finding(
                f"this {info.kind} template uses no recipient data at all; every recipient gets the same text",
                span=info.source.key_spans.get("kind"),
            )
            return
        span = info.greeting.span if info.greeting is not None else _first_body_line(info)
        kind = f"kind {info.kind!r}" if info.kind else "no kind"
        yield Finding(
            f"this template is sent to a recipient list but uses no recipient data at all (it declares {kind}); "
            "every recipient gets the same text. If it is a broadcast on purpose, say so with "
            "'kind: newsletter' in its front matter",
            span=span,
        )


# ------------------------------------------------------------------ FL304 name-only

_DATE_VALUE = re.compile(r"^\s*(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:[ T].*)?$")
_MAX_RECORDS_SAMPLED = 50
_MAX_FIELDS_SHOWN = 6


@dataclass
class _NameOnly:
    """State of FL304 for one template that is personal only in its greeting."""

    span: Span | None
    name_fields: tuple[str, ...]
    used: frozenset[str]
    has_recipients: bool
    ignored: frozenset[str]
    specific: tuple[tuple[str, ...], ...] = ()  # other recipient fields: personal only if they vary
    context: Any = None  # the TemplateContext, for the list's column facts in finish()
    records_seen: int = 0
    candidates: dict[str, None] = field(default_factory=dict)  # ordered set of field names


def _in_thread_or_transactional(context: TemplateContext) -> bool:
    """A reply, a breakup, a receipt, or a later step of an outbound sequence (a prospecting
    template declared ``sequence: follow-up``): the thread (or the purchase) is the context.
    A follow-up of any other kind, or of none, is judged: a post-event follow-up is the first
    email about the event whatever its sequence says."""
    from ..content.sequence import sequence_position

    position = sequence_position(context.info, getattr(context, "sequence", None))
    if position.value == "follow-up":
        return kind_in(context.info.kind, ("prospecting",))
    return position.value in ("reply", "breakup", "transactional")


class NameOnlyPersonalization(MessageCheck):
    """FL304: the only personal thing in the email is the name in the greeting."""

    needs_rendering = False  # reads the record's field names only
    parallel_safe = False  # collects field names across records

    def prepare(self, context: TemplateContext) -> Any:
        info = context.info
        if kind_in(info.kind, self.data.get("broadcast_kinds", _BROADCAST_KINDS)) or info.compiled is None:
            return SKIP
        if _in_thread_or_transactional(context):
            return SKIP  # a reply or breakup in a thread, or a receipt: the thread is the context
        greeting = info.greeting
        slot_uses = {id(use) for use in greeting.slot_variables} if greeting is not None else set()
        names: list[VariableUse] = []
        unclear: list[VariableUse] = []
        for use in info.variables:
            kind = self._classify(context, use.path, in_greeting=id(use) in slot_uses)
            if kind == "name":
                names.append(use)
            elif kind == "specific":
                unclear.append(use)
        if unclear and self._all_signed(context, unclear):
            unclear = []  # "Best,\n{{ rep }}": the sender, not the recipient
        specific = [use.path for use in unclear]
        expression_roots = {use.path[0] for use in info.variables}
        for name in sorted((info.context_names - expression_roots) | subject_names(info.subject, statements=True)):
            # {% if attended %}, {% for item in items %}, a subject with {{ webinar_title }}
            if self._classify(context, (name,), in_greeting=False) == "specific":
                specific.append((name,))
        if specific and not context.has_recipients:
            return SKIP  # something other than the name; only the list can show it says nothing
        if not names and not specific:
            return SKIP  # no name anywhere: FL303's business (or nothing personal to judge)
        first = names[0] if names else unclear[0] if unclear else None
        span = greeting.slot_span if greeting is not None and greeting.slot_variables else first.span if first else None
        used = frozenset(fold_key(".".join(use.path)) for use in info.variables) | frozenset(
            fold_key(n) for n in info.context_names
        )
        ignored = frozenset(fold_key(str(f)) for f in self.data.get("uninteresting_fields", ()))
        return _NameOnly(span, tuple(dict.fromkeys(u.dotted for u in names)), used, context.has_recipients, ignored,
                         tuple(dict.fromkeys(specific)), context)

    def _classify(self, context: TemplateContext, path: tuple[str, ...], *, in_greeting: bool) -> str:
        role = context.role_of(path)
        if in_greeting or role in NAME_ROLES:
            return "name"
        if role == "email" or is_plumbing_variable(path) or is_sender_variable(path):
            return "other"
        return "specific"

    def _all_signed(self, context: TemplateContext, uses: list[VariableUse]) -> bool:
        """Whether every use sits in the sign-off or the signature ("Best,\\n{{ rep }}")."""
        info = context.info
        segments = context.segments
        regions = [s for s in (segments.signoff, segments.signature) if s is not None]
        if not regions:
            return False
        spans = [info.neutral_span(*s.source_span()) for s in regions]
        return all(any(_within(use.span, span) for span in spans) for use in uses)

    def check_template(self, template: TemplateContext, state: _NameOnly) -> Iterable[Finding]:
        if state.has_recipients:
            return  # reported once in finish(), with the fields the records offer
        if not _same_on_purpose(template):
            yield self._finding(state, None)

    def check(self, message: MessageContext, state: _NameOnly) -> Iterable[Finding]:
        if state.records_seen >= _MAX_RECORDS_SAMPLED:
            return ()
        state.records_seen += 1
        recipient = message.recipient
        data = recipient.data
        taken = {".".join(path) for path in recipient.roles.values()}
        keys = flat_keys(data) if any(isinstance(v, Mapping) for v in data.values()) else list(data)
        for key in keys:
            if key in state.candidates or key in taken:
                continue
            folded = fold_key(key)
            if folded in state.used or folded in state.ignored:
                continue
            path = tuple(key.split("."))
            if is_plumbing_variable(path) or is_sender_variable(path) or fold_key(path[-1]) in state.ignored:
                continue
            value = lookup(data, path)
            if _says_something(value):
                state.candidates[key] = None
        return ()

    def finish(self, state: _NameOnly) -> Iterable[Finding]:
        if not state.has_recipients:
            return
        if not state.specific:
            if state.context is None or not _same_on_purpose(state.context):  # not a confirmation and the like
                yield self._finding(state, list(state.candidates))
            return
        # the other fields count only if they vary: a column with one value for the whole list
        # ('pain_point' = "manual reporting" in every row) says the same thing to everyone
        facts = state.context.column_facts if state.context is not None else None
        if facts is None or not facts.records:
            return
        judged = [path for path in state.specific if not is_event_variable(path)]
        if not judged:
            return  # only the event's title or date besides the name: specific to the event (FL305)
        same = [facts.same_for_all(path) for path in judged]
        info = state.context.info
        same = [column for path, column in zip(judged, same)
                if column is None or not shared_by_design(info, path)]  # the event's venue, a code for all
        if not same:
            return
        if not all(same) or _same_on_purpose(state.context):
            return
        said = "; ".join(escape_braces(f.describe_same()) for f in same if f is not None)
        yield self._finding(state, list(state.candidates), same=said)

    def _finding(self, state: _NameOnly, fields: list[str] | None, same: str = "") -> Finding:
        names = ", ".join("{{{{ " + escape_braces(n) + " }}}}" for n in state.name_fields)
        if same:
            lead = (f"only the name ({names}) is personal" if names else "nothing in this email is personal") + (
                f": {same}, so that text is the same for every recipient and is not personalization")
        else:
            lead = f"only the name ({names}) is personal; the rest of this email could go to anyone"
        if fields:
            shown = ", ".join(escape_braces(repr(f)) for f in fields[:_MAX_FIELDS_SHOWN])
            more = f" and {len(fields) - _MAX_FIELDS_SHOWN} more" if len(fields) > _MAX_FIELDS_SHOWN else ""
            return Finding(
                f"{lead}. The recipient records have fields this template never uses: {shown}{more}; "
                "mention one of them in the first lines",
                span=state.span,
            )
        if fields is not None:
            return Finding(
                f"{lead}. The recipient records hold nothing else about the recipient; add what you know, "
                "such as the event's title, the question they asked or their company",
                span=state.span,
            )
        return Finding(
            f"{lead}. Mention something about this recipient in the first lines, such as the event's title, "
            "the question they asked or their company",
            span=state.span,
        )


def _same_on_purpose(context: TemplateContext) -> bool:
    """Whether the email is the same for everyone on purpose (content/name_only_context.py; steps handed
    over are read on the sentence roles); read only for a template about to be reported, as it tokenises the text."""
    info = context.info
    variables = (use.path for use in info.variables)
    return same_on_purpose(info.neutral_text, info.subject, info.locale, variables) or hands_over_steps(roles_of_context(context))


def _says_something(value: Any) -> bool:
    """A value worth mentioning: not empty, not a yes/no flag, not a bare date."""
    if value is None or isinstance(value, (bool, Mapping)):
        return False
    if isinstance(value, (int, float)):
        return True
    text = str(value).strip()
    if not text:
        return False
    if attended_value(text) is not None:
        return False
    return not _DATE_VALUE.match(text)


def _within(inner: Span, outer: Span) -> bool:
    return (inner.line, inner.column) >= (outer.line, outer.column) and (inner.end_line, inner.end_column) <= (
        outer.end_line,
        outer.end_column,
    )
