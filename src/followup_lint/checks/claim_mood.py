"""Whether a clause of FL309 is an instruction to the reader, not a report about them.

"Post your job ads on 40 boards", "Richten Sie Ihr neues Büro ein", "Publiez vos offres",
"Publique sus ofertas", "Plaats je vacatures": the clause opens with an imperative, the reader
is told what to do, and nothing is reported about them. Read structurally, per language, from
the clause's first words (the word lists are FL309's data, ``instructions``):

* the imperative is followed, at once or after a particle ("Set up your"), by the reader's
  object or possessive (`objects`: your / Sie, Ihr / vos, votre / su, sus / je, uw);
* the first word is not a word that opens a clause without being a verb (`openers`:
  pronouns, prepositions, conjunctions, greetings, congratulations);
* and it has the form of an imperative: English, the bare form ("Post", not "Noticed"; the
  lemma table says so), except verbs that report the sender's own view with "I" dropped
  (`view_verbs`: "Love your new office"); German, a verb before "Sie"; French, a verb in
  "-ez"; Spanish, a verb ending in an unstressed "-a" / "-e" ("Publique", "Equipe"; not "Vi",
  "Leí"); Dutch, any other first word, since a Dutch statement puts its subject or an
  adverbial first.

A question is never a claim either; FL309 drops those before asking this.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from ..content.lemmas import lemma
from .claim_text import _WORD

_PARTICLES = frozenset("up out in on off down over through back together".split())


class InstructionReader:
    """The instruction test for one language, with its word lists compiled once."""

    def __init__(self, data: Mapping[str, Any], locale: str) -> None:
        table = (data.get("instructions") or {}).get(locale) or {}
        self.locale = locale
        self.objects = frozenset(str(w) for w in table.get("objects") or ())
        self.openers = frozenset(str(w).casefold() for w in table.get("openers") or ())
        self.view_verbs = frozenset(str(w).casefold() for w in table.get("view_verbs") or ())
        self.folded_objects = frozenset(o.casefold() for o in self.objects if o.islower())  # "Sie" stays exact

    def is_instruction(self, clause: str) -> bool:
        words = [m.group() for m in _WORD.finditer(clause)][:4]
        if len(words) < 2 or not self.objects:
            return False
        first = words[0].casefold()
        if first in self.openers or words[0] in self.objects or first in self.objects:
            return False
        after = words[1]
        if self.locale == "en" and after.casefold() in _PARTICLES and len(words) > 2:
            after = words[2]  # "Set up your new office"
        if not (after in self.objects or after.casefold() in self.folded_objects):
            return False
        if self.locale == "en":
            return lemma(first, "en") == first and first not in self.view_verbs
        if self.locale == "de":
            return after == "Sie"
        if self.locale == "fr":
            return first.endswith("ez")
        if self.locale == "es":
            return re.search(r"[^áéíóú\W][ae]n?$", first) is not None
        return self.locale == "nl"
