"""What the sender's customers asked or saw, relayed as the reason for advice, is no pitch.

"A few of our hotel clients have asked how to chase late payers, so here's what works: ..."
names the sender's clients, and a pitch cue reads "our ... clients have" as a claim about the
sender's customers. In an email that gives advice (:mod:`.advice_context`) such an opener only
says where the advice comes from. A sentence **relays** when a customers word is followed by a
verb of asking, telling or noticing (``rules/data/customer-relay.yml``, read by
:func:`.customer_story.relay_end`), it credits nobody with a
result after the relay (:func:`.customer_story.credits_sender_story`: "our clients cut late
payments by 40%" and "... told us they cut costs 40% with our tool" stay a sell) and names none of the sender's products. The pitch read into such a sentence is
dropped; every other role stays. Read once per template, on the neutral text.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from .advice_context import gives_advice
from .customer_story import credits_sender_story, relay_end
from .own_product import names_own_product
from .roles import SentenceRoles

__all__ = ["relays_customers", "with_customer_relays"]

#: segments read for advice and for relayed customers (not the P.S., where a sell hides)
_READ = frozenset({"opener", "body", "call_to_action"})


@lru_cache(maxsize=4096)
def relays_customers(text: str, lang: str) -> bool:
    """Whether ``text`` (one sentence in ``lang``) relays what the sender's customers asked or
    saw, crediting nobody with a result and naming nothing of the sender's."""
    if not (relay_end(text, lang, "asked") or relay_end(text, lang, "noticed")):
        return False
    # what follows the relay may still credit the sender ("... told us they cut costs 40% with our tool")
    return not (credits_sender_story(text, lang) or names_own_product(text, lang))


def with_customer_relays(sentences: Sequence[SentenceRoles]) -> list[SentenceRoles]:
    """``sentences`` without the pitch of a sentence that relays the sender's customers, when the
    email gives advice; unchanged otherwise."""
    result = list(sentences)
    if not gives_advice([s for s in result if s.segment in _READ]):
        return result
    for at, sentence in enumerate(result):
        if sentence.segment in _READ and sentence.has("pitch") and relays_customers(sentence.text, sentence.lang):
            result[at] = sentence.with_evidence(e for e in sentence.evidence if e.role != "pitch")
    return result
