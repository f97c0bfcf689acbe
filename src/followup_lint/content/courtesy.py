"""Whether a sentence is only courtesy, read by its shape rather than by listed phrasings.

Two shapes, in five languages (``rules/data/courtesy.yml``):

* an **announcement of contact** - a contact phrase (reach out, touch base, check in, sich melden,
  revenir vers vous, escribirle, contact opnemen) with nothing but empty words around it (the
  sender, the reader, a modal, "just", "quickly", "today"): "I just wanted to reach out and touch
  base." One word of substance ("... because the recording is up", "... about your question")
  makes it content;
* a **wish** about the reader's week or well-being - a sentence that opens with hope or wish and
  holds only the words of such wishes: "Hope your week is off to a good start!", "Espero que esté
  teniendo una buena semana."

FL211 reads an opening paragraph made only of such sentences (and the filler role) as filler,
whatever other roles a contact word gave them ("touch base" is also a bump cue) - an
announcement of contact only in a first touch: in a follow-up "just checking in" is the bump
itself, which FL204 judges.
"""

from __future__ import annotations

from functools import lru_cache

from .phrase_tables import PhraseTable
from .tokens import tokenize

__all__ = ["announces_contact", "courtesy_only", "wishes_well"]

_TABLE = PhraseTable("courtesy.yml", ("contact", "empty", "wish", "wish_words"))


def courtesy_only(text: str, lang: str) -> bool:
    """Whether ``text`` (one sentence in ``lang``) is only an announcement of contact or a wish."""
    return announces_contact(text, lang) or wishes_well(text, lang)


@lru_cache(maxsize=4096)
def announces_contact(text: str, lang: str) -> bool:
    """Whether ``text`` only says that the sender is getting in touch ("I just wanted to reach out
    and touch base")."""
    return _only(text, lang, "contact", "empty")


@lru_cache(maxsize=4096)
def wishes_well(text: str, lang: str) -> bool:
    """Whether ``text`` is only a wish about the reader's week or well-being."""
    return _only(text, lang, "wish", "wish_words")


def _only(text: str, lang: str, head: str, rest: str) -> bool:
    """A phrase of ``head`` matches and every other word is one of ``rest``."""
    tokens = [t for t in tokenize(text, lang) if t.kind != "punct"]
    if not tokens or any(t.kind in ("var", "num") for t in tokens):
        return False
    found = _TABLE.find(head, tokens, text, lang)
    if not found:
        return False
    covered = [(m.start, m.end) for m in found]
    allowed = _TABLE.words(rest, lang)
    for token in tokens:
        if any(start <= token.start and token.end <= end for start, end in covered):
            continue
        if token.lower not in allowed and token.lemma not in allowed:
            return False
    return True
