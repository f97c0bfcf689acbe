"""Advice given to the reader is value: the classifier alone makes no pitch, loss or pressure of it.

Tips, how-to steps and the sender's own attempts help the reader: "Descale the machine weekly",
"- Count the till in pairs", "Making each code single-use stops most of that without annoying
regular customers", "We tried a spreadsheet first and it fell apart". The classifier's word
weights read them as a pitch ("our store managers use"), loss framing ("without", "ohne", "sin")
or pressure. An email **gives advice** when a sentence of its message, naming nothing of the
sender's and nothing sold (:mod:`.agency`):

* is an order to the reader of four words or more, for the reader's sake (not one whose object is
  the sender: "Give me the nod and I'll start the paperwork", ``for_sender``), read by its shape (an English bare verb
  first, German "<verb> Sie", French "-ez", Spanish "usted" forms, a Dutch verb stem first), as a
  sentence or as a list item ("- Count the till in pairs"; a list of features is no advice);
* says it hands over advice (a tip, steps, a checklist: ``howto``; the sender's own practice
  handed over counts: "here's the checklist our store managers use"), or states a remedy and how
  it is done ("limiting each code to one use stops most of it": ``remedy`` with ``means``);
* or tells of the sender's own attempt ("we tried this first", "ik wilde ... aanvragen": ``attempt``);
* or lists steps for the reader after a lead-in of advice and a colon, whatever form the steps
  take ("Three things worth doing now: check ..., get ..., ask ...", "Sinnvoll ist jetzt eine
  Liste: welche Objekte ..., wann ...": :mod:`.step_list`). Such steps are value even where a
  pitch stands elsewhere in the email: FL201 reads which comes first.

In such an email an order of advice is no ask by the classifier's word weights alone, timed as it
may be ("Pick your software before March so you can practise on a quarter"), unless it names a
meeting or a commercial term or is for the sender's sake (an order to book, buy or sign is no
advice: ``no_order``; "Geben Sie mir kurz Bescheid" asks: ``to_sender``).
When nothing is sold - no pitch or hype by a cue or the structure, no pushy ask, no
product of the sender's named, no ask or question for a sales object, no meeting asked for other
than as an optional offer - the classifier's own pitch, loss and pressure readings of the opener,
body and call to action are dropped, and so is a date read as the sender's push only because a
verb of ending follows it ("renouvelez les attestations avant qu'elles n'expirent": the reader's
own deadline; :mod:`.date_scope`). The P.S. is left as it is: pressure there is its own
finding (FL209), and a P.S. is where a sell hides after advice. A cue's or the structure's reading stays: "every week without our reminders you lose
patients" is still loss framing. The words are ``rules/data/advice.yml``; the reading is once per
template, on the neutral text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from .agency import agency_of
from .ask_strength import groups_in, optional_asks
from .lemmas import lemma_table
from .own_product import names_own_product
from .phrase_tables import PhraseTable
from .date_scope import SENDER_PUSH, names_offer
from .roles import Evidence, SentenceRoles
from .step_list import step_list
from .tokens import Token, tokenize

__all__ = ["gives_advice", "with_advice_context"]

_TABLE = PhraseTable("advice.yml", ("howto", "remedy", "means", "attempt", "slogan", "no_order", "to_sender", "for_sender"))
#: a threat of the loss's own ("every week without ...", "competitors"): never advice
_THREAT = PhraseTable("loss-context.yml", ("threat",))
#: roles the classifier alone may not give in an email that advises and sells nothing
_VETOED = frozenset({"pitch", "loss", "pressure"})
#: roles the classifier alone may not give an order of advice, timed as it may be
_TIMED = frozenset({"ask", "pushy", "pressure"})
#: readings that hand the reader something as value: an order or a remedy, with nothing of the
#: sender's in it (a how-to word may sit in a claim: "Closepath gives controllers one checklist")
_GIVEN = frozenset({"remedy", "order", "steps"})
#: a list item's marker: "- ", "• ", "* ", "1. ", "2) "
_LIST_ITEM = re.compile(r"^\s*(?:[-•*–]|\d{1,2}[.)])\s+")
#: where a clause that may advise on its own starts
_CLAUSE = re.compile(r"[:;]\s")
#: the segments read for advice and cleared of the classifier's sell (not the P.S.)
_ADVISED = frozenset({"opener", "body", "call_to_action"})
#: an order shorter than this is a sign-off or a wish ("Drive safe,", "Enjoy the weekend")
_MIN_ORDER_WORDS = 4
#: Spanish clitics after an order ("cuéntelo", "vincúlelo", "apúntese")
_ES_CLITIC = re.compile(r"(?:lo|la|le|los|las|les|se|me|nos)+$")


def with_advice_context(sentences: Sequence[SentenceRoles], segments: frozenset[str]) -> list[SentenceRoles]:
    """``sentences`` without the classifier's pitch, loss and pressure in ``segments`` when the
    email gives advice and sells nothing, and with advice as value where no sentence pitches (see
    the module docs); unchanged otherwise."""
    message = [s for s in sentences if s.segment in segments]
    advised = [s for s in message if s.segment in _ADVISED]
    if not gives_advice(advised):
        return list(sentences)
    # "Pick your software before March so you can practise on a quarter": the reader's own step, timed
    result = [_timed_order(s) if s.segment in _ADVISED else s for s in sentences]
    if not _sells(sentences, message):
        for at, sentence in enumerate(result):
            if sentence.segment in _ADVISED and sentence.roles & _VETOED:
                kept = tuple(e for e in sentence.evidence if not (e.role in _VETOED and _guessed(e, sentence)))
                if len(kept) != len(sentence.evidence):
                    result[at] = sentence.with_evidence(kept)
    # only asks are left to sell: a tip, a how-to or a remedy given before them is value; steps
    # listed for the reader are value wherever a pitch stands (FL201 reads which comes first)
    pitched = any(s.has("pitch") for s in result if s.segment in segments)
    return [_as_value(s) if s.segment in _ADVISED and (not pitched or _reading(s) == "steps") else s for s in result]


def _timed_order(sentence: SentenceRoles) -> SentenceRoles:
    """``sentence`` without the classifier's ask, pushy and pressure readings when it is itself an
    order to the reader (a step of theirs, often timed: "Pick your software before March so you
    can practise on a quarter") that names no meeting and no commercial term; unchanged otherwise.
    An order to book, buy or sign is no advice (``no_order``), nor one naming the sender's product,
    nor one for the sender's sake ("Geben Sie mir kurz Bescheid": ``to_sender``)."""
    if not sentence.roles & _TIMED or _reading(sentence) not in ("order", "steps"):
        return sentence
    if "meeting" in groups_in(sentence.text, sentence.lang) or names_offer(sentence.text, sentence.lang):
        return sentence
    if _TABLE.find("to_sender", tokenize(sentence.text, sentence.lang), sentence.text, sentence.lang):
        return sentence  # "Geben Sie mir einfach kurz Bescheid": for the sender's sake, an ask
    kept = tuple(e for e in sentence.evidence if not (e.role in _TIMED and e.source == "model"))
    return sentence.with_evidence(kept) if len(kept) != len(sentence.evidence) else sentence


def _as_value(sentence: SentenceRoles) -> SentenceRoles:
    """``sentence`` with value evidence when it hands the reader an order or a remedy (not a how-to
    word, which may sit in a claim, nor the sender's attempt alone) and carries no loss, pressure or
    ask of its own."""
    if sentence.has("value", "loss", "pressure", "ask", "pushy") or _reading(sentence) not in _GIVEN:
        return sentence
    given = Evidence("value", "structure", "advice given to the reader", sentence.text, 0, len(sentence.text))
    return sentence.with_evidence((*sentence.evidence, given))


def _guessed(evidence: Evidence, sentence: SentenceRoles) -> bool:
    """The classifier's reading, or a date read as the sender's push by a bare verb of ending in a
    sentence that names no rate, price or discount ("renouvelez les attestations avant qu'elles
    n'expirent": the reader's own deadline)."""
    if evidence.source == "model":
        return True
    return evidence.detail == SENDER_PUSH and not names_offer(sentence.text, sentence.lang)


def gives_advice(message: Sequence[SentenceRoles]) -> bool:
    """Whether a sentence of ``message`` advises the reader: an order, a how-to, a remedy, the
    sender's attempt."""
    return any(_reading(sentence) for sentence in message)


def _reading(sentence: SentenceRoles) -> str:
    """How the sentence, or a clause after its colon or semicolon, advises (:func:`_advice`)."""
    found = _advice(sentence.text, sentence.lang)
    if found:
        return found
    # "A tip from the venues we work with: take the deposit when ...", "...; skip them and the
    # element goes first": the advice follows a colon or a semicolon
    for clause in _CLAUSE.split(sentence.text)[1:]:
        found = _advice(clause.strip(), sentence.lang) if clause.strip() else ""
        if found:
            return found
    return ""


@lru_cache(maxsize=4096)
def _advice(text: str, lang: str) -> str:
    """How the sentence (or list item) advises the reader: ``attempt``, ``howto``, ``remedy``,
    ``order``, or ``""`` (see the module docs)."""
    text = _LIST_ITEM.sub("", text, count=1)
    tokens = tokenize(text, lang)
    # steps for the reader may name their own contracts or prices ("wann die Verträge auslaufen"):
    # step_list has read whether the steps sell
    steps = step_list(text, lang) == "reader"
    sells = not steps and "sales" in groups_in(text, lang)
    if names_own_product(text, lang) or sells or _THREAT.find("threat", tokens, text, lang):
        return ""
    if _TABLE.find("slogan", tokens, text, lang):
        return ""  # "Stop wasting hours on manual rotas": a sales slogan, not a how-to
    if _TABLE.find("attempt", tokens, text, lang):
        return "attempt"  # the sender's own attempt: experience, whoever "we" are
    if text.rstrip(" )\"'»”’*_").endswith(("?", "？")):
        return ""
    if steps:
        found = "steps"  # "Three things worth doing now: check ..., get ..., ask ...": the reader's steps
    elif _TABLE.find("howto", tokens, text, lang):
        return "howto"  # "here's the checklist our store managers use: ...": the sender's practice, handed over
    elif _TABLE.find("remedy", tokens, text, lang) and _TABLE.find("means", tokens, text, lang):
        found = "remedy"
    elif _TABLE.find("for_sender", tokens, text, lang):
        found = ""  # "Give me the nod and I'll start the paperwork": for the sender's sake, no advice
    else:
        found = "order" if _order(tokens, lang) else ""
    if not found:
        return ""  # no need to read who acts in it (the costliest reading here)
    agency = agency_of(text, lang, tokens)
    if found == "steps":
        # the steps name nothing sold (read by step_list): a word of sale in them is the reader's
        # own topic ("wann die Verträge auslaufen"), not the sender's offer
        return "" if agency.sender else found
    return "" if agency.sender or agency.sender_agent else found


def _order(tokens: Sequence[Token], lang: str) -> bool:
    """The sentence (or list item) opens with an order to the reader, read by its shape."""
    words = [t for t in tokens if t.kind == "word"]
    if len(words) < _MIN_ORDER_WORDS:
        return False
    first = words[0]
    refused = _TABLE.words("no_order", lang)
    if first.lower in refused or first.lemma.casefold() in refused:
        return False
    if lang == "nl" and lemma_table("nl").get(first.lower + "t", "") in refused:
        return False  # "Boek de afstelling ...": the stem of a verb that asks for a purchase
    if lang == "en":
        return first.lower == first.lemma.casefold() and _has_ing(first.lower)
    if lang == "de":
        return len(words) > 1 and words[1].text == "Sie" and first.text[:1].isupper()
    if lang == "fr":
        return len(first.lower) > 3 and first.lower.endswith("ez")
    if lang == "es":
        return _spanish_order(first)
    if lang == "nl":
        return _dutch_stem(first)
    return False


def _dutch_stem(first: Token) -> bool:
    """A Dutch order: the bare stem of a verb ("Houd", "Koppel", "Tel", "Maak", "Ontkalk"), not a
    form in -t or -en."""
    word = first.lower
    if len(word) < 3 or word.endswith(("en", "t")):
        return False
    lemma = first.lemma.casefold()
    if lemma.endswith("en") and lemma != word:
        return True
    # the lookup table may not list the stem, but it lists the third person: "koppelt" -> "koppelen"
    third = lemma_table("nl").get(word + "t", "")
    return third.endswith("en") and third != word + "t"




def _has_ing(word: str) -> bool:
    """An English verb: the lemma table lists an -ing form of it ("descale" <- "descaling")."""
    table = lemma_table("en")
    stem = word[:-1] if word.endswith("e") else word
    return any(table.get(form) == word for form in (word + "ing", stem + "ing", word + word[-1:] + "ing"))


def _spanish_order(first: Token) -> bool:
    """A "usted" order: a verb whose form ends like the subjunctive ("Mantenga", "Revise",
    "Cuenten", "Anote", "cuéntelo")."""
    lemma = first.lemma.casefold()
    if lemma.endswith(("ar", "er", "ir")) and first.lower != lemma:
        return first.lower.endswith(("e", "a", "en", "an"))
    bare = _ES_CLITIC.sub("", first.lower)
    return bare != first.lower and len(bare) > 3 and bare.endswith(("e", "a", "en", "an"))


def _sells(sentences: Sequence[SentenceRoles], message: Sequence[SentenceRoles]) -> bool:
    """A pitch or hype by a cue or the structure, a pushy ask, the sender's product, an ask or a
    question for a sales object, or a meeting asked for other than as an optional offer."""
    optional = optional_asks(message)
    for sentence in sentences:
        if sentence.segment not in ("subject", *{s.segment for s in message}):
            continue
        if sentence.has_rule_evidence("pitch") or sentence.has_rule_evidence("hype") or "pushy" in sentence.roles:
            return True
        if names_own_product(sentence.text, sentence.lang):
            return True
        if sentence.has("ask") or sentence.is_question:
            found = groups_in(sentence.text, sentence.lang)
            if "sales" in found or ("meeting" in found and sentence.index not in optional):
                return True
    return False
