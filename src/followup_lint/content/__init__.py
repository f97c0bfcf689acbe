"""The content layer: what each sentence of an email does for (or to) the reader.

* :mod:`.lemmas`, :mod:`.tokens` - words, lemmas and a language guess (no spaCy)
* :mod:`.cues`, :mod:`.lexicon` - cue phrases per role and language (``rules/cues/*.yml``)
* :mod:`.roles` - :func:`assign_roles` for one sentence
* :mod:`.email_roles` - every sentence of a template with its segment, once per template
* :mod:`.features`, :mod:`.model` - the trained role classifier (``rules/models/roles.json``);
  :mod:`.training` retrains it (``scripts/train_roles.py``)
* :mod:`.sequence` - where a template sits in a sequence (first touch, follow-up, reply ...)
* :mod:`.syllables`, :mod:`.readability` - syllable counts and reading grades for en/de/fr/es/nl
* :mod:`.metrics` - length, reading grade, questions and asks of a template, once per template
"""

from __future__ import annotations

from .email_roles import EmailRoles, email_roles, roles_of_context
from .roles import DEFAULT, Evidence, SentenceRoles, assign_roles

__all__ = ["DEFAULT", "EmailRoles", "Evidence", "SentenceRoles", "assign_roles", "email_roles", "roles_of_context"]
