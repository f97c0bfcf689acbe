"""A customer story that credits the sender: a pitch, however it is handed over.

"Attached is how a bottling plant near Porto reorganised its night-shift handovers" gives the
reader a worked example of another organisation: value (FL201, FL202). "I've attached a case
study showing how our software helped a dairy cut its changeover time by a third", "Ci-joint une
étude de cas : grâce à notre solution, ...", "Lees hoe gemeente X dankzij onze planningstool 15%
minder kilometers rijdt: <link>" tell the same kind of story with the sender or its product as
the one who did it: a sell, and nothing given, attached or linked as it may be.

A sentence tells such a story when it credits the sender (its product or the sender as the means,
the sender as the helper, the organisation as the sender's customer), states an outcome or calls
itself a customer story, and the outcome is not the reader's own gain from a resource ("a
calculator that helps you cut your bill"). The words are data (``rules/data/customer-stories.yml``,
the sender's product from ``rules/data/own-product.yml``); read once per sentence content.
"""

from __future__ import annotations

from functools import lru_cache

from .own_product import own_product_matches
from .phrase_tables import PhraseTable
from .tokens import tokenize

__all__ = ["credits_sender_story", "relay_end"]

_TABLE = PhraseTable("customer-stories.yml", ("credit", "outcome", "share", "story", "reader_gain"))
#: the sender's customers, then a verb of asking or noticing ("our hotel clients have asked")
_RELAY = PhraseTable("customer-relay.yml", ("asked", "noticed"))


@lru_cache(maxsize=4096)
def relay_end(text: str, lang: str, group: str = "asked") -> int:
    """Where the first relay of what the sender's customers asked (``group`` ``asked``) or saw
    (``noticed``) ends in ``text`` (one sentence in ``lang``), or 0: "A few of our hotel clients
    have asked| how to cut no-shows"."""
    found = _RELAY.find(group, tokenize(text, lang), text, lang)
    return found[0].end if found else 0


@lru_cache(maxsize=4096)
def credits_sender_story(text: str, lang: str) -> bool:
    """Whether ``text`` (one sentence in ``lang``) tells a story whose result the sender, its
    product or its customers get the credit for. What the sender's customers asked is no story:
    only what follows the question is read ("... have asked how to cut no-shows" states no
    result; "... asked us, after cutting costs 40% with our tool, ..." does)."""
    relayed = relay_end(text, lang)
    if relayed:
        text = text[relayed:].strip()
    tokens = tokenize(text, lang)

    def found(group: str) -> bool:
        return bool(_TABLE.find(group, tokens, text, lang))

    if not (found("credit") or own_product_matches(tokens, text, lang)):
        return False
    if not (found("outcome") or found("story") or _share(tokens, text, lang)):
        return False
    return not any(_reader_gains(text[m.start : m.end], lang) for m in _TABLE.find("reader_gain", tokens, text, lang))


def _share(tokens, text: str, lang: str) -> bool:  # type: ignore[no-untyped-def]
    """A share with a comparative ("30% fewer"), said with a per-cent sign or word."""
    return any(
        "%" in text[m.start : m.end + 2] or any(w in text[m.start : m.end].lower() for w in _PER_CENT)
        for m in _TABLE.find("share", tokens, text, lang)
    )


_PER_CENT = ("percent", "per cent", "prozent", "pour cent", "por ciento", "procent")


def _reader_gains(phrase: str, lang: str) -> bool:
    """A ``reader_gain`` match within one clause; in German with the reader's capitalised form
    (Ihre, Ihnen) or a du-form, as "ihre", "ihnen" are also "their", "them"."""
    if any(mark in phrase for mark in _CLAUSE_MARKS):
        return False
    if lang == "de":
        return any(word in _GERMAN_READER for word in phrase.replace(",", " ").split())
    return True


_CLAUSE_MARKS = frozenset(",;:")
_GERMAN_READER = frozenset({"Ihnen", "Ihre", "Ihren", "Ihrer", "dir", "euch", "deine", "deinen", "Dir", "Euch"})
