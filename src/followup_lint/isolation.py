"""Running checks (built-in rules and plugins) so that no check can end or hang the run.

The engine calls every ``prepare``/``check``/``check_template``/``finish`` between
:meth:`CheckGuard.enter` and :meth:`CheckGuard.leave` and hands whatever escapes to
:meth:`CheckGuard.triage`:

* any exception, ``SystemExit`` (a plugin's ``sys.exit(0)`` must not end the run with exit 0
  and no output), ``GeneratorExit`` and other ``BaseException``\\s become a crash report (FL010);
* ``KeyboardInterrupt`` raised *by a check* is a crash too, but a real Ctrl-C is passed on, so
  the run stops (the CLI exits 130). They are told apart by a SIGINT handler installed for the
  run (main thread) that notes a real signal before raising, or before handing it to the
  application's own handler when it has one (a Spark driver's, a server's);
* a call that runs past the time budget (``check-timeout``) is interrupted: a watchdog thread
  raises :class:`CheckTimeout` in the checking thread, again and again until the check gives up,
  and wakes a blocking call (``time.sleep``, a socket read) with a signal when it can. A check
  that swallowed the timeout and returned still counts as over budget.

Entering and leaving cost two attribute writes: the watchdog notices a call by its sequence
number standing still, so the hot path takes no lock and reads no clock.
"""

from __future__ import annotations

import ctypes
import os
import signal
import threading
import time
import weakref
from contextlib import contextmanager
from typing import Any, Iterator

_POLL_SECONDS = 0.05
_REFIRE_SECONDS = 0.25
_CURRENT = threading.local()  # .guard: the guard of the run in progress in this thread


class CheckTimeout(BaseException):
    """Raised inside a check that ran past its time budget. A ``BaseException``, so a check's
    own ``except Exception`` does not swallow it."""


class _PendingWakeups:
    """Wake-up signals the watchdog has sent and no handler has taken yet, for the whole
    process: a signal can be handled after its run has ended and another has begun."""

    def __init__(self) -> None:
        self._count = 0
        self._lock = threading.Lock()

    def add(self) -> None:
        with self._lock:
            self._count += 1

    def take(self) -> bool:
        with self._lock:
            if self._count <= 0:
                return False
            self._count -= 1
            return True


_WAKEUPS = _PendingWakeups()


class CheckGuard:
    """The time budget and interrupt handling for one lint run (one thread)."""

    def __init__(self, budget: float) -> None:
        self.budget = budget
        self.thread_id = threading.get_ident()
        self.running = 0  # sequence number of the call in progress, 0 between calls
        self.sequence = 0
        self.fired = 0  # set by the watchdog (before it injects) for the call it found over budget
        self.injected = 0  # the call the watchdog raised CheckTimeout in
        self.waking = 0  # the call the watchdog sent a wake-up signal for
        self.real_interrupt = False
        self.paused = 0  # > 0 while a one-time load runs (see untimed())
        self.interrupts_are_real = True  # a KeyboardInterrupt we cannot vouch for is the user's
        self._lock = threading.Lock()
        self._previous_handler: Any = None
        self._chained: Any = None  # an application's SIGINT handler we stand in front of
        self._installed = False
        self._seen = (0, 0.0, 0.0)  # (call, first seen, last fired) - watchdog bookkeeping

    # ------------------------------------------------------------- the run

    def __enter__(self) -> CheckGuard:
        self.thread_id = threading.get_ident()
        self.real_interrupt = False
        self._install_sigint()
        _CURRENT.guard = self
        _watchdog().watch(self)
        return self

    def __exit__(self, *exc: Any) -> None:
        _CURRENT.guard = None
        _watchdog().forget(self)
        self._settle()
        self._uninstall_sigint()

    def _install_sigint(self) -> None:
        on_main = threading.current_thread() is threading.main_thread()
        # in a worker thread a SIGINT never reaches us: any KeyboardInterrupt there is raised by code
        self.interrupts_are_real = on_main
        if not on_main:
            return
        try:
            current = signal.getsignal(signal.SIGINT)
        except (ValueError, OSError):  # pragma: no cover - no signals here
            return
        ours = current is signal.default_int_handler or isinstance(getattr(current, "__self__", None), CheckGuard)
        # (another run's guard, e.g. lint() called inside a check or a preview, is ours: stack on it)
        if current is None:  # pragma: no cover - a handler not installed from Python: leave it alone
            return
        try:
            signal.signal(signal.SIGINT, self._on_sigint)
        except (ValueError, OSError):  # pragma: no cover
            return
        self._previous_handler = current
        # The application's own handler (a Spark driver's, a server's) still gets the user's
        # Ctrl-C; one that ignores SIGINT (SIG_IGN, as a shell gives background jobs) keeps
        # ignoring it, and the watchdog's wake-ups still reach a sleeping check.
        self._chained = None if ours else current
        self._installed = True
        self.interrupts_are_real = False  # from now on a real one is noted by the handler

    def _uninstall_sigint(self) -> None:
        if self._installed:
            self._installed = False
            try:
                signal.signal(signal.SIGINT, self._previous_handler)
            except (ValueError, OSError):  # pragma: no cover
                pass

    def _on_sigint(self, signum: int, frame: Any) -> None:
        if _WAKEUPS.take():
            # one of the watchdog's wake-ups, even if the call settled (and cleared `waking`), or
            # the run ended and another began, between the signal being sent and this handler
            # running: never the user's Ctrl-C
            if self.waking and self.waking == self.running:
                self.waking = 0
                raise CheckTimeout
            self.waking = 0
            return
        chained = self._chained
        if chained is signal.SIG_IGN:
            return  # the process ignores Ctrl-C, and so do we
        self.real_interrupt = True
        if chained is signal.SIG_DFL:
            # the default disposition: end the process as SIGINT would have
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGINT)
            return
        if chained is not None:
            chained(signum, frame)  # the application decides what a Ctrl-C does
            return
        raise KeyboardInterrupt

    def in_worker(self) -> None:
        """In a forked worker: the parent handles Ctrl-C (it stops the pool), the worker ignores
        it; the handler stays for wake-ups, and the watchdog restarts in this process."""
        global _WATCHDOG, _WATCHDOG_LOCK
        _WATCHDOG, _WATCHDOG_LOCK = None, threading.Lock()
        self._lock = threading.Lock()
        self.thread_id = threading.get_ident()
        self.interrupts_are_real = False
        self.running = self.fired = self.injected = self.waking = 0
        try:
            signal.signal(signal.SIGINT, self._on_worker_sigint)
            self._installed = True
        except (ValueError, OSError):  # pragma: no cover
            pass
        _CURRENT.guard = self
        _watchdog().watch(self)

    def _on_worker_sigint(self, signum: int, frame: Any) -> None:
        _WAKEUPS.take()
        if self.waking and self.waking == self.running:
            self.waking = 0
            raise CheckTimeout
        self.waking = 0

    # ------------------------------------------------------------- one call

    def enter(self) -> int:
        self.sequence += 1
        self.running = self.sequence
        return self.sequence

    def leave(self, call: int) -> None:
        """End a call; raises :class:`CheckTimeout` when the call went over budget (also when the
        check caught the timeout and returned). The engine's hot loop inlines the fast path:
        ``guard.running = 0`` and, only if ``guard.fired``, :meth:`over_budget`."""
        self.running = 0
        if self.fired:
            self.over_budget(call)

    def over_budget(self, call: int) -> None:
        """The slow path of :meth:`leave`, after the watchdog fired."""
        if self._settle() == call:
            raise CheckTimeout

    def settle(self) -> bool:
        """After a call ended with an exception: clear a pending timeout that has not been
        raised yet. True when the watchdog fired for that call."""
        self.running = 0
        while True:
            try:
                return bool(self._settle())
            except CheckTimeout:  # delivered while settling; the call is over, so drop it
                continue

    def _settle(self) -> int:
        if not self.fired:
            return 0
        with self._lock:
            injected = self.injected
            if injected:
                _set_async_exc(self.thread_id, None)
            self.fired = self.injected = self.waking = 0
        return injected

    def is_real_interrupt(self, exc: BaseException) -> bool:
        """Whether ``exc`` is the user's Ctrl-C (to pass on) rather than raised by a check."""
        return isinstance(exc, KeyboardInterrupt) and (self.real_interrupt or self.interrupts_are_real)

    # ------------------------------------------------------------- watchdog side

    def _poll(self, now: float) -> None:
        call = self.running
        seen_call, first, last_fired = self._seen
        if not call:
            self._seen = (0, 0.0, 0.0)
            return
        if call != seen_call or self.paused:  # a new call, or a one-time load: the clock (re)starts
            self._seen = (call, now, 0.0)
            return
        if now - first < self.budget or (last_fired and now - last_fired < _REFIRE_SECONDS):
            return
        with self._lock:
            self.fired = call
            if self.running != call:
                return
            _set_async_exc(self.thread_id, CheckTimeout)
            self.injected = call
            if last_fired and self._installed:  # still running: perhaps blocked in a C call
                self.waking = call
                _WAKEUPS.add()
                try:
                    signal.pthread_kill(self.thread_id, signal.SIGINT)
                except (OSError, ValueError, AttributeError):  # pragma: no cover
                    self.waking = 0
                    _WAKEUPS.take()
        self._seen = (call, first, now)


@contextmanager
def untimed() -> Iterator[None]:
    """Leave a one-time cost out of the time budget of the check that happens to pay it
    (building the spaCy pipeline takes a second or more on a busy machine); the clock of that
    call starts again afterwards."""
    guard: CheckGuard | None = getattr(_CURRENT, "guard", None)
    if guard is None:
        yield
        return
    guard.paused += 1
    try:
        yield
    finally:
        guard.paused -= 1


class _Watchdog:
    """One daemon thread per process polling every active guard."""

    def __init__(self) -> None:
        self.guards: weakref.WeakSet[CheckGuard] = weakref.WeakSet()
        self.pid = os.getpid()
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self._run, name="followup-lint-check-watchdog", daemon=True)
        self._thread.start()

    def watch(self, guard: CheckGuard) -> None:
        self.guards.add(guard)
        self._wake.set()

    def forget(self, guard: CheckGuard) -> None:
        self.guards.discard(guard)

    def _run(self) -> None:
        while True:
            if not self.guards:
                self._wake.wait()
                self._wake.clear()
                continue
            time.sleep(_POLL_SECONDS)
            now = time.monotonic()
            for guard in list(self.guards):
                guard._poll(now)


_WATCHDOG: _Watchdog | None = None
_WATCHDOG_LOCK = threading.Lock()


def _watchdog() -> _Watchdog:
    global _WATCHDOG
    watchdog = _WATCHDOG
    if watchdog is None or watchdog.pid != os.getpid():
        with _WATCHDOG_LOCK:
            if _WATCHDOG is None or _WATCHDOG.pid != os.getpid():
                _WATCHDOG = _Watchdog()
            watchdog = _WATCHDOG
    return watchdog


def _set_async_exc(thread_id: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), None if exc is None else ctypes.py_object(exc))
