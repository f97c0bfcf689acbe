"""FL301's recall-oriented second reading: talk about the past event that places the reader there.

The cues, the role classifier and the frames (attendance_phrases.py, attendance_frame.py) read
attendance wording they know. This reading is the careful reviewer's: a sentence that talks
about the event (an event word, or a variable naming it) and puts the reader in it presumes
attendance, whatever the verb. The reader is put in it when they are the subject of a past verb
("the way you pushed back in the Q&A"), the event's object ("the panel gave you plenty to think
about"), the owner of a part of it ("your vote in the live poll"), the audience of a promise made
there ("as promised during the session") or of a hope about how it went ("hopefully the talk
answered..."), or the one the sender was glad to see there ("great seeing you at the summit").
In a template that names the event elsewhere, "it", "today" and "as you saw" point back to it;
in any template, the reader's memory of a moment of it ("you'll recall the chart <speaker> put
up near the end", "as you heard from <person>") places them there (attendance_recall.py).
A ``safe`` word in the part of the sentence that holds those words, or in a part before it,
keeps the sentence out: a conditional, registration, interest, the recording offered instead, a
future or invitation, absence, a negation, someone else, an email (conditionals, futures and
negations only when they come before those words). The words are data:
``rules/data/attendance-event-talk.yml``, read by attendance_event_words.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from ..content.tokens import Token, tokenize
from ..resources import data_path, load_once, load_once_per_key, load_yaml
from .attendance_event_words import GRAMMATICAL, SAFE_KINDS, Language, glob_fits, parse_language
from .attendance_recall import recall_placements, recalls

__all__ = ["EventTalk", "EventTalkReader", "event_talk_reader"]

_PART_BREAKS = frozenset(",;:—–")
#: Readings whose first two tokens enclose the reader's auxiliary ("you'll ... remember").
_AUXILIARY_READINGS = frozenset({"remembered", "heard"})


@dataclass(frozen=True, slots=True)
class EventTalk:
    """How a sentence placed the reader at the event: the reading and the words."""

    reading: str  # did, reached, contributed, recalled, hoped, witnessed, met, remembered, heard, shown
    reader: str  # the words that placed the reader there
    event: str  # the event word or variable

    def describe(self) -> str:
        return f"event talk ({self.reading}) '{self.reader}' about '{self.event}'"


class EventTalkReader:
    """The event-talk words of every language, parsed on first use of a language."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._specs = dict((data.get("languages") or {}).items())
        self._language = load_once_per_key(self._parse)

    def _parse(self, lang: str) -> Language | None:
        return parse_language(lang, self._specs[lang]) if lang in self._specs else None

    def languages(self) -> tuple[str, ...]:
        return tuple(self._specs)

    def names_event(self, text: str, lang: str) -> bool:
        """Whether ``text`` has an event word: a template with one talks about an event, and its
        other sentences may name it only as "it" or "today" (see ``read``'s ``context``)."""
        language = self._language(lang)
        if language is None:
            return False
        tokens = tokenize(text, lang)
        return any(language.events.at(tokens, i) for i in range(len(tokens)))

    def read(self, text: str, lang: str, events: Sequence[tuple[int, int]] = (),
             context: bool = False) -> EventTalk | None:
        """How ``text`` places the reader at the past event, or None. ``events`` are the spans
        (in ``text``) of variables that name the event. With ``context`` (the template talks
        about an event elsewhere), "it", "today" or "this morning" stand for the event in a
        hope or the pleasure of seeing the reader ("hope you got something out of it", "great
        to see you today"), and "as you saw" refers to it."""
        language = self._language(lang)
        if language is None:
            return None
        tokens = tokenize(text, lang, sorted(set(events)))
        event_starts = frozenset(start for start, _ in events)
        parts = _parts(tokens, text)
        part_of = {id(t): n for n, part in enumerate(parts) for t in part}
        asides = _asides(tokens, text)
        anchors = [i for i in _anchors(language, tokens, event_starts) if i not in asides]
        near = [i for i in range(len(tokens)) if i not in asides and (
            language.live_channels.at(tokens, i) or language.presence.at(tokens, i, lemma=False)
            or (context and language.deixis.at(tokens, i, lemma=False)))]
        recall = recalls(language, tokens)
        if not anchors and not near and not context and not recall:
            return None
        safe_parts: list[list[tuple[int, bool, str]]] = []  # read on the first placement only
        for found, used in _placements(language, tokens, parts, anchors, near, context, recall):
            if not safe_parts:
                safe_parts = [_safe_in(language, part) for part in parts]
            last = max(part_of[id(t)] for t in used)
            end = max(t.end for t in used)
            # the memory's own auxiliary is no future: "you'll no doubt remember", "as you'll have seen"
            aux = (used[0].start, used[1].start) if found.reading in _AUXILIARY_READINGS else (0, 0)

            def counts(at: int, kind: str) -> bool:
                return at >= 0 and not (kind == "future" and aux[0] < at < aux[1])
            if any(counts(at, kind) for found_in in safe_parts[:last] for at, _, kind in found_in) or any(
                    counts(at, kind) and (at < end or not grammatical) for at, grammatical, kind in safe_parts[last]):
                continue
            return found
        return None


def _parts(tokens: Sequence[Token], text: str) -> list[list[Token]]:
    parts: list[list[Token]] = [[]]
    for token in tokens:
        if token.kind == "punct" and (token.text in _PART_BREAKS or _spaced_dash(token, text)):
            parts.append([])
        parts[-1].append(token)
    return [p for p in parts if p]


def _spaced_dash(token: Token, text: str) -> bool:
    return token.text == "-" and 0 < token.start and token.end < len(text) and \
        text[token.start - 1].isspace() and text[token.end].isspace()


def _asides(tokens: Sequence[Token], text: str) -> frozenset[int]:
    """Indexes of tokens between two dashes or in brackets: "the two points you raised - the
    interface and the training - are in the quote" names no event."""
    found: set[int] = set()
    opened: int | None = None
    for i, token in enumerate(tokens):
        if token.kind != "punct":
            continue
        if token.text in "—–" or _spaced_dash(token, text) or token.text in "()":
            if opened is None and token.text != ")":
                opened = i
            elif opened is not None:
                found.update(range(opened + 1, i))
                opened = None
    return frozenset(found)


def _anchors(language: Language, tokens: Sequence[Token], event_starts: frozenset[int]) -> list[int]:
    """Indexes of the event words and event variables, skipping the reader's own ("your talk")."""
    found = []
    for i, token in enumerate(tokens):
        if token.kind == "var":
            if token.start in event_starts:
                found.append(i)
            continue
        if not language.events.at(tokens, i):
            continue
        before = [t for t in tokens[max(0, i - 2): i] if t.kind == "word"]
        if before and language.is_reader(language.possessive, tokens, tokens.index(before[-1])) and \
                not language.subject.at(tokens, tokens.index(before[-1]), lemma=False):
            continue  # "your talk", "Ihr Vortrag": theirs, not ours
        found.append(i)
    return found


def _safe_in(language: Language, part: Sequence[Token]) -> list[tuple[int, bool, str]]:
    """Where the safe words of ``part`` start, each with whether it is grammatical (a
    conditional, a future, a negation: these govern only the words after them, so "you asked
    during the demo whether..." keeps its placement), skipping spared phrases ("heute Morgen")."""
    spared: set[int] = set()
    for i in range(len(part)):
        n = language.spare.at(part, i)
        spared.update(range(i, i + n))
    found = []
    for i in range(len(part)):
        if i in spared:
            continue
        kind = next((kind for kind in SAFE_KINDS if language.safe[kind].at(part, i)), None)
        if kind is not None:
            found.append((part[i].start, kind in GRAMMATICAL, kind))
    return found or [(-1, False, "")]


def _placements(language: Language, tokens: Sequence[Token], parts: Sequence[Sequence[Token]],
                anchors: Sequence[int], near: Sequence[int], context: bool,
                recall: bool = False) -> Iterable[tuple[EventTalk, list[Token]]]:
    """Every way the sentence places the reader at the event, with the tokens it rests on.
    ``near`` are the live channels ("in the chat"), the words of being with us ("parmi nous")
    and, with ``context``, the words that point back to the event ("it", "today"): no event
    named, but the reader's past act in the chat, the pleasure of having them with us, a hope
    about "it" tell of one."""
    has_past = any(language.is_past(t) for t in tokens)
    index = {id(t): i for i, t in enumerate(tokens)}
    if recall:  # the reader's memory of a moment of it: attendance_recall.py
        for part in parts:
            for reading, words, used in recall_placements(language, tokens, part, anchors):
                yield EventTalk(reading, words, tokens[anchors[0]].text if anchors else "the event"), used
    if not anchors:
        channels = [i for i in near if language.live_channels.at(tokens, i)]
        for part in parts:
            if channels:
                yield from _did(language, part, tokens[channels[0]])
                yield from _contributed(language, part, tokens, channels, tokens[channels[0]], has_past, index)
            here = [tokens[i] for i in near if any(tokens[i] is t for t in part) and not language.live_channels.at(tokens, i)]
            if here:
                yield from _met(language, part, here[0], tokens)
            pointer = next((tokens[i] for i in near if language.deixis.at(tokens, i, lemma=False)), None)
            if pointer is not None:
                yield from _hoped(language, part, tokens, pointer)
            if context:
                yield from _witnessed(language, part)
        return
    event = tokens[anchors[0]]
    for part in parts:
        part_anchor = next((tokens[a] for a in anchors if any(tokens[a] is t for t in part)), None)
        if part_anchor is not None:
            yield from _did(language, part, part_anchor)
            yield from _reached(language, part, part_anchor, index, tokens)
            yield from _recalled(language, part, part_anchor)
            yield from _met(language, part, part_anchor, tokens)
        yield from _contributed(language, part, tokens, anchors, event, has_past, index)
        yield from _hoped(language, part, tokens, event)


def _did(language: Language, part: Sequence[Token], event: Token) -> Iterable[tuple[EventTalk, list[Token]]]:
    """The reader as the subject of a past verb, in the part that names the event: "you pushed
    back in the Q&A", "Sie haben ... gefragt"; not when the event only comes in what they said
    ("Nos escribiste que te interesaba el taller": a `subordinators` word between)."""
    for i, token in enumerate(part):
        if token.kind == "word" and token.lower not in language.past_ignore and any(
                token.lower == s or glob_fits(s, token.lower) for s in language.second_person_past):
            if not _reported(language, part, token, event):
                yield EventTalk("did", token.text, event.text), [token, event]
            continue
        if not language.is_reader(language.subject, part, i):
            continue
        if i and language.prepositions.at(part, i - 1, lemma=False):
            continue  # "pour vous", "voor je": the reader as an object
        nxt = _next_word(part, i)
        if nxt is not None and (language.contributions.at(part, nxt) or language.safe["others"].at(part, nxt)):
            continue  # "je vraag", "je collega": a possessive, not the reader acting
        end = len(part) if language.verb_last else min(len(part), i + language.window + 2)
        for j in range(i + 1, end):
            if language.senders.at(part, j, lemma=False):
                break
            if language.is_past(part[j]):
                if not _reported(language, part, part[j], event):
                    yield EventTalk("did", f"{token.text} … {part[j].text}", event.text), [token, part[j], event]
                break


def _reported(language: Language, part: Sequence[Token], verb: Token, event: Token) -> bool:
    """Whether ``event`` comes after ``verb`` behind a subordinator: what the reader said or
    wrote about it, not what they did there."""
    return event.start > verb.start and any(
        verb.start < t.start < event.start and language.subordinators.at(part, n, lemma=False)
        for n, t in enumerate(part))


def _reached(language: Language, part: Sequence[Token], anchor: Token, index: Mapping[int, int],
             tokens: Sequence[Token]) -> Iterable[tuple[EventTalk, list[Token]]]:
    """The event as the subject of a past verb with the reader as its object: "the panel gave you"."""
    start = next(i for i, t in enumerate(part) if t is anchor)
    if any(language.senders.at(part, n, lemma=False) for n in range(start)):
        return  # "we summed up the talk for you": the event is our object, not the subject
    past = None
    for j in range(start + 1, len(part)):
        if language.senders.at(part, j, lemma=False):
            return
        if past is None and language.is_past(part[j]):
            past = part[j]
        if language.is_reader(language.object, part, j):
            nxt = _next_word(part, j)
            if nxt is not None and language.contributions.at(part, nxt):
                continue
            after = next((t for t in part[j + 1:] if language.is_past(t)), None) if language.verb_last or \
                language.lang in ("es", "fr") else None
            verb = past or after
            if verb is not None:
                yield EventTalk("reached", f"{verb.text} … {part[j].text}", anchor.text), [anchor, verb, part[j]]
            return


def _contributed(language: Language, part: Sequence[Token], tokens: Sequence[Token], anchors: Sequence[int],
                 event: Token, has_past: bool, index: Mapping[int, int]) -> Iterable[tuple[EventTalk, list[Token]]]:
    """The reader's own part in it: "your vote in the live poll", "Ihre Frage im Webinar", "your
    improvised demo during the workshop", "thanks for all the questions in the chat"; or a talk
    they shared: "nos échanges lors du petit-déjeuner"."""
    for i, token in enumerate(part):
        own = language.is_reader(language.possessive, part, i)
        shared = not own and bool(language.shared.at(part, i, lemma=False))
        thanked = not own and not shared and bool(language.pleasure.at(part, i))
        if not (own or shared or thanked):
            continue
        reach = 5 if thanked else 3
        for k in range(i + 1, min(len(part), i + reach + 1)):
            if part[k].kind != "word" or language.safe["others"].at(part, k):
                break
            noun = part[k]
            kind = ("talk" if language.talks.at(part, k) else "") if shared else (
                "attendance" if language.attendance_nouns.at(part, k) else
                "contribution" if language.contributions.at(part, k) else "")
            if thanked and kind != "contribution":
                continue
            thanked_own = own and any(language.pleasure.at(part, n) for n in range(i))
            if not kind and not thanked_own and (k > i + 1 or language.subject.at(part, i, lemma=False) or shared):
                continue  # any noun only right after a possessive that is no subject ("your demo", not "je de")
            at = index[id(noun)]
            # the event or a channel after a locative, within a few words: "in the chat"; with
            # no past in the sentence (thanks say it happened) only "during" says so ("bring your
            # questions to the workshop", "plan your visit to our booth": invitations)
            happened = has_past or any(language.pleasure.at(tokens, n) for n in range(index[id(token)] + 1))
            for j in range(at + 1, min(len(tokens), at + 13)):
                during = language.during.at(tokens, j, lemma=False)
                if not during and not (kind and happened and language.locatives.at(tokens, j, lemma=False)):
                    continue
                where = _where(language, tokens, j + 1, anchors, channels=bool(kind))
                if where is not None:
                    yield EventTalk("contributed", f"{token.text} … {noun.text}", where.text), [token, where]
                    return
            if kind == "contribution" and has_past:
                # the past may be anywhere: every safe word of the part governs ("your questions
                # for the Q&A can be sent in advance")
                yield EventTalk("contributed", f"{token.text} … {noun.text}", event.text), [token, noun, part[-1]]
                return
            if kind:
                break


def _where(language: Language, tokens: Sequence[Token], start: int, anchors: Sequence[int],
           channels: bool = True) -> Token | None:
    for j in range(start, min(len(tokens), start + 5)):
        if j in anchors or (channels and language.channels.at(tokens, j)):
            return tokens[j]
    return None


def _recalled(language: Language, part: Sequence[Token], anchor: Token) -> Iterable[tuple[EventTalk, list[Token]]]:
    """A reference back to what was said there: "as promised during the session"."""
    for i in range(len(part)):
        if not language.lists["as"].at(part, i, lemma=False):
            continue
        for j in range(i + 1, min(len(part), i + 7)):
            if language.recalled.at(part, j, lemma=False):
                yield EventTalk("recalled", f"{part[i].text} … {part[j].text}", anchor.text), [part[i], part[j], anchor]
                return


def _hoped(language: Language, part: Sequence[Token], tokens: Sequence[Token],
           event: Token) -> Iterable[tuple[EventTalk, list[Token]]]:
    """A hope about how it went: "hopefully the talk answered...", "j'espère que l'atelier vous a plu"."""
    for i in range(len(part)):
        if language.hope.at(part, i, lemma=False):
            past = next((t for n, t in enumerate(tokens) if t.start > part[i].start and language.is_past(t)
                         and not (n and language.not_after.at(tokens, n - 1, lemma=False))), None)
            if past is not None:
                yield EventTalk("hoped", f"{part[i].text} … {past.text}", event.text), [part[i], past, event]
            return


def _met(language: Language, part: Sequence[Token], anchor: Token,
         tokens: Sequence[Token]) -> Iterable[tuple[EventTalk, list[Token]]]:
    """Pleasure at having seen, met, had or talked with the reader there: "great seeing you at the
    summit", "es war schön, Sie beim Kundentag kennenzulernen", "nos encantó verte en la sesión"."""
    if not any(language.pleasure.at(tokens, i) for i, t in enumerate(tokens) if t.start < part[-1].end):
        return  # the pleasure may come in a part before: "es war schön, Sie ... kennenzulernen"
    for i, token in enumerate(part):
        if token.kind != "word":
            continue
        clitic = next((c for c in language.clitics if token.lower.endswith(c) and len(token.lower) > len(c) + 2
                       and language.contact.single & {token.lower[: -len(c)]}), "")
        if not clitic and not language.contact.at(part, i):
            continue
        near = part[i: i + 6] if language.contact_after else part[max(0, i - 3): i + 6] if not language.verb_last \
            else part[: i + 6]
        reader = next((t for n, t in enumerate(near) if t is not token
                       and language.is_reader(language.object, near, n)), None)
        if reader is None and not clitic:
            reader = _we_talked(language, part, i)
            if reader is None:
                continue
        words = token.text if reader is None else f"{token.text} {reader.text}" if reader.start > token.start \
            else f"{reader.text} … {token.text}"
        yield EventTalk("met", words, anchor.text), [token, anchor]
        return


def _we_talked(language: Language, part: Sequence[Token], i: int) -> Token | None:
    """The "we" of "great that we could talk during the plant tour": the sender with the reader,
    before a ``talk_together`` verb at ``i``, at an ``in_person`` occasion of the same part."""
    if not language.talk_together.at(part, i):
        return None
    if not any(language.in_person.at(part, n) for n in range(len(part))):
        return None  # "what we talked through in the webinar": the sender presenting
    before = range(max(0, i - language.window - 2), i) if not language.verb_last else range(i)
    return next((part[n] for n in before if language.together.at(part, n, lemma=False)), None)


def _witnessed(language: Language, part: Sequence[Token]) -> Iterable[tuple[EventTalk, list[Token]]]:
    """In a template about an event, "as you saw", "wie Sie gesehen haben", "comme vous l'avez
    vu", "como viste", "zoals je zag": what the reader saw there, as shared knowledge. A hedge
    before the verb ("as you may have heard", "comme vous l'avez peut-être vu") passes on news
    the sender is unsure the reader has: it places no one at the event."""
    for i in range(len(part)):
        if not language.lists["as"].at(part, i, lemma=False):
            continue
        window = part[i + 1: i + 2 + language.window + (3 if language.verb_last else 0)]
        reader = next((t for n, t in enumerate(window) if language.is_reader(language.subject, window, n)), None)
        at = next((n for n in range(len(window)) if language.witnessed.at(window, n, lemma=False)), None)
        seen = None if at is None else window[at]
        if at is not None and any(language.hedges.at(window, n) for n in range(at)):
            continue  # "as you may have heard": news passed on, not the reader at the event
        if reader is not None and seen is not None:
            yield EventTalk("witnessed", f"{part[i].text} {reader.text} … {seen.text}", "the event"), [part[i], seen]
            return
        if seen is not None and language.second_person_past and any(
                glob_fits(p, seen.lower) or seen.lower == p for p in language.second_person_past):
            yield EventTalk("witnessed", f"{part[i].text} {seen.text}", "the event"), [part[i], seen]
            return


def _next_word(part: Sequence[Token], i: int) -> int | None:
    return i + 1 if i + 1 < len(part) and part[i + 1].kind == "word" else None


@load_once
def event_talk_reader() -> EventTalkReader:
    """The built-in words (``rules/data/attendance-event-talk.yml``), read once per process."""
    text = data_path("attendance-event-talk.yml").read_text(encoding="utf-8")
    return EventTalkReader(load_yaml(text) or {})
