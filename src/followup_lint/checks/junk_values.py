"""FL320 junk-merge-value: a field the message shows holds a placeholder ("N/A", "-", "TBD").

"How N/A could spot churn earlier": the record has a value, so no fallback applies, but the
value is what a form or an export writes when it knows nothing. Name fields are FL105's and
FL405's, the e-mail address FL401's; this rule covers every other recipient field a message
renders, in the body or the subject line. Each distinct value is judged once
(:func:`names.field_junk.field_junk` is cached by value); per recipient the check is a
dictionary lookup per field. A variable with no column of its name is read from the export's
label for it ("Industry" for ``industry``, column_names.py); the message then renders it empty
(FL003), so the finding rests on the template: unless the variable is guarded by ``{% if %}``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Iterable

from ..context import MessageContext, TemplateContext
from ..model import Finding, Span, escape_braces
from ..names.field_junk import FieldJunk, field_junk
from ..column_names import lookup_column
from ..rule import SKIP, MessageCheck
from ..parse_cache import subject_names
from ..variable_kinds import NAME_ROLES, is_plumbing_variable, is_sender_variable
from .zero_counts import count_word_follows, names_a_metric, plain

_NUMERIC_FILTERS = frozenset({"int", "float", "round", "abs", "sum", "filesizeformat"})
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_CAMEL = re.compile(r"(?<=[^\W\d_])(?=[A-ZÀ-Ý][^\W\d_A-ZÀ-Ý])")
_LETTERS = re.compile(r"[^\W\d_]+")

_WHAT = {
    FieldJunk.PLACEHOLDER: "a placeholder such as N/A, none or TBD",
    FieldJunk.SYMBOLS: "only punctuation, with no letters or digits",
    FieldJunk.MERGE_TAG: "an unrendered merge tag from another tool",
    FieldJunk.ZERO: "a bare zero where text is expected",
}


@dataclass(frozen=True, slots=True)
class _Field:
    path: tuple[str, ...]
    dotted: str
    span: Span
    zero_is_a_value: bool  # a count or amount: "0 sessions" is an answer
    guarded: bool  # every use sits inside {% if %} or has a fallback: the template may leave junk out
    around: tuple[tuple[str, str], ...] = ()  # the literal text just before and after each use
    in_subject: bool = False  # the subject line reads it too
    region_codes: frozenset[str] = frozenset()  # a region, state or country field: "NA", "NC" are codes there
    place_codes: frozenset[str] = frozenset()  # a place field: codes when the record's country has states


def _words(name: str) -> list[str]:
    """``sessionsAttended`` / ``sessions_attended`` / ``Time in Session (minutes)`` -> words."""
    return [w.casefold() for w in _WORDS.findall(name)]


def _name_words(name: str) -> set[str]:
    """``State/Region`` / ``país`` / ``billingCountry`` -> {"state", "region"} / {"país"} /
    {"billing", "country"}: the words of a field name, accents kept."""
    return {w.casefold() for w in _LETTERS.findall(_CAMEL.sub(" ", name))}


def _country_has_states(data: Any, country_words: frozenset[str], coded: frozenset[str]) -> bool:
    """Whether the record's country field names a country whose states go by two letters."""
    if not hasattr(data, "items"):
        return False
    for key, value in data.items():
        if type(key) is str and type(value) is str and _name_words(key) & country_words:
            if " ".join(value.casefold().split()) in coded:
                return True
    return False


def _singular(word: str) -> str:
    """``licences`` -> ``licence``, ``tickets`` -> ``ticket``: enough to compare count nouns."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _plural(word: str) -> bool:
    return _singular(word) != word


def _names_a_count(words: list[str], quantity: set[str], qualifiers: set[str], suffixes: tuple[str, ...]) -> bool:
    """Whether a field name names a count, so that "0" in it is an answer: a quantity word in
    it (``seats``, ``seat``, ``licences``), a compound ending in a count word
    (``mitarbeiterzahl``), or a qualifier before a plural noun at the end (``open_incidents``,
    ``active_integrations``, ``pending_approvals``)."""
    if any(w in quantity or _singular(w) in quantity for w in words):
        return True
    if words and words[-1].endswith(suffixes):
        return True
    return len(words) >= 2 and words[-2] in qualifiers and _plural(words[-1])


def _shows(message: MessageContext, shown: str, around: tuple[tuple[str, str], ...], in_subject: bool) -> bool:
    """Whether the message shows the value, in any case (``{{ company | upper }}``). A value of
    one or two characters ("-", "?", "0") is looked for with the template's text around the
    variable ("from - companies"): a hyphen elsewhere in the email proves nothing."""
    text, subject = message.text, (message.subject or "") if in_subject else ""
    if len(shown) <= 2 and any(before or after for before, after in around):
        folded_text = text.casefold()
        return any((before + shown + after).casefold() in folded_text for before, after in around) \
            or shown in subject
    if shown in text or shown in subject:
        return True
    folded = shown.casefold()
    return folded in text.casefold() or folded in subject.casefold()


def _around(info: Any, index: int, width: int = 12) -> tuple[str, str]:
    """The literal text right before and right after tag ``index`` (empty next to another tag)."""
    tags, text = info.tags, info.source.text
    before = after = ""
    if index > 0 and tags[index - 1].kind == "text":
        before = text[max(tags[index - 1].start, tags[index].start - width) : tags[index].start]
    if index + 1 < len(tags) and tags[index + 1].kind == "text":
        after = text[tags[index].end : min(tags[index + 1].end, tags[index].end + width)]
    return before, after


def _unit_follows(info: Any, use: Any, quantity: set[str], adjectives: set[str]) -> bool:
    """``{{ n }} sessions``, ``{{ n }} new leads``, ``{{ escalations_q3 }} escalations``: a unit,
    or a plural noun of the variable's own name, follows the variable (after at most one word
    such as "new"), so the value is a number."""
    text = info.source.text
    after = _NEXT_WORD.match(text, info.tags[use.tag_index].end)
    if after is not None and after.group(1).casefold() in adjectives:
        after = _NEXT_WORD.match(text, after.end())
    if after is None:
        return False
    word = after.group(1).casefold()
    return word in quantity or (_plural(word) and word in _words(use.path[-1]))


class JunkMergeValue(MessageCheck):
    """FL320: a recipient field the message shows holds junk ("N/A", "-", "null", "TBD")."""

    record_memo = True

    def prepare(self, context: TemplateContext) -> Any:
        info = context.info
        greeting = info.greeting
        slot_tags = {u.tag_index for u in greeting.slot_variables} if greeting is not None else set()
        quantity = {str(w).casefold() for w in self.data.get("quantity_words", ())}
        adjectives = {str(w).casefold() for w in self.data.get("count_adjectives", ())}
        suffixes = tuple(str(w).casefold() for w in self.data.get("count_suffixes", ()))
        plain_adjectives = frozenset(plain(w) for w in adjectives)
        periods = frozenset(plain(str(w)) for w in self.data.get("period_words", ()))
        weak = frozenset(plain(str(w)) for w in self.data.get("weak_quantity_words", ()))
        ends = frozenset(plain(str(w)) for w in self.data.get("count_phrase_ends", ()))

        def metric(name: str) -> bool:
            # the words in order: the last one is the head ("failed_payouts", not "new_markets_region")
            return names_a_metric(name, [w.casefold() for w in _LETTERS.findall(_CAMEL.sub(" ", name))],
                                  plain_adjectives, periods, weak)
        fields: dict[tuple[str, ...], _Field] = {}
        for use in info.variables:
            if use.tag_index in slot_tags or use.path in fields:
                continue  # the greeting's name is FL105's
            path = use.path
            role = context.role_of(path)
            if role in NAME_ROLES or role == "email" or is_plumbing_variable(path) or is_sender_variable(path):
                continue
            zero_ok = bool(_NUMERIC_FILTERS.intersection(use.filters)) \
                or _names_a_count(_words(path[-1]), quantity, adjectives, suffixes) \
                or _unit_follows(info, use, quantity, adjectives) \
                or metric(path[-1]) \
                or any(count_word_follows(info.source.text, info.tags[u.tag_index].end, _name_words(path[-1]),
                                          plain_adjectives, ends) for u in info.variables if u.path == path)
            guarded = all(u.guarded for u in info.variables if u.path == path)
            around = tuple(_around(info, u.tag_index) for u in info.variables if u.path == path)
            fields[path] = _Field(path, use.dotted, use.span, zero_ok, guarded, around)
        for name in sorted(subject_names(info.subject)):  # "A question for {{ company }}"
            path = (name,)
            role = context.role_of(path)
            if path in fields:
                fields[path] = replace(fields[path], in_subject=True)
                continue
            if role in NAME_ROLES or role == "email" or is_plumbing_variable(path) \
                    or is_sender_variable(path):
                continue
            fields[path] = _Field(path, name, info.subject_span,
                                  _names_a_count(_words(name), quantity, adjectives, suffixes) or metric(name), False,
                                  in_subject=True)
        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).casefold() for w in self.data.get(key, ()))

        region_words, region_codes = words("region_fields"), words("region_codes")
        code_words, code_values, place_words = words("code_fields"), words("code_values"), words("place_fields")
        self._countries = (words("country_fields"), words("coded_countries"))
        for path, spec in fields.items():
            named = _name_words(path[-1])
            codes = (region_codes if named & region_words else frozenset()) | \
                (code_values if named & code_words else frozenset())
            if codes:
                fields[path] = replace(spec, region_codes=codes)  # "NA" beside EMEA, "NC" beside TX
            elif named & place_words:
                fields[path] = replace(spec, place_codes=code_values)
        return list(fields.values()) or SKIP

    def check(self, message: MessageContext, fields: list[_Field]) -> Iterable[Finding]:
        data = message.recipient.data
        for spec in fields:
            value, column = lookup_column(data, spec.path)
            if type(value) is not str:
                continue
            junk = field_junk(value, zero_is_a_value=spec.zero_is_a_value)
            if junk is None:
                continue
            if spec.region_codes and value.strip().casefold() in spec.region_codes:
                continue  # "NA" beside "EMEA" and "APAC": North America; a state "NC", a country "NC"
            if spec.place_codes and value.strip().casefold() in spec.place_codes \
                    and _country_has_states(data, *self._countries):
                continue  # a location "NC" of a record in the United States: North Carolina
            if column == spec.dotted:
                if not _shows(message, value.strip(), spec.around, spec.in_subject):
                    continue  # in a branch this recipient does not get, or filtered away
            elif spec.guarded:
                continue  # a label column ("Industry") the template may leave out: cannot tell
            where = repr(spec.dotted) if column == spec.dotted else f"{spec.dotted!r} (column {column!r})"
            yield Finding(
                escape_braces(
                    f"{where} holds {_WHAT[junk]} for this recipient, which the message shows as if it "
                    "were real; leave the field empty in the list when nothing is known, and give the variable "
                    "a fallback"
                ),
                span=spec.span,
            )
