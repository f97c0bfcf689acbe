"""Steps handed to the reader as a list after a colon: advice, or the sender's sales process.

"Three things worth doing now: check which vans in your fleet are over 2.5 tonnes, get the driver
card applications in early, and ask your installer when they can fit units" gives the reader
something to act on, whatever form the steps take (an order, an infinitive, a question word:
"Sinnvoll ist deshalb jetzt eine einfache Liste: welche Objekte noch alte Geräte haben, wann die
Verträge auslaufen ..."). The classifier's word weights give such a sentence no role at all, or a
pitch. :func:`step_list` reads the shape - a short lead-in of advice, a colon, two or more steps -
and says whose steps they are: the reader's (``reader``: advice, value), or the sender's sales
process (``sales``: "Three steps to get started: book a demo, pick a plan, sign the order form").
Whether the sender acts in the steps is :mod:`.agency`'s to say (read by :mod:`.advice_context`).
The words are ``rules/data/step-lists.yml``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from .ask_strength import groups_in, sales_matches
from .phrase_tables import PhraseTable
from .roles import Evidence, SentenceRoles
from .tokens import Token, tokenize

__all__ = ["SALES_STEPS", "offers_to_take_over", "step_list", "with_sales_steps"]

_TABLE = PhraseTable("step-lists.yml", ("lead", "sales_lead", "purchase", "own_topic", "and", "take_over"))
#: the most words a lead-in before its colon has ("Three things worth doing now:")
_LEAD_WORDS = 12
#: the fewest words the steps after the colon have together
_STEP_WORDS = 4
SALES_STEPS = "the sender's sales process, as steps"


@lru_cache(maxsize=4096)
def step_list(text: str, lang: str) -> str:
    """``reader`` when ``text`` is a lead-in of advice, a colon and two or more steps that name
    nothing sold; ``sales`` when the steps name something sold, a meeting or a step of the
    purchase, after a lead-in of advice or of getting started; ``""`` otherwise."""
    tokens = tokenize(text, lang)
    colon = next((i for i, t in enumerate(tokens) if t.kind == "punct" and t.text in (":", "：")), None)
    if colon is None:
        return ""
    lead, steps = tokens[:colon], tokens[colon + 1 :]
    lead_text = text[: tokens[colon].start]
    lead_words = [t for t in lead if t.kind != "punct"]
    if not lead_words or len(lead_words) > _LEAD_WORDS or not _several_steps(steps, text, lang):
        return ""
    advises = bool(_TABLE.find("lead", lead, lead_text, lang))
    starts = bool(_TABLE.find("sales_lead", lead, lead_text, lang))
    if not (advises or starts):
        return ""
    # the steps sell, not the lead-in: "Un consejo para sus códigos de descuento: haga que ..." is
    # the reader's own discount, the topic of the advice
    steps_text = text[tokens[colon].end :]
    if _sells(tokenize(steps_text, lang), steps_text, lang):
        return "sales"
    return "reader" if advises and not starts else ""


def _several_steps(steps: Sequence[Token], text: str, lang: str) -> bool:
    """Two or more steps: enough words, split by a comma, a semicolon or a joining word."""
    words = [t for t in steps if t.kind != "punct"]
    if len(words) < _STEP_WORDS:
        return False
    if any(t.kind == "punct" and t.text in (",", ";", "，", "；") for t in steps):
        return True
    joining = _TABLE.words("and", lang)
    return any(t.lower in joining for t in words[1:-1])


def _sells(tokens: Sequence[Token], text: str, lang: str) -> bool:
    """A step names something sold or a meeting, or is a step of the purchase. A word of sale that
    may be the reader's own ("wann die Verträge auslaufen", "compare your current prices":
    ``own_topic``) sells nothing by itself."""
    if "meeting" in groups_in(text, lang):
        return True
    own = _TABLE.words("own_topic", lang)
    for match in sales_matches(text, lang):
        words = [t for t in tokenize(match.text, lang) if t.kind != "punct"]
        if not words or not all(w.lower in own or w.lemma.casefold() in own for w in words):
            return True
    return bool(_TABLE.find("purchase", tokens, text, lang))


def with_sales_steps(sentences: Sequence[SentenceRoles], segments: frozenset[str]) -> list[SentenceRoles]:
    """``sentences`` where a list of steps that is the sender's sales process (in ``segments``)
    asks - a structure reading - and its value evidence (a "steps" cue) is dropped: the steps are
    the purchase, not advice."""
    result = list(sentences)
    for at, sentence in enumerate(result):
        if sentence.segment not in segments or step_list(sentence.text, sentence.lang) != "sales":
            continue
        kept = tuple(e for e in sentence.evidence if e.role != "value")
        asked = Evidence("ask", "structure", SALES_STEPS, sentence.text, 0, len(sentence.text))
        result[at] = sentence.with_evidence((*kept, asked))
    return result


@lru_cache(maxsize=4096)
def offers_to_take_over(text: str, lang: str) -> bool:
    """The sender offers to do the advised steps for the reader ("Or let us do it for you",
    "Oder Sie überlassen das uns", "ou laissez-nous faire", "o déjenos hacerlo por usted", "of
    laat het ons doen"): ``take_over``. Whether a meeting or a sale is asked for is the caller's
    to read."""
    return bool(_TABLE.find("take_over", tokenize(text, lang), text, lang))
