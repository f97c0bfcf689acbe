"""Fuzzing hostile templates (issue 12): generated deep nesting and big-value expressions never
make ``lint()`` raise, are reported with a location, and are reported exactly when they are
over a limit. Limits are small (1,000 characters) and examples bounded, so this runs in
seconds; no example can allocate much even if a guard broke, because the sizes drawn stay
under a few million characters."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import followup_lint
from _core_testing import lint0
from followup_lint import Config, Linter

LIMIT = 1000
CONFIG = {"max-output-chars": LIMIT, "render-timeout": 2}
RECORDS = [
    {"first_name": "Wei", "last_name": "Zhang", "email": "wei.zhang@lotusdata.example", "contact": {"company": "Lotus"}},
    {"first_name": "Zoë", "last_name": "van der Berg", "email": "zoe@berg.example", "contact": {"company": "Berg"}},
]
GREETING = "Hi {{ first_name }},\n\n"
PROBLEM_CODES = {"FL001", "FL002", "FL004", "FL005", "FL012"}
FULL = Linter(Config(max_output_chars=LIMIT, render_timeout=2.0))


def _assert_well_formed(report: followup_lint.Report) -> None:
    for d in report.diagnostics:
        assert d.line >= 1 and d.column >= 1, d
        assert "Traceback" not in d.message, d


# --------------------------------------------------------------------------- nesting


def _nested(kind: str, depth: int) -> str:
    if kind == "parentheses":
        return "{{ " + "(" * depth + "first_name" + ")" * depth + " }}"
    if kind == "lists":
        return "{{ " + "[" * depth + "1" + "]" * depth + " }}"
    if kind == "dicts":
        return "{{ " + "{'a': " * depth + "1" + "}" * depth + " }}"
    if kind == "calls":
        return "{{ " + "dict(a=" * depth + "1" + ")" * depth + " }}"
    if kind == "filters":
        return "{{ first_name" + "|lower" * depth + " }}"
    if kind == "terms":
        return "{{ " + " + ".join(["1"] * max(depth, 1)) + " }}"
    if kind == "ifs":
        return "{% if first_name %}" * depth + "x" + "{% endif %}" * depth
    if kind == "fors":
        return "".join(f"{{% for i{n} in [1] %}}" for n in range(depth)) + "x" + "{% endfor %}" * depth
    if kind == "sets":
        return "{% set x %}" * depth + "x" + "{% endset %}" * depth
    if kind == "not":
        return "{{ " + "not " * depth + "first_name }}"
    if kind == "negation":
        return "{{ " + "-" * depth + "1 }}"
    raise AssertionError(kind)


KINDS = ["parentheses", "lists", "dicts", "calls", "filters", "terms", "ifs", "fors", "sets", "not", "negation"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(KINDS), depth=st.one_of(st.integers(0, 15), st.integers(70, 400)))
def test_nesting_is_linted_or_reported_on_its_line(kind: str, depth: int) -> None:
    report = lint0(GREETING + _nested(kind, depth) + "\n", RECORDS, CONFIG)
    _assert_well_formed(report)
    fl001 = [d for d in report.diagnostics if d.code == "FL001"]
    if depth >= 70 and kind not in ("terms",) or depth >= 100:
        assert fl001, (kind, depth, report.diagnostics)
        assert fl001[0].line == 3
    if depth <= 15:
        assert not fl001, (kind, depth, report.diagnostics)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(
        st.tuples(st.sampled_from(KINDS), st.integers(0, 300)), min_size=1, max_size=4
    ),
    digits=st.integers(1, 6000),
)
def test_the_full_rule_set_survives_nesting_and_long_literals(parts: list[tuple[str, int]], digits: int) -> None:
    template = GREETING + "\n".join(_nested(kind, depth) for kind, depth in parts) + "\n{{ " + "7" * digits + " }}\n"
    report = followup_lint.lint(template, [dict(r) for r in RECORDS], linter=FULL)
    _assert_well_formed(report)
    assert "FL010" not in {d.code for d in report.diagnostics}, report.diagnostics  # no rule crashed on it
    if digits > 4300:
        assert any(d.code == "FL001" for d in report.diagnostics)


# --------------------------------------------------------------------------- big values

# (sink template around VALUE, how many characters of text it makes of a text of n, None when
# it does not print its input)
SINKS = {
    "output": ("{{ VALUE }}", 1),
    "string": ("{{ VALUE|string }}", 1),
    "tojson": ("{{ VALUE|tojson }}", 6),
    "concat": ("{{ 'a' ~ VALUE }}", 1),
    "percent": ("{{ '%s' % (VALUE,) }}", 1),
    "format": ("{{ '{}'.format(VALUE) }}", 1),
    "upper": ("{{ VALUE|upper }}", 1),
    "pprint": ("{{ VALUE|pprint }}", 4),
    "length": ("{{ VALUE|length }}", None),
    "first": ("{{ (VALUE|list|first)|length }}", None),
}


def _value(shape: str, n1: int, n2: int) -> tuple[str, int, bool]:
    """(expression, its text length, whether building it is itself over the limit)."""
    if shape == "string":
        return f"('x' * {n1})", n1, n1 > LIMIT
    if shape == "list":
        return f"(['x' * {n1}] * {n2})", 2 + n2 * (n1 + 4), n1 > LIMIT or n2 > LIMIT
    if shape == "nested":
        inner = 2 + n2 * (n1 + 4)
        return f"([['x' * {n1}] * {n2}] * {n2})", 2 + n2 * (inner + 2), n1 > LIMIT or n2 > LIMIT
    if shape == "fromkeys":
        keys = min(n2, 900)
        text = 2 + sum(len(repr(k)) for k in range(keys)) + keys * (n1 + 6)
        return f"dict.fromkeys(range({keys}), 'x' * {n1})", text, n1 > LIMIT
    raise AssertionError(shape)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    shape=st.sampled_from(["string", "list", "nested", "fromkeys"]),
    sink=st.sampled_from(sorted(SINKS)),
    n1=st.one_of(st.integers(0, 40), st.integers(0, 3000), st.integers(10**5, 10**6)),
    n2=st.one_of(st.integers(0, 40), st.integers(0, 3000), st.integers(10**5, 10**6)),
)
def test_big_values_are_refused_exactly_when_over_the_limit(shape: str, sink: str, n1: int, n2: int) -> None:
    expression, size, building_is_over = _value(shape, n1, n2)
    template, factor = SINKS[sink]
    report = lint0(GREETING + template.replace("VALUE", expression) + "\n", RECORDS, CONFIG)
    _assert_well_formed(report)
    found = {d.code for d in report.diagnostics}
    assert found <= PROBLEM_CODES, report.diagnostics
    printed = size * factor if factor else 0
    if building_is_over or printed > 1.3 * LIMIT:
        fl005 = [d for d in report.diagnostics if d.code == "FL005"]
        assert fl005, (expression, sink, report.diagnostics)
        assert fl005[0].line == 3  # the payload's line
        assert "longer than" not in fl005[0].message  # a size check stopped it, not the clock
    elif printed < 0.7 * LIMIT and shape != "nested" or printed < 0.3 * LIMIT:
        assert "FL005" not in found, (expression, sink, report.diagnostics)
