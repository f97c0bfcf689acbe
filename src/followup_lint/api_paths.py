"""REST paths written in prose, whose parameters are text: read once per text by FL006.

A reply to a developer names the API's documented path with its parameter in braces, brackets
or angle brackets: "call GET /v2/claims/{claim_id}/status", "curl
https://api.example.com/v2/claims/{claim_id}", "/reports/[reportId]". The reader is meant to see
``{claim_id}`` as written, like a code sample. A link to an ordinary page with a brace in it
("https://cal.example/{rep_calendar}") is a slot nobody filled and is still read by FL006.

Which paths count (the words are data, ``api_paths`` in ``rules/placeholders.yml``): one right
after an HTTP method or a command (GET, POST, curl), one that starts at the root ("/v2/..."),
or an address whose host starts with an API word ("api.", "sandbox.") or whose path has an API
segment ("/api/", "/rest/") or a version ("/v2/").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .resources import load_once, load_yaml, rules_path

__all__ = ["api_paths"]

_TOKEN = re.compile(r"\S+")
_PARAMETER = re.compile(r"/(?:\{[^{}/\s]{1,40}\}|\[[^\[\]/\s]{1,40}\]|<[^<>/\s]{1,40}>)")
_VERSION = re.compile(r"v\d+(?:\.\d+)?", re.IGNORECASE)
_LEAD = "(\"'«“‘`"
_TRAIL = ".,;:!?)\"'»”’`"


@dataclass(frozen=True, slots=True)
class _Words:
    methods: frozenset[str]
    hosts: frozenset[str]
    segments: frozenset[str]


@load_once
def _words() -> _Words:
    with open(rules_path() / "placeholders.yml", encoding="utf-8") as handle:
        raw = (load_yaml(handle) or {}).get("api_paths") or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).casefold() for w in raw.get(key) or ())

    return _Words(words("methods"), words("hosts"), words("segments"))


def api_paths(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are REST paths with a parameter (see the module docs)."""
    if "/" not in text or not any(mark in text for mark in "{[<"):
        return []
    words = _words()
    spans: list[tuple[int, int]] = []
    previous = ""
    for match in _TOKEN.finditer(text):
        token, start = match.group(0), match.start()
        stripped = token.lstrip(_LEAD)
        start += len(token) - len(stripped)
        stripped = stripped.rstrip(_TRAIL)
        if stripped and _PARAMETER.search(stripped) and _is_api_path(stripped, previous, words):
            spans.append((start, start + len(stripped)))
        previous = token
    return spans


def _is_api_path(path: str, previous: str, words: _Words) -> bool:
    if previous.casefold() in words.methods:
        return True  # "GET /v2/claims/{claim_id}", "curl https://..."
    if path.startswith("/") and not path.startswith("//"):
        return path.count("/") >= 2  # "/v2/members/{member_id}": from the root
    address = path.split("://", 1)[1] if "://" in path else path
    host, _, rest = address.partition("/")
    if host.split(".", 1)[0].casefold() in words.hosts:
        return True  # "https://api.example.com/..."
    segments = [s.casefold() for s in rest.split("/") if s]
    return any(s in words.segments or _VERSION.fullmatch(s) for s in segments)
