"""An open event the reader may attend is no presumptive ask.

"Daarom houden we op donderdag 22 januari een extra informatieavond. Aanmelden is niet nodig."
The sender announces an event with no registration, or leaves the reader free to drop in; the
classifier reads its day and hour as the sender setting the reader's time (``pushy``, FL208).
The time is the event's: the classifier's pushy reading of such a sentence is dropped. Cue and
structure readings stay ("I've booked you a seat for the 22nd", "Expect my call after the
session").

A sentence is read when it names an ``event`` and it, or the sentence before or after it in the
same paragraph, says the event is open (``open_access``: "no registration needed", "sans
inscription", "Anmeldung nicht nötig", "no hace falta inscribirse", "aanmelden is niet nodig"),
or when it says so itself ("There's no need to register - just come along on Thursday at 7").
The phrases are ``rules/data/open-events.yml``; the pairing is read once per template.

An invitation to such an event whose registration binds the reader to nothing (``no_commitment``:
"Die Anmeldung ist unverbindlich", "registration is non-binding", "sans engagement", "sin
compromiso", "vrijblijvend"), in the sentence or its neighbour in the same paragraph, is an open
invitation (:func:`open_invitation`): FL201 reads no sell in it where only the classifier read one
and nothing sold or the sender's product is named (the caller checks that).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Collection, Sequence

from .phrase_tables import PhraseTable
from .roles import SentenceRoles
from .tokens import tokenize

__all__ = ["open_event_groups", "open_invitation", "with_open_events"]

_TABLE = PhraseTable("open-events.yml", ("event", "open_access", "no_commitment"))


@lru_cache(maxsize=4096)
def open_event_groups(text: str, lang: str) -> frozenset[str]:
    """The groups (event, open_access) of ``rules/data/open-events.yml`` found in one sentence."""
    tokens = tokenize(text, lang)
    return frozenset(group for group in _TABLE.groups if _TABLE.find(group, tokens, text, lang))


def _open_nearby(sentences: Sequence[SentenceRoles], position: int, groups: Collection[str] = ("open_access",)) -> bool:
    sentence = sentences[position]
    for other in (position - 1, position + 1):
        if 0 <= other < len(sentences) and sentences[other].paragraph == sentence.paragraph:
            if set(groups) & open_event_groups(sentences[other].text, sentences[other].lang):
                return True
    return False


def open_invitation(sentences: Sequence[SentenceRoles], position: int) -> bool:
    """The sentence at ``position`` names an ``event`` and it, or its neighbour in the same
    paragraph, says the event is open or registration binds to nothing (``open_access``,
    ``no_commitment``)."""
    sentence = sentences[position]
    found = open_event_groups(sentence.text, sentence.lang)
    if "event" not in found:
        return False
    groups = ("open_access", "no_commitment")
    return bool(set(groups) & found) or _open_nearby(sentences, position, groups)


def with_open_events(sentences: Sequence[SentenceRoles], segments: Collection[str]) -> list[SentenceRoles]:
    """``sentences`` without the classifier's pushy reading in the announcements of an open event
    among those in ``segments`` (see the module docs)."""
    out = list(sentences)
    for position, sentence in enumerate(sentences):
        if sentence.segment not in segments or "pushy" not in sentence.roles:
            continue
        if not any(e.role == "pushy" and e.source == "model" for e in sentence.evidence):
            continue
        found = open_event_groups(sentence.text, sentence.lang)
        if "open_access" not in found and not ("event" in found and _open_nearby(sentences, position)):
            continue
        kept = tuple(e for e in sentence.evidence if not (e.role == "pushy" and e.source == "model"))
        out[position] = sentence.with_evidence(kept)
    return out
