"""The cue lexicons: ``rules/cues/*.yml`` plus cues that users add in their rule files.

A lexicon file names one role and lists cue phrases per language (see :mod:`.cues` for the
phrase syntax)::

    role: pitch
    cues:
      en:
        - we help {any:3} [team|company|business]
        - our [platform|tool|software] {any:3} [help|save|cut|double]
      de:
        - unser [plattform|tool|software]
    exceptions:        # matches overlapping these do not count for the role
      en:
        - "{var} 's [platform|product]"

A file may instead be one language of one role (``role:``, ``language:`` and ``cues:`` as a
list). User rule packs (``rule-files`` / ``rule-dirs``) add cues with a top-level ``cues:`` key of
the same shape, keyed by role: ``cues: {pitch: {en: [...]}}``; see docs/custom-rules.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

import yaml

from ..resources import load_once, load_yaml, rules_path
from .cues import Cue, CueError, CueSet, parse_cue
from .lemmas import LANGUAGES

__all__ = ["Lexicon", "LexiconError", "builtin_lexicon", "load_roles", "parse_lexicon_entry"]


class LexiconError(ValueError):
    """A lexicon file or a user ``cues:`` block that cannot be used."""


@dataclass(frozen=True, slots=True)
class RoleInfo:
    """One role of the shared vocabulary (``rules/roles.yml``)."""

    id: str
    description: str
    examples: tuple[str, ...] = ()


@load_once
def load_roles() -> dict[str, RoleInfo]:
    """The role vocabulary, in file order (loaded once per process)."""
    data = load_yaml((rules_path() / "roles.yml").read_text(encoding="utf-8")) or {}
    return {
        str(key): RoleInfo(str(key), str(value.get("description", "")), tuple(value.get("examples") or ()))
        for key, value in (data.get("roles") or {}).items()
    }


@dataclass(eq=False)
class Lexicon:
    """Cue sets per language for every role.

    Phrases are checked when they are added (a bad cue is an error at load time) but parsed
    against a language's lemma table only when that language is first matched, so a run on
    English templates never reads the German table."""

    pending: dict[str, list[tuple[str, str, bool, str, str]]] = field(default_factory=dict)
    sets: dict[str, CueSet] = field(default_factory=dict)
    origins: list[str] = field(default_factory=list)
    version: int = 0
    """Grows with every addition: caches of matching results key on it."""

    def for_language(self, lang: str) -> CueSet:
        found = self.sets.get(lang)
        if found is None:
            found = CueSet(lang)
            for role, phrase, exception, origin, group in self.pending.get(lang, ()):
                cue = parse_cue(phrase, lang, role, origin, group)
                if exception:
                    found.add_exception(cue)
                else:
                    found.add(cue)
            self.sets[lang] = found
        return found

    def add(
        self, role: str, lang: str, phrases: Iterable[Any], *, exceptions: bool = False, origin: str, group: str = "",
        check_syntax: bool = True,
    ) -> None:
        """Queue ``phrases`` for ``role`` in ``lang``; they are parsed when the language is first
        used. ``check_syntax`` parses each one now as well, so that a user's broken cue is reported
        where it was loaded (the shipped lexicons are checked by the test suite instead: parsing
        them twice was a tenth of the start-up)."""
        roles = load_roles()
        if role not in roles:
            raise LexiconError(f"{origin}: unknown role {role!r}; expected one of: {', '.join(roles)}")
        if lang not in LANGUAGES:
            raise LexiconError(f"{origin}: unknown language {lang!r} for role {role!r}; expected one of: {', '.join(LANGUAGES)}")
        for phrase in phrases:
            if not isinstance(phrase, str):
                raise LexiconError(f"{origin}: role {role!r} ({lang}): cue {phrase!r} is not a string")
            if check_syntax:
                try:
                    parse_cue(phrase, "", role, origin)  # syntax only: no lemma table is read
                except CueError as exc:
                    raise LexiconError(f"{origin}: role {role!r} ({lang}): {exc}") from None
            self.pending.setdefault(lang, []).append((role, phrase, exceptions, origin, group))
            self.sets.pop(lang, None)
            self.version += 1

    def copy(self) -> "Lexicon":
        return Lexicon({lang: list(items) for lang, items in self.pending.items()}, {}, list(self.origins))

    def cues_of(self, role: str, lang: str) -> list[Cue]:
        return [c for c in self.for_language(lang).cues if c.role == role]


def _by_language(value: Any, what: str, origin: str) -> Mapping[str, list[Any]]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise LexiconError(f"{origin}: '{what}' must map a language (en, de, fr, es, nl) to a list of cue phrases")
    result: dict[str, list[Any]] = {}
    for lang, phrases in value.items():
        if phrases is None:
            continue
        if not isinstance(phrases, list):
            raise LexiconError(f"{origin}: '{what}' for {lang!r} must be a list of cue phrases")
        result[str(lang)] = phrases
    return result


def parse_lexicon_entry(lexicon: Lexicon, data: Any, origin: str, *, check_syntax: bool = True) -> None:
    """Add one lexicon document (a ``rules/cues`` file) to ``lexicon``."""
    if not isinstance(data, Mapping):
        raise LexiconError(f"{origin}: a cue lexicon must be a mapping with 'role' and 'cues'")
    unknown = set(data) - {"role", "group", "language", "cues", "exceptions", "description"}
    if unknown:
        raise LexiconError(
            f"{origin}: unknown key(s) {', '.join(sorted(map(str, unknown)))}; "
            "expected role, group, language, cues, exceptions, description"
        )
    group = data.get("group") or ""
    if not isinstance(group, str):
        raise LexiconError(f"{origin}: 'group' must be a word such as 'self'")
    role = data.get("role")
    if not isinstance(role, str):
        raise LexiconError(f"{origin}: 'role' must name a role from rules/roles.yml")
    language = data.get("language")
    if language is not None:
        lexicon.add(role, str(language), _list(data.get("cues"), origin), origin=origin, group=group, check_syntax=check_syntax)
        lexicon.add(role, str(language), _list(data.get("exceptions"), origin), exceptions=True, origin=origin,
                    check_syntax=check_syntax)
        return
    for lang, phrases in _by_language(data.get("cues"), "cues", origin).items():
        lexicon.add(role, lang, phrases, origin=origin, group=group, check_syntax=check_syntax)
    for lang, phrases in _by_language(data.get("exceptions"), "exceptions", origin).items():
        lexicon.add(role, lang, phrases, exceptions=True, origin=origin, check_syntax=check_syntax)


def add_user_cues(lexicon: Lexicon, block: Any, origin: str) -> None:
    """Add a rule pack's ``cues:`` block (``{role: {lang: [phrases]}}`` or ``{role: {cues: ..., exceptions: ...}}``)."""
    if not isinstance(block, Mapping):
        raise LexiconError(f"{origin}: 'cues' must map role names to cue phrases per language")
    for role, entry in block.items():
        if isinstance(entry, Mapping) and ("cues" in entry or "exceptions" in entry):
            parse_lexicon_entry(lexicon, {"role": str(role), **entry}, origin)
        else:
            parse_lexicon_entry(lexicon, {"role": str(role), "cues": entry}, origin)
    lexicon.origins.append(origin)


def _list(value: Any, origin: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise LexiconError(f"{origin}: 'cues' must be a list of phrases")
    return value


@load_once
def builtin_lexicon() -> Lexicon:
    """The shipped lexicons (``rules/cues/*.yml``), parsed once per process."""
    lexicon = Lexicon()
    folder: Path = rules_path() / "cues"
    for path in sorted(folder.glob("*.yml")):
        data = load_yaml(path.read_text(encoding="utf-8"))
        parse_lexicon_entry(lexicon, data, f"rules/cues/{path.name}", check_syntax=False)
    return lexicon
