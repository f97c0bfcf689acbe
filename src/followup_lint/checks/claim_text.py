"""Reading FL309's text: sentences, clauses, and the regular expressions for amounts,
percentages, dates, numbers and words in the five supported languages (checks/claims.py)."""

from __future__ import annotations

import re
from typing import Iterable

from ..variable_kinds import is_sender_variable

_MONTH_NAMES = (
    "january february march april may june july august september october november december "
    "januar februar märz april mai juni juli august september oktober november dezember "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
    "januari februari maart april mei juni juli augustus september oktober november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
_WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag "
    "freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes "
    "miércoles jueves viernes sábado domingo maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"
).split()
_MONTHS = "|".join(sorted(set(_MONTH_NAMES), key=len, reverse=True))
_MONEY = re.compile(
    r"[$€£¥]\s?\d(?:[\d.,]*\d)?\s?(?:[kmb]n?\b|million\b|billion\b|thousand\b)?"
    # the longest unit first ("12 Millionen Euro", not "12 Million"), then the currency, after
    # "de" / "d'" in French and Spanish ("8 millions d'euros", "5 millones de euros")
    r"|\d(?:[\d.,]*\d)?\s?(?:millionen|milliarden|millions|milliards|millones|miljoenen|miljoen|miljarden|miljard|"
    r"million|billion|mio\.|mrd\.)"
    r"(?:\s*(?:de\s+|d['’]\s*)?(?:dollars?|euros?|pounds?|usd|eur|gbp|dólares|dollar|libras)\b)?",
    re.I,
)
_PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s?%")
_DATE = re.compile(
    rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?:{_MONTHS})\b"
    rf"|\b(?:in|en|im|on|since|seit|depuis|desde|sinds)\s+(?:{_MONTHS})\b(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s+[^\W\d_]{{2,}}))?"
    r"|(?<![\d/.-])(?:19|20)\d{2}(?![\d/-])|\bQ[1-4]\b|\bthe\s+\d{1,2}(?:st|nd|rd|th)\b",
    re.I,
)
_NUMBER = re.compile(
    # thousands apart by a space ("40 000 demandes", French and others), then the usual forms
    r"(?<![\w.,/:#$€£¥-])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\w%/:-]|[.,]\d)"
    r"|(?<![\w.,/:#$€£¥-])\d(?:[\d,.]*\d)?\+?(?![\w%/:-]|[.,]\d)"
    # thousands and millions written short: "10k orders", "1.5M downloads" (not "5m", metres or minutes)
    r"|(?<![\w.,/:#$€£¥-])\d{1,3}(?:[.,]\d)?[kKM]\+?(?![\w%/:-])"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen|"
    r"zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|deux|trois|quatre|cinq|sept|huit|neuf|dix|douze|"
    r"vingt|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|veinte|twee|drie|vijf|zes|zeven|negen|tien|twaalf|"
    r"twintig)\b",
    re.I,
)
_WORD = re.compile(r"[^\W\d_][\w'’&-]*")
_SENTENCE_END = re.compile(r"(?<!\b\d)(?<!\b\d\d)[.!?]+(?=\s|$)|\n")  # not "am 12. März"
_CLAUSE_END = re.compile(
    r"[;:\u2014\u2013]|\s-\s|,\s+(?=(?:and|but|so|which|while|because|who|where|und|aber|denn|et|mais|donc|"
    r"car|y|pero|porque|en|maar|want|omdat|ce qui|ce que|lo que|lo cual|wat)\b)",
    re.I,
)
# a condition or a future point cuts the clause: "... if you owe under $1,000", "before prices rise in January"
_CONDITION = re.compile(
    r"(?<!\w)(?:if|unless|whether|in case|before|until|as long as|provided that|wenn|falls|sofern|bevor|bis|"
    r"vorausgesetzt|solange|si|sauf si|avant|jusqu'à|à condition que|pourvu que|tant que|antes de|antes que|"
    r"hasta|siempre que|siempre y cuando|con tal de que|indien|tenzij|voordat|totdat|mits|zolang|op voorwaarde dat)(?!\w)",
    re.I,
)
_LEADS = frozenset("if when whether once unless as since because although given wenn falls sobald da obwohl wie si "
                   "quand lorsque comme cuando como aunque als indien zodra omdat hoewel zoals "
                   # "Now that ... ,", "Jetzt, wo ... ,", "Maintenant que ... ,", "Ahora que ... ,": what the
                   # main clause after the comma supposes or promises does not reach back into it
                   "now jetzt nun wo maintenant ahora".split())



def _word_regex(entries: Iterable[str], *, anchored: bool = False) -> re.Pattern[str] | None:
    """Whole-word alternation; entries with capitals ("Sie", "Ihr") match case-sensitively."""
    parts = []
    for entry in sorted({e.strip() for e in entries if e and e.strip()}, key=len, reverse=True):
        body = re.escape(entry).replace(r"\ ", r"\s+").replace("'", "['’]")
        if not anchored and not entry[:1].isalnum():
            body = f"(?<=\\w){body}"  # "'ll" is the end of "I'll"
        if any(c.isupper() for c in entry):
            parts.append(f"(?-i:{body})")
        else:
            parts.append(body)
    if not parts:
        return None
    edge = "" if anchored else r"(?:(?<!\w)|(?<=\w)(?=['’]))"
    return re.compile(f"{edge}(?:{'|'.join(parts)})(?!\\w)", re.I)


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: ends at . ! ? before a space, or at a line break."""
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of one sentence: split at ; : dashes and ", and/but/which ...", and a leading
    "If ...," / "As ...," is a clause of its own."""
    bounds = [start]
    for match in _CLAUSE_END.finditer(text, start, end):
        bounds.append(match.end())
    bounds.append(end)
    clauses = [(a, b) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]
    out: list[tuple[int, int]] = []
    for a, b in clauses:
        while True:  # "Jetzt, wo ... ist, werden ...": a lead after a lead
            comma = text.find(",", a, b)
            first = _WORD.match(text, a + len(text[a:b]) - len(text[a:b].lstrip()))
            if comma == -1 or first is None or first.group().casefold() not in _LEADS:
                break
            out.append((a, comma))
            a = comma + 1
        out.append((a, b))
    return out


def _clock_time(text: str, start: int, end: int, limit: int, generic: frozenset[str]) -> bool:
    """Whether the number after a clock word ("at", "um", "à", "a las", "om") is a time of day:
    at most 24, and followed by nothing it counts ("10 Uhr", "10 h", "10.", not "85 personas")."""
    number = text[start:end].replace(",", "").replace(".", "").rstrip("+")
    if not number.isdigit() or int(number) > 24:
        return False
    following = _WORD.match(text, end + len(text[end:limit]) - len(text[end:limit].lstrip()))
    return following is None or following.start() > end + 2 or following.group().casefold() in generic


def _phrase(entry: str) -> str:
    """A word list entry as a pattern: spaces match any whitespace, both apostrophes match."""
    return re.escape(entry).replace(r"\ ", r"\s+").replace("'", "['’]")


_MASK = "·"  # what a variable stand-in is blanked out with
_SUBJECT_EXPR = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)


def _masked_subject(subject: str) -> tuple[str, list[tuple[int, int, str]]]:
    refs: list[tuple[int, int, str]] = []
    pieces: list[str] = []
    last = 0
    for match in _SUBJECT_EXPR.finditer(subject):
        pieces.append(subject[last : match.start()])
        pieces.append(_MASK * (match.end() - match.start()))
        inner = match.group()[2:-2].strip()
        kind = "other" if match.group().startswith("{%") else (
            "sender" if is_sender_variable(tuple(inner.split("|")[0].strip().split("."))) else "reader")
        refs.append((match.start(), match.end(), kind))
        last = match.end()
    pieces.append(subject[last:])
    return "".join(pieces), refs


def _sender_names(text: str) -> frozenset[str]:
    """Capitalised words of the signature (the short lines at the end, up to the sign-off):
    the sender's own names ("Maya Okafor", "Northwind Analytics")."""
    lines: list[str] = []
    for line in reversed([line for line in text.splitlines() if line.strip()]):
        if len(line.split()) > 5 or line.rstrip().endswith((".", "!", "?")) or len(lines) == 6:
            break
        lines.append(line)
    return frozenset(w.casefold() for line in lines for w in _WORD.findall(line) if w[:1].isupper())
