"""Compound attendance statuses and status columns named with a qualifier after them.

A contact property set by a workflow often records two steps in one value: the registration and
what happened at the event ("Registered - did not attend", "Angemeldet – nicht erschienen",
"Inscrit - absent", "Registrado - no asistió", "Aangemeld - niet aanwezig", "Attended (left
early)"). When the whole value is not in the table, its parts are read one by one (cut at a
spaced dash, an en or em dash, a comma, a colon, a slash, brackets) and combined: a part that
says the person missed it decides over "registered"; a part that says they came decides over
"registered"; both at once contradict each other and say nothing. A bare yes/no part says
nothing in a compound ("Registered - No" does not say what the "No" answers).

Column names: a property name may put its qualifier after the status words ("Attendance Status
(Event)", "Teilnahmestatus Veranstaltung", "Statut de présence à l'événement", "Estado de
asistencia al evento", "Aanwezigheidsstatus evenement"). A name that starts with one of the
``status_starts`` of rules/data/attendance.yml is a status column, unless a word of its name dates
or qualifies the status away (``status_not``: "Attendance Status Last Updated", "... Datum").
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

__all__ = ["compound_answer", "starts_as_status", "status_parts"]

_CUTS = re.compile(r"\s[-‐]\s|[–—,;:/|()\[\]]")


def status_parts(text: str) -> tuple[str, ...]:
    """``"Registered - did not attend"`` -> ("Registered", "did not attend"); one part: ()."""
    parts = tuple(part.strip() for part in _CUTS.split(text) if part.strip())
    return parts if len(parts) > 1 else ()


def compound_answer(answers: Iterable[str | None], attended: str, missed: str,
                    short_of_attending: Sequence[str]) -> str | None:
    """One answer from the parts' answers (rules in the module docs)."""
    found = [answer for answer in answers if answer is not None]
    if attended in found and missed in found:
        return None
    if missed in found:
        return missed
    if attended in found:
        return attended
    return next((answer for answer in found if answer in short_of_attending), None)


def starts_as_status(folded: str, words: Sequence[str], starts: Sequence[str], others: frozenset[str]) -> bool:
    """Whether a column named ``folded`` (letters and digits only; ``words`` its words) is a status
    column that puts a qualifier after its status words."""
    if not any(folded.startswith(start) and folded != start for start in starts):
        return False
    return not any(word in others for word in words)
