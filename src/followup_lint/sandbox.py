"""The sandboxed Jinja environment and a render call with limits on output size and time.

Templates are untrusted. They are parsed and rendered only in
:class:`jinja2.sandbox.SandboxedEnvironment`, with three extra guards:

* operators that can blow up memory (``*``, ``**``, ``+``) are intercepted and size-checked;
* filter results and the streamed output are capped at ``max_output_chars``;
* a watchdog thread interrupts a render that runs past ``timeout`` seconds (a template can
  loop for ever without producing output, so a size cap alone is not enough).
"""

from __future__ import annotations

import ctypes
import functools
import threading
import time
from typing import Any, Callable, Iterator, Mapping

from jinja2 import Template, Undefined
from jinja2.sandbox import SandboxedEnvironment

DEFAULT_MAX_OUTPUT_CHARS = 200_000
DEFAULT_TIMEOUT_SECONDS = 1.0
_MAX_RANGE = 10_000
_MAX_POWER_BITS = 4_096


class RenderLimitExceeded(Exception):
    """Raised when a render goes over its output-size or time limit."""


class RenderTimeout(RenderLimitExceeded):
    """Raised asynchronously inside a render that has run out of time."""


class LintSandbox(SandboxedEnvironment):
    """A sandbox that also refuses operations that would produce huge values."""

    intercepted_binops = frozenset({"*", "**", "+"})

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
        self.filters = {name: self._guard_filter(func) for name, func in self.filters.items()}

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

    def _guard_filter(self, func: Callable[..., Any]) -> Callable[..., Any]:
        check = self._check_size

        @functools.wraps(func)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            return check(func(*args, **kwargs))

        return guarded

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
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
