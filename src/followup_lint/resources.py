"""Locate the built-in rule packs (the top-level ``rules/`` folder).

In a wheel the folder is installed as ``followup_lint/_rules``; in a source checkout or an
editable install it is the repository's own ``rules/`` folder.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Hashable
from functools import cache
from pathlib import Path
from typing import IO, Any, Generic, TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def rules_path() -> Path:
    """Return the folder that holds the built-in rule packs and their data files."""
    installed = _PACKAGE_DIR / "_rules"
    if installed.is_dir():
        return installed
    checkout = _PACKAGE_DIR.parent.parent / "rules"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        "followup-lint's built-in rules folder is missing; reinstall the package"
    )


def data_path(*parts: str) -> Path:
    """Path to a data file under ``rules/data/``."""
    return rules_path().joinpath("data", *parts)


def load_yaml(text: str | IO[str]) -> Any:
    """``yaml.safe_load`` through libyaml's C parser when PyYAML has it (the same safe
    constructors, about ten times faster: the rule packs and cue lexicons are most of the
    start-up). Not for front matter, which is untrusted and has its own bounded loader."""
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def load_once(load: Callable[[], T]) -> Callable[[], T]:
    """Wrap a loader of built-in data (a model, a lexicon, a table) so that it runs once per
    process. Worker threads may ask for the data at the same moment; the lock keeps them from
    parsing it twice, and the check before the lock keeps later calls free of locking."""
    lock = threading.Lock()
    loaded: list[T] = []

    @functools.wraps(load)
    def once() -> T:
        if not loaded:
            with lock:
                if not loaded:
                    loaded.append(load())
        return loaded[0]

    return once


class OncePerKey(Generic[K, T]):
    """A loader of built-in data per key (a lemma table or cue set per language) that runs
    once per key per process; see :func:`load_once_per_key`."""

    def __init__(self, load: Callable[[K], T]) -> None:
        self._load = load
        self._loaded: dict[K, T] = {}
        # re-entrant: a loader may ask for another key of its own table without a deadlock
        self._lock = threading.RLock()
        functools.update_wrapper(self, load)

    def __call__(self, key: K) -> T:
        try:
            return self._loaded[key]
        except KeyError:
            pass
        with self._lock:
            if key not in self._loaded:
                self._loaded[key] = self._load(key)
            return self._loaded[key]

    def loaded_keys(self) -> list[K]:
        """The keys read so far, in the order they were first asked for."""
        return list(self._loaded)


def load_once_per_key(load: Callable[[K], T]) -> OncePerKey[K, T]:
    """:func:`load_once` for a loader with one argument (usually a language): each key is read
    once per process, also when threads ask for it at the same moment. The keys are few (the
    languages); do not use it for values from templates or records, which would grow without
    bound."""
    return OncePerKey(load)
