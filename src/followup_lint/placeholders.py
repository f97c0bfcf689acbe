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
from .text_layout import TextLayout, code_samples, layout

__all__ = ["Placeholder", "PlaceholderFinder", "code_samples", "default_finder", "find_placeholders", "placeholder_vocabulary",
           "suggested_variable"]


@dataclass(frozen=True, slots=True)
class Placeholder:
    start: int
    end: int
    text: str
    label: str  # "Mailchimp merge tag", "bracket placeholder", ...
    inner: str  # what is inside the brackets ("REPLAY LINK"), for a suggested variable name
    reason: str = ""  # why it reads as a placeholder: "'Stadt' names a slot to fill"


# Bracket shapes: (label, regex with the inside as group 1)
_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "${first_name}" (Zoho, shell-style templates) before "{first_name}", so the "$" is quoted too
    ("dollar-brace placeholder", re.compile(r"(?<![$\w])\$\{\s*([^{}\n]{1,40}?)\s*\}")),
    ("dollar-style placeholder", re.compile(r"(?<![$\w])\$([^\W\d][\w.]{1,38})\$(?![$\w])")),
    # "<<First Name>>"; "<<< Link >>>" is decoration around a call to action
    ("angle-bracket placeholder", re.compile(r"(?<!<)<<\s*([^<>\n]{1,40}?)\s*>>(?!>)")),
    ("bracket placeholder", re.compile(r"\[\[\s*([^\[\]\n]{1,40}?)\s*\]\]")),
    # "[text](url)" and "[id]: url" are markdown links; "Hola [NOMBRE]:" ends a greeting
    ("bracket placeholder", re.compile(r"(?<![!\]\w])\[\s*([^\[\]\n]{1,40}?)\s*\](?![(\[]|:[ \t]*\S)")),
    ("single-brace placeholder", re.compile(r"(?<![{%#])\{(?![%#])\s*([^{}\n]{1,40}?)\s*\}(?![}%#])")),
    # "%FIRSTNAME%", "%First Name%"; "%LocalAppData%\..." is a Windows path
    ("percent-style placeholder", re.compile(r"(?<![%\w])%([^\W\d](?:[\w.]| (?=[\w.])){1,38})%(?![%\w\\/])")),
    ("hash-style placeholder", re.compile(r"(?<![#\w&])#([^\W\d][\w.]{1,38})#(?![#\w])")),
    # SendGrid's legacy substitutions: "-first_name-", "-firstName-" (written as a field only)
    ("SendGrid-style placeholder", re.compile(r"(?<![\w-])-([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]*)+)-(?![\w-])")),
    ("angle-bracket placeholder", re.compile(r"(?<!<)<\s*([^\W\d][^<>\n]{0,38}?)\s*>(?!>)")),
    # Word mail merge: "«Vorname»", "«First_Name»" (one field name, no spaces); « une citation »
    # and «Nombre y apellidos» are quotations in French and Spanish typography
    ("Word mail-merge field", re.compile(r"(?<!«)«([^\W\d][\w.]{0,39})»")),
)
_SQUARE = frozenset({"bracket placeholder"})
_NOT_INSIDE = re.compile(r"[0-9:;=@\\\"(){}<>|*+#$&!?`~^]")
_SPLIT = re.compile(r"[\s_./\-]+")
_CAMEL = re.compile(r"(?<=[a-zà-ÿ])(?=[A-Z])")
_IDENTIFIER = re.compile(r"[^\W\d]\w*(?:\.[^\W\d]\w*)*")
_APOSTROPHES = str.maketrans({"’": "'"})


def _tokens(inner: str) -> list[str]:
    """The words of ``inner`` as written: split on spaces, "_", ".", "/", "-" and camelCase."""
    spaced = _CAMEL.sub(" ", inner.translate(_APOSTROPHES))
    return [w for w in _SPLIT.split(spaced) if w]


def _words(inner: str) -> list[str]:
    return [w.casefold() for w in _tokens(inner)]


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
        self.connectors = words("connectors")
        self.labels = words("labels")
        self.fill_verbs = words("fill_verbs")
        self.sender_openers = words("sender_openers")
        self.name_words = words("name_words")
        self.editorial = words("editorial")
        self.openers = words("insertion_openers")
        self.formal_you = words("formal_you")
        self.suffixes = tuple(words("suffixes"))
        self.exceptions = words("exceptions")
        self.html = words("html_elements")
        self.navigation = words("angle_navigation")
        self.tools: list[tuple[str, re.Pattern[str]]] = []
        for entry in [*(vocabulary.get("tools") or ()), *extra_tools]:
            flags = re.IGNORECASE if entry.get("ignore_case", False) else 0
            label = str(entry["label"])
            if not label.endswith(("merge tag", "placeholder")):
                label += " merge tag"
            self.tools.append((label, re.compile(str(entry["pattern"]), flags)))

    # ------------------------------------------------------------------ finding

    def find(self, text: str, start: int = 0, end: int | None = None, *, where: TextLayout | None = None,
             subject: bool = False) -> list[Placeholder]:
        """Every placeholder in ``text[start:end]``, in order, with offsets in ``text``; tool tags
        win over bracket shapes. ``where`` is :func:`text_layout.layout` of the whole ``text``
        (worked out here when not given); ``subject`` reads a leading "[Tag]" as a label."""
        end = len(text) if end is None else end
        where = layout(text) if where is None else where
        found: list[Placeholder] = []
        taken: list[tuple[int, int]] = [span for span in where.code if span[0] < end and start < span[1]]

        def take(s: int, e: int, label: str, inner: str, reason: str) -> None:
            if any(a < e and s < b for a, b in taken):
                return
            taken.append((s, e))
            found.append(Placeholder(s, e, text[s:e], label, inner, reason))

        for label, regex in self.tools:
            for match in regex.finditer(text, start, end):
                tool = label.removesuffix(" merge tag")
                take(match.start(), match.end(), label, match.group(0).strip("*|%{}!()«»"),
                     f"the merge-tag syntax of {tool}")
        menus: dict[tuple[int, int], bool] = {}
        if any(c in text[start:end] for c in "[{<%#$«-"):
            lead_at = len(text) - len(text.lstrip()) if subject else -1
            for label, regex in _SHAPES:
                for match in regex.finditer(text, start, end):
                    inner = match.group(1).strip()
                    if label in _SQUARE and where.in_quote(match.start(), match.end()) and self.is_insertion(inner):
                        continue  # "[their team] was live in a week," says their COO
                    menu = where.menu_of(match.start(), match.end()) if label in _SQUARE else None
                    if menu is not None and not self._menu_of_slots(text, menu, menus):
                        continue  # "[Website] | [LinkedIn] | [Unsubscribe]": a footer menu
                    reason = self.slot_reason(inner, match.group(0), label_position=match.start() == lead_at)
                    if reason is not None:
                        take(match.start(), match.end(), label, inner, reason)
        found.sort(key=lambda p: p.start)
        return found

    def _menu_of_slots(self, text: str, menu: tuple[int, int], seen: dict[tuple[int, int], bool]) -> bool:
        """Whether every item of a bracketed line is a slot ("[Name] | [Title] | [Company]", a
        signature left blank) rather than a menu of link labels ("[Website] | [Impressum]")."""
        if menu not in seen:
            items = re.findall(r"\[([^\[\]\n]{1,40})\]", text[menu[0] : menu[1]])
            seen[menu] = all(self.slot_reason(i.strip(), f"[{i}]") is not None for i in items)
        return seen[menu]

    def is_slot(self, inner: str, whole: str) -> bool:
        """Whether bracketed text ``inner`` (``whole`` with its brackets) names a slot to fill."""
        return self.slot_reason(inner, whole) is not None

    def slot_reason(self, inner: str, whole: str, *, label_position: bool = False) -> str | None:
        """Why bracketed text ``inner`` (``whole`` with its brackets) names a slot to fill, or None.
        ``label_position``: the bracket opens a subject line or is an item of a footer menu, where
        "[Product]" and "[Kontakt]" are labels."""
        bare = inner.lstrip("$")
        if not inner or _NOT_INSIDE.search(bare) or "//" in bare or bare[:1] == "/" or bare[-1:] == "/":
            return None
        if "/" in inner and " " not in inner.strip():  # "[produit/service]", "[day/time]": a choice of slots
            parts = [p for p in inner.split("/") if p]
            reasons = [self.slot_reason(p, whole, label_position=label_position) for p in parts]
            return next((r for r in reasons if r), None) if len(parts) > 1 else None
        if "," in inner:  # "[City, Country]": every part a slot; "[Hall B, level 2]" is not
            parts = [p.strip() for p in inner.split(",")]
            reasons = [self.slot_reason(p, whole, label_position=label_position) if p else None for p in parts]
            return reasons[0] if len(parts) <= 4 and all(reasons) else None
        tokens = _tokens(inner)
        words = [t.casefold() for t in tokens]
        if not words or len(words) > 6:
            return None
        if " ".join(words) in self.exceptions or any(w in self.editorial for w in words):
            return None  # "[Name der Redaktion bekannt]", "[company name withheld]", "[sic]"
        single_angle = whole.startswith("<") and not whole.startswith("<<")
        if single_angle and words[0] in self.html and (len(words) == 1 or inner.islower()):
            return None  # "<title>", "<TD>", "<video controls>"; "<Link to recording>" is a slot
        if whole.startswith("[") and not whole.startswith("[[") and re.fullmatch(r"X{1,3}", inner):
            return f"'{inner}' stands for a name to fill in"
        if words[0] in self.sender_openers and not any(w in self.name_words for w in words):
            return None  # "[our website]", "[unserer Website]": the sender's own page, a link label
        head = words[0] if len(words) > 2 and words[1] in self.connectors else words[-1]
        if len(words) > 1 and head in self.labels:
            return None  # "[Company News]", "[Noticias de la empresa]": a label, not a slot
        compound = "".join(words)  # "[pain point]", "[job title]"
        strong = next((t for t, w in zip(tokens, words) if self._strong(w)), None)
        if compound in self.strong:
            return f"'{inner}' names a slot to fill"
        if strong is not None:
            return f"'{strong}' names a slot to fill"
        if words[0] in self.lead and len(words) > 1:
            return f"it starts with '{tokens[0]}', as a blank left for someone to fill does"
        if words[-1] in self.fill_verbs and len(words) > 1:
            return f"it ends with '{tokens[-1]}', an instruction to fill it in"  # "[Datum einfügen]"
        if label_position:
            return None  # "[Produkt] Neue Dashboards": a subject label
        if compound in self.weak:
            return f"'{inner}' alone names a slot to fill"
        if len(words) in (2, 3) and words[-1] in self.weak and words[-2] in self.modifiers:
            return f"'{inner}' names a slot to fill"  # "[webinar title]", "[Event Date]"
        if 2 <= len(words) <= 4 and words[0] in self.weak and words[1] in self.connectors \
                and words[-1] in self.modifiers:
            return f"'{inner}' names a slot to fill"  # "[Título del webinar]", "[date de l'événement]"
        if whole.startswith("<<") and self._merge_field_name(tokens, whole):
            return f"'{inner}' is written as a field name between << >>, as a mail merge shows one"
        if single_angle:
            return None  # "<Voornaam>" and "<COMPANY>" are slots; any other <word> may be markup
        if _field_style(bare):
            return f"'{inner}' is written as a field name, a slot to fill"
        return None

    def _merge_field_name(self, tokens: list[str], whole: str) -> bool:
        """``<<Course Date>>``, ``<<Trainer>>``, ``<<Date du cours>>``: a mail-merge field name
        between double angle brackets, written tight against them and with a capital, of up to
        four words that are Title Case, or two at most, or name a slot (also in lower case, up
        to three words: ``<<course date>>``); not ``<< Mieux vaut
        prévenir >>`` typed as quotation marks with spaces, nor ``<<Back>>`` on a navigation link."""
        if whole[2:3].isspace() or whole[-3:-2].isspace() or not tokens or len(tokens) > 4:
            return False
        words = [t.casefold() for t in tokens]
        if words[0] in self.navigation:
            return False
        names_slot = any(w in self.weak or w in self.modifiers or self._strong(w) for w in words)
        if not tokens[0][:1].isupper():
            return names_slot and len(tokens) <= 3  # "<<course date>>"; not "<<see below>>"
        title_case = all(t[:1].isupper() or len(t) <= 3 for t in tokens)
        return title_case or len(tokens) <= 2 or names_slot

    def is_insertion(self, inner: str) -> bool:
        """An editor's words inside a quotation: "[their team]", "[ihrer Firma]", "[su empresa]";
        not a placeholder written in capitals ("[THEIR NAME]", "[Their Company]") or addressed
        to the reader ("[Ihre Firma]", "[your company]")."""
        tokens = _tokens(inner)
        if not tokens or tokens[0].casefold() not in self.openers or inner.isupper():
            return False
        if tokens[0][:1].isupper() and tokens[0].casefold() in self.formal_you:
            return False
        return len(tokens) == 1 or not all(t[:1].isupper() for t in tokens)

    def _strong(self, word: str) -> bool:
        if word in self.strong:
            return True
        return any(word.endswith(s) and len(word) > len(s) + 2 for s in self.suffixes)


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
