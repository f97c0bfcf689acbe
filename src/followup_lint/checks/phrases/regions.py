"""Where a phrase rule looks: the scopes (``in:``) and the regions of a template's text, including
the opener past courtesy lines."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from ...context import TemplateContext
from ...model import Span
from ...patterns import compile_pattern
from ...templates import TemplateInfo

__all__ = ["SCOPES", "Region", "is_courtesy", "is_pleasantry", "opener_sentences", "template_regions"]

SEGMENT_SCOPES = ("greeting", "opener", "body", "call_to_action", "signoff", "signature", "ps")
TEXT_SCOPES = ("message", "subject")
#: Every value accepted by ``in:``.
SCOPES = TEXT_SCOPES + SEGMENT_SCOPES
_SCOPE_ALIASES = {
    "sign-off": "signoff",
    "sign_off": "signoff",
    "cta": "call_to_action",
    "call-to-action": "call_to_action",
    "p.s.": "ps",
    "text": "message",
    "email": "message",
}


# ----------------------------------------------------------------------------- regions


@dataclass(frozen=True, slots=True)
class Region:
    """A piece of a template's text that a rule looks at (one scope, or one sentence of it).

    ``locate(start, end)`` maps offsets in :attr:`text` to a span in the template source.
    """

    scope: str
    text: str
    locate: Callable[[int, int], Span]


def template_regions(context: TemplateContext, scopes: Sequence[str]) -> list[Region]:
    """The regions of ``context``'s template for the given scopes, in the order given.

    Segment scopes use :attr:`TemplateContext.segments` (spaCy, computed once per template);
    ``message`` and ``subject`` do not.
    """
    info = context.info
    regions: list[Region] = []
    for scope in scopes:
        if scope == "message":
            if info.neutral_text.strip():
                regions.append(Region("message", info.neutral_text, info.neutral_span))
        elif scope == "subject":
            from .subject import subject_region  # subject.py builds on Region

            region = subject_region(info)
            if region is not None:
                regions.append(region)
        else:
            if not info.neutral_text.strip():
                continue
            segments = context.segments
            if scope == "opener":
                spans = opener_sentences(segments)
            else:
                found = segments.get(scope)
                spans = [found] if found is not None else []
            for span in spans:
                regions.append(Region(scope, span.text, _segment_locator(info, span)))
    return regions


def _segment_locator(info: TemplateInfo, span: Any) -> Callable[[int, int], Span]:
    def locate(start: int, end: int) -> Span:
        n_start, n_end = span.source_span(start, end)
        return info.neutral_span(n_start, max(n_end, n_start + 1))

    return locate


# Pleasantries that come before the real opener: "Hope you're well." "Happy Monday!"
_PLEASANTRY = compile_pattern(
    r"^\W*(?:"
    r"(?:i\s+)?(?:really\s+|truly\s+)?hope\s+(?:this|that|you|you're|you’re|all|your|everything|things|the|it)"
    r"|happy\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|new\s+year|holidays|friday\s+eve)"
    r"|(?:good\s+)?(?:morning|afternoon|evening)"
    r"|how\s+(?:are\s+you|are\s+things|is\s+your|was\s+your|have\s+you\s+been|is\s+everything)"
    r"|how['’]s\s+(?:it\s+going|your|everything|life|things)"
    r"|(?:ich\s+)?hoffe,?\s+(?:es|sie|du|dir|ihnen|alles)"
    r"|j['’]esp[eè]re\s+que\s+(?:vous|tu|tout)"
    r"|espero\s+que\s+(?:est[eé]s?|te|se|todo|hayas|haya)"
    r"|(?:ik\s+)?hoop\s+(?:dat|je|u)"
    r"|hoe\s+gaat\s+het"
    r")",
    word_boundaries=False,
)
_MAX_PLEASANTRY_WORDS = 14

# A one-line courtesy ("Thanks for attending!", "Great meeting you!") with nothing in it yet.
_COURTESY = compile_pattern(
    r"^\W*(?:thanks|thank\s+you|many\s+thanks|congrat[\pL]*|great|nice|lovely|good|glad|happy|"
    r"pleasure|it\s+was\s+(?:great|nice|good|lovely|a\s+pleasure)|danke|vielen\s+dank|merci|gracias|"
    r"bedankt|dank\s+je|félicitations|felicidades|enhorabuena|glückwunsch|herzlichen\s+glückwunsch|"
    r"gefeliciteerd)",
    word_boundaries=False,
)
_SUBSTANCE = compile_pattern(
    r"here|attached|recording|replay|slides|deck|link|below|enclosed|notes|answer|question|"
    r"hier|anbei|voici|aquí|bijlage|https?://",
)
_MAX_COURTESY_WORDS = 8


def is_pleasantry(sentence: str) -> bool:
    """Whether ``sentence`` is a short courtesy line ("Hope you're well.") before the opener."""
    return len(sentence.split()) <= _MAX_PLEASANTRY_WORDS and _PLEASANTRY.matches(sentence)


def is_courtesy(sentence: str) -> bool:
    """A short thank-you or compliment with no content: "Thanks for attending Example!"."""
    return (
        len(sentence.split()) <= _MAX_COURTESY_WORDS
        and _COURTESY.matches(sentence)
        and not _SUBSTANCE.matches(sentence)
    )


def opener_sentences(segments: Any) -> list[Any]:
    """The opener: the first sentence after the greeting, looking past courtesy lines.

    "Hope you're well. Our platform can double your pipeline." has the pitch as its real
    opener, so a leading pleasantry (at most two) is kept and the next sentence is added. So is
    the sentence after a bare thank-you or compliment in the same paragraph ("Thanks for
    attending! Our platform can ..."); a new paragraph after "Congratulations on the launch!"
    is the body, not the opener.
    """
    sentences = list(getattr(segments, "sentences", ()) or ())
    if not sentences:
        opener = getattr(segments, "opener", None)
        return [opener] if opener is not None else []
    text = getattr(segments, "text", "")
    chosen = [sentences[0]]
    index = 0
    while index < min(2, len(sentences) - 1):
        current, following = sentences[index], sentences[index + 1]
        if is_pleasantry(current.text):
            pass
        elif is_courtesy(current.text) and not _paragraph_break(text[current.plain_end : following.plain_start]):
            pass
        else:
            break
        index += 1
        chosen.append(following)
    return chosen


def _paragraph_break(gap: str) -> bool:
    return gap.count("\n") >= 2 or "\u2029" in gap
