"""Masking what looks personal by its shape alone - the mailbox of an email address, a phone-like
run of digits - for messages with no record at hand (see :mod:`.masking` for masking a record's
own values in every form), and the cut of an over-long message before it is scrubbed.
"""

from __future__ import annotations

__all__ = ["ELLIPSIS", "MAX_MESSAGE_CHARS", "cut_message", "scrub_shapes"]

MAX_MESSAGE_CHARS = 2_000
"""A message longer than this is cut (and says so) before it is scrubbed: the scrub stays cheap
and nobody reads a 2 MB exception message."""
ELLIPSIS = "…"  # what a masked value is cut to: its first character, then this


def scrub_shapes(text: str) -> str:
    """Mask what looks personal by its shape alone, for messages with no record at hand: the
    mailbox of an email address, and phone-like runs of 7 or more digits."""
    text = cut_message(text)
    if "@" in text:
        text = _mask_mailboxes(text)
    if sum(ch.isdigit() for ch in text) >= 7:  # cheap test first
        text = _mask_digit_runs(text)
    return text


_MAILBOX = frozenset("._%+-!#$&*/=?^|~")


def _mask_mailboxes(text: str) -> str:
    out: list[str] = []
    position = 0
    at = text.find("@")
    while at >= 0:
        start = at
        while start > position and (text[start - 1].isalnum() or text[start - 1] in _MAILBOX):
            start -= 1
        if start < at and at + 1 < len(text) and text[at + 1].isalnum():
            out.append(text[position:start])
            out.append(text[start] + ELLIPSIS)
            position = at
        at = text.find("@", at + 1)
    out.append(text[position:])
    return "".join(out)


def _mask_digit_runs(text: str) -> str:
    """Phone-like runs: digits with at most two separators between them (``+1 (415) 555-0134``),
    9 or more digits, or 7 or more after a ``+``. A date (8 digits) is no phone number."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if not text[i].isdigit():
            out.append(text[i])
            i += 1
            continue
        j, digits, last = i, 0, i
        while j < n:
            if text[j].isdigit():
                digits += 1
                last = j
                j += 1
                continue
            k = j
            while k < n and k - j < 2 and text[k] in _PHONE_SEPARATORS:
                k += 1
            if k == j or k >= n or not text[k].isdigit():
                break
            j = k
        plus = i > 0 and text[i - 1] == "+"
        if digits >= 9 or (plus and digits >= 7):
            out.append(text[i] + ELLIPSIS)
        else:
            out.append(text[i : last + 1])
        i = last + 1
    return "".join(out)


_PHONE_SEPARATORS = frozenset(" -.()/")


def cut_message(text: str) -> str:
    """``text``, cut at :data:`MAX_MESSAGE_CHARS` with a note saying so."""
    if len(text) <= MAX_MESSAGE_CHARS:
        return text
    return text[:MAX_MESSAGE_CHARS] + f"{ELLIPSIS} [message cut at {MAX_MESSAGE_CHARS:,} characters]"
