"""Company news as the fact of an FL309 claim: an open job with a named role ("{{ company }}
sucht einen Leiter Qualitätssicherung", "vous recrutez une responsable des achats") and a system
or vendor the reader switched to ("est passée à SAP S/4HANA", "auf Shopware 6 umgestellt").

Read per language from ``rules/data/claim-news.yml``:

* a hire: a clause with a hiring word (`hires.verbs`, anywhere: German and Dutch put it last)
  and a role opened by an indefinite article, the role word up to three words after it
  (`roles`, or a compound ending in one: "Teamleitung"), with its field after a link ("head of
  field service", "responsable des approvisionnements") or, in German and Dutch, the nouns
  right after it ("Leiter Qualitätssicherung", "teamleider planning");
* a switch: a clause with a change word (`switches.verbs`) and a product name right after it
  or right after a word that leads to it (`to`: "to", "auf", "à", "a", "op"): a capitalised
  word that opens no sentence, acronyms and versions included ("SAP S/4HANA", "Dynamics
  365"); in German, where every noun is capitalised, an acronym, a mixed-case or versioned
  name, or a capitalised word after `to` with no article that does not end like a German noun
  (`noun_endings`: "auf Rechnung umgestellt" is no product).

A role or a product written from a variable ("a {{ open_role }}", "to {{ crm }}") leaves only
the stand-in, so nothing is read. Whose news it is - the reader's, the sender's ("we're hiring
a ..."), a market's ("many wholesalers moved to ...") - and whether it is stated at all (a
question, a condition) is the claim rule's business, as for every other fact.

Spanish writes the reader into the verb: a "vosotros" preterite ("superasteis") or a
second-person auxiliary ("habéis", "has") is the reader as the subject (`addressed_verbs`), see
:meth:`NewsReader.addressed`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from ..resources import data_path, load_once, load_yaml
from .claim_text import _MASK, _MONTH_NAMES, _WEEKDAYS, _WORD, _phrase

_TOKEN = re.compile(r"[^\W_][\w/+&.-]*")  # "S/4HANA", "365", "X3", "Dynamics"
_NAME_MONTHS = frozenset(_MONTH_NAMES) | frozenset(_WEEKDAYS)
_ROLE_WINDOW = 3  # words between the article and the role: "a senior payroll specialist"
_VERB_GAP = 3  # words between the hiring word and its role: "zoeken sinds kort een ..."
_WITH = re.compile(r"(?<!\w)(?i:with|mit|avec|con|met)\s+$")
_FIELD_WORDS = 2  # words of the role's field: "head of field service", "hoofd financiële administratie"
_FIELD_AFTER = {"de": 2, "nl": 2, "fr": 1, "es": 1}  # words of the field with no link before them
_PROPER_LANGUAGES = ("en", "fr", "es", "nl")  # where a capital inside a sentence marks a name


@load_once
def _news_data() -> dict[str, Any]:
    """rules/data/claim-news.yml, read once per process."""
    return load_yaml(data_path("claim-news.yml").read_text(encoding="utf-8")) or {}


def _regex(entries: Iterable[str]) -> re.Pattern[str] | None:
    parts = sorted({str(e).strip() for e in entries if str(e).strip()}, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(_phrase(p) for p in parts)})(?!\w)", re.I) if parts else None


def _folded(table: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).casefold() for w in table.get(key) or ())


class NewsReader:
    """The hire and switch patterns of one language, compiled once."""

    def __init__(self, locale: str) -> None:
        data = _news_data()
        hires = (data.get("hires") or {}).get(locale) or {}
        switches = (data.get("switches") or {}).get(locale) or {}
        self.locale = locale
        self.hire_verbs = _regex(hires.get("verbs") or ())
        self.articles = _regex(hires.get("articles") or ())
        self.roles = _folded(hires, "roles")
        self.linked_roles = _folded(hires, "linked_roles")
        self.role_endings = tuple(_folded(hires, "role_endings"))
        self.links = _regex(hires.get("links") or ())
        self.verb_links = frozenset(str(w).casefold().replace("’", "'") for w in hires.get("verb_links") or ())
        self.pre_modifiers = _folded(hires, "pre_modifiers") if "pre_modifiers" in hires else None
        self.change_verbs = _regex(switches.get("verbs") or ())
        self.to_words = _folded(switches, "to")
        self.noun_endings = tuple(_folded(switches, "noun_endings"))
        self.not_products = _folded(switches, "not_products")
        self.determiners = _folded(switches, "determiners")
        addressed = (data.get("addressed_verbs") or {}).get(locale) or {}
        self.addressed_endings = tuple(str(e).casefold() for e in addressed.get("endings") or ())
        self.addressed_forms = frozenset(str(e).casefold() for e in addressed.get("forms") or ())

    # ------------------------------------------------------------------ the reader in the verb

    def addressed(self, text: str, start: int, end: int) -> list[int]:
        """Offsets of verbs that have the reader as their subject ("superasteis")."""
        if not self.addressed_endings and not self.addressed_forms:
            return []
        return [m.start() for m in _WORD.finditer(text, start, end)
                if m.group().casefold() in self.addressed_forms
                or len(m.group()) > 7 and m.group().casefold().endswith(self.addressed_endings)]

    # ------------------------------------------------------------------ hires

    def hires(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of each named role a clause says is open or filled."""
        if self.hire_verbs is None or self.articles is None:
            return []
        verbs = [m.span() for m in self.hire_verbs.finditer(text, start, end)]
        if not verbs:
            return []
        found: list[tuple[int, int]] = []
        for article in self.articles.finditer(text, start, end):
            if any(a <= article.start() < b for a, b in verbs):
                continue  # "posted a role for": the article inside the verb
            role_end = self._role(text, article.end(), end, verbs)
            if role_end is not None and self._next_to_verb(text, article.start(), role_end, verbs):
                found.append((article.start(), role_end))
        for verb in self.hire_verbs.finditer(text, start, end):
            last = verb.group().split()[-1].casefold().replace("’", "'")
            if last not in self.verb_links:
                continue  # only "un poste de ...", "Stelle als ...": a role right after the phrase
            first = _WORD.search(text, verb.end(), end)
            if first is None or text[verb.end() : first.start()].strip():
                continue
            role_end = self._role(text, verb.end(), end, [])
            if role_end is not None and not any(a < role_end and verb.end() < b for a, b in found):
                found.append((first.start(), role_end))
        return found

    def _next_to_verb(self, text: str, role_start: int, role_end: int, verbs: list[tuple[int, int]]) -> bool:
        """Whether the role is the hiring word's: a few words after it ("sucht aktuell einen ..."),
        or before it where the verb comes last ("een nieuwe planner voor de buitendienst zoekt");
        a role brought in "with" one may come later ("verstärken Ihr Team gerade mit einem ...")."""
        gap = _VERB_GAP * 2 if _WITH.search(text, max(0, role_start - 8), role_start) else _VERB_GAP
        return any(
            b <= role_start and len(_WORD.findall(text, b, role_start)) <= gap
            or a >= role_end and len(_WORD.findall(text, role_end, a)) <= _VERB_GAP + 1
            for a, b in verbs
        )

    def _is_role(self, word: str) -> bool:
        folded = word.casefold()
        return folded in self.roles or (bool(self.role_endings) and folded.endswith(self.role_endings))

    def _role(self, text: str, at: int, end: int, verbs: list[tuple[int, int]]) -> int | None:
        """The end of the role that follows an article at ``at``, or None when none does."""
        words = self._words_until_stop(text, at, end, verbs, _ROLE_WINDOW + 1)
        for index, word in enumerate(words):
            if self.pre_modifiers is not None and index > 0 and \
                    words[index - 1].group().casefold() not in self.pre_modifiers:
                break  # French and Spanish put adjectives after the noun: "un partenaire commercial"
            if not self._is_role(word.group()):
                continue
            role_end = word.end()
            link = self.links.match(text, role_end + 1, end) if self.links is not None else None
            if link is not None and text[role_end : link.start()].strip() == "":
                field = self._words_until_stop(text, link.end(), end, verbs, _FIELD_WORDS)
                if not field:
                    return None if word.group().casefold() in self.linked_roles else role_end
                return field[-1].end()
            if word.group().casefold() in self.linked_roles:
                return None  # "a head start"
            # the field right after the role: "Leiter Qualitätssicherung", "teamleider planning",
            # "directeur commercial", "director financiero"
            field = self._words_until_stop(text, role_end, end, verbs, _FIELD_AFTER.get(self.locale, 0))
            return field[-1].end() if field else role_end
        return None

    def _words_until_stop(self, text: str, at: int, end: int, verbs: list[tuple[int, int]],
                          most: int) -> list[re.Match[str]]:
        """Up to ``most`` words from ``at``, stopping at punctuation, a stand-in (the role comes
        from a column), a hiring word, an article or a link."""
        words: list[re.Match[str]] = []
        previous = at
        for word in _WORD.finditer(text, at, end):
            gap = text[previous : word.start()]
            if len(words) == most or gap.strip() or any(a <= word.start() < b for a, b in verbs):
                break
            if (self.articles is not None and self.articles.fullmatch(word.group())) or \
                    (self.links is not None and self.links.fullmatch(word.group())) or \
                    word.group().casefold() in _STOP:
                break
            words.append(word)
            previous = word.end()
        if _MASK in text[at : (words[-1].end() if words else at) + 2]:
            return []
        return words

    # ------------------------------------------------------------------ switches

    def switches(self, text: str, start: int, end: int, sentence_start: int,
                 not_names: frozenset[str]) -> list[tuple[int, int]]:
        """(start, end) of each product a clause says was adopted or switched to."""
        if self.change_verbs is None:
            return []
        verbs = list(self.change_verbs.finditer(text, start, end))
        if not verbs:
            return []
        found: list[tuple[int, int]] = []
        candidates = {v.end(): False for v in verbs}  # right after the change word ...
        if self.determiners:  # ... or, where the verb comes last, right before it: "SAP S/4HANA eingeführt"
            for verb in verbs:
                tokens = list(_TOKEN.finditer(text, max(start, verb.start() - 60), verb.start()))[-4:]
                for previous, token in zip([None, *tokens], tokens):
                    if previous is None or previous.group().casefold() not in self.determiners:
                        candidates.setdefault(token.start() - 1, False)
        for word in _WORD.finditer(text, start, end):
            if word.group().casefold() in self.to_words:
                candidates[word.end()] = True  # ... or after the word that leads to the product
        for at, after_to in sorted(candidates.items()):
            span = self._product(text, at, end, sentence_start, not_names, after_to=after_to)
            if span is not None and not any(a < span[1] and span[0] < b for a, b in found):
                found.append(span)
        return found

    def _product(self, text: str, at: int, end: int, sentence_start: int, not_names: frozenset[str],
                 *, after_to: bool) -> tuple[int, int] | None:
        """The product name right after ``at`` ("SAP S/4HANA", "Shopware 6"), or None."""
        first = _TOKEN.match(text, at + len(text[at:end]) - len(text[at:end].lstrip(" \t")), end)
        if first is None or first.start() == at or _MASK in text[at : first.start()]:
            return None
        token = first.group().rstrip(".")
        if not self._names_a_product(token, text, first.end(), end, sentence_start, first.start(), not_names,
                                     after_to=after_to):
            return None
        stop = first.start() + len(token)
        for following in _TOKEN.finditer(text, stop, end):
            if text[stop : following.start()] not in (" ", "\u00a0"):
                break
            word = following.group().rstrip(".")
            if not (word[:1].isupper() or any(c.isdigit() for c in word) or "/" in word):
                break
            if word.casefold() in _NAME_MONTHS:
                break
            stop = following.start() + len(word)
        return first.start(), stop

    def _names_a_product(self, token: str, text: str, token_end: int, end: int, sentence_start: int,
                         token_start: int, not_names: frozenset[str], *, after_to: bool) -> bool:
        if not token[:1].isupper() or not text[sentence_start:token_start].strip(" \t-–—\"'“(•*¡¿"):
            return False  # lower case, or the sentence's first word
        folded = token.casefold()
        if folded in not_names or folded in _NAME_MONTHS or folded in self.not_products:
            return False
        letters = [c for c in token if c.isalpha()]
        if len(token) < 2:
            return False  # "U", a lone initial
        acronym = len(letters) > 1 and all(c.isupper() for c in letters)
        shaped = acronym or any(c.isupper() for c in token[1:]) or any(c.isdigit() for c in token)
        versioned = re.match(r"[ \u00a0]+(?:\d|[A-Z]+\d)", text[token_end:end]) is not None
        if self.locale in _PROPER_LANGUAGES:
            return True
        if shaped or versioned:
            return True
        return after_to and not folded.endswith(self.noun_endings)


# words that end a role's words: times and adverbs that follow a role ("right now", "seit März")
_STOP = frozenset(
    "right now currently since at in on to with and or but who that which this these ourselves too also "
    "seit jetzt gerade aktuell derzeit ab und oder aber der die das den dem im am zum zur mit bei "
    "depuis actuellement en ce et ou mais qui pour le la les dans chez "
    "desde ahora actualmente para y o pero que en el la los las con "
    "sinds nu momenteel op en of maar die dat het de in bij met".split()
)
