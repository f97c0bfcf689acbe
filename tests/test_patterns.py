"""Tests for followup_lint.patterns: RE2-backed, linear-time user patterns and phrase lists."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_lint.patterns import (
    MAX_PATTERN_LENGTH,
    PatternError,
    PatternMatch,
    SafePattern,
    compile_pattern,
    compile_phrases,
)

SRC = str(Path(__file__).resolve().parents[1] / "src")


def found(pattern: SafePattern, text: str) -> list[str]:
    return [m.text for m in pattern.finditer(text)]


def spans(pattern: SafePattern, text: str) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in pattern.finditer(text)]


# ---------------------------------------------------------------- compile_pattern: matching

PATTERN_CASES = [
    # (pattern, options, text, expected matched texts)
    ("act now", {}, "Act now! Or ACT NOW. Or act  now.", ["Act now", "ACT NOW"]),
    ("free", {}, "Free trial. Freedom, carefree, FREE!", ["Free", "FREE"]),
    ("free", {"word_boundaries": False}, "Freedom, carefree", ["Free", "free"]),
    ("free", {"ignore_case": False}, "Free trial, free demo", ["free"]),
    ("last chance", {}, "This is your LAST CHANCE to register.", ["LAST CHANCE"]),
    (r"only \d+ (seats|spots) left", {}, "Only 3 seats left! only 12 spots left.",
     ["Only 3 seats left", "only 12 spots left"]),
    (r"expires? (tonight|today|soon)", {}, "Offer expires tonight; it expires soon.",
     ["expires tonight", "expires soon"]),
    ("hurry", {}, "Hurry, hurry! Hurrying is not it.", ["Hurry", "hurry"]),
    # Unicode-aware boundaries: RE2's own \b would never match after "é".
    ("café", {}, "Le café, CAFÉ! cafés et décaféiné.", ["café", "CAFÉ"]),
    ("grüße", {}, "Viele Grüße und GRÜßE, Grüßen nicht.", ["Grüße", "GRÜßE"]),
    ("naïve", {}, "a naïve plan; naïveté", ["naïve"]),
    # Edges that are punctuation get no boundary on that side.
    ("!!!", {}, "Hurry!!! Now!!!!", ["!!!", "!!!"]),
    (r"\$\$\$", {}, "Earn $$$ fast, $$$$", ["$$$", "$$$"]),
    ("100%", {}, "100% free and 100%.", ["100%", "100%"]),
    (r"\d+% off", {}, "Get 20% off today, 5% offline", ["20% off"]),
    # Alternation: each branch gets its own boundaries; later branches still match.
    ("a|ab", {}, "ab c a", ["ab", "a"]),
    ("free|!!!", {}, "free!!!free", ["free", "!!!", "free"]),
    ("(?i)ACT", {"ignore_case": False}, "act", ["act"]),
    ("buy now|order today", {}, "Buy now or order today.", ["Buy now", "order today"]),
    # Adjacent matches share the boundary character between them.
    ("go", {}, "go go go", ["go", "go", "go"]),
    ("x", {}, "x", ["x"]),
]


@pytest.mark.parametrize(("pattern", "options", "text", "expected"), PATTERN_CASES)
def test_compile_pattern_matches(pattern, options, text, expected):
    assert found(compile_pattern(pattern, **options), text) == expected


def test_match_is_a_named_tuple_with_character_offsets():
    text = "Ünïcödé 😀 act now, café ACT NOW"
    matches = list(compile_pattern("act now").finditer(text))
    assert matches == [PatternMatch(10, 17, "act now"), PatternMatch(24, 31, "ACT NOW")]
    for start, end, matched in matches:
        assert text[start:end] == matched


def test_offsets_are_characters_for_accents_and_emoji():
    text = "Ça va? 😀😀 Déjà vu, naïve café. 🎉 café"
    result = list(compile_pattern("café").finditer(text))
    assert [(m.start, m.end) for m in result] == [(25, 29), (33, 37)]
    assert all(text[m.start : m.end] == m.text == "café" for m in result)


def test_search_and_matches():
    pattern = compile_pattern("limited time")
    assert pattern.search("For a LIMITED TIME only") == PatternMatch(6, 18, "LIMITED TIME")
    assert pattern.search("Nothing here") is None
    assert pattern.matches("limited time offer")
    assert not pattern.matches("unlimited timeline")


def test_non_str_or_empty_text_gives_no_matches():
    pattern = compile_pattern("x")
    assert list(pattern.finditer("")) == []
    assert list(pattern.finditer(None)) == []  # type: ignore[arg-type]


def test_lone_surrogates_do_not_break_offsets():
    text = "\ud800x \udfffx x"
    assert spans(compile_pattern("x"), text) == [(1, 2), (4, 5), (6, 7)]


# ------------------------------------------------------------- compile_pattern: rejections

ERROR_CASES = [
    # (pattern, words the message must contain)
    (r"(a)\1", ["backreference", r"\1"]),
    (r"(?P<x>a)(?P=x)", ["named backreference"]),
    (r"free(?= trial)", ["lookahead"]),
    (r"free(?! trial)", ["negative lookahead"]),
    (r"(?<=get )free", ["lookbehind"]),
    (r"(?<!not )free", ["negative lookbehind"]),
    (r"(?>a+)b", ["atomic group"]),
    (r"a++b", ["possessive"]),
    (r"now\Z", [r"\z"]),
    (r"(?x) act \s now", ["verbose"]),
    (r"(act now", ["not a valid regular expression", "missing )"]),
    (r"[a-", ["not a valid regular expression"]),
    (r"*free", ["not a valid regular expression"]),
    ("x{5000}", ["too large"]),
    ("", ["empty pattern"]),
    ("   ", ["empty pattern"]),
    ("a*", ["empty string"]),
    ("(free)?", ["empty string"]),
    ("x|", ["empty string"]),
]


@pytest.mark.parametrize(("pattern", "words"), ERROR_CASES)
def test_unsupported_or_invalid_patterns_raise_pattern_error(pattern, words):
    with pytest.raises(PatternError) as info:
        compile_pattern(pattern)
    message = str(info.value)
    for word in words:
        assert word in message
    if pattern.strip():
        assert repr(pattern) in message  # the message names the pattern
    assert info.value.pattern == pattern


def test_pattern_error_is_a_value_error_and_names_the_engine():
    with pytest.raises(ValueError, match="RE2"):
        compile_pattern(r"(?=x)x")


def test_overlong_and_non_string_patterns():
    with pytest.raises(PatternError, match="limit"):
        compile_pattern("a" * (MAX_PATTERN_LENGTH + 1))
    with pytest.raises(PatternError, match="string"):
        compile_pattern(42)  # type: ignore[arg-type]


def test_repr_names_the_pattern():
    assert "act now" in repr(compile_pattern("act now"))


# ---------------------------------------------------------------------- compile_phrases

HARD_SELL = [
    "act now",
    "last chance",
    "don't miss out",
    "limited time offer",
    "free trial",
    "free",
    "100% free",
    "!!!",
    "buy now",
    "follow-up",
    "C++",
    "(free)",
    "$100 off",
    "Grüße",
]

PHRASE_CASES = [
    ("Act now, it's your LAST CHANCE.", ["Act now", "LAST CHANCE"]),
    ("Act\nnow", ["Act\nnow"]),  # any whitespace run between words
    ("act\u00a0 now", ["act\u00a0 now"]),  # including non-breaking spaces
    ("Don’t miss out!!!", ["Don’t miss out", "!!!"]),  # curly apostrophe
    ("Start your free trial today", ["free trial"]),  # longest phrase wins
    ("It's 100% free.", ["100% free"]),
    ("Freedom is not free", ["free"]),
    ("A quick follow‑up", ["follow‑up"]),  # non-breaking hyphen
    ("We use C++ daily", ["C++"]),
    ("It's (free) really", ["(free)"]),
    ("Get $100 off now", ["$100 off"]),
    ("Viele GRÜßE", ["GRÜßE"]),
    ("Buy nowhere, by now", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), PHRASE_CASES)
def test_compile_phrases_one_pass(text, expected):
    assert found(compile_phrases(HARD_SELL), text) == expected


def test_phrase_of_returns_the_original_phrase():
    pattern = compile_phrases(["Don't miss out", "act now"])
    match = pattern.search("DON’T   MISS\nOUT")
    assert match is not None
    assert pattern.phrase_of(match.text) == "Don't miss out"
    assert compile_pattern("x").phrase_of("x") is None


def test_regex_metacharacters_in_phrases_are_literal():
    pattern = compile_phrases(["a.b", "x*y", "[sale]", "a|b"])
    assert found(pattern, "axb a.b xxy x*y sale [sale] a b a|b") == ["a.b", "x*y", "[sale]", "a|b"]


def test_phrases_case_and_boundary_options():
    assert found(compile_phrases(["Sale"], ignore_case=False), "sale Sale SALE") == ["Sale"]
    assert found(compile_phrases(["sale"], word_boundaries=False), "wholesale") == ["sale"]
    assert found(compile_phrases(["sale"]), "wholesale") == []


def test_empty_blank_and_duplicate_phrases():
    assert list(compile_phrases([]).finditer("anything")) == []
    assert list(compile_phrases(["", "   "]).finditer("anything")) == []
    assert found(compile_phrases(["Free", "free", " free "]), "free") == ["free"]
    assert found(compile_phrases("act now"), "act now") == ["act now"]  # a lone string


def test_bad_phrase_lists_raise_pattern_error():
    with pytest.raises(PatternError):
        compile_phrases([1, 2])  # type: ignore[list-item]
    with pytest.raises(PatternError):
        compile_phrases(5)  # type: ignore[arg-type]


def test_large_phrase_list_compiles_and_scans():
    phrases = [f"offer number {i}" for i in range(3000)]
    pattern = compile_phrases(phrases)
    assert found(pattern, "see offer number 2999 and offer number 7.") == [
        "offer number 2999",
        "offer number 7",
    ]


# ------------------------------------------------------------- catastrophic backtracking

PATHOLOGICAL = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {src!r})
    from followup_lint.patterns import compile_pattern
    cases = [
        (r"(a+)+$", "a" * 50000 + "!", 0),
        (r"(x+x+)+y", "x" * 50000, 0),
        (r"(a|aa)+b", "a" * 50000 + "!", 0),
        (r"(a|a?)+c", "a" * 50000, 0),
        (r"(\\w+\\s?)+$", "a " * 25000 + "!", 0),
        (r"(a+)+!", "a" * 50000 + "!", 1),
    ]
    for pattern, subject, expected in cases:
        for boundaries in (True, False):
            compiled = compile_pattern(pattern, word_boundaries=boundaries)
            assert len(list(compiled.finditer(subject))) == expected, pattern
    print("done")
    """
)


def test_pathological_patterns_finish_quickly():
    # With Python's re, (a+)+$ against "a"*50000 + "!" would not finish in our lifetime.
    # The guard is a generous subprocess timeout, not a timing assertion.
    result = subprocess.run(
        [sys.executable, "-c", PATHOLOGICAL.format(src=SRC)],
        capture_output=True,
        text=True,
        timeout=20,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "done"


# ------------------------------------------------------------------------- properties


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=20), max_size=8), st.text(max_size=300))
def test_phrases_finditer_never_raises_and_offsets_are_consistent(phrases, text):
    pattern = compile_phrases(phrases)
    last = 0
    for start, end, matched in pattern.finditer(text):
        assert last <= start < end <= len(text)
        assert text[start:end] == matched
        last = end


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.text(max_size=200), st.booleans())
def test_compile_pattern_either_compiles_or_raises_pattern_error(pattern, text, boundaries):
    try:
        compiled = compile_pattern(pattern, word_boundaries=boundaries)
    except PatternError as error:
        assert str(error)
        return
    last = 0
    for start, end, matched in compiled.finditer(text):
        assert last <= start < end <= len(text)
        assert text[start:end] == matched
        last = end


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1, max_size=8),
    st.text(max_size=100),
)
def test_word_boundaries_hold_for_any_word(word, text):
    """A word-bounded literal never starts or ends inside a word."""
    pattern = compile_phrases([word])
    for start, end, _ in pattern.finditer(text):
        assert start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")
        assert end == len(text) or not (text[end].isalnum() or text[end] == "_")
