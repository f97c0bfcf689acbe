"""The per-sentence gate of a cue set (skip a phrase table none of whose cues has a word it cannot
do without in the sentence), the tokens kept per text and the advice reading's late look at who
acts are speed-ups, not readings: none may change what is found. Checked against the plain
matcher on the role corpus, every language, for every phrase table of ``rules/data/`` that a
module reads through :class:`PhraseTable` and for the cue lexicons."""

from __future__ import annotations

import csv
import importlib
import pkgutil
from pathlib import Path

import pytest

import followup_lint.checks.content as check_content
import followup_lint.content as content
from followup_lint.content import advice_context, cues, tokens as tokens_module
from followup_lint.content.agency import agency_of
from followup_lint.content.lexicon import builtin_lexicon
from followup_lint.content.phrase_tables import PhraseTable
from followup_lint.content.tokens import tokenize

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "roles"
LANGS = ["en", "de", "fr", "es", "nl"]


def _sentences(lang: str, every: int = 7) -> list[str]:
    with (CORPUS / f"{lang}.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [row["text"] for row in rows[::every]]


def _tables() -> list[PhraseTable]:
    """Every phrase table a module of the content readings and content checks holds."""
    found: dict[int, PhraseTable] = {}
    for package in (content, check_content):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for value in vars(module).values():
                if isinstance(value, PhraseTable):
                    found[id(value)] = value
    return list(found.values())


def _cue_sets(lang: str) -> list[tuple[str, cues.CueSet]]:
    sets = [(f"{table.name}:{group}", cue_set) for table in _tables() for group, cue_set in table._sets(lang).items()]
    return [*sets, ("lexicon", builtin_lexicon().for_language(lang))]


def _found(sets: list[tuple[str, cues.CueSet]], sentences: list[str], lang: str) -> list[tuple[str, str, int, int]]:
    out = []
    for text in sentences:
        words = tokenize(text, lang)
        for name, cue_set in sets:
            out += [(name, m.cue.phrase, m.start, m.end) for m in cue_set.find(words, text)]
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_gate_finds_what_the_plain_matcher_finds(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = _sentences(lang)
    sets = _cue_sets(lang)
    assert len(sets) > 80  # the round's seven tables among some thirty
    gated = _found(sets, sentences, lang)
    monkeypatch.setattr(cues, "_meets", lambda tokens, gate: True)
    plain = _found(sets, sentences, lang)
    assert gated == plain
    # the sample does match phrase tables, not only the lexicon
    assert len({name for name, *_ in plain if name != "lexicon"}) > 10


def test_gate_keeps_a_naming_use() -> None:
    """'me llamo' is matched by its naming lemma ('llamar+name'), which the sentence has only after
    its clause is marked: the gate stands the bare lemma for it."""
    cue_set = cues.CueSet("es")
    cue_set.add(cues.parse_cue("me llamo", "es", "intro"))
    text = "Hola, me llamaba Ana y le escribo por el taller."
    plain = cue_set.find(tokenize(text, "es"), text)
    assert plain and cue_set._gate is not None


def test_a_set_with_a_cue_that_requires_no_word_is_never_gated() -> None:
    cue_set = cues.CueSet("en")
    cue_set.add(cues.parse_cue("{num} off", "en", "pitch"))
    cue_set.add(cues.parse_cue("[just]? following up", "en", "pitch"))
    cue_set.find(tokenize("Hello", "en"), "Hello")
    assert cue_set._gate is not None and "off" in cue_set._gate


@pytest.mark.parametrize("lang", LANGS)
def test_kept_tokens_are_the_tokens_read_afresh(lang: str) -> None:
    for text in _sentences(lang, every=37):
        first = tokenize(text, lang)
        first.clear()  # a caller's list is its own
        assert tokenize(text, lang) == tokens_module._tokenize(text, lang, ())
    text = "Hi NAME, thanks for COMPANY."
    spans = [(3, 7), (20, 27)]
    assert tokenize(text, lang, spans) == tokens_module._tokenize(text, lang, spans)
    assert tokenize(text, lang, [[3, 7]]) == tokens_module._tokenize(text, lang, [[3, 7]])  # unhashable spans


def _advice_reading_first_agency(text: str, lang: str) -> str:
    """The advice reading as it was written before its look at who acts moved after the order and
    remedy tests (see :func:`advice_context._advice`)."""
    text = advice_context._LIST_ITEM.sub("", text, count=1)
    words = tokenize(text, lang)
    table = advice_context._TABLE
    steps = advice_context.step_list(text, lang) == "reader"  # the reader's own steps (tonefix21e)
    sells = not steps and "sales" in advice_context.groups_in(text, lang)
    if advice_context.names_own_product(text, lang) or sells or advice_context._THREAT.find("threat", words, text, lang):
        return ""
    if table.find("slogan", words, text, lang):
        return ""
    if table.find("attempt", words, text, lang):
        return "attempt"
    if text.rstrip(" )\"'»”’*_").endswith(("?", "？")):
        return ""
    if steps:
        return "" if agency_of(text, lang, words).sender else "steps"
    if table.find("howto", words, text, lang):
        return "howto"
    agency = agency_of(text, lang, words)
    if agency.sender or agency.sender_agent:
        return ""
    if table.find("remedy", words, text, lang) and table.find("means", words, text, lang):
        return "remedy"
    if table.find("for_sender", words, text, lang):
        return ""  # an order for the sender's sake ("Give me the nod ...") is no advice
    return "order" if advice_context._order(words, lang) else ""


#: an order of advice per language, so the sample always exercises the order reading (the corpus
#: sample's orders may all be for the sender's sake: "Envoyez-moi votre Kbis")
_ORDERS = {
    "en": "Ask your insurer for the claims history before renewal.",
    "de": "Fragen Sie Ihren Versicherer vor der Verlängerung nach der Schadenhistorie.",
    "fr": "Demandez à votre assureur l'historique des sinistres avant l'échéance.",
    "es": "Pida a su aseguradora el historial de siniestros antes de renovar.",
    "nl": "Vraag je verzekeraar voor de verlenging om de schadehistorie.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_advice_reading_unchanged(lang: str) -> None:
    sentences = [*_sentences(lang, every=5), _ORDERS[lang]]
    now = [advice_context._advice.__wrapped__(text, lang) for text in sentences]
    before = [_advice_reading_first_agency(text, lang) for text in sentences]
    assert now == before
    assert {"order", ""} <= set(now)
