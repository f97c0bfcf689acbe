"""Declarative phrase rules: ``type: existence`` and ``type: substitution``.

Modelled on Vale's rules of the same names. A rule in a YAML pack lists what to look for and
where, and needs no Python::

    - code: ACME201
      name: no-synergy
      type: existence
      severity: warning
      summary: Avoid corporate buzzwords.
      message: "'{match}' is a buzzword; say what you mean."
      in: [opener, body]          # where to look (default: message)
      ignore_case: true           # default true
      tokens: [synergy, circle back, low-hanging fruit]     # literal phrases
      patterns: ['leverag(?:e|es|ed|ing) our']               # RE2 regular expressions
      token_patterns:                                        # spaCy Matcher patterns
        - [{LOWER: {IN: [can, could]}}, {LOWER: i}, {LOWER: get}, {LIKE_NUM: true}, {LOWER: minutes}]
      exceptions: [feel free]     # matches overlapping these are not reported

Scopes (``in:``) are ``message`` (the whole email body as a reader sees it), ``subject`` and
the segments found by :func:`followup_lint.text.segment_email`: ``greeting``, ``opener``,
``body``, ``call_to_action``, ``signoff``, ``signature``, ``ps``.

Speed and safety:

* Rules run once per template (``scope: template``, the default for these types) on the
  template's neutral text (expressions replaced by stand-ins), never once per recipient.
  Findings point back into the template source.
* Only the segment scopes and ``token_patterns`` need spaCy; it is imported on first use, so a
  run whose enabled rules only look at ``message``/``subject`` never imports it.
* Patterns are compiled with RE2 (:mod:`followup_lint.patterns`): matching is linear in the
  text whatever a user writes; a pattern RE2 cannot run (backreferences, look-around) fails
  when the rule loads and is reported as FL011. Token patterns may not use ``REGEX`` or
  ``FUZZY`` (spaCy runs those with Python's backtracking engine).

Modules: :mod:`.regions` (scopes and regions), :mod:`.subject` (the subject line),
:mod:`.matching` (:class:`PhraseMatcher`), :mod:`.checks` (the rule types).
"""

from __future__ import annotations

from .checks import ExistenceCheck, SubstitutionCheck, _match_case, _message_span, _message_texts, _scopes, _shown
from .matching import PhraseMatcher, _compile_many, _make_doc, _string_list, _validate_token_patterns
from .regions import (
    SCOPES,
    SEGMENT_SCOPES,
    TEXT_SCOPES,
    Region,
    is_courtesy,
    is_pleasantry,
    opener_sentences,
    template_regions,
)
from .subject import neutral_subject, subject_region

__all__ = [
    "SCOPES",
    "ExistenceCheck",
    "PhraseMatcher",
    "Region",
    "SubstitutionCheck",
    "subject_region",
    "template_regions",
]
