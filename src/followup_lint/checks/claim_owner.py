"""Who an FL309 fact is about, once the clause's actors are known (checks/claims.py): the
nearest actor before the fact, or one after it; and whether the reader's work is named by a
variable ("your talk at {{ event_name }}"), so that the sentence differs per recipient."""

from __future__ import annotations

import re
from collections.abc import Sequence


def named_by_variable(text: str, work_end: int, end: int, refs: Sequence[tuple[int, int, str]]) -> bool:
    """"your talk at {{ event_name }}", "your post about {{ topic }}": which work comes from the
    record, so the sentence differs per recipient."""
    link = _WORK_LINK.match(text, work_end, end)
    return link is not None and any(r_start == link.end() and kind != "sender" for r_start, _, kind in refs)


_WORK_LINK = re.compile(r"\s+(?:at|on|about|in|for|from|bei|auf|über|zu|à|sur|lors de|en|sobre|op|over|bij)\s+", re.I)


def owner(actors: list[tuple[int, str, bool]], offset: int, *, after_any: bool = False) -> str | None:
    """Who the fact is about: the nearest actor before it; or, when there is none, a variable
    after it ("the $40M round at {{ company }}"), not a pronoun ("save 40% on your plan"); a
    milestone belongs to whoever follows it ("le 15e anniversaire de votre cabinet")."""
    before = [kind for position, kind, _ in actors if position < offset]
    if before:
        return before[-1]
    after = [kind for position, kind, variable in actors if position > offset and (variable or after_any)]
    return after[0] if after else None
