"""A per-record check's findings, reused for every record that gives it the same inputs.

Real lists repeat their values (a few hundred first names, a dozen companies, one webinar), so
most records ask a check the same question again. A check that opts in (``record_memo = True``:
its ``check()`` is a function of what it reads, with no per-record state) is run the first time
on a record whose reads are tracked: which fields of the record it looks up, and whether it
reads the rendered text or subject. Its findings are stored under those values; the next record
with the same values for the same fields (and the same columns) gets the same findings, each
attached to its own row and identity by the engine. A record that leads the check to read a new
field widens the key (and starts the memo afresh), so every stored answer was computed from
exactly the values it is keyed on.

Nothing is memoised for a record that is not a flat mapping of plain values (nested JSON), for a
check that reads the record's position (``ref``) or iterates over all its values, or when the
memo does not pay (under a quarter of the first 1,024 lookups hit: an address checked per record;
or it is full and misses more often than not). The memo is bounded in entries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from .context import MessageContext, RecipientContext, _find_rendered_greeting
from .model import Diagnostic, Finding
from .recipients import Recipient

if TYPE_CHECKING:
    from .engine import Linter, _ActiveCheck, _TemplateRun

MAX_ENTRIES = 4096
_TRIAL = 1024  # lookups after which a memo that hits less than a quarter of the time is turned off
_MISSING = object()  # a field the record does not have
_PLAIN = frozenset({str, int, float, bool, type(None)})


class _TextShape(tuple):  # type: ignore[type-arg]
    """The columns of a record whose values are all text or None (a CSV row): its memo keys can
    hold the values as they are, since ``_token`` leaves text and None unchanged and the shape
    (part of every key) says which fields are missing."""

    __slots__ = ()


def record_shape(data: Mapping[str, Any]) -> tuple[str, ...] | None:
    """The record's columns when it is a flat dict of plain values (what a memo key may
    rest on), else None."""
    if type(data) is not dict:
        return None
    text = True
    for value in data.values():
        kind = type(value)
        if kind is str or value is None:
            continue
        if kind not in _PLAIN:
            return None
        text = False
    return _TextShape(data) if text else tuple(data)


def _token(value: Any) -> Any:
    kind = type(value)
    if kind is str or value is None:
        return value
    if kind is float:
        return (kind, repr(value))  # -0.0 == 0.0 but they read differently
    return (kind, value)  # 1, True and 1.0 are equal keys otherwise


class CheckMemo:
    """What one active check answered, by the values it read."""

    __slots__ = ("fields", "text", "subject", "greeting", "spec", "entries", "hits", "lookups", "off")

    def __init__(self) -> None:
        self.fields: tuple[str, ...] = ()
        self.text = False
        self.subject = False
        self.greeting = False
        self.spec: tuple[Any, ...] = ((), False, False, False)  # what the key is made of
        self.entries: dict[tuple[Any, ...], tuple[Finding, ...]] = {}
        self.hits = 0
        self.lookups = 0
        self.off = False

    def key(self, shape: tuple[str, ...], data: dict[str, Any], message: MessageContext | None) -> tuple[Any, ...]:
        get = data.get
        if type(shape) is _TextShape:  # a missing field reads as None: the shape tells it apart
            values: Any = map(get, self.fields)
        else:
            values = [_token(get(name, _MISSING)) for name in self.fields]
        if message is None:
            return (shape, *values)
        return (shape, *values,
                message._text if self.text else None,
                message._subject if self.subject else None,
                _greeting_of(message) if self.greeting else None)

    def learn(self, tracked: _TrackedRecord, message: _TrackingMessage | None) -> bool:
        """Widen the key by what a tracked run read; False when the check cannot be memoised."""
        if tracked.whole:
            self.off = True
            return False
        fields = set(self.fields) | tracked.reads
        text = self.text or (message is not None and message.read_text)
        subject = self.subject or (message is not None and message.read_subject)
        greeting = self.greeting or (message is not None and message.read_greeting)
        if len(fields) != len(self.fields) or (text, subject, greeting) != (self.text, self.subject, self.greeting):
            self.fields = tuple(sorted(fields))
            self.text, self.subject, self.greeting = text, subject, greeting
            self.spec = (self.fields, text, subject, greeting)
            self.entries.clear()  # keyed on fewer values: start again
        return True

    def store(self, key: tuple[Any, ...], findings: tuple[Finding, ...]) -> None:
        if len(self.entries) < MAX_ENTRIES:
            self.entries[key] = findings

    def missed(self) -> None:
        """Count a miss (hits are counted by the caller); turn the memo off when it does not pay."""
        self.lookups += 1
        if self.lookups >= _TRIAL and self.hits * 4 < self.lookups:
            self.off = True  # the inputs hardly repeat: run the check directly
        elif len(self.entries) >= MAX_ENTRIES and self.hits * 2 < self.lookups:
            self.off = True  # full, and most records still miss


# ------------------------------------------------------------------------ tracked reads


class _TrackedRecord(dict):  # type: ignore[type-arg]
    """A copy of a flat record that notes the fields read (a missing one included)."""

    __slots__ = ("reads", "whole")

    def __init__(self, data: Mapping[str, Any]) -> None:
        super().__init__(data)
        self.reads: set[str] = set()
        self.whole = False

    def __getitem__(self, key: str) -> Any:
        self.reads.add(key)
        return dict.__getitem__(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        self.reads.add(key)
        return dict.get(self, key, default)

    def __contains__(self, key: object) -> bool:
        self.reads.add(key)  # type: ignore[arg-type]
        return dict.__contains__(self, key)

    def __iter__(self) -> Any:  # the columns only: they are part of the key
        return iter(list(dict.keys(self)))

    def keys(self) -> Any:
        return list(dict.keys(self))

    def _all(self) -> None:
        self.whole = True

    def values(self) -> Any:
        self._all()
        return dict.values(self)

    def items(self) -> Any:
        self._all()
        return dict.items(self)

    def copy(self) -> dict[str, Any]:
        self._all()
        return dict(dict.items(self))

    def __eq__(self, other: object) -> bool:
        self._all()
        return dict.__eq__(self, other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        self._all()
        return dict.__repr__(self)

    def __reduce__(self) -> Any:
        self._all()
        return (dict, (dict(dict.items(self)),))


_REF = Recipient.__dict__["ref"]  # the slot behind Recipient.ref


class _TrackingRecipient(Recipient):
    """The record as a check sees it, with reads tracked; its position makes it unmemoisable."""

    __slots__ = ("ref_read",)

    @property  # type: ignore[override]
    def ref(self) -> Any:
        self.ref_read = True
        return _REF.__get__(self)

    @ref.setter
    def ref(self, value: Any) -> None:
        _REF.__set__(self, value)

    @property
    def names(self) -> Any:  # type: ignore[override]
        return _LazyNames(self)

    def field_keys(self) -> tuple[str, ...]:
        return tuple(dict.keys(self.data))  # type: ignore[arg-type]  # flat: record_shape() made sure


class _LazyNames:
    """:class:`~followup_lint.recipients.NameView`, each part read only when asked for (a check
    that reads the given name does not depend on the email)."""

    __slots__ = ("_recipient", "_parts")

    def __init__(self, recipient: Recipient) -> None:
        self._recipient = recipient
        self._parts: tuple[str | None, str | None, bool] | None = None

    def _name_parts(self) -> tuple[str | None, str | None, bool]:
        if self._parts is None:
            self._parts = self._recipient.name_parts()
        return self._parts

    def __getattr__(self, name: str) -> Any:
        recipient = self._recipient
        if name == "given":
            return self._name_parts()[0]
        if name == "family":
            return self._name_parts()[1]
        if name == "derived":
            return self._name_parts()[2]
        if name in ("given_field", "family_field"):
            own = recipient.field_name(name[:-6])
            return own or (recipient.field_name("full") if self._name_parts()[2] else None)
        if name in ("full", "preferred", "honorific", "email"):
            return recipient.value(name)
        if name in ("full_field", "preferred_field", "honorific_field", "email_field"):
            return recipient.field_name(name[:-6])
        raise AttributeError(name)


class _TrackingMessage(MessageContext):
    """The message as a check sees it, noting whether the text, only its greeting line, or the
    subject is read."""

    __slots__ = ("read_text", "read_subject", "read_greeting")

    @property
    def text(self) -> str:
        self.read_text = True
        return MessageContext.text.fget(self)  # type: ignore[attr-defined]

    @property
    def greeting(self) -> Any:
        self.read_greeting = True
        return _greeting_of(self)

    @property
    def subject(self) -> str | None:
        self.read_subject = True
        return MessageContext.subject.fget(self)  # type: ignore[attr-defined]


def _greeting_of(message: MessageContext) -> Any:
    """The rendered greeting (the line and the name slot's text), worked out once per message
    (reading the text without counting it as read)."""
    if message._greeting is None:
        text = MessageContext.text.fget(message)  # type: ignore[attr-defined]
        message._greeting = _find_rendered_greeting(message.template.info.greeting, text) or False
    return message._greeting or None


# ------------------------------------------------------------------------ running a check


def run_memoised(linter: Linter, active: _ActiveCheck, memo: CheckMemo, shape: tuple[str, ...], recipient: Recipient,
                 target: RecipientContext | MessageContext, run: _TemplateRun | None, out: list[Diagnostic]) -> None:
    """Run ``active`` on ``target`` (a record the memo has no answer for) with its reads
    tracked, and keep its findings under the values it read (see the module docs)."""
    data: dict[str, Any] = recipient.data  # type: ignore[assignment]  # record_shape() made sure
    message = target if isinstance(target, MessageContext) else None
    memo.missed()
    tracked = _TrackedRecord(data)
    proxy = _TrackingRecipient(tracked, recipient.ref, recipient.field_map, None, recipient.roles)
    proxy.ref_read = False
    seen: Any
    if message is not None:
        seen = _TrackingMessage(message.template, proxy, message._text, message._subject)
        seen.read_text = seen.read_subject = seen.read_greeting = False
    else:
        seen = RecipientContext(proxy, target.run)  # type: ignore[union-attr]
    guard = linter._guard
    call = guard.enter()
    try:
        findings = tuple(active.check.check(seen, active.state) or ())
        guard.running = 0
        if guard.fired:
            guard.over_budget(call)
    except BaseException as exc:  # reported like a crash on the record itself
        path = run.context.info.path if run else (recipient.ref.source or "<recipients>")
        linter._report_crash(out, active, exc, path, linter._identified(recipient.ref, recipient), recipient)
        return
    if findings:
        named = linter._identified(recipient.ref, recipient)
        for finding in findings:
            linter._emit_finding(out, active.spec, finding, run, named, None)
    if proxy.ref_read:
        memo.off = True
    elif memo.learn(tracked, seen if message is not None else None):
        memo.store(memo.key(shape, data, message), findings)
