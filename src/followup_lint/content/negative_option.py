"""A negative-option enrolment: the reader already put on something that turns paid unless they object.

"I've moved your account onto the Pro plan trial; it converts to the paid plan on the 1st unless
you tell me otherwise." The sender has decided for the reader and takes silence as a yes ("sauf
avis contraire de votre part", "tenzij u het laat weten", "a menos que me diga lo contrario", "es
sei denn, Sie widersprechen"). Such a sentence is an ask and a pushy one (FL208) in any position:
a declared reply answers the reader's question, it does not license enrolling them, and a
breakup that leaves the reader enrolled is no goodbye.

It is one when the sentence says the reader must object (``unless_objection``) and it, or the
message sentence before it in the same paragraph, says the sender ``enrolled`` the reader or that
the thing turns ``paid``. "Nothing is charged unless you choose a plan" asks the reader to opt in
and is none. Where the thing turns paid, the sentence is read as a push to switch or upgrade
too (:mod:`.closing_moves`). The phrases are ``rules/data/negative-option.yml``; the reading of each sentence is
memoised, the pairing with the previous sentence is read once per template.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Collection, Sequence

from .closing_moves import SWITCH_PUSH
from .phrase_tables import PhraseTable
from .roles import Evidence, SentenceRoles
from .tokens import tokenize

__all__ = ["NEGATIVE_OPTION", "negative_option_groups", "with_negative_options"]

#: the detail of the evidence a negative-option enrolment adds
NEGATIVE_OPTION = "the reader enrolled unless they object"

_TABLE = PhraseTable("negative-option.yml", ("unless_objection", "enrolled", "paid"))


@lru_cache(maxsize=4096)
def negative_option_groups(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The groups of ``rules/data/negative-option.yml`` found in one sentence, each with the span
    of its first match: ``(group, start, end)``."""
    return _TABLE.first_per_group(tokenize(text, lang), text, lang)


def _groups(sentence: SentenceRoles) -> dict[str, tuple[int, int]]:
    return {group: (start, end) for group, start, end in negative_option_groups(sentence.text, sentence.lang)}


def with_negative_options(sentences: Sequence[SentenceRoles], segments: Collection[str]) -> list[SentenceRoles]:
    """``sentences`` with the roles ask and pushy added to each negative-option enrolment among
    those in ``segments`` (the message)."""
    out = list(sentences)
    previous: SentenceRoles | None = None
    for position, sentence in enumerate(sentences):
        if sentence.segment not in segments:
            continue
        here = _groups(sentence)
        if "unless_objection" in here:
            before = _groups(previous) if previous is not None and previous.paragraph == sentence.paragraph else {}
            if {"enrolled", "paid"} & (set(here) | set(before)):
                start, end = here["unless_objection"]
                added = [
                    Evidence(role, "structure", NEGATIVE_OPTION, sentence.text[start:end], start, end)
                    for role in ("ask", "pushy")
                ]
                if "paid" in here or "paid" in before:
                    # the reader switched onto a paid plan: the switch or upgrade reading too
                    at = here.get("paid") or here.get("enrolled") or (start, end)
                    added.append(Evidence("ask", "structure", SWITCH_PUSH, sentence.text[at[0] : at[1]], *at))
                out[position] = sentence.with_evidence(sentence.evidence + tuple(added))
        previous = sentence
    return out
