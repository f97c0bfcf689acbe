"""A question that leaves the choice to the reader is no presumptive ask.

"Would you consider a 20-minute slot on 9 October?" asks whether the reader wants the slot; the
classifier reads a date and minutes as the sender setting the time (``pushy``, FL208). Such a
question keeps its ask but loses a ``pushy`` reading, unless it asks for a long slot (an hour,
45 minutes: ``long_slot`` of ``rules/data/demanded-meetings.yml``), which is a big commitment
however it is asked. The sender setting the time ("I've put 20 minutes in your calendar") is no
question and is not read here. The phrases are ``rules/data/choice-questions.yml``; the reading is
part of a sentence's roles, computed once per sentence.
"""

from __future__ import annotations

from typing import Sequence

from .phrase_tables import PhraseTable
from .tokens import Token

__all__ = ["leaves_choice"]

_CHOICE = PhraseTable("choice-questions.yml", ("choice",))
_SLOTS = PhraseTable("demanded-meetings.yml", ("long_slot",))


def leaves_choice(tokens: Sequence[Token], text: str, lang: str) -> bool:
    """Whether the sentence (``text`` tokenised as ``tokens``) is a question that leaves the
    choice to the reader and asks for no long slot."""
    if "?" not in text:
        return False
    if not _CHOICE.find("choice", tokens, text, lang):
        return False
    return not _SLOTS.find("long_slot", tokens, text, lang)
