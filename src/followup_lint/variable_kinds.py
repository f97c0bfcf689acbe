"""What a template variable is about, judged from its name and field role.

Personalization rules and the score ask the same question of each variable: is it the
recipient's name, something about the sender, plumbing (a link, an id, an address), or
something specific to this recipient (their company, their question, their session)? A CRM
export has no schema that says so, so the answer comes from common naming conventions. It
lives here so every rule and the score answer it the same way.
"""

from __future__ import annotations

import re

NAME_ROLES = frozenset({"given", "family", "full", "preferred", "honorific"})

# who wrote the email, not who it is for: sender_name, rep.email, from_name, account_owner
_SENDER = re.compile(
    r"^(?:sender|from|my|rep|owner|author|signature|signer|account_?owner|account_?manager|me)(?:_|$)", re.I
)
_SENDER_PARENTS = frozenset({"sender", "rep", "owner", "author", "me", "from", "signer", "org", "brand"})
# the same for everyone, or of no interest to the reader: links, ids, tokens, addresses
_PLUMBING = re.compile(
    r"(?:^|_)(?:url|uri|link|href|id|uuid|guid|token|hash|e?mail|email_?address)$|^unsubscribe|^utm_|^view_in_browser",
    re.I,
)


def is_sender_variable(path: tuple[str, ...]) -> bool:
    """``sender_name``, ``rep.email``, ``from_name``: about the sender, not the recipient."""
    if len(path) > 1 and path[0].lower() in _SENDER_PARENTS:
        return True
    return bool(_SENDER.match(path[0]) or _SENDER.match(path[-1]))


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
