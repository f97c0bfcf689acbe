"""Template kinds are normalised (issue 11): "Follow-up", "follow up", "Followup", "FOLLOW-UP",
"Webinar follow-up" and "Nachfass-Mail" are the same kind, so every rule that depends on the
kind (FL306's warning for one-to-one kinds, FL304, FL501, FL204 through the sequence position,
the readability rules' skip list) behaves the same whichever spelling a team uses. A kind that
is not known is a clear FL012 diagnostic, and the template is linted as having no kind.

Tables first: spellings that must normalise to a kind, and values that must not."""

from __future__ import annotations

import pytest

from followup_lint.template_kinds import TEMPLATE_KINDS, kind_in, normalise_kind
from followup_lint.testing import codes, run_rules

SPELLINGS = [
    # case, hyphen, space, underscore, written together
    ("follow-up", "follow-up"), ("Follow-up", "follow-up"), ("follow up", "follow-up"), ("Followup", "follow-up"),
    ("FOLLOW-UP", "follow-up"), ("follow_up", "follow-up"), (" Follow-Up ", "follow-up"),
    # a known kind after a qualifier
    ("Webinar follow-up", "follow-up"), ("event follow up", "follow-up"), ("post-webinar follow-up", "follow-up"),
    ("Q4 newsletter", "newsletter"), ("cold prospecting", "prospecting"),
    # synonyms, in the five languages
    ("Nachfass-Mail", "follow-up"), ("Nachfassmail", "follow-up"), ("relance", "follow-up"),
    ("seguimiento", "follow-up"), ("opvolging", "follow-up"), ("cold email", "prospecting"),
    ("outbound", "prospecting"), ("Kaltakquise", "prospecting"), ("prospection", "prospecting"),
    ("prospección", "prospecting"), ("Antwort", "reply"), ("réponse", "reply"), ("respuesta", "reply"),
    ("Nieuwsbrief", "newsletter"), ("boletín", "newsletter"), ("Announcement", "marketing"),
    ("promotional", "marketing"), ("Transaktional", "transactional"), ("receipt", "transactional"),
]

NOT_KINDS = [
    "webinar", "no-reply", "noreply", "do not reply", "follow", "up", "Nachfass", "", "   ", "email",
    "follow-up-up", "newsletters and follow-ups", "draft", "internal", "sales", "reply-all",
    "transaction log", "market", "tbd", "1", "prospect list", "unsubscribe", "x", "other",
    "follow-up?", "cold", "event", "webinar invite", "Einladung", "invitation", "reminder",
]


def test_the_tables_are_balanced() -> None:
    assert len(SPELLINGS) == len(NOT_KINDS)


@pytest.mark.parametrize(("value", "kind"), SPELLINGS)
def test_a_spelling_normalises_to_its_kind(value: str, kind: str) -> None:
    assert normalise_kind(value) == kind


@pytest.mark.parametrize("value", NOT_KINDS)
def test_other_values_are_not_a_kind(value: str) -> None:
    assert normalise_kind(value) is None


def test_non_strings_are_not_kinds() -> None:
    assert normalise_kind(None) is None and normalise_kind(3) is None and normalise_kind(["follow-up"]) is None


def test_canonical_kinds_are_their_own_normal_form() -> None:
    assert all(normalise_kind(k) == k for k in TEMPLATE_KINDS)


def test_kind_lists_in_rule_data_are_normalised_too() -> None:
    assert kind_in("follow-up", ["Follow-up", "Prospecting"])
    assert kind_in("marketing", ["announcement"])  # a synonym in a user's list
    assert not kind_in("reply", ["follow-up"])
    assert not kind_in(None, ["follow-up"])


BODY = "Hi {{ first_name }},\n\nThanks for your time on the call about {{ company }} yesterday.\n\n"
RECORDS = [{"first_name": "Parissa", "last_name": "Behnia", "company": "Bluefinch"},
           {"first_name": "Søren", "last_name": "Ødegaard", "company": "Fjord Freight"}]


@pytest.mark.parametrize("spelling", ["follow-up", "Follow-up", "follow up", "FOLLOW-UP", "Followup",
                                      "Webinar follow-up", "Nachfass-Mail", "relance", "seguimiento", "opvolging"])
def test_nameless_sign_off_is_a_warning_for_every_spelling_of_a_one_to_one_kind(spelling: str) -> None:
    template = f"---\nkind: {spelling}\n---\n" + BODY + "Best,\nThe Marketing Team"
    found = run_rules(["FL306", "FL012"], template, RECORDS)
    assert codes(found) == ["FL306"]  # no FL012: the spelling is known
    assert found[0].severity.value == "warning"


@pytest.mark.parametrize("spelling", ["newsletter", "Newsletter", "NEWSLETTER", "Nieuwsbrief", "Q4 newsletter"])
def test_nameless_sign_off_stays_info_for_every_spelling_of_a_broadcast_kind(spelling: str) -> None:
    template = f"---\nkind: {spelling}\n---\n" + BODY + "Best,\nThe Marketing Team"
    found = run_rules(["FL306", "FL012"], template, RECORDS)
    assert codes(found) == ["FL306"]
    assert found[0].severity.value == "info"


@pytest.mark.parametrize("spelling", ["Marketing", "marketing", "Newsletter", "announcement"])
def test_unsubscribe_rule_reads_every_spelling_of_a_bulk_kind(spelling: str) -> None:
    template = f"---\nkind: {spelling}\n---\nHi {{{{ first_name }}}},\n\nOur spring sale starts today.\n\nBest,\nMaya"
    assert "FL505" in codes(run_rules(["FL505"], template, RECORDS))


@pytest.mark.parametrize("spelling", ["Follow-up", "Prospecting", "reply"])
def test_unsubscribe_rule_leaves_one_to_one_kinds_alone(spelling: str) -> None:
    template = f"---\nkind: {spelling}\n---\nHi {{{{ first_name }}}},\n\nOur spring sale starts today.\n\nBest,\nMaya"
    assert "FL505" not in codes(run_rules(["FL505"], template, RECORDS))


# every kind-dependent rule gives the same findings for the canonical kind and its other spellings
_PARITY_TEMPLATES = [
    "---\nkind: {kind}\nsubject: \"Re: our call\"\n---\nHi {{{{ first_name }}}},\n\nJust following up on my last email.\n\n"
    "Best,\nThe Sales Team",
    "---\nkind: {kind}\n---\nHello,\n\nOur spring sale starts today: 20% off every plan.\n\nKind regards,\nThe Marketing Team",
]
_PARITY = [("follow-up", "Webinar Follow-Up"), ("prospecting", "Cold outreach"), ("reply", "Reply"),
           ("newsletter", "NEWSLETTER"), ("marketing", "Promotional"), ("transactional", "Receipt")]


@pytest.mark.parametrize(("canonical", "variant"), _PARITY)
@pytest.mark.parametrize("template", _PARITY_TEMPLATES)
def test_kind_dependent_rules_agree_on_every_spelling(canonical: str, variant: str, template: str) -> None:
    rules = ["FL204", "FL231", "FL303", "FL304", "FL306", "FL501", "FL505"]

    def seen(kind: str) -> list[tuple[str, str, int]]:
        return [(d.code, d.severity.value, d.line) for d in run_rules(rules, template.format(kind=kind), RECORDS)]

    assert seen(variant) == seen(canonical)


def test_a_personal_kind_without_recipient_data_is_reported_whatever_the_spelling() -> None:
    for spelling in ("follow-up", "FOLLOW UP", "Kaltakquise"):
        template = f"---\nkind: {spelling}\n---\nHello,\n\nThanks for your time yesterday.\n\nBest,\nMaya Okafor"
        assert "FL303" in codes(run_rules(["FL303"], template)), spelling
    for spelling in ("newsletter", "Nieuwsbrief"):  # a broadcast kind is not expected to be personal
        template = f"---\nkind: {spelling}\n---\nHello,\n\nOur spring issue is out.\n\nBest,\nMaya Okafor"
        assert "FL303" not in codes(run_rules(["FL303"], template)), spelling


@pytest.mark.parametrize("value", ["webinar", "Einladung", "no-reply", "internal"])
def test_an_unknown_kind_is_a_clear_diagnostic_and_counts_as_no_kind(value: str) -> None:
    template = f"---\nkind: {value}\n---\n" + BODY + "Best,\nThe Marketing Team"
    found = run_rules(["FL012", "FL306"], template, RECORDS)
    [problem] = [d for d in found if d.code == "FL012"]
    assert f"unknown template kind {value!r}" in problem.message
    assert "follow-up" in problem.message and "no kind" in problem.message
    assert problem.line == 2
    # linted as a template with no kind: FL306 at its default severity, as with no front matter
    plain = run_rules(["FL306"], BODY + "Best,\nThe Marketing Team", RECORDS)
    assert [d.severity for d in found if d.code == "FL306"] == [d.severity for d in plain]


def test_a_known_spelling_gets_a_hint_but_no_error() -> None:
    found = run_rules(["FL012"], "---\nkind: Follow-up\n---\n" + BODY + "Best,\nMaya", RECORDS)
    assert codes(found) == []


def test_severity_by_kind_keys_are_normalised() -> None:
    from followup_lint.registry import parse_rule

    entry = {"code": "ACME001", "name": "x", "scope": "template", "severity": "info", "summary": "s",
             "type": "existence", "tokens": ["x"], "severity_by_kind": {"Follow up": "warning"}}
    assert set(parse_rule(entry, "test").severity_by_kind) == {"follow-up"}
    entry["severity_by_kind"] = {"webinar": "warning"}
    with pytest.raises(ValueError, match="webinar"):
        parse_rule(entry, "test")


# kinds in rule options are normalised, and an unknown one is reported, never dropped in silence
NEWSLETTER = "---\nkind: newsletter\n---\nHi {{ first_name }},\n\nOur spring sale starts today.\n\nBest,\nMaya"


def _lint_with(options: dict) -> list:
    from followup_lint import Config, Linter, lint

    linter = Linter(Config(select=tuple(options), rule_options=options))
    return lint(NEWSLETTER, linter=linter).diagnostics


def test_a_kind_in_rule_options_may_be_written_in_any_spelling() -> None:
    assert [d.code for d in _lint_with({"FL505": {"kinds": ["Newsletter", "Promotional"]}})] == ["FL505"]
    assert [d.code for d in _lint_with({"FL231": {"skip_kinds": ["NEWSLETTER"]}})] == []


@pytest.mark.parametrize("options", [{"FL505": {"kinds": ["Newsleter"]}}, {"FL231": {"skip_kinds": ["Newsleter"]}}])
def test_an_unknown_kind_in_rule_options_is_a_configuration_error(options: dict) -> None:
    from followup_lint.config import ConfigError

    with pytest.raises(ConfigError, match="unknown template kind 'Newsleter'"):
        _lint_with(options)
