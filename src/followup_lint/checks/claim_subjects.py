"""The reader as a dropped subject, for FL309 in a language that drops its pronouns (Spanish).

"Vi que inauguraron un almacén en Zaragoza": no "you" is written, yet the verb after the
sender's frame of seeing, reading or hearing ("vi que", "leí que", "me enteré de que") is in
the third person plural or the usted form and has no subject of its own, so it is the reader's
company that opened it. Read per language from FL309's data (``dropped_subjects``):

* a frame verb (`frames`), then within a few words its link (`links`: "que", "de que"), so
  "Vi en LinkedIn que ..." counts;
* or a comma right after the frame ("Por lo que he visto, ...", "Según leí, ...");
* then, after adverbs and time words that may come first (`fillers`: "ya", "este año") and an
  object pronoun (`objects`: "lo", "les"), the verb itself: an auxiliary or a listed verb
  (`verbs`: "han", "acaban", "tienen", "habéis") or a word with an ending of the third person
  plural, the usted preterite, or the "tú" and "vosotros" the reader is addressed with
  (`endings`: "-aron", "-ieron", "-ó", "-an", "-en", "-iste", "-ís", "-áis"), not one of the
  words with those endings that are not verbs (`not_verbs`: "cien", "también", "país").

A "se" counts only before a verb used with it (`reflexive_stems`: "se mudaron a Getafe").

Not the reader: the sender's news in the first person ("abrimos", "hemos cerrado": no listed
ending), an impersonal "se" ("se abrieron 300 tiendas": "se" is no filler or object), a
sentence with its own subject ("vi que el sector creció"), a verb of rising or falling whose
subject follows it (`postverbal_stems`: "subieron los precios"), and any dropped subject outside such
a frame ("Según el INE, abrieron 4.000 comercios").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .claim_text import _WORD, _word_regex

_LINK_WITHIN = 4  # words between the frame verb and its "que": "Vi en LinkedIn que"


class DroppedSubjectReader:
    """The dropped-subject test for one language, with its word lists compiled once."""

    def __init__(self, data: Mapping[str, Any], locale: str) -> None:
        table = (data.get("dropped_subjects") or {}).get(locale) or {}

        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).casefold() for w in table.get(key) or ())

        self.frames = _word_regex([str(w) for w in table.get("frames") or ()])
        self.links = [str(w).casefold().split() for w in table.get("links") or ()]
        self.fillers = words("fillers")
        self.objects = words("objects")
        self.reflexive = tuple(words("reflexive_stems"))
        self.verbs = words("verbs")
        self.not_verbs = words("not_verbs")
        self.endings = tuple(sorted(words("endings"), key=len, reverse=True))
        self.postverbal = tuple(words("postverbal_stems"))
        self.articles = words("articles")

    def subjects(self, text: str, start: int, end: int) -> list[int]:
        """Offsets of the verbs in ``text[start:end]`` whose dropped subject is the reader."""
        if self.frames is None or not self.links:
            return []
        found: list[int] = []
        for frame in self.frames.finditer(text, start, end):
            following = list(_WORD.finditer(text, frame.end(), end))
            if following and "," in text[frame.end() : following[0].start()]:
                at: int | None = 0  # "Por lo que he visto, han abierto ...", "Según leí, ..."
            else:
                at = self._after_link([w.group().casefold() for w in following])
            if at is None:
                continue
            while at < len(following) and following[at].group().casefold() in self.fillers | self.objects:
                at += 1
            if at + 1 < len(following) and following[at].group().casefold() == "se" \
                    and following[at + 1].group().casefold().startswith(self.reflexive):
                at += 1  # "se mudaron": moving is what the company did itself, not an impersonal "se"
            words = [w.group().casefold() for w in following[at : at + 3]]
            if words and self._is_verb(following[at].group()) and not self._subject_follows(words):
                found.append(following[at].start())
        return found

    def _subject_follows(self, words: list[str]) -> bool:
        """"subieron los precios", "han bajado los tipos": a verb of rising or falling with
        "el / la / los / las" right after it (after its participle) has its subject there."""
        if words[0] in self.verbs and len(words) > 2:
            words = words[1:]  # the participle after the auxiliary
        return len(words) > 1 and words[0].startswith(self.postverbal) and words[1] in self.articles

    def _after_link(self, words: list[str]) -> int | None:
        """Index of the first word after the frame's "que" / "de que", if it comes soon enough."""
        for index in range(min(len(words), _LINK_WITHIN + 1)):
            for link in self.links:
                if words[index : index + len(link)] == link:
                    return index + len(link)
        return None

    def _is_verb(self, word: str) -> bool:
        folded = word.casefold()
        if not word[:1].islower() or folded in self.not_verbs:
            return False  # "Vi que Juan ...": a subject of its own
        return folded in self.verbs or folded.endswith(self.endings)
