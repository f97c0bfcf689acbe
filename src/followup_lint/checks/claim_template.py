"""Where FL309 reads a template: the neutral text with variable stand-ins blanked out (each
marked as the reader's, the sender's or neither), and the source ranges inside an ``{% if %}`` /
``{% for %}`` that reads recipient data, whose sentences differ per recipient."""

from __future__ import annotations

import re

from ..templates import TemplateInfo, tested_names
from ..variable_kinds import is_plumbing_variable, is_sender_variable
from .claim_text import _MASK


def recipient_branches(info: TemplateInfo) -> list[tuple[int, int]]:
    """Source ranges inside an ``{% if %}`` / ``{% for %}`` that reads template data."""
    ranges: list[tuple[int, int]] = []
    stack: list[tuple[int, bool]] = []
    for tag in info.tags:
        if tag.kind != "stmt":
            continue
        words = tag.inner.strip().split(None, 1)
        if not words:
            continue
        keyword, rest = words[0], (words[1] if len(words) > 1 else "")
        if keyword in ("if", "for"):
            test = rest.split(" in ", 1)[1] if keyword == "for" and " in " in rest else rest
            try:
                driven = bool(tested_names(test))
            except Exception:
                driven = True
            stack.append((tag.end, driven))
        elif keyword in ("endif", "endfor") and stack:
            begin, driven = stack.pop()
            if driven:
                ranges.append((begin, tag.start))
    return ranges


# `{{ product_name }}`, `{{ offer }}`: the sender's things, not the reader
_SENDER_THINGS = re.compile(r"product|offer|plan|feature|service|solution|tool|brand|discount|promo|price|deal_?name", re.I)


def _stand_in_kind(info: TemplateInfo, tag_index: int) -> str:
    paths = [use.path for use in info.variables if use.tag_index == tag_index]
    if not paths or all(is_sender_variable(p) or _SENDER_THINGS.search(p[-1]) for p in paths):
        return "sender" if paths else "other"
    if all(is_plumbing_variable(p) for p in paths):
        return "other"
    return "reader"


def masked_body(info: TemplateInfo) -> tuple[str, list[tuple[int, int, str]]]:
    """The neutral text with variable stand-ins blanked out, and where they were."""
    text = info.neutral_text
    refs: list[tuple[int, int, str]] = []
    pieces: list[str] = []
    last = 0
    for n_start, n_end, tag_index in sorted(info.stand_ins()):
        pieces.append(text[last:n_start])
        pieces.append(_MASK * (n_end - n_start))
        refs.append((n_start, n_end, _stand_in_kind(info, tag_index)))
        last = n_end
    pieces.append(text[last:])
    return "".join(pieces), refs
