"""A presumptive close: the deal presented as done but for the reader's signature or go-ahead.

"I've attached the order form, filled in with the terms we went through. All that's missing is
your signature." A sender who presents the purchase as settled - the contract drawn up, the quote
prepared, the account already set up - and leaves the reader only to sign, approve, click or
confirm decides for the reader: the sentence that says so is an ask and a pushy one (FL201 before
any value, FL208 anywhere).

It is a close when the sentence says only the reader's signature, approval or go-ahead is left
(``only_left``) and it, or the message sentence before it, names the sender's closing document
(``closing_document``: a contract, an order form, a quote, an account set up for the reader) -
and neither names the reader's own paperwork (``own_paperwork``: their grant application, tax
return, registration), where the signature the reader owes closes no sale. A declared reply (the
reader asked for the contract) is not read by FL201 or FL208.

The phrases are ``rules/data/presumed-close.yml``. Each sentence's reading depends only on its
text and language and is memoised; the pairing with the previous sentence is read once per
template (:func:`with_presumed_closes`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Collection, Sequence

from .phrase_tables import PhraseTable
from .roles import Evidence, SentenceRoles
from .tokens import tokenize

__all__ = ["PRESUMED_CLOSE", "presumed_close_groups", "with_presumed_closes"]

#: the detail of the evidence a presumptive close adds
PRESUMED_CLOSE = "the deal presented as done but for the reader's signature or go-ahead"

_TABLE = PhraseTable("presumed-close.yml", ("only_left", "closing_document", "own_paperwork"))


@lru_cache(maxsize=4096)
def presumed_close_groups(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The groups of ``rules/data/presumed-close.yml`` found in one sentence, each with the span
    of its first match: ``(group, start, end)``."""
    return _TABLE.first_per_group(tokenize(text, lang), text, lang)


def _groups(sentence: SentenceRoles) -> dict[str, tuple[int, int]]:
    return {group: (start, end) for group, start, end in presumed_close_groups(sentence.text, sentence.lang)}


def with_presumed_closes(sentences: Sequence[SentenceRoles], segments: Collection[str]) -> list[SentenceRoles]:
    """``sentences`` with the roles ask and pushy added to each presumptive close among those in
    ``segments`` (the message: opener, body, call to action, P.S.)."""
    out = list(sentences)
    previous: SentenceRoles | None = None
    for position, sentence in enumerate(sentences):
        if sentence.segment not in segments:
            continue
        here = _groups(sentence)
        if "only_left" in here and "own_paperwork" not in here:
            before = _groups(previous) if previous is not None else {}
            if "own_paperwork" not in before and ("closing_document" in here or "closing_document" in before):
                start, end = here["only_left"]
                added = [
                    Evidence(role, "structure", PRESUMED_CLOSE, sentence.text[start:end], start, end)
                    for role in ("ask", "pushy")
                    if role not in sentence.roles
                ]
                if added:
                    out[position] = sentence.with_evidence(sentence.evidence + tuple(added))
        previous = sentence
    return out
