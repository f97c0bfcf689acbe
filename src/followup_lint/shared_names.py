"""Columns whose NAME says the list shares them by design, whatever the sentence around them.

Two kinds, listed in ``rules/data/shared-columns.yml``:

* ``account_attributes``: what a filtered export holds for every row and is true of each reader
  (the plan, tier, subscription, edition, contract type, membership level, region, product or
  industry the list was cut by). One value on every row says how the list was cut, not that a
  column was filled down, and "your {{ plan }} plan" is true of every reader;
* ``event_names``: the sender's own event by name (the show, fair, congress, webinar or talk the
  list is about), shared as an event's venue is (see shared_columns.py).

A name is compared by its words (variable_kinds.name_words) once the ``name_fillers`` are left
out ("current_plan", "Account Tier", "nombre_evento", "tipo_de_contrato", "show_name"): what is
left must be one entry, whole, so "product_interest" is no product and "no_show" no show.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .resources import data_path, load_once, load_yaml
from .variable_kinds import name_words

__all__ = ["is_account_attribute", "is_event_name"]


@dataclass(frozen=True)
class _Names:
    fillers: frozenset[str]
    kinds: tuple[str, ...]
    accounts: frozenset[tuple[str, ...]]
    events: frozenset[tuple[str, ...]]


@load_once
def _names() -> _Names:
    data = load_yaml(data_path("shared-columns.yml").read_text(encoding="utf-8")) or {}
    fillers = frozenset(str(w).casefold() for w in data.get("name_fillers") or ())

    def entries(key: str) -> frozenset[tuple[str, ...]]:
        found = (tuple(w for w in name_words(str(e)) if w not in fillers) for e in data.get(key) or ())
        return frozenset(e for e in found if e)

    kinds = tuple(sorted({str(w).casefold() for w in data.get("kind_words") or ()}, key=len, reverse=True))
    return _Names(fillers, kinds, entries("account_attributes"), entries("event_names"))


@lru_cache(maxsize=4096)
def _core(path: tuple[str, ...]) -> tuple[str, ...]:
    """The words of the variable's last part, fillers left out (``account.current_plan`` -> plan)."""
    fillers = _names().fillers
    return tuple(w for w in name_words(path[-1]) if w not in fillers) if path else ()


def is_account_attribute(path: tuple[str, ...]) -> bool:
    """``plan``, ``partner_tier``, ``Vertragsart``, ``nivel_socio``, ``lidmaatschap``: an
    attribute of the account a filtered export shares on every row; also named with a word for
    its kind (``license_type``, ``tipo_suscripcion``, ``Lizenztyp``, ``abonnementsvorm``)."""
    names = _names()
    core = _core(path)
    if not core:
        return False
    if core in names.accounts:
        return True
    rest = tuple(w for w in core if w not in names.kinds)
    if rest and rest != core and rest in names.accounts:
        return True
    if len(core) == 1:  # a compound: stem + kind, with or without a linking "s"
        word = core[0]
        for kind in names.kinds:
            stem = word[: -len(kind)].rstrip("-")
            if word.endswith(kind) and len(stem) > 2 and ((stem,) in names.accounts or (stem[:-1],) in names.accounts
                                                          and stem.endswith("s")):
                return True
    return False


def is_event_name(path: tuple[str, ...]) -> bool:
    """``show_name``, ``messe``, ``nom_salon``, ``nombre_evento``, ``webinar_titel``,
    ``talk_title``: the name of the sender's own event."""
    core = _core(path)
    return bool(core) and core in _names().events
