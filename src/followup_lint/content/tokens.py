"""Words of a sentence, with lemmas, for cue matching; and a cheap language guess.

No spaCy here: a sentence is split with one regular expression, contractions and French
elisions are separated ("I'd" -> "I" + "'d", "l'enregistrement" -> "l'" + "enregistrement"),
and every word gets its lookup lemma. Template variables are single tokens of kind ``var``:
either raw ``{{ ... }}`` expressions in the text or the analyser's stand-ins, whose spans are
passed in. Numbers ("15", "30%", "$49", "2x", "#1") are tokens of kind ``num``; so are number
words ("fifteen", "zwanzig").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from .lemmas import LANGUAGES, lemma

__all__ = ["Token", "detect_language", "function_words", "tokenize"]

_TOKEN = re.compile(
    r"\{\{.*?\}\}"  # a raw template expression
    r"|[$€£#]?\d[\d,.:]*(?:%|[kKmMxX]\b|\+)?"  # numbers, prices, times, "30%", "3x", "#1"
    r"|['’](?:s|d|ll|re|m|ve)\b|n['’]t\b"  # a clitic on its own (in cue phrases: "[is|'s]")
    r"|[^\W_]+(?:['’][^\W_]+)*['’]?"  # words with inner apostrophes (hyphens split words)
    r"|[^\w\s]",  # one punctuation mark
    re.DOTALL,
)
_FR_ELISION = re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)
_EN_SUFFIX = re.compile(r"^(.+?)(n['’]t|['’](?:d|ll|re|m|ve|s))$", re.IGNORECASE)

NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
    forty-five fifty sixty ninety hundred thousand
    eins zwei drei vier fünf sechs sieben acht neun zehn fünfzehn zwanzig dreißig vierzig
    deux trois quatre cinq six sept huit neuf dix quinze vingt trente quarante
    dos tres cuatro cinco seis siete ocho nueve diez quince veinte treinta cuarenta
    één twee drie vier vijf zes zeven acht negen tien vijftien twintig dertig veertig""".split()
)


@dataclass(frozen=True, slots=True)
class Token:
    """One token: ``kind`` is ``word``, ``num``, ``var`` or ``punct``; offsets into the text."""

    text: str
    lower: str
    lemma: str
    kind: str
    start: int
    end: int


def tokenize(text: str, lang: str, variables: Sequence[tuple[int, int]] = ()) -> list[Token]:
    """Tokens of ``text``; ``variables`` are ``(start, end)`` spans of stand-ins to read as
    template variables (each becomes one ``var`` token).

    A template's sentence is read by a score of structural readings, each of which tokenises it
    (about twenty times a sentence): the tokens are kept per text, language and variable spans,
    and every call gets its own list of the same (immutable) tokens."""
    try:
        key = tuple(variables)
        hash(key)
    except TypeError:  # spans given as lists: not a cache key, read them afresh
        return _tokenize(text, lang, variables)
    return list(_tokenize_once(text, lang, key))


@lru_cache(maxsize=4096)
def _tokenize_once(text: str, lang: str, variables: tuple[tuple[int, int], ...]) -> tuple[Token, ...]:
    return tuple(_tokenize(text, lang, variables))


def _tokenize(text: str, lang: str, variables: Sequence[tuple[int, int]]) -> list[Token]:
    tokens: list[Token] = []
    spans = sorted(variables)
    position = 0
    for v_start, v_end in spans:
        if v_start < position:
            continue
        tokens.extend(_plain_tokens(text, position, v_start, lang))
        tokens.append(Token(text[v_start:v_end], "{var}", "{var}", "var", v_start, v_end))
        position = v_end
    tokens.extend(_plain_tokens(text, position, len(text), lang))
    return tokens


def _plain_tokens(text: str, start: int, end: int, lang: str) -> Iterable[Token]:
    for match in _TOKEN.finditer(text, start, end):
        raw = match.group()
        at = match.start()
        if raw.startswith("{{"):
            yield Token(raw, "{var}", "{var}", "var", at, match.end())
            continue
        first = raw[0]
        if first.isdigit() or (first in "$€£#" and len(raw) > 1):
            yield Token(raw, raw.lower(), "{num}", "num", at, match.end())
            continue
        if not first.isalnum() and not (first in "'’" and len(raw) > 1):
            yield Token(raw, raw, raw, "punct", at, match.end())
            continue
        yield from _word_tokens(raw, at, lang)


def _word_tokens(raw: str, at: int, lang: str) -> Iterable[Token]:
    if "'" in raw or "’" in raw:
        elided = _FR_ELISION.match(raw) if lang in ("fr", "en", "auto") else None
        if elided and len(raw) > elided.end() and lang != "en":
            cut = elided.end()
            yield _word(raw[:cut], at, lang)
            yield _word(raw[cut:], at + cut, lang)
            return
        suffix = _EN_SUFFIX.match(raw) if lang != "fr" else None
        if suffix:
            cut = len(suffix.group(1))
            yield _word(raw[:cut], at, lang)
            yield _word(raw[cut:], at + cut, lang)
            return
    yield _word(raw, at, lang)


def _word(raw: str, at: int, lang: str) -> Token:
    lower = raw.lower().replace("’", "'")
    kind = "num" if lower in NUMBER_WORDS else "word"
    return Token(raw, lower, lemma(lower, lang), kind, at, at + len(raw))


# ----------------------------------------------------------------------------- language

_FUNCTION_WORDS = {
    "en": """the a an and you your we our i my is are to for of with this that it be have can would will on in at
        thanks thank here just what how about from if so do did was were they them their there hope great""",
    "de": """der die das und sie ihr ihre ihnen wir unser unsere unseren ich ist sind zu für mit ein eine einen dem den
        nicht auch wie nur noch schon bei von im am auf es dass haben hätten können würden gerne danke vielen
        ihrem ihren uns mich dir dich du hier anbei letzte wochen woche zeit""",
    "fr": """le la les et vous votre vos nous notre nos je est sont pour avec un une des du ce cette que qui pas
        merci voici très bien sur dans au aux mais ou où été avez avons êtes serait seriez j'espère c'est""",
    "es": """el la los las y usted tu tus su sus nosotros nuestro nuestra nuestros yo es son para con un una del que
        por está están te le les más esta este gracias hola muy sin pero como aquí podemos quedan solo de en
        ofrecemos primera compra ahora descuento
        estés cómo qué también tienes espero quería hacer""",
    "nl": """de het een en u je jij jouw wij we ons onze ik is zijn voor met van dat die niet ook om te maar nog
        hun bedankt dank hier graag kun kunnen zullen heeft hebt bij naar wat wil want snel vol wees uur""",
}
_WORD_SETS = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}
_SHARED = {word for lang, words in _WORD_SETS.items() for word in words if sum(word in other for other in _WORD_SETS.values()) > 1}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def function_words(lang: str) -> frozenset[str]:
    """The short list of very common words of ``lang`` that the language guess counts."""
    return _WORD_SETS.get(lang, frozenset())


def detect_language(text: str, default: str = "en") -> str:
    """The language (en, de, fr, es, nl) whose function words ``text`` uses most; ``default``
    on a tie or when none is found. Good enough for one email sentence, not for one word."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return default if default in LANGUAGES else "en"
    scores = {
        lang: sum(1 if w in _SHARED else 3 for w in words if w in vocab) + _letters(text, lang)
        for lang, vocab in _WORD_SETS.items()
    }
    best = max(scores.values())
    if best == 0:
        return default if default in LANGUAGES else "en"
    leaders = [lang for lang, score in scores.items() if score == best]
    if default in leaders:
        return default
    return leaders[0]


_LETTERS = {"de": "äöüß", "fr": "àâçèêëîïôùûœ", "es": "ñ¿¡áíóú", "nl": "ĳ"}


def _letters(text: str, lang: str) -> int:
    """A little weight for letters only one of the languages uses."""
    marks = _LETTERS.get(lang, "")
    return 2 if marks and any(c in marks for c in text.lower()) else 0
