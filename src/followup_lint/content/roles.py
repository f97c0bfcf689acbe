"""Roles of one sentence: what it does for (or to) the reader, with the evidence.

``assign_roles("We help {{ segment }} teams cut churn by 30%.", "en")`` returns a
:class:`SentenceRoles` with the role ``pitch`` and, as evidence, the cue that matched and the
words it matched. The role ids are the shared vocabulary of ``rules/roles.yml``.

Evidence comes from the cue lexicons (``rules/cues/``, matched on lemmas) and, when the trained
classifier is installed (``followup_lint.content.model``), from its probabilities: a role is
given when a cue matched OR the model's probability reaches the role's threshold stored with
the model, unless one of the role's exceptions in the lexicon matches the sentence ("no rush"
is never pressure, whoever says so), and no loss role where every word of losing or leaving is
someone else's loss (:mod:`.loss_owner`: "the chargers guests left behind"). The classifier reads the cues' findings as features too,
so a sentence where a cue of another role matched, or a cue of this role matched only part of
the way, counts with what the cue lexicon knows. Pass ``model=None`` for cues only. The result
is cached per (text, language, model, lexicon): a template's sentences are read once however many recipients it has.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Sequence

from .agency import agency_of, number_only
from .features import cue_features
from .gratitude import deed_spans, only_thanks
from .lemmas import LANGUAGES
from .lexicon import Lexicon, builtin_lexicon, load_roles
from .loss_owner import someone_elses_loss
from .choice_question import leaves_choice
from .closing_moves import HANDOVER, HELD_PLACE, closing_moves
from .demanded_meeting import DEMANDED_MEETING, demanded_meeting
from .offer_terms import offer_moves
from .own_delivery import is_own_delivery, loose_pushy
from .price_statement import PRICE_DETAIL, price_span
from .sender_figures import without_sender_figures
from .service_claims import service_claims
from .tokens import detect_language, tokenize

__all__ = ["DEFAULT", "Evidence", "SentenceRoles", "assign_roles", "default_model", "findings_as_features", "role_ids"]


class _Default:
    def __repr__(self) -> str:
        return "DEFAULT"


#: ``model=DEFAULT``: use the shipped classifier when it is installed, else cues only.
DEFAULT: Any = _Default()

# A link or a link variable counts as something for the reader unless it books the sender's time.
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+", re.IGNORECASE)
_RESOURCE_VARIABLE = re.compile(
    r"(?:^|[._])(?:url|link|href|uri)s?$|recording|replay|deck|slides|download|resource|report|guide|video|"
    r"article|case_?study|whitepaper|ebook|attachment|checklist|template|playbook|notes|summary|answer",
    re.IGNORECASE,
)
_BOOKING = re.compile(
    r"calendly|cal\.com|savvycal|zcal|chilipiper|meetings\.hubspot|calendar|booking|book|schedule|meeting_?link|"
    r"demo|trial|pricing|checkout|buy|signup|sign_up|unsub|opt_?out|preferences",
    re.IGNORECASE,
)
_VAR = re.compile(r"\{\{-?\s*([A-Za-z_][\w.]*)?.*?-?\}\}", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a sentence has a role.

    ``source`` is ``cue`` (``detail`` is the cue phrase, ``text`` the words it matched),
    ``model`` (``detail`` lists the words the classifier weighed most, ``probability`` is set)
    ``link`` (a URL or link variable that gives the reader something) or ``structure`` (who acts
    in the sentence, :mod:`.agency`: ``detail`` says it in words).
    """

    role: str
    source: str
    detail: str
    text: str = ""
    start: int = 0
    end: int = 0
    probability: float | None = None
    group: str = ""
    """The cue's group within the role, when its lexicon names one (``self``)."""

    def describe(self) -> str:
        if self.source == "cue":
            return f"cue '{self.detail}' matched '{self.text}'"
        if self.source == "model":
            return f"model p={self.probability:.2f} ({self.detail})" if self.probability is not None else "model"
        if self.source == "structure":
            return f"structure: {self.detail}"
        return f"{self.source} '{self.text or self.detail}'"


@dataclass(frozen=True, slots=True)
class SentenceRoles:
    """One sentence and its roles.

    ``segment`` says where it sits (``subject``, ``greeting``, ``opener``, ``body``,
    ``call_to_action``, ``ps``, ``signoff``) when it comes from a whole template, and
    ``start``/``end`` are its offsets in the template's neutral text (the subject's in its own
    neutral text). ``ask_strength`` is ``"pushy"`` for a presumptive, time-boxed or demanding
    ask, ``"soft"`` for any other ask, ``None`` when the sentence asks for nothing.
    """

    text: str
    lang: str
    roles: frozenset[str]
    evidence: tuple[Evidence, ...]
    segment: str = ""
    start: int = 0
    end: int = 0
    index: int = 0
    paragraph: int = 0

    @property
    def ask_strength(self) -> str | None:
        if "pushy" in self.roles:
            return "pushy"
        return "soft" if "ask" in self.roles else None

    @property
    def is_question(self) -> bool:
        return self.text.rstrip(" )\"'»”’*_").endswith(("?", "？"))

    def has(self, *roles: str) -> bool:
        """Whether the sentence has any of ``roles``."""
        return any(role in self.roles for role in roles)

    def evidence_for(self, role: str) -> tuple[Evidence, ...]:
        return tuple(e for e in self.evidence if e.role == role)

    def has_rule_evidence(self, role: str) -> bool:
        """Whether a cue or the sentence's structure gives ``role``, not only the classifier's
        word weights (which read a sentence's topic as a pitch or hype at times)."""
        return any(e.source != "model" for e in self.evidence_for(role))

    def with_evidence(self, evidence: Iterable[Evidence]) -> SentenceRoles:
        """The same sentence in the same place with other evidence; its roles are the evidence's."""
        found = tuple(evidence)
        return SentenceRoles(self.text, self.lang, frozenset(e.role for e in found), found, self.segment,
                             self.start, self.end, self.index, self.paragraph)

    def explain(self, role: str) -> str:
        """The evidence for ``role`` in one short phrase, for a finding's message."""
        found = self.evidence_for(role)
        return found[0].describe() if found else ""

    def with_place(self, *, segment: str, start: int, end: int, index: int, paragraph: int) -> "SentenceRoles":
        return SentenceRoles(self.text, self.lang, self.roles, self.evidence, segment, start, end, index, paragraph)


def role_ids() -> tuple[str, ...]:
    """The role vocabulary (``rules/roles.yml``) in order."""
    return tuple(load_roles())


_model_lock = threading.Lock()
_model_cache: list[Any] = []


def default_model() -> Any:
    """The shipped classifier (``followup_lint.content.model.load_model()``), or None when it
    is not installed or cannot be loaded (then roles come from cues alone)."""
    if not _model_cache:
        with _model_lock:
            if not _model_cache:
                try:
                    from . import model as model_module  # type: ignore[attr-defined]

                    loaded = model_module.load_model()
                except Exception:  # noqa: BLE001 - a missing or broken model means cues only
                    loaded = None
                _model_cache.append(loaded)
    return _model_cache[0]


def _threshold(model: Any, role: str, lang: str) -> float:
    """The model's threshold for ``role`` in ``lang``: ``threshold(role, lang)`` when it has one,
    else its ``thresholds`` mapping, else 0.5."""
    method = getattr(model, "threshold", None)
    if callable(method):
        for args in ((role, lang), (role,)):
            try:
                return float(method(*args))
            except TypeError:
                continue
            except Exception:  # noqa: BLE001 - a broken model falls back to 0.5
                break
    value = getattr(model, "thresholds", None)
    if isinstance(value, dict) and role in value:
        return float(value[role])
    return 0.5


def assign_roles(
    text: str,
    lang: str = "auto",
    *,
    model: Any = DEFAULT,
    variables: Sequence[tuple[int, int, str]] = (),
    lexicon: Lexicon | None = None,
) -> SentenceRoles:
    """The roles of one sentence.

    ``text`` is the sentence as a reader sees it, with template expressions either as written
    (``{{ company }}``) or replaced by stand-ins; ``variables`` gives the stand-ins'
    ``(start, end, variable name)`` so they read as variables. ``lang`` is en, de, fr, es, nl
    or ``auto`` (guessed from the sentence's function words). ``model`` is DEFAULT (the
    shipped classifier if installed), None (cues only) or any object with
    ``classify(text, lang) -> [RoleScore(role, probability, evidence)]``.
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    language = lang if lang in LANGUAGES else detect_language(text, "en")
    chosen = default_model() if model is DEFAULT else model
    chosen_lexicon = lexicon or builtin_lexicon()
    return _assign(text, language, tuple(variables), chosen, chosen_lexicon, chosen_lexicon.version)


@lru_cache(maxsize=8192)
def _assign(
    text: str, lang: str, variables: tuple[tuple[int, int, str], ...], model: Any, lexicon: Lexicon, version: int
) -> SentenceRoles:
    spans = list(variables)
    names = {(s, e): n for s, e, n in variables}
    if not variables:
        for match in _VAR.finditer(text):
            spans.append((match.start(), match.end(), match.group(1) or ""))
            names[(match.start(), match.end())] = match.group(1) or ""
    for match in _URL.finditer(text):
        if not any(s < match.end() and match.start() < e for s, e, _ in spans):
            spans.append((match.start(), match.end(), match.group()))
            names[(match.start(), match.end())] = match.group()
    tokens = tokenize(text, lang, [(s, e) for s, e, _ in spans])
    evidence: list[Evidence] = []
    deeds = deed_spans(tokens, text, lang)
    for found in lexicon.for_language(lang).find(tokens, text):
        if found.cue.role == "pitch" and number_only(tokens, found.start, found.end):
            continue  # a number alone ("half") is never the evidence of a sell
        if found.cue.role in _DEED_ROLES and any(s <= found.start < e for s, e in deeds):
            continue  # "Thanks for signing up for the session": the reader did it already
        evidence.append(
            Evidence(found.cue.role, "cue", found.cue.phrase, found.text, found.start, found.end, group=found.cue.group)
        )
    for (start, end), name in names.items():
        if _RESOURCE_VARIABLE.search(name) and not _BOOKING.search(name):
            evidence.append(Evidence("value", "link", name, text[start:end], start, end))
    price = price_span(tokens, text, lang)
    if price is not None:
        # "It costs a flat £4 per shift" prices the offer: a pitch, never what the reader loses
        evidence = [e for e in evidence if e.role != "loss"]
    moves = closing_moves(tokens, text, lang) + offer_moves(tokens, text, lang)
    if any(m.detail in (HANDOVER, HELD_PLACE) for m in moves):
        # "I've attached an order form", "I've set one of the places aside for you": handing over
        # a closing document or holding a place gives the reader nothing
        evidence = [e for e in evidence if not (e.role == "value" and e.source == "cue")]
    features = findings_as_features(evidence)
    agency = agency_of(text, lang, tokens)
    structural = _structure_evidence(agency, {e.role for e in evidence}, text)
    if price is not None and "pitch" not in {e.role for e in evidence + structural}:
        structural.append(Evidence("pitch", "structure", PRICE_DETAIL, text[price[0] : price[1]], *price))
    for move in moves:
        structural.append(Evidence(move.role, "structure", move.detail, text[move.start : move.end], move.start, move.end))
    for claim in service_claims(tokens, text, lang):
        if not any(e.role == claim.role and e.start < claim.end and claim.start < e.end for e in evidence):
            structural.append(Evidence(claim.role, "structure", claim.detail, text[claim.start : claim.end], claim.start, claim.end))
    demanded = demanded_meeting(tokens, text, lang)
    if demanded is not None:
        structural.append(Evidence("pushy", "structure", DEMANDED_MEETING, text[demanded.start : demanded.end], demanded.start, demanded.end))
    if structural:
        # the lexicons' exceptions ("our platform team fixed the bug you reported") bind it too
        vetoed = lexicon.for_language(lang).vetoed(tokens, {e.role for e in structural})
        evidence.extend(e for e in structural if e.role not in vetoed)
    # "we are one of the leading ..., with 300 engineers": the sender's figures are claims
    evidence = without_sender_figures(evidence, tokens)
    roles = {e.role for e in evidence}
    if model is not None:
        found = _model_evidence(model, text, lang, roles, features)
        if found:
            # the lexicons' exceptions ("no rush", "open to sharing") bind the classifier too,
            # and so does the sentence's structure (a third party as the agent is no pitch)
            vetoed = lexicon.for_language(lang).vetoed(tokens, {e.role for e in found}) | _structure_vetoes(agency)
            if price is not None:
                vetoed.add("loss")
            if only_thanks(deeds, tokens):
                vetoed |= _DEED_ROLES
            evidence.extend(e for e in found if e.role not in vetoed)
        roles = {e.role for e in evidence}
    if "loss" in roles and someone_elses_loss(tokens, text, lang):
        # the guests' lost chargers, a lost-and-found shelf: a loss that is not the reader's
        evidence = [e for e in evidence if e.role != "loss"]
        roles.discard("loss")
    if "pushy" in roles and leaves_choice(tokens, text, lang):
        # "Would you consider a 20-minute slot on 9 October?": the reader decides; a demanded
        # meeting stays pushy
        dropped = [e for e in evidence if e.role == "pushy" and e.detail != DEMANDED_MEETING]
        evidence = [e for e in evidence if e not in dropped]
        if dropped and not any(e.role == "ask" for e in evidence):
            first = dropped[0]
            evidence.append(Evidence("ask", first.source, first.detail, first.text, first.start, first.end, first.probability))
        roles = {e.role for e in evidence}
    if "pushy" in roles and is_own_delivery(tokens, text, lang):
        # "I'll send the survey form on Friday, as promised": the sender's own action books no
        # time of the reader; a cue or a demanded meeting stays pushy
        evidence = [e for e in evidence if not (e.role == "pushy" and loose_pushy(e.source, e.detail))]
        roles = {e.role for e in evidence}
    if "pushy" in roles and "ask" not in roles:
        pushy = next(e for e in evidence if e.role == "pushy")
        evidence.append(Evidence("ask", pushy.source, pushy.detail, pushy.text, pushy.start, pushy.end, pushy.probability))
        roles.add("ask")
    known = load_roles()
    evidence.sort(key=lambda e: (list(known).index(e.role) if e.role in known else 99, e.start))
    return SentenceRoles(text, lang, frozenset(roles), tuple(evidence), start=0, end=len(text))


#: Roles a thanks for the reader's own deed never has (:mod:`.gratitude`).
_DEED_ROLES = frozenset({"ask", "pushy"})


def _structure_evidence(agency: Any, have: set[str], text: str) -> list[Evidence]:
    """Roles the sentence's structure gives (:mod:`.agency`): the sender as the agent of a
    benefit is a pitch, a question for who decides or whether budget is set aside qualifies."""
    found = []
    if agency.benefit is not None:
        start, end, detail = agency.benefit
        found.append(Evidence("pitch", "structure", detail, text[start:end], start, end))
    if agency.qualify is not None and "qualify" not in have:
        start, end, detail = agency.qualify
        found.append(Evidence("qualify", "structure", detail, text[start:end], start, end))
    return found


def _structure_vetoes(agency: Any) -> set[str]:
    """Roles the classifier may not give against the sentence's structure: no pitch when a
    third party (research, a rule, the market) or a tip is the agent, no loss framing in a tip
    (an order to the reader with nothing of the sender's in it), no pitch when
    the sender reports research or does not act at all, no qualification in a how-question about
    the reader's practice that names no budget, purchase or person."""
    vetoed = set()
    if agency.third_party:
        vetoed.add("pitch")
    if agency.tip:
        vetoed.add("loss")
    if agency.research:
        vetoed.add("pitch")
    if agency.practice_question:
        vetoed.add("qualify")
    return vetoed


def findings_as_features(evidence: Iterable[Evidence]) -> frozenset[str]:
    """What the lexicons (and resource links) found, as the classifier's ``c:`` features. The
    trainer reads ``assign_roles(text, lang, model=None).evidence`` through this too."""
    return cue_features(
        (e.role, e.detail if e.source == "cue" else e.source) for e in evidence if e.source not in ("model", "structure")
    )


def _model_evidence(model: Any, text: str, lang: str, have: Iterable[str], cues: frozenset[str]) -> list[Evidence]:
    """The roles the model adds to those the cues found (``have``). A model that reads cue
    findings (``uses_cues``) is given them."""
    try:
        if getattr(model, "uses_cues", False):
            scores = model.classify(text, lang, cues)
        else:
            scores = model.classify(text, lang)
    except Exception:  # noqa: BLE001 - the model is a second opinion; cues still stand
        return []
    have = set(have)
    found: list[Evidence] = []
    for score in scores or ():
        role = getattr(score, "role", None)
        probability = float(getattr(score, "probability", 0.0))
        if role is None or role in have or probability < _threshold(model, role, lang):
            continue
        words = tuple(getattr(score, "evidence", ()) or ())
        found.append(Evidence(role, "model", ", ".join(words[:4]), "", 0, 0, probability))
    return found
