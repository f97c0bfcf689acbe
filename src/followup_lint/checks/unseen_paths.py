"""Which template variables no record of the list has provided (FL003 undefined-variable and
FL321 fallback-for-everyone): both follow the same set of paths through the whole list, so
they share this state."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..recipients import flat_keys
from ..templates import VariableUse

#: How many record field names are kept for a "did you mean" (a list with thousands of
#: columns would otherwise hold them all).
MAX_FIELDS = 500

Path = tuple[str, ...]


def provides(data: Any, path: Path) -> bool:
    """Whether a record supplies ``path``: a field, a nested field, or an attribute or method
    of a field's value (``first_name.upper``, ``tags.0``), which is not a missing field."""
    value = data
    for part in path:
        if value is None:
            return False
        if not isinstance(value, Mapping):
            return True  # the rest is an attribute of a real value, not a field lookup
        if part not in value:
            return False
        value = value[part]
    return True


@dataclass(slots=True)
class UnseenPaths:
    """The paths (with their uses in the template) that no record has provided so far, the
    field names seen (for "did you mean"), and how many records were read."""

    uses: dict[Path, list[VariableUse]]
    pending: set[Path]
    fields: set[str] = field(default_factory=set)
    records: int = 0

    def see(self, data: Any) -> None:
        """Count one record and strike the paths it provides."""
        self.records += 1
        if not self.pending:  # every variable has been seen: nothing left to learn
            return
        if len(self.fields) < MAX_FIELDS:
            self.fields.update(flat_keys(data))  # nested mappings as dotted paths
        for path in [p for p in self.pending if provides(data, p)]:
            self.pending.discard(path)

    def missing(self) -> Iterator[tuple[Path, list[VariableUse]]]:
        """Each path no record provided with its uses (and its fields' uses) in template
        order, shortest first and only the shortest: if `contact` is missing, not
        `contact.name` too."""
        reported: list[Path] = []
        for path in sorted(self.pending, key=len):
            if any(path[: len(r)] == r for r in reported):
                continue
            reported.append(path)
            uses = sorted((u for p, group in self.uses.items() if p[: len(path)] == path for u in group),
                          key=lambda u: (u.span.line, u.span.column))
            yield path, uses
