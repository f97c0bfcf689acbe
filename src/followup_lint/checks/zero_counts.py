"""Whether a "0" in a field is a count the message reports, read from the field's name and the
words right after the variable (FL320 junk-merge-value).

A bare zero is junk where text is expected ("how 0 could spot churn earlier") and an answer
where the field is a count or a metric: "{{ payments_sent_30d }} payments went out in the last
30 days, {{ failed_payments_30d }} failed". What says so, besides the quantity words of the
rule's data (``quantity_words``), is read here:

* a period in the name: ``_30d``, ``_7d``, ``_12m``, ``_q3``, ``ytd``, ``mtd`` (``period_words``):
  a metric over a window of time;
* a count adjective and a plural anywhere in the name (``failed_payouts``, ``payouts_failed``,
  ``mislukte_betalingen``, ``pagos_fallidos``), and a weak quantity word (``nombre``, which is
  "number" in French and "name" in Spanish) only beside a plural (``nombre_echecs``);
* the words after the variable: a plural of a word of its own name ("{{ retouren_monat }}
  Retouren", "{{ nombre_echecs }} échecs"), or a count adjective that ends the phrase rather
  than going on to say more ("{{ rejected }} failed again.", not "{{ company }} failed to renew" nor
  "{{ company }} closed 2020 with us").
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable

__all__ = ["plain", "is_plural", "names_a_metric", "count_word_follows"]

_PERIOD = re.compile(r"(?:^|[^a-z0-9])(?:l|last)?\d{1,3}\s*_?(?:d|w|m|y|h|days?|wk|wks|mo|mos|t|j|dias?|dagen)(?![a-z])")
_NEXT = re.compile(r"[ \t]+([^\W\d_]+)")


def plain(word: str) -> str:
    """Lower case without accents: ``échecs`` -> ``echecs``."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_plural(word: str) -> bool:
    """A plural by its ending: English, French and Spanish ``-s``; German and Dutch ``-en``
    (``betalingen``, ``retouren``; long words only)."""
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return True
    return word.endswith(("en", "ern")) and len(word) > 6


def names_a_metric(name: str, words: Iterable[str], adjectives: frozenset[str], periods: frozenset[str],
                   weak: frozenset[str]) -> bool:
    """Whether a field name names a metric (a period, an adjective beside a plural, a weak
    quantity word beside a plural): module docs."""
    folded = [plain(w) for w in words]
    if _PERIOD.search(plain(name)) or any(w in periods for w in folded):
        return True
    content = [w for w in folded if w not in periods]
    if len(content) < 2:
        return False
    last = content[-1]  # the head: "failed_payouts", "payouts_failed"; not "new_markets_region"
    if last in adjectives:
        return any(is_plural(w) for w in content[:-1])
    return is_plural(last) and any(w in adjectives or w in weak for w in content[:-1])


def count_word_follows(text: str, position: int, name_words: Iterable[str], adjectives: frozenset[str],
                       ends: frozenset[str]) -> bool:
    """Whether the words right after ``position`` read the value as a count: a plural of a word
    of the field's name, or a count adjective that ends the phrase (punctuation, the end of the
    line, or one of ``ends``: "again", "and", "this month")."""
    after = _NEXT.match(text, position)
    if after is None:
        return False
    word = plain(after.group(1))
    own = {plain(w) for w in name_words}
    if is_plural(word) and (word in own or word.rstrip("s") in own or word[:-1] in own):
        return True
    if word not in adjectives:
        return False
    rest = text[after.end():after.end() + 40].lstrip(" \t")
    if not rest or rest[0] in ".,;:!?)\n":
        return True
    following = _NEXT.match(text, after.end())
    return following is not None and plain(following.group(1)) in ends
