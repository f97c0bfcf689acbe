"""Line-level reading of an email: content lines, greeting lines, sign-off lines, P.S. lines,
signature markers. Plain string work, no spaCy."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ..patterns import SafePattern, compile_phrases
from .ps_markers import starts_with_marker

_NEWLINE = re.compile(r"\r\n|[\r\n\u2028\u2029\x85]")
_SIG_DELIMITER = re.compile(r"(?:--|—|–|_{2,}|-{3,})\s*$")
_NAME_SIG = re.compile(r"(?:--|—|–|~)\s*\S")
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.[A-Za-z]{2,}", re.IGNORECASE)
_GREETING_TERMINATORS = ",!:;—–"
_EDGE_PUNCT = " \t,.!?—–-:;~…*_"
_GENERIC_ADDRESSEES = frozenset(
    "there all team everyone everybody folks friends guys y'all zusammen tous todos todas "
    "allemaal iedereen tutti".split()
)
_NAME_PARTICLES = frozenset("de van der von la le du del da di ten ter den des y e".split())
_MAX_SIGNATURE_LINES = 12
_MAX_SIGNATURE_WORDS = 25
_CTA_WINDOW = 4


@functools.lru_cache(maxsize=64)
def _phrase_pattern(phrases: tuple[str, ...]) -> SafePattern:
    return compile_phrases(phrases)


def _as_pattern(phrases: Iterable[str] | None, default: tuple[str, ...]) -> SafePattern:
    if phrases is None:
        return _phrase_pattern(default)
    if isinstance(phrases, str):
        phrases = (phrases,)
    return _phrase_pattern(tuple(p for p in phrases if isinstance(p, str)))


class _Line:
    __slots__ = ("end", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start  # stripped content, plain offsets
        self.end = end
        self.text = text


def _content_lines(text: str) -> list[_Line]:
    """The non-blank lines of ``text``, stripped, with their offsets."""
    lines: list[_Line] = []
    position = 0
    length = len(text)
    while position <= length:
        found = _NEWLINE.search(text, position)
        stop = found.start() if found else length
        raw = text[position:stop]
        content = raw.strip()
        if content:
            lead = len(raw) - len(raw.lstrip())
            start = position + lead
            lines.append(_Line(start, start + len(content), content))
        if found is None:
            break
        position = found.end()
    return lines


def _starts_line(match_start: int, line: str) -> bool:
    """Whether only punctuation/emoji precede ``match_start`` in ``line``."""
    return not any(char.isalnum() for char in line[:match_start])


def _name_like(token: str) -> bool:
    core = token.strip(_EDGE_PUNCT + "\"'()[]")
    if not core:
        return False
    first = next((c for c in core if c.isalpha()), "")
    if first and first.isupper():
        return True
    lowered = core.casefold()
    return lowered in _GENERIC_ADDRESSEES or lowered in _NAME_PARTICLES


def _tokens(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    return [(m.start() + offset, m.end() + offset, m.group()) for m in re.finditer(r"\S+", text)]


def _greeting_length(line: str, greetings: SafePattern, signoffs: SafePattern) -> int:
    """Length of the greeting at the start of ``line`` (0 if it does not open with one)."""
    if _signoff_line(line, signoffs):
        return 0
    found = greetings.search(line)
    if found is None or not _starts_line(found.start, line):
        # A bare name line: "Alex," / "Dr. Smith,".
        words = line.split()
        if line.endswith(",") and 1 <= len(words) <= 4 and all(_name_like(w) for w in words):
            return len(line)
        return 0
    after = found.end
    terminator = next(
        (
            i
            for i in range(after, len(line))
            if line[i] in _GREETING_TERMINATORS
            or (line[i] == "-" and line[i - 1 : i] == " " and line[i + 1 : i + 2] == " ")
        ),
        None,
    )
    if terminator is not None:
        between = line[after:terminator].split()
        if len(between) <= 5:
            end = terminator + 1
            if not between and line[terminator] == ",":
                # "Hi, Alex!" / "Good morning, Priya," : extend over the name.
                rest = line[end:]
                stop = next((i for i, c in enumerate(rest) if c in _GREETING_TERMINATORS), None)
                name_part = rest if stop is None else rest[:stop]
                words = name_part.split()
                if 1 <= len(words) <= 3 and all(_name_like(w) for w in words):
                    end = end + (len(rest) if stop is None else stop + 1)
            return len(line[:end].rstrip())
    rest_tokens = _tokens(line[after:], after)
    if not rest_tokens:
        return len(line)
    leading = 0
    for _, _, token in rest_tokens:
        if not _name_like(token) or leading == 4:
            break
        leading += 1
    if leading == len(rest_tokens):
        return len(line)
    if leading:
        return rest_tokens[leading - 1][1]
    return 0


def _signoff_line(line: str, signoffs: SafePattern, lenient: bool = False) -> bool:
    """Whether ``line`` is a sign-off: "Best,", "Kind regards,", "Thanks, Anna", "Cheers!";
    with ``lenient`` also a short line ending in a comma ("Thanks again for your time,")."""
    if len(line) > 120 or len(line.split()) > 8:
        return False
    found = signoffs.search(line)
    if found is None or not _starts_line(found.start, line):
        return False
    rest = line[found.end :].strip(_EDGE_PUNCT)
    if not rest:
        return True
    words = rest.split()
    if len(words) <= 4 and all(_name_like(w) for w in words):
        return True
    # "Thanks again for your time," : a short closing line that hands over to the name.
    return lenient and line.endswith(",") and len(line.split()) <= 6


def _is_ps(line: str, *, weak: bool = False) -> bool:
    """A line that starts with a P.S. marker (``rules/data/postscript-markers.yml``); ``weak``:
    "N.B." too, for the email's last paragraph."""
    return starts_with_marker(line, weak=weak)


def _blank_line_between(gap: str) -> bool:
    return len(_NEWLINE.findall(gap)) >= 2
