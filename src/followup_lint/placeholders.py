"""Placeholders that Jinja will not fill: other tools' merge tags and hand-written blanks.

``[FIRST NAME]``, ``[REPLAY LINK]``, ``{signature}``, ``{FirstName}``, ``<<First Name>>``,
``%FIRSTNAME%``, ``$FirstName$``, ``${first_name}``, ``{!Contact.FirstName}``, ``*|FNAME|*``: a template copied from another tool
or from a playbook keeps them, and every recipient reads them as written. Bracketed text is a
placeholder only when what is inside names a slot (the vocabulary is ``rules/placeholders.yml``),
so "[42 minutes]", "[PDF]", "[1]", "{ }", "<b>" and "[Webinar]" in a subject are left alone, and
so is anything in a code sample (`inline`, fenced, ``<code>``, ``<pre>``).

Used once per template by FL006 (report them) and FL206 (a placeholder is not shouting).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Iterable, Mapping

import yaml

from .resources import load_yaml, rules_path

__all__ = ["Placeholder", "PlaceholderFinder", "code_samples", "default_finder", "find_placeholders", "placeholder_vocabulary",
           "suggested_variable"]


@dataclass(frozen=True, slots=True)
class Placeholder:
    start: int
    end: int
    text: str
    label: str  # "Mailchimp merge tag", "bracket placeholder", ...
    inner: str  # what is inside the brackets ("REPLAY LINK"), for a suggested variable name


# Bracket shapes: (label, regex with the inside as group 1, whether the inside may be one plain word)
_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "${first_name}" (Zoho, shell-style templates) before "{first_name}", so the "$" is quoted too
    ("dollar-brace placeholder", re.compile(r"(?<![$\w])\$\{\s*([^{}\n]{1,40}?)\s*\}")),
    ("dollar-style placeholder", re.compile(r"(?<![$\w])\$([^\W\d][\w.]{1,38})\$(?![$\w])")),
    ("angle-bracket placeholder", re.compile(r"<<\s*([^<>\n]{1,40}?)\s*>>")),
    ("bracket placeholder", re.compile(r"\[\[\s*([^\[\]\n]{1,40}?)\s*\]\]")),
    # "[text](url)" and "[id]: url" are markdown links; "Hola [NOMBRE]:" ends a greeting
    ("bracket placeholder", re.compile(r"(?<![!\]\w])\[\s*([^\[\]\n]{1,40}?)\s*\](?![(\[]|:[ \t]*\S)")),
    ("single-brace placeholder", re.compile(r"(?<![{%#])\{\s*([^{}\n]{1,40}?)\s*\}(?![}%#])")),
    ("percent-style placeholder", re.compile(r"(?<![%\w])%([^\W\d][\w.]{1,38})%(?![%\w])")),
    ("hash-style placeholder", re.compile(r"(?<![#\w&])#([^\W\d][\w.]{1,38})#(?![#\w])")),
    ("angle-bracket placeholder", re.compile(r"(?<!<)<\s*([^\W\d][^<>\n]{0,38}?)\s*>(?!>)")),
)
_NOT_INSIDE = re.compile(r"[0-9:;=@/\\\"(){}<>|,*+#$&!?`~^]")
_SPLIT = re.compile(r"[\s_.\-]+")
_CAMEL = re.compile(r"(?<=[a-zà-ÿ])(?=[A-Z])")
_IDENTIFIER = re.compile(r"[^\W\d]\w*(?:\.[^\W\d]\w*)*")
_APOSTROPHES = str.maketrans({"’": "'"})


def _words(inner: str) -> list[str]:
    spaced = _CAMEL.sub(" ", inner.translate(_APOSTROPHES))
    return [w for w in _SPLIT.split(spaced.casefold()) if w]


def _field_style(inner: str) -> bool:
    """``company_size``, ``FirstName``, ``Contact.FirstName``: written as a field, not as words."""
    if not _IDENTIFIER.fullmatch(inner):
        return False
    return "_" in inner or "." in inner or bool(_CAMEL.search(inner.lstrip("$")))


class PlaceholderFinder:
    """Finds placeholders in text, with the vocabulary of ``rules/placeholders.yml``."""

    def __init__(self, vocabulary: Mapping[str, Any], extra_tools: Iterable[Mapping[str, Any]] = ()) -> None:
        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).casefold() for w in vocabulary.get(key) or ())

        self.strong = words("strong")
        self.weak = words("weak")
        self.lead = words("lead")
        self.modifiers = words("slot_modifiers")
        self.suffixes = tuple(words("suffixes"))
        self.exceptions = words("exceptions")
        self.html = words("html_elements")
        self.tools: list[tuple[str, re.Pattern[str]]] = []
        for entry in [*(vocabulary.get("tools") or ()), *extra_tools]:
            flags = re.IGNORECASE if entry.get("ignore_case", False) else 0
            label = str(entry["label"])
            if not label.endswith(("merge tag", "placeholder")):
                label += " merge tag"
            self.tools.append((label, re.compile(str(entry["pattern"]), flags)))

    # ------------------------------------------------------------------ finding

    def find(self, text: str) -> list[Placeholder]:
        """Every placeholder in ``text``, in order; tool tags win over bracket shapes."""
        found: list[Placeholder] = []
        taken: list[tuple[int, int]] = []

        def take(start: int, end: int, label: str, inner: str) -> None:
            if any(s < end and start < e for s, e in taken):
                return
            taken.append((start, end))
            found.append(Placeholder(start, end, text[start:end], label, inner))

        taken.extend(code_samples(text))  # shown as written on purpose
        for label, regex in self.tools:
            for match in regex.finditer(text):
                take(match.start(), match.end(), label, match.group(0).strip("*|%{}!()«»"))
        if any(c in text for c in "[{<%#$"):
            for label, regex in _SHAPES:
                for match in regex.finditer(text):
                    inner = match.group(1).strip()
                    if self.is_slot(inner, match.group(0)):
                        take(match.start(), match.end(), label, inner)
        found.sort(key=lambda p: p.start)
        return found

    def is_slot(self, inner: str, whole: str) -> bool:
        """Whether bracketed text ``inner`` (``whole`` with its brackets) names a slot to fill."""
        if not inner or _NOT_INSIDE.search(inner.lstrip("$")):
            return False
        words = _words(inner)
        if not words or len(words) > 6:
            return False
        folded = " ".join(words)
        if folded in self.exceptions:
            return False
        single_angle = whole.startswith("<") and not whole.startswith("<<")
        if single_angle and (words[0] in self.html or inner.startswith("/") or inner.endswith("/")):
            return False
        if whole.startswith("[") and not whole.startswith("[[") and re.fullmatch(r"X{1,3}", inner):
            return True  # "Teams like [X] ..."
        compound = "".join(words)  # "[pain point]", "[job title]"
        if any(self._strong(w) for w in words) or compound in self.strong:
            return True
        if words[0] in self.lead and len(words) > 1:
            return True
        if compound in self.weak:
            return True
        if len(words) in (2, 3) and words[-1] in self.weak and words[-2] in self.modifiers:
            return True  # "[webinar title]", "[Event Date]", "[MEETING TIME]"
        if single_angle:
            return False  # "<Voornaam>" and "<COMPANY>" are slots; any other <word> may be markup
        return _field_style(inner.lstrip("$"))

    def _strong(self, word: str) -> bool:
        if word in self.strong:
            return True
        return any(word.endswith(s) and len(word) > len(s) + 2 for s in self.suffixes)


_CODE = re.compile(r"```.*?(?:```|$)|`[^`\n]+`|<(pre|code)\b[^>]*>.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL)


def code_samples(text: str) -> list[tuple[int, int]]:
    """Where ``text`` shows code: `inline code`, a fenced block, ``<code>`` and ``<pre>``."""
    if "`" not in text and "<" not in text:
        return []
    return [m.span() for m in _CODE.finditer(text)]


@cache
def placeholder_vocabulary() -> dict[str, Any]:
    with open(rules_path() / "placeholders.yml", encoding="utf-8") as handle:
        data = load_yaml(handle)
    return data if isinstance(data, dict) else {}


@cache
def default_finder() -> PlaceholderFinder:
    """The finder with the built-in vocabulary (loaded once per process)."""
    return PlaceholderFinder(placeholder_vocabulary())


def find_placeholders(text: str) -> list[Placeholder]:
    """Placeholders in ``text`` with the built-in vocabulary."""
    return default_finder().find(text)


def suggested_variable(placeholder: Placeholder) -> str | None:
    """A Jinja variable name for a hand-written placeholder: ``[REPLAY LINK]`` -> ``replay_link``."""
    words = [w for w in _words(placeholder.inner) if re.fullmatch(r"[a-z][a-z0-9]*", w)]
    if not words or len(words) > 4:
        return None
    name = "_".join(words)
    aliases = {"fname": "first_name", "firstname": "first_name", "their_name": "first_name",
               "your_name": "sender_name", "lname": "last_name", "lastname": "last_name", "name": "first_name"}
    return aliases.get(name, name)
