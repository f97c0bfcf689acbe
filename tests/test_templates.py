"""Template loading and the once-per-template analysis: front matter, the tag scanner,
variables, greetings and the neutral text with its mapping back to the source."""

from __future__ import annotations

from pathlib import Path

import pytest

from _core_testing import codes, lint0
from followup_lint.locales import builtin_locales
from followup_lint.model import Span
from followup_lint.sandbox import LintSandbox
from followup_lint.source import LineIndex, scan_tags
from followup_lint.templates import (
    DEFAULT_TEMPLATE_SUFFIXES,
    TemplateInfo,
    analyse_template,
    load_template_file,
    read_template_source,
)

ENV = LintSandbox()
LOCALES = builtin_locales()


def analyse(text: str, path: str = "follow-up.j2") -> TemplateInfo:
    return analyse_template(read_template_source(text, path), ENV, LOCALES)


def source_at(text: str, span: Span) -> str:
    """The source text a single-line span covers."""
    assert span.line == span.end_line, span
    line = text.split("\n")[span.line - 1]
    return line[span.column - 1 : span.end_column - 1]


def fl012(text: str) -> list[tuple[int, int, str]]:
    report = lint0(text, [{"first_name": "Wei"}], {"select": ["FL012"]})
    return [(d.line, d.column, d.message) for d in report.diagnostics]


# --------------------------------------------------------------------------- front matter

WEBINAR = """---
subject: "Your recording: {{ webinar_title }}"
kind: follow-up
locale: en-GB
recipients: attendees.csv
from: Dana Okafor <dana@northwind-analytics.example>
---
Hi {{ first_name }},

Thanks for joining {{ webinar_title }} on Tuesday.
"""


def test_front_matter_is_split_off() -> None:
    source = read_template_source(WEBINAR, "attended.j2")
    assert source.problems == []
    assert source.front_matter["subject"] == "Your recording: {{ webinar_title }}"
    assert source.subject == "Your recording: {{ webinar_title }}"
    assert source.kind == "follow-up"
    assert source.locale == "en"  # region dropped
    assert source.front_matter["recipients"] == "attendees.csv"
    assert source.body.startswith("Hi {{ first_name }},")
    assert source.body_line_offset == 7
    assert source.key_spans["kind"] == Span(3, 1, 3, 5)


def test_body_positions_count_the_front_matter_lines() -> None:
    info = analyse(WEBINAR)
    (use,) = [v for v in info.variables if v.path == ("first_name",)]
    assert use.span == Span(8, 7, 8, 17)
    assert info.greeting is not None and info.greeting.line == 8
    assert info.subject == "Your recording: {{ webinar_title }}"
    assert info.subject_span == Span(2, 1, 2, 8)


def test_no_front_matter() -> None:
    source = read_template_source("Hi {{ first_name }},\n---\nnot front matter\n---\n")
    assert source.front_matter == {} and source.body_offset == 0 and source.problems == []


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_front_matter_with_bom_and_line_endings(newline: str) -> None:
    text = "\ufeff---" + newline + "subject: Your slides" + newline + "---" + newline + "Hi {{ first_name }}," + newline
    source = read_template_source(text)
    assert source.problems == []
    assert source.subject == "Your slides"
    assert source.body.startswith("Hi {{ first_name }},")


def test_template_file_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "attended.j2"
    path.write_bytes(b"\xef\xbb\xbf---\nsubject: Caf\xc3\xa9 chat\n---\nHi {{ first_name }},\n")
    source = load_template_file(path)
    assert source.subject == "Café chat"
    assert source.path == str(path)
    assert not source.text.startswith("\ufeff")


@pytest.mark.parametrize(
    ("front", "line", "fragment"),
    [
        ("subject: Your recording\nkind: follow-up\nlocale: [en\n", 4, "not valid YAML"),
        ("subject: Your recording\n  bad: indent\n", 3, "not valid YAML"),
        ("subject: ok\nsubjet: Your recording\n", 3, "unknown front matter key 'subjet'"),
        ("subject: The kind of data you asked for\nkind: webinar\n", 3, "unknown template kind 'webinar'"),
        ("- subject\n- kind\n", 1, "must be a mapping"),
    ],
)
def test_invalid_front_matter_is_fl012_with_its_line(front: str, line: int, fragment: str) -> None:
    found = fl012("---\n" + front + "---\nHi {{ first_name }},\n")
    assert len(found) == 1, found
    assert found[0][0] == line
    assert fragment in found[0][2]


def test_unknown_key_message_lists_the_known_keys() -> None:
    ((line, column, message),) = fl012("---\nsubjet: Your recording\n---\nHi {{ first_name }},\n")
    assert (line, column) == (2, 1)
    assert "subject" in message and "recipients" in message


@pytest.mark.parametrize("kind", ["follow-up", "prospecting", "marketing", "transactional", "newsletter"])
def test_known_kinds_are_accepted(kind: str) -> None:
    assert fl012(f"---\nkind: {kind}\n---\nHi {{{{ first_name }}}},\n") == []


def test_front_matter_problems_do_not_stop_the_lint() -> None:
    report = lint0("---\nsubjet: Hi\n---\nHi {{ frist_name }},\n", [{"first_name": "Wei"}])
    assert codes(report) == ["FL012", "FL003"]


def test_default_suffixes() -> None:
    assert DEFAULT_TEMPLATE_SUFFIXES == (".j2", ".jinja", ".jinja2")


# --------------------------------------------------------------------------- scan_tags


def kinds(text: str) -> list[tuple[str, str]]:
    return [(tag.kind, text[tag.start : tag.end]) for tag in scan_tags(text)]


def test_scan_tags_splits_text_and_tags_with_offsets() -> None:
    text = "Hi {{ first_name }},\n{% if attended %}Thanks{% endif %}{# note #}"
    assert kinds(text) == [
        ("text", "Hi "),
        ("expr", "{{ first_name }}"),
        ("text", ",\n"),
        ("stmt", "{% if attended %}"),
        ("text", "Thanks"),
        ("stmt", "{% endif %}"),
        ("comment", "{# note #}"),
    ]
    assert "".join(text[t.start : t.end] for t in scan_tags(text)) == text


def test_scan_tags_whitespace_control_is_stripped_from_inner() -> None:
    tags = scan_tags("Hi {{- first_name -}} {%- if x -%}{%+ endif +%}")
    exprs = [t for t in tags if t.kind != "text"]
    assert [t.inner for t in exprs] == [" first_name ", " if x ", " endif "]


def test_scan_tags_strings_may_contain_closers() -> None:
    text = "{{ '}}' ~ first_name }} and {{ \"%}\" }} then {% set x = '%}' %}"
    assert [k for k in kinds(text) if k[0] != "text"] == [
        ("expr", "{{ '}}' ~ first_name }}"),
        ("expr", '{{ "%}" }}'),
        ("stmt", "{% set x = '%}' %}"),
    ]


def test_scan_tags_raw_blocks_are_text() -> None:
    text = "A {% raw %}{{ first_name }} *|FNAME|*{% endraw %} B {{ last_name }}"
    assert kinds(text) == [
        ("text", "A {% raw %}{{ first_name }} *|FNAME|*{% endraw %} B "),
        ("expr", "{{ last_name }}"),
    ]
    assert kinds("{%- raw -%}{{ x }}{%- endraw -%}") == [("text", "{%- raw -%}{{ x }}{%- endraw -%}")]


def test_scan_tags_unterminated_tags_are_text() -> None:
    assert kinds("Hi {{ first_name,\nthanks {# open") == [("text", "Hi {{ first_name,\nthanks {# open")]
    assert kinds("50% off {single} braces") == [("text", "50% off {single} braces")]
    assert kinds("") == []


def test_line_index() -> None:
    index = LineIndex("ab\ncd\n\nef")
    assert index.position(0) == (1, 1)
    assert index.position(3) == (2, 1)
    assert index.position(7) == (4, 1)
    assert index.span(3, 5) == Span(2, 1, 2, 3)
    assert index.span(4, 4) == Span(2, 2, 2, 3)  # empty ranges still cover one column


# --------------------------------------------------------------------------- variables


def uses(text: str) -> dict[str, object]:
    return {v.dotted: v for v in analyse(text).variables}


def test_dotted_and_subscript_paths() -> None:
    text = "Hi {{ contact.first_name }} {{ contact['last_name'] }} {{ company[\"name\"] }}"
    found = uses(text)
    assert set(found) == {"contact.first_name", "contact.last_name", "company.name"}
    assert source_at(text, found["contact.first_name"].span) == "contact.first_name"
    assert source_at(text, found["contact.last_name"].span) == "contact['last_name']"
    assert source_at(text, found["company.name"].span) == 'company["name"]'
    assert found["contact.first_name"].leaf == "first_name"
    assert analyse(text).context_names == frozenset({"contact", "company"})


def test_filter_chain_is_recorded_in_order() -> None:
    found = uses("{{ first_name|trim|title }}")
    assert found["first_name"].filters == ("trim", "title")
    assert found["first_name"].default is None
    assert not found["first_name"].has_fallback


@pytest.mark.parametrize(
    ("expression", "fallback", "covers_empty"),
    [
        ("first_name|default('there')", "there", False),
        ("first_name|default('there', true)", "there", True),
        ("first_name|d('there', boolean=true)", "there", True),
        ("first_name|d('there', false)", "there", False),
        ("first_name|title|default('there', true)", "there", True),
    ],
)
def test_default_filter(expression: str, fallback: str, covers_empty: bool) -> None:
    use = uses("Hi {{ " + expression + " }},")["first_name"]
    assert use.default is not None
    assert use.default.fallback == fallback
    assert use.default.covers_empty is covers_empty
    assert use.has_fallback


def test_or_and_conditional_fallbacks() -> None:
    found = uses("Hi {{ preferred_name or first_name }}, {{ nickname if nickname else 'there' }}")
    assert found["preferred_name"].has_fallback  # `or` supplies text when it is empty
    assert not found["first_name"].has_fallback  # the last alternative has none
    assert found["nickname"].has_fallback


def test_if_guards() -> None:
    text = (
        "{% if question %}You asked: {{ question }}{% else %}{{ topic }}{% endif %}"
        "{% if contact.first_name %}{{ contact.first_name }}{% endif %} {{ question }}"
    )
    info = analyse(text)
    guarded = [(v.dotted, v.guarded) for v in info.variables]
    assert guarded == [
        ("question", True),
        ("topic", False),
        ("contact.first_name", True),
        ("question", False),
    ]


def test_loop_variables_are_not_context_names() -> None:
    text = "{% for session in sessions %}{{ session.title }} ({{ loop.index }}){% endfor %} {{ first_name }}"
    info = analyse(text)
    assert info.context_names == frozenset({"sessions", "first_name"})
    assert {v.dotted for v in info.variables} == {"first_name"}


def test_set_variables_are_not_context_names() -> None:
    info = analyse("{% set greeting = 'Hi' %}{{ greeting }} {{ first_name }}")
    assert info.context_names == frozenset({"first_name"})


def test_uses_variable() -> None:
    info = analyse("Hi {{ contact.firstname }}")
    assert info.uses_variable("firstname")
    assert info.uses_variable("contact")
    assert not info.uses_variable("last_name")


def test_syntax_error_still_gives_a_model() -> None:
    info = analyse("Hi {{ first_name }},\n{% if attended %}Thanks{% endif")
    assert info.compiled is None
    assert info.syntax_error is not None
    assert info.greeting is not None
    assert [v.dotted for v in info.variables] == ["first_name"]


# --------------------------------------------------------------------------- greetings


@pytest.mark.parametrize(
    ("line", "locale", "word", "formal", "honorific"),
    [
        ("Hi {{ first_name }},", "en", "Hi", False, None),
        ("Hello {{ first_name }}!", "en", "Hello", False, None),
        ("Dear Mr. {{ last_name }},", "en", "Dear", True, "Mr."),
        ("Good morning {{ first_name }},", "en", "Good morning", False, None),
        ("Hallo {{ vorname }},", "de", "Hallo", False, None),
        ("Sehr geehrte Frau {{ nachname }},", "de", "Sehr geehrte", True, "Frau"),
        ("Liebe {{ vorname }},", "de", "Liebe", False, None),
        ("Bonjour Madame {{ nom }},", "fr", "Bonjour", False, "Madame"),
        ("Cher {{ prenom }},", "fr", "Cher", False, None),
        ("Hola {{ nombre }},", "es", "Hola", False, None),
        ("Estimada Sra. {{ apellido }}:", "es", "Estimada", True, "Sra."),
        ("Beste {{ voornaam }},", "nl", "Beste", False, None),
        ("Geachte heer {{ achternaam }},", "nl", "Geachte", True, "heer"),
    ],
)
def test_greeting_detection(line: str, locale: str, word: str, formal: bool, honorific: str | None) -> None:
    text = line + "\n\nThanks for joining the webinar on Tuesday.\n"
    info = analyse(text)
    greeting = info.greeting
    assert greeting is not None
    assert greeting.locale == locale and info.locale == locale
    assert greeting.match.word == word
    assert greeting.is_formal is formal
    assert greeting.match.honorific == honorific
    assert greeting.line == 1
    assert greeting.span == Span(1, 1, 1, len(line) + 1)
    # the name slot points exactly at the {{ ... }} tag, not at the punctuation after it
    tag = line[line.index("{{") : line.index("}}") + 2]
    assert source_at(text, greeting.slot_span) == tag
    assert greeting.slot_literal == ""
    assert len(greeting.slot_variables) == 1
    assert greeting.render_suffix == line[-1]


def test_greeting_after_front_matter_and_blank_lines() -> None:
    text = "---\nlocale: de\n---\n\n\n  Hallo {{ vorname|title }} ,\nDanke!"
    info = analyse(text)
    greeting = info.greeting
    assert greeting is not None and greeting.line == 6
    assert source_at(text, greeting.slot_span) == "{{ vorname|title }}"
    assert greeting.span.column == 3
    assert greeting.render_suffix == ","


def test_greeting_with_two_name_tags() -> None:
    text = "Hi {{ first_name }} {{ last_name }},\nThanks"
    greeting = analyse(text).greeting
    assert greeting is not None
    assert source_at(text, greeting.slot_span) == "{{ first_name }} {{ last_name }}"
    assert [v.dotted for v in greeting.slot_variables] == ["first_name", "last_name"]


def test_hard_coded_and_generic_greetings() -> None:
    text = "Hi Sarah,\nThanks"
    greeting = analyse(text).greeting
    assert greeting is not None
    assert greeting.slot_literal == "Sarah" and greeting.slot_variables == ()
    assert source_at(text, greeting.slot_span) == "Sarah"
    generic = analyse("Hi there,\nThanks").greeting
    assert generic is not None and generic.slot_variables == ()
    empty = analyse("Hi ,\nThanks").greeting
    assert empty is not None and empty.slot_literal == ""


@pytest.mark.parametrize(
    "text",
    ["Thanks for coming to the webinar.", "Hiking season is here, {{ first_name }}.", "", "{{ first_name }}"],
)
def test_no_greeting(text: str) -> None:
    assert analyse(text).greeting is None


def test_html_greeting() -> None:
    text = "<html><body>\n<p>Hi {{ first_name }},</p>\n<p>Thanks for joining.</p>\n</body></html>"
    info = analyse(text, "attended.html.j2")
    assert info.is_html
    greeting = info.greeting
    assert greeting is not None
    assert greeting.line == 2 and greeting.match.word == "Hi"
    assert source_at(text, greeting.slot_span) == "{{ first_name }}"
    assert greeting.render_suffix == ","


def test_rendered_greeting_name_stops_at_the_punctuation() -> None:
    from followup_lint.context import _find_rendered_greeting

    info = analyse("<p>Hi {{ first_name }},</p>")
    rendered = _find_rendered_greeting(info.greeting, "<p>Hi Parissa,</p>")
    assert rendered is not None and rendered.raw_name == "Parissa"
    info = analyse("Hi {{ first_name }} ,\n")
    rendered = _find_rendered_greeting(info.greeting, "Hi Parissa ,\n")
    assert rendered is not None and rendered.raw_name == "Parissa " and rendered.name == "Parissa"


# --------------------------------------------------------------------------- neutral text


def test_neutral_text_replaces_expressions_with_stand_ins() -> None:
    info = analyse("Hi {{ first_name }},\n\n{% if attended %}Thanks for joining {{ webinar_title }}.{% endif %}{# x #}")
    assert info.neutral_text == "Hi Alex,\n\nThanks for joining Example."
    info = analyse("Hi {{ 'there' }},")
    assert info.neutral_text == "Hi there,"


@pytest.mark.parametrize("word", ["Thanks", "recording", "Tuesday", "deck"])
def test_neutral_span_maps_back_to_the_exact_source(word: str) -> None:
    text = (
        "---\nsubject: Your recording\n---\n"
        "Hi {{ first_name }},\n\n"
        "{% if attended %}Thanks for joining {{ webinar_title }} on Tuesday.{% endif %}\n"
        "Here is the recording and the deck: {{ recording_url }}\n"
    )
    info = analyse(text)
    start = info.neutral_text.index(word)
    span = info.neutral_span(start, start + len(word))
    assert source_at(text, span) == word
    lines = text.split("\n")
    assert word in lines[span.line - 1]


def test_neutral_span_over_a_stand_in_covers_the_tag() -> None:
    text = "Hi {{ first_name }},\n\nSee you at {{ webinar_title }} soon."
    info = analyse(text)
    start = info.neutral_text.index("Example soon")
    span = info.neutral_span(start, start + len("Example"))
    assert source_at(text, span) == "{{ webinar_title }}"
    span = info.neutral_span(start, start + len("Example soon"))
    assert source_at(text, span) == "{{ webinar_title }} soon"


def test_html_neutral_text_and_entities() -> None:
    text = (
        "<p>Hi {{ first_name }},</p>\n"
        "<p>Thanks for joining &amp; asking, {{ first_name }}. See you soon &mdash; Dana</p>"
    )
    info = analyse(text)
    assert "<p>" not in info.neutral_text
    assert "Thanks for joining & asking, Alex. See you soon — Dana" in info.neutral_text
    for word in ("Thanks", "asking", "soon", "Dana"):
        start = info.neutral_text.index(word)
        span = info.neutral_span(start, start + len(word))
        assert source_at(text, span) == word, word
    dash = info.neutral_text.index("—")
    assert info.neutral_span(dash, dash + 1).column == text.split("\n")[1].index("&mdash;") + 1


def test_literal_text() -> None:
    info = analyse("Hi {{ first_name }}, *|FNAME|* {% if x %}y{% endif %}")
    assert info.literal_text() == "Hi , *|FNAME|* y"


def test_configured_locale_applies_to_templates_without_one() -> None:
    import followup_lint

    # "Hallo" is a greeting in German and Dutch; the configured locale decides, front matter wins
    record = [{"voornaam": "Jan", "achternaam": "de Vries", "email": "jan.devries@zaandam.example"}]
    template = "Hallo {{ achternaam }},\n\nHier is de opname."
    linter_nl = followup_lint.Linter(followup_lint.Config(locale="nl", select=("FL101",)))
    found = followup_lint.lint(template, record, linter=linter_nl)
    assert [d.code for d in found.diagnostics] == ["FL101"]
    from followup_lint.templates import analyse_template, read_template_source
    from followup_lint.locales import builtin_locales

    info = analyse_template(read_template_source(template), linter_nl.env, builtin_locales(), default_locale="nl")
    assert info.locale == "nl" and info.greeting is not None and info.greeting.locale == "nl"
    front = read_template_source("---\nlocale: de\n---\n" + template)
    assert analyse_template(front, linter_nl.env, builtin_locales(), default_locale="nl").locale == "de"
    assert analyse_template(read_template_source(template), linter_nl.env, builtin_locales()).locale in ("de", "nl")
