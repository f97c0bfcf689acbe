"""What a template variable is about, judged from its name and field role.

Personalization rules and the score ask the same question of each variable: is it the
recipient's name, something about the sender, plumbing (a link, an id, an address), or
something specific to this recipient (their company, their question, their session)? A CRM
export has no schema that says so, so the answer comes from common naming conventions. It
lives here so every rule and the score answer it the same way.
"""

from __future__ import annotations

import re

from .resources import data_path, load_once, load_yaml

NAME_ROLES = frozenset({"given", "family", "full", "preferred", "honorific"})

_CAMEL = re.compile(r"(?<=[^\W\d_])(?<!\w[A-ZÀ-Þ])(?=[A-ZÀ-Þ][^\W\d_A-ZÀ-Þ])|(?<=[^\W\d_A-ZÀ-Þ])(?=[A-ZÀ-Þ])")


def _words(name: str) -> tuple[str, ...]:
    """``"Account Manager"``, ``account_manager``, ``AccountManager`` -> ``("account", "manager")``."""
    return tuple(w.lower() for w in re.findall(r"[^\W_]+", _CAMEL.sub(" ", name)))


name_words = _words  # public: shared_columns.py compares names the same way


@load_once
def _sender_names() -> tuple[frozenset[str], frozenset[str]]:
    """The names of rules/data/sender-variables.yml, joined without spaces, and the parents."""
    data = load_yaml(data_path("sender-variables.yml").read_text(encoding="utf-8")) or {}
    names = frozenset("".join(_words(str(n))) for n in data.get("names") or ())
    return names, frozenset(str(p).lower() for p in data.get("parents") or ())


def _names_sender(name: str) -> bool:
    """Whether ``name`` starts with a sender name, ending where one of its words ends."""
    names, _ = _sender_names()
    words = _words(name)
    return any("".join(words[:k]) in names for k in range(1, len(words) + 1))


# the same for everyone, or of no interest to the reader: links, ids, tokens, addresses
_PLUMBING = re.compile(
    r"(?:^|_)(?:url|uri|link|href|id|uuid|guid|token|hash|e?mail|email_?address)$|^unsubscribe|^utm_|^view_in_browser",
    re.I,
)


def is_sender_variable(path: tuple[str, ...]) -> bool:
    """``sender_name``, ``rep.email``, ``Ansprechpartner Tel``, ``contact_owner``: about the
    sender, not the recipient (names in rules/data/sender-variables.yml)."""
    if len(path) > 1 and path[0].lower() in _sender_names()[1]:
        return True
    return _names_sender(path[0]) or _names_sender(path[-1])


# what the event is, not who the recipient is: the same for everyone on one event's list
_EVENT = re.compile(
    r"^(?:webinar|event|session|meetup|workshop|conference|summit|masterclass|course|meeting)"
    r"(?:_?(?:title|name|topic|date|time|start|day|subject|url|link|id))?$",
    re.I,
)


def is_event_variable(path: tuple[str, ...]) -> bool:
    """``webinar_title``, ``event.date``, ``session_name``: about the event. One event's list
    has one value in them, which is no sign of fake personalization (column_facts.py)."""
    if len(path) > 1 and _EVENT.match(path[-2]) and not _EVENT.match(path[-1]):
        return True  # event.title, webinar.date
    return bool(_EVENT.match(path[-1]))


def is_plumbing_variable(path: tuple[str, ...]) -> bool:
    """``recording_url``, ``contact_id``, ``email``: needed to send, says nothing to the reader."""
    return bool(_PLUMBING.search(path[-1]))
