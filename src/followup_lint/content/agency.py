"""Who acts in a sentence, and on what: value, pitch and qualification read by structure.

Cue phrases know wordings; held-out emails keep bringing new ones. What stays the same across
wordings and languages is the shape of the sentence:

* a **pitch** has the sender (we, our ..., a Spanish verb in -amos, the sender's product) as the
  agent of a benefit ("Wir helfen Bauhöfen, ihre Touren ... zu planen"), whatever the customer type
  and whatever follows the verb, or the sender (I, we) offering a sales object ("I can set up a
  demo", "richte ich Ihnen einen Testzugang ein");
* the sender as the agent of **research** ("we interviewed 70 clinics") reports findings;
* a **third party** as the agent (research, a regulation, the market, businesses in general) or an
  order to the reader with nothing of the sender's in it (a tip) is value or neutral: the
  classifier's word weights alone do not make it a pitch or loss framing;
* a **qualification** question asks for the person who decides, signs or holds the budget ("who
  signs", "are you the one who decides"), whether budget is set aside, or about the buying process.

The word classes are data (``rules/data/agency.yml``), matched on lemmas like the cues. The roles
(:mod:`.roles`) add this module's findings as evidence with the source ``structure`` (not a
feature of the classifier) and let it veto the classifier where the structure says otherwise.
Numbers are never the evidence of a sell on their own: a pitch cue that matched only a number
("half") is dropped (:func:`number_only`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from ..resources import data_path, load_once, load_once_per_key, load_yaml
from .cues import CueMatch, CueSet, clauses, parse_cue
from .observed_frame import main_clause_start, reports_a_result
from .own_product import own_product_matches
from .speaker import opens_as
from .structure import NEGATIONS, NUMBER_WORDS
from .tokens import Token

__all__ = ["PRODUCT_INTRODUCTION", "Agency", "addresses_reader", "agency_of", "describes_a_product", "number_only"]

_ORIGIN = "rules/data/agency.yml"
GROUPS = (
    "benefit", "research", "third_party", "adoption", "decide", "budget", "set_aside", "who", "reader_person", "process",
    "offer", "offering", "perceive", "purchase", "quantity", "tip", "past_who", "product_kind", "publication",
)

#: The sender as a subject, and the sender's things (possessives). Grammar words, not phrasings.
_SENDER_SUBJECTS = {
    "en": frozenset({"we", "we're", "we've", "we'll", "we'd"}),
    "de": frozenset({"wir"}),
    "fr": frozenset({"nous"}),
    "es": frozenset({"nosotros", "nosotras"}),
    "nl": frozenset({"we", "wij"}),
}
SENDER_OWNERS = {
    "en": frozenset({"our"}),
    "de": frozenset({"unser", "unsere", "unserem", "unseren", "unserer", "unseres"}),
    "fr": frozenset({"notre", "nos"}),
    "es": frozenset({"nuestro", "nuestra", "nuestros", "nuestras"}),
    "nl": frozenset({"ons", "onze"}),
}
#: The reader as a subject: a benefit verb after it is the reader's doing ("how you help ...").
_READER = {
    "en": frozenset({"you", "your"}),
    "de": frozenset({"sie", "du", "ihr"}),
    "fr": frozenset({"vous", "tu"}),
    "es": frozenset({"usted", "ustedes", "tú"}),
    "nl": frozenset({"u", "je", "jij", "jullie"}),
}
#: The reader's things: "your question on pricing" is not an offer of pricing.
_READER_OWNERS = {
    "en": frozenset({"your", "yours"}),
    "de": frozenset({"ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", "dein", "deine", "deinem", "deinen", "deiner"}),
    "fr": frozenset({"votre", "vos", "ton", "ta", "tes"}),
    "es": frozenset({"su", "sus", "tu", "tus"}),
    "nl": frozenset({"uw", "jouw", "jullie"}),
}
#: Words that open an embedded question or another clause: "... how we split the rosters",
#: "the log sheet we use, if that's any help".
_EMBEDDERS = {
    "en": frozenset({"how", "what", "whether", "why", "which", "if", "when", "because", "that's"}),
    "de": frozenset({"wie", "was", "ob", "warum", "welche", "welchen", "falls", "wenn", "weil"}),
    "fr": frozenset({"comment", "si", "pourquoi", "quoi", "quand", "parce"}),
    "es": frozenset({"cómo", "qué", "si", "porque", "cuando"}),
    "nl": frozenset({"hoe", "wat", "of", "waarom", "welke", "als", "omdat", "wanneer"}),
}
#: The sender speaking as a person (I): the subject of an offer ("I can set up a demo").
_SENDER_PERSON = {
    "en": frozenset({"i", "i'm", "i've", "i'll", "i'd"}),
    "de": frozenset({"ich"}),
    "fr": frozenset({"je", "j"}),
    "es": frozenset({"yo"}),
    "nl": frozenset({"ik"}),
}
#: Prepositions that make the sender the one who benefits: "half of our downtime", "for us".
_BENEFICIARY = {
    "en": frozenset({"of", "for", "to", "from"}),
    "de": frozenset({"von", "für"}),
    "fr": frozenset({"de", "pour", "à"}),
    "es": frozenset({"de", "para", "a"}),
    "nl": frozenset({"van", "voor", "aan"}),
}
#: The sender's customers act even after "of": "most of our customers are live in ten days".
_CUSTOMERS = {
    "en": frozenset({"customers", "clients", "users"}),
    "de": frozenset({"kunden", "kundinnen", "nutzer"}),
    "fr": frozenset({"clients", "clientes", "utilisateurs"}),
    "es": frozenset({"clientes", "usuarios"}),
    "nl": frozenset({"klanten", "gebruikers"}),
}
_WINDOW = 6



@dataclass(frozen=True, slots=True)
class Agency:
    """What the structure of one sentence says. Spans are ``(start, end, detail)`` in the text."""

    sender: bool
    """The sender's side appears: we, our ..., a Spanish -amos verb, the sender's product."""
    sender_agent: bool
    """The sender's company acts: we (French "on"), a Spanish -amos verb, the product, "our ..."
    or "us" anywhere but as the one who benefits, a product the market adopts by name, or
    something the sender sells is named (an upgrade, a plan, a demo: ``sales`` in
    ``rules/data/ask-strength.yml``); not "half of our downtime" or "for us"."""
    benefit: tuple[int, int, str] | None
    """The sender as the agent of a benefit, offering a sales object (a demo, a trial, a quote),
    or introducing themself with what they sell ("..., an app for bottle shops"): a pitch."""
    research: bool
    """The sender as the agent of research, and of no benefit; the sender's product unnamed."""
    third_party: bool
    """A third party or a tip to the reader is the agent, and nothing is the sender's or sold."""
    tip: bool
    """An order to the reader with nothing of the sender's or sold in it ("Check whether ...")."""
    qualify: tuple[int, int, str] | None
    """A qualification question's frame (only in a question)."""
    practice_question: bool
    """A how-question about how the reader's side does something, or a who-question about
    something already done ("Wer hat das neue Schichtmodell ausgearbeitet?"), with no budget,
    purchase, cost, quantity, sales object or person asked for in it: it asks about their
    practice, it qualifies no one."""


@load_once
def _data() -> dict[str, dict[str, list[str]]]:
    data = load_yaml(data_path("agency.yml").read_text(encoding="utf-8")) or {}
    found = {group: {str(k): [str(p) for p in v or ()] for k, v in (data.get(group) or {}).items()} for group in GROUPS}
    exceptions = data.get("exceptions") or {}
    for group, by_lang in exceptions.items():
        found[f"not:{group}"] = {str(k): [str(p) for p in v or ()] for k, v in (by_lang or {}).items()}
    return found


@load_once_per_key
def _cue_sets(lang: str) -> dict[str, CueSet]:
    """One cue set per word class for ``lang`` (and the sales objects), read once per language."""
    data = _data()
    found = {}
    for group in GROUPS:
        cues = CueSet(lang)
        for phrase in data[group].get(lang, ()):
            cues.add(parse_cue(phrase, lang, group, _ORIGIN, group))
        for phrase in data.get(f"not:{group}", {}).get(lang, ()):
            cues.add_exception(parse_cue(phrase, lang, group, _ORIGIN, group))
        found[group] = cues
    sales = CueSet(lang)
    for phrase in _sales_phrases().get(lang, ()):
        sales.add(parse_cue(phrase, lang, "sales", "rules/data/ask-strength.yml", "sales"))
    for phrase in _sales_phrases("not_sales").get(lang, ()):
        sales.add_exception(parse_cue(phrase, lang, "sales", "rules/data/ask-strength.yml", "sales"))
    found["sales"] = sales
    return found


def _sales_phrases(group: str = "sales") -> dict[str, list[str]]:
    """The sales objects of ``rules/data/ask-strength.yml`` (a demo, a trial, pricing, an upgrade,
    the sender's product): a sentence that names one is about what the sender sells; with
    ``not_sales``, the names a sales word is part of that sell nothing ("offres d'emploi")."""
    return _ask_strength().get(group, {})


@load_once
def _ask_strength() -> dict[str, dict[str, list[str]]]:
    data = load_yaml(data_path("ask-strength.yml").read_text(encoding="utf-8")) or {}
    return {
        group: {str(k): [str(p) for p in v or ()] for k, v in (data.get(group) or {}).items()}
        for group in ("sales", "not_sales")
    }


def number_only(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether the words between ``start`` and ``end`` are only numbers ("half", "30%")."""
    inside = [t for t in tokens if t.kind != "punct" and start <= t.start and t.end <= end]
    return bool(inside) and all(t.kind == "num" or t.lower in NUMBER_WORDS for t in inside)




#: Determiners and possessives: a benefit word after one is a noun ("our support", "any help").
_DETERMINERS = {
    "en": frozenset({"the", "a", "an", "any", "some", "no", "this", "that", "of"}),
    "de": frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "keine", "jede"}),
    "fr": frozenset({"le", "la", "les", "l", "un", "une", "du", "des", "de", "aucun", "aucune"}),
    "es": frozenset({"el", "la", "los", "las", "un", "una", "del", "de", "ningún", "ninguna"}),
    "nl": frozenset({"de", "het", "een", "geen", "elke", "van"}),
}


def _negates(token: Token, lang: str) -> bool:
    """A negation between the sender and the verb: "we don't offer", "wir bieten keine"."""
    return token.lower in NEGATIONS.get(lang, ()) or token.lower.endswith("n't")


#: "How": a question that opens with it asks about a practice, unless it names a budget, a
#: purchase or a person to find.
_HOW = {"en": frozenset({"how"}), "de": frozenset({"wie"}), "fr": frozenset({"comment"}), "es": frozenset({"cómo"}),
        "nl": frozenset({"hoe"})}


#: The sender as an object ("switch to us"): the sender's side is in the sentence.
_SENDER_OBJECTS = {
    "en": frozenset({"us"}),
    "de": frozenset({"uns"}),
    "fr": frozenset({"nous"}),
    "es": frozenset({"nos", "nosotros"}),
    "nl": frozenset({"ons"}),
}


def _is_sender_word(token: Token, lang: str) -> bool:
    lower = token.lower
    if lower in _SENDER_SUBJECTS.get(lang, frozenset()) or lower in SENDER_OWNERS.get(lang, frozenset()):
        return True
    if lower in _SENDER_OBJECTS.get(lang, frozenset()):
        return True
    return lang == "es" and len(lower) > 5 and lower.endswith(("amos", "emos", "imos"))


def _starts(matches: Sequence[CueMatch]) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.cue.phrase) for m in matches]


def _sender_acts(tokens: Sequence[Token], lang: str, products: list[tuple[int, int]], adopted: bool) -> bool:
    if products or adopted:
        return True
    subjects = _SENDER_SUBJECTS.get(lang, frozenset()) | ({"on"} if lang == "fr" else set())
    sender_words = SENDER_OWNERS.get(lang, frozenset()) | _SENDER_OBJECTS.get(lang, frozenset())
    beneficiary = _BENEFICIARY.get(lang, frozenset())
    customers = _CUSTOMERS.get(lang, frozenset())
    for clause in clauses(tokens):
        for position, token in enumerate(clause):
            if token.lower in subjects or (lang == "es" and len(token.lower) > 5 and token.lower.endswith(("amos", "emos", "imos"))):
                return True
            if token.lower in sender_words:
                before = clause[position - 1].lower if position else ""
                after = clause[position + 1].lower if position + 1 < len(clause) else ""
                # "half of our downtime", "for us": the sender benefits; "most of our customers" act
                if before not in beneficiary or after in customers:
                    return True
    return False


def _sender_benefit(
    tokens: Sequence[Token], text: str, lang: str, sets: dict[str, CueSet], products: list[tuple[int, int]]
) -> tuple[int, int, str] | None:
    """The first benefit whose agent is the sender: a sender word (or the product) and, within a
    few words of the same clause, a benefit verb, with no reader subject or embedded question
    between them and not done to the sender's own things ("we cut our downtime")."""
    benefits = _starts(sets["benefit"].find(tokens, text))
    if not benefits:
        return None
    # "the councils we surveyed cut salt use": the sender's own verb (research, perceiving) right
    # before the benefit verb makes a relative clause; the benefit's agent is what was surveyed
    reported = {m.start for m in sets["research"].find(tokens, text)} | {
        m.start for m in sets["perceive"].find(tokens, text)
    }
    owners = SENDER_OWNERS.get(lang, frozenset())
    reader = _READER.get(lang, frozenset())
    embedders = _EMBEDDERS.get(lang, frozenset())
    for clause in clauses(tokens):
        for position, token in enumerate(clause):
            product = any(s <= token.start < e for s, e in products)
            if not (product or _is_sender_word(token, lang)) or token.lower in _SENDER_OBJECTS.get(lang, ()):
                continue
            span = clause[position : position + _WINDOW + 1]
            for index, later in enumerate(span):
                if later is not token and (later.lower in reader or later.lower in embedders or _negates(later, lang)):
                    break
                hit = next((b for b in benefits if b[0] == later.start), None)
                if hit is None:
                    continue
                if index == 2 and span[1].start in reported:
                    break  # "the shops we visited doubled their orders"
                if index and (span[index - 1].lower in owners or span[index - 1].lower in _DETERMINERS.get(lang, ())):
                    continue  # a noun: "our support desk", "any help"
                after = [t.lower for t in clause if t.start >= hit[1]][:2]
                if any(word in owners or word in ("us", "uns", "nous", "nos", "ons") for word in after):
                    break
                return (token.start, hit[1], f"the sender ('{token.text}') as the agent of '{hit[2]}'")
    return None


def _sender_offer(tokens: Sequence[Token], text: str, lang: str, sets: dict[str, CueSet]) -> tuple[int, int, str] | None:
    """The sender (I, we) as the one who offers a sales object - a demo, a trial, a quote - in
    the same clause ("If useful, I can set up a demo"), unless what follows the sender is a
    report of what they perceived ("I noticed you offer a free trial")."""
    offers = _starts(sets["offer"].find(tokens, text))
    if not offers:
        return None
    perceived = {m.start for m in sets["perceive"].find(tokens, text)}
    offering = {m.start for m in sets["offering"].find(tokens, text)}
    subjects = _SENDER_SUBJECTS.get(lang, frozenset()) | _SENDER_PERSON.get(lang, frozenset())
    stops = _EMBEDDERS.get(lang, frozenset()) | _READER_OWNERS.get(lang, frozenset())
    for clause in clauses(tokens):
        for position, token in enumerate(clause):
            if token.lower not in subjects:
                continue
            # the subject pronoun may follow its verb ("richte ich Ihnen ... ein", "plannen we")
            around = clause[max(0, position - 1) : position + 10]
            if any(t.start in perceived for t in around[:4]) or not any(t.start in offering for t in around[:5]):
                continue
            for later in clause[position + 1 : position + 10]:
                if later.lower in stops or _negates(later, lang):
                    break
                hit = next((o for o in offers if o[0] == later.start), None)
                if hit is not None:
                    return (token.start, hit[1], f"the sender ('{token.text}') offers '{hit[2]}'")
    return None


#: How a product introduction's structure evidence begins (read back by checks/content/introduction.py).
PRODUCT_INTRODUCTION = "the sender introduces what they sell"


def _product_introduction(
    tokens: Sequence[Token], text: str, lang: str, sets: dict[str, CueSet]
) -> tuple[int, int, str] | None:
    """A self-introduction that describes the product ("I'm Rahul, co-founder of Binwise, a
    stock-counting app for bottle shops"): it says what the sender sells."""
    if opens_as(tokens, lang) is None:  # neither "I'm ..." nor "We are ..." (rules/data/self-introduction.yml)
        return None
    found = sets["product_kind"].find(tokens, text)
    if not found:
        return None
    return (found[0].start, found[0].end, f"{PRODUCT_INTRODUCTION} ('{found[0].text}')")


def _sender_research(tokens: Sequence[Token], text: str, lang: str, sets: dict[str, CueSet]) -> bool:
    """The sender (we, I, our ...) as the agent of a research verb a few words on, with no modal
    between ("our compliance officers can review ..." offers a service) and not done to the
    reader's things ("we review your contracts")."""
    research = {m.start for m in sets["research"].find(tokens, text)}
    if not research:
        return False
    offering = {m.start for m in sets["offering"].find(tokens, text)}
    reader = _READER_OWNERS.get(lang, frozenset()) | _READER.get(lang, frozenset())
    person = _SENDER_PERSON.get(lang, frozenset())
    for clause in clauses(tokens):
        for position, token in enumerate(clause):
            if not (_is_sender_word(token, lang) or token.lower in person):
                continue
            # the verb may come first: "sprachen wir mit ...", "spraken we met ..."; a few words of
            # apposition may come between: "we're a small team surveying ..."
            window = clause[max(0, position - 2) : position + 7]
            for index, later in enumerate(window):
                if later.start in offering:
                    break
                if later.start in research:
                    after = [t.lower for t in clause if t.start > later.start][:2]
                    if not any(word in reader for word in after):
                        return True
    return False


def _qualify_frame(tokens: Sequence[Token], text: str, sets: dict[str, CueSet]) -> tuple[int, int, str] | None:
    def first(group: str) -> CueMatch | None:
        found = sets[group].find(tokens, text)
        return found[0] if found else None

    decide, budget = first("decide"), first("budget")
    person = first("reader_person") or first("who")
    if person is not None and (decide or budget):
        target = decide or budget
        assert target is not None
        return (min(person.start, target.start), max(person.end, target.end), f"a person asked for + '{target.text}'")
    if budget is not None:
        held = first("set_aside")
        if held is not None:
            return (min(budget.start, held.start), max(budget.end, held.end), f"'{budget.text}' + '{held.text}'")
    process = first("process")
    if process is not None:
        return (process.start, process.end, f"the buying process ('{process.text}')")
    return None


@lru_cache(maxsize=8192)
def _agency(text: str, lang: str, tokens: tuple[Token, ...]) -> Agency:
    sets = _cue_sets(lang)
    products = [(m.start, m.end) for m in own_product_matches(tokens, text, lang)]
    sender = bool(products) or any(_is_sender_word(t, lang) for t in tokens if t.kind == "word")
    adopted = bool(sets["adoption"].find(tokens, text))
    if _observation(tokens, text, lang, sets, products, adopted):
        # "Bei den Kanzleien, die wir betreuen, kommen 40 % der Rückfragen zu ...": the sender
        # acts only in the frame; the finding after it is what they saw
        benefit, research, acts = None, True, False
    else:
        benefit = (
            _sender_benefit(tokens, text, lang, sets, products)
            or _sender_offer(tokens, text, lang, sets)
            or _product_introduction(tokens, text, lang, sets)
        )
        research = benefit is None and not products and (
            _sender_research(tokens, text, lang, sets) or bool(sets["publication"].find(tokens, text))
        )
        acts = _sender_acts(tokens, lang, products, adopted)
    reader_owned = {t.end for t in tokens if t.lower in _READER_OWNERS.get(lang, ())}
    words = [t for t in tokens if t.kind != "punct"]
    before = {b.start: a.end for a, b in zip(words, words[1:])}
    # "your quotes" are the reader's, not something the sender sells
    question = text.rstrip(" )\"'»”’*_").endswith(("?", "？"))
    sales = any(before.get(m.start) not in reader_owned for m in sets["sales"].find(tokens, text))
    third_party = tip = False
    if not sender and not adopted and not sales:
        tip = not question and bool(sets["tip"].find(tokens, text)) and _bare_first_verb(tokens, lang)
        third_party = tip or bool(sets["third_party"].find(tokens, text))
    frame = _qualify_frame(tokens, text, sets)
    def found(*groups: str) -> bool:
        return any(sets[group].find(tokens, text) for group in groups)

    practice = question and frame is None and not sales and not found("budget", "purchase", "quantity") and (
        (_opens_with_how(tokens, lang) and not found("who", "reader_person"))
        or (found("past_who") and not found("decide"))
    )
    return Agency(sender, acts or sales, benefit, research, third_party, tip, frame if question else None, practice)


def _observation(
    tokens: Sequence[Token], text: str, lang: str, sets: dict[str, CueSet], products: list[tuple[int, int]], adopted: bool
) -> bool:
    """An observation framed by the group the sender observes (:mod:`.observed_frame`), whose
    finding names neither the sender (we, our, us, I) nor their product, and a sentence that names
    nothing sold and no product adopted."""
    if products or adopted or sets["sales"].find(tokens, text):
        return False
    start = main_clause_start(
        tokens, text, lang, lambda token: _sender_subject(token, lang), lambda token: _is_sender_word(token, lang)
    )
    if start is None:
        return False
    person = _SENDER_PERSON.get(lang, frozenset())
    finding = [t for t in tokens if t.start >= start]
    if any(_is_sender_word(t, lang) or t.lower in person for t in finding if t.kind == "word"):
        return False
    return not reports_a_result(finding, text, lang)


def _sender_subject(token: Token, lang: str) -> bool:
    """The sender as a subject: we, I (French "on"), a Spanish verb in -amos/-emos/-imos."""
    lower = token.lower
    if lower in _SENDER_SUBJECTS.get(lang, frozenset()) or lower in _SENDER_PERSON.get(lang, frozenset()):
        return True
    if lang == "fr" and lower == "on":
        return True
    return lang == "es" and len(lower) > 5 and lower.endswith(("amos", "emos", "imos"))


def _bare_first_verb(tokens: Sequence[Token], lang: str) -> bool:
    """An English order uses the bare verb: "Check ...", not "Checking ..." or "Adding ..."."""
    first = next((t for t in tokens if t.kind == "word"), None)
    return first is not None and (lang != "en" or first.lower == first.lemma)


def _opens_with_how(tokens: Sequence[Token], lang: str) -> bool:
    words = [t.lower for t in tokens if t.kind == "word"]
    return bool(words) and words[0] in _HOW.get(lang, ())


def addresses_reader(tokens: Sequence[Token], lang: str) -> bool:
    """Whether a word of the sentence is the reader or the reader's ("you", "your", "Ihre", "vous")."""
    reader = _READER.get(lang, frozenset()) | _READER_OWNERS.get(lang, frozenset())
    return any(t.lower in reader for t in tokens)


def agency_of(text: str, lang: str, tokens: Sequence[Token]) -> Agency:
    """The structure of one sentence (``tokens`` as :func:`.tokens.tokenize` gives them)."""
    return _agency(text, lang, tuple(tokens))


def describes_a_product(text: str, lang: str, tokens: Sequence[Token]) -> bool:
    """Whether the sentence describes a kind of product with an indefinite article ("an
    accounts-payable tool for distributors"): what the sender sells, not only who they are."""
    return bool(_cue_sets(lang)["product_kind"].find(tokens, text))
