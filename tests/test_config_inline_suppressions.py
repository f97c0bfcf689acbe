"""Inline suppressions in Jinja comments: where each form applies, prefix and name matching,
and the reports for suppressions that silence nothing (FL009) or are malformed (FL014)."""

from __future__ import annotations

from followup_lint import lint
from followup_lint.config import Config
from followup_lint.engine import Linter

LINTER = Linter(Config(select=("FL009", "FL014", "FL101", "FL104", "FL206", "FL207")))
PEOPLE = [
    {"first_name": "Parissa", "last_name": "Behnia", "email": "parissa.behnia@northwind.example"},
    {"first_name": "DANIEL", "last_name": "Okafor", "email": "daniel.okafor@northwind.example"},
]
SURNAME = "Hi {{ last_name }},"  # FL101 on this line
SHOUT = "Our new dashboard is AMAZING!!!"  # FL206 and FL207 on this line


def findings(template: str) -> list[tuple[str, int]]:
    report = lint(template, PEOPLE, linter=LINTER)
    return sorted({(d.code, d.line) for d in report.diagnostics})


def test_unsuppressed_baseline() -> None:
    assert findings(f"{SURNAME}\n\n{SHOUT}\n") == [("FL101", 1), ("FL206", 3), ("FL207", 3)]


def test_end_of_line_comment_covers_its_own_line_only() -> None:
    template = f"{SURNAME} {{# followup-lint: disable=FL101 #}}\n\n{SHOUT}\n"
    assert findings(template) == [("FL206", 3), ("FL207", 3)]
    template = f"{SHOUT} {{# followup-lint: disable=FL206 #}}\n{SHOUT}\n"
    assert findings(template) == [("FL206", 2), ("FL207", 1), ("FL207", 2)]


def test_comment_on_its_own_line_covers_the_next_nonblank_line() -> None:
    template = f"{{# followup-lint: disable=FL101 #}}\n{SURNAME}\n\n{SHOUT}\n"
    assert findings(template) == [("FL206", 4), ("FL207", 4)]
    template = f"{SURNAME}\n{{# followup-lint: disable=FL206,FL207 #}}\n\n{SHOUT}\n{SHOUT}\n"
    assert findings(template) == [("FL101", 1), ("FL206", 5), ("FL207", 5)]


def test_several_codes_prefixes_and_names() -> None:
    assert findings(f"{SURNAME}\n{SHOUT} {{# followup-lint: disable=FL20 #}}\n") == [("FL101", 1)]
    assert findings(f"{SURNAME}\n{SHOUT} {{# followup-lint: disable=shouting, FL207 #}}\n") == [("FL101", 1)]
    assert findings(f"{SURNAME} {{# followup-lint: disable=greeting-uses-surname #}}\n") == []
    assert findings(f"{SURNAME} {{# followup-lint: disable=FL1 #}}\n") == []


def test_disable_file_covers_the_whole_template_and_every_recipient() -> None:
    template = f"{{# followup-lint: disable-file=FL2 #}}\n{SURNAME}\n\n{SHOUT}\n\n{SHOUT}\n"
    assert findings(template) == [("FL101", 2)]
    greeting = "{# followup-lint: disable-file=FL104 #}\nHi {{ first_name }},\n\nHere is the recording.\n"
    assert findings(greeting) == []  # DANIEL's ALL CAPS greeting is a per-recipient finding
    assert findings(greeting.split("\n", 1)[1]) == [("FL104", 1)]


def test_a_suppression_that_silences_nothing_is_reported() -> None:
    template = f"Hi {{{{ first_name }}}}, {{# followup-lint: disable=FL101 #}}\n\n{SHOUT} {{# followup-lint: disable=FL206,FL301 #}}\n"
    report = lint(template, PEOPLE[:1], linter=LINTER)
    unused = [(d.line, d.message) for d in report.diagnostics if d.code == "FL009"]
    assert unused == [
        (1, "suppression of FL101 silences nothing; remove it"),
        (3, "suppression of FL301 silences nothing; remove it"),  # FL206 was used; only FL301 is stale
    ]
    # a comment alone on its line is stale if the NEXT line does not fire, whatever follows
    assert ("FL009", 1) in findings(f"{{# followup-lint: disable=FL101 #}}\nHi {{{{ first_name }}}},\n{SURNAME}\n")


def test_a_malformed_suppression_is_reported_and_silences_nothing() -> None:
    template = f"{SURNAME} {{# followup-lint: ignore FL101 #}}\n"
    assert findings(template) == [("FL014", 1), ("FL101", 1)]
