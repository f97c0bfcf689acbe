"""The sandboxed Jinja environment and a render call with limits on size and time.

Templates are untrusted. They are parsed and rendered only in
:class:`jinja2.sandbox.SandboxedEnvironment`, with these extra guards:

* every operation that can grow a value is size-checked *before* it runs (a single C-level
  call cannot be interrupted): ``*``, ``**``, ``+``, ``%``, ``~``, filters and ``str`` methods
  that take a width or a repeat count (``center``, ``indent``, ``format``, ``join``,
  ``replace``, ``wordwrap``, ``batch``, ...), ``dict.fromkeys``, ``list.append``/``extend``;
* anything about to become text (output, ``~``, ``|string``, ``|tojson``, ``format``, ``%``,
  ``join``) is measured first with :func:`~followup_lint.value_size.text_size`, so a small
  list that prints as gigabytes (``['x' * 200000] * 200000``) is refused before it is printed;
* every value a render builds is charged to a per-render allowance (``work_limit``), so many
  values that are each under the limit cannot add up to gigabytes either;
* a private or internal attribute is refused by its name, before Python's ``getattr`` runs,
  and the refusal raises :class:`~jinja2.exceptions.SecurityError` instead of rendering as
  empty text, so ``|attr('__class__')`` is reported like ``.__class__``;
* the recipient's record is read-only: a method that would change one of its lists or
  mappings (``contact.update(...)``) is refused;
* a watchdog (``watchdog.py``) interrupts a render that runs past ``timeout`` seconds with an
  exception no ``except Exception`` can swallow, and whether the render succeeded is decided
  after it ends, from the clock and from every limit it hit;
* parse and compile limits (deep nesting, huge integer literals) become syntax errors with a
  line (``parse_limits.py``).
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Set
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Mapping

from jinja2 import Template, Undefined, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.runtime import markup_join, str_join
from jinja2.sandbox import SandboxedEnvironment, is_internal_attribute, modifies_known_mutable

from .render_worker import NotPortable, RenderWorker
from .growth_checks import GrowthChecks
from .parse_limits import LIMIT_ERRORS, check_brackets, check_nesting, limit_error
from .value_size import shallow_size, text_size
from .watchdog import RenderInterrupted, Watchdog

DEFAULT_MAX_OUTPUT_CHARS = 200_000
DEFAULT_TIMEOUT_SECONDS = 1.0
WORK_LIMIT_FACTOR = 50  # a render may build values adding up to 50 times the output limit
_MAX_RANGE = 10_000
_MAX_POWER_BITS = 4_096


class RenderLimitExceeded(Exception):
    """Raised when a render goes over its size or time limit."""


class RenderTimeout(RenderLimitExceeded):
    """Raised by :func:`render_limited` after a render that ran out of time.

    (Inside the render the interrupt is :class:`~followup_lint.watchdog.RenderInterrupted`,
    which template code and ``except Exception`` cannot catch.)"""


# Filters that work on the structure of a value without turning it into text; every other
# filter prints its input first, so the input's text size is checked before it runs.
_STRUCTURAL_FILTERS = frozenset(
    "abs attr batch count d default dictsort first float groupby int items last length list map max min "
    "random reject rejectattr reverse round select selectattr slice sort sum unique join tojson".split()
)
# How much longer than its input a text filter's result can be (escaping, links, JSON escapes).
_TEXT_GROWTH = {"e": 6, "escape": 6, "forceescape": 6, "urlencode": 12, "urlize": 8, "pprint": 4, "xmlattr": 6}


_SHORT_SCALARS = (int, float, type(None), Undefined)


def _private_name(obj: Any, name: str) -> bool:
    """Names the sandbox refuses, decided from the name and the object's type alone."""
    return name.startswith("_") or is_internal_attribute(obj, name)


@dataclass(slots=True)
class _RenderState:
    """What one render has used so far, and the first limit it hit."""

    work_left: int
    record: Mapping[str, Any]
    record_ids: frozenset[int] | None = None
    violation: BaseException | None = None


class _LimitedCodeGenerator(CodeGenerator):
    """Compiles ``a ~ b`` so the parts are measured before they are joined (``~`` is not a
    binop hook)."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        if frame.eval_ctx.volatile:
            markup = "context.eval_ctx.volatile"
        else:
            markup = "True" if frame.eval_ctx.autoescape else "False"
        self.write(f"environment.limited_concat({markup}, (")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class LintSandbox(GrowthChecks, SandboxedEnvironment):
    """A sandbox that also refuses operations that would produce huge values."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})
    code_generator_class = _LimitedCodeGenerator

    def __init__(self, max_output_chars: int = DEFAULT_MAX_OUTPUT_CHARS, work_limit: int | None = None) -> None:
        super().__init__(
            undefined=Undefined,
            autoescape=False,
            keep_trailing_newline=True,
            finalize=self._finalize_output,
        )
        self.max_output_chars = max_output_chars
        self.work_limit = work_limit if work_limit is not None else max_output_chars * WORK_LIMIT_FACTOR
        self._state: _RenderState | None = None
        self.worker: RenderWorker | None = None  # set for the hard cap (render-memory-limit)
        for name in ("lipsum", "cycler", "joiner"):
            self.globals.pop(name, None)
        self.globals["range"] = self._bounded_range
        self.filters = {name: self._guard_filter(name, func) for name, func in self.filters.items()}

    # ------------------------------------------------------------------ parse and compile

    def _parse_limited(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        try:
            check_brackets(self.lexer.tokeniter(source, name, filename), name, filename)
            ast = super()._parse(source, name, filename)
        except LIMIT_ERRORS as exc:
            raise limit_error(exc, source, None, name, filename) from None
        check_nesting(ast, name, filename)
        return ast

    def compile(self, source: Any, name: str | None = None, filename: str | None = None,  # type: ignore[override]
                raw: bool = False, defer_init: bool = False) -> Any:
        text = source if isinstance(source, str) else None
        if isinstance(source, str):
            source = self.parse(source, name, filename)
        try:
            return super().compile(source, name, filename, raw, defer_init)  # type: ignore[call-overload]
        except LIMIT_ERRORS as exc:
            raise limit_error(exc, text, source, name, filename) from None

    # ------------------------------------------------------------------ one render

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        ast = self._parse_limited(source, name, filename)
        ast.lint_source = source  # type: ignore[attr-defined]  # for the render worker
        return ast

    def from_string(self, source: Any, globals: Any = None, template_class: Any = None) -> Template:
        template = super().from_string(source, globals, template_class)
        # the text a render worker compiles again on its side (render_worker.py)
        template.lint_source = source if isinstance(source, str) else getattr(source, "lint_source", None)  # type: ignore[attr-defined]
        return template

    # ------------------------------------------------------------------ one render

    def begin_render(self, record: Mapping[str, Any]) -> _RenderState:
        self._state = _RenderState(self.work_limit, record)
        return self._state

    def end_render(self) -> _RenderState | None:
        state, self._state = self._state, None
        return state

    def _refuse(self, what: str, size: int, unit: str = "characters", limit: int | None = None) -> None:
        limit = self.max_output_chars if limit is None else limit
        if size > limit:
            error = RenderLimitExceeded(f"{what} would produce more than {limit:,} {unit}, the limit")
            if self._state is not None and self._state.violation is None:
                self._state.violation = error  # counted even if something swallows the raise
            raise error

    def _charge(self, value: Any) -> Any:
        """Count a value the render has built against its allowance."""
        state = self._state
        if state is not None:
            state.work_left -= shallow_size(value)
            if state.work_left < 0:
                self._refuse("the values built while rendering", self.work_limit + 1, limit=self.work_limit)
        return value

    def _check_text(self, what: str, value: Any, factor: int = 1, extra: int = 0) -> None:
        """Refuse, before it is printed, a value whose text would be over the limit."""
        budget = self.max_output_chars
        if isinstance(value, str):
            if len(value) * factor + extra <= budget:
                return
        elif isinstance(value, _SHORT_SCALARS):  # at most a few thousand digits (str(int) refuses more)
            return
        # the walk may stop once past what could still fit (``extra`` can be negative)
        self._refuse(what, text_size(value, (budget - extra) // factor + 1) * factor + extra)

    def _finalize_output(self, value: Any) -> Any:
        if value.__class__ is not str or len(value) > self.max_output_chars:  # the common case costs one test
            self._check_text("an output expression", value)
        return value

    def limited_concat(self, markup: bool, parts: tuple[Any, ...]) -> str:
        """``a ~ b ~ c``: measured before the parts are turned into text and joined."""
        total = 0
        for part in parts:
            total += text_size(part, self.max_output_chars)
            if total > self.max_output_chars:
                self._refuse("'~'", total)
        return self._charge(markup_join(parts) if markup else str_join(parts))

    def limit_size(self, value: Any) -> Any:
        """Kept for templates compiled by older code generators: check a finished value."""
        return self._check_size(value)

    # ------------------------------------------------------------------ attribute access

    def getattr(self, obj: Any, attribute: str) -> Any:
        # The stock sandbox calls Python's getattr() first and vets the value afterwards, so a
        # private property (``record._token``) runs before it is refused. Vet the name first.
        if _private_name(obj, attribute):
            return self._private_item(obj, attribute)
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        if isinstance(argument, str) and _private_name(obj, argument):
            return self._private_item(obj, argument)
        return super().getitem(obj, argument)

    def _private_item(self, obj: Any, name: str) -> Any:
        """A record key that looks private (``{"_id": 7}``) is data; anything else is refused."""
        if isinstance(obj, Mapping):
            try:
                return obj[name]
            except (TypeError, LookupError):
                pass
        return self.unsafe_undefined(obj, name)

    def unsafe_undefined(self, obj: Any, attribute: str) -> Undefined:
        # The stock sandbox returns an Undefined that prints as "": the access is blocked but
        # goes unnoticed (``{{ x|attr('__class__') }}``). Refuse it loudly instead.
        raise SecurityError(f"access to attribute {attribute!r} of {type(obj).__name__!r} object is unsafe")

    def _refuse_record_change(self, owner: Any, name: str) -> None:
        """The record's own lists and mappings are read-only (a copy made in the template is
        the template's to change)."""
        state = self._state
        if state is None or not modifies_known_mutable(owner, name):
            return
        if state.record_ids is None:
            state.record_ids = _container_ids(state.record)
        if id(owner) in state.record_ids:
            raise SecurityError(f"{name}() would change the recipient's record; records are read-only (change a copy)")

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        owner = getattr(__obj, "__self__", None)
        if owner is None:  # str.format / format_map are wrapped by the sandbox
            owner = getattr(getattr(__obj, "__wrapped__", None), "__self__", None)
        name = getattr(__obj, "__name__", "")
        if isinstance(owner, str):
            if name in ("format", "format_map"):
                if name == "format_map" and args and isinstance(args[0], Mapping):
                    __self._check_str_format(owner, (), args[0])
                else:
                    __self._check_str_format(owner, args, kwargs)
            else:
                __self._check_growth(name, owner, args, kwargs)
        elif isinstance(owner, (list, dict, Set)):
            __self._refuse_record_change(owner, name)
            if isinstance(owner, list) and args and name in ("append", "extend", "insert"):
                # list.append() / extend() in a loop can double a list
                added = len(args[0]) if name == "extend" and hasattr(args[0], "__len__") else 1
                __self._refuse(f"list.{name}()", len(owner) + added, "items")
        elif owner is dict and name == "fromkeys" and args and hasattr(args[0], "__len__"):
            __self._refuse("dict.fromkeys()", len(args[0]), "items")
        return __self._charge(__self._check_size(super().call(__context, __obj, *args, **kwargs)))

    def _bounded_range(self, *args: int) -> range:
        result = range(*args)
        if len(result) > _MAX_RANGE:
            raise RenderLimitExceeded(f"range() of {len(result)} items (limit {_MAX_RANGE})")
        return result

    def _check_size(self, value: Any) -> Any:
        if isinstance(value, (str, list, tuple, bytes, dict)) and len(value) > self.max_output_chars:
            self._refuse("a value", len(value), "items" if not isinstance(value, str) else "characters")
        return value

    def _guard_filter(self, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        check = self._check_size
        growth = self._check_growth
        charge = self._charge
        text = None if name in _STRUCTURAL_FILTERS else self._check_text
        factor = _TEXT_GROWTH.get(name, 1)
        # filters decorated with pass_context / pass_eval_context / pass_environment get that
        # object first; the filtered value follows it
        skip = 1 if getattr(func, "jinja_pass_arg", None) is not None else 0

        @functools.wraps(func)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            if len(args) > skip:
                if text is not None:
                    text(f"|{name}", args[skip], factor)
                growth(name, args[skip], args[skip + 1 :], kwargs)
            return charge(check(func(*args, **kwargs)))

        return guarded

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "%" and isinstance(left, str):
            self._check_percent_format(left, right)
        elif operator == "*":
            for seq, count in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(count, int):
                    self._refuse("repetition", len(seq) * max(count, 0), "characters" if isinstance(seq, str) else "items")
            if isinstance(left, int) and isinstance(right, int) and left.bit_length() + right.bit_length() > _MAX_POWER_BITS:
                raise RenderLimitExceeded("multiplication result is too large")  # squaring in a loop doubles it
        elif operator == "+":
            if isinstance(left, (str, list, tuple)) and isinstance(right, (str, list, tuple)):
                self._refuse("'+'", len(left) + len(right))
        elif operator == "**":
            if isinstance(left, int) and isinstance(right, int):
                if right > 0 and abs(left) > 1 and right * max(abs(left).bit_length(), 1) > _MAX_POWER_BITS:
                    raise RenderLimitExceeded("exponentiation result is too large")
        return self._charge(self._check_size(super().call_binop(context, operator, left, right)))


def _container_ids(record: Mapping[str, Any]) -> frozenset[int]:
    """Identities of every list, mapping and set inside a record (an iterative walk)."""
    found: set[int] = set()
    stack = list(record.values())
    while stack:
        item = stack.pop()
        if isinstance(item, (list, dict, Set)) and not isinstance(item, (str, frozenset)) and id(item) not in found:
            found.add(id(item))
            stack.extend(item.values() if isinstance(item, dict) else item)
    return frozenset(found)


_WATCHDOG = Watchdog()
_RENDER_LOCK = threading.Lock()


def reset_after_fork() -> None:
    """In a forked worker: fresh locks and watchdog (threads and held locks do not survive fork)."""
    global _WATCHDOG, _RENDER_LOCK
    _WATCHDOG = Watchdog()
    _RENDER_LOCK = threading.Lock()


def render_limited(
    template: Template,
    context: Mapping[str, Any],
    *,
    max_output_chars: int = DEFAULT_MAX_OUTPUT_CHARS,
    timeout: float = DEFAULT_TIMEOUT_SECONDS,
) -> str:
    """Render ``template`` with ``context``, raising :class:`RenderLimitExceeded` past a limit.

    Other exceptions (``UndefinedError``, ``SecurityError``, ...) propagate to the caller.
    Success is decided after the render ends: a render that ran out of time or hit a size
    limit fails even if something inside it caught the error. Renders are serialised per
    process because the watchdog tracks one render at a time.
    """
    env = template.environment
    worker = getattr(env, "worker", None)
    source = getattr(template, "lint_source", None)
    if worker is not None and source is not None:
        try:
            return worker.render(source, context, max_output_chars=max_output_chars,
                                 work_limit=getattr(env, "work_limit", max_output_chars), timeout=timeout)
        except NotPortable:
            pass  # objects that cannot be pickled: rendered here, under the in-process limits
    with _RENDER_LOCK:
        state = env.begin_render(context) if isinstance(env, LintSandbox) else None
        text: str | None = None
        error: BaseException | None = None
        interrupt: RenderInterrupted | None = None
        started = time.monotonic()
        _WATCHDOG.arm(timeout)
        try:
            text = _collect(template.generate(context), max_output_chars)
        except Exception as exc:  # judged below, after the clock is stopped
            error = exc
        except RenderInterrupted as exc:
            interrupt = exc  # its traceback says where the render was
        finally:
            timed_out = _stop_clock() or time.monotonic() - started > timeout
            if isinstance(env, LintSandbox):
                env.end_render()
        if timed_out:
            raise RenderTimeout(f"rendering took longer than {timeout:g} s") from interrupt
        if state is not None and state.violation is not None and not isinstance(error, RenderLimitExceeded):
            raise state.violation
        if error is not None:
            raise error
        assert text is not None
        return text


def _stop_clock() -> bool:
    """Disarm the watchdog; an interrupt that lands on the way in counts as a timeout. Another
    asynchronous exception arriving here (a check's own time limit, Ctrl-C) is raised again only
    once the watchdog is disarmed, so no interrupt of ours can outlive the render."""
    interrupted = False
    pending: BaseException | None = None
    while True:
        try:
            fired = _WATCHDOG.disarm()
            break
        except RenderInterrupted:
            interrupted = True
        except BaseException as exc:  # noqa: BLE001 - re-raised below
            pending = exc
    if pending is not None:
        raise pending
    return fired or interrupted


def _collect(chunks: Iterator[str], limit: int) -> str:
    parts: list[str] = []
    total = 0
    for chunk in chunks:
        total += len(chunk)
        if total > limit:
            raise RenderLimitExceeded(f"output exceeds {limit:,} characters")
        parts.append(chunk)
    return "".join(parts)
