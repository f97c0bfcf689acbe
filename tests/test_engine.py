"""The engine: crash isolation (FL010), plugin loading (FL011), suppressions (FL009/FL014),
rule selection, severity overrides, deterministic output and masking of personal data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import followup_lint
from _core_testing import codes, core_linter, core_registry, lint0
from followup_lint import (
    SKIP,
    ConfigError,
    Finding,
    MessageCheck,
    RecipientCheck,
    RuleDocs,
    RuleSpec,
    Scope,
    Severity,
    TemplateCheck,
)
from followup_lint.config import config_from_mapping
from followup_lint.registry import Registry

PARISSA = {"first_name": "Parissa", "last_name": "Behnia", "email": "parissa.behnia@bluefinch.example"}
WEI = {"first_name": "Wei", "last_name": "Zhang", "email": "wei.zhang@lotusdata.example"}
AIKO = {"first_name": "Aiko", "last_name": "Tanaka", "email": "aiko.tanaka@kumo.example"}
PEOPLE = [PARISSA, WEI, AIKO]


def spec(code: str, name: str, scope: Scope, severity: Severity = Severity.WARNING) -> RuleSpec:
    return RuleSpec(code, name, scope, severity, RuleDocs(f"{name} (test rule)"), "tests")


class GreetsEveryone(MessageCheck):
    """Yields one finding per recipient, naming them (as personal data)."""

    def check(self, target, state):  # type: ignore[no-untyped-def]
        yield Finding("this message goes to {name}", span=target.template.info.greeting.slot_span,
                      personal={"name": target.recipient.names.given or ""})


class CrashesOnWei(MessageCheck):
    def check(self, target, state):  # type: ignore[no-untyped-def]
        if target.recipient.names.given == "Wei":
            raise KeyError("nickname")
        yield Finding("checked")


class CrashesInPrepare(TemplateCheck):
    def prepare(self, context):  # type: ignore[no-untyped-def]
        raise RuntimeError("cannot read the template model")

    def check(self, target, state):  # type: ignore[no-untyped-def]
        return ()


class CrashesInFinish(RecipientCheck):
    def check(self, target, state):  # type: ignore[no-untyped-def]
        return ()

    def finish(self, state):  # type: ignore[no-untyped-def]
        raise ValueError("duplicate bookkeeping failed")


class SkipsEverything(MessageCheck):
    calls = 0

    def prepare(self, context):  # type: ignore[no-untyped-def]
        return SKIP

    def check(self, target, state):  # type: ignore[no-untyped-def]
        SkipsEverything.calls += 1
        return ()


def registry_with(*rules: tuple[RuleSpec, type]) -> Registry:
    registry = core_registry()
    for rule, cls in rules:
        registry.add_rule(rule, cls)
    assert not registry.problems
    return registry


def run(template: str, records=PEOPLE, registry: Registry | None = None, **config: Any):
    linter = core_linter(config, registry)
    return followup_lint.lint(template, records, linter=linter)


TEMPLATE = "Hi {{ first_name }},\n\nThanks for joining, {{ frist_name }}.\n"


# --------------------------------------------------------------------------- FL010


def test_a_crashing_rule_is_reported_and_the_rest_still_runs() -> None:
    registry = registry_with(
        (spec("ACME001", "acme-crash", Scope.MESSAGE), CrashesOnWei),
        (spec("ACME002", "acme-greets", Scope.MESSAGE), GreetsEveryone),
    )
    report = run(TEMPLATE, registry=registry)
    (crash,) = [d for d in report.diagnostics if d.code == "FL010"]
    assert "ACME001" in crash.message and "acme-crash" in crash.message
    assert "row 2" in crash.message and "KeyError" in crash.message
    assert crash.recipient is not None and crash.recipient.row == 2 and crash.recipient.index == 1
    assert crash.severity == "error"
    # the crashing rule ran for Parissa, then was turned off: nothing for Aiko
    assert [(d.code, d.recipient.index) for d in report.diagnostics if d.code == "ACME001"] == [("ACME001", 0)]
    # the other rules are unaffected, for every recipient
    assert [d.recipient.index for d in report.diagnostics if d.code == "ACME002"] == [0, 1, 2]
    assert "FL003" in codes(report)


def test_crash_in_prepare_and_finish() -> None:
    registry = registry_with(
        (spec("ACME003", "acme-prepare", Scope.TEMPLATE), CrashesInPrepare),
        (spec("ACME004", "acme-finish", Scope.RECIPIENT), CrashesInFinish),
    )
    report = run(TEMPLATE, registry=registry)
    crashes = [d for d in report.diagnostics if d.code == "FL010"]
    assert len(crashes) == 2
    assert any("ACME003" in d.message and "RuntimeError" in d.message and d.recipient is None for d in crashes)
    assert any("ACME004" in d.message and "ValueError" in d.message for d in crashes)
    assert "FL003" in codes(report)


def test_skip_means_no_per_recipient_calls() -> None:
    SkipsEverything.calls = 0
    report = run(TEMPLATE, registry=registry_with((spec("ACME005", "acme-skip", Scope.MESSAGE), SkipsEverything)))
    assert SkipsEverything.calls == 0
    assert "FL010" not in codes(report)


# --------------------------------------------------------------------------- FL011


def test_entry_point_that_fails_to_load_is_fl011_and_the_run_goes_on() -> None:
    registry = core_registry()

    def broken_loader() -> Any:
        raise ImportError("No module named 'acme_lint_rules'")

    registry.add_entry_point("acme", broken_loader)
    report = run(TEMPLATE, registry=registry)
    (problem,) = [d for d in report.diagnostics if d.code == "FL011"]
    assert "acme" in problem.path
    assert "ImportError" in problem.message and "acme_lint_rules" in problem.message
    assert "FL003" in codes(report)
    assert "FL001" in registry.rules  # the built-in rules are all still there


def test_entry_point_yielding_garbage_is_fl011() -> None:
    registry = core_registry()
    registry.add_entry_point("acme", lambda: lambda: [42])
    assert [p.message for p in registry.problems] == ["plugin failed to load: TypeError: plugin yielded int; expected a YAML path or RuleSpec"]


def test_entry_point_with_specs_and_paths(tmp_path: Path) -> None:
    pack = tmp_path / "acme.yml"
    pack.write_text(
        "rules:\n"
        "  - code: ACME010\n    name: acme-template\n    scope: template\n    severity: info\n"
        "    summary: A template rule from a pack.\n    check: followup_lint.checks.integrity:EngineReported\n",
        encoding="utf-8",
    )
    registry = core_registry()
    registry.add_entry_point("acme", lambda: lambda: [pack, (spec("ACME011", "acme-greets", Scope.MESSAGE), GreetsEveryone)])
    assert registry.problems == []
    assert {"ACME010", "ACME011"} <= set(registry.rules)


BAD_PACK = """rules:
  - code: ACME020
    name: acme-missing-module
    scope: message
    severity: warning
    summary: Points at a module that does not exist.
    check: acme_does_not_exist.checks:Thing
  - code: ACME021
    name: acme-not-a-check
    scope: message
    summary: Points at something that is not a Check.
    check: followup_lint.model:Span
  - code: acme022
    name: Bad Name
    summary: Invalid identity.
    check: followup_lint.checks.integrity:EngineReported
  - code: ACME0222
    name: acme-bad-code
    summary: Invalid code.
    check: followup_lint.checks.integrity:EngineReported
  - code: ACME023
    name: acme-good
    scope: template
    severity: info
    summary: A good rule in the same pack still loads.
    check: followup_lint.checks.integrity:EngineReported
"""


def test_yaml_pack_with_a_bad_check_target(tmp_path: Path) -> None:
    pack = tmp_path / "acme-rules.yml"
    pack.write_text(BAD_PACK, encoding="utf-8")
    # through the config, with every other rule pack loaded as usual
    linter = followup_lint.Linter(config_from_mapping({"rule-files": [str(pack)], "select": ["FL0"]}))
    report = followup_lint.lint(TEMPLATE, PEOPLE, linter=linter)
    load = [d for d in report.diagnostics if d.code == "FL011" and d.path == str(pack)]
    messages = " | ".join(d.message for d in load)
    assert len(load) == 4, messages
    assert "rule ACME0222: code must look like 'FL101' or 'ACME001'" in messages
    assert all(d.path == str(pack) for d in load)
    assert "ACME020" in messages and "acme_does_not_exist" in messages
    assert "ACME021" in messages and "not a followup_lint Check" in messages
    assert "ACME022: name 'Bad Name' must be kebab-case" in messages
    assert "FL003" in codes(report)  # the run went on
    assert "ACME023" in linter.registry.rules  # the good rule of the same pack loaded


def test_yaml_pack_that_is_not_yaml(tmp_path: Path) -> None:
    pack = tmp_path / "broken.yml"
    pack.write_text("rules:\n  - code: ACME030\n    name: [unclosed\n", encoding="utf-8")
    registry = core_registry()
    registry.add_pack_file(pack)
    (problem,) = [p for p in registry.problems if p.origin == str(pack)]
    assert "not valid YAML" in problem.message
    assert problem.line >= 2
    assert "FL001" in registry.rules


def test_duplicate_codes_and_names_are_refused() -> None:
    registry = core_registry()
    registry.add_rule(spec("FL001", "acme-clash", Scope.TEMPLATE), CrashesInPrepare)
    registry.add_rule(spec("ACME040", "template-syntax-error", Scope.TEMPLATE), CrashesInPrepare)
    assert len(registry.problems) == 2
    assert registry.rules["FL001"].name == "template-syntax-error"
    assert "ACME040" not in registry.rules


# --------------------------------------------------------------------------- suppressions


def fired(template: str, records=(PARISSA,), **config: Any) -> list[tuple[str, int]]:
    return [(d.code, d.line) for d in lint0(template, list(records), config).diagnostics]


def test_end_of_line_suppression() -> None:
    assert fired("Hi *|FNAME|*, {# followup-lint: disable=FL006 #}\nBye *|LNAME|*") == [("FL006", 2)]


def test_own_line_suppression_applies_to_the_next_non_blank_line() -> None:
    text = "Hi {{ first_name }},\n{# followup-lint: disable=FL006 #}\n\n   \nUse *|COUPON|* today.\nOr *|LNAME|*."
    assert fired(text) == [("FL006", 6)]


def test_disable_file_covers_per_recipient_findings_too() -> None:
    body = "Hi there,\n\nUse *|COUPON|* today, {{ first_name }}.\n"
    records = [{"first_name": "{{ first_name }}"}, {"first_name": "Wei"}]
    assert fired(body, records) == [("FL006", 3), ("FL007", 3)]
    assert fired("{# followup-lint: disable-file=FL006,unrendered-merge-tag #}\n" + body, records) == []


@pytest.mark.parametrize("selector", ["FL006", "FL00", "FL0", "foreign-merge-tag", "fl006"])
def test_suppression_by_prefix_and_by_name(selector: str) -> None:
    assert fired(f"Hi *|FNAME|*, {{# followup-lint: disable={selector} #}}") == []


def test_suppression_of_a_per_recipient_finding_on_its_line() -> None:
    text = "Hi {{ first_name }}, {# followup-lint: disable=FL007 #}\n\nThanks, {{ last_name }}."
    records = [{"first_name": "*|FNAME|*", "last_name": "{{ last_name }}"}]
    assert fired(text, records) == [("FL007", 3)]


def test_unused_suppression_is_fl009() -> None:
    report = lint0("Hi {{ first_name }}, {# followup-lint: disable=FL006,FL003 #} {{ frist }}", [PARISSA])
    assert codes(report) == ["FL009"]
    (unused,) = report.diagnostics
    assert "FL006" in unused.message and "FL003" not in unused.message
    assert (unused.line, unused.column) == (1, 22)
    assert unused.severity == "warning"


@pytest.mark.parametrize(
    "comment",
    ["{# followup-lint: ignore FL006 #}", "{# followup-lint disable=FL006 #}", "{# followup-lint: disable= #}"],
)
def test_malformed_suppression_is_fl014(comment: str) -> None:
    report = lint0(f"Hi *|FNAME|*, {comment}", [PARISSA])
    assert codes(report) == ["FL006", "FL014"]
    assert report.diagnostics[1].column == 15


def test_ordinary_comments_are_not_suppressions() -> None:
    assert fired("{# note to self: check the subject line #}Hi {{ first_name }},") == []


# --------------------------------------------------------------------------- selection

SELECTION_TEMPLATE = "Hi *|FNAME|*,\n{{ frist_name }}\n{% if x %}{{ x.__class__ }}{% endif %}"


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ({}, ["FL003", "FL004", "FL006"]),
        ({"select": ["FL006"]}, ["FL006"]),
        ({"select": ["foreign-merge-tag", "FL004"]}, ["FL004", "FL006"]),
        ({"ignore": ["FL0"], "select": ["FL003"]}, ["FL003"]),  # the more specific selector wins
        ({"select": ["FL0"], "ignore": ["FL00"], "extend-select": ["FL006"]}, ["FL006"]),
        ({"ignore": ["FL006", "undefined-variable"]}, ["FL004"]),
        ({"select": ["FL00"], "ignore": ["FL004"]}, ["FL003", "FL006"]),
        ({"select": ["FL006"], "ignore": ["FL006"]}, []),  # a tie: ignore wins
        ({"select": ["ALL"], "ignore": ["FL003"]}, ["FL004", "FL006"]),
        ({"extend-select": ["FL003"], "ignore": ["FL0"]}, ["FL003"]),
    ],
)
def test_select_ignore_specificity(config: dict[str, Any], expected: list[str]) -> None:
    report = lint0(SELECTION_TEMPLATE, [PARISSA], config)
    assert sorted(set(codes(report))) == expected


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"select": ["FL0006"]}, "select: 'FL0006' matches no rule; did you mean 'FL006'?"),
        ({"ignore": ["foreign-merge-tags"]}, "ignore: 'foreign-merge-tags' matches no rule; did you mean 'foreign-merge-tag'?"),
        ({"extend-select": ["unrendered-mergetag"]}, "did you mean 'unrendered-merge-tag'?"),
        ({"severity": {"FL0033": "info"}}, "did you mean 'FL003'?"),
        ({"select": ["ACME"]}, "'ACME' matches no rule"),
    ],
)
def test_unknown_selector_is_a_config_error(config: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError) as raised:
        lint0("Hi", [], config)
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_severity_override_from_config() -> None:
    config = {"severity": {"FL006": "info", "undefined-variable": "warning"}}
    report = lint0("Hi *|FNAME|* {{ frist }}", [PARISSA], config)
    assert [(d.code, d.severity) for d in report.diagnostics] == [("FL006", Severity.INFO), ("FL003", Severity.WARNING)]
    assert report.ok  # nothing at the default fail level (error)
    assert report.summary["errors"] == 0 and report.summary["warnings"] == 1 and report.summary["infos"] == 1
    strict = lint0("Hi *|FNAME|* {{ frist }}", [PARISSA], {**config, "fail-level": "warning"})
    assert not strict.ok and strict.exit_code == 1


def test_per_file_ignores(tmp_path: Path) -> None:
    (tmp_path / "legacy").mkdir()
    (tmp_path / "legacy" / "old.j2").write_text("Hi *|FNAME|*,\n", encoding="utf-8")
    (tmp_path / "new.j2").write_text("Hi *|FNAME|*,\n", encoding="utf-8")
    linter = core_linter({"per-file-ignores": {"legacy/*.j2": ["FL006"]}})
    report = followup_lint.lint_path(tmp_path, linter=linter)
    assert [(Path(d.path).name, d.code) for d in report.diagnostics] == [("new.j2", "FL006")]


# --------------------------------------------------------------------------- determinism


def test_same_input_same_report(tmp_path: Path) -> None:
    records = [dict(r) for r in PEOPLE] + [{"first_name": "*|FNAME|*", "last_name": "Hughes"}, 7]
    registry = registry_with((spec("ACME050", "acme-greets", Scope.MESSAGE), GreetsEveryone))
    first = run(TEMPLATE + "*|FNAME|* {{ 1 / (0 if first_name == 'Wei' else 1) }}", records, registry=registry).to_dict()
    second = run(TEMPLATE + "*|FNAME|* {{ 1 / (0 if first_name == 'Wei' else 1) }}", records, registry=registry).to_dict()
    assert first == second
    assert len(first["diagnostics"]) > 5
    keys = [
        (d["path"], -1 if d["recipient"] is None else d["recipient"]["index"], d["line"], d["column"], d["code"])
        for d in first["diagnostics"]
    ]
    assert keys == sorted(keys)  # template findings first, then by recipient, line, column, code


def test_folder_report_is_deterministic(tmp_path: Path) -> None:
    for name in ("b.j2", "a.j2", "c.jinja"):
        (tmp_path / name).write_text("Hi *|FNAME|* {{ frist_name }},\n", encoding="utf-8")
    (tmp_path / "recipients.csv").write_text("first_name\nWei\nAiko\n", encoding="utf-8")
    runs = [followup_lint.lint_path(tmp_path, linter=core_linter()).to_dict() for _ in range(2)]
    assert runs[0] == runs[1]
    assert [Path(d["path"]).name for d in runs[0]["diagnostics"]] == ["a.j2", "a.j2", "b.j2", "b.j2", "c.jinja", "c.jinja"]


# --------------------------------------------------------------------------- privacy


def test_personal_data_is_masked_by_default() -> None:
    registry = registry_with((spec("ACME060", "acme-greets", Scope.MESSAGE), GreetsEveryone))
    masked = run("Hi {{ first_name }},", [PARISSA], registry=registry, select=["ACME060", "FL007"])
    assert [d.message for d in masked.diagnostics] == ['this message goes to "P…"']
    shown = run("Hi {{ first_name }},", [PARISSA], registry=registry, select=["ACME060"], **{"show-personal-data": True})
    assert [d.message for d in shown.diagnostics] == ['this message goes to "Parissa"']


def test_recipient_values_in_integrity_findings_are_masked() -> None:
    records = [{"first_name": "*|FNAME|*", "email": "k.hughes@fernhill.example"}]
    masked = lint0("Hi {{ first_name }},", records)
    (finding,) = masked.diagnostics
    assert finding.code == "FL007"
    assert "*|FNAME|*" not in finding.message and '"*…"' in finding.message
    shown = lint0("Hi {{ first_name }},", records, {"show-personal-data": True})
    assert '"*|FNAME|*"' in shown.diagnostics[0].message


def test_mask() -> None:
    from followup_lint.privacy import format_personal, mask

    assert mask("Behnia") == "B…"
    assert mask("parissa.behnia@bluefinch.example") == "p…@b…"
    assert mask("  ") == "" and mask("J") == "…"
    assert format_personal("hi {name} {{literal}}", {"name": "Behnia"}, False) == 'hi "B…" {literal}'
    assert format_personal("hi {name}", {"name": "Behnia\nX"}, True) == 'hi "Behnia\\nX"'
    assert format_personal("hi {unknown}", {}, False) == "hi {unknown}"


def test_a_fix_that_is_only_a_personal_value_is_left_out_when_masked() -> None:
    import followup_lint

    record = [{"first_name": "PARISSA", "last_name": "Behnia", "email": "parissa.behnia@bluefinch.example"}]
    masked = followup_lint.lint("Hi {{ first_name }},\n\nHere is the recording.", record, config={"select": ["FL104"]})
    shown = followup_lint.lint(
        "Hi {{ first_name }},\n\nHere is the recording.", record, config={"select": ["FL104"], "show-personal-data": True}
    )
    assert [d.fix for d in masked.diagnostics] == [None]
    assert [d.fix for d in shown.diagnostics] == ["Parissa"]


def test_render_errors_do_not_leak_recipient_values() -> None:
    import followup_lint

    record = [{"first_name": "Parissa", "last_name": "Behnia", "contact": {"phone": "+44 20 7946 0000"}}]
    template = "Hi {{ first_name }}, {{ contact[first_name].upper() }}"  # "... has no attribute 'Parissa'"
    hidden = followup_lint.lint(template, record, config={"select": ["FL002"]})
    shown = followup_lint.lint(template, record, config={"select": ["FL002"], "show-personal-data": True})
    assert "'Parissa'" in shown.diagnostics[0].message
    assert [d.code for d in hidden.diagnostics] == ["FL002"]
    assert "Parissa" not in hidden.diagnostics[0].message and "'P…'" in hidden.diagnostics[0].message


class CrashesQuotingTheName(RecipientCheck):
    def check(self, target, state):  # type: ignore[no-untyped-def]
        raise ValueError(f"cannot parse {target.recipient.names.given!r}")


def test_a_crash_message_masks_the_recipients_values() -> None:
    registry = registry_with((spec("ACME009", "acme-quotes", Scope.RECIPIENT), CrashesQuotingTheName))
    report = run(TEMPLATE, registry=registry)
    crashes = [d for d in report.diagnostics if d.code == "FL010"]
    assert len(crashes) == 1 and "cannot parse 'P…'" in crashes[0].message
    assert all("Parissa" not in d.message for d in report.diagnostics)
