"""Which words date a relative time phrase (FL308, checks/timing.py): its clause, the piece of
it that says something of its own, and the clause of its own inside that.

"Thanks for joining yesterday" is about the event; "In Tuesday's webinar I mentioned the report we
released last week" dates the report, "the numbers from last month" the numbers. The phrase
lists are the rule's data (``rules/FL3-personalization.yml``, FL308): `clause_subjects`,
`clause_relatives`, `dating_prepositions`, `dated_heads`.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

__all__ = ["ClauseScope", "alternation", "applies", "clause", "own_span", "phrase_pattern"]

_SENTENCE_END = re.compile(r"[.!?\n]")


def phrase_pattern(phrase: str) -> str:
    return r"(?<!\w)" + re.escape(phrase).replace(r"\ ", r"\s+").replace("'", "['\u2019]") + r"(?!\w)"


def applies(entry: str, locale: str) -> str | None:
    """"fr:hier" applies only to French templates ("hier" is "here" in German and Dutch)."""
    entry = str(entry).strip()
    if re.match(r"^[a-z]{2}:", entry):
        return entry[3:].strip() if entry[:2] == locale else None
    return entry


def alternation(entries: Any, locale: str) -> re.Pattern[str] | None:
    """One pattern for a cue list: entries for another locale ("es:taller") left out, and a "*"
    standing for any letters ("*webinar" is "Kundenwebinar" too)."""
    cues = [c for c in (applies(e, locale) for e in entries or ()) if c]
    return re.compile("|".join(_cue_pattern(c) for c in cues), re.I) if cues else None


def _cue_pattern(cue: str) -> str:
    if cue.endswith("'"):  # an elided word: "qu'il", "qu'elle"
        return phrase_pattern(cue)[: -len("(?!\\w)")]
    if "*" not in cue:
        return phrase_pattern(cue)
    return r"(?<!\w)" + r"\w*".join(re.escape(part) for part in cue.split("*")) + r"(?!\w)"


# a clause ends at ; : a dash, or a comma before a conjunction or relative word
_CLAUSE_END = re.compile(
    r"[;:\u2014\u2013]|\s-\s|,\s+(?=(?:and|but|so|which|while|whereas|und|aber|sondern|et|mais|donc|y|pero|en|maar|dus)\b)",
    re.I,
)


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence around ``text[start:end]``: (start, end) offsets."""
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        begin = match.end()
    stop_match = _SENTENCE_END.search(text, end)
    stop = stop_match.start() if stop_match else len(text)
    clause_begin, clause_end = begin, stop
    for match in _CLAUSE_END.finditer(text, begin, stop):
        if match.end() <= start:
            clause_begin = match.end()
        elif match.start() >= end:
            clause_end = match.start()
            break
    return clause_begin, clause_end


# a comma with a space after it parts a clause into pieces ("As we said in the session, | prices
# rose last month"); a number such as "1,200" keeps its comma
_PIECE_END = re.compile(r",\s")
#: words besides the time phrase that make its piece a statement of its own, not an aside
_OWN_STATEMENT_WORDS = 3


def own_span(text: str, clause_start: int, clause_end: int, start: int, end: int) -> tuple[int, int]:
    """The part of the clause whose cues date ``text[start:end]``: the comma-separated piece
    around it when that piece says something of its own ("As we discussed in the session,
    carrier tariffs went up last month": the tariffs, not the session, are dated), else the
    whole clause ("It was good to see you at the booth, last Tuesday"); (start, end) offsets."""
    piece_start, piece_end = clause_start, clause_end
    for match in _PIECE_END.finditer(text, clause_start, clause_end):
        if match.end() <= start:
            piece_start = match.end()
        elif match.start() >= end:
            piece_end = match.start()
            break
    if (piece_start, piece_end) == (clause_start, clause_end):
        return clause_start, clause_end
    others = len(re.findall(r"\w+", text[piece_start:start])) + len(re.findall(r"\w+", text[end:piece_end]))
    return (piece_start, piece_end) if others >= _OWN_STATEMENT_WORDS else (clause_start, clause_end)


class ClauseScope:
    """The clause of its own a time phrase sits in, for one locale."""

    def __init__(self, data: Mapping[str, Any], locale: str, cues: tuple[re.Pattern[str] | None, ...]) -> None:
        subjects = list(data.get("clause_subjects") or ())
        self.subjects = alternation(subjects, locale)
        self.openers = alternation(subjects + list(data.get("clause_relatives") or ()), locale)
        self.dating = alternation(data.get("dating_prepositions"), locale)
        heads = data.get("dated_heads") or {}

        def words(key: str) -> list[str]:
            return [w.casefold() for w in (applies(e, locale) for e in heads.get(key) or ()) if w]

        self.participles = frozenset(words("participles"))
        self.participle_endings = tuple(words("endings"))
        self.not_after = frozenset(words("not_after"))
        self.past_forms = frozenset(words("past_forms"))
        # a pronoun that opens a clause only before a past verb: "the roles you posted last month"
        self.verb_subjects = alternation(data.get("clause_subjects_before_verb"), locale)
        self.cues = cues  # the event cues: a participle that is one ("joined") dates the event

    def inner_clause(self, text: str, part_start: int, part_end: int, start: int, end: int) -> tuple[int, int]:
        """The clause of its own that ``text[start:end]`` sits in within the part: from the last
        subject pronoun or relative word before it (with the noun it follows: "the benchmark
        we ran last month", "la guía que publicamos el mes pasado"), or from the noun it
        qualifies right before it ("the numbers from last month", "the changes announced last
        week"), to the next subject pronoun after it; the whole part when nothing opens one.
        Cues outside it date other things."""
        begin = part_start
        opener, step_back = self._last_opener(text, part_start, start)
        if opener is not None:
            begin = opener
            while step_back:  # step back over "that we", "que nous", ", den wir" to the noun before them
                before = _WORD_BEFORE.search(text, part_start, begin)
                if before is None:
                    break
                begin = before.start(1)
                if self.openers is None or self.openers.match(text, begin) is None:
                    begin = self._noun_before(text, part_start, begin)
                    break
        head = self._dated_head(text, part_start, start, end)
        if head is not None:
            begin = max(begin, head)
        stop = part_end
        if self.subjects is not None:
            after = self.subjects.search(text, end, part_end)
            stop = after.start() if after is not None else part_end
        return begin, stop

    def _noun_before(self, text: str, part_start: int, begin: int) -> int:
        """``begin`` moved back over one more word of the noun before a clause ("the open day we
        hosted", "la table ronde que nous avons animée"): none across punctuation, an
        auxiliary or a pronoun."""
        before = _WORD_BEFORE.search(text, part_start, begin)
        if before is None or text[before.end(1):begin].strip() or before.group(1).casefold() in self.not_after:
            return begin
        return before.start(1)

    def _last_opener(self, text: str, part_start: int, start: int) -> tuple[int | None, bool]:
        """Where the last subject pronoun or relative word before ``start`` starts, and whether
        the noun before it belongs to the clause; a pronoun of `clause_subjects_before_verb`
        counts only before a past verb, and opens the clause itself ("I saw you posted 12 roles
        last month"; not "great chatting with you yesterday")."""
        found, step_back = None, True
        for match in self.openers.finditer(text, part_start, start) if self.openers is not None else ():
            found = match.start()
        for match in self.verb_subjects.finditer(text, part_start, start) if self.verb_subjects is not None else ():
            after = _WORD_AFTER.match(text, match.end(), start)
            if after is not None and self._past_verb(after.group(1)) and (found is None or match.start() > found):
                found, step_back = match.start(), False
        return found, step_back

    def _past_verb(self, word: str) -> bool:
        folded = word.casefold()
        return folded in self.past_forms or folded in self.participles or (
            folded.endswith("ed") and len(folded) > 4)

    def _dated_head(self, text: str, part_start: int, start: int, end: int) -> int | None:
        """Where the noun starts that the time phrase qualifies from right after it: after a
        dating preposition ("the numbers from last month", "die Zahlen vom letzten Monat"; not
        "of last week's webinar") or a participle that is no cue ("the changes announced last
        week", "l'étude parue le mois dernier", "el estudio publicado el mes pasado"; not after
        an auxiliary or a pronoun: "the webinar was held last week")."""
        before = _WORD_BEFORE.search(text, part_start, start)
        if before is None:
            return None
        word = before.group(1)
        if self.dating is not None and self.dating.fullmatch(word):
            if _POSSESSIVE.match(text, end):
                return None  # "the recording of last week's webinar": the webinar is dated
        elif not self._participle(word):
            return None
        head = None
        stop = before.start(1)
        for _ in range(_HEAD_WORDS):  # the noun and a word before it: "algemene ledenvergadering van gisteren"
            noun = _WORD_BEFORE.search(text, part_start, stop)
            if noun is None or noun.group(1).casefold() in self.not_after:
                break
            head = stop = noun.start(1)
        return head

    def _participle(self, word: str) -> bool:
        folded = word.casefold()
        if folded in self.participles:
            return True
        if not any(folded.endswith(ending) and len(folded) > len(ending) + 3 for ending in self.participle_endings):
            return False
        return not any(p is not None and p.fullmatch(word) for p in self.cues)


#: the first word after a position
_WORD_AFTER = re.compile(r"\s+([^\W\d][\w'\u2019-]*)")
#: how many words before a dating preposition or a participle make the noun it dates
_HEAD_WORDS = 2
#: a possessive right after a time phrase: "last week's webinar"
_POSSESSIVE = re.compile(r"['\u2019]s?(?!\w)")
#: the last word before a position (the text up to it ends with the word and non-word characters)
_WORD_BEFORE = re.compile(r"(?:^|(?<=\W))([^\W\d][\w'\u2019-]*)[\W]*\Z")
