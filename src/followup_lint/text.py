"""Email segmentation: greeting, opener, body, call to action, sign-off, signature, P.S.

Runs once per template, on the template's text with every template expression already
replaced by a neutral stand-in ("Hi Alex,\\n\\nThanks for joining Tuesday's session ...").
Lines decide the frame of the email (greeting line, sign-off line, signature, P.S.); spaCy
(a blank English pipeline with a line-break component and the rule-based sentencizer; no
trained model) splits the body into sentences.

spaCy is imported only when :func:`nlp` is first called (once per process), never by
importing this module, so that a run with no NLP rule selected does not pay for it.

All :class:`Span` offsets are character offsets into the input as given. For HTML input the
segmentation runs on the text that :func:`html_to_text` extracts, and every span is mapped
back to the HTML source, so diagnostics point at the template itself.

Greeting, sign-off and call-to-action words are data: pass your own lists (the rule packs keep
them per locale) or rely on the multilingual defaults below.
"""

from __future__ import annotations

import functools
import html as _html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from followup_lint.patterns import SafePattern, compile_phrases

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "DEFAULT_CTA_PHRASES",
    "DEFAULT_GREETINGS",
    "DEFAULT_SIGNOFFS",
    "MAX_NLP_CHARS",
    "SCOPES",
    "EmailSegments",
    "Span",
    "html_to_text",
    "looks_like_html",
    "nlp",
    "segment_email",
]

#: At most this many characters of a body are passed to spaCy; the rest gets no sentences.
MAX_NLP_CHARS = 100_000

#: Names of the segments, usable as rule scopes.
SCOPES = ("greeting", "opener", "body", "call_to_action", "signoff", "signature", "ps")

DEFAULT_GREETINGS: tuple[str, ...] = (
    # English
    "hi", "hello", "hey", "hiya", "howdy", "dear", "greetings", "good morning",
    "good afternoon", "good evening", "good day", "morning", "afternoon", "evening",
    "hi there", "hello there", "hey there", "welcome",
    # German
    "hallo", "liebe", "lieber", "liebes", "sehr geehrte", "sehr geehrter", "guten tag",
    "guten morgen", "guten abend", "servus", "moin", "grüß gott", "grüezi", "grüss gott",
    # French
    "bonjour", "bonsoir", "salut", "cher", "chère", "chers", "chères", "madame", "monsieur",
    "coucou",
    # Spanish
    "hola", "estimado", "estimada", "estimados", "estimadas", "querido", "querida",
    "buenos días", "buenas tardes", "buenas noches", "buenas",
    # Dutch
    "beste", "hoi", "geachte", "goedemorgen", "goedemiddag", "goedenavond", "dag", "lieve",
    # Italian, Portuguese, Nordic
    "ciao", "buongiorno", "buonasera", "gentile", "gentili", "caro", "cara", "salve",
    "olá", "oi", "prezado", "prezada", "bom dia", "boa tarde", "hej", "hei", "moi",
)

DEFAULT_SIGNOFFS: tuple[str, ...] = (
    # English
    "best", "best regards", "best wishes", "all the best", "all best", "regards",
    "kind regards", "kindest regards", "warm regards", "warmest regards", "warmly",
    "warm wishes", "thanks", "thank you", "thanks again", "thank you again", "thanks so much",
    "thank you so much", "many thanks", "thanks a lot", "thanks in advance", "with thanks",
    "with gratitude", "cheers", "sincerely", "yours sincerely", "sincerely yours",
    "yours faithfully", "yours", "yours truly", "respectfully", "talk soon", "speak soon",
    "chat soon", "take care", "see you soon", "see you there", "until next time",
    "have a great day", "have a great week", "have a great weekend", "have a good one",
    "thx", "rgds", "br",
    # German
    "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße",
    "freundliche grüsse", "viele grüße", "viele grüsse", "beste grüße", "beste grüsse",
    "liebe grüße", "liebe grüsse", "herzliche grüße", "herzliche grüsse", "schöne grüße",
    "schöne grüsse", "mit besten grüßen", "mit besten grüssen", "grüße", "grüsse", "gruß",
    "gruss", "lg", "vg", "mfg", "danke", "vielen dank", "bis bald",
    # French
    "cordialement", "bien cordialement", "très cordialement", "bien à vous", "salutations",
    "sincères salutations", "meilleures salutations", "amicalement", "bonne journée",
    "belle journée", "bonne soirée", "merci", "merci beaucoup", "à bientôt", "bises",
    # Spanish
    "saludos", "un saludo", "saludos cordiales", "un cordial saludo", "atentamente",
    "un abrazo", "abrazos", "gracias", "muchas gracias", "hasta pronto", "cordialmente",
    # Dutch
    "met vriendelijke groet", "met vriendelijke groeten", "vriendelijke groet",
    "vriendelijke groeten", "met hartelijke groet", "hartelijke groet", "hartelijke groeten",
    "groeten", "groetjes", "groet", "mvg", "bedankt", "dank je wel", "dank u wel", "tot snel",
    # Italian, Portuguese
    "cordiali saluti", "distinti saluti", "saluti", "un saluto", "grazie", "a presto",
    "atenciosamente", "abraços", "obrigado", "obrigada", "cumprimentos",
)

DEFAULT_CTA_PHRASES: tuple[str, ...] = (
    # English
    "let me know", "let us know", "reply", "respond", "get back to me", "write back",
    "book a", "book time", "book your", "book here", "schedule a", "schedule time",
    "schedule your", "grab a time", "grab a slot", "pick a time", "find a time",
    "set up a call", "set up a time", "hop on a call", "jump on a call", "my calendar",
    "calendly", "click", "sign up", "register", "download", "watch the recording",
    "check out", "join us", "join me", "are you free", "are you available", "are you open",
    "would you be open", "would you be interested", "interested in", "feel free",
    "happy to", "let's", "shall we", "reach out", "drop me a line", "ping me", "email me",
    "give me a call", "call me", "sign-up", "rsvp", "save your seat", "reserve your",
    # German
    "lassen sie mich wissen", "lass mich wissen", "geben sie mir bescheid", "gib mir bescheid",
    "melden sie sich", "meld dich", "antworten sie", "antworte", "termin", "buchen sie",
    "vereinbaren", "klicken sie", "anmelden", "melden sie sich an",
    # French
    "n'hésitez pas", "faites-moi savoir", "dites-moi", "répondez", "réservez",
    "prendre rendez-vous", "cliquez", "inscrivez-vous", "tenez-moi au courant",
    # Spanish
    "avísame", "házmelo saber", "déjame saber", "responde", "reserva", "agenda",
    "haz clic", "regístrate", "no dudes", "escríbeme",
    # Dutch
    "laat me weten", "laat het me weten", "laat het weten", "reageer", "plan een",
    "boek een", "klik", "meld je aan", "aarzel niet", "neem contact op",
)


# ----------------------------------------------------------------------------- data types


class _SourceMap:
    """Where each character of extracted text came from in the source (HTML)."""

    __slots__ = ("ends", "starts")

    def __init__(self, starts: list[int], ends: list[int]) -> None:
        self.starts = starts
        self.ends = ends

    def span(self, start: int, end: int, default: int = 0) -> tuple[int, int]:
        n = len(self.starts)
        if n == 0:
            return (default, default)
        start = min(max(start, 0), n)
        end = min(max(end, start), n)
        if start == end:
            pos = self.starts[start] if start < n else self.ends[n - 1]
            return (pos, pos)
        return (self.starts[start], self.ends[end - 1])


@dataclass(frozen=True, slots=True)
class Span:
    """A segment of an email.

    ``start``/``end`` are character offsets into the input as given (the HTML source for
    HTML input); ``text`` is the plain text of the segment (tags dropped, entities decoded,
    for plain input simply ``source[start:end]``); ``plain_start``/``plain_end`` are its
    offsets in :attr:`EmailSegments.text`.
    """

    start: int
    end: int
    text: str
    plain_start: int
    plain_end: int
    _map: _SourceMap | None = field(default=None, repr=False, compare=False)

    def source_span(self, start: int = 0, end: int | None = None) -> tuple[int, int]:
        """Map ``[start, end)`` offsets within :attr:`text` (e.g. a pattern match found in
        it) to offsets in the source."""
        length = self.plain_end - self.plain_start
        end = length if end is None else end
        start = min(max(start, 0), length)
        end = min(max(end, start), length)
        if self._map is None:
            return (self.start + start, self.start + end)
        return self._map.span(self.plain_start + start, self.plain_start + end, self.start)


@dataclass(frozen=True, slots=True)
class EmailSegments:
    """The segments of one email. A segment that was not found is ``None``.

    ``source`` is the input unchanged; ``text`` is the plain text that was analysed (equal to
    ``source`` unless the input was HTML). ``sentences`` are the sentences of the body in
    order; ``opener`` is the first of them. ``truncated`` says the body was longer than
    :data:`MAX_NLP_CHARS` and only its start was split into sentences.
    """

    source: str
    text: str
    is_html: bool
    greeting: Span | None = None
    opener: Span | None = None
    body: Span | None = None
    call_to_action: Span | None = None
    signoff: Span | None = None
    signature: Span | None = None
    ps: Span | None = None
    sentences: tuple[Span, ...] = ()
    truncated: bool = False
    _map: _SourceMap | None = field(default=None, repr=False, compare=False)

    def get(self, scope: str) -> Span | None:
        """The segment named ``scope`` (one of :data:`SCOPES`), or ``None``."""
        if scope not in SCOPES:
            raise KeyError(f"unknown segment {scope!r}; expected one of {', '.join(SCOPES)}")
        return getattr(self, scope)

    def segments(self) -> dict[str, Span]:
        """The segments that were found, by name, in :data:`SCOPES` order."""
        found = {name: getattr(self, name) for name in SCOPES}
        return {name: span for name, span in found.items() if span is not None}

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``[start, end)`` offsets in :attr:`text` to offsets in :attr:`source`."""
        if self._map is None:
            n = len(self.text)
            start = min(max(start, 0), n)
            return (start, min(max(end, start), n))
        return self._map.span(start, end)


# ------------------------------------------------------------------------------- spaCy

_LINE_BREAKS = "followup_lint_line_breaks"
_INVERTED = "followup_lint_inverted_marks"
_INVERTED_MARKS = frozenset({"¿", "¡"})


def _mark_line_breaks(doc: Doc) -> Doc:
    """Custom pipeline component: a line break ends a sentence, unless it only wraps a
    sentence (lower-case or comma before it, lower-case after it); a blank line always
    does. Runs before the sentencizer, which keeps boundaries that are already set."""
    count = len(doc)
    starts: list[tuple[int, int]] = []  # (token index, 1 = starts a sentence / -1 = not)
    for i in range(1, count - 1):
        token = doc[i]
        if not token.is_space:
            continue
        raw = token.text
        if "\n" not in raw and "\r" not in raw and "\u2028" not in raw:
            continue
        paragraph = raw.count("\n") + raw.replace("\r\n", "\n").count("\r") >= 2
        if not paragraph:
            before = doc[i - 1].text
            after = doc[i + 1].text
            wrapped = (
                bool(before)
                and (before[-1].islower() or before[-1] == ",")
                and bool(after)
                and after[0].islower()
            )
            if wrapped:
                continue
        starts.append((i, -1))
        starts.append((i + 1, 1))
    _set_sent_starts(doc, starts)
    return doc


def _attach_inverted_marks(doc: Doc) -> Doc:
    """Custom pipeline component (after the sentencizer): Spanish "¿" and "¡" open the
    sentence that follows them instead of closing the one before."""
    changes: list[tuple[int, int]] = []
    for i in range(1, len(doc) - 1):
        token = doc[i]
        if token.text in _INVERTED_MARKS and doc[i + 1].is_sent_start and not token.is_sent_start:
            changes.append((i, 1))
            changes.append((i + 1, -1))
    _set_sent_starts(doc, changes)
    return doc


def _set_sent_starts(doc: Doc, changes: list[tuple[int, int]]) -> None:
    """Set many sentence starts at once (``token.is_sent_start = ...`` re-checks the whole
    doc on every assignment, which is quadratic on long texts)."""
    if not changes:
        return
    from spacy.attrs import SENT_START

    values = doc.to_array([SENT_START]).astype("int64")
    for index, value in changes:
        values[index] = value
    values[0] = 1
    # spaCy stores the flag as -1/0/1 but passes attributes around as uint64.
    doc.from_array([SENT_START], values.astype("uint64"))


@functools.cache
def nlp() -> Language:
    """The shared spaCy pipeline: blank English + line-break component + sentencizer +
    inverted-mark fix-up. No trained model is involved.

    Built on first use, once per process (``import spacy`` costs about a second), outside the
    time budget of the rule that happens to ask first."""
    from followup_lint.isolation import untimed

    with untimed():
        return _build_nlp()


def _build_nlp() -> Language:
    import spacy
    from spacy.language import Language

    if not Language.has_factory(_LINE_BREAKS):
        Language.component(_LINE_BREAKS, func=_mark_line_breaks)
    if not Language.has_factory(_INVERTED):
        Language.component(_INVERTED, func=_attach_inverted_marks)
    pipeline = spacy.blank("en")
    pipeline.add_pipe(_LINE_BREAKS)
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe(_INVERTED)
    return pipeline


# -------------------------------------------------------------------------------- HTML

# Our own fixed regexes (no user input): each alternative starts with a distinct token.
_HTML_TOKEN = re.compile(
    r"""
      (?P<comment><!--.*?(?:-->|\Z))
    | (?P<decl><![^>]*>?|<\?[^>]*>?)
    | (?P<tag></?(?P<name>[A-Za-z][A-Za-z0-9:-]*)(?P<attrs>(?:[^>"']|"[^"]*"|'[^']*')*)>)
    | (?P<entity>&(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?)
    """,
    re.VERBOSE | re.DOTALL,
)
_HTML_HINT = re.compile(
    r"</?(?:p|br|div|span|a|b|i|u|em|strong|table|tbody|tr|td|th|li|ul|ol|h[1-6]|html|body|"
    r"head|img|font|center|blockquote|hr|style|section)\b[^<>]*>|<!doctype\s+html|&nbsp;",
    re.IGNORECASE,
)
_HREF = re.compile(r"""\bhref\s*=""", re.IGNORECASE)
_PARAGRAPH_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 table ul ol blockquote pre hr dl address figure".split()
)
_LINE_TAGS = frozenset(
    "div li tr td th section article header footer center dd dt tbody thead tfoot caption "
    "nav main aside form fieldset legend".split()
)
_SKIP_CONTENT_TAGS = frozenset("script style head title noscript xml".split())
_SPACE_CHARS = frozenset(" \t\n\r\f\v\xa0\u2028\u2029\u200b")


class _HtmlText:
    __slots__ = ("ends", "links", "starts", "text")

    def __init__(self, text: str, starts: list[int], ends: list[int], links: list[tuple[int, int]]):
        self.text = text
        self.starts = starts
        self.ends = ends
        self.links = links


def looks_like_html(text: str) -> bool:
    """Whether ``text`` contains common HTML tags (or ``&nbsp;``)."""
    return isinstance(text, str) and _HTML_HINT.search(text) is not None


def html_to_text(html: str) -> tuple[str, list[int]]:
    """Extract readable text from (simple, email) HTML.

    Block tags (``p``, ``div``, ``li``, ``tr``, ``td``, ``h1``-``h6``...) and ``br`` become line
    breaks (paragraph-level tags a blank line), other tags are dropped, the content of
    ``script``/``style``/``head`` and comments is skipped, entities are decoded, and runs of
    whitespace collapse to one space as a browser would show them.

    Returns ``(text, offsets)`` with ``len(offsets) == len(text) + 1``: ``offsets[i]`` is the
    offset in ``html`` of the source of ``text[i]`` (for a decoded entity, the ``&``; for a
    line break made from a tag, the ``<``), and ``offsets[-1] == len(html)``.
    """
    if not isinstance(html, str):
        html = "" if html is None else str(html)
    converted = _convert_html(html)
    return converted.text, [*converted.starts, len(html)]


def _convert_html(html: str) -> _HtmlText:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    links: list[tuple[int, int]] = []
    link_start: int | None = None
    skipping: str | None = None

    def put(char: str, start: int, end: int) -> None:
        if char in _SPACE_CHARS:
            if not out or out[-1] in " \n":
                return
            char = " "
        out.append(char)
        starts.append(start)
        ends.append(end)

    def newline(start: int, end: int, wanted: int, hard: bool) -> None:
        while out and out[-1] == " ":
            out.pop()
            starts.pop()
            ends.pop()
        if not out:
            return
        have = 0
        for char in reversed(out[-2:]):
            if char != "\n":
                break
            have += 1
        if hard:
            if have >= 2:
                return
            wanted = have + 1
        for _ in range(wanted - have):
            out.append("\n")
            starts.append(start)
            ends.append(end)

    def text_run(first: int, last: int) -> None:
        for index in range(first, last):
            put(html[index], index, index + 1)

    position = 0
    for token in _HTML_TOKEN.finditer(html):
        begin, finish = token.span()
        if skipping is None and begin > position:
            text_run(position, begin)
        position = finish
        kind = token.lastgroup
        if kind == "tag":
            name = token.group("name").lower()
            closing = token.group(0).startswith("</")
            if skipping is not None:
                if closing and name == skipping:
                    skipping = None
                continue
            if name in _SKIP_CONTENT_TAGS and not closing:
                if not token.group(0).endswith("/>"):
                    skipping = name
                continue
            if name == "br":
                newline(begin, finish, 1, hard=True)
            elif name in _PARAGRAPH_TAGS:
                newline(begin, finish, 2, hard=False)
            elif name in _LINE_TAGS:
                newline(begin, finish, 1, hard=False)
            elif name == "a":
                if closing:
                    if link_start is not None and len(out) > link_start:
                        links.append((link_start, len(out)))
                    link_start = None
                elif _HREF.search(token.group("attrs") or ""):
                    link_start = len(out)
            elif name == "img":
                continue
        elif kind == "entity":
            if skipping is not None:
                continue
            raw = token.group(0)
            decoded = _html.unescape(raw)
            if decoded == raw:
                text_run(begin, finish)
            else:
                for char in decoded:
                    put(char, begin, finish)
        # comments and declarations produce nothing
    if skipping is None and position < len(html):
        text_run(position, len(html))
    while out and out[-1] in " \n":
        out.pop()
        starts.pop()
        ends.pop()
    return _HtmlText("".join(out), starts, ends, links)


# -------------------------------------------------------------------------- segmentation

_NEWLINE = re.compile(r"\r\n|[\r\n\u2028\u2029\x85]")
_PS_LINE = re.compile(
    r"(?:p\.?-?\s?){1,2}s(?:\.|:|-|\s|$)|p\.?\s?d\.?(?::|\.|\s|$)", re.IGNORECASE
)
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


def _is_ps(line: str) -> bool:
    return _PS_LINE.match(line) is not None


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
    for index in range(first_body_index + 1, len(lines)):
        if _is_ps(lines[index].text):
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


def _blank_line_between(gap: str) -> bool:
    return len(_NEWLINE.findall(gap)) >= 2


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
