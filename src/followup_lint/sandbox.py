"""The sandboxed Jinja environment and a render call with limits on output size and time.

Templates are untrusted. They are parsed and rendered only in
:class:`jinja2.sandbox.SandboxedEnvironment`, with these extra guards:

* operators that can blow up memory (``*``, ``**``, ``+``, ``%``, ``~``) are intercepted and
  size-checked;
* filters and ``str`` methods that build a value from a width or a repeat count (``center``,
  ``indent``, ``ljust``, ``format``, ``join``, ``replace``, ...) are checked *before* they run
  (a single C-level call cannot be interrupted), ``list.append``/``extend`` cannot grow a
  list past the limit, and filter results and the streamed output are capped at
  ``max_output_chars``;
* a private or internal attribute is refused by its name, before Python's ``getattr`` runs
  (so a ``_private`` property is never executed), and the refusal raises
  :class:`~jinja2.exceptions.SecurityError` instead of rendering as empty text, so
  ``|attr('__class__')`` is reported like ``.__class__``;
* a watchdog thread interrupts a render that runs past ``timeout`` seconds (a template can
  loop for ever without producing output, so a size cap alone is not enough).
"""

from __future__ import annotations

import ctypes
import functools
import re
import string
import threading
import time
from typing import Any, Callable, Iterator, Mapping

from jinja2 import Template, Undefined, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment, SandboxedFormatter, is_internal_attribute

DEFAULT_MAX_OUTPUT_CHARS = 200_000
DEFAULT_TIMEOUT_SECONDS = 1.0
_MAX_RANGE = 10_000
_MAX_POWER_BITS = 4_096


class RenderLimitExceeded(Exception):
    """Raised when a render goes over its output-size or time limit."""


class RenderTimeout(RenderLimitExceeded):
    """Raised asynchronously inside a render that has run out of time."""


# ``%`` conversion specs: flags, then a width and/or precision ("%-1000000000s", "%.9999999f").
_PERCENT_SPEC = re.compile(r"%[-#0 +]*(\d*)(?:\.(\d*))?")
_NUMBER = re.compile(r"\d+")
# str methods whose result grows with an integer argument
_WIDTH_METHODS = frozenset({"center", "ljust", "rjust", "zfill"})


def _private_name(obj: Any, name: str) -> bool:
    """Names the sandbox refuses, decided from the name and the object's type alone."""
    return name.startswith("_") or is_internal_attribute(obj, name)


class _LimitedCodeGenerator(CodeGenerator):
    """Compiles ``a ~ b`` so the joined string is size-checked (``~`` is not a binop hook)."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.limit_size(")
        super().visit_Concat(node, frame)
        self.write(")")


class LintSandbox(SandboxedEnvironment):
    """A sandbox that also refuses operations that would produce huge values."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})
    code_generator_class = _LimitedCodeGenerator

    def __init__(self, max_output_chars: int = DEFAULT_MAX_OUTPUT_CHARS) -> None:
        super().__init__(
            undefined=Undefined,
            autoescape=False,
            keep_trailing_newline=True,
        )
        self.max_output_chars = max_output_chars
        for name in ("lipsum", "cycler", "joiner"):
            self.globals.pop(name, None)
        self.globals["range"] = self._bounded_range
        self.filters = {name: self._guard_filter(name, func) for name, func in self.filters.items()}

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

    def limit_size(self, value: Any) -> Any:
        """Called by compiled templates on the result of ``~``."""
        return self._check_size(value)

    def _refuse(self, what: str, size: int, unit: str = "characters") -> None:
        if size > self.max_output_chars:
            raise RenderLimitExceeded(f"{what} would produce about {size:,} {unit}, over the output limit")

    def _check_percent_format(self, fmt: str, values: Any) -> None:
        """Widths and precisions in a ``%`` format string, and ``*`` widths taken from values."""
        numbers = [int(n) for m in _PERCENT_SPEC.finditer(fmt) for n in m.groups() if n]
        if "*" in fmt:
            items = values if isinstance(values, tuple) else (values,)
            numbers += [v for v in items if isinstance(v, int) and not isinstance(v, bool)]
        self._refuse("a % format width", max(numbers, default=0))

    def _check_str_format(self, fmt: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
        """Widths and precisions in ``str.format`` specs, resolving nested ``{...}`` fields."""
        try:
            parsed = list(string.Formatter().parse(fmt))
        except ValueError:
            return  # str.format raises the same error itself
        for _, field_name, spec, _ in parsed:
            if field_name is None or not spec:
                continue
            if "{" in spec:
                try:
                    spec = SandboxedFormatter(self).vformat(spec, args, kwargs)
                except Exception:
                    return  # let str.format report it
            self._refuse("a format width", max((int(n) for n in _NUMBER.findall(spec)), default=0))

    def _check_growth(self, name: str, value: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
        """Refuse, before it runs, a filter or str method whose result would be too large."""
        if name in _WIDTH_METHODS:
            width = args[0] if args else kwargs.get("width", 0)
            if isinstance(width, int):
                self._refuse(f"{name}()", width)
        elif name == "indent" and isinstance(value, str):
            width = args[0] if args else kwargs.get("width", 4)
            per_line = len(width) if isinstance(width, str) else width if isinstance(width, int) else 0
            self._refuse("indent()", len(value) + (value.count("\n") + 1) * max(per_line, 0))
        elif name == "expandtabs" and isinstance(value, str):
            size = args[0] if args else kwargs.get("tabsize", 8)
            if isinstance(size, int):
                self._refuse("expandtabs()", len(value) + value.count("\t") * max(size, 0))
        elif name == "replace" and isinstance(value, str) and len(args) >= 2:
            old, new = args[0], args[1]
            if isinstance(old, str) and isinstance(new, str) and len(new) > len(old):
                hits = len(value) + 1 if not old else value.count(old)
                self._refuse("replace()", len(value) + hits * (len(new) - len(old)))
        elif name == "join":
            # the str method: sep.join(items); the filter: items|join(sep)
            sep, items = (value, args[0] if args else None) if isinstance(value, str) else (
                args[0] if args else kwargs.get("d", ""), value)
            if isinstance(sep, str) and isinstance(items, (list, tuple, range, str)):
                parts = sum(len(x) for x in items if isinstance(x, str)) if not isinstance(items, range) else 0
                self._refuse("join()", parts + len(sep) * max(len(items) - 1, 0))
        elif name == "format" and isinstance(value, str):
            self._check_percent_format(value, args or tuple(kwargs.values()))
        elif name == "wordwrap" and isinstance(value, str):
            width = args[0] if args else kwargs.get("width", 79)
            wrap = args[2] if len(args) > 2 else kwargs.get("wrapstring")
            if isinstance(width, int) and isinstance(wrap, str):
                lines = len(value) // max(width, 1) + value.count("\n") + 1
                self._refuse("wordwrap()", len(value) + lines * len(wrap))
        elif name == "tojson":
            indent = args[0] if args else kwargs.get("indent")
            if isinstance(indent, int):
                self._refuse("tojson()", indent)
        elif name in ("batch", "slice"):
            count = args[0] if args else kwargs.get("linecount" if name == "batch" else "slices")
            if isinstance(count, int):
                self._refuse(f"{name}()", count, "items")
        elif name == "translate" and isinstance(value, str) and args and isinstance(args[0], Mapping):
            longest = max((len(v) for v in args[0].values() if isinstance(v, str)), default=1)
            self._refuse("translate()", len(value) * longest)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        owner = getattr(__obj, "__self__", None)
        if owner is None:  # str.format / format_map are wrapped by the sandbox
            owner = getattr(getattr(__obj, "__wrapped__", None), "__self__", None)
        if isinstance(owner, str):
            name = getattr(__obj, "__name__", "")
            if name in ("format", "format_map"):
                if name == "format_map" and args and isinstance(args[0], Mapping):
                    __self._check_str_format(owner, (), args[0])
                else:
                    __self._check_str_format(owner, args, kwargs)
            else:
                __self._check_growth(name, owner, args, kwargs)
        elif isinstance(owner, list) and args:  # list.append() / extend() in a loop can double a list
            name = getattr(__obj, "__name__", "")
            if name in ("append", "extend", "insert"):
                added = len(args[0]) if name == "extend" and hasattr(args[0], "__len__") else 1
                __self._refuse(f"list.{name}()", len(owner) + added, "items")
        return __self._check_size(super().call(__context, __obj, *args, **kwargs))

    def _bounded_range(self, *args: int) -> range:
        result = range(*args)
        if len(result) > _MAX_RANGE:
            raise RenderLimitExceeded(f"range() of {len(result)} items (limit {_MAX_RANGE})")
        return result

    def _check_size(self, value: Any) -> Any:
        if isinstance(value, (str, list, tuple, bytes)) and len(value) > self.max_output_chars:
            raise RenderLimitExceeded(
                f"a value of {len(value):,} items exceeds the output limit"
            )
        return value

    def _guard_filter(self, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        check = self._check_size
        growth = self._check_growth
        # filters decorated with pass_context / pass_eval_context / pass_environment get that
        # object first; the filtered value follows it
        skip = 1 if getattr(func, "jinja_pass_arg", None) is not None else 0

        @functools.wraps(func)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            if len(args) > skip:
                growth(name, args[skip], args[skip + 1 :], kwargs)
            return check(func(*args, **kwargs))

        return guarded

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "%" and isinstance(left, str):
            self._check_percent_format(left, right)
        elif operator == "*":
            for seq, count in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(count, int):
                    if len(seq) * max(count, 0) > self.max_output_chars:
                        raise RenderLimitExceeded("string or list repetition exceeds the output limit")
        elif operator == "**":
            if isinstance(left, int) and isinstance(right, int):
                if right > 0 and abs(left) > 1 and right * max(abs(left).bit_length(), 1) > _MAX_POWER_BITS:
                    raise RenderLimitExceeded("exponentiation result is too large")
        return self._check_size(super().call_binop(context, operator, left, right))


class _Watchdog:
    """One daemon thread per process that interrupts over-running renders.

    Arming and disarming are a lock and a clock read, so the per-render cost is tiny.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._thread_id = 0
        self._deadline = 0.0
        self._fired = False
        self._thread: threading.Thread | None = None

    def _ensure_started(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(
                target=self._run, name="followup-lint-watchdog", daemon=True
            )
            self._thread.start()

    def arm(self, seconds: float) -> None:
        self._ensure_started()
        with self._lock:
            self._thread_id = threading.get_ident()
            self._deadline = time.monotonic() + seconds
            self._fired = False

    def disarm(self) -> bool:
        """Stop watching; return True when the watchdog fired (clearing a pending interrupt)."""
        with self._lock:
            fired = self._fired
            if fired:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(self._thread_id), None
                )
            self._thread_id = 0
            self._fired = False
            return fired

    def _run(self) -> None:
        while True:
            time.sleep(0.02)
            with self._lock:
                if self._thread_id and not self._fired and time.monotonic() > self._deadline:
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(
                        ctypes.c_ulong(self._thread_id), ctypes.py_object(RenderTimeout)
                    )
                    self._fired = True


_WATCHDOG = _Watchdog()
_RENDER_LOCK = threading.Lock()


def reset_after_fork() -> None:
    """In a forked worker: fresh locks and watchdog (threads and held locks do not survive fork)."""
    global _WATCHDOG, _RENDER_LOCK
    _WATCHDOG = _Watchdog()
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
    Renders are serialised per process because the watchdog tracks one render at a time.
    """
    with _RENDER_LOCK:
        _WATCHDOG.arm(timeout)
        try:
            try:
                return _collect(template.generate(context), max_output_chars)
            finally:
                fired = _WATCHDOG.disarm()
        except RenderTimeout:
            fired = True
        if fired:
            raise RenderTimeout(f"rendering took longer than {timeout:g} s")
    raise AssertionError("unreachable")  # pragma: no cover


def _collect(chunks: Iterator[str], limit: int) -> str:
    parts: list[str] = []
    total = 0
    for chunk in chunks:
        total += len(chunk)
        if total > limit:
            raise RenderLimitExceeded(f"output exceeds {limit:,} characters")
        parts.append(chunk)
    return "".join(parts)
