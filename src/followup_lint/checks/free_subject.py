"""FL503 (spammy-subject): the spam-trigger words of the rule pack, with "free" reported only where
it promotes a commercial offer.

"Free shipping", "Your first month FREE!", "Kostenlose Erstberatung", "Essai gratuit" sell; "Free
cold-room temperature log" or "Comparatif gratuit des logiciels de caisse" describe something the
reader gets. A free word counts as a promotion when the phrase it describes names an offer (the
words after it up to a preposition or punctuation, or before it, where French and Spanish put
the adjective), when it is said
on its own terms ("for free", "free!", "FREE"), or when the subject is little else
(``rules/data/free-offers.yml``). Every other trigger word is reported as the rule pack lists it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..content.mention import quoted_mention
from ..resources import data_path, load_once, load_yaml
from .phrases import ExistenceCheck
from .subject_schemes import names_a_public_scheme

_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")


@dataclass(frozen=True)
class FreeOffers:
    """The table of ``rules/data/free-offers.yml``."""

    window: int
    free_words: frozenset[str]
    small_words: frozenset[str]
    offers: frozenset[str]
    offer_parts: tuple[str, ...]
    boundaries: frozenset[str]
    resources: frozenset[str] = frozenset()
    resource_parts: tuple[str, ...] = ()
    connectors: frozenset[str] = frozenset()
    events: frozenset[str] = frozenset()
    topic_markers: frozenset[str] = frozenset()
    event_sales_words: frozenset[str] = frozenset()

    def is_offer(self, word: str) -> bool:
        """An offer word, a plural of one, or a compound (or hyphenated word) that starts or ends
        with an offer part ("Probemonat", "Webinar-Paket", "proefperiode")."""
        word = word.casefold().strip("'’-")
        if word in self.offers or (word.endswith("s") and word[:-1] in self.offers):
            return True
        if any(part in self.offers for part in word.split("-") if part):
            return True
        return any(word.startswith(part) or word.endswith(part) for part in self.offer_parts)

    def is_resource(self, word: str) -> bool:
        """A resource word ("templates", "Vorlagen", "modèles"), a plural of one, or a compound
        that ends with a resource part ("Angebotsvorlagen", "offertesjablonen")."""
        word = word.casefold().strip("'’-")
        if word in self.resources or (word.endswith("s") and word[:-1] in self.resources):
            return True
        return any(word.endswith(part) and len(word) > len(part) for part in self.resource_parts)


@load_once
def free_offers() -> FreeOffers:
    raw = load_yaml(data_path("free-offers.yml").read_text(encoding="utf-8")) or {}
    offers = {str(w).casefold() for words in (raw.get("offers") or {}).values() for w in words}
    return FreeOffers(
        window=int(raw.get("window", 4)),
        free_words=frozenset(str(w).casefold() for w in raw.get("free_words") or ()),
        small_words=frozenset(str(w).casefold() for w in raw.get("small_words") or ()),
        offers=frozenset(offers),
        offer_parts=tuple(str(w).casefold() for w in raw.get("offer_parts") or ()),
        boundaries=frozenset(str(w).casefold() for words in (raw.get("boundaries") or {}).values() for w in words),
        resources=frozenset(str(w).casefold() for words in (raw.get("resources") or {}).values() for w in words),
        resource_parts=tuple(str(w).casefold() for w in raw.get("resource_parts") or ()),
        connectors=frozenset(str(w).casefold() for w in raw.get("connectors") or ()),
        events=_per_language(raw, "events"),
        topic_markers=_per_language(raw, "topic_markers"),
        event_sales_words=frozenset(str(w).casefold() for w in raw.get("event_sales_words") or ()),
    )


def _per_language(raw: dict, key: str) -> frozenset[str]:
    return frozenset(str(w).casefold() for words in (raw.get(key) or {}).values() for w in words)


def promotes_an_offer(text: str, start: int, end: int) -> bool:
    """Whether the free word at ``text[start:end]`` promotes a commercial offer."""
    table = free_offers()
    matched = text[start:end]
    if matched.casefold().startswith("for "):
        return True
    if text[end:].lstrip().startswith("!") or _exclaimed_near(text, end, table.window):
        return True
    if matched.isupper() and len(matched) > 3 and not text.isupper():
        return True
    before = _TOKEN.findall(text[:start])
    after = _TOKEN.findall(text[end:])
    words = [t for t in before + after if t[0].isalnum() or t[0] == "_"]
    if all(w.casefold() in table.small_words for w in words):
        return True
    as_written = after
    if after[:1] == [":"]:
        after = after[1:]
    following = _phrase(after, table)
    preceding = _phrase(list(reversed(before)), table)
    described = following + preceding
    if _event_on_a_topic(following, after, as_written, preceding, table):
        return False  # "Free session: how to plan fire-warden drills", "Taller gratuito sobre ..."
    heads = [w for w in (following[-1:] + _head_before(list(reversed(before)), table)) if w]
    if any(table.is_resource(w) for w in heads) and not any(table.is_offer(w) for w in heads):
        return False  # "Free risk assessment templates", "Modèles de devis gratuits": a resource
    return any(table.is_offer(w) for w in described)


def _exclaimed_near(text: str, end: int, window: int) -> bool:
    """The subject exclaims within ``window`` words after the free word, with no colon or
    preposition between ("Get it free today!", "Jetzt kostenlos testen!", "¡Pruébalo gratis hoy!"):
    the free word is the promotion's."""
    words = _TOKEN.findall(text[end:])
    for count, token in enumerate(words):
        if token in ("!", "¡"):
            return True
        if count >= window or not (token[0].isalnum() or token[0] == "_"):
            return False
    return False


def _event_on_a_topic(
    following: list[str], after: list[str], as_written: list[str], preceding: list[str], table: FreeOffers
) -> bool:
    """The free word describes an event (a session, a workshop, a webinar) and a topic follows it
    (a colon, "on", "zu", "sur", "sobre", "over"), with no other offer or sales word beside it: an
    event about something, handed over like a resource (``rules/data/free-offers.yml`` ``events``).
    The event is the last word of the phrase after the free word ("Free session: ...") or, in
    French and Spanish, the word just before it ("Webinaire gratuit : ...", "Sesión gratuita: ...")."""
    readings = []
    if following:
        readings.append((following[-1], following[:-1] + preceding, after, len(following)))
    if preceding:
        readings.append((preceding[0], preceding[1:], as_written, 0))
    for head, others, words, next_at in readings:
        if head.casefold() not in table.events:
            continue
        if next_at >= len(words) or words[next_at].casefold() not in table.topic_markers:
            continue
        if any(
            w.casefold() in table.event_sales_words or (table.is_offer(w) and w.casefold() not in table.events)
            for w in others
        ):
            continue
        return True
    return False


def _head_before(tokens: list[str], table: FreeOffers) -> list[str]:
    """The head of the noun phrase just before the free word (``tokens`` nearest first): its first
    word, read back across connectors ("Plantillas de presupuesto gratis" -> "Plantillas")."""
    head: list[str] = []
    for token in tokens[: table.window + 2]:
        folded = token.casefold()
        if folded in table.connectors:
            continue
        if not (token[0].isalnum() or token[0] == "_") or folded in table.boundaries:
            break
        head = [token]
    return head


def _phrase(tokens: list[str], table: FreeOffers) -> list[str]:
    """The words from the start of ``tokens`` up to a boundary (punctuation or a preposition), at
    most ``table.window`` of them."""
    phrase: list[str] = []
    for token in tokens[: table.window]:
        if not (token[0].isalnum() or token[0] == "_") or token.casefold() in table.boundaries:
            break
        phrase.append(token)
    return phrase


class SpammySubject(ExistenceCheck):
    """The rule pack's trigger words and patterns, with free words kept only where they promote
    an offer (:func:`promotes_an_offer`) and promotional words dropped where their object is a tax
    or a public scheme (:func:`~.subject_schemes.names_a_public_scheme`) or quoted as a word
    ('Why "Buy now" subject lines land in spam': :func:`~..content.mention.quoted_mention`)."""

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        words = free_offers().free_words
        return [
            (start, end, found)
            for start, end, found in super().matches(text)
            if (found.casefold() not in words or promotes_an_offer(text, start, end))
            and not names_a_public_scheme(text, start, end)
            and not quoted_mention(text, start, end)
        ]
