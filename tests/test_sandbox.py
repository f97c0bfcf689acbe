"""The sandbox: unsafe access is reported (FL004) and never executed; renders that would
produce huge output or run for ever stop with FL005, and the rest of the run goes on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from _core_testing import codes, lint0, lint_path0
from followup_lint.sandbox import LintSandbox, RenderLimitExceeded, RenderTimeout, render_limited

SRC = str(Path(__file__).resolve().parents[1] / "src")
TESTS = str(Path(__file__).resolve().parent)

PARISSA = {"first_name": "Parissa", "last_name": "Behnia", "email": "parissa.behnia@bluefinch.example"}
WEI = {"first_name": "Wei", "last_name": "Zhang", "email": "wei.zhang@lotusdata.example"}
AIKO = {"first_name": "Aiko", "last_name": "Tanaka", "email": "aiko.tanaka@kumo.example"}



def lint(template: str, records=(PARISSA, WEI), **config):
    """Lint with only the integrity rules loaded: these tests are about the engine."""
    return lint0(template, list(records), config)


# --------------------------------------------------------------------------- FL004


@pytest.mark.parametrize(
    ("template", "attribute", "column"),
    [
        ("Hi {{ first_name.__class__.__mro__ }},", "__class__", 17),
        ("Hi {{ ''.__class__ }},", "__class__", 9),
        ("{{ cycler.__init__.__globals__ }}", "__init__", 10),
        ("{{ first_name['__class__'] }}", "__class__", 14),
        ("{% set x = first_name._secret %}{{ x }}", "_secret", 22),
        ("Hi {{ first_name }},\n\n{{ last_name.__class__.__base__.__subclasses__() }}", "__class__", 13),
    ],
)
def test_unsafe_attribute_is_reported_with_its_location(template: str, attribute: str, column: int) -> None:
    report = lint(template)
    fl004 = [d for d in report.diagnostics if d.code == "FL004"]
    assert fl004, report.diagnostics
    first = fl004[0]
    assert repr(attribute) in first.message
    assert first.recipient is None  # found statically, before any render
    assert first.column == column
    assert first.line == template[: template.index(attribute)].count("\n") + 1
    assert first.severity == "error"
    assert not report.ok


def test_dunder_chain_reports_each_step() -> None:
    report = lint("{{ cycler.__init__.__globals__ }}")
    attributes = [d.message.split("'")[1] for d in report.diagnostics if d.code == "FL004"]
    assert attributes == ["__init__", "__globals__"]


class _Spy:
    """A record value that notes every attribute anyone manages to reach or call."""

    def __init__(self) -> None:
        self.touched: list[str] = []

    def _secret(self) -> str:
        self.touched.append("_secret")
        return "LEAKED"

    @property
    def _token(self) -> str:
        self.touched.append("_token")
        return "LEAKED"

    def __str__(self) -> str:
        return "spy"


@pytest.mark.parametrize(
    "template",
    [
        "Hi {{ crm._secret() }}",
        "Hi {{ crm._token }}",
        "Hi {{ crm|attr('_token') }}",
        "Hi {{ crm|attr('_secret')() }}",
        "{% set f = crm._secret %}{{ f() }}",
    ],
)
def test_unsafe_access_is_never_executed(template: str) -> None:
    spy = _Spy()
    report = lint(template, [{"first_name": "Wei", "crm": spy}])
    assert spy.touched == []
    assert "FL004" in codes(report)
    assert all("LEAKED" not in d.message for d in report.diagnostics)


def test_attr_filter_is_caught_at_render_time() -> None:
    # `|attr('__class__')` hides the name from the static scan; the sandbox refuses it while
    # rendering and that refusal must be reported, not silently rendered as "".
    report = lint("Hi {{ first_name|attr('__class__') }},")
    fl004 = [d for d in report.diagnostics if d.code == "FL004"]
    assert len(fl004) == 1  # reported once per template, not once per recipient
    assert "unsafe" in fl004[0].message


def test_unsafe_text_inside_a_string_literal_is_not_an_access() -> None:
    report = lint("Hi {{ first_name }}, {{ 'see obj.__class__ in the docs' }}")
    assert "FL004" not in codes(report)


def test_underscore_in_field_names_is_fine() -> None:
    report = lint("Hi {{ first_name }} {{ contact.first_name }}", [{"first_name": "Wei", "contact": {"first_name": "Wei"}}])
    assert "FL004" not in codes(report)


# --------------------------------------------------------------------------- FL005: size

# Each bomb runs in a child process with a 2 GB address-space limit: if a guard ever breaks,
# the test fails with a MemoryError instead of taking the machine down.
BOMBS = {
    "repeat": "{{ 'a' * 100000000 }}",
    "nested-loops-output": "{% for i in range(10000) %}{% for j in range(10000) %}x{% endfor %}{% endfor %}",
    "center": "{{ 'ab'|center(10**9) }}",
    "power": "{{ 2 ** 100000000 }}",
    "power-parenthesised": "{{ 2 ** (10 ** 8) }}",
    "percent-width": "{{ '%1000000000d' % 1 }}",
    "format-filter": "{{ '%1000000000d'|format(1) }}",
    "str-format-width": "{{ '{:>1000000000}'.format(first_name) }}",
    "str-format-nested-width": "{{ '{:>{w}}'.format(first_name, w=10**9) }}",
    "ljust": "{{ first_name.ljust(10**9) }}",
    "join-separator": "{{ range(10000)|join('a' * 100000) }}",
    "replace-growth": "{% set s = 'a' * 100000 %}{{ s|replace('a', s) }}",
    "indent": "{{ ('a\\n' * 100000)|indent(100000) }}",
    "concat-doubling": (
        "{% set ns = namespace(s='a' * 100000) %}{% for i in range(40) %}"
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}"
    ),
    "list-repeat": "{{ ([first_name] * 100000000)|length }}",
    "wordwrap-wrapstring": "{{ ('a' * 200000)|wordwrap(1, true, 'x' * 100000) }}",
    "tojson-indent": "{{ {'a': 1}|tojson(10**9) }}",
    "batch-fill": "{{ [1]|batch(10**9, 'x')|list|length }}",
    "slice": "{{ [1]|slice(10**9)|list|length }}",
    "translate": "{{ ('a' * 100000).translate({97: 'b' * 100000}) }}",
    "list-extend-doubling": (
        "{% set l = [first_name] %}{% for i in range(40) %}{% set _ = l.extend(l) %}{% endfor %}{{ l|length }}"
    ),
    "list-append-loop": (
        "{% set l = [] %}{% for i in range(300) %}{% for j in range(1000) %}{% set _ = l.append(j) %}"
        "{% endfor %}{% endfor %}{{ l|length }}"
    ),
}

_CHILD = textwrap.dedent(
    """
    import json, resource, sys, time
    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024 ** 3, 2 * 1024 ** 3))
    from _core_testing import lint0
    bombs = json.loads(sys.argv[1])
    results = {}
    for name, template in bombs.items():
        start = time.monotonic()
        try:
            report = lint0(template, [{"first_name": "Wei"}, {"first_name": "Aiko"}], {"render-timeout": 30})
            found = [[d.code, d.message] for d in report.diagnostics]
        except BaseException as exc:  # noqa: BLE001 - reported to the parent
            found = [["RAISED", f"{type(exc).__name__}: {exc}"]]
        results[name] = {"found": found, "seconds": time.monotonic() - start}
    print(json.dumps(results))
    """
)


@pytest.fixture(scope="module")
def bomb_results() -> dict:
    if sys.platform == "win32":  # pragma: no cover
        pytest.skip("RLIMIT_AS is POSIX only")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([SRC, TESTS])}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, json.dumps(BOMBS)],
        capture_output=True, text=True, timeout=240, env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_huge_output_stops_with_fl005(bomb_results: dict, name: str) -> None:
    found = bomb_results[name]["found"]
    assert [code for code, _ in found] == ["FL005"], found  # once per template, nothing else
    message = found[0][1]
    # The render timeout is 30 s here: the size guards, not the clock, must stop these.
    assert "longer than" not in message, message
    assert message.startswith("rendering was stopped:")


def test_power_is_left_associative_in_jinja() -> None:
    # Jinja reads `2 ** 10**8` as (2 ** 10) ** 8, a 25-digit number: nothing to stop
    report = lint("{{ 2 ** 10**8 }}")
    assert codes(report) == []


def test_ordinary_formatting_still_renders() -> None:
    env = LintSandbox()
    template = env.from_string(
        "{{ 'Wei'|center(9) }}|{{ '%5.2f'|format(3.14159) }}|{{ '{:>6}'.format(first_name) }}|"
        "{{ ['Wei', 'Aiko']|join(', ') }}|{{ 'Q&A'.replace('&', ' and ') }}|{{ first_name ~ '!' }}|"
        "{{ 7 % 3 }}|{{ '%s and %s' % ('Wei', 'Aiko') }}|{{ 'a\\nb'|indent(2, true) }}|{{ 2 ** 10 }}|"
        "{{ 'x'.zfill(3) }}|{{ '{n}'.format_map({'n': 5}) }}|{{ 'Hello world'|wordwrap(5) }}|"
        "{{ {'a': [1]}|tojson }}|{{ [1, 2, 3]|batch(2, 0)|list }}|{{ 'abc'.translate({97: 'A'}) }}|"
        "{% set seen = [] %}{% for s in ['Q1', 'Q2'] %}{% set _ = seen.append(s) %}{% endfor %}{{ seen|join('+') }}"
    )
    rendered = render_limited(template, {"first_name": "Wei"})
    assert rendered == (
        "   Wei   | 3.14|   Wei|Wei, Aiko|Q and A|Wei!|1|Wei and Aiko|  a\n  b|1024|00x|5|Hello\nworld|"
        '{"a": [1]}|[[1, 2], [3, 0]]|Abc|Q1+Q2'
    )


def test_output_limit_is_configurable() -> None:
    template = "{% for i in range(50) %}{{ first_name }} {% endfor %}"
    assert "FL005" not in codes(lint(template))
    small = lint(template, **{"max-output-chars": 100})
    assert codes(small) == ["FL005"]
    assert "100 characters" in small.diagnostics[0].message


def test_render_limited_raises_its_own_exceptions() -> None:
    env = LintSandbox(max_output_chars=10)
    with pytest.raises(RenderLimitExceeded):
        render_limited(env.from_string("{{ x * 3 }}"), {"x": "abcdef"})
    with pytest.raises(RenderLimitExceeded):
        render_limited(env.from_string("{% for i in range(20) %}x{% endfor %}"), {}, max_output_chars=10)


# --------------------------------------------------------------------------- FL005: time

SILENT_LOOPS = {
    "namespace-counter": (
        "{% set ns = namespace(x=0) %}{% for i in range(10000) %}{% for j in range(10000) %}"
        "{% set ns.x = ns.x + 1 %}{% endfor %}{% endfor %}{{ ns.x }}"
    ),
    "long-string": (
        "{% set s = first_name * 700 %}{% for a in s %}{% for b in s %}{% for c in s %}"
        "{% endfor %}{% endfor %}{% endfor %}done"
    ),
}


@pytest.mark.parametrize("name", sorted(SILENT_LOOPS))
def test_loop_without_output_is_stopped_by_the_time_limit(name: str) -> None:
    report = lint(SILENT_LOOPS[name], **{"render-timeout": 0.3})
    assert codes(report) == ["FL005"]
    diagnostic = report.diagnostics[0]
    assert "longer than 0.3 s" in diagnostic.message
    assert diagnostic.line == 1 and diagnostic.column == 1  # the first tag of the template


def test_render_limited_timeout_leaves_no_pending_interrupt() -> None:
    env = LintSandbox()
    spin = env.from_string(SILENT_LOOPS["namespace-counter"])
    with pytest.raises(RenderTimeout):
        render_limited(spin, {}, timeout=0.2)
    # the next render in this thread must not be hit by a stale asynchronous exception
    quick = env.from_string("Hi {{ first_name }}")
    for _ in range(200):
        assert render_limited(quick, {"first_name": "Aiko"}, timeout=5) == "Hi Aiko"


def test_other_templates_and_recipients_are_still_linted(tmp_path: Path) -> None:
    (tmp_path / "runaway.j2").write_text(
        "---\nsubject: Your recording\n---\nHi {{ first_name }},\n" + SILENT_LOOPS["namespace-counter"] + "\n",
        encoding="utf-8",
    )
    (tmp_path / "thanks.j2").write_text(
        "---\nsubject: Thanks for joining\n---\nHi {{ first_name }},\n\nThanks for joining, {{ frist_name }}.\n",
        encoding="utf-8",
    )
    (tmp_path / "recipients.csv").write_text(
        "first_name,last_name,email\n"
        "Parissa,Behnia,parissa.behnia@bluefinch.example\n"
        "Wei,Zhang,wei.zhang@lotusdata.example\n"
        "*|FNAME|*,Hughes,k.hughes@fernhill.example\n",
        encoding="utf-8",
    )
    report = lint_path0(tmp_path, {"render-timeout": 0.3})
    by_path: dict[str, list[tuple[str, int | None]]] = {}
    for d in report.diagnostics:
        by_path.setdefault(Path(d.path).name, []).append((d.code, d.recipient.row if d.recipient else None))
    # the runaway template is stopped once, on the first recipient, and not rendered again
    assert by_path["runaway.j2"] == [("FL005", None)]
    # the other template is linted against every row, including the one after the timeout
    assert ("FL003", None) in by_path["thanks.j2"]
    assert ("FL007", 4) in by_path["thanks.j2"]
    assert report.summary["recipients"] == 3
