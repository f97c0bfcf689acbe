"""The render clock: a watchdog thread that interrupts a render past its deadline.

The interrupt is :class:`RenderInterrupted`, a :class:`BaseException`: nothing that catches
``Exception`` (Jinja's internals, a guard of ours, a filter) can swallow it. The watchdog keeps
raising it every tick until the render is disarmed, so even a swallowed interrupt is followed
by another one. Whether the render ran out of time is decided afterwards, from the clock, by
:meth:`Watchdog.disarm`, never from whether the interrupt happened to surface.

A single C-level call cannot be interrupted by any of this; the sandbox's size checks keep such
calls short, and the optional render worker (``render_worker.py``) is the hard stop.
"""

from __future__ import annotations

import ctypes
import threading
import time

_TICK_SECONDS = 0.02
_REFIRE_SECONDS = 0.1  # after the first interrupt, again this often until the render ends


class RenderInterrupted(BaseException):
    """Raised asynchronously inside a render that has run out of time (not an ``Exception``)."""


def _raise_in(thread_id: int, exception: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exception) if exception is not None else None
    )


class Watchdog:
    """One daemon thread per process, watching at most one render at a time.

    Arming and disarming are a lock and a clock read, so the per-render cost is tiny.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._thread_id = 0
        self._deadline = 0.0
        self._started = 0.0
        self._fired = False
        self._last_fire = 0.0
        self._thread: threading.Thread | None = None

    def _ensure_started(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._run, name="followup-lint-watchdog", daemon=True)
            self._thread.start()

    def arm(self, seconds: float) -> None:
        self._ensure_started()
        with self._lock:
            self._thread_id = threading.get_ident()
            self._started = time.monotonic()
            self._deadline = self._started + seconds
            self._fired = False

    def disarm(self) -> bool:
        """Stop watching; return True when the render ran past its deadline.

        An interrupt raised on the way out (after the render finished, before the lock is
        taken) is caught here and counts as a timeout; a pending one is cleared, so no stale
        interrupt hits the caller's next line."""
        interrupted = False
        while True:
            try:
                with self._lock:
                    self._thread_id = 0  # the watchdog stops firing
                    fired = self._fired or time.monotonic() > self._deadline
                    if self._fired:  # clear an interrupt not yet delivered (disarm runs in the render's thread)
                        _raise_in(threading.get_ident(), None)
                    self._fired = False
                return fired or interrupted
            except RenderInterrupted:
                interrupted = True

    def _run(self) -> None:
        while True:
            time.sleep(_TICK_SECONDS)
            with self._lock:
                # fire again every tick until disarmed: an interrupt swallowed by a bare
                # ``except BaseException`` somewhere is followed by the next one
                now = time.monotonic()
                if self._thread_id and now > self._deadline and (
                    not self._fired or now - self._last_fire > _REFIRE_SECONDS
                ):
                    _raise_in(self._thread_id, RenderInterrupted)
                    self._fired = True
                    self._last_fire = now
