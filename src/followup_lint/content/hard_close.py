"""A hard close: the reader asked to sign or order before a date.

"Could you sign the order before Friday so I can hold the install slot?" A last email does not
excuse it: FL208 reads nothing else of a breakup (whose "I'll assume the timing isn't right" is a
goodbye), but a signature or an order asked for by a date is a pushy ask there too. A sentence is
one when it names the reader's signing or ordering (``sign`` of ``rules/data/hard-close.yml``, not
signing up or in) and a date it is due by (``deadline``: "before Friday", "bis Freitag", "avant
vendredi", "antes del viernes", "uiterlijk vrijdag"; a bare "today" is none), and names
none of the reader's own paperwork (``own_paperwork`` of ``rules/data/presumed-close.yml``: a
declaration the ministry needs closes no sale).
"""

from __future__ import annotations

from functools import lru_cache

from .phrase_tables import PhraseTable
from .tokens import tokenize

__all__ = ["is_hard_close"]

_SIGN = PhraseTable("hard-close.yml", ("sign", "not_sign", "deadline"))
_OWN = PhraseTable("presumed-close.yml", ("own_paperwork",))


@lru_cache(maxsize=4096)
def is_hard_close(text: str, lang: str) -> bool:
    """Whether ``text`` (one sentence in ``lang``) asks the reader to sign or order by a date."""
    tokens = tokenize(text, lang)
    ignored = _SIGN.find("not_sign", tokens, text, lang)
    signs = [m for m in _SIGN.find("sign", tokens, text, lang)
             if not any(n.start <= m.start < n.end for n in ignored)]
    if not signs or not _SIGN.find("deadline", tokens, text, lang):
        return False
    return not _OWN.find("own_paperwork", tokens, text, lang)
