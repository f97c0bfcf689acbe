"""Swapped first/last-name fields, judged from name evidence and the email address."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Final

from .casing import _has_origin
from .junk import LONGEST_NAME, JunkCategory, junk_reason
from .normal import (
    FAMILY,
    GIVEN,
    name_key,
    normalize,
)
from .tables import (
    FAMILY_FIRST_ORIGINS,
    ORIGIN_NAMES,
    STRONG_EVIDENCE,
    given_weight,
    name_info,
    name_role_evidence,
)
from .tokens import (
    _FAMILY_PARTICLES,
    _HONORIFICS_DOTTED,
    _HONORIFICS_PLAIN,
    _SUFFIXES,
)


@dataclass(frozen=True, slots=True)
class SwapVerdict:
    """The first/last-name fields of a record look swapped."""

    confidence: float
    """0.5-0.99, from the summed evidence. >= 0.8 (:attr:`strong`): both fields clear, or
    one clear and the email address agrees. A same-culture verdict without email support
    (Kim / Minjun) scores 0.6."""
    reason: str
    """One sentence, without the names themselves (recipient data is personal data)."""
    evidence: tuple[str, ...]
    """Machine-readable evidence codes, e.g. ``("given-field-is-family-name",
    "family-field-is-given-name", "email:family.given")``."""
    given: str
    """Suggested given name (the value of the family-name field)."""
    family: str
    """Suggested family name (the value of the given-name field)."""

    @property
    def strong(self) -> bool:
        return self.confidence >= 0.8


_EMAIL_WEIGHTS: Final = {
    "given.family": -2.0,
    "initial.family": -3.0,
    "family.initial": -1.0,
    "family.given": 2.0,
    "initial-of-family.given": 3.0,
    "given.initial-of-family": 1.0,
}


@lru_cache(maxsize=65536)
def _field_words(field: str) -> tuple[str, ...]:
    """Name words of a field: no honorifics, suffixes, initials or bare particles."""
    words = normalize(field).replace(",", " ").split()
    out = []
    for i, word in enumerate(words):
        bare = word.strip(".()\"")
        key = name_key(bare)
        if not key or len(key) == 1:
            continue
        if i == 0 and len(words) > 1 and (key in _HONORIFICS_PLAIN or key in _HONORIFICS_DOTTED):
            continue
        if i > 0 and key in _SUFFIXES:
            continue
        out.append(bare)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _FieldEvidence:
    score: float = 0.0
    """Log-odds given-vs-family over the field's name words (0 when unknown or mixed)."""
    family_origins: frozenset[str] = frozenset()
    """Family-first cultures (zh, ko, ja, vi) whose family-name lists hold a word of the field."""
    given_origins: frozenset[str] = frozenset()
    """Family-first cultures whose given-name lists hold a word of the field."""
    particle_led: bool = False
    """The field starts with a surname particle ("van der Berg", "de la Cruz")."""
    family_weight: float = 0.0
    """Largest family-name weight among the field's words."""


@lru_cache(maxsize=65536)
def _field_evidence(field: str) -> _FieldEvidence:
    """What a name field's words say about its role."""
    words = _field_words(field)
    if not words:
        return _FieldEvidence()
    particle_led = False
    content = []
    i = 0
    while i < len(words):
        word = words[i]
        if word == "thi" and i < len(words) - 1:
            i += 1  # Vietnamese middle name (Thi Mai): says nothing about the role
            continue
        if word in _FAMILY_PARTICLES and i < len(words) - 1 and word not in ("mac", "mc"):
            nxt = words[i + 1]
            vietnamese = word == "van" and _has_origin(nxt, "vi.g")
            if not vietnamese and word not in ("y", "al", "el", "o"):
                particle_led = True
            if not vietnamese:
                i += 1
                continue
        content.append(word)
        i += 1
    scores = [name_role_evidence(w) for w in content]
    known = [s for s in scores if s]
    family_origins: set[str] = set()
    given_origins: set[str] = set()
    family_weight = 0.0
    for w in content:
        info = name_info(w)
        if info is not None:
            family_origins |= info.origin_of("f") & FAMILY_FIRST_ORIGINS
            given_origins |= info.origin_of("g") & FAMILY_FIRST_ORIGINS
            family_weight = max(family_weight, info.family)
    if particle_led:
        score = min(-STRONG_EVIDENCE - 0.5, *(known or [0.0]))
    elif not known or (max(known) >= 1.0 and min(known) <= -1.0):
        score = 0.0  # unknown, or a full name in one field: not our question
    else:
        score = sum(known) / len(known)
    return _FieldEvidence(score, frozenset(family_origins), frozenset(given_origins),
                          particle_led, family_weight)


def _email_pattern(email: str | None, given_field: str, family_field: str) -> str | None:
    """Which naming pattern the email local part follows, if exactly one fits."""
    if not email or "@" not in email:
        return None
    local = normalize(email.rsplit("@", 1)[0]).split("+", 1)[0]
    local = re.sub(r"\d+$", "", local)
    parts = [p for p in re.split(r"[._\-]+", local) if p]
    if not parts:
        return None
    compact = "".join(parts)
    g_words = [name_key(w) for w in _field_words(given_field)]
    f_words = [name_key(w) for w in _field_words(family_field)]
    g_words = [w for w in g_words if w]
    f_words = [w for w in f_words if w]
    if not g_words or not f_words:
        return None
    g_forms = {g_words[0], "".join(g_words)}
    f_forms = {"".join(f_words), f_words[-1], f_words[0]}
    # drop leading particles from the family forms too (van Beethoven -> beethoven)
    f_stripped = [w for w in f_words if w not in _FAMILY_PARTICLES]
    if f_stripped:
        f_forms.add("".join(f_stripped))
    if g_forms & f_forms:
        return None
    matches: set[str] = set()

    def fits(first: set[str], second: set[str]) -> bool:
        for a in first:
            for b in second:
                if len(parts) >= 2 and parts[0] == a and parts[-1] == b and all(
                    len(p) == 1 for p in parts[1:-1]
                ):
                    return True
                if compact == a + b:
                    return True
        return False

    g_initial = {g_words[0][0]}
    f_initial = {f_words[-1][0]} | {w[0] for w in f_stripped[:1]}
    if fits(g_forms, f_forms):
        matches.add("given.family")
    if fits(f_forms, g_forms):
        matches.add("family.given")
    if fits(g_initial, f_forms):
        matches.add("initial.family")
    if fits(f_initial, g_forms):
        matches.add("initial-of-family.given")
    if fits(f_forms, g_initial):
        matches.add("family.initial")
    if fits(g_forms, f_initial):
        matches.add("given.initial-of-family")
    if len(matches) != 1:
        return None
    return matches.pop()


def swap_verdict(
    given_field: str, family_field: str, email: str | Callable[[], str | None] | None = None
) -> SwapVerdict | None:
    """Decide whether a record's first-name and last-name fields look swapped.

    Evidence: how often each field's words are given versus family names (census and
    curated lists), surname particles ("van der", "de la"), and the email local part
    (``parissa.behnia@`` and ``p.behnia@`` put Parissa first). Returns None (abstains)
    whenever the evidence is ambiguous: names that are common both ways (Jordan Taylor,
    Taylor Morgan, Kelly Grace, James Thomas), unknown names without a supporting email
    address, junk values, or an email address that follows the fields as written.

    A family name of a family-first culture in the first-name field (Nguyen, Tran, Tanaka,
    Zhang) counts as a swap when the other field is clearly a given name; a pinyin syllable
    that is both (Wei, Li, Lin) needs the email address to agree. ``email`` may be a function
    giving it: it is then asked only when the names leave the verdict to the email.
    """
    if not isinstance(given_field, str) or not isinstance(family_field, str):
        return None
    if len(given_field) > LONGEST_NAME or len(family_field) > LONGEST_NAME:
        return None  # not names (junk, too long): no verdict, and nothing long in the caches
    gk, fk = name_key(given_field), name_key(family_field)
    if not gk or not fk or gk == fk or gk in fk or fk in gk:
        return None
    g_ev, f_ev = _field_evidence(given_field), _field_evidence(family_field)
    if f_ev.particle_led:
        return None  # "van der Berg" in the last-name field is where it belongs
    lg, lf = g_ev.score, f_ev.score
    g_origins, g_particles = g_ev.family_origins, g_ev.particle_led
    both_clear = lg <= -STRONG_EVIDENCE and lf >= STRONG_EVIDENCE
    # Kim / Minjun: a family name of one family-first culture next to a given name of the
    # same culture that is never a family name, even if the first word is also a given
    # name elsewhere (Kim, Lee, Li)
    same_culture = g_origins & f_ev.given_origins
    culture_match = bool(same_culture) and lf >= STRONG_EVIDENCE and f_ev.family_weight == 0 \
        and lg <= 1.0
    email_may_decide = lf - lg >= 2.5 and lg <= 0.0 and lf >= -0.5
    # van Beethoven / Ludwig: a given name never starts with a surname particle, so the other
    # field only has to lean towards a given name (Ludwig is also a rare US surname)
    # ("La Toya", "De Andre" written apart are given names: not a particle)
    particle_swap = g_particles and lf > 0.0 and given_weight(name_key(given_field)) == 0
    if not (both_clear or culture_match or email_may_decide or particle_swap):
        return None  # the common case: the fields read the right way round, or unknown
    for value, role in ((given_field, GIVEN), (family_field, FAMILY)):
        if junk_reason(value, role) not in (None, JunkCategory.WHITESPACE):
            return None
    if callable(email):
        email = email()
    if not isinstance(email, str):
        email = None
    pattern = _email_pattern(email, given_field, family_field)
    email_score = _EMAIL_WEIGHTS.get(pattern, 0.0) if pattern else 0.0
    if pattern == "family.given" and f_ev.family_origins and lg > -(STRONG_EVIDENCE + 1.0):
        # kim.jung@ for first_name Jung, last_name Kim: the family-first order of a Korean,
        # Chinese, Japanese or Vietnamese family name, not a sign that the fields are swapped
        # (unless the first-name field can hardly be a given name: Zhang / Wei, wei.zhang@)
        email_score = 0.0
    family_first = bool(g_origins)

    evidence: list[str] = []
    swapped = False
    if both_clear or culture_match or particle_swap:
        if email_score >= -1.0:
            swapped = True
        elif email_score > -3.0 and family_first and lg <= -(STRONG_EVIDENCE + 1.0) \
                and lf >= STRONG_EVIDENCE + 1.0:
            # nguyen.anh@ is the natural order for a Vietnamese name: weak counter-evidence
            swapped = True
    elif email_score >= 2.0 and email_may_decide:
        swapped = True
    if not swapped:
        return None
    if culture_match and not both_clear:
        g_origins = same_culture

    if lg <= -STRONG_EVIDENCE or g_particles:
        evidence.append("given-field-is-family-name")
    elif lg < 0:
        evidence.append("given-field-leans-family-name")
    if lf >= STRONG_EVIDENCE:
        evidence.append("family-field-is-given-name")
    elif lf > 0:
        evidence.append("family-field-leans-given-name")
    for origin in sorted(g_origins):
        evidence.append(f"family-first-origin:{origin}")
    if pattern:
        evidence.append(f"email:{pattern}")

    score = (lf - lg) + email_score
    if culture_match and not both_clear:
        evidence.append("same-culture-given-name")
        score = max(score, 4.6)
    if particle_swap:
        evidence.append("particle-led-given-field")
        score = max(score, 4.6)
    confidence = round(min(0.99, max(0.5, 1.0 - math.exp(-score / 5.0))), 2)

    if g_origins:
        cultures = "/".join(ORIGIN_NAMES[o] for o in sorted(g_origins))
        first_part = f"the first-name field holds a common {cultures} family name"
    elif g_particles:
        first_part = "the first-name field holds a family name with a surname particle"
    elif lg <= -STRONG_EVIDENCE:
        first_part = "the first-name field holds a word mostly used as a family name"
    else:
        first_part = "the first-name field is not a known given name"
    if lf >= STRONG_EVIDENCE:
        second_part = "the last-name field a word mostly used as a given name"
    else:
        second_part = "the last-name field a word used as a given name"
    reason = f"{first_part} and {second_part}"
    if pattern and email_score > 0:
        reason += "; the email address puts the last-name field's value first as a given name"
    elif pattern and email_score < 0:
        reason += ("; the email address follows the fields' order, as is usual for "
                   "family-first names")
    if family_first:
        reason += " (family-first name order?)"
    return SwapVerdict(
        confidence=confidence,
        reason=reason,
        evidence=tuple(evidence),
        given=" ".join(family_field.split()),
        family=" ".join(given_field.split()),
    )


