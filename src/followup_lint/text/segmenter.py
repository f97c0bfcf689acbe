"""Email segmentation: greeting, opener, body, call to action, sign-off, signature, P.S.

Lines decide the frame of the email (greeting line, sign-off line, signature, P.S.); spaCy
splits the body into sentences (:mod:`.pipeline`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..patterns import SafePattern
from .html import _convert_html, looks_like_html
from .lines import (
    _CTA_WINDOW,
    _MAX_SIGNATURE_LINES,
    _MAX_SIGNATURE_WORDS,
    _NAME_SIG,
    _NEWLINE,
    _SIG_DELIMITER,
    _URL,
    _as_pattern,
    _blank_line_between,
    _content_lines,
    _greeting_length,
    _is_ps,
    _name_like,
    _signoff_line,
)
from .model import EmailSegments, Span, _SourceMap
from .pipeline import MAX_NLP_CHARS, nlp
from .words import DEFAULT_CTA_PHRASES, DEFAULT_GREETINGS, DEFAULT_SIGNOFFS

__all__ = ["segment_email"]


def _segment_plain(
    text: str,
    greetings: SafePattern,
    signoffs: SafePattern,
    ctas: SafePattern,
    links: list[tuple[int, int]],
) -> dict[str, Any]:
    """Segment plain text; all offsets in the result are offsets into ``text``."""
    found: dict[str, Any] = {"sentences": [], "truncated": False}
    lines = _content_lines(text)
    if not lines:
        return found

    # Greeting: the first line, or its start ("Hi Alex, thanks for ...").
    first = lines[0]
    greet_len = _greeting_length(first.text, greetings, signoffs)
    body_start_line = 0
    body_start: int | None = None
    if greet_len:
        found["greeting"] = (first.start, first.start + greet_len)
        remainder = first.text[greet_len:]
        if remainder.strip():
            body_start = first.start + greet_len + (len(remainder) - len(remainder.lstrip()))
        else:
            body_start_line = 1
    if body_start is None:
        if body_start_line >= len(lines):
            return found
        body_start = lines[body_start_line].start
    # Index of the first line that is entirely body (a sign-off may not be on it unless a
    # greeting came before: "Hi Alex,\nThanks!\nSam").
    first_body_index = body_start_line

    # P.S.: a line starting "P.S." / "PS:" after the first body line, with the lines that
    # follow it up to a blank line, and any P.P.S. paragraphs right after.
    ps_first = ps_last = None
    last_paragraph = _last_paragraph_start(text, lines)
    for index in range(first_body_index + 1, len(lines)):
        if _is_ps(lines[index].text, weak=index == last_paragraph):
            ps_first = ps_last = index
            break
    if ps_first is not None:
        index = ps_first + 1
        while index < len(lines):
            gap = text[lines[index - 1].end : lines[index].start]
            if _blank_line_between(gap) and not _is_ps(lines[index].text):
                break
            ps_last = index
            index += 1
        found["ps"] = (lines[ps_first].start, lines[ps_last].end)

    def in_ps(index: int) -> bool:
        return ps_first is not None and ps_first <= index <= ps_last  # type: ignore[operator]

    # Sign-off: scanning up from the end, the last sign-off line whose following lines look
    # like a signature (few, short lines).
    lowest = first_body_index if greet_len else first_body_index + 1
    signoff_index = None
    after_count = 0
    for index in range(len(lines) - 1, lowest - 1, -1):
        if in_ps(index):
            continue
        line = lines[index]
        if _signoff_line(line.text, signoffs, lenient=index > first_body_index):
            signoff_index = index
            break
        after_count += 1
        if after_count > _MAX_SIGNATURE_LINES or len(line.text.split()) > _MAX_SIGNATURE_WORDS:
            break

    signature_first = signature_last = None
    body_stop_index: int | None = None
    if signoff_index is not None:
        found["signoff"] = (lines[signoff_index].start, lines[signoff_index].end)
        body_stop_index = signoff_index
        rest = [i for i in range(signoff_index + 1, len(lines)) if not in_ps(i)]
        if ps_first is not None and ps_first > signoff_index:
            rest = [i for i in rest if i < ps_first]
        if rest:
            signature_first, signature_last = rest[0], rest[-1]
    else:
        # No sign-off: a "--" delimiter line, or a last line like "— Anna".
        candidates = [i for i in range(lowest, len(lines)) if not in_ps(i)]
        for index in candidates:
            if index > first_body_index and _SIG_DELIMITER.fullmatch(lines[index].text):
                body_stop_index = index
                after = [i for i in candidates if i > index]
                if after:
                    signature_first, signature_last = after[0], after[-1]
                break
        else:
            if candidates and candidates[-1] > first_body_index:
                last = candidates[-1]
                line = lines[last].text
                words = line.lstrip("-—–~ ").split()
                previous = lines[candidates[-2]] if len(candidates) > 1 else None
                # "— Anna", or a bare name as the last line after a blank line / a full stop.
                dashed = _NAME_SIG.match(line) is not None and 1 <= len(words) <= 4
                bare = (
                    1 <= len(words) <= 3
                    and not any(c in line for c in ".?!:;,")
                    and previous is not None
                    and (
                        _blank_line_between(text[previous.end : lines[last].start])
                        or previous.text.endswith((".", "!", "?"))
                    )
                )
                if (dashed or bare) and all(_name_like(w) for w in words):
                    body_stop_index = last
                    signature_first = signature_last = last
    if signature_first is not None:
        found["signature"] = (lines[signature_first].start, lines[signature_last].end)

    # Body: from after the greeting to the first of sign-off / signature / P.S.
    stops = [len(text)]
    if body_stop_index is not None:
        stops.append(lines[body_stop_index].start)
    if ps_first is not None and lines[ps_first].start > body_start:
        stops.append(lines[ps_first].start)
    body_end = min(stops)
    while body_end > body_start and text[body_end - 1].isspace():
        body_end -= 1
    if body_end <= body_start:
        return found
    found["body"] = (body_start, body_end)

    sentences, truncated = _sentences(text, body_start, body_end)
    found["sentences"] = sentences
    found["truncated"] = truncated
    if sentences:
        found["opener"] = sentences[0]
        cta = _call_to_action(text, sentences, ctas, links)
        if cta is not None:
            found["call_to_action"] = cta
    return found


def _last_paragraph_start(text: str, lines: list[Any]) -> int:
    """The index of the first line of the last paragraph (after the last blank line)."""
    index = len(lines) - 1
    while index > 0 and not _blank_line_between(text[lines[index - 1].end : lines[index].start]):
        index -= 1
    return index


def _sentences(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], bool]:
    truncated = end - start > MAX_NLP_CHARS
    chunk = text[start : min(end, start + MAX_NLP_CHARS)]
    doc = nlp()(chunk)
    spans: list[tuple[int, int]] = []
    for sentence in doc.sents:
        s, e = sentence.start_char, sentence.end_char
        while s < e and chunk[s].isspace():
            s += 1
        while e > s and chunk[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((start + s, start + e))
    return spans, truncated


def _call_to_action(
    text: str,
    sentences: list[tuple[int, int]],
    ctas: SafePattern,
    links: list[tuple[int, int]],
) -> tuple[int, int] | None:
    def asks(index: int) -> bool:
        s, e = sentences[index]
        sentence = text[s:e]
        if sentence.rstrip(" )\"'»”’*_").endswith(("?", "？", "¿")):
            return True
        if ctas.matches(sentence) or _URL.search(sentence):
            return True
        return any(ls < e and le > s for ls, le in links)

    last = len(sentences) - 1
    window_start = max(0, last - _CTA_WINDOW + 1)
    for index in range(last, window_start - 1, -1):
        if asks(index):
            first = index
            while first - 1 >= max(window_start, 1) and asks(first - 1):
                first -= 1
            return (sentences[first][0], sentences[index][1])
    return None


def segment_email(
    text: str,
    *,
    greetings: Iterable[str] | None = None,
    signoffs: Iterable[str] | None = None,
    cta_phrases: Iterable[str] | None = None,
    html: bool | None = None,
) -> EmailSegments:
    """Split one email body into greeting, opener, body, call to action, sign-off,
    signature and P.S.

    ``greetings``/``signoffs``/``cta_phrases`` replace the multilingual defaults
    (:data:`DEFAULT_GREETINGS`, :data:`DEFAULT_SIGNOFFS`, :data:`DEFAULT_CTA_PHRASES`).
    ``html`` forces HTML (True) or plain-text (False) handling; by default it is detected.
    Never raises: unusable input gives an :class:`EmailSegments` with nothing found.
    """
    if not isinstance(text, str):
        if isinstance(text, (bytes, bytearray)):
            text = bytes(text).decode("utf-8", "replace")
        else:
            text = "" if text is None else str(text)
    try:
        return _segment(text, greetings, signoffs, cta_phrases, html)
    except Exception:  # last-resort guard: segmentation must not stop a lint run
        return _fallback(text)


def _segment(
    text: str,
    greetings: Iterable[str] | None,
    signoffs: Iterable[str] | None,
    cta_phrases: Iterable[str] | None,
    html: bool | None,
) -> EmailSegments:
    is_html = looks_like_html(text) if html is None else bool(html)
    source_map: _SourceMap | None = None
    links: list[tuple[int, int]] = []
    plain = text
    if is_html:
        converted = _convert_html(text)
        plain = converted.text
        source_map = _SourceMap(converted.starts, converted.ends)
        links = converted.links
    found = _segment_plain(
        plain,
        _as_pattern(greetings, DEFAULT_GREETINGS),
        _as_pattern(signoffs, DEFAULT_SIGNOFFS),
        _as_pattern(cta_phrases, DEFAULT_CTA_PHRASES),
        links,
    )

    def make(bounds: tuple[int, int] | None) -> Span | None:
        if bounds is None:
            return None
        s, e = bounds
        if source_map is None:
            return Span(s, e, plain[s:e], s, e)
        src_start, src_end = source_map.span(s, e)
        return Span(src_start, src_end, plain[s:e], s, e, source_map)

    return EmailSegments(
        source=text,
        text=plain,
        is_html=is_html,
        greeting=make(found.get("greeting")),
        opener=make(found.get("opener")),
        body=make(found.get("body")),
        call_to_action=make(found.get("call_to_action")),
        signoff=make(found.get("signoff")),
        signature=make(found.get("signature")),
        ps=make(found.get("ps")),
        sentences=tuple(s for s in (make(b) for b in found["sentences"]) if s is not None),
        truncated=found["truncated"],
        _map=source_map,
    )


def _fallback(text: str) -> EmailSegments:
    stripped = text.strip()
    if not stripped:
        return EmailSegments(source=text, text=text, is_html=False)
    start = text.index(stripped[0])
    end = start + len(stripped)
    body = Span(start, end, text[start:end], start, end)
    return EmailSegments(source=text, text=text, is_html=False, body=body)


def _line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of a character offset; ``\\r\\n``, ``\\r`` and ``\\n`` end lines."""
    offset = min(max(offset, 0), len(text))
    line = 1
    line_start = 0
    for found in _NEWLINE.finditer(text, 0, offset):
        if found.end() > offset:
            break
        line += 1
        line_start = found.end()
    return line, offset - line_start + 1
