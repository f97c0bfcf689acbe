"""The person of a verb form, and reflexive naming verbs, for cue matching.

Cues match on lemmas, and a lemma forgets who acts: "trabajo en" (I work at, a self-introduction)
matched "los técnicos que trabajan en {{ company }}" (they work at: the reader's people), and
"llamada" (a call) matched "me llamo" (my name is). The table ``rules/data/lemmas/verb-person.yml``
reads a verb form's person from its ending (after the lemma's stem, or the word's longest
ending), and :mod:`.cues` lets a cue word written as a finite form match another form of its
lemma only when the two can be the same person. A reflexive naming use ("me llamo", "il
s'appelle", "is called") gets a lemma of its own (:func:`mark_naming`), so it matches a cue only by
its exact form. Nothing here is read for English person (English cues carry a pronoun).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Sequence

from ..resources import data_path, load_once, load_yaml
from .tokens import Token

__all__ = ["NAMING_MARK", "Persons", "Voiced", "compatible", "mark_naming", "persons"]

#: What a naming use's lemma ends with ("llamar" -> "llamar+name").
NAMING_MARK = "+name"

Persons = frozenset[str]


@dataclass(frozen=True, slots=True)
class Voiced(Token):
    """A verb token whose person its subject pronoun says ("wij helpen": 1)."""

    persons: Persons = frozenset()


@dataclass(frozen=True, slots=True)
class _Naming:
    verbs: frozenset[str]
    clitics: dict[str, Persons]
    after_be: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Language:
    infinitive: tuple[str, ...]
    citation: Persons
    nonfinite: tuple[str, ...]
    endings: dict[str, Persons]
    forms: dict[str, Persons]
    subjects: dict[str, Persons]
    naming: _Naming | None


def _persons(value: object) -> Persons:
    """Persons as compared: the third person by person only ("*rabatt endet" matches "die
    Rabatte enden"), the first and second by person and number."""
    if not isinstance(value, list):
        return frozenset()
    return frozenset("3" if str(p).startswith("3") else str(p) for p in value)


@load_once
def _table() -> dict[str, _Language]:
    data = load_yaml(data_path("lemmas", "verb-person.yml").read_text(encoding="utf-8")) or {}
    found = {}
    for lang, entry in data.items():
        entry = entry or {}
        naming = entry.get("naming")
        found[str(lang)] = _Language(
            infinitive=tuple(sorted((str(e) for e in entry.get("infinitive") or ()), key=len, reverse=True)),
            citation=_persons(entry.get("citation")),
            nonfinite=tuple(str(e) for e in entry.get("nonfinite") or ()),
            endings={str(k): _persons(v) for k, v in (entry.get("endings") or {}).items()},
            forms={str(k): _persons(v) for k, v in (entry.get("forms") or {}).items()},
            subjects=_with_curly_apostrophes({str(k): _persons(v) for k, v in (entry.get("subjects") or {}).items()}),
            naming=None if not naming else _Naming(
                frozenset(str(v) for v in naming.get("verbs") or ()),
                {str(k): _persons(v) for k, v in (naming.get("clitics") or {}).items()},
                frozenset(str(v) for v in naming.get("after_be") or ()),
            ),
        )
    return found


def _with_curly_apostrophes(table: dict[str, Persons]) -> dict[str, Persons]:
    """The table with "j’" beside "j'": tokens keep the apostrophe they were typed with."""
    return {**table, **{key.replace("'", "’"): value for key, value in table.items() if "'" in key}}


@lru_cache(maxsize=32_768)
def persons(word: str, lemma: str, lang: str, *, citation: bool = True) -> Persons | None:
    """The persons ``word`` (lower-cased, with its ``lemma``) can have in ``lang``; None when it
    is no verb form the table can read. A form equal to its lemma (the infinitive) has the
    language's ``citation`` persons, or None with ``citation=False`` (a cue word written as the
    infinitive stands for every form)."""
    table = _table().get(lang)
    if table is None or not table.endings:
        return None
    if word in table.forms:
        return table.forms[word]
    infinitive = next((e for e in table.infinitive if lemma.endswith(e) and len(lemma) > len(e) + 1), None)
    if infinitive is None:
        return None
    if word == lemma:
        return table.citation if citation else None
    if lang in ("de", "nl") and "ge" in word and "ge" not in lemma:
        return frozenset({"nonfinite"}) if citation else None  # "gebucht", "angemeldet", "geboekt"
    if table.nonfinite and word.endswith(table.nonfinite):
        # a participle or a gerund; in a cue (a noun such as "llamada") it stands for every form
        return frozenset({"nonfinite"}) if citation else None
    stem = lemma[: -len(infinitive)]
    if word.startswith(stem) and word[len(stem):] in table.endings:
        return table.endings[word[len(stem):]]
    for size in range(min(len(word) - 1, 6), 0, -1):
        found = table.endings.get(word[-size:])
        if found is not None:
            return found
    return None


def compatible(cue_persons: Persons | None, token: Token, lemma: str, lang: str) -> bool:
    """Whether ``token`` (a form of ``lemma``) can be the person a cue word was written in."""
    if cue_persons is None:
        return True
    found = token.persons if isinstance(token, Voiced) else persons(token.lower, lemma, lang)
    return found is None or bool(found & cue_persons)


def _naming_use(before: Sequence[str], word: str, lemma: str, lang: str) -> bool:
    """Whether ``word`` (after the lower-cased words ``before``, nearest last) names someone."""
    table = _table().get(lang)
    naming = table.naming if table else None
    if naming is None or lemma not in naming.verbs or not before:
        return False
    if naming.after_be:
        return word in naming.after_be and before[-1] in ("is", "are", "was", "were", "be", "been", "being", "'s", "'re", "'m")
    clitic = naming.clitics.get(before[-1].replace("’", "'"))
    if clitic is None:
        return False
    subject = table.subjects.get(before[-2].replace("’", "'")) if table and len(before) > 1 else None
    verb = subject or persons(word, lemma, lang)
    return verb is None or bool(verb & clitic)


def mark_naming(words: Sequence[Token], lang: str) -> Sequence[Token]:
    """``words`` (one clause, no punctuation) with every reflexive naming use given the lemma
    ``<lemma>+name`` ("me llamo" no longer matches a cue for a call, "llamada"), and every verb
    right after its subject pronoun (in German and Dutch also right before it) voiced with the
    pronoun's person ("wij helpen": the sender)."""
    table = _table().get(lang)
    if table is None:
        return words
    verbs = table.naming.verbs if table.naming else frozenset()
    subjects = table.subjects
    marked: list[Token] | None = None
    for position, token in enumerate(words):
        if token.lemma in verbs and _naming_use([t.lower for t in words[max(0, position - 2) : position]],
                                                token.lower, token.lemma, lang):
            marked = marked or list(words)
            marked[position] = replace(token, lemma=token.lemma + NAMING_MARK)
            continue
        if not subjects or token.kind != "word" or token.lower in subjects:
            continue
        before = position > 0 and words[position - 1].lower in subjects
        after = lang in ("de", "nl") and position + 1 < len(words) and words[position + 1].lower in subjects
        if not (before or after):
            continue  # no subject pronoun next to it: nothing to voice (most words)
        voice = _voice(words, position, subjects, lang)
        if voice is not None:
            marked = marked or list(words)
            marked[position] = Voiced(token.text, token.lower, token.lemma, token.kind, token.start, token.end, voice)
    return words if marked is None else marked


def _voice(words: Sequence[Token], position: int, subjects: dict[str, Persons], lang: str) -> Persons | None:
    """The person a subject pronoun next to the verb at ``position`` gives it, when its form
    allows that person ("vous" before "appelle" is an object, not the subject)."""
    token = words[position]
    own = persons(token.lower, token.lemma, lang)
    if own is None:
        return None  # no verb form the table reads: nothing to voice
    around = [words[position - 1]] if position else []
    if lang in ("de", "nl") and position + 1 < len(words):
        around.append(words[position + 1])
    for neighbour in around:
        subject = subjects.get(neighbour.lower)
        if subject is not None and subject & own:
            return subject & own
    return None


def naming_key(before: str, word: str, lemma: str, lang: str) -> str | None:
    """For a cue's literal words: the naming lemma of ``word`` after ``before`` ("me llamo" ->
    "llamar+name"), or None."""
    if _naming_use([before], word, lemma, lang):
        return lemma + NAMING_MARK
    return None
