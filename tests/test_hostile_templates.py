"""Hostile templates (issue 12): sizes are checked before a value is built, the time limit
cannot be swallowed, parse and compile limits are syntax errors with a line, front matter
cannot expand, the subject line is rendered and reported like the body, FL004 points at the
payload, and a template cannot change the caller's records.

Limits are small here (``max-output-chars`` 1,000) so every case ends in milliseconds; the
issue's exact payloads under the default limits run in a memory-capped child process in
``test_hostile_defaults.py`` (slow) and in ``benchmarks/bench_hostile.py``.
"""

from __future__ import annotations

import copy
import threading
import time
from pathlib import Path

import pytest

from _core_testing import codes, lint0, lint_path0
from followup_lint.sandbox import LintSandbox, RenderTimeout, render_limited
from followup_lint.watchdog import RenderInterrupted

WEI = {"first_name": "Wei", "last_name": "Zhang", "email": "wei.zhang@lotusdata.example"}
AIKO = {"first_name": "Aiko", "last_name": "Tanaka", "email": "aiko.tanaka@kumo.example"}
SMALL = {"max-output-chars": 1000}


def lint(template: str, records=(WEI, AIKO), **config):
    return lint0(template, [copy.deepcopy(r) for r in records], {**SMALL, **config})


# --------------------------------------------------------------------------- 1. size before allocation

# Each value below is small in memory but huge as text, or built by many steps that are each
# under the limit: all must stop with one FL005 before the text exists.
OVER_THE_LIMIT = {
    "list-of-big-strings": ("{{ ['x' * 900] * 900 }}", "output expression"),
    "tojson-of-big-list": ("{{ (['x' * 900] * 900)|tojson }}", "tojson"),
    "string-of-big-list": ("{{ (['x' * 900] * 900)|string }}", "|string"),
    "pprint-of-big-list": ("{{ (['x' * 900] * 900)|pprint }}", "|pprint"),
    "upper-of-big-list": ("{{ (['x' * 900] * 900)|upper }}", "|upper"),
    "join-of-big-items": ("{{ (['x' * 900] * 900)|join(', ') }}", "join"),
    "str-join-of-big-items": ("{{ ', '.join(['x' * 900] * 900) }}", "join"),
    "concat-of-big-list": ("{{ 'a' ~ (['x' * 900] * 900) }}", "'~'"),
    "format-of-big-list": ("{{ '{}'.format(['x' * 900] * 900) }}", "format"),
    "percent-of-big-list": ("{{ '%s' % (['x' * 900] * 900) }}", "% format"),
    "format-filter-of-big-list": ("{{ '%s'|format(['x' * 900] * 900) }}", "% format"),
    "dict-fromkeys": ("{{ dict.fromkeys(range(900), 'x' * 900) }}", "output expression"),
    "dict-fromkeys-keys": ("{{ dict.fromkeys('x' * 900 * 2)|length }}", "repetition"),
    "dict-literal-of-big-values": ("{{ {'a': ['x' * 900] * 900} }}", "output expression"),
    "three-level-nested-list": (
        "{% set a = ['x' * 30] * 30 %}{% set b = [a] * 30 %}{% set c = [b] * 30 %}{{ c }}", "output expression"),
    "namespace-holding-big-list": ("{% set ns = namespace(l=['x' * 900] * 900) %}{{ ns }}", "output expression"),
    "plus-of-long-strings": ("{% set a = 'x' * 600 %}{{ (a + a)|length }}", "'+'"),
    "plus-of-long-lists": ("{% set a = [1] * 600 %}{{ (a + a)|length }}", "'+'"),
    "center-width": ("{{ 'Wei'|center(5000) }}", "center"),
    "indent-width": ("{{ ('a\\n' * 400)|indent(100) }}", "indent"),
    "wordwrap-wrapstring": ("{{ ('a ' * 400)|wordwrap(1, true, 'x' * 100) }}", "wordwrap"),
    "replace-growth": ("{{ ('a' * 400)|replace('a', 'bbbbb') }}", "replace"),
    "batch-fill": ("{{ [1]|batch(5000, 'x')|list|length }}", "batch"),
    "join-of-nested-lists": (
        "{% set a = ['x' * 30] * 30 %}{% set b = [a] * 30 %}{% set c = [b] * 30 %}{{ c|join(',') }}", "join"),
    "sum-of-lists": ("{% set a = ['x'] * 30 %}{{ ([a] * 900)|sum(start=[])|length }}", "sum"),
    "int-squaring-loop": (
        "{% set ns = namespace(x=2 ** 1000) %}{% for i in range(40) %}{% set ns.x = ns.x * ns.x %}{% endfor %}"
        "{{ ns.x > 1 }}", "multiplication"),
    # many values that are each under the limit add up: the per-render allowance stops them
    "map-upper-of-many-big-strings": ("{{ (['x' * 900] * 900)|map('upper')|list|length }}", "values built"),
    "loop-of-distinct-big-strings": (
        "{% set l = [] %}{% for i in range(900) %}{% set _ = l.append(('x' * 900) ~ i) %}{% endfor %}{{ l|length }}",
        "values built"),
}


@pytest.mark.parametrize("name", sorted(OVER_THE_LIMIT))
def test_a_value_over_the_limit_is_refused_before_it_is_built(name: str) -> None:
    template, mentions = OVER_THE_LIMIT[name]
    report = lint("Hi {{ first_name }},\n\n" + template + "\n")
    assert codes(report) == ["FL005"], report.diagnostics
    message = report.diagnostics[0].message
    assert mentions in message, message
    assert "longer than" not in message  # stopped by a size check, not by the clock
    assert report.diagnostics[0].line == 3  # the payload's line, not the greeting's


UNDER_THE_LIMIT = {
    # structural filters do not print their input: a big list may be counted or sliced
    "length-of-big-list": ("{{ (['x' * 900] * 900)|length }}", "900"),
    "first-of-big-list": ("{{ (['x' * 900] * 900)|first|length }}", "900"),
    "tojson-of-a-record-list": ("{{ ['Wei', 'Aiko']|tojson }}", '["Wei", "Aiko"]'),
    "string-of-a-small-dict": ("{{ {'a': 1}|string }}", "{'a': 1}"),
    "join-of-names": ("{{ ['Wei', 'Aiko', 'Parissa']|join(', ') }}", "Wei, Aiko, Parissa"),
    "concat": ("{{ first_name ~ ' & ' ~ 'team' }}", "Wei & team"),
    "format": ("{{ '{} from {}'.format(first_name, 'Lotus') }}", "Wei from Lotus"),
    "percent": ("{{ '%s, %d seats' % (first_name, 3) }}", "Wei, 3 seats"),
    "nested-list": ("{{ [[1, 2], [3]] }}", "[[1, 2], [3]]"),
    "fromkeys": ("{{ dict.fromkeys(['a', 'b'], 0) }}", "{'a': 0, 'b': 0}"),
    "plus": ("{{ first_name + '!' }}", "Wei!"),
}


@pytest.mark.parametrize("name", sorted(UNDER_THE_LIMIT))
def test_ordinary_values_still_render(name: str) -> None:
    template, expected = UNDER_THE_LIMIT[name]
    env = LintSandbox(max_output_chars=1000)
    assert render_limited(env.from_string(template), {"first_name": "Wei"}, max_output_chars=1000) == expected
    assert "FL005" not in codes(lint("Hi {{ first_name }},\n" + template))


def test_an_output_exactly_at_the_limit_is_allowed() -> None:
    env = LintSandbox(max_output_chars=1000)
    assert len(render_limited(env.from_string("{{ 'x' * 1000 }}"), {}, max_output_chars=1000)) == 1000
    assert "FL005" in codes(lint("{{ 'x' * 1001 }}"))


# --------------------------------------------------------------------------- 2. the time limit


def _spin_swallowing(times: int):
    """A filter that loops, swallowing the first ``times`` interrupts the way a careless
    ``except BaseException`` would, then returns normally as if nothing happened."""

    def spin(value):
        swallowed = 0
        while True:
            try:
                while True:
                    pass
            except BaseException:  # noqa: BLE001 - the point of the test
                swallowed += 1
                if swallowed > times:
                    return "finished as if on time"

    return spin


def test_the_interrupt_is_not_an_exception() -> None:
    assert issubclass(RenderInterrupted, BaseException)
    assert not issubclass(RenderInterrupted, Exception)


@pytest.mark.parametrize("swallowed", [1, 3])
def test_a_swallowed_interrupt_is_raised_again_and_the_render_still_fails(swallowed: int) -> None:
    env = LintSandbox()
    env.filters["spin"] = _spin_swallowing(swallowed)
    started = time.monotonic()
    with pytest.raises(RenderTimeout):
        render_limited(env.from_string("{{ first_name|spin }}"), {"first_name": "Wei"}, timeout=0.2)
    assert time.monotonic() - started < 5


def test_a_render_that_catches_every_exception_still_times_out() -> None:
    # the format-string guard once had ``except Exception: return``: an interrupt landing in it
    # was swallowed and the loop ran on for ever
    template = (
        "{% for i in range(10000) %}{% for j in range(10000) %}"
        "{% set _ = '{:>{w}}'.format('a', w=1) %}{% endfor %}{% endfor %}"
    )
    for _ in range(5):
        report = lint("Hi {{ first_name }},\n" + template, **{"render-timeout": 0.2})
        assert codes(report) == ["FL005"]
        assert "longer than 0.2 s" in report.diagnostics[0].message
        assert report.diagnostics[0].line == 2  # the loop, not the greeting


def test_a_timeout_never_hits_the_next_render() -> None:
    env = LintSandbox()
    env.filters["spin"] = _spin_swallowing(2)
    with pytest.raises(RenderTimeout):
        render_limited(env.from_string("{{ n|spin }}"), {"n": 1}, timeout=0.1)
    quick = env.from_string("Hi {{ first_name }}")
    for _ in range(50):
        assert render_limited(quick, {"first_name": "Aiko"}, timeout=5) == "Hi Aiko"
    time.sleep(0.3)  # a late interrupt would land here
    assert threading.current_thread().is_alive()


class _OtherLimit(BaseException):
    """Stands for another time limit around the render (a check's own budget, isolation.py)."""


def test_another_interrupt_passes_through_and_leaves_no_interrupt_of_ours_behind() -> None:
    def spin_then_give_up(value):
        try:
            while True:
                pass
        except RenderInterrupted:
            raise _OtherLimit from None  # a different asynchronous exception wins the race

    env = LintSandbox()
    env.filters["spin"] = spin_then_give_up
    with pytest.raises(_OtherLimit):
        render_limited(env.from_string("{{ n|spin }}"), {"n": 1}, timeout=0.05)
    deadline = time.monotonic() + 0.4
    while time.monotonic() < deadline:  # a stray RenderInterrupted would be raised in this loop
        pass


# --------------------------------------------------------------------------- 3. parse and compile limits

NESTED = {
    "70-nested-parentheses": "{{ " + "(" * 70 + "1" + ")" * 70 + " }}",
    "99-nested-ifs": "{% if a %}" * 99 + "x" + "{% endif %}" * 99,
    "21-nested-fors": "".join(f"{{% for i{n} in [1] %}}" for n in range(21)) + "x" + "{% endfor %}" * 21,
    "198-chained-filters": "{{ first_name" + "|lower" * 198 + " }}",
    "201-terms": "{{ " + " + ".join(["1"] * 201) + " }}",
    "4301-digit-integer": "{{ " + "9" * 4301 + " }}",
    "200-nested-lists": "{{ " + "[" * 200 + "]" * 200 + " }}",
    "300-nested-parentheses-in-a-set": "{% set x = " + "(" * 300 + "1" + ")" * 300 + " %}",
}


@pytest.mark.parametrize("name", sorted(NESTED))
def test_too_deep_or_too_big_is_a_syntax_error_on_its_line(name: str) -> None:
    report = lint("Hi {{ first_name }},\n\n" + NESTED[name] + "\n")
    assert codes(report) == ["FL001"], report.diagnostics
    assert report.diagnostics[0].line == 3
    assert "Traceback" not in report.diagnostics[0].message


def test_the_subject_line_has_the_same_limits() -> None:
    report = lint("---\nsubject: Hi {{ " + "9" * 4301 + " }}\n---\nHi {{ first_name }},\n")
    assert codes(report) == ["FL001"]
    assert report.diagnostics[0].line == 2


@pytest.mark.parametrize("name", sorted(NESTED))
def test_the_other_templates_are_still_linted(tmp_path: Path, name: str) -> None:
    (tmp_path / "hostile.j2").write_text("Hi {{ first_name }},\n" + NESTED[name] + "\n", encoding="utf-8")
    (tmp_path / "thanks.j2").write_text("Hi {{ first_name }},\n\nThanks, {{ frist_name }}.\n", encoding="utf-8")
    (tmp_path / "recipients.csv").write_text(
        "first_name,last_name,email\nWei,Zhang,wei.zhang@lotusdata.example\n", encoding="utf-8")
    report = lint_path0(tmp_path, SMALL)
    found = {(Path(d.path).name, d.code) for d in report.diagnostics}
    assert ("hostile.j2", "FL001") in found
    assert ("thanks.j2", "FL003") in found


def test_a_template_whose_analysis_fails_is_reported_and_the_others_survive(tmp_path: Path, monkeypatch) -> None:
    import followup_lint.engine as engine

    real = engine.analyse_template

    def failing(source, *args, **kwargs):
        if source.path.endswith("hostile.j2"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(source, *args, **kwargs)

    monkeypatch.setattr(engine, "analyse_template", failing)
    (tmp_path / "hostile.j2").write_text("Hi {{ first_name }},\n", encoding="utf-8")
    (tmp_path / "thanks.j2").write_text("Hi {{ first_name }},\n\nThanks, {{ frist_name }}.\n", encoding="utf-8")
    (tmp_path / "recipients.csv").write_text(
        "first_name,last_name,email\nWei,Zhang,wei.zhang@lotusdata.example\n", encoding="utf-8")
    report = lint_path0(tmp_path, SMALL)
    found = {(Path(d.path).name, d.code) for d in report.diagnostics}
    assert ("hostile.j2", "FL001") in found
    assert ("thanks.j2", "FL003") in found


# --------------------------------------------------------------------------- 4. front matter

ALIAS_BOMB = "\n".join(
    [f"{chr(97 + i)}: &{chr(97 + i)} [" + ",".join([f"*{chr(96 + i)}"] * 9) + "]" for i in range(1, 9)]
).replace("a: &a [*`,*`,*`,*`,*`,*`,*`,*`,*`]", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]')

FRONT_MATTER = {
    "alias-bomb": (ALIAS_BOMB + "\nsubject: *h", "anchors and aliases"),
    "one-alias": ("kind: &k follow-up\nsubject: *k", "anchors and aliases"),
    "deep-flow": ("subject: " + "[" * 5000 + "]" * 5000, "nested more than"),
    "deep-block": ("subject:\n" + "".join("  " * i + "- \n" for i in range(1, 40)), "nested more than"),
    "huge": ("subject: " + "x" * 30000, "characters long"),
}


@pytest.mark.parametrize("name", sorted(FRONT_MATTER))
def test_front_matter_that_would_expand_is_refused(name: str) -> None:
    text, mentions = FRONT_MATTER[name]
    started = time.monotonic()
    report = lint("---\n" + text + "\n---\nHi {{ first_name }},\n")
    assert time.monotonic() - started < 5
    fl012 = [d for d in report.diagnostics if d.code == "FL012"]
    assert fl012 and mentions in fl012[0].message, report.diagnostics
    assert fl012[0].line >= 2


def test_ordinary_front_matter_still_loads() -> None:
    report = lint("---\nsubject: 'Your recording, {{ first_name }}'\nkind: follow-up\nlocale: en\n---\nHi {{ first_name }},\n")
    assert codes(report) == []


# --------------------------------------------------------------------------- 5. the subject line

SUBJECTS = {
    # (subject, code, where the diagnostic starts: the name the error is about, else the line)
    "division-by-zero": ("Your recording {{ 1 / 0 }}", "FL002", None),
    "dunder-access": ("Your recording {{ first_name.__class__ }}", "FL004", "__class__"),
    "attr-filter": ("Your recording {{ first_name|attr('__class__') }}", "FL004", "__class__"),
    "oversized-value": ("Your recording {{ ['x' * 900] * 900 }}", "FL005", None),
    "oversized-repetition": ("Your recording {{ 'x' * 100000000 }}", "FL005", "*"),
}


@pytest.mark.parametrize("name", sorted(SUBJECTS))
def test_subject_line_errors_are_reported_at_the_subject(name: str) -> None:
    subject, code, marker = SUBJECTS[name]
    line = f'subject: "{subject}"'
    report = lint(f"---\n{line}\n---\nHi {{{{ first_name }}}},\n")
    assert set(codes(report)) == {code}, report.diagnostics
    first = report.diagnostics[0]
    assert (first.line, first.column) == (2, line.index(marker) + 1 if marker else 1)
    assert "subject line" in first.message


def test_a_good_subject_line_is_quiet() -> None:
    assert codes(lint('---\nsubject: "Your recording, {{ first_name }}"\n---\nHi {{ first_name }},\n')) == []


# --------------------------------------------------------------------------- 6. FL004 locations, read-only records

CONTACT = {"first_name": "Wei", "contact": {"company": "Lotus Data", "tags": ["webinar"]}, "seats": [1, 2]}
RUNTIME_VIOLATIONS = {
    # (template after a greeting line, the start of the payload's tag)
    "attr-filter": ("Thanks {{ first_name|title }} and {{ contact|attr('__class__') }}", "{{ contact|"),
    "format-field": ("See {{ first_name }} {{ '{0.__class__}'.format(first_name) }}", "{{ '{0"),
    "map-attribute": ("{{ first_name }} {{ seats|map(attribute='__class__')|list }}", "{{ seats|"),
    "record-update": ("{{ first_name }} {{ contact.update({'company': 'Evil'}) }}", "{{ contact.update"),
    "record-list-append": ("{{ first_name }}{% set t = contact.tags %}{{ t.append('vip') }}", "{{ t.append"),
    "record-pop": ("{{ first_name }} {{ contact.pop('company') }}", "{{ contact.pop"),
    "record-clear": ("{{ first_name }} {{ seats.clear() }}", "{{ seats.clear"),
    "record-sort": ("{{ first_name }} {{ seats.sort(reverse=true) }}", "{{ seats.sort"),
    "record-setdefault": ("{{ first_name }} {{ contact.setdefault('x', 1) }}", "{{ contact.setdefault"),
}


@pytest.mark.parametrize("name", sorted(RUNTIME_VIOLATIONS))
def test_fl004_points_at_the_payload_and_records_are_not_changed(name: str) -> None:
    template, payload = RUNTIME_VIOLATIONS[name]
    records = [copy.deepcopy(CONTACT), copy.deepcopy(CONTACT)]
    report = lint0("Hi {{ first_name }},\n\n" + template + "\n", records, SMALL)
    fl004 = [d for d in report.diagnostics if d.code == "FL004"]
    assert len(fl004) == 1, report.diagnostics
    assert (fl004[0].line, fl004[0].column) == (3, template.index(payload) + 1)
    assert records == [CONTACT, CONTACT]  # the caller's records are exactly as they were


@pytest.mark.parametrize(
    "template",
    [
        "{% set c = dict(contact) %}{{ c.update({'company': 'X'}) }}{{ c.company }}",
        "{% set tags = contact.tags + ['vip'] %}{{ tags|join(', ') }}",
        "{% set seen = [] %}{% for t in contact.tags %}{% set _ = seen.append(t) %}{% endfor %}{{ seen|length }}",
        "{{ contact.items()|list|length }} {{ contact.get('company') }} {{ seats|sort|first }}",
    ],
)
def test_a_template_may_change_its_own_copies(template: str) -> None:
    records = [copy.deepcopy(CONTACT)]
    report = lint0("Hi {{ first_name }},\n" + template, records, SMALL)
    assert "FL004" not in codes(report), report.diagnostics
    assert records == [CONTACT]


# --------------------------------------------------------------------------- the hard cap (render worker)

WORKER = {"render-memory-limit": 300, "render-timeout": 0.5}


@pytest.mark.slow
def test_the_render_worker_reports_like_an_in_process_render() -> None:
    cases = {
        "Hi {{ first_name }},\n\n{{ 1 / 0 }}": ("FL002", 3),
        "Hi {{ first_name }},\n\n{{ first_name|attr('__class__') }}": ("FL004", 3),
        "Hi {{ first_name }},\n\n{{ ['x' * 900] * 900 }}": ("FL005", 3),
        "Hi {{ first_name }},\n{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}": ("FL005", 2),
    }
    for template, (code, line) in cases.items():
        report = lint(template, **WORKER)
        assert {d.code for d in report.diagnostics} == {code}, (template, report.diagnostics)
        assert report.diagnostics[0].line == line
    assert codes(lint("Hi {{ first_name|title }}, see you {{ last_name|default('soon') }}.", **WORKER)) == []


@pytest.mark.slow
def test_the_render_worker_stops_a_render_that_outgrows_its_memory() -> None:
    # 90 distinct strings of a million four-byte characters: within a generous output limit and
    # allowance, but 360 MB, over the worker's 300 MB
    template = (
        "Hi {{ first_name }},\n{% set l = [] %}{% for i in range(90) %}"
        "{% set _ = l.append('\U0001F600' * 1000000 ~ i) %}{% endfor %}{{ l|length }}"
    )
    report = lint0(template, [dict(WEI), dict(AIKO)], {**WORKER, "max-output-chars": 4_000_000, "render-timeout": 20})
    assert codes(report) == ["FL005"], report.diagnostics
    assert "memory" in report.diagnostics[0].message
    # the next template gets a fresh worker
    assert codes(lint0("Hi {{ first_name }},", [dict(WEI)], WORKER)) == []
