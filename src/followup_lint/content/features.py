"""Features of one sentence for the role classifier, shared by training and run time.

The input is a sentence's neutral text (what ``TemplateInfo.neutral_text`` gives: template
expressions replaced by the analyser's stand-ins "Example" and "Alex"), or the sentence with its
``{{ ... }}`` expressions still written out. Both become the same typed placeholder tokens, so
"We help {{ segment }} teams" and "We help Example teams" read alike, and both read like
"We help SaaS teams" through the proper-noun shape feature.

Features (each present or absent, never counted):

- ``w:<word>``: lower-cased word; ``p:<prefix>``: the first five letters of a longer word, a cheap
  stand-in for a lemma that works across en/de/fr/es/nl ("scheduling", "schedule" -> "p:sched");
- ``b:<word> <word>``: adjacent word pairs, with ``<s>`` marking the sentence start;
- ``s:<shape>``: question, second person, first person plural, first person singular, number,
  money, percent, time expression, link, proper noun or variable;
- ``l:<lemma>``, ``lb:<lemma> <lemma>``, ``ls:<lemma> <lemma>``: lookup lemmas (spacy-lookups-data
  tables, :mod:`.lemmas`), adjacent lemma pairs and pairs one word apart, so "offering",
  "offered" and "offers" are one feature and "book a call" matches "book a quick call";
- ``c:<role>``, ``c:<role>:<cue>``: what the cue lexicons (``rules/cues``) found in the sentence,
  passed in by the caller. The classifier learns how far each cue can be trusted, so a cue
  that is right nine times in ten still helps without deciding alone.
Two measured options, off in the shipped model (``FEATURE_CONFIG``; ``bench_roles.py --feature``):

- ``n:<letters>``: the letter n-grams of each longer lemma (``char_ngrams`` letters, the lemma
  marked ``^...$``), so a German or Dutch compound shares features with its parts
  ("Rabattcode", "Rabatt") and French or Spanish forms the lemma table lacks share their stem;
  the evidence names the whole word (:func:`ngram_words`);
- ``g:<fact>``: what the sentence does, the same in every language (:mod:`.structure`): the
  subject's person, question / order / statement, a softener, a deadline, a negation, a number.

Besides these, the model reads the sentence's mean word vector (:mod:`.vectors`, over the words
of :func:`sentence_words`) as dense features, scaled by ``FEATURE_CONFIG["vector_scale"]``.

:func:`describe` turns a feature back into words for a finding's evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .lemmas import lemma
from .structure import describe_structure, structure

__all__ = [
    "FEATURE_CONFIG", "OPTIONS_OFF", "cue_features", "describe", "extract", "letter_ngrams", "ngram_words", "normalise",
    "same_features", "sentence_words", "speaks_as_we", "tokens",
]

#: Stand-ins the template analyser writes for an expression (template_text.neutral_text):
#: "Alex" for a variable that holds a name, "Example" for any other variable.
NAME_STAND_IN = "Alex"
VALUE_STAND_IN = "Example"
NAME_TOKEN = "<name>"
VALUE_TOKEN = "<var>"

#: Recorded in the model file: a model is only used with the feature code it was trained with.
FEATURE_CONFIG = {
    "version": 4,
    "prefix_length": 5,
    "bigrams": True,
    "shapes": True,
    "lemmas": True,
    "cues": True,
    "vector_scale": 10.0,  # the sentence's mean word vector (vectors.py) times this, as dense features
    # Measured options, off in the shipped model (benchmarks/README.md, "What the sentence does"):
    "structure": False,  # "facts": person, mood, softeners, deadlines... (structure.py); "facts+pairs+verbs"
    "char_ngrams": 0,  # n > 0: the letter n-grams of longer lemmas (compounds, inflections)
}

#: The value of each option that an older model file does not record: it was trained without it.
OPTIONS_OFF = {"structure": False, "char_ngrams": 0}


def same_features(recorded: object) -> bool:
    """Whether a model file's ``feature_config`` is the one this code extracts (an option the
    file does not name was off when it was trained)."""
    return isinstance(recorded, dict) and {**OPTIONS_OFF, **recorded} == FEATURE_CONFIG

_PREFIX = int(FEATURE_CONFIG["prefix_length"])
_EXPRESSION = re.compile(r"\{\{-?\s*(.*?)\s*-?\}\}", re.DOTALL)
# The analyser's test for a name variable (template_text.NAME_HINT), applied to the last part of
# the variable's path; tests/test_role_model.py checks that both agree.
_NAME_VARIABLE = re.compile(
    r"(?:^|_|\.)(?:first|given|fore|preferred|nick|full|last|family|sur)?_?name$|^f?name$", re.IGNORECASE
)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_TOKEN = re.compile(r"<name>|<var>|<url>|\d+(?:[.,:]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)?|[?!$€£%#]", re.UNICODE)

_SECOND_PERSON = frozenset(
    "you your yours yourself you're you'll you've you'd ya "  # en
    "sie ihr ihnen ihre ihrem ihren ihrer du dich dir dein deine deinem deinen euch euer "  # de
    "vous votre vos tu toi ton ta tes "  # fr
    "usted ustedes su sus tú te tu tus contigo vosotros "  # es
    "u uw je jij jou jouw jullie".split()  # nl
)
_FIRST_PLURAL = frozenset(
    "we our ours us we're we've we'll we'd "
    "wir uns unser unsere unserem unseren unserer "
    "nous notre nos "
    "nosotros nosotras nuestro nuestra nuestros nuestras nos "
    "wij ons onze".split()
)
_FIRST_SINGULAR = frozenset(
    "i i'm i'll i've i'd me my mine "
    "ich mich mir mein meine meinem meinen "
    "je j' moi mon ma mes "
    "yo me mi mis conmigo "
    "ik mij mijn".split()
)
_TIME_WORDS = frozenset(
    # en
    "today tomorrow tonight yesterday monday tuesday wednesday thursday friday saturday sunday "
    "morning afternoon evening week weekend month quarter midnight noon am pm eod hour hours minutes "
    "january february march april may june july august september october november december "
    # de
    "heute morgen übermorgen gestern montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "woche wochenende monat quartal uhr stunden minuten "
    # fr
    "aujourd'hui demain hier lundi mardi mercredi jeudi vendredi samedi dimanche semaine mois "
    "trimestre heures minuti minutes "
    # es
    "hoy mañana ayer lunes martes miércoles jueves viernes sábado domingo semana mes trimestre horas "
    # nl
    "vandaag morgen gisteren maandag dinsdag woensdag donderdag vrijdag zaterdag zondag week maand "
    "kwartaal uur minuten".split()
)
_NOT_NAMES = _FIRST_SINGULAR | _SECOND_PERSON | _FIRST_PLURAL | _TIME_WORDS


def speaks_as_i(words: Iterable[str]) -> bool:
    """Whether the sender speaks in the first person singular (I, my, je, ich, yo, ik ...)."""
    return any(word.lower() in _FIRST_SINGULAR for word in words)


def speaks_as_we(words: Iterable[str], lang: str) -> bool:
    """Whether the sender speaks as a company ("we", "our", "us"; a Spanish verb in the first
    person plural carries no pronoun: "Ayudamos a tiendas ...")."""
    for word in words:
        lower = word.lower()
        if lower in _FIRST_PLURAL:
            return True
        if lang == "es" and len(lower) > 5 and lower.endswith(("amos", "emos", "imos")):
            return True
    return False
_CLOCK = re.compile(r"^\d{1,2}(?:[:.h]\d{2})?$")
_SHAPE_WORDS = {
    "question": "a question",
    "you": "second person",
    "we": "first person plural",
    "i": "first person",
    "number": "a number",
    "money": "an amount of money",
    "percent": "a percentage",
    "time": "a time expression",
    "url": "a link",
    "propn": "a name or variable",
}


_PLACEHOLDER_WORDS = {"<num>": "a number", "<var>": "a variable", "<name>": "a name", "<url>": "a link", "<s>": ""}


def normalise(text: str) -> str:
    """Written-out expressions, stand-ins and links as typed placeholder tokens."""

    def expression(match: re.Match[str]) -> str:
        inner = match.group(1)
        head = re.match(r"[A-Za-z_][\w.]*", inner)
        leaf = head.group().rsplit(".", 1)[-1] if head else ""
        return f" {NAME_TOKEN} " if _NAME_VARIABLE.search(leaf) else f" {VALUE_TOKEN} "

    text = _EXPRESSION.sub(expression, text)
    text = _URL.sub(" <url> ", text)
    text = re.sub(rf"\b{VALUE_STAND_IN}\b", f" {VALUE_TOKEN} ", text)
    return re.sub(rf"\b{NAME_STAND_IN}\b", f" {NAME_TOKEN} ", text)


def tokens(text: str) -> list[str]:
    """The sentence's tokens, placeholders kept, words in their written case."""
    return _TOKEN.findall(normalise(text))


_NO_CUES: frozenset[str] = frozenset()


@lru_cache(maxsize=4096)
def sentence_words(text: str, lang: str = "en") -> tuple[tuple[str, ...], frozenset[str]]:
    """The sentence's words (lower-cased; placeholders ``<var>``, ``<name>``, ``<url>``,
    ``<num>``) and its shapes, as :func:`extract` and the word vectors read them.

    A capitalised word inside the sentence (not a pronoun, day or month) reads as a variable,
    "We help SaaS teams" like "We help {{ segment }} teams"; not in German, where every noun is
    capitalised. Upper-case acronyms (CRM, SSO) stay words."""
    raw = tokens(text)
    proper_nouns = lang != "de"
    words: list[str] = []
    shapes: set[str] = set()
    for index, token in enumerate(raw):
        lower = token.lower()
        if token in (NAME_TOKEN, VALUE_TOKEN, "<url>"):
            shapes.add("url" if token == "<url>" else "propn")
            words.append(token)
            continue
        if token == "?":
            shapes.add("question")
            continue
        if token in "$€£":
            shapes.add("money")
            continue
        if token == "%":
            shapes.add("percent")
            continue
        if token in "!#":
            continue
        if token[0].isdigit():
            shapes.add("number")
            if _CLOCK.match(token) and ":" in token:
                shapes.add("time")
            words.append("<num>")
            continue
        if index > 0 and token[0].isupper() and not token.isupper() and lower not in _NOT_NAMES:
            shapes.add("propn")
            if proper_nouns:
                if not words or words[-1] != VALUE_TOKEN:  # "Pipeline Math Live" is one name
                    words.append(VALUE_TOKEN)
                continue
        if lower in _SECOND_PERSON:
            shapes.add("you")
        if lower in _FIRST_PLURAL:
            shapes.add("we")
        if lower in _FIRST_SINGULAR:
            shapes.add("i")
        if lower in _TIME_WORDS:
            shapes.add("time")
        words.append(lower)
    return tuple(words), frozenset(shapes)


@lru_cache(maxsize=4096)
def extract(text: str, lang: str = "en", cues: frozenset[str] = _NO_CUES) -> frozenset[str]:
    """The features of one sentence (see the module docstring). ``cues`` are the cue lexicons'
    findings for the sentence, as ``role`` and ``role:cue phrase`` (:func:`cue_features`)."""
    words, shapes = sentence_words(text, lang)
    features = {f"s:{shape}" for shape in shapes}
    for word in words:
        features.add(f"w:{word}")
        if len(word) > _PREFIX and not word.startswith("<"):
            features.add(f"p:{word[:_PREFIX]}")
    for left, right in zip(["<s>", *words], words):
        features.add(f"b:{left} {right}")
    lemmas = [word if word.startswith("<") else lemma(word, lang) for word in words]
    features.update(f"l:{item}" for item in lemmas)
    features.update(f"lb:{left} {right}" for left, right in zip(["<s>", *lemmas], lemmas))
    features.update(f"ls:{left} {right}" for left, right in zip(lemmas, lemmas[2:]))
    features.update(f"c:{cue}" for cue in cues)
    if FEATURE_CONFIG.get("structure"):
        mode = str(FEATURE_CONFIG["structure"])
        features.update(structure(words, lemmas, shapes, lang, pairs="pairs" in mode, verbs="verbs" in mode))
    for item in lemmas:
        features.update(letter_ngrams(item))
    return frozenset(features)


def letter_ngrams(item: str) -> list[str]:
    """The ``n:`` features of one lemma: its letter n-grams (``FEATURE_CONFIG["char_ngrams"]``),
    the lemma marked ``^...$``, so "Rabattcode" shares "n:raba", "n:abat"... with "Rabatt"."""
    size = int(FEATURE_CONFIG.get("char_ngrams") or 0)
    if not size or len(item) <= size + 1 or item.startswith("<"):
        return []
    marked = f"^{item}$"
    return [f"n:{marked[i:i + size]}" for i in range(len(marked) - size + 1)]


def ngram_words(text: str, lang: str) -> dict[str, str]:
    """Each ``n:`` feature of a sentence and the first word it comes from, so evidence can name
    "Rabattcode" rather than a piece of it."""
    words, _ = sentence_words(text, lang)
    owners: dict[str, str] = {}
    for word in words:
        if not word.startswith("<"):
            for feature in letter_ngrams(lemma(word, lang)):
                owners.setdefault(feature, word)
    return owners


def cue_features(evidence: Iterable[tuple[str, str]]) -> frozenset[str]:
    """The ``cues`` argument of :func:`extract` from ``(role, cue phrase)`` pairs."""
    found: set[str] = set()
    for role, phrase in evidence:
        found.add(role)
        found.add(f"{role}:{phrase}")
    return frozenset(found)


def describe(feature: str) -> str:
    """A feature in words, for evidence: ``w:call`` -> ``call``, ``s:question`` -> ``a question``."""
    kind, _, value = feature.partition(":")
    if kind == "c":
        role, _, phrase = value.partition(":")
        article = "an" if role[:1] in "aeiou" else "a"
        return f"cue '{phrase}'" if phrase else f"{article} {role} cue"
    value = " ".join(_PLACEHOLDER_WORDS.get(part, part) for part in value.split(" "))
    if kind == "s":
        return _SHAPE_WORDS.get(value, value)
    if kind in ("g", "x"):
        return describe_structure(value)
    if kind == "n":
        return f"…{value.strip('^$')}…"
    if kind == "p":
        return f"{value}…"
    if kind == "ls":
        return value.strip().replace(" ", " … ")
    return value.strip()
