"""FL206 in a template written in German, French, Spanish or Dutch: a capitalised word is judged
against the template's language, not against English.

"SIREN" in a French invoice checklist is spelt like an English noun, but it is no French word: it
is the name of a registry number, like "SIRET", "KvK" or "NIF". A short capitalised word that is
no word of the template's language (:func:`~followup_lint.content.vocabulary.word_of_language`)
reads as an acronym or an identifier; "GRATUIT", "JETZT", "URGENTE", "GRATIS" are words of their
language and still shout. The official identifiers of each language (registry and tax numbers,
agencies, legal forms) are also listed in the rule's ``data.official_identifiers``.
"""

from __future__ import annotations

from typing import Any

from ..content.vocabulary import word_of_language

__all__ = ["MAX_ACRONYM_LETTERS", "foreign_acronym", "official_identifiers"]

#: Acronyms and identifiers are short; a longer capitalised word no table knows (a German
#: compound such as "SOMMERAKTION") is still read as shouting.
MAX_ACRONYM_LETTERS = 6


def foreign_acronym(word: str, lang: str) -> bool:
    """Whether a capitalised ``word`` of a ``lang`` template (not English) reads as an acronym: it
    is short and none of its parts is a word of ``lang``."""
    from .tone import word_parts

    parts = word_parts(word)
    if not parts or any(sum(c.isalpha() for c in part) > MAX_ACRONYM_LETTERS for part in parts):
        return False
    return not any(word_of_language(part, lang) for part in parts)


def official_identifiers(raw: Any, code: str) -> frozenset[str]:
    """The identifiers of ``data.official_identifiers`` (language -> list), in capitals."""
    if raw is None:
        return frozenset()
    if not isinstance(raw, dict):
        raise ValueError(f"rule {code}: data 'official_identifiers' must map a language to a list of words")
    found: set[str] = set()
    for lang, words in raw.items():
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise ValueError(f"rule {code}: data 'official_identifiers.{lang}' must be a list of words")
        found.update(w.strip().upper() for w in words)
    return frozenset(found)
