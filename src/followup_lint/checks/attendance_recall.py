"""FL301's event-talk readings of the reader's memory of the event (see attendance_event_talk.py).

These structures place the reader at the event without naming it, each the reader's memory of
a moment of it:

* remembered: the reader remembers something shown or said there, "you'll recall the chart
  <speaker> put up near the end", "Sie erinnern sich an die Grafik, die ... gezeigt hat",
  "seguro que recuerdas la tabla que explicó ...": the reader (or a verb form that carries them)
  with a ``memory`` verb, then a ``shown`` verb in a past form, or a ``timeline`` phrase (near
  the end, zum Schluss, al final), or the event itself, or a thing shown there named by what
  it is, right after the verb (``shown_things``: "you'll remember the slide with the 90-day
  curve", "Sie erinnern sich an die Folie"); "you'll remember to bring your badge"
  (``memory_not_before``) and "you may remember that our prices changed" have none of them;
* seen working: the reader (or a verb form that carries them) with a ``witnessed`` verb and
  what they saw in operation (``in_operation``): "now that you've seen the cells running at full
  speed", "in Betrieb gesehen", "vu la ligne en fonctionnement", "in bedrijf hebt gezien";
* heard from: an ``as`` word, the reader and a ``witnessed`` verb with no hedge between, then a
  speaker (``sources`` word + a person, or + any word with a capital where nouns have none):
  "as you heard from <person>", "wie Sie von Frau ... gehört haben", "como escuchaste a <person>";
* shown by: an ``as`` word, a person and a ``shown`` verb with the reader as its object: "as
  <person> showed you", "comme <person> vous l'a montré", "zoals <person> je liet zien"; not
  "as the speaker said" (the labelled sentence corpus reads that as no attendance);
* heard speak: the reader heard or saw a person, then a ``shown`` verb: "you heard <person>
  explain why", "escuchaste a <person> explicar", "je hoorde <person> uitleggen".

A person is a word the name tables know as a given or family name, written with a capital, or
an ``honorifics`` word, a ``speakers`` noun or one of ours (``shared`` + a word: "our head of
logistics"); the reader's own contact ("your account manager") is none. Whatever a ``safe`` word
of attendance_event_talk.py keeps out (an email, a conditional, a future) stays out.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from ..content.tokens import Token
from ..names.tables import family_weight, given_weight
from .attendance_event_words import Language, glob_fits

__all__ = ["recall_placements", "recalls"]

_WINDOW_AFTER_AS = 4
_THING_REACH = 5  # words from the memory verb to the thing: "sich sicher an die Folie", "sans doute de la diapositive"
_OPERATION_REACH = 8  # words between the verb and how it was seen: "seen the cobot welding cells running"


def recalls(language: Language, tokens: Sequence[Token]) -> bool:
    """Whether the sentence has the words these readings start from (a ``memory`` or
    ``witnessed`` word, or an ``as`` word and a ``shown`` verb):
    the cheap test before any of them is tried."""
    if any(language.witnessed.at(tokens, i, lemma=False) or language.memory.at(tokens, i)
           or language.memory_reader.at(tokens, i, lemma=False) for i in range(len(tokens))):
        return True
    # "as <person> showed you" needs both ("as", "like", "wie", "como" alone are common words)
    return any(language.shown.at(tokens, i) for i in range(len(tokens))) and any(
        language.lists["as"].at(tokens, i, lemma=False) for i in range(len(tokens)))


def recall_placements(language: Language, tokens: Sequence[Token], part: Sequence[Token],
                      anchors: Sequence[int]) -> Iterable[tuple[str, str, list[Token]]]:
    """Every way ``part`` places the reader at the event by their memory of it, as
    ``(reading, the words, the tokens it rests on)``."""
    events = frozenset(id(tokens[a]) for a in anchors)
    for found, used in _remembered(language, tokens, part, anchors):
        yield "remembered", found, used
    for found, used in _heard_from(language, part, events):
        yield "heard", found, used
    for found, used in _heard_speak(language, tokens, part):
        yield "heard-speak", found, used
    for found, used in _shown_by(language, part):
        yield "shown", found, used
    for found, used in _seen_working(language, tokens, part):
        yield "seen-working", found, used


def _remembered(language: Language, tokens: Sequence[Token], part: Sequence[Token],
                anchors: Sequence[int]) -> Iterable[tuple[str, list[Token]]]:
    for i, token in enumerate(part):
        carried = bool(language.memory_reader.at(part, i, lemma=False))
        if not carried and not language.memory.at(part, i):
            continue
        reader = next((part[n] for n in range(max(0, i - language.window - 1), i)
                       if language.is_reader(language.subject, part, n)), token if carried else None)
        if reader is None:
            continue  # "Remember the chart ...?", "Denken Sie daran": no reader remembering
        nxt = next((t for t in part[i + 1:] if t.kind == "word"), None)
        if nxt is not None and language.memory_not_before.at(part, part.index(nxt), lemma=False):
            continue  # "you'll remember to bring your badge": a reminder
        after = [t for t in tokens if t.start > token.start]
        what = _what_was_shown(language, after) or _thing_shown(language, after) or next(
            (tokens[a] for a in anchors if tokens[a].start > token.start), None)
        if what is not None:
            yield f"{token.text} … {what.text}", [reader, token, what]
            return


def _thing_shown(language: Language, after: Sequence[Token]) -> Token | None:
    """A ``shown_things`` noun among the first words after the memory verb: "remember the slide
    with ...", "erinnern sich sicher an die Folie", "herinnert zich vast de grafiek"."""
    words = [t for t in after[:_THING_REACH + 2] if t.kind == "word"][:_THING_REACH]
    return next((t for n, t in enumerate(words) if language.shown_things.at(words, n)), None)


def _seen_working(language: Language, tokens: Sequence[Token],
                  part: Sequence[Token]) -> Iterable[tuple[str, list[Token]]]:
    """The reader saw something for themselves, in operation: "now that you've seen the cells
    running at full speed", "in Betrieb gesehen haben", "vu la ligne en fonctionnement", "viste
    la línea en funcionamiento", "in bedrijf hebt gezien"."""
    for i, token in enumerate(part):
        if not language.witnessed.at(part, i, lemma=False):
            continue
        carried = any(token.lower == p or glob_fits(p, token.lower) for p in language.second_person_past)
        reader = next((part[n] for n in range(max(0, i - language.window - 1), i)
                       if language.is_reader(language.subject, part, n)), None)
        if reader is None and language.verb_last:  # "Nu u de lascellen in bedrijf hebt gezien"
            reader = next((part[n] for n in range(i) if language.is_reader(language.subject, part, n)), None)
        if reader is None and not carried:
            continue
        first = part.index(reader) + 1 if reader is not None and language.verb_last else i + 1
        window = list(part[first: i]) if language.verb_last else list(part[i + 1: i + 1 + _OPERATION_REACH])
        how = next((window[n] for n in range(len(window)) if language.in_operation.at(window, n)), None)
        if how is not None:
            yield f"{token.text} … {how.text}", [t for t in (reader, token, how) if t is not None]
            return


def _what_was_shown(language: Language, after: Sequence[Token]) -> Token | None:
    """A ``shown`` verb in a past form, or a ``timeline`` phrase, among ``after``."""
    for n, token in enumerate(after):
        if language.timeline.at(after, n, lemma=False):
            return token
        size = language.shown.at(after, n)
        if size and any(language.is_past(t) for t in after[n: n + size]):
            return token
        if size and n and language.is_past(after[n - 1]):
            return after[n - 1]  # "liet zien", "a présenté": the past before the verb
    return None


def _heard_from(language: Language, part: Sequence[Token], events: frozenset[int]) -> Iterable[tuple[str, list[Token]]]:
    for i in range(len(part)):
        if not language.lists["as"].at(part, i, lemma=False):
            continue
        window = list(part[i + 1: i + 2 + _WINDOW_AFTER_AS + (3 if language.verb_last else 0)])
        at = next((n for n in range(len(window)) if language.witnessed.at(window, n, lemma=False)), None)
        if at is None or any(language.hedges.at(window, n) for n in range(at)):
            continue  # "as you may have heard": news passed on
        seen = window[at]
        reader = any(language.is_reader(language.subject, window, n) for n in range(at)) or any(
            seen.lower == p or glob_fits(p, seen.lower) for p in language.second_person_past)
        if not reader:
            continue
        # the speaker: after the verb ("heard from <person>", "escuchaste a <person>"), or
        # before it where the verb comes last ("von Frau ... gehört", "van <person> hoorde")
        rest = list(part[i + 1 + at + 1:]) if not language.verb_last else list(part[i + 1:])
        # or the event itself: "as you'll have seen in the demo"
        person = _source(language, rest) or next((t for t in part[i + 1:] if id(t) in events), None)
        if person is not None:
            yield f"{part[i].text} … {seen.text} … {person.text}", [part[i], seen, person]
            return


def _heard_speak(language: Language, tokens: Sequence[Token],
                 part: Sequence[Token]) -> Iterable[tuple[str, list[Token]]]:
    """The reader heard or saw a person present something: "you heard <person> explain why",
    "Sie haben gehört, wie Frau ... vorgestellt hat" (past the comma), "escuchaste a <person>
    explicar"."""
    for i, token in enumerate(part):
        if not language.witnessed.at(part, i, lemma=False):
            continue
        carried = any(token.lower == p or glob_fits(p, token.lower) for p in language.second_person_past)
        if not carried and not any(language.is_reader(language.subject, part, n)
                                   for n in range(max(0, i - language.window - 1), i)):
            continue
        after = [t for t in tokens if t.start > token.start][:5]
        person = next((p for n in range(len(after)) if (p := _named(language, after, n)) is not None), None)
        if person is None:
            continue
        later = [t for t in tokens if t.start > person.start][:8]
        shown = next((t for n, t in enumerate(later) if language.shown.at(later, n)), None)
        if shown is not None:
            yield f"{token.text} {person.text} … {shown.text}", [token, person, shown]
            return


def _source(language: Language, words: Sequence[Token]) -> Token | None:
    """The person after a ``sources`` word (or right after a witnessed verb, in English "heard
    Dr. Okafor explain"), within the first words."""
    for n in range(min(len(words), 8)):
        size = language.sources.at(words, n, lemma=False)
        if size and n + size < len(words):
            person = _named(language, words, n + size)  # "de la part de Noémie"
            if person is not None:
                return person
    return _person(language, words, 0) if words and language.lang == "en" else None


def _shown_by(language: Language, part: Sequence[Token]) -> Iterable[tuple[str, list[Token]]]:
    for i in range(len(part)):
        if not language.lists["as"].at(part, i, lemma=False):
            continue
        window = list(part[i + 1: i + 2 + _WINDOW_AFTER_AS + 2])
        person = next((p for n in range(len(window)) if (p := _person(language, window, n)) is not None), None)
        if person is None:
            continue
        shown = next((n for n in range(len(window)) if language.shown.at(window, n)), None)
        if shown is None:
            continue
        reader = next((t for n, t in enumerate(window[:shown + 2]) if language.is_reader(language.object, window, n)), None)
        if reader is None or reader is person:
            continue  # "as Gartner showed", "as the speaker said": shown to no one in particular
        yield f"{part[i].text} {person.text} … {window[shown].text} {reader.text}", [part[i], window[shown], reader]
        return


def _named(language: Language, words: Sequence[Token], n: int) -> Token | None:
    """A person (see ``_person``), or a word with a capital where nouns have none: a name the
    tables do not know ("de la part de Noémie", "vous avez entendu Apolline expliquer")."""
    person = _person(language, words, n)
    if person is not None or language.nouns_capitalised:
        return person
    token = words[n]
    if token.kind == "word" and token.text[:1].isupper() and not (
            n + 1 < len(words) and words[n + 1].lower in ("'s", "’s")):
        return token
    return None


def _speaker(language: Language, token: Token) -> bool:
    """Whether ``token`` is a ``speakers`` noun ("our speaker", "notre intervenante")."""
    return token.lower in language.speakers.single or token.lemma in language.speakers.single


def _person(language: Language, words: Sequence[Token], n: int) -> Token | None:
    """The person the words at ``n`` name: a known name written with a capital, an honorific,
    a speaker noun, one of ours ("our head of logistics"); not the reader's own."""
    token = words[n]
    if token.kind != "word" or language.is_reader(language.possessive, words, n):
        return None
    if n + 1 < len(words) and words[n + 1].lower in ("'s", "’s"):
        return None  # "from Gartner's report": something of theirs, not them speaking
    if language.honorifics.at(words, n, lemma=False) or language.speakers.at(words, n):
        return token
    if language.shared.at(words, n, lemma=False) and n + 1 < len(words) and words[n + 1].kind == "word":
        return words[n + 1] if _speaker(language, words[n + 1]) else token
    if token.text[:1].isupper() and (given_weight(token.text) > 0 or family_weight(token.text) > 0):
        return token
    # an article before a speaker noun: "the speakers", "los ponentes"
    if n + 1 < len(words) and len(token.lower) <= 3 and language.speakers.at(words, n + 1):
        return words[n + 1]
    return None

