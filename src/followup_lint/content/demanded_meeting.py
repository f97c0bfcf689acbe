"""A demanded meeting: the sender orders a slot by a deadline, or a long one.

"Please confirm by end of day a one-hour slot this week for the full demo" does not ask whether
the reader wants a meeting; it sets the terms - a deadline for the answer, an hour of the
reader's time - before the reader has agreed to anything. Such a sentence is an ask and a pushy
one (FL208), in every language, whatever words carry it:

* a ``demand``: an order or a polite order to the reader ("please confirm", "bitte bestätigen
  Sie", "merci de me confirmer", "confírmeme", "bevestig");
* a ``meeting`` or a ``long_slot`` (a slot, a call, a demo, a Termin, a créneau, a hueco, a
  tijdslot; an hour or more, 45 minutes);
* and a ``deadline`` for the answer ("by tonight", "bis heute Abend", "d'ici ce soir", "antes de
  esta tarde", "vóór vanavond") or a ``long_slot``. With no deadline, a request phrased as the
  reader's choice ("let me know if you could spare an hour", ``not_demand``) demands nothing.

It is no demand when the sender makes it depend on the reader's wish ("if you'd like",
:mod:`.reader_choice`) or the time is the one the reader proposed (``reader_proposed``: "as you
suggested"); the exceptions of the pushy cues ("no rush", "whenever it suits you") bind it too,
as they bind all structure evidence (:func:`.roles.assign_roles`). The phrases are
``rules/data/demanded-meetings.yml``; the reading is part of a sentence's roles, computed once per
sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .phrase_tables import PhraseTable
from .reader_choice import offered_on_wish
from .tokens import Token

__all__ = ["DEMANDED_MEETING", "DemandedMeeting", "demanded_meeting"]

#: the detail of the evidence a demanded meeting adds
DEMANDED_MEETING = "a meeting demanded by a deadline or for a long slot"

_TABLE = PhraseTable(
    "demanded-meetings.yml", ("demand", "meeting", "deadline", "long_slot", "reader_proposed", "not_demand")
)


@dataclass(frozen=True, slots=True)
class DemandedMeeting:
    start: int
    end: int


def demanded_meeting(tokens: Sequence[Token], text: str, lang: str) -> DemandedMeeting | None:
    """The span (from the demand to the last of its parts) of a demanded meeting in one sentence
    (``text`` tokenised as ``tokens``), or None."""

    def first(group: str):  # type: ignore[no-untyped-def]
        matches = _TABLE.find(group, tokens, text, lang)
        return min(matches, key=lambda m: m.start) if matches else None

    demand = first("demand")
    if demand is None:
        return None
    long_slot = first("long_slot")
    meeting = first("meeting") or long_slot
    if meeting is None:
        return None
    deadline = first("deadline")
    if deadline is None and (long_slot is None or first("not_demand") is not None):
        return None
    if first("reader_proposed") is not None or offered_on_wish(text, lang):
        return None
    parts = [m for m in (demand, meeting, deadline, long_slot) if m is not None]
    return DemandedMeeting(demand.start, max(m.end for m in parts))
