"""The masker (masking.py): every form of a record's values is masked in a message, and the
message's own words are not (issue 12, item 8)."""

from __future__ import annotations

import pytest

from followup_lint.masking import MAX_MESSAGE_CHARS, Masker, SeenValues, normalise, scrub_shapes

PARISSA = {
    "first_name": "Parissa", "last_name": "Behnia", "email": "parissa.behnia@northwind.example",
    "phone": "+44 7700 900123", "employees": 4200, "attended": "no",
    "notes": "Met at the Berlin booth\nAsked about SSO pricing for 40 seats",
}
JOSE = {"full_name": "José María de la Cruz-Ortega", "email": "jm.delacruz@solmar.example",
        "phone": "+1 (415) 555-0134", "score": 87.5}
WANG = {"given": "小明", "family": "王", "full_name": "王小明", "email": "wang.xiaoming@lotusdata.example"}
SHORT = {"given": "Li", "family": "Ng", "middle": "J", "children": 0, "segment": "on"}
NGUYEN = {"given": "Lan", "family": "Nguyễn Thị", "company": "Sài Gòn Logistics"}
# "ı" (dotless i) upper-cases to "I", whose case fold is "i": the value and its shouted form
# must fold alike; a note with an "@" but no dotted domain is text, not an email address
ISIK = {"given": "Işıl", "family": "Yıldırım", "notes": "ask Ilgın@Gökçeada about the kıyı project"}


# (record, message, what must not be left of the value: normalised substrings)
MUST_MASK = [
    (PARISSA, "'dict object' has no attribute 'PARISSA.BEHNIA@NORTHWIND.EXAMPLE'", ["parissa", "behnia"]),
    (PARISSA, "'dict object' has no attribute 'parissa.behnia'", ["parissa", "behnia"]),
    (PARISSA, "invalid literal for int() with base 10: 'Parissa'", ["parissa"]),
    (PARISSA, "cannot title-case BEHNIA", ["behnia"]),
    (PARISSA, "'dict object' has no attribute '+447700900123'", ["447700900123", "7700", "900123"]),
    (PARISSA, "no such number: 7700900123", ["7700", "900123"]),
    (PARISSA, "dict object has no element 4200", ["4200"]),
    (PARISSA, "expected 4,200 to be a string", ["4200"]),
    (PARISSA, "'dict object' has no attribute 'Asked about SSO pricing for 40 seats'", ["asked", "pricing", "seats"]),
    (PARISSA, "unknown key 'xparissabehnia'", ["parissa", "behnia"]),
    (PARISSA, "'dict object' has no attribute 'no'", ["'no'"]),
    (JOSE, "bad name 'JOSE MARIA DE LA CRUZ-ORTEGA'", ["jose", "maria", "cruz", "ortega"]),
    (JOSE, "no attribute 'josemaría'", ["jose", "maria"]),
    (JOSE, "family name cruz ortega is not known", ["cruz", "ortega"]),
    (JOSE, "bad phone +14155550134", ["4155550134"]),
    (JOSE, "score 87.5 is out of range", ["875"]),
    (JOSE, "mailbox JM.DELACRUZ", ["delacruz"]),
    (WANG, "'dict object' has no attribute '王小明'", ["王小明", "小明"]),
    (WANG, "unknown given name 小明", ["小明"]),
    (WANG, "WANG.XIAOMING bounced", ["xiaoming"]),
    (SHORT, "Li has no title", ["li has"]),
    (SHORT, "family name NG is not in the table", ["ng is"]),
    (SHORT, "'dict object' has no attribute 0", ["attribute 0"]),
    (SHORT, "segment: on", ["segment on"]),
    (NGUYEN, "cannot parse NGUYEN THI", ["nguyen", "thi"]),
    (NGUYEN, "company 'SAI GON LOGISTICS' unknown", ["saigon", "logistics"]),
    (ISIK, "'dict object' has no attribute 'IŞIL'", ["isil", "ısıl"]),
    (ISIK, "cannot title-case YILDIRIM", ["yildirim", "yıldırım"]),
    (ISIK, "'dict object' has no attribute 'ILGIN@GÖKÇEADA'", ["ilgin", "ılgın", "gokceada"]),
]


def _flat(text: str) -> str:
    return normalise(text).text


def _words(text: str) -> str:
    """Normalised, but keeping word breaks (for short forms like "li has")."""
    return " ".join(_flat(word) for word in text.replace("'", " ' ").split())


@pytest.mark.parametrize(("record", "message", "gone"), MUST_MASK, ids=[m[1][:40] for m in MUST_MASK])
def test_every_form_of_a_value_is_masked(record: dict, message: str, gone: list[str]) -> None:
    scrubbed = Masker.for_record(record).scrub(message)
    assert "…" in scrubbed
    for piece in gone:
        if " " in piece or "'" in piece:
            assert piece not in _words(scrubbed), scrubbed
        else:
            assert piece not in _flat(scrubbed), scrubbed


# (record, message): the message's own words must come through unchanged
MUST_KEEP = [
    (PARISSA, "no loader for this environment specified"),  # the field "attended" is "no"
    (PARISSA, "'str object' has no attribute 'upper_first'"),
    (PARISSA, "unsupported operand type(s) for +: 'int' and 'str'"),
    (PARISSA, "takes 2 positional arguments but 3 were given"),
    (PARISSA, "the message has been marked as seen"),  # "met", "at", "the" are words of the notes
    (SHORT, "takes 0 positional arguments but 1 was given"),  # children = 0
    (SHORT, "on line 3 of the template"),  # segment = "on"
    (SHORT, "a list is not a string"),  # "li" and "ng" inside other words
    (JOSE, "maximum recursion depth exceeded while calling a Python object"),  # particles "de", "la"
    (WANG, "division by zero"),
    (NGUYEN, "plan the landing page"),  # "lan" inside words
]


@pytest.mark.parametrize(("record", "message"), MUST_KEEP, ids=[m[1][:40] for m in MUST_KEEP])
def test_words_that_are_not_personal_data_survive(record: dict, message: str) -> None:
    assert Masker.for_record(record).scrub(message) == message


def test_the_domain_is_kept_like_the_masked_identity_keeps_it() -> None:
    masker = Masker.for_record(PARISSA)
    assert masker.scrub("mail to parissa.behnia@northwind.example bounced") == "mail to p…@n… bounced"
    assert masker.scrub("northwind.example does not accept mail") == "northwind.example does not accept mail"


def test_nested_values_and_odd_types() -> None:
    record = {"contact": {"emails": ["aiko.tanaka@kumo.example"], "tags": ["vip"]}, "active": True, "score": None,
              "big": 10 ** 5000}
    masker = Masker.for_record(record)
    assert masker.scrub("who is AIKO.TANAKA?") == "who is A…?"
    assert masker.scrub("True and None are fine") == "True and None are fine"


def test_a_huge_message_is_cut_before_it_is_scrubbed() -> None:
    masker = Masker.for_record(PARISSA)
    scrubbed = masker.scrub("Behnia " * 100_000)
    assert len(scrubbed) < MAX_MESSAGE_CHARS + 100
    assert "behnia" not in _flat(scrubbed)
    assert scrubbed.endswith(f"[message cut at {MAX_MESSAGE_CHARS:,} characters]")


def test_seen_values_mask_whole_words_from_any_record() -> None:
    seen = SeenValues()
    for record in (PARISSA, JOSE, WANG):
        seen.add_record(record)
    masker = seen.masker()
    text = masker.scrub("duplicates: PARISSA.BEHNIA@NORTHWIND.EXAMPLE, wang.xiaoming@lotusdata.example; José")
    assert "parissa" not in _flat(text) and "xiaoming" not in _flat(text) and "jose" not in _flat(text)
    assert masker.scrub("no loader for this environment specified") == "no loader for this environment specified"
    assert masker.scrub("the records were read in 3 passes") == "the records were read in 3 passes"


def test_seen_values_use_fixed_memory() -> None:
    seen = SeenValues()
    before = len(seen._filter)
    for i in range(2_000):
        seen.add_record({"email": f"person{i}@example.com", "first_name": f"Name{i}"})
    assert len(seen._filter) == before
    assert "person1999" in seen and "name1999" in seen


SHAPES = [
    ("bounced: parissa.behnia@northwind.example", "bounced: p…@northwind.example"),
    ("call +44 7700 900123 or +1 (415) 555-0134", "call +4… or +1…"),
    ("no such row 12 in line 3", "no such row 12 in line 3"),
    ("version 2026-11-30", "version 2026-11-30"),
]


@pytest.mark.parametrize(("text", "masked"), SHAPES)
def test_shapes_are_masked_without_a_record(text: str, masked: str) -> None:
    assert scrub_shapes(text) == masked


# (record, message, strict result): text a plugin wrote is masked strictly - a whole value that is
# a common word goes wherever it stands - but words that are only parts of a longer value stay
STRICT = [
    ({"attended": "yes"}, "cannot use YES (yes)", "cannot use Y… (y…)"),
    ({"attended": "has"}, "HAS has no title", "H… h… no title"),
    (PARISSA, "check Parissa at the booth", "check P… at the b…"),  # "at", "the" are parts of the notes
    (WANG, "check 小明 王 now", "check 小… … now"),  # a one-character family name, as a whole word
]


@pytest.mark.parametrize(("record", "message", "masked"), STRICT, ids=[s[1] for s in STRICT])
def test_strict_masking_of_a_plugins_own_text(record: dict, message: str, masked: str) -> None:
    assert Masker.for_record(record).scrub(message, strict=True) == masked


def test_lenient_masking_keeps_common_whole_values_where_they_are_the_messages_words() -> None:
    masker = Masker.for_record({"attended": "has"})
    assert masker.scrub("'dict object' has no attribute 'has'") == "'dict object' has no attribute 'h…'"


def test_seen_values_take_any_record_shape() -> None:
    seen = SeenValues()
    seen.add_record({"tags": {"vip", "webinar"}, "when": object(), "nested": [{"email": "li.ng@harbourcity.example"}],
                     "active": True, "n": float("inf"), "big": 10 ** 400})
    # no exception for sets and odd objects; the nested email is remembered
    assert "ling" in seen and "li" in seen and "ng" in seen
