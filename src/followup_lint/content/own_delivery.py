"""The sender's own delivery is no presumptive ask.

"I'll send the survey form we used on Friday, as promised", "Ich schicke Ihnen die Unterlagen
morgen", "Je vous envoie le devis demain comme convenu": the sender promises to do something
themselves. It books no time of the reader and decides nothing for them, yet the classifier reads
the first person with a day as the sender setting the time (``pushy``, FL208), and "Unterlagen"
with "morgen" reads as a presumed next step of the purchase (:mod:`.closing_moves`). Those two
readings are dropped from such a sentence; a cue of the pushy lexicon stays.

A delivery stays pushy when it names something ``binding`` - a document to sign ("I'll send the
contract for signature today"), an invitation or a calendar slot, a call or a meeting: the
reader's time or decision. The phrases are ``rules/data/own-delivery.yml``; the reading is part
of a sentence's roles (:func:`.roles.assign_roles`), computed once per sentence.
"""

from __future__ import annotations

from typing import Sequence

from .closing_moves import PRESUMED_STEP_NOW
from .phrase_tables import PhraseTable
from .tokens import Token

__all__ = ["is_own_delivery", "loose_pushy"]

_TABLE = PhraseTable("own-delivery.yml", ("delivers", "binding"))


def is_own_delivery(tokens: Sequence[Token], text: str, lang: str) -> bool:
    """Whether the sentence (``text`` tokenised as ``tokens``) is the sender promising to send
    something that binds the reader to nothing (see the module docs)."""
    if "?" in text:
        return False
    if not _TABLE.find("delivers", tokens, text, lang):
        return False
    return not _TABLE.find("binding", tokens, text, lang)


def loose_pushy(source: str, detail: str) -> bool:
    """Whether a pushy reading with this ``source`` and ``detail`` is one an own delivery drops:
    the classifier's guess or a presumed next step "now"."""
    return source == "model" or detail == PRESUMED_STEP_NOW
