"""Counting what a reader skips, so that no row is lost without a word.

Each skipped row is reported (FL021) up to :data:`~.limits.MAX_ROW_PROBLEMS` per file; at the
end of the file a summary says how many rows were skipped in all and which (as ranges).
"""

from __future__ import annotations

from .limits import MAX_ROW_PROBLEMS
from .records import SourceProblem

_RANGES_SHOWN = 12


class SkipTally:
    """The rows of one file that were skipped. ``unit`` names what a number counts ("row" for a
    line of a CSV or JSONL file, "record" for an element of a JSON array)."""

    def __init__(self, source: str, unit: str = "row", limit: int = MAX_ROW_PROBLEMS) -> None:
        self.source = source
        self.unit = unit
        self.limit = limit
        self.count = 0
        self._ranges: list[list[int]] = []  # [first, last] pairs, at most _RANGES_SHOWN

    def skip(self, number: int, problem: SourceProblem) -> SourceProblem | None:
        """Count a skipped row; return the problem to report, or None past the per-file limit."""
        self.count += 1
        if self._ranges and self._ranges[-1][1] in (number - 1, number):
            self._ranges[-1][1] = number
        elif len(self._ranges) < _RANGES_SHOWN:
            self._ranges.append([number, number])
        return problem if self.count <= self.limit else None

    def summary(self, records: int) -> SourceProblem | None:
        """One report of everything skipped in the file, when more than one row was."""
        if self.count < 2 and self.count <= self.limit:
            return None
        shown = ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in self._ranges)
        listed = sum(b - a + 1 for a, b in self._ranges)
        more = f" and {self.count - listed:,} more" if self.count > listed else ""
        unit = self.unit + "s"
        read = f"{records:,} record was read" if records == 1 else f"{records:,} records were read"
        capped = f"; only the first {self.limit} are reported one by one" if self.count > self.limit else ""
        message = (
            f"{self.count:,} {unit} of this file were skipped and not linted ({unit} {shown}{more}); "
            f"{read}{capped}"
        )
        return SourceProblem("FL021", message, self.source, 1)
