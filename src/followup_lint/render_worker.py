"""The hard cap: renders in a separate process with a memory limit and a kill switch.

The sandbox's size checks and the watchdog stop every hostile template we know of, but they
are checks written by people. With ``render-memory-limit = <MB>`` in the configuration, every
render runs in a worker process whose address space is capped with ``RLIMIT_AS``, and the
parent kills the worker when it does not answer within the render timeout plus a grace
period (a C-level call that the watchdog cannot interrupt). Whatever a template does, the
linting process keeps its memory and its time; the failure is reported as FL005 and the next
render starts a fresh worker.

A render costs a round trip through a pipe (about 30 us more than in-process), so this is off by default. Records
that cannot be pickled (objects passed through the Python API) are rendered in-process.

Protocol: length-prefixed pickles over the worker's stdin/stdout.
"""

from __future__ import annotations

import os
import pickle
import select
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any, BinaryIO, Mapping

from jinja2.exceptions import SecurityError

_HEADER = struct.Struct("!I")
_GRACE_SECONDS = 2.0
_STARTUP_SECONDS = 20.0


class RemoteRenderError(Exception):
    """An ordinary render error raised in the worker (its type name is kept for the message)."""

    template_line: int | None = None


_REMOTE_CLASSES: dict[str, type[RemoteRenderError]] = {}


def _remote_error(type_name: str, message: str, line: int | None) -> RemoteRenderError:
    cls = _REMOTE_CLASSES.get(type_name)
    if cls is None:  # same class name as in the worker: messages read "ZeroDivisionError: ..."
        cls = _REMOTE_CLASSES[type_name] = type(type_name, (RemoteRenderError,), {})
    error = cls(message)
    error.template_line = line
    return error


def _write(stream: BinaryIO, payload: Any) -> None:
    data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def _read_exact(stream: BinaryIO, size: int) -> bytes:
    chunks = []
    while size:
        chunk = stream.read(size)
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _read(stream: BinaryIO) -> Any:
    (size,) = _HEADER.unpack(_read_exact(stream, _HEADER.size))
    return pickle.loads(_read_exact(stream, size))


class RenderWorker:
    """A lazily started worker process; restarted after it dies or is killed."""

    def __init__(self, memory_limit_mb: int) -> None:
        self.memory_limit_mb = memory_limit_mb
        self._process: subprocess.Popen[bytes] | None = None
        self._owner_pid = 0

    def _ensure(self) -> subprocess.Popen[bytes]:
        process = self._process
        if process is not None and self._owner_pid == os.getpid() and process.poll() is None:
            return process
        if process is not None and self._owner_pid == os.getpid():
            self._stop(process)
        package_root = str(Path(__file__).resolve().parents[1])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))}
        self._process = subprocess.Popen(
            [sys.executable, "-m", "followup_lint.render_worker", str(self.memory_limit_mb)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
        )
        self._owner_pid = os.getpid()  # a forked copy of this object starts its own worker
        return self._process

    def close(self) -> None:
        if self._process is not None and self._owner_pid == os.getpid():
            self._stop(self._process)
        self._process = None

    @staticmethod
    def _stop(process: subprocess.Popen[bytes]) -> None:
        try:
            process.kill()
            process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):  # pragma: no cover - already gone
            pass

    def render(self, source: str, context: Mapping[str, Any], *, max_output_chars: int, work_limit: int,
               timeout: float) -> str:
        """Render ``source`` with ``context`` in the worker; raise what an in-process render
        would (``SecurityError``, ``RenderLimitExceeded``/``RenderTimeout``, or the render's
        own error as a :class:`RemoteRenderError` of the same name)."""
        from .sandbox import RenderLimitExceeded, RenderTimeout

        if os.name != "posix":  # no RLIMIT_AS: the in-process limits apply
            raise NotPortable
        try:
            request = pickle.dumps(("render", source, dict(context), max_output_chars, work_limit, timeout),
                                   protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001 - objects from the API that cannot cross a pipe
            raise NotPortable from None
        starting = self._process is None or self._process.poll() is not None
        process = self._ensure()
        assert process.stdin is not None and process.stdout is not None
        try:
            process.stdin.write(_HEADER.pack(len(request)) + request)
            process.stdin.flush()
            wait = timeout + _GRACE_SECONDS + (_STARTUP_SECONDS if starting else 0.0)
            ready, _, _ = select.select([process.stdout], [], [], wait)
            if not ready:
                self._stop(process)
                raise RenderTimeout(f"rendering took longer than {timeout:g} s (the render worker was stopped)")
            reply = _read(process.stdout)  # type: ignore[arg-type]
        except (OSError, EOFError, pickle.PickleError):
            self._stop(process)
            raise RenderLimitExceeded(
                f"the render worker stopped (memory limit {self.memory_limit_mb} MB reached?)") from None
        kind, *rest = reply
        if kind == "ok":
            return rest[0]
        type_name, message, line = rest
        error: Exception
        if kind == "security":
            error = SecurityError(message)
        elif kind == "timeout":
            error = RenderTimeout(message)
        elif kind == "limit":
            error = RenderLimitExceeded(message)
        else:
            error = _remote_error(type_name, message, line)
        error.template_line = line  # type: ignore[union-attr]  # read by render_locations
        raise error


class NotPortable(Exception):
    """The context cannot be sent to the worker: render in-process instead."""


# ----------------------------------------------------------------------------- the worker side


def _serve(memory_limit_mb: int) -> None:  # pragma: no cover - runs in the child process
    import resource

    limit = memory_limit_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from .render_locations import raw_template_line
    from .sandbox import LintSandbox, RenderLimitExceeded, RenderTimeout, render_limited

    environments: dict[tuple[int, int], LintSandbox] = {}
    compiled: dict[tuple[str, int, int], Any] = {}
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    while True:
        try:
            _, source, context, max_chars, work_limit, timeout = _read(stdin)
        except EOFError:
            return
        try:
            key = (source, max_chars, work_limit)
            template = compiled.get(key)
            if template is None:
                env = environments.setdefault((max_chars, work_limit), LintSandbox(max_chars, work_limit))
                template = compiled[key] = env.from_string(source)
            reply: tuple[Any, ...] = ("ok", render_limited(template, context, max_output_chars=max_chars, timeout=timeout))
        except SecurityError as exc:
            reply = ("security", type(exc).__name__, str(exc), raw_template_line(exc))
        except RenderTimeout as exc:
            reply = ("timeout", type(exc).__name__, str(exc), raw_template_line(exc))
        except RenderLimitExceeded as exc:
            reply = ("limit", type(exc).__name__, str(exc), raw_template_line(exc))
        except MemoryError:
            compiled.clear()
            reply = ("limit", "MemoryError", f"the render used more than the memory limit ({memory_limit_mb} MB)", None)
        except Exception as exc:  # noqa: BLE001 - reported to the parent as the render's error
            reply = ("error", type(exc).__name__, str(exc), raw_template_line(exc))
        _write(stdout, reply)


if __name__ == "__main__":  # pragma: no cover
    _serve(int(sys.argv[1]))
