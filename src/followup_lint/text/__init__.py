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

The package splits the job: :mod:`.words` (default word lists), :mod:`.model` (spans),
:mod:`.pipeline` (spaCy), :mod:`.html` (HTML to text), :mod:`.lines` (line-level reading) and
:mod:`.segmenter` (:func:`segment_email`).
"""

from __future__ import annotations

from .html import html_to_text, looks_like_html
from .model import EmailSegments, Span
from .pipeline import MAX_NLP_CHARS, nlp
from .segmenter import _fallback, _line_col, _segment, _segment_plain, segment_email
from .words import DEFAULT_CTA_PHRASES, DEFAULT_GREETINGS, DEFAULT_SIGNOFFS, SCOPES

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

