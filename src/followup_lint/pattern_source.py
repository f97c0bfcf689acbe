"""Reading the source of a user's regular expression, for :mod:`.patterns`: its top-level
branches, whether each branch may start or end with a word character (that side then gets a
Unicode-aware word boundary), and RE2's compile errors explained in words.

Only our own fixed regexes run here, over the (short, length-limited) pattern source.
"""

from __future__ import annotations

import re

__all__ = ["ends_with_word", "explain_re2_error", "is_word_char", "split_top_level", "starts_with_word"]


def is_word_char(char: str) -> bool:
    """A letter, digit or underscore: where a word boundary matters."""
    return char.isalnum() or char == "_"


def explain_re2_error(exc: BaseException, pattern: str) -> str:
    """RE2's compile error as a sentence a pattern author can act on: which construct the
    safe engine does not support and what to write instead."""
    raw = exc.args[0] if exc.args else ""
    detail = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    prefix = f"pattern {pattern!r}"
    engine = "the safe regex engine (RE2)"
    if detail.startswith("invalid perl operator: "):
        op = detail.split(": ", 1)[1]
        what = {
            "(?=": "a lookahead (?=...)",
            "(?!": "a negative lookahead (?!...)",
            "(?<=": "a lookbehind (?<=...)",
            "(?<!": "a negative lookbehind (?<!...)",
            "(?>": "an atomic group (?>...)",
            "(?(": "a conditional group (?(...)...)",
            "(?P": "a named backreference (?P=name)",
            "(?#": "an inline comment (?#...)",
        }.get(op)
        if what is None and op.startswith("(?") and "x" in op:
            what = "verbose mode (?x)"
        if what:
            return (
                f"{prefix} uses {what}, which {engine} does not support "
                "(it guarantees linear-time matching); rewrite the pattern without it"
            )
    if detail.startswith("invalid escape sequence: "):
        esc = detail.split(": ", 1)[1]
        if len(esc) >= 2 and esc[1].isdigit():
            return (
                f"{prefix} uses a backreference ({esc}), which {engine} does not support; "
                "rewrite the pattern without referring back to a group"
            )
        if esc == "\\Z":
            return f"{prefix} uses \\Z; {engine} spells end-of-text as \\z"
        return f"{prefix} uses the escape {esc}, which {engine} does not support"
    if detail.startswith("bad repetition operator: ") and detail.endswith(("++", "*+", "?+", "}+")):
        return (
            f"{prefix} uses a possessive quantifier ({detail.split(': ', 1)[1]}), which "
            f"{engine} does not support; drop the final '+'"
        )
    if "too large" in detail or "repetition size" in detail:
        return f"{prefix} is too large for {engine}: {detail}"
    return f"{prefix} is not a valid regular expression: {detail}"



def split_top_level(pattern: str) -> list[str] | None:
    """Split ``a|b|c`` at top-level bars; ``None`` if the pattern holds a flag group such as
    ``(?i)`` at top level (splitting would change what the flag applies to)."""
    branches: list[str] = []
    depth = 0
    in_class = False
    start = 0
    i = 0
    n = len(pattern)
    while i < n:
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
            i += 1
            continue
        if char == "[":
            in_class = True
            # A ']' right after '[' or '[^' is a literal member of the class.
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            i = j
            continue
        if char == "(":
            if depth == 0 and _FLAG_GROUP.match(pattern, i):
                return None
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    if any(not b for b in branches):
        return None  # an empty branch: keep the user's pattern as one piece
    return branches


# Our own fixed regexes over the (short) pattern source; no user input in the pattern.
_FLAG_GROUP = re.compile(r"\(\?[a-zA-Z-]+\)")
_OPENERS = re.compile(r"(?:\^|\((?:\?:|\?P?<\w+>|\?[a-zA-Z-]+:)?)*")
_TRAILING_QUANT = re.compile(r"(?:[*+?]|\{\d*(?:,\d*)?\})\??$")


def starts_with_word(branch: str) -> bool:
    """Whether a branch may start with a word character (then it gets a left boundary).
    Only a clearly non-word first atom (``!``, ``\\$``, ``\\s``...) says no."""
    opened = _OPENERS.match(branch)  # matches at least the empty string
    i = opened.end() if opened else 0
    if i >= len(branch):
        return True
    char = branch[i]
    if char == "\\":
        if i + 1 >= len(branch):
            return True
        return _escape_may_be_word(branch[i + 1])
    if char in "[.(":
        return True
    return is_word_char(char)


def ends_with_word(branch: str) -> bool:
    """Whether a branch may end with a word character (then it gets a right boundary)."""
    end = branch
    while True:
        before = end
        if end.endswith("$") and not _escaped_at(end, len(end) - 1):
            end = end[:-1]
        if end.endswith(")") and not _escaped_at(end, len(end) - 1):
            end = end[:-1]
        quant = _TRAILING_QUANT.search(end)
        if quant and not _escaped_at(end, quant.start()):
            end = end[: quant.start()]
        if end == before:
            break
    if not end:
        return True
    char = end[-1]
    if _escaped_at(end, len(end) - 1):
        return _escape_may_be_word(char)
    if char in "].|(":
        return True
    return is_word_char(char)


def _escaped_at(text: str, index: int) -> bool:
    """Whether ``text[index]`` is preceded by an odd number of backslashes."""
    count = 0
    index -= 1
    while index >= 0 and text[index] == "\\":
        count += 1
        index -= 1
    return count % 2 == 1


def _escape_may_be_word(escaped: str) -> bool:
    """Whether ``\\<escaped>`` may match a word character: not ``\\s`` or ``\\W``; a class
    or letter escape (``\\w``, ``\\d``, ``\\pL``) may; an escaped symbol is itself."""
    return escaped not in "sW" and is_word_char(escaped)
