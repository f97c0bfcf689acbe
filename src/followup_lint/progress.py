"""A progress line on stderr while a large recipients file is linted.

Shown only when stderr is a terminal and the run is not under CI (``CI`` or ``GITHUB_ACTIONS``
set), and only for large inputs (more than :data:`MIN_RECORDS` records or a file over
:data:`MIN_BYTES`): a small list finishes before a progress line could help. The line gives
records done, the rate and, where the reader's file position can be seen, the percentage by
bytes; it is redrawn at most :data:`UPDATES_PER_SECOND` times a second and cleared at the end,
so the report on stdout (or in the terminal after it) is untouched.

The engine calls :meth:`Progress.start` when a recipient stream begins, :meth:`Progress.update`
every few hundred records (cheap: a counter test, then a clock read), and :meth:`Progress.done`
at the end of the stream. The CLI calls :meth:`Progress.close` when the run ends, whatever
happened.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Callable, Mapping, TextIO

MIN_RECORDS = 2_000
MIN_BYTES = 1 << 20
UPDATES_PER_SECOND = 10


def wanted(stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """True when a progress line may be drawn on ``stream``: a terminal, and not CI."""
    env = os.environ if environ is None else environ
    if env.get("CI", "").strip().lower() not in ("", "0", "false") or env.get("GITHUB_ACTIONS"):
        return False
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


class Progress:
    """Draws ``followup-lint: attendees.csv  12,400 records  37%  8,150 records/s``."""

    def __init__(self, stream: TextIO, *, clock: Callable[[], float] = time.monotonic,
                 min_records: int = MIN_RECORDS, min_bytes: int = MIN_BYTES,
                 position: Callable[[str], int | None] | None = None) -> None:
        self.stream = stream
        self.clock = clock
        self.min_records = min_records
        self.min_bytes = min_bytes
        self._custom_position = position
        self._position = position or _reader_position()
        self._interval = 1.0 / UPDATES_PER_SECOND
        self._name = ""
        self._path: str | None = None
        self._size: int | None = None
        self._started = 0.0
        self._last = float("-inf")
        self._shown = False
        self.draws = 0  # how many times the line was drawn (for tests)

    # -------------------------------------------------------------- called by the engine

    def start(self, source: str | None) -> None:
        """A recipient stream begins (``source`` is its path, or a name like ``<records>``)."""
        self._name = Path(source).name if source and not source.startswith("<") else (source or "recipients")
        self._path = source if source and not source.startswith("<") else None
        self._size = None
        self._position = self._custom_position or _reader_position()  # descriptors may be reused
        if self._path is not None:
            try:
                self._size = os.stat(self._path).st_size
            except OSError:
                self._size = None
        self._started = self.clock()
        self._last = float("-inf")

    def update(self, records: int) -> None:
        """``records`` have been linted so far; redraws at most 10 times a second."""
        now = self.clock()
        if now - self._last < self._interval:
            return
        large = records > self.min_records or (self._size is not None and self._size > self.min_bytes)
        if not large:
            return
        self._last = now
        self._draw(records, now)

    def done(self) -> None:
        """The stream has ended: clear the line."""
        self.close()

    # -------------------------------------------------------------- called by the CLI

    def close(self) -> None:
        if self._shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self._shown = False

    # -------------------------------------------------------------- drawing

    def _draw(self, records: int, now: float) -> None:
        parts = [f"followup-lint: {self._name}", f"{records:,} records"]
        if self._size and self._path is not None:
            position = self._position(self._path)
            if position is not None and 0 <= position <= self._size:
                parts.append(f"{100 * position // self._size}%")
        elapsed = now - self._started
        if elapsed > 0:
            parts.append(f"{records / elapsed:,.0f} records/s")
        self.stream.write("\r\033[K" + "  ".join(parts))
        self.stream.flush()
        self._shown = True
        self.draws += 1


def _reader_position() -> Callable[[str], int | None]:
    """How far the reader is into a file, in bytes: on Linux, the offset of the descriptor open
    on it (``/proc/self/fdinfo``); elsewhere unknown (the line then shows records and the rate)."""
    found: dict[str, int | None] = {}

    def position(path: str) -> int | None:
        fd = found.get(path)
        if fd is None:
            fd = found[path] = _descriptor_of(path)
            if fd is None:
                return None
        try:
            with open(f"/proc/self/fdinfo/{fd}", encoding="ascii") as info:
                for line in info:
                    if line.startswith("pos:"):
                        return int(line.split()[1])
        except (OSError, ValueError, IndexError):
            found.pop(path, None)
        return None

    return position


def _descriptor_of(path: str) -> int | None:
    """The newest file descriptor of this process open on ``path`` (the reader's)."""
    try:
        target = os.path.realpath(path)
        names = os.listdir("/proc/self/fd")
    except OSError:
        return None
    matches = []
    for name in names:
        try:
            if os.readlink(f"/proc/self/fd/{name}") == target:
                matches.append(int(name))
        except (OSError, ValueError):
            continue
    return max(matches) if matches else None
