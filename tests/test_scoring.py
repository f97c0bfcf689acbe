"""The personalization score: each reason adds or removes fixed points, and the JSON says why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import followup_lint
from followup_lint.context import TemplateContext
from followup_lint.engine import Linter
from followup_lint.formats import FormatOptions, get_renderer
from followup_lint.model import Diagnostic, RecipientRef, Severity
from followup_lint.scoring import score_template
from followup_lint.variable_kinds import is_sender_variable
from followup_lint.templates import analyse_template, read_template_source

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "webinar-follow-up"


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def score(linter: Linter, template: str, diagnostics: list[Diagnostic] | None = None):
    info = analyse_template(read_template_source(template, "t.j2"), linter.env, linter.locales)
    return score_template(TemplateContext(info, linter.locales, True, None, linter.field_map), diagnostics or [])


def reasons(result) -> list[str]:
    return [r.reason for r in result.reasons]


NAME_ONLY = (
    "Hi {{ first_name }},\n\nThanks for attending our webinar last week. I hope you found the information "
    "to be useful. Please let me know if you have any follow up questions.\n\nBest,\nMaya Okafor\n"
)

SPECIFIC = (
    "---\nsubject: \"{{ first_name }}, the answer to your question about {{ topic }}\"\n---\n"
    "Hi {{ first_name }},\n\n"
    "You asked how {{ company }} could cut onboarding time during \"Pipeline Hygiene for RevOps\", "
    "and the answer needed more than the Q&A allowed.\n\n"
    "{% if attended %}Slide 14 is the one we discussed.{% else %}The recording starts at that slide.{% endif %}\n\n"
    "The checklist for {{ job_title }}s is attached.\n\n"
    "Best,\n{{ sender_name }}\n"
)


def test_name_only_template_scores_only_the_greeting(linter: Linter) -> None:
    result = score(linter, NAME_ONLY)
    assert result.score == 20
    assert reasons(result) == ["greets the recipient by name (first_name)"]


def test_a_specific_follow_up_reaches_the_maximum(linter: Linter) -> None:
    result = score(linter, SPECIFIC)
    assert result.score == 100
    text = " ".join(reasons(result))
    assert "opening sentence uses recipient data (company)" in text
    assert "subject uses recipient data" in text and "topic" in text
    assert "content changes with the recipient's data (attended)" in text
    assert "sender_name" not in result.fields  # the sender is not the recipient


def test_a_template_without_recipient_data_scores_zero(linter: Linter) -> None:
    result = score(linter, "Hi there,\n\nOur platform doubles pipeline. Book a demo.\n\nThe Acme Team\n")
    assert result.score == 0
    assert result.fields == ()
    assert "every recipient gets the same text" in reasons(result)[0]


def test_links_and_ids_do_not_count_as_knowing_the_recipient(linter: Linter) -> None:
    result = score(linter, "Hi {{ first_name }},\n\nHere is the recording: {{ recording_url }}\n\nRef {{ contact_id }}\n")
    assert result.score == 20
    assert "recording_url" in result.fields  # listed as used, but not scored


def test_body_fields_are_capped_at_two(linter: Linter) -> None:
    template = (
        "Hi {{ first_name }},\n\nGood to meet you.\n\n"
        "Your team at {{ company }} in {{ city }} asked about {{ question }} for {{ industry }}.\n"
    )
    result = score(linter, template)
    assert [r.points for r in result.reasons] == [20, 15, 15]


def test_penalties_come_from_this_templates_findings(linter: Linter) -> None:
    def diag(code: str, name: str, line: int, path: str = "t.j2", recipient: RecipientRef | None = None) -> Diagnostic:
        return Diagnostic(code, name, Severity.WARNING, "m", path, line, 1, line, 2, recipient)

    found = [
        diag("FL302", "generic-greeting", 1),
        diag("FL305", "generic-event-reference", 3),
        diag("FL305", "generic-event-reference", 4),
        diag("FL305", "generic-event-reference", 5),  # only two count
        diag("FL306", "nameless-sign-off", 9, path="other.j2"),  # another template
        diag("FL306", "nameless-sign-off", 9, recipient=RecipientRef(2, "r.csv", 0)),  # per recipient: not scored
    ]
    result = score(linter, SPECIFIC, found)
    assert result.score == 100 - 20 - 10 - 10
    assert [r.points for r in result.reasons if r.points < 0] == [-20, -10, -10]
    assert any("FL302 generic-greeting at line 1" == r.reason for r in result.reasons)


def test_score_never_goes_below_zero(linter: Linter) -> None:
    found = [Diagnostic("FL302", "generic-greeting", Severity.WARNING, "m", "t.j2", 1, 1, 1, 2)]
    assert score(linter, "Hello there,\n\nWe are the leading platform.\n", found).score == 0


def test_a_template_that_does_not_compile_scores_zero_with_a_reason(linter: Linter) -> None:
    result = score(linter, "Hi {{ first_name ,\n")
    assert result.score == 0
    assert "does not compile" in reasons(result)[0]


@pytest.mark.parametrize(
    "path, sender",
    [
        (("sender_name",), True),
        (("rep", "email"), True),
        (("from_name",), True),
        (("first_name",), False),
        (("company",), False),
        (("contact", "first_name"), False),
    ],
)
def test_sender_variables(path: tuple[str, ...], sender: bool) -> None:
    assert is_sender_variable(path) is sender


def test_scores_are_in_the_json_summary_of_a_campaign() -> None:
    report = followup_lint.lint_path(EXAMPLE, config={})
    document = json.loads(get_renderer("json")(report, Linter().registry, FormatOptions()))
    scored = {Path(s["path"]).name: s for s in document["summary"]["personalization"]}
    assert set(scored) == {"attended.j2", "no-show.j2", "invitation.j2", "quick-note.j2"}
    # the classic name-only follow-up scores lowest; the greeting by surname loses its points
    assert scored["quick-note.j2"]["score"] == min(s["score"] for s in scored.values())
    assert any(r["reason"].startswith("FL101") for r in scored["attended.j2"]["reasons"])
    for entry in scored.values():
        assert 0 <= entry["score"] <= 100
        assert entry["score"] == max(0, min(100, sum(r["points"] for r in entry["reasons"])))


def test_no_score_when_no_personalization_rule_runs() -> None:
    report = followup_lint.lint("Hi {{ first_name }},\n", [{"first_name": "Mei-Ling"}], config={"select": ["FL1"]})
    assert report.scores == [] and report.summary["personalization"] == []


def test_a_failure_while_scoring_is_a_reason_not_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("segmentation failed")

    monkeypatch.setattr("followup_lint.engine.score_template", broken)
    report = followup_lint.lint(NAME_ONLY, [{"first_name": "Kwame", "email": "kwame.mensah@accraworks.example"}],
                                config={"select": ["FL3"]})
    [entry] = report.scores
    assert entry.score == 0
    assert entry.reasons[0].reason == "the score could not be computed: RuntimeError: segmentation failed"
    assert any(d.code == "FL304" for d in report.diagnostics)  # the findings are still reported


@pytest.mark.parametrize(("kind", "penalised"), [
    ("follow-up", True), ("prospecting", True), ("reply", True),
    ("newsletter", False), ("marketing", False),  # a team may sign a broadcast: FL306 is only info there
])
def test_a_team_sign_off_costs_points_only_in_one_to_one_kinds(kind: str, penalised: bool) -> None:
    template = (f"---\nkind: {kind}\n---\nHi {{{{ first_name }}}},\n\nHere is the recording of "
                "{{ webinar_title }} and the slides.\n\nBest,\nThe Harvestline Team\n")
    records = [{"first_name": "Kaveh", "webinar_title": "Batch tracing 101"}]
    [result] = followup_lint.lint(template, records).scores
    assert any(r.reason.startswith("FL306") for r in result.reasons) is penalised
