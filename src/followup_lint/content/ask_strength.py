"""Whether an ask is soft and optional: the reader may decline it at no cost.

Issue 10 gives an ask a strength: soft and optional, or presumptive and time-boxed (``pushy``).
An optional ask is not a hard sell (FL201): "If you ever have ten minutes to tell me how you do
it, I'd appreciate it; if not, no problem at all." An ask is optional when it asks for the
reader's advice or experience and names no sales object (a demo, a trial, pricing, the sender's
product), or when it - or the next sentence of its paragraph - lets the reader off ("if not, no
worries", "no need to reply") and it names neither a sales object nor a meeting. A meeting is
optional when both let the reader off: the ask on the reader's interest and the next sentence
explicitly ("Si le sujet vous intéresse, un échange à l'occasion ? Sinon, aucun souci"). A call or a
meeting is optional too when the sender leaves the choice to the reader (:mod:`.reader_choice`:
"if you'd like a short call to get acquainted, glad to; otherwise just email me whenever"). A
pushy ask, or one in a sentence that also pitches, is never optional.

The phrases are data (``rules/data/ask-strength.yml``, in the cue syntax of ``rules/cues/``),
matched on lemmas in the sentence's language; everything is read once per template.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ..resources import data_path, load_once, load_once_per_key, load_yaml
from .cues import CueSet, parse_cue
from .reader_choice import hands_back, offered_on_wish, proposes_slot
from .roles import SentenceRoles
from .tokens import tokenize

__all__ = ["GROUPS", "asks_for_advice", "leaves_choice_to_reader", "lets_off", "optional_asks", "reader_led_asks"]

#: The phrase groups of ``rules/data/ask-strength.yml``.
GROUPS = ("advice", "let_off", "sales", "meeting")


@load_once
def _phrases() -> dict[str, dict[str, list[str]]]:
    data = load_yaml(data_path("ask-strength.yml").read_text(encoding="utf-8")) or {}
    return {group: {str(k): list(v or ()) for k, v in (data.get(group) or {}).items()} for group in GROUPS}


@load_once_per_key
def _cue_sets(lang: str) -> dict[str, CueSet]:
    """One cue set per group for ``lang``, parsed when the language is first read."""
    found: dict[str, CueSet] = {}
    for group, by_lang in _phrases().items():
        cues = CueSet(lang)
        for phrase in by_lang.get(lang, ()):
            cues.add(parse_cue(phrase, lang, "ask", "rules/data/ask-strength.yml", group))
        found[group] = cues
    for phrase in _not_sales().get(lang, ()):
        found["sales"].add_exception(parse_cue(phrase, lang, "ask", "rules/data/ask-strength.yml", "sales"))
    for phrase in _not_meeting().get(lang, ()):
        found["meeting"].add_exception(parse_cue(phrase, lang, "ask", "rules/data/ask-strength.yml", "meeting"))
    return found


@load_once
def _not_sales() -> dict[str, list[str]]:
    """Sales words that are part of another name ("offres d'emploi"): ``not_sales``."""
    data = load_yaml(data_path("ask-strength.yml").read_text(encoding="utf-8")) or {}
    return {str(k): [str(p) for p in v or ()] for k, v in (data.get("not_sales") or {}).items()}


@load_once
def _not_meeting() -> dict[str, list[str]]:
    """Lengths in minutes of something to watch or read ("a two-minute video"): ``not_meeting``."""
    data = load_yaml(data_path("ask-strength.yml").read_text(encoding="utf-8")) or {}
    return {str(k): [str(p) for p in v or ()] for k, v in (data.get("not_meeting") or {}).items()}


@lru_cache(maxsize=4096)
def groups_in(text: str, lang: str) -> frozenset[str]:
    """The groups (advice, let_off, sales, meeting) whose phrases occur in ``text``."""
    sets = _cue_sets(lang)
    tokens = tokenize(text, lang)
    return frozenset(group for group, cues in sets.items() if cues.find(tokens, text))


def sales_matches(text: str, lang: str) -> list:  # type: ignore[type-arg]
    """Where the ``sales`` phrases match ``text``."""
    return _cue_sets(lang)["sales"].find(tokenize(text, lang), text)


def let_off_matches(text: str, lang: str) -> list:  # type: ignore[type-arg]
    """Where the ``let_off`` phrases match ``text``."""
    return _cue_sets(lang)["let_off"].find(tokenize(text, lang), text)


def is_optional(sentence: SentenceRoles, following: SentenceRoles | None = None) -> bool:
    """Whether ``sentence`` is an optional ask (see the module docs); ``following`` is the next
    sentence when it is in the same paragraph."""
    if "ask" not in sentence.roles or sentence.has("pushy", "pitch"):
        return False
    found = groups_in(sentence.text, sentence.lang)
    if "sales" in found:
        return False
    if "advice" in found or leaves_choice_to_reader(sentence, following):
        return True
    let_off_after = (
        following is not None and "let_off" in groups_in(following.text, following.lang)
        and not following.has("ask", "pitch")
    )
    if "let_off" in found and let_off_after:
        return True  # "Si le sujet vous intéresse, un échange à l'occasion ? Sinon, aucun souci": let off twice
    return ("let_off" in found or let_off_after) and "meeting" not in found


def leaves_choice_to_reader(sentence: SentenceRoles, following: SentenceRoles | None = None) -> bool:
    """Whether ``sentence`` offers something only on the reader's wish and hands the next step back
    to them - in it or in ``following`` (the next sentence of its paragraph) - naming no sales
    object and proposing no slot (:mod:`.reader_choice`): "Should a short call to get acquainted
    help, glad to; if not, just write to me whenever"."""
    text, lang = sentence.text, sentence.lang
    if sentence.has("pushy", "pitch") or not offered_on_wish(text, lang) or proposes_slot(text, lang):
        return False
    if "sales" in groups_in(text, lang):
        return False
    if hands_back(text, lang) or "let_off" in groups_in(text, lang):
        return True
    return (
        following is not None
        and not following.has("ask", "pitch")
        and (hands_back(following.text, following.lang) or "let_off" in groups_in(following.text, following.lang))
    )


def asks_for_advice(sentence: SentenceRoles) -> bool:
    """Whether ``sentence`` asks for the reader's advice or experience (with or without the
    ``ask`` role: "Would you be willing to share how your front desk handles cancellations?"),
    naming no sales object and neither pitching nor pushing."""
    if sentence.has("pushy", "pitch"):
        return False
    found = groups_in(sentence.text, sentence.lang)
    return "advice" in found and "sales" not in found


def lets_off(sentence: SentenceRoles) -> bool:
    """Whether ``sentence`` - an ask or not - leaves it to the reader ("Happy to share the log
    sheet, if that's any help", "no reply needed") and names neither a sales object nor a
    meeting, nor pitches or pushes: the email it is in offers, it does not sell."""
    if sentence.has("pushy", "pitch"):
        return False
    found = groups_in(sentence.text, sentence.lang)
    return "let_off" in found and not found & {"sales", "meeting"}


def optional_asks(sentences: Sequence[SentenceRoles]) -> frozenset[int]:
    """The ``index`` of every optional ask among ``sentences`` (in reading order)."""
    return frozenset(s.index for s, following in _with_following(sentences) if is_optional(s, following))


def reader_led_asks(sentences: Sequence[SentenceRoles]) -> frozenset[int]:
    """The ``index`` of every sentence among ``sentences`` - an ask, or an offer the roles gave no
    ask ("Si vous souhaitez un petit appel pour faire connaissance, avec plaisir ; sinon, ...") -
    that leaves the choice to the reader (:func:`leaves_choice_to_reader`): a call or a meeting in
    it is no meeting to sell."""
    return frozenset(s.index for s, following in _with_following(sentences) if leaves_choice_to_reader(s, following))


def _with_following(sentences: Sequence[SentenceRoles]) -> list[tuple[SentenceRoles, SentenceRoles | None]]:
    """Each sentence with the next one when that is in the same paragraph."""
    pairs: list[tuple[SentenceRoles, SentenceRoles | None]] = []
    for position, sentence in enumerate(sentences):
        following = sentences[position + 1] if position + 1 < len(sentences) else None
        if following is not None and following.paragraph != sentence.paragraph:
            following = None
        pairs.append((sentence, following))
    return pairs
