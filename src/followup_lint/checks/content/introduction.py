"""A self-introduction spoken as a person, and the soft emails in which it is no sell (FL201,
FL202).

"Je m'appelle Élodie et je travaille chez Arpège, un éditeur de logiciels pour les écoles de
musique" says who the sender is and what the employer makes. Followed by a real reference to the
reader and a request for the reader's opinion or experience that names no sales object and no
meeting, it introduces someone asking a question; followed by a trial, a demo or a call, it is the
first line of a pitch. Company boilerplate ("We are the leading provider of ...") is never a
person's introduction.
"""

from __future__ import annotations

from typing import Sequence

from ...content.agency import PRODUCT_INTRODUCTION
from ...content.ask_strength import asks_for_advice, groups_in
from ...content.features import speaks_as_we
from ...content.roles import SentenceRoles
from ...content.tokens import tokenize

#: First words of a self-introduction in which the sender speaks as a person ("I'm Tomasz,
#: ...", "Ich bin Lena, ...", "Soy Diego, ...", "My name is ...").
PERSON_OPENINGS = frozenset("i i'm my this ich mein meine je j' j’ moi soy me mi trabajo llevo yo ik mijn".split())


def first_word(text: str) -> str:
    return text.split(maxsplit=1)[0].lower().rstrip(",") if text.strip() else ""


def speaks_as_company(sentence: SentenceRoles) -> bool:
    """The sentence speaks for a company (we, our, us)."""
    words = (t.text for t in tokenize(sentence.text, sentence.lang) if t.kind == "word")
    return speaks_as_we(words, sentence.lang)


def pitches_only_as_a_person(sentence: SentenceRoles, *, product_described: bool = False) -> bool:
    """It asks nothing, and every pitch the roles found in it is a self-introduction cue spoken as
    a person ("I'm", "Je m'appelle", "Ik ben"), or - with ``product_described`` - the structure of
    the employer's product described ("..., a rota app for care homes")."""
    if sentence.has("ask"):
        return False
    for evidence in sentence.evidence_for("pitch"):
        if product_described and evidence.source == "structure" and evidence.detail.startswith(PRODUCT_INTRODUCTION):
            continue
        if evidence.source != "cue" or evidence.group != "self":
            return False
        if first_word(evidence.text) not in PERSON_OPENINGS:
            return False
    return True


def person_introduction(sentence: SentenceRoles) -> bool:
    """The sentence opens as a person ("My name is", "Ich heiße", "Ik ben") and every pitch in it
    is a self-introduction cue spoken as a person or the employer's product described ("..., a
    rota app for care homes"); it asks nothing and does not speak for a company (we, our)."""
    return (
        first_word(sentence.text) in PERSON_OPENINGS
        and pitches_only_as_a_person(sentence, product_described=True)
        and not speaks_as_company(sentence)
    )


def asks_only_for_opinions(
    body: Sequence[SentenceRoles], optional: frozenset[int], *, require_advice: bool = True
) -> bool:
    """The email asks the reader for their opinion or experience (unless ``require_advice`` is
    off), every ask in it is optional, and no sentence but a person's introduction names a sales
    object or a meeting, pushes, or presses."""
    if require_advice and not any(asks_for_advice(s) for s in body):
        return False
    for sentence in body:
        if "ask" in sentence.roles and sentence.index not in optional:
            return False
        if sentence.has("pushy", "pressure"):
            return False
        if person_introduction(sentence):
            continue
        if groups_in(sentence.text, sentence.lang) & {"sales", "meeting"}:
            return False
    return True


def refers_to_reader(sentence: SentenceRoles) -> bool:
    """A real reference to the reader: their news, their talk, their company's doing."""
    return "personal" in sentence.roles
