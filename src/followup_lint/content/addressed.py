"""Whether a sentence names the reader or the sender at all.

A sentence that names neither (no first or second person, no company or variable: no capitalised
word after its first; in German, where every noun is capitalised, only a variable) states something about the world: "Switching payroll providers takes longer
than most people expect". The words are ``rules/data/addressed.yml``.
"""

from __future__ import annotations

from typing import Sequence

from .phrase_tables import PhraseTable
from .tokens import Token

__all__ = ["activity_subject", "names_nobody", "question_or_order"]

_TABLE = PhraseTable("addressed.yml", ("reader", "sender", "not_names", "relatives"))


def names_nobody(tokens: Sequence[Token], lang: str) -> bool:
    """No reader, no sender, no name or variable in the sentence (``tokens``)."""
    people = _TABLE.words("reader", lang) | _TABLE.words("sender", lang)
    no_one = _TABLE.words("not_names", lang)
    words = [t for t in tokens if t.kind in ("word", "var")]
    for at, token in enumerate(words):
        if token.kind == "var" or token.lower in people or token.text.replace("’", "'").casefold() in people:
            return False
        if at > 0 and token.text[:1].isupper() and lang != "de" and token.lower not in no_one:
            # a name; German capitalises every noun, English its months and days
            return False
    return bool(words)


def question_or_order(text: str) -> bool:
    """A question or an exclamation: "Only 3 places left!", "Book before Friday?" speak to the
    reader even with no pronoun."""
    return text.rstrip(" )\"'»”’*_").endswith(("?", "!", "？", "！"))


#: endings of the form a verb takes as the name of an activity ("Switching ...", "Overstappen ...",
#: "Changer de ...", "Cambiar de ...", "Umsteigen ...")
_ACTIVITY_ENDINGS = {"en": ("ing",), "de": ("en", "ern", "eln"), "nl": ("en",), "fr": ("er", "ir", "re"),
                     "es": ("ar", "er", "ir", "arse", "erse", "irse")}


def activity_subject(tokens: Sequence[Token], lang: str) -> bool:
    """The sentence starts with an activity as its subject - a gerund or an infinitive
    ("Switching payroll providers ...", "Overstappen naar ...", "Changer de fournisseur ..."):
    what something costs is then the cost of doing it, not what someone loses."""
    words = [t for t in tokens if t.kind == "word"]
    if not words:
        return False
    first = words[0]
    if len(words) > 1 and words[1].lower in _TABLE.words("relatives", lang):
        return False  # "Bedrijven die overstappen ...": people who do something
    if lang != "en" and first.lower != first.lemma.casefold():
        return False  # an inflected form, not the infinitive
    return len(first.lower) > 4 and first.lower.endswith(_ACTIVITY_ENDINGS.get(lang, ()))
