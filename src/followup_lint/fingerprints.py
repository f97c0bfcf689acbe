"""Stable fingerprints of findings, for baselines and SARIF ``partialFingerprints``.

A fingerprint must survive edits elsewhere in the template (line numbers shift) and a
re-exported recipient list (rows move), so it is built from what the finding is about, never
from where it is:

* the rule code and the template's path,
* the source lines the finding points at, whitespace-normalised,
* the message before personal values were filled in (:attr:`Diagnostic.group_key`),
* for a finding about one recipient, a hash of that recipient's normalised email (or names).

Recipient values are never stored: :attr:`RecipientRef.key` is already a one-way hash, and a
baseline mixes every fingerprint with a random salt kept in the baseline file.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .formats._grouping import message_key
from .model import Diagnostic

_MAX_SOURCE_BYTES = 4 * 1024 * 1024


class SourceLines:
    """Lines of template files, read once per path; empty for files that cannot be read."""

    def __init__(self) -> None:
        self._cache: dict[str, list[str]] = {}

    def _lines(self, path: str) -> list[str]:
        lines = self._cache.get(path)
        if lines is None:
            lines = self._cache[path] = _read_lines(path)
        return lines

    def line(self, path: str, number: int) -> str | None:
        """One line (1-based), or None when the file cannot be read or has no such line."""
        lines = self._lines(path)
        return lines[number - 1] if 0 < number <= len(lines) else None

    def snippet(self, path: str, first: int, last: int) -> str:
        lines = self._lines(path)
        chosen = lines[max(first, 1) - 1 : max(last, first)]
        return " ".join(" ".join(line.split()) for line in chosen)


def _read_lines(path: str) -> list[str]:
    if path.startswith("<"):
        return []
    try:
        file = Path(path)
        if not file.is_file() or file.stat().st_size > _MAX_SOURCE_BYTES:
            return []
        return file.read_text(encoding="utf-8-sig", errors="replace").splitlines()
    except OSError:
        return []


def _digest(*parts: str) -> str:
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(part.encode("utf-8", "surrogatepass"))
        hasher.update(b"\x1f")
    return hasher.hexdigest()


def normalised_path(path: str, root: Path | None = None) -> str:
    """``path`` in POSIX form, relative to ``root`` when given (a baseline's folder), so the same
    file matches whichever folder the linter runs from."""
    if root is not None and not path.startswith("<"):
        try:
            return Path(os.path.relpath(os.path.abspath(path), os.path.abspath(root))).as_posix()
        except ValueError:  # another drive on Windows
            pass
    return Path(path).as_posix().removeprefix("./")


def mistake_fingerprint(d: Diagnostic, sources: SourceLines, *, data_file: bool = False,
                        root: Path | None = None) -> str:
    """The fingerprint of the template mistake (or record problem kind) behind ``d``, without
    the recipient: every recipient hit by the same mistake shares it."""
    snippet = "" if data_file else sources.snippet(d.path, d.line, d.end_line)
    return _digest("v1", d.code, normalised_path(d.path, root), snippet, message_key(d))


def finding_fingerprint(d: Diagnostic, sources: SourceLines, salt: str, *, data_file: bool = False,
                        root: Path | None = None) -> str:
    """The fingerprint of one finding: its mistake, and who it is about (a hash, salted)."""
    who = d.recipient.key if d.recipient is not None and d.recipient.key else ""
    if d.recipient is not None and not who:
        who = f"row:{d.recipient.row}"  # a record with no email or name: its row is all there is
    return _digest(salt, mistake_fingerprint(d, sources, data_file=data_file, root=root), who)[:32]
