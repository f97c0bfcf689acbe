"""Name knowledge for the salutation (FL1xx) and recipient-record (FL4xx) rules.

What this module answers, cheaply and without spaCy:

* :func:`normalize` / :func:`name_key` / :func:`same_name`: compare names across case, accents,
  apostrophes and spacing ("José" == "jose", "O'Neill" == "ONeill").
* :func:`name_info`, :func:`given_weight`, :func:`family_weight`, :func:`name_role_evidence`:
  how often a word is a given name versus a family name (1990 US Census frequencies plus
  hand-curated lists for names the census misses; see ``docs/name-data.md``).
* :func:`swap_verdict`: do the first/last-name fields of a record look swapped? Abstains
  (returns ``None``) whenever the evidence is ambiguous.
* :func:`nickname_forms`, :func:`is_nickname_of`, :func:`name_variants_match`: Bill/William.
* :func:`junk_finding` / :func:`junk_reason`: is a name-field value unusable (placeholder,
  email address, company, digits, honorific, pronouns or notes, mojibake, invisible
  characters, stray whitespace...)? :data:`HONORIFICS` / :func:`is_honorific` expose the
  titles it recognises.
* :func:`casing_suggestion`: the corrected form of an ALL CAPS or all-lowercase name.
* :func:`parse_full_name`: honorific / given / middle / family (with particles) / suffix of a
  full-name string, built on ``nameparser.parse()`` and cached by value.
* :func:`surname_forms`: the forms in which a greeting could use a family name.

Precision comes first: every function prefers "no finding" to a doubtful one.

The frequency tables load lazily, once per process (:func:`name_knowledge`); nameparser is
imported only by :func:`parse_full_name`.
"""

from __future__ import annotations

from .normal import (
    FAMILY,
    FULL,
    GIVEN,
    Role,
    name_key,
    normalize,
    same_name,
)
from .tables import (
    FAMILY_FIRST_ORIGINS,
    NameInfo,
    NameKnowledge,
    ORIGIN_NAMES,
    STRONG_EVIDENCE,
    family_weight,
    given_weight,
    name_info,
    name_knowledge,
    name_role_evidence,
)
from .tokens import (
    HONORIFICS,
    is_honorific,
)
from .junk import (
    JunkCategory,
    JunkFinding,
    junk_finding,
    junk_reason,
)
from .casing import (
    casing_suggestion,
)
from .variants import (
    is_nickname_of,
    name_variants_match,
    nickname_forms,
    surname_forms,
)
from .swap import (
    SwapVerdict,
    swap_verdict,
)
from .parsing import (
    ParsedFullName,
    is_family_first_name,
    parse_full_name,
)

__all__ = [
    "FAMILY",
    "FAMILY_FIRST_ORIGINS",
    "FULL",
    "GIVEN",
    "HONORIFICS",
    "JunkCategory",
    "JunkFinding",
    "NameInfo",
    "NameKnowledge",
    "ORIGIN_NAMES",
    "ParsedFullName",
    "Role",
    "STRONG_EVIDENCE",
    "SwapVerdict",
    "casing_suggestion",
    "family_weight",
    "given_weight",
    "is_family_first_name",
    "is_honorific",
    "is_nickname_of",
    "junk_finding",
    "junk_reason",
    "name_info",
    "name_key",
    "name_knowledge",
    "name_role_evidence",
    "name_variants_match",
    "nickname_forms",
    "normalize",
    "parse_full_name",
    "same_name",
    "surname_forms",
    "swap_verdict",
]
