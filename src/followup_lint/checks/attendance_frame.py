"""Attendance wording that no cue names, read by its structure: frames of slots.

"It was a real pleasure having you in the room for our workshop yesterday", "Hope the meetup
was worth the train ride", "Ihr Beitrag zur Diskussion hat vielen geholfen": whatever the
words, a sentence presumes the reader was there when one clause of it fills every slot of one
frame: the reader (or a meeting they shared), an occasion (session, booth, Q&A, the room) and a
past (yesterday, was, "-ed"); or thanks and pleasure about a way of being there ("thanks for
tuning in", "glad you could make it"); or a participation predicate (listen in, chat, learn, the
questions asked) with the event or the shared time. The frames, their slots (classes of
predicates, lemma lists per language) and the ``unless`` words that keep a sentence out
(conditionals, futures, registration, the recording, "sorry we missed you", negations) are data:
``rules/data/attendance-wording.yml``. The ``unless`` words also bind the role classifier's
``attendance`` evidence, which FL301 reads as a second opinion (see attendance_phrases.py).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from ..content.cues import CueSet, parse_cue
from ..content.lemmas import LANGUAGES
from ..content.tokens import Token, tokenize
from ..resources import data_path, load_once, load_yaml
from .attendance_clauses import clauses as _clauses
from .attendance_clauses import parts as _parts
from .attendance_clauses import sender_acts
from .attendance_words import (
    Glob,
    all_forms,
    capitalised_noun,
    irregular_spec,
    owned,
    singular,
    word_pattern,
)

__all__ = ["FrameMatch", "FrameReader", "frame_reader"]

#: The frame every file has, when it names none: the reader + an occasion + the past.
_DEFAULT_FRAMES: Mapping[str, tuple[tuple[str, ...], ...]] = {"there": (("reader",), ("occasion",), ("past",))}
#: Keys of a language's section that are settings, not slots.
_SETTINGS = frozenset({"own", "ignore", "inflected", "unless", "spare", "elsewhere", "documents", "absent",
                       "irregular_past", "actions", "answers", "coordinators", "nouns_capitalised", "topics",
                       "sender_subjects"})
_LISTS = ("unless", "spare", "elsewhere", "documents", "absent", "actions", "answers", "upcoming", "later")
#: Slots matched on the words as written, not their lemmas ("stood" is not the noun "stand").
_AS_WRITTEN = frozenset({"reader", "occasion"})
#: Slots that tie a sentence to the event (or to the time of it): what the role classifier's
#: opinion needs beside it below ``classifier_alone_from`` ("Espero que te sirva" has none).
_TIES = ("occasion", "time", "presence", "past", "span", "during", "contribution", "channel", "contact", "talk",
         "journey")
#: Slots read within one part of a clause (no comma between their words), whose last word is a
#: time of the event, not a time of day after another thing ("thanks for the call this morning").
_WHOLE_THANKS = frozenset({"thanked_day"})


@dataclass(frozen=True, slots=True)
class FrameMatch:
    """The words that filled each slot (``slot -> text``), for the finding's evidence."""

    words: tuple[tuple[str, str], ...]

    def describe(self) -> str:
        return "frame " + ", ".join(f"{slot} '{text}'" for slot, text in self.words)


@dataclass(frozen=True, slots=True)
class _Language:
    slots: Mapping[str, CueSet]
    globs: Mapping[str, tuple[Glob, ...]]
    unless: CueSet
    absent: CueSet
    """Words written for the people who were not there ("we missed you", "vermisst", "vous nous
    avez manqué"): anywhere in a sentence, they keep every reading of it out."""
    spare: CueSet
    """Phrases whose words are never read as ``unless`` words ("heute Morgen", "esta mañana")."""
    elsewhere: Mapping[str, CueSet]
    """What the reader takes part in that is not an event (``elsewhere``: a survey, an email, a
    signup form; ``documents``, read for cues only: a proposal, a contract; ``actions`` and
    ``answers``: what a reader is thanked for that is not being there, a download, a booking, a
    survey answered)."""
    written: Mapping[str, CueSet]
    """Per slot (and ``unless``), the entries whose every word is an "=form": matched on the
    words as written, since a lemma table may fold a form into another word ("nos" -> "no")."""
    inflected: bool
    ignore: frozenset[str]
    own: frozenset[str]
    irregular: tuple[frozenset[str], tuple[str, ...]] | None = None
    coordinators: frozenset[str] = frozenset()
    nouns_capitalised: bool = False
    """German writes nouns with a capital: "am Stand", "die Sprachen der App" hold no past."""
    topics: frozenset[str] = frozenset()
    """Words that give an occasion its topic ("on", "zur", "sur", "sobre", "over"): an action
    named after one is what the event was about ("Webinar zur Monatsabschluss-Buchung")."""
    senders: frozenset[str] = frozenset()
    """``sender_subjects``: "we", "wir", "nous": an action beside one is the sender's ("Thanks for
    your questions in the chat, we answered the rest below"), not what the reader is thanked for."""
    """Words that join two actions ("and", "und", "et", "y", "en"): "thanks for attending and for
    answering the survey" thanks for two things, and the survey belongs to the second only."""
    """``irregular_past``: a word the lemma table reads as a form of another word is a past
    ("drew" -> "draw", "sat" -> "sit"), unless listed (``never``) or ending as a plural, a
    gerund or a comparative does (``endings``)."""


class FrameReader:
    """The frames and ``unless`` words of every language, parsed once."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._specs: dict[str, Mapping[str, Any]] = {
            lang: spec for lang, spec in (data.get("frame") or {}).items() if lang in LANGUAGES
        }
        frames = data.get("frames") or {}
        self.frames: Mapping[str, tuple[tuple[str, ...], ...]] = {
            str(name): tuple(tuple(str(part).split("|")) for part in slots) for name, slots in frames.items()
        } or _DEFAULT_FRAMES
        self.classifier_alone_from = float(data.get("classifier_alone_from", 0.0) or 0.0)
        # the frames a question is read with ("How was the trip back from the expo?")
        self.question_frames = frozenset(str(name) for name in data.get("question_frames") or ())
        self._built: dict[str, _Language] = {}

    def _language(self, lang: str) -> _Language | None:
        """The frames of ``lang``, parsed when a sentence of that language is first read: parsing
        a cue reads the language's lemma table, and a run over English templates should not
        load the German one."""
        built = self._built.get(lang)
        if built is not None or lang not in self._specs:
            return built
        spec = self._specs[lang]
        slots: dict[str, CueSet] = {}
        written: dict[str, CueSet] = {}
        globs: dict[str, tuple[Glob, ...]] = {}
        names = {slot for parts in self.frames.values() for part in parts for slot in part}
        for slot in sorted(names | {key for key in spec if key not in _SETTINGS} | set(_LISTS)):
            cues, as_written = CueSet(lang), CueSet(lang)
            patterns = []
            for entry in spec.get(slot) or ():
                text = str(entry).strip()
                glob = word_pattern(text)
                if glob is not None:
                    patterns.append(glob)
                elif text:
                    target = as_written if all_forms(text) else cues
                    target.add(parse_cue(text, lang, role=slot, origin="attendance-wording"))
            slots[slot], written[slot] = cues, as_written
            globs[slot] = tuple(patterns)
        built = self._built[lang] = _Language(
            {s: c for s, c in slots.items() if s not in _LISTS}, globs, slots["unless"], slots["absent"], slots["spare"],
            {kind: slots[kind] for kind in ("elsewhere", "documents", "actions", "answers", "upcoming", "later")},
            written, bool(spec.get("inflected")),
            frozenset(str(w).lower() for w in spec.get("ignore") or ()),
            frozenset(str(w).lower() for w in spec.get("own") or ()),
            irregular_spec(spec.get("irregular_past")),
            frozenset(str(w).lower() for w in spec.get("coordinators") or ()),
            bool(spec.get("nouns_capitalised")),
            frozenset(str(w).lower() for w in spec.get("topics") or ()),
            frozenset(str(w).lower() for w in spec.get("sender_subjects") or ()),
        )
        return built

    def languages(self) -> tuple[str, ...]:
        return tuple(self._specs)

    def unless(self, text: str, lang: str, variables: Sequence[tuple[int, int]] = ()) -> str:
        """The first ``unless`` word of ``lang`` anywhere in the sentence ("" when none): what
        keeps out the classifier's opinion, which does not say which words it rests on."""
        language = self._language(lang)
        if language is None:
            return ""
        found = _unless(language, tokenize(text, lang, variables), text)
        return found[0].text if found else ""

    def absent(self, text: str, lang: str) -> str:
        """The first word of the sentence written for someone who was not there ("" when none):
        "Am Dienstag haben wir Sie in unserer Runde vermisst" is a no-show message however much
        of it places the reader at the event."""
        language = self._language(lang)
        if language is None:
            return ""
        found = _absent(language, tokenize(text, lang), text)
        return found[0].text if found else ""

    def unless_before(self, text: str, lang: str, at: int) -> str:
        """The first ``unless`` word that starts before offset ``at``, in the parts of the
        sentence (between commas) up to the one that holds it ("" when none): the words that
        govern a cue's match ("Wir freuen uns auf Ihr Kommen am Donnerstag", "if you joined
        live, thanks"), not those after it ("the masterclass you joined is now on demand")."""
        language = self._language(lang)
        if language is None:
            return ""
        for part in _parts(tokenize(text, lang)):
            if part[0].start >= at:
                break
            found = [m for m in _unless(language, part, text) if m.start < at]
            if found:
                return found[0].text
        return ""

    def elsewhere(self, text: str, lang: str, start: int, end: int) -> str:
        """The first ``elsewhere`` word (a survey, an email, a signup form: not an event) in the
        part of the sentence that holds ``start``..``end`` ("" when none): "thanks for your
        participation in our survey" is no attendance, before or after the cue's words."""
        language = self._language(lang)
        if language is None:
            return ""
        for part in _parts(tokenize(text, lang), language.coordinators):
            if part[-1].end <= start or part[0].start >= end:
                continue
            written = [dataclasses.replace(t, lemma=t.lower) for t in part]
            found = language.elsewhere["elsewhere"].find(part, text) + language.written["elsewhere"].find(written, text)
            if found:
                return found[0].text
            # a document an occasion is about is its topic: "el taller sobre contratos"
            if any(self._fill(language, "occasion", [t for t in part if t.start < m.start], text) is None
                   for m in _documents(language, part, text)):
                return "a document"
        return ""

    def match(self, text: str, lang: str, variables: Sequence[tuple[int, int]] = (),
              events: Sequence[tuple[int, int]] = (), only: frozenset[str] | None = None) -> FrameMatch | None:
        """The slots' words when one clause of ``text`` fills every slot and no ``unless`` word
        stands in the parts of the sentence (between commas) up to the last one that holds
        them; else None. "You were in the front row for the demo, so none of this will
        surprise you": the "will" comes after. ``events`` are the spans of ``variables`` that
        name the event (``{{ webinar_title }}``): each fills the occasion slot. ``only``: the
        names of the frames to read (a question's), all when None."""
        language = self._language(lang)
        if language is None:
            return None
        tokens = tokenize(text, lang, sorted(set(variables) | set(events)))
        if _absent(language, tokens, text):
            return None  # a message for someone who was not there
        event_starts = frozenset(start for start, _ in events)
        parts = _parts(tokens, language.coordinators)
        vetoed = [bool(_unless(language, part, text)) for part in parts]
        for clause in _clauses(tokens, text):
            filled: dict[str, tuple[str, int] | None] = {}
            for name, frame in self.frames.items():
                if only is not None and name not in only:
                    continue
                words: list[tuple[str, str]] = []
                starts: list[int] = []
                for choices in frame:
                    found = None
                    for slot in choices:
                        if slot not in filled:
                            filled[slot] = self._fill(language, slot, clause, text, event_starts)
                        found = filled[slot]
                        if found is not None:
                            words.append((slot, found[0]))
                            starts.append(found[1])
                            break
                    if found is None:
                        break
                else:
                    # words before the frame may govern it ("If you stayed for the panel, thank
                    # you"; "Si quieres, te paso la demo"), words after it usually do not
                    last = max(i for i, p in enumerate(parts) if any(p[0].start <= at <= p[-1].end for at in starts))
                    if any(vetoed[: last + 1]):
                        continue
                    # with no occasion named, a document says what the time was for ("thanks
                    # for taking the time to read the proposal"); a day thanked for is the occasion
                    if all("occasion" not in choices and not _WHOLE_THANKS & set(choices) for choices in frame) and any(
                            _documents(language, part, text) for part in parts[: last + 1]):
                        continue
                    return FrameMatch(tuple(words))
        return None

    def ties_to_event(self, text: str, lang: str, events: Sequence[tuple[int, int]] = ()) -> bool:
        """Whether the sentence names the event, its time, a way of being there or a past (a
        slot of ``_TIES``), or holds a variable that names the event: what a low-probability
        opinion of the role classifier needs beside it. A language without frames says yes."""
        language = self._language(lang)
        if language is None or events:
            return True
        tokens = tokenize(text, lang)
        return any(self._fill(language, slot, tokens, text) is not None for slot in _TIES)

    def thanked_for_other(self, text: str, lang: str) -> str:
        """What the sentence thanks the reader for when it is another action than being there
        ("" when none); see :meth:`thanked_for_other_in`."""
        return self.thanked_for_other_in(text, lang)[0]

    def upcoming_after(self, text: str, lang: str, end: int) -> str:
        """An ``upcoming`` word right before an occasion, or a ``later`` time, after offset
        ``end`` in the part of the sentence (between commas) that holds it ("" when none):
        "gracias por acompañarnos en el próximo taller", "thanks for making time for us next
        week" thank in advance for a coming session."""
        language = self._language(lang)
        if language is None:
            return ""
        for part in _parts(tokenize(text, lang), language.coordinators):
            if not part[0].start <= end <= part[-1].end:
                continue
            after = [t for t in part if t.start >= end]
            written = [dataclasses.replace(t, lemma=t.lower) for t in after]
            later = language.elsewhere["later"].find(after, text) + language.written["later"].find(written, text)
            if later:
                return later[0].text  # "next week", "demain"
            for m in language.elsewhere["upcoming"].find(after, text) + language.written["upcoming"].find(written, text):
                following = [t for t in after if t.start >= m.end][:3]
                if following and self._fill(language, "occasion", following, text) is not None:
                    return m.text
        return ""

    def upcoming_within(self, text: str, lang: str, start: int, end: int) -> str:
        """A ``later`` time, or an ``upcoming`` word before an occasion, inside a cue's words
        (``start``..``end``; "" when none): "dass Sie sich nächste Woche Zeit für die Vorführung
        nehmen", "dat je volgende week tijd vrijmaakt" plan it, whatever the verb's lemma. A
        ``spare`` phrase is no coming time ("heute Morgen" is not "morgen")."""
        language = self._language(lang)
        if language is None:
            return ""
        tokens = tokenize(text, lang)
        inside = [t for t in tokens if start <= t.start < end]
        if not inside:
            return ""
        written = [dataclasses.replace(t, lemma=t.lower) for t in inside]
        spared = language.spare.find(tokens, text) + language.written["spare"].find(
            [dataclasses.replace(t, lemma=t.lower) for t in tokens], text)
        found = language.elsewhere["later"].find(inside, text) + language.written["later"].find(written, text)
        for m in language.elsewhere["upcoming"].find(inside, text) + language.written["upcoming"].find(written, text):
            following = [t for t in tokens if t.start >= m.end][:3]
            if following and self._fill(language, "occasion", following, text) is not None:
                found.append(m)
        return next((m.text for m in sorted(found, key=lambda m: m.start)
                     if not any(s.start <= m.start < s.end for s in spared)), "")

    def thanked_for_other_in(self, text: str, lang: str) -> tuple[str, int, int]:
        """What the sentence thanks the reader for when it is another action than being there
        ("" when none): "Merci d'avoir téléchargé notre guide", "Danke für Ihre Antworten in der
        Umfrage", "Gracias por reservar una cita". Read in the part of a clause (between its
        ``coordinators``) that holds the thanks, after it, with no way of being there in that
        part: "thanks for downloading the guide and for joining us" also thanks for being there,
        which the frames read. ``answers`` (a survey answered, a form filled in) count only where
        the part names no occasion: "gracias por responder a la encuesta durante la sesión" is
        something done at the event. The role classifier's opinion does not count for such a sentence:
        it weighs the thanks formula, not what the thanks is for."""
        language = self._language(lang)
        if language is None:
            return "", -1, -1
        for clause in _clauses(tokenize(text, lang), text):
            for part in _parts(clause, language.coordinators, commas=False):
                thanks = self._fill(language, "thanks", part, text)
                if thanks is None:
                    continue
                presence = self._fill(language, "presence", part, text)
                if presence is not None and not self._spans_time(language, part, presence, text):
                    continue  # also thanks for being there ("the time you took" says what for after it)
                # an answer or a rating may be given at the event ("durante la sesión"), and an
                # event may be about a document ("el taller sobre contratos")
                named = any(self._fill(language, slot, part, text) for slot in ("occasion", *_WHOLE_THANKS))
                kinds = ("actions",) if named else (
                    "actions", "answers", "documents")
                after = [t for t in part if t.start > thanks[1]]
                written = [dataclasses.replace(t, lemma=t.lower) for t in after]
                found = [m for kind in kinds for m in language.elsewhere[kind].find(after, text)
                         + language.written[kind].find(written, text)
                         if not self._time_object(language, after, m.end, text)
                         if not self._time_object(language, after, m.end, text)
                         and not self._topic(language, part, m.start, text)
                         and not sender_acts(language.senders, after, m.start, m.end)]
                if found:
                    return min(found, key=lambda m: m.start).text, part[0].start, part[-1].end
        return "", -1, -1

    def _spans_time(self, language: _Language, part: Sequence[Token], found: tuple[str, int], text: str) -> bool:
        """Whether a ``presence`` fill is time given ("de tijd nam", "eine Stunde genommen"): a
        ``span`` word inside it. What the time was for comes after it ("om je aan te melden")."""
        inside = [t for t in part if found[1] <= t.start < found[1] + len(found[0])]
        return bool(inside) and self._fill(language, "span", inside, text) is not None

    def _topic(self, language: _Language, part: Sequence[Token], at: int, text: str) -> bool:
        """Whether the word at offset ``at`` is the topic of an occasion named just before it:
        an occasion, then a ``topics`` word, then it ("die Zeit für unser Webinar zur
        Monatsabschluss-Buchung genommen", "making time for our session on booking rules")."""
        before = [t for t in part if t.end <= at and t.kind == "word"][-6:]
        for index in range(len(before) - 1, -1, -1):
            if before[index].lower in language.topics:
                lead = [t for t in part if t.end <= before[index].start][-4:]
                return bool(lead) and self._fill(language, "occasion", lead, text) is not None
        return False

    def _time_object(self, language: _Language, after: Sequence[Token], end: int, text: str) -> bool:
        """Whether the words right after an ``actions`` entry ending at ``end`` are a stretch of
        time ("reservar la tarde", "réserver une heure"): time given, not a booking."""
        following = [t for t in after if t.start >= end][:3]
        return bool(following) and self._fill(language, "span", following, text) is not None

    def action_in(self, text: str, lang: str, start: int, end: int) -> str:
        """An ``actions`` entry that overlaps ``start``..``end`` (a cue's words): "Merci d'avoir
        pris rendez-vous" is thanks for an appointment, though "merci d'avoir pris" begins like
        "merci d'avoir pris part" ("" when none)."""
        language = self._language(lang)
        if language is None:
            return ""
        tokens = tokenize(text, lang)
        written = [dataclasses.replace(t, lemma=t.lower) for t in tokens]
        found = language.elsewhere["actions"].find(tokens, text) + language.written["actions"].find(written, text)
        return next((m.text for m in found if m.start < end and start < m.end), "")

    def _fill(self, language: _Language, slot: str, clause: Sequence[Token], text: str,
              events: frozenset[int] = frozenset()) -> tuple[str, int] | None:
        """The words of ``clause`` that fill ``slot``, and where they start; None when none do."""
        if slot == "occasion":
            named = next((t for t in clause if t.kind == "var" and t.start in events), None)
            if named is not None:
                return named.text, named.start
        # as written, a plural is read as its singular too ("Webinars": the cue index looks a
        # word up by its form and lemma only)
        written = [dataclasses.replace(t, lemma=singular(t.lower)) for t in clause]
        usable = written if slot in _AS_WRITTEN else list(clause)
        rest = usable
        if slot not in language.slots:
            return None
        while rest:
            matches = sorted(language.slots[slot].find(rest, text) + language.written[slot].find(
                [t for t in written if t.start >= rest[0].start], text), key=lambda m: m.start)
            if not matches:
                break
            found = matches[0]
            if slot == "past" and language.nouns_capitalised and capitalised_noun(clause, found.start, text):
                rest = [t for t in rest if t.start >= found.end]  # "am Stand": a noun, not "stand"
                continue
            if slot == "occasion" and owned(usable, found.start, language.own):
                # "your talk", "Ihr Vortrag": the reader's own, not one they attended; look on
                rest = [t for t in rest if t.start >= found.end]
                continue
            if slot in _WHOLE_THANKS and not self._whole_thanks(language, clause, found.start, found.end, text):
                rest = [t for t in rest if t.start > found.start]  # "merci pour la réponse, bonne journée"
                continue
            return found.text, found.start
        for token in clause:
            if token.kind != "word" or token.lower in language.ignore:
                continue
            if slot == "past" and language.nouns_capitalised and capitalised_noun(clause, token.start, text):
                continue
            if slot == "past" and _irregular_past(language, token):
                return token.text, token.start
            for glob in language.globs[slot]:
                # where the lemma table knows forms, a past "*" word must be a form of another word
                inflected = slot == "past" and language.inflected
                if glob.fits(token) and (not inflected or token.lemma != token.lower):
                    if slot == "occasion" and owned(usable, token.start, language.own):
                        break  # "Ihr Fachvortrag": the reader's own
                    return token.text, token.start
        return None


    def _whole_thanks(self, language: _Language, clause: Sequence[Token], start: int, end: int, text: str) -> bool:
        """A thanks for a stretch of the event: in one part of the clause, and not closed by a time
        of day ("for the call this morning", "für den Anruf heute Nachmittag")."""
        inside = [t for t in clause if start <= t.start < end]
        if any(t.kind == "punct" and t.text in ",()" for t in inside):
            return False
        words = [t for t in inside if t.kind == "word"]
        if len(words) < 3 or self._fill(language, "time", words[-2:], text) is None:
            return True
        return self._fill(language, "day_preposition", words[-3:-2], text) is not None  # "for this afternoon"


def _irregular_past(language: _Language, token: Token) -> bool:
    if language.irregular is None or len(token.lower) < 3 or token.lemma == token.lower or not token.lower.isalpha():
        return False
    never, endings = language.irregular
    return token.lower not in never and not token.lower.endswith(endings)


def _unless(language: _Language, tokens: Sequence[Token], text: str) -> list[Any]:
    """The ``unless`` entries found in ``tokens``: lemma entries on the tokens, "=form"
    entries on the words as written; the words of a ``spare`` phrase are left out."""
    written = [dataclasses.replace(t, lemma=t.lower) for t in tokens]
    spare = language.spare.find(tokens, text) + language.written["spare"].find(written, text)
    if spare:
        tokens = [t for t in tokens if not any(m.start <= t.start < m.end for m in spare)]
        written = [dataclasses.replace(t, lemma=t.lower) for t in tokens]
    found: list[Any] = language.unless.find(tokens, text) + language.written["unless"].find(written, text)
    found += language.elsewhere["elsewhere"].find(tokens, text) + language.written["elsewhere"].find(written, text)
    found.extend(t for t in tokens if t.kind == "word" and any(g.fits(t) for g in language.globs["unless"]))
    return found


def _absent(language: _Language, tokens: Sequence[Token], text: str) -> list[Any]:
    written = [dataclasses.replace(t, lemma=t.lower) for t in tokens]
    return language.absent.find(tokens, text) + language.written["absent"].find(written, text)


def _documents(language: _Language, tokens: Sequence[Token], text: str) -> list[Any]:
    written = [dataclasses.replace(t, lemma=t.lower) for t in tokens]
    return language.elsewhere["documents"].find(tokens, text) + language.written["documents"].find(written, text)


@load_once
def frame_reader() -> FrameReader:
    """The built-in frames (``rules/data/attendance-wording.yml``), read once per process."""
    text = data_path("attendance-wording.yml").read_text(encoding="utf-8")
    return FrameReader(load_yaml(text) or {})
