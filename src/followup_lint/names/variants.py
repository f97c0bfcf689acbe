"""Nicknames (Bill/William) and the forms a greeting could use of a surname."""

from __future__ import annotations

from .normal import name_key, normalize
from .tables import name_knowledge
from .tokens import _FAMILY_PARTICLES, _SAINT_TITLES


def nickname_forms(name: str) -> frozenset[str]:
    """Lookup keys (see :func:`name_key`) of ``name`` itself, its nicknames and the formal
    names it is a nickname of: ``nickname_forms("Bill")`` contains ``"william"`` and
    ``"bill"``. Uses the first word of a multi-word value. Empty for an empty value."""
    words = normalize(name).split()
    key = name_key(words[0]) if words else ""
    if not key:
        return frozenset()
    knowledge = name_knowledge()
    return frozenset({key}) | knowledge.nicknames_of(key) | knowledge.formals_of(key)


def is_nickname_of(short: str, formal: str) -> bool:
    """True when ``short`` is a known nickname of ``formal`` (Bill of William, Liz of
    Elizabeth, Paco of Francisco). False for identical names."""
    skey, fkey = name_key(short), name_key(formal)
    if not skey or not fkey or skey == fkey:
        return False
    return skey in name_knowledge().nicknames_of(fkey)


def name_variants_match(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are the same given name or one is a nickname of the other,
    or both are nicknames of one formal name (Bill / Will)."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    forms_a = nickname_forms(a)
    if kb in forms_a:
        return True
    knowledge = name_knowledge()
    return bool(knowledge.formals_of(ka) & knowledge.formals_of(kb))


def surname_forms(family: str) -> frozenset[str]:
    """Lookup keys under which a greeting could use this family name: the whole name,
    the name without leading particles ("van Beethoven" -> "vanbeethoven", "beethoven"),
    and each part of a double or hyphenated surname of at least three letters
    ("García Márquez" -> "garciamarquez", "garcia", "marquez")."""
    words = [w for w in normalize(family).replace("-", " ").split() if name_key(w)]
    if not words:
        return frozenset()
    forms = {name_key(family)}
    i = 0
    while i < len(words) - 1 and words[i].strip(".") in _FAMILY_PARTICLES - _SAINT_TITLES:
        i += 1
    base = words[i:]
    forms.add("".join(name_key(w) for w in base))
    if not (base and base[0].strip(".") in _SAINT_TITLES):  # "St. John" is indivisible
        forms.update(name_key(w) for w in base if len(name_key(w)) >= 3
                     and w.strip(".") not in _FAMILY_PARTICLES)
    forms.discard("")
    return frozenset(forms)


