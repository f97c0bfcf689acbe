"""Commercial words as the reader's topic, not the sender's offer.

An email can give advice on how the reader handles discounts, codes, prices, offers, promotions
and their deadlines in their own business: "codes posted on coupon sites are mostly redeemed by
customers who would have ordered anyway; limiting each code to one use keeps the margin". The
commercial words there belong to the reader's business, and the cues that read them as the
sender's offer ("spring sale", "an offer that ends", "countdown") are wrong. A commercial word is
a topic when the reader owns it ("your spring sale"), the reader does it ("if you run flash
sales", "your clinic offers an introductory discount"), it is about someone else or general
("customers", "offers that expire too quickly") or it is what something is about ("your post about
running a spring sale") - and nothing in the sentence makes it the sender's: "our", "we're
running", a code to type (SPRING20), or, unless the reader does it, a concrete deadline.

For such a sentence the pitch and pressure evidence on those words is dropped (and the
classifier's, when the sentence is advice: the reader does it or it speaks in general), and so is
loss framing that carries no threat of its own (``threat`` in ``rules/data/loss-context.yml``).
Advice carries over to the next sentences of its paragraph ("If you run a referral offer, cap it
at one reward per customer. Open-ended offers end up costing more ..."). The word classes are
``rules/data/commercial-topics.yml``. The reading depends only on the sentence and its language
and is memoised per sentence; a sentence is only tokenised here when it has a commercial word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .phrase_tables import PhraseTable
from .roles import SentenceRoles
from .tokens import Token, tokenize

__all__ = ["TopicReading", "topic_terms", "with_commercial_topic", "with_commercial_topics"]

_TABLE = PhraseTable(
    "commercial-topics.yml",
    ("run_terms", "give_terms", "reader_owner", "reader", "reader_if", "business_verbs", "third_party", "generic",
     "about", "sender", "deadline", "amount"),
)
_THREAT = PhraseTable("loss-context.yml", ("threat",))
_ROLES = ("pitch", "pressure", "loss")
#: a code to type: upper-case letters with digits ("SPRING20", "HERBST15")
_CODE = re.compile(r"\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z]{2})[A-Z0-9]{4,}\b")
#: a percentage cut: "20% off", "-25 %", "15 % Rabatt"
_PERCENT = re.compile(r"\d\s?%")
_CLAUSE_BREAK = frozenset(",;:.!?")
_OWNER_GAP = 2
_AGENT_GAP = 6
#: cheap look before tokenising: the stems of the commercial words of every language
_STEMS = ("sale", "promo", "campaign", "pric", "countdown", "discount", "code", "coupon", "voucher", "offer", "deal",
          "rebate", "early", "deadline", "% ", "%", "aktion", "preis", "verkauf", "kampagne", "angebot", "rabatt",
          "gutschein", "frist", "nachlass", "solde", "prix", "tarif", "rebours", "campagne", "offre", "remise",
          "réduc", "bon ", "limite", "rebaja", "precio", "campaña", "atrás", "oferta", "descuent", "código", "cupón",
          "vale", "plazo", "actie", "prijs", "tarie", "uitverkoop", "aanbied", "aftel", "korting", "waardebon",
          "einddatum", "end date")


@dataclass(frozen=True, slots=True)
class TopicReading:
    """What one sentence's commercial words are: ``terms`` all of them, ``topics`` those that are
    the reader's topic; ``own`` when the sentence makes them the sender's (our, we offer, a code to
    type), ``dated`` when it names a concrete deadline or amount, ``advice`` when the reader does it
    or the sentence speaks in general (and no commercial word that is not a topic is dated)."""

    terms: tuple[tuple[int, int], ...]
    topics: tuple[tuple[int, int], ...]
    own: bool
    dated: bool
    advice: bool


def with_commercial_topics(sentences: Sequence[SentenceRoles], segments: frozenset[str]) -> list[SentenceRoles]:
    """``sentences`` (in reading order) with :func:`with_commercial_topic` applied to those in
    ``segments``. Advice carries over within a paragraph: after "If you run a referral offer, cap
    it at one reward", the next sentence's commercial words ("Open-ended offers end up costing
    more") are the same topic, unless that sentence makes them the sender's or dates them."""
    result: list[SentenceRoles] = []
    advice_in: int | None = None
    for sentence in sentences:
        if sentence.segment not in segments:
            result.append(sentence)
            continue
        reading = _reading_of(sentence)
        context = advice_in is not None and advice_in == sentence.paragraph
        result.append(with_commercial_topic(sentence, after_advice=context, reading=reading))
        if reading is not None:
            advice_in = sentence.paragraph if (reading.advice or (context and _carries(reading))) else None
    return result


def with_commercial_topic(
    sentence: SentenceRoles, *, after_advice: bool = False, reading: TopicReading | None = None
) -> SentenceRoles:
    """``sentence`` without the pitch, pressure and loss evidence that rests on commercial words
    of the reader's own business (see the module docs); unchanged when there are none.
    ``after_advice``: the sentence follows advice on them in the same paragraph."""
    if not sentence.has(*_ROLES):
        return sentence
    if reading is None:
        reading = _reading_of(sentence)
    if reading is None or reading.own:
        return sentence
    spans, advice = reading.topics, reading.advice
    if after_advice and _carries(reading):
        spans, advice = reading.terms, True
    if not spans:
        return sentence
    threat = _has_threat(sentence.text, sentence.lang)
    kept = []
    for evidence in sentence.evidence:
        if evidence.role in ("pitch", "pressure"):
            if evidence.source == "model" and advice:
                continue
            if evidence.source != "model" and any(s < evidence.end and evidence.start < e for s, e in spans):
                continue
        elif evidence.role == "loss" and advice and not threat:
            continue
        kept.append(evidence)
    if len(kept) == len(sentence.evidence):
        return sentence
    return sentence.with_evidence(kept)


def _carries(reading: TopicReading) -> bool:
    """Advice before it makes this sentence's commercial words the same topic."""
    return not reading.own and not reading.dated


def _reading_of(sentence: SentenceRoles) -> TopicReading | None:
    folded = sentence.text.casefold()
    if not any(stem in folded for stem in _STEMS):
        return None
    return topic_terms(sentence.text, sentence.lang)


@lru_cache(maxsize=4096)
def topic_terms(text: str, lang: str) -> TopicReading | None:
    """How the commercial words of ``text`` read (:class:`TopicReading`); None when it has none."""
    tokens = tokenize(text, lang)

    def find(group: str) -> list:  # type: ignore[type-arg]
        return _TABLE.find(group, tokens, text, lang)

    terms = _terms(find("run_terms"), find("give_terms"))
    if not terms:
        return None
    term_spans = tuple((s, e) for s, e, _ in terms)
    if find("sender") or _CODE.search(text):
        return TopicReading(term_spans, (), True, False, False)
    index = _token_index(tokens)
    general_words = find("generic")
    generic = bool(general_words)
    # a time word that is part of a commercial word ("Black Friday") or of advice ("too soon") is none
    inside = list(term_spans) + [(m.start, m.end) for m in general_words]
    deadline = any(not any(s <= m.start < e for s, e in inside) for m in find("deadline"))
    deadline = deadline or bool(_PERCENT.search(text) or find("amount"))
    # a third party that is not part of the commercial word itself ("founding-customer discount")
    others = [m for m in find("third_party") if not any(s - 2 <= m.end and m.start < e for s, e in term_spans)]
    general = generic or bool(others)
    owners = [index(m.start) for m in find("reader_owner")]
    abouts = [index(m.start) for m in find("about")]
    verbs = [v for v in find("business_verbs") if not any(s <= v.start < e for s, e in term_spans)]
    readers = find("reader") + find("reader_if")
    topics = []
    agents = 0
    for start, end, run in terms:
        at = index(start)
        head = _head(tokens, start, end)
        owned = any(0 <= at - o <= _OWNER_GAP + 1 for o in owners) and (run or _plural(head, lang))
        about = any(0 < at - a <= _OWNER_GAP + 1 for a in abouts)
        agent = _done_by_reader(text, index, start, verbs, readers)
        agents += agent
        if agent or ((owned or about or general) and not deadline):
            topics.append((start, end))
    # advice: the reader does it or it is said in general, and no other commercial word is dated
    advice = bool(topics) and (agents > 0 or generic) and (len(topics) == len(terms) or not deadline)
    return TopicReading(term_spans, tuple(topics), False, deadline, advice)


def _terms(run: Sequence, give: Sequence) -> list[tuple[int, int, bool]]:
    """The commercial words, the longest where they overlap ("launch price" over "price");
    ``True`` for a word the reader's business runs (a sale, prices), ``False`` for one the sender
    could give (a code, a discount)."""
    found: list[tuple[int, int, bool]] = []
    candidates = [(m, True) for m in run] + [(m, False) for m in give]
    for match, is_run in sorted(candidates, key=lambda x: (x[0].start - x[0].end, x[0].start)):
        if any(s < match.end and match.start < e for s, e, _ in found):
            continue
        found.append((match.start, match.end, is_run))
    return sorted(found)


def _token_index(tokens: Sequence[Token]):  # type: ignore[no-untyped-def]
    """A function from a character offset to the number of words before it."""
    starts = [t.start for t in tokens if t.kind != "punct"]

    def index(offset: int) -> int:
        return sum(1 for s in starts if s < offset)

    return index


def _head(tokens: Sequence[Token], start: int, end: int) -> Token | None:
    inside = [t for t in tokens if start <= t.start < end and t.kind == "word"]
    return inside[-1] if inside else None


def _plural(token: Token | None, lang: str) -> bool:
    if token is None:
        return False
    if lang == "de":
        return token.lower.endswith(("s", "en", "te", "ne"))
    return token.lower != token.lemma or token.lower.endswith("s")


def _done_by_reader(text: str, index, term: int, verbs: Sequence, readers: Sequence) -> bool:  # type: ignore[no-untyped-def]
    """The reader runs the commercial word: a verb of running a business in the term's clause,
    with the reader (or an "if you" clause) before it as its doer ("if you run flash sales",
    "your clinic offers an introductory discount", "wenn Sie Ihre Preise anpassen")."""
    for verb in verbs:
        low, high = sorted((verb.start, term))
        if any(ch in _CLAUSE_BREAK for ch in text[low:high]) or abs(index(verb.start) - index(term)) > _AGENT_GAP:
            continue
        for reader in readers:
            if reader.start >= verb.start or index(verb.start) - index(reader.start) > _AGENT_GAP:
                continue
            if not any(ch in _CLAUSE_BREAK for ch in text[min(reader.start, term) : max(verb.start, term)]):
                return True
    return False


@lru_cache(maxsize=4096)
def _has_threat(text: str, lang: str) -> bool:
    return bool(_THREAT.find("threat", tokenize(text, lang), text, lang))
