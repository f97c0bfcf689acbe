"""Per-column facts gathered while the recipients stream past.

For every column a template reads, the engine counts, in one pass and with bounded memory:

* how many records have the column, and how many of them hold an empty value;
* how many distinct values it holds: exactly, in a capped table of value -> count, up to
  ``exact_limit`` distinct values; past that, estimated with a k-minimum-values sketch (the
  ``k`` smallest 64-bit hashes seen: with ``k`` = 1024 the estimate is within about 3% (one standard error));
* the share of the most common value, which is what tells a personal column from one that
  says the same thing to everyone (``pain_point`` = "manual reporting" in all 240 rows);
* how many values are junk ("N/A", "-", "null", "TBD", see :func:`names.field_junk.field_junk`),
  judged once per distinct value when the facts are read, never per record.

Memory is flat in list size: per column at most ``exact_limit`` values plus ``k`` hashes.
The most common value is exact while the table has room; a value first seen after it is
full is only counted in ``overflow`` (a value held by most of the list is in the first rows),
and the empty and junk shares past the table are estimated from a 1-in-16 sample of values
chosen by hash (placeholders repeat, so they are nearly always in the exact table anyway).
A column is found under the variable's name, or under the export's label for it ("Custom
Intro" for ``custom_intro``, see column_names.py): one extra lookup, only for a record that lacks
the exact name. Forked workers gather facts for their chunks and the main process merges them
(:meth:`ListFacts.merge`): merging is exact for counts and for the sketch.
"""

from __future__ import annotations

import heapq
from typing import Any, Iterable, Mapping

from .column_names import folded_column, lookup_column
from .names.field_junk import field_junk
from .parse_cache import subject_names  # re-exported: checks/same_values.py
from .variable_kinds import is_event_variable, is_plumbing_variable

EXACT_LIMIT = 1024
SKETCH_SIZE = 1024
SAME_VALUE_SHARE = 0.95  # a column whose most common non-empty value is this share or more is "the same for all"
MIN_RECORDS = 3  # records with a value needed before a column is judged the same for all
_MASK = (1 << 64) - 1
_SAMPLE_EVERY = 16  # past the exact table, values judged for empty / junk: 1 in 16 (by hash)
_SAMPLE_BELOW = (_MASK + 1) // _SAMPLE_EVERY
_MIX = 0x9E3779B97F4A7C15  # spreads small integer hashes (hash(1) == 1) over 64 bits
_MISSING = object()


def _hash(value: Any) -> int:
    try:
        raw = hash(value)
    except TypeError:
        raw = hash(repr(value))
    return ((raw & _MASK) * _MIX) & _MASK


class DistinctSketch:
    """K-minimum-values distinct counter: keeps the ``k`` smallest hashes seen."""

    __slots__ = ("k", "_heap", "_members", "threshold")

    def __init__(self, k: int = SKETCH_SIZE) -> None:
        self.k = k
        self._heap: list[int] = []  # negated hashes: a max-heap of the k smallest
        self._members: set[int] = set()
        self.threshold = _MASK + 1
        """Hashes at or above this cannot enter the sketch: callers skip the call."""

    def add_hash(self, h: int) -> None:
        heap = self._heap
        if len(heap) < self.k:
            if h not in self._members:
                self._members.add(h)
                heapq.heappush(heap, -h)
                if len(heap) == self.k:
                    self.threshold = -heap[0]
        elif h < -heap[0] and h not in self._members:
            self._members.add(h)
            self._members.discard(-heapq.heappushpop(heap, -h))
            self.threshold = -heap[0]

    def merge(self, other: DistinctSketch) -> None:
        for negated in other._heap:
            self.add_hash(-negated)

    def estimate(self) -> int:
        if len(self._heap) < self.k:
            return len(self._heap)  # fewer than k distinct values: the count is exact
        kth = -self._heap[0]
        return max(self.k, round((self.k - 1) * (_MASK + 1) / (kth + 1)))


class ColumnFacts:
    """What one column holds across the list (see the module docs)."""

    __slots__ = ("path", "counts", "overflow", "sampled", "sampled_empty", "sampled_junk", "sketch", "limit", "alias")

    def __init__(self, path: tuple[str, ...], limit: int = EXACT_LIMIT) -> None:
        self.path = path
        self.counts: dict[Any, int] = {}  # value -> records, up to ``limit`` distinct values
        self.overflow = 0  # records whose value was first seen after the table was full
        # of those, the ones whose value falls in the hash sample, and how many were empty / junk
        self.sampled = 0
        self.sampled_empty = 0
        self.sampled_junk = 0
        self.sketch: DistinctSketch | None = None
        self.limit = limit
        self.alias: str | None = None  # the label the column was last found under ("Custom Intro")

    @property
    def name(self) -> str:
        return ".".join(self.path)

    @property
    def present(self) -> int:
        """Records that have the column."""
        return sum(self.counts.values()) + self.overflow

    def add(self, value: Any, times: int = 1) -> None:
        """Count ``value`` (the hot path is inlined in :meth:`ListFacts.add`)."""
        try:
            seen = self.counts.get(value)
        except TypeError:  # a list or mapping from JSON: count it by its text
            value = repr(value)
            seen = self.counts.get(value)
        if seen is not None:
            self.counts[value] = seen + times
        elif len(self.counts) < self.limit:
            self.counts[value] = times
        else:
            self.add_overflow(value, times)

    def add_overflow(self, value: Any, times: int = 1) -> None:
        """A value first seen after the exact table is full: into the sketch, and judged for
        empty / junk only when its hash falls in a 1-in-:data:`_SAMPLE_EVERY` sample (repeats
        of a sampled value are all counted), so a column of unique values costs a hash and
        two comparisons per record."""
        sketch = self.sketch
        if sketch is None:
            sketch = self.sketch = DistinctSketch()
            for known in self.counts:
                sketch.add_hash(_hash(known))
        self.overflow += times
        h = ((hash(value) & _MASK) * _MIX) & _MASK  # _hash() inlined: values here are hashable
        if h < sketch.threshold:
            sketch.add_hash(h)
        if h < _SAMPLE_BELOW:
            self.sampled += times
            if _is_empty(value):
                self.sampled_empty += times
            elif field_junk(value) is not None:
                self.sampled_junk += times

    def merge(self, other: ColumnFacts) -> None:
        self.overflow += other.overflow
        self.sampled += other.sampled
        self.sampled_empty += other.sampled_empty
        self.sampled_junk += other.sampled_junk
        if other.sketch is not None and self.sketch is None:
            self.sketch = DistinctSketch()
            for known in self.counts:
                self.sketch.add_hash(_hash(known))
        for value, times in other.counts.items():
            self.add(value, times)
        if other.sketch is not None and self.sketch is not None:
            self.sketch.merge(other.sketch)

    def _overflow_share(self, sampled: int) -> int:
        """Records past the exact table estimated from the hash sample."""
        if not self.sampled:
            return 0
        return round(self.overflow * sampled / self.sampled)

    # ------------------------------------------------------------------ what the facts say

    @property
    def distinct(self) -> int:
        """Distinct values, empty ones included: exact up to the limit, then estimated."""
        if self.sketch is None:
            return len(self.counts)
        return max(len(self.counts), self.sketch.estimate())

    @property
    def exact(self) -> bool:
        return self.sketch is None

    @property
    def empty(self) -> int:
        """Records with an empty, blank or null value."""
        return self._overflow_share(self.sampled_empty) + sum(n for v, n in self.counts.items() if _is_empty(v))

    @property
    def junk(self) -> int:
        """Records whose value is a placeholder ("N/A", "-", "TBD"): judged per distinct value."""
        return self._overflow_share(self.sampled_junk) + sum(
            n for v, n in self.counts.items() if not _is_empty(v) and field_junk(v)
        )

    def share(self, count: int) -> float:
        return count / self.present if self.present else 0.0

    def top_value(self) -> tuple[Any, int] | None:
        """The most common non-empty, non-junk value and its count (None when there is none)."""
        best: tuple[Any, int] | None = None
        for value, times in self.counts.items():
            if _is_empty(value) or field_junk(value) is not None:
                continue
            if best is None or times > best[1]:
                best = (value, times)
        return best

    def meaningful(self) -> int:
        """Records whose value is neither empty nor junk."""
        return self.present - self.empty - self.junk

    def is_same_for_all(self, share: float = SAME_VALUE_SHARE) -> bool:
        """True when the column says the same thing to (nearly) everyone who gets a value:
        one non-empty, non-junk value in at least ``share`` of such records. Needs
        :data:`MIN_RECORDS` records with a value: one or two records prove nothing."""
        top = self.top_value()
        meaningful = self.meaningful()
        if top is None or meaningful < MIN_RECORDS:
            return False
        return top[1] >= share * meaningful

    def describe_same(self) -> str:
        """ "'pain_point' has the same value for all 240 recipients" (never the value itself)."""
        top = self.top_value()
        meaningful = self.meaningful()
        if top is None:
            return f"{self.name!r} has no value for any recipient"
        if top[1] == meaningful:
            who = f"all {meaningful} recipients" if meaningful == self.present else (
                f"all {meaningful} recipients that have one")
            return f"{self.name!r} has the same value for {who}"
        return f"{self.name!r} has the same value for {top[1]} of the {meaningful} recipients that have one"


def _is_empty(value: Any) -> bool:
    return value is None or (type(value) is str and not value.strip())


class ListFacts:
    """Facts about every tracked column of one recipient stream."""

    def __init__(self, paths: Iterable[tuple[str, ...]], *, limit: int = EXACT_LIMIT,
                 same_value_share: float = SAME_VALUE_SHARE) -> None:
        self.records = 0
        self.same_value_share = same_value_share
        self.columns: dict[tuple[str, ...], ColumnFacts] = {}
        for path in dict.fromkeys(paths):
            self.columns[path] = ColumnFacts(path, limit)
        self._flat = [(path[0], facts.counts, facts) for path, facts in self.columns.items() if len(path) == 1]
        self._nested = [(path, facts) for path, facts in self.columns.items() if len(path) > 1]
        self.limit = limit

    def empty_copy(self) -> ListFacts:
        """Facts for the same columns, with nothing counted (for a worker's chunk)."""
        return ListFacts(self.columns, limit=self.limit, same_value_share=self.same_value_share)

    def add(self, data: Mapping[str, Any]) -> None:
        """Count one record: per tracked column, a lookup and a counter (see the benchmark)."""
        self.records += 1
        get = data.get
        limit = self.limit
        shape: tuple[str, ...] | None = None
        for key, counts, facts in self._flat:
            value = get(key, _MISSING)
            if value is _MISSING:  # an export's label ("Custom Intro" for custom_intro)?
                alias = facts.alias
                value = _MISSING if alias is None else get(alias, _MISSING)
                if value is _MISSING:
                    if shape is None:
                        shape = tuple(data)
                    alias = folded_column(shape, key)
                    if alias is None:
                        continue
                    facts.alias = alias  # the label found: one lookup for the next record
                    value = data[alias]
            try:
                seen = counts.get(value)
            except TypeError:
                facts.add(value)
                continue
            if seen is not None:
                counts[value] = seen + 1
            elif len(counts) < limit:
                counts[value] = 1
            else:
                facts.add_overflow(value)
        for path, facts in self._nested:
            value, column = lookup_column(data, path)
            if column is not None:
                facts.add(value)

    def merge(self, other: ListFacts) -> None:
        self.records += other.records
        for path, facts in other.columns.items():
            mine = self.columns.get(path)
            if mine is None:
                self.columns[path] = mine = ColumnFacts(path, self.limit)
            mine.merge(facts)

    def column(self, path: tuple[str, ...]) -> ColumnFacts | None:
        return self.columns.get(path)

    def same_for_all(self, path: tuple[str, ...]) -> ColumnFacts | None:
        """The column's facts when it holds the same value for (nearly) every recipient.
        Event columns (``webinar_title``) are never reported: one event's list shares them."""
        if is_event_variable(path):
            return None
        facts = self.columns.get(path)
        if facts is None or not facts.is_same_for_all(self.same_value_share):
            return None
        return facts

    def absent(self, path: tuple[str, ...]) -> bool:
        """True when records were seen and none of them has the column."""
        facts = self.columns.get(path)
        return self.records > 0 and facts is not None and facts.present == 0


def tracked_paths(infos: Iterable[Any]) -> list[tuple[str, ...]]:
    """The columns worth counting: the recipient variables and top-level names the templates
    (and their subject lines) read, without the ones no personalization decision reads - links, ids, addresses
    and event fields (``webinar_title``: :meth:`ListFacts.same_for_all` never judges
    them). Those are never personalization, and an all-unique column such as the e-mail
    address is the most expensive kind to count. Sender fields (``sender_name``) are counted
    only for their empty cells: FL306 reports a signature that is empty for some recipients."""
    paths: dict[tuple[str, ...], None] = {}
    for info in infos:
        nested = {use.path[0] for use in info.variables if len(use.path) > 1}  # "contact" of contact.company
        candidates = [use.path for use in info.variables] + [
            (name,) for name in sorted(info.context_names | subject_names(info.subject)) if name not in nested]
        for path in candidates:
            if not (is_plumbing_variable(path) or is_event_variable(path)):
                paths[path] = None
    return list(paths)
