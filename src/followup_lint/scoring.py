"""The personalization score: 0-100 per template, built from reasons a person can check.

The score answers one question: *does the message show that someone knows who it is for?*
It is a sum of fixed points, each with a reason, clamped to 0..100 (see
docs/personalization-score.md):

===========================================================  ======
recipient's name in the greeting                               +20
recipient data (not a name or link) in the opening sentence    +25
each recipient field (not a name) used in the body, up to 2   +15 each
recipient data in the subject                                  +10
content that branches on recipient data (``{% if attended %}``)  +15
greeting uses the surname (FL101, template-level)              -20
generic greeting found (FL302)                                 -20
each generic event reference found (FL305), up to 2           -10 each
nameless sign-off found (FL306; not in broadcast kinds)        -10
===========================================================  ======

A field whose column holds the same value for (nearly) every recipient of the list
(``pain_point`` = "manual reporting" in all 240 rows, see column_facts.py) earns nothing: it
is the same text for everyone, and a 0-point reason names it.

Beside the points, the score carries the template's readability metrics (words, sentences,
reading grade, questions, asks; ``followup_lint.content.metrics``). They add no points: they
are shown next to the score so drafts can be compared on them too.

Only the template is scored (once, not per recipient), and penalties come from the
template-level findings that were reported, so what lowers the score is always a finding the
user can see. Variables that describe the sender (``sender_name``, ``rep.email``) or appear
only in the sign-off do not count as recipient data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from .context import TemplateContext
from .model import Diagnostic
from .shared_columns import shared_by_design
from .variable_kinds import NAME_ROLES, is_plumbing_variable, is_sender_variable

_SIGN_OFF_SEGMENTS = ("signoff", "signature")
_BODY_SEGMENTS = ("opener", "body", "call_to_action", "ps")

POINTS_NAME_IN_GREETING = 20
POINTS_DATA_IN_OPENER = 25
POINTS_PER_BODY_FIELD = 15
MAX_BODY_FIELDS = 2
POINTS_SUBJECT = 10
POINTS_BRANCHING = 15
_TEAM_MAY_SIGN = frozenset({"newsletter", "announcement", "transactional", "marketing"})  # FL306's broadcast kinds
PENALTIES: dict[str, tuple[int, int]] = {  # code: (points per finding, most findings counted)
    "FL101": (-20, 1),
    "FL302": (-20, 1),
    "FL305": (-10, 2),
    "FL306": (-10, 1),
}


@dataclass(frozen=True, slots=True)
class ScoreReason:
    points: int
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"points": self.points, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class TemplateScore:
    """A template's personalization score with the reasons that made it."""

    path: str
    score: int
    reasons: tuple[ScoreReason, ...] = ()
    fields: tuple[str, ...] = ()  # recipient fields the template reads, in first-use order
    readability: dict[str, Any] | None = None  # TemplateMetrics.to_dict(); no points

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "score": self.score,
            "fields": list(self.fields),
            "reasons": [r.to_dict() for r in self.reasons],
            "readability": self.readability,
        }


@dataclass(slots=True)
class _Where:
    greeting: list[str] = field(default_factory=list)
    opener: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)


def score_template(context: TemplateContext, diagnostics: Iterable[Diagnostic] = ()) -> TemplateScore:
    """Score one template; ``diagnostics`` are the run's findings (only this template's
    template-level ones are used)."""
    info = context.info
    reasons: list[ScoreReason] = []
    if info.compiled is None:
        return TemplateScore(info.path, 0, (ScoreReason(0, "the template does not compile, so nothing was scored"),))
    recipient_uses = [u for u in info.variables if not is_sender_variable(u.path)]
    where = _locate(context, recipient_uses)
    same = _same_for_all(context, [u.dotted for u in recipient_uses] + _subject_fields(info.subject)
                         + _branch_fields(context))
    if same:
        where.greeting = [f for f in where.greeting if f not in same]
        where.opener = [f for f in where.opener if f not in same]
        where.body = [f for f in where.body if f not in same]

    if where.greeting:
        reasons.append(ScoreReason(POINTS_NAME_IN_GREETING, f"greets the recipient by name ({_names(where.greeting)})"))
    opener_fields = [f for f in where.opener if _says_something(context, f)]
    if opener_fields:
        reasons.append(ScoreReason(POINTS_DATA_IN_OPENER, f"the opening sentence uses recipient data ({_names(opener_fields)})"))
    body_fields = [f for f in dict.fromkeys(where.opener + where.body) if _says_something(context, f)]
    for name in body_fields[:MAX_BODY_FIELDS]:
        reasons.append(ScoreReason(POINTS_PER_BODY_FIELD, f"the body uses the recipient's {name!r}"))
    subject_fields = [f for f in _subject_fields(info.subject) if f not in same]
    if subject_fields:
        reasons.append(ScoreReason(POINTS_SUBJECT, f"the subject uses recipient data ({_names(subject_fields)})"))
    branches = [f for f in _branch_fields(context) if f not in same]
    fields = tuple(dict.fromkeys([*(u.dotted for u in recipient_uses), *subject_fields, *branches]))
    if branches:
        reasons.append(ScoreReason(POINTS_BRANCHING, f"content changes with the recipient's data ({_names(branches)})"))
    if not fields and not branches and not subject_fields:
        reasons.append(ScoreReason(0, "no recipient data is used: every recipient gets the same text"))
    for said in same.values():
        reasons.append(ScoreReason(0, f"{said}: not counted as personal data"))

    counted: dict[str, int] = {}
    for d in diagnostics:
        if d.path != info.path or d.recipient is not None or d.code not in PENALTIES:
            continue
        if d.code == "FL306" and info.kind in _TEAM_MAY_SIGN:
            continue  # FL306 is only info there: a newsletter signed by its team is normal
        points, most = PENALTIES[d.code]
        if counted.get(d.code, 0) >= most:
            continue
        counted[d.code] = counted.get(d.code, 0) + 1
        reasons.append(ScoreReason(points, f"{d.code} {d.name} at line {d.line}"))
    total = max(0, min(100, sum(r.points for r in reasons)))
    return TemplateScore(info.path, total, tuple(reasons), fields, _readability(context))


def _readability(context: TemplateContext) -> dict[str, Any] | None:
    """The template's metrics for the summary, or None when there is no body to measure (a
    failure here must not cost the score)."""
    if not context.info.neutral_text.strip():
        return None
    try:
        metrics = context.metrics
    except Exception:
        return None
    return metrics.to_dict() if metrics.sentences else None


def _same_for_all(context: TemplateContext, dotted: list[str]) -> dict[str, str]:
    """Fields whose column holds one value for (nearly) the whole list, with what the list
    shows ("'pain_point' has the same value for all 240 recipients"); empty without a list."""
    facts = context.column_facts
    if facts is None or not facts.records:
        return {}
    found: dict[str, str] = {}
    for name in dict.fromkeys(dotted):
        column = facts.same_for_all(tuple(name.split(".")))
        if column is not None and not shared_by_design(context.info, tuple(name.split("."))):
            found[name] = column.describe_same()
    return found


def _says_something(context: TemplateContext, dotted: str) -> bool:
    """A field that tells the reader something about them: not a name (the greeting scores
    that), not an address, link or id."""
    path = tuple(dotted.split("."))
    role = context.role_of(path)
    return role not in NAME_ROLES and role != "email" and not is_plumbing_variable(path)


def _names(fields: Iterable[str]) -> str:
    return ", ".join(dict.fromkeys(fields))


def _locate(context: TemplateContext, uses: list[Any]) -> _Where:
    """Sort each recipient variable use into greeting / opening sentence / rest of the body
    (sign-off and signature uses are dropped: a name there is usually the sender's)."""
    info = context.info
    where = _Where()
    greeting_line = info.greeting.line if info.greeting is not None else None
    if not uses:
        return where
    segments = context.segments
    opener = segments.opener
    stand_in_at = {tag_index: start for start, _end, tag_index in info.stand_ins()}
    for use in uses:
        if greeting_line is not None and use.span.line == greeting_line:
            where.greeting.append(use.dotted)
            continue
        offset = stand_in_at.get(use.tag_index)  # where segments were found
        if offset is None:
            where.body.append(use.dotted)
            continue
        if opener is not None and opener.start <= offset < max(opener.end, opener.start + 1):
            where.opener.append(use.dotted)
            continue
        if any(_inside(segments.get(name), offset) for name in _SIGN_OFF_SEGMENTS):
            continue
        if segments.greeting is not None and _inside(segments.greeting, offset):
            where.greeting.append(use.dotted)
            continue
        where.body.append(use.dotted)
    return where


def _inside(span: Any, offset: int) -> bool:
    return span is not None and span.start <= offset < span.end


def _subject_fields(subject: str | None) -> list[str]:
    """Recipient variables the subject line reads (parsed, never rendered)."""
    from .parse_cache import subject_names

    return sorted(n for n in subject_names(subject) if not is_sender_variable((n,)))


def _branch_fields(context: TemplateContext) -> list[str]:
    """Recipient fields tested by ``{% if %}`` / ``{% elif %}`` tags."""
    from .templates import tested_names

    info = context.info
    found: list[str] = []
    for tag in info.tags:
        if tag.kind != "stmt":
            continue
        inner = tag.inner.strip().lstrip("-+").strip()
        keyword = inner.split(None, 1)[0] if inner else ""
        if keyword not in ("if", "elif"):
            continue
        tested = tested_names(inner.split(None, 1)[1] if " " in inner else "")
        for name in sorted(n for n in tested if not any(o.startswith(n + ".") for o in tested)):
            if name.split(".")[0] in info.context_names and not is_sender_variable(tuple(name.split("."))):
                found.append(name)
    return found
