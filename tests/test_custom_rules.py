"""Users' own YAML rule packs: loading, matching, safety (RE2) and lazy spaCy."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import followup_lint
from followup_lint.config import Config
from followup_lint.engine import Linter
from followup_lint.registry import build_registry

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"

ACME_RULES = """
rules:
  - code: ACME001
    name: competitor-mention
    type: existence
    severity: error
    summary: The email names a competitor.
    message: "do not name competitors in outreach: '{match}'"
    tokens: [Globex, Initech, Umbrella Corp]
    docs:
      what: Finds competitor names.
      why: Naming them advertises them.
"""


def write_pack(folder: Path, text: str, name: str = "acme.yml") -> Path:
    path = folder / "lint-rules" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def lint_with(path: Path, template: str, records=(), **config):
    settings = {"rule-files": [str(path)], **config}
    return followup_lint.lint(template, records, config=settings).diagnostics


def codes(diagnostics) -> list[str]:
    return [d.code for d in diagnostics]


# ----------------------------------------------------------------------------- loading


def test_user_rule_from_a_folder_fires(tmp_path: Path) -> None:
    path = write_pack(tmp_path, ACME_RULES)
    found = lint_with(path, "Hi {{ first_name }},\n\nUnlike Globex, we answer every question.\n", select=["ACME"])
    assert codes(found) == ["ACME001"]
    d = found[0]
    assert (d.line, d.column, d.end_column) == (3, 8, 14)
    assert d.message == "do not name competitors in outreach: 'Globex'"
    assert d.severity.value == "error" and d.name == "competitor-mention"


def test_user_rule_does_not_fire_on_clean_text(tmp_path: Path) -> None:
    path = write_pack(tmp_path, ACME_RULES)
    assert lint_with(path, "Hi {{ first_name }},\n\nHere is the recording.\n", select=["ACME"]) == []


def test_user_rule_is_on_by_default_and_ignorable(tmp_path: Path) -> None:
    path = write_pack(tmp_path, ACME_RULES)
    template = "Hi {{ first_name }},\n\nInitech asked the same question.\n"
    assert "ACME001" in codes(lint_with(path, template))
    assert "ACME001" not in codes(lint_with(path, template, ignore=["competitor-mention"]))


def test_config_file_rule_files_relative_to_config(tmp_path: Path) -> None:
    write_pack(tmp_path, ACME_RULES)
    (tmp_path / ".followup-lint.toml").write_text('rule-files = ["lint-rules/acme.yml"]\nselect = ["ACME"]\n')
    template = tmp_path / "follow-up.j2"
    template.write_text("Hi {{ first_name }},\n\nGlobex was mentioned in the chat.\n")
    report = followup_lint.lint_path(template)
    assert codes(report.diagnostics) == ["ACME001"]


def test_worked_example_in_the_docs(tmp_path: Path) -> None:
    doc = (ROOT / "docs" / "custom-rules.md").read_text(encoding="utf-8")
    pack = re.search(r"```yaml\n(rules:.*?)```", doc, re.S)
    assert pack is not None
    path = write_pack(tmp_path, pack.group(1))
    found = lint_with(
        path,
        "Hi {{ first_name }},\n\nI hope this email finds you well. PipeBoost has guaranteed results.\n",
        select=["ACME"],
    )
    assert [(d.code, d.line, d.column) for d in found] == [("ACME003", 3, 1), ("ACME001", 3, 35), ("ACME002", 3, 49)]
    assert found[1].fix == "Acme Forecast"
    # the token pattern catches a paraphrase
    found = lint_with(path, "Hi {{ first_name }},\n\nHope you're doing well! Pipe Boost is new.\n", select=["ACME"])
    assert codes(found) == ["ACME003", "ACME001"]
    # exceptions
    assert lint_with(path, "Hi,\n\nThere is no guarantee of results, honestly.\n", select=["ACME002"]) == []


def test_rule_docs_are_available(tmp_path: Path) -> None:
    path = write_pack(tmp_path, ACME_RULES)
    registry = build_registry([path], plugins=False)
    spec = registry.lookup("ACME001")
    assert spec is not None and spec.docs.summary == "The email names a competitor."
    assert spec.scope.value == "template"  # phrase rules default to once per template


# ----------------------------------------------------------------------------- rule features


def test_scopes_subject_and_opener(tmp_path: Path) -> None:
    path = write_pack(
        tmp_path,
        """
        rules:
          - code: ACME010
            name: no-quick-question
            type: existence
            summary: Avoid "quick question".
            in: [subject, opener]
            tokens: [quick question]
        """,
    )
    template = '---\nsubject: "Quick question"\n---\nHi {{ first_name }},\n\nThanks for joining.\n\nQuick question: who owns onboarding?\n'
    found = lint_with(path, template, select=["ACME"])
    assert [d.line for d in found] == [2]  # the subject; the body sentence is not the opener


def test_substitution_rule_with_fix_and_case(tmp_path: Path) -> None:
    path = write_pack(
        tmp_path,
        """
        rules:
          - code: ACME020
            name: house-style
            type: substitution
            summary: Use the house spelling.
            swap:
              e-mail: email
              web site: website
        """,
    )
    found = lint_with(path, "Hi,\n\nE-mail me or visit our web site.\n", select=["ACME"])
    assert [(d.column, d.fix) for d in found] == [(1, "Email"), (24, "website")]
    assert found[0].message == "write 'Email' instead of 'E-mail'"


def test_token_patterns_with_number_words(tmp_path: Path) -> None:
    path = write_pack(
        tmp_path,
        """
        rules:
          - code: ACME030
            name: minutes-ask
            type: existence
            summary: Asking for minutes.
            in: body
            token_patterns:
              - [{LOWER: {IN: [can, could]}}, {LOWER: i}, {LOWER: {IN: [get, grab]}}, {LIKE_NUM: true}, {LOWER: minutes}]
        """,
    )
    assert codes(lint_with(path, "Hi,\n\nCould I grab twenty minutes?\n", select=["ACME"])) == ["ACME030"]
    assert codes(lint_with(path, "Hi,\n\nCould I grab 20 minutes?\n", select=["ACME"])) == ["ACME030"]
    assert lint_with(path, "Hi,\n\nCould I grab the slides?\n", select=["ACME"]) == []


def test_message_scope_rule_masks_recipient_data(tmp_path: Path) -> None:
    path = write_pack(
        tmp_path,
        """
        rules:
          - code: ACME040
            name: test-account-in-data
            type: existence
            scope: message
            summary: A test account is in the list.
            message: "the rendered email contains '{match}'"
            tokens: [test account]
        """,
    )
    template = "Hi {{ first_name }},\n\nThanks for joining.\n"
    records = [{"first_name": "Test Account"}, {"first_name": "Parissa"}]
    found = followup_lint.lint(template, records, config={"rule-files": [str(path)], "select": ["ACME"]}).diagnostics
    assert len(found) == 1 and found[0].recipient is not None and found[0].recipient.index == 0
    assert "Test Account" not in found[0].message and found[0].line == 1
    shown = followup_lint.lint(
        template, records, config={"rule-files": [str(path)], "select": ["ACME"], "show-personal-data": True}
    ).diagnostics
    assert "Test Account" in shown[0].message


def test_max_findings_option(tmp_path: Path) -> None:
    path = write_pack(
        tmp_path,
        """
        rules:
          - code: ACME050
            name: synergy
            type: existence
            summary: Buzzword.
            tokens: [synergy]
            options: {max_findings: 1}
        """,
    )
    assert len(lint_with(path, "Hi,\n\nSynergy, synergy, synergy.\n", select=["ACME"])) == 1


# ----------------------------------------------------------------------------- broken rules: FL011, never a crash

BROKEN = [
    ("patterns: ['(a)\\1']", "backreference"),
    ("patterns: ['(?<=our )platform']", "lookbehind"),
    ("patterns: ['[unclosed']", "not a valid regular expression"),
    ("patterns: ['x*']", "empty string"),
    ("in: [footer]", "unknown scope"),
    ("tokens: [ok]\n    token_patterns: [[{TEXT: {REGEX: '(a+)+$'}}]]", "REGEX and FUZZY are not allowed"),
    ("token_patterns: [[{LEMMA: help}]]", "needs a trained spaCy model"),
    ("token_patterns: [[{LOWER: help, OP: '++'}]]", "OP must be one of"),
    ("message: hi", "needs 'tokens', 'patterns' or 'token_patterns'"),
    ("tokens: [ok]\n    ignore_case: maybe", "'ignore_case' must be true or false"),
    ("tokens: [ok]\n    scope: recipient", "not on recipient records"),
]


@pytest.mark.parametrize(("fragment", "reason"), BROKEN)
def test_broken_user_rule_is_a_load_diagnostic(tmp_path: Path, fragment: str, reason: str) -> None:
    pack = (
        "rules:\n"
        "  - code: ACME090\n"
        "    name: broken\n"
        "    type: existence\n"
        "    summary: Broken on purpose.\n"
        f"    {fragment}\n"
        "  - code: ACME091\n"
        "    name: still-works\n"
        "    type: existence\n"
        "    summary: Loads fine.\n"
        "    tokens: [Globex]\n"
    )
    path = tmp_path / "broken.yml"
    path.write_text(pack, encoding="utf-8")
    found = followup_lint.lint(
        "Hi,\n\nGlobex again.\n", config={"rule-files": [str(path)], "select": ["FL011", "ACME"]}
    ).diagnostics
    load = [d for d in found if d.code == "FL011"]
    assert len(load) == 1, [d.message for d in found]
    assert reason in load[0].message and "ACME090" in load[0].message
    assert "ACME091" in codes(found)  # the rest of the pack still runs


def test_unreadable_pack_is_a_load_diagnostic(tmp_path: Path) -> None:
    found = followup_lint.lint(
        "Hi,\n", config={"rule-files": [str(tmp_path / "missing.yml")], "select": ["FL011"]}
    ).diagnostics
    assert codes(found) == ["FL011"]


# ----------------------------------------------------------------------------- safety and laziness (subprocesses)

PATHOLOGICAL = """
import sys, time
sys.path.insert(0, {src!r})
import followup_lint
start = time.perf_counter()
text = "Hi,\\n\\n" + "a" * 50000 + "!\\n"
report = followup_lint.lint(text, config={{"rule-files": [{pack!r}], "select": ["ACME"]}})
print(len(report.diagnostics), round(time.perf_counter() - start, 2))
"""


@pytest.mark.slow
def test_pathological_user_pattern_cannot_hang(tmp_path: Path) -> None:
    path = write_pack(
        tmp_path,
        """
        rules:
          - code: ACME100
            name: catastrophic
            type: existence
            summary: A pattern that makes backtracking engines explode.
            nonword: true
            patterns: ['(a+)+$', '(a|aa)+b', '(x+x+)+y']
        """,
    )
    script = PATHOLOGICAL.format(src=str(SRC), pack=str(path))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    count, seconds = done.stdout.split()
    assert count == "0"  # the "!" keeps '(a+)+$' from matching: the worst case for backtracking
    # no time bound asserted: the subprocess timeout above is the hang guard


LAZY = """
import sys
sys.path.insert(0, {src!r})
import followup_lint
followup_lint.lint("---\\nsubject: Re: hi\\n---\\nHi {{{{ first_name }}}},\\n\\nOur platform can double your pipeline.\\n",
                   [{{"first_name": "Parissa"}}], config={{"select": {select!r}}})
print("spacy" in sys.modules)
"""


@pytest.mark.slow
@pytest.mark.parametrize(
    ("select", "imported"),
    [
        (["FL0"], "False"),
        # message/subject scopes need no spaCy (FL203 reads sentence roles since issue 10, so it does)
        (["FL0", "FL205", "FL5"], "False"),
        (["FL203"], "True"),
        (["FL201"], "True"),
    ],
)
def test_spacy_is_imported_only_when_a_rule_needs_it(select: list[str], imported: str) -> None:
    script = LAZY.format(src=str(SRC), select=select)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == imported


def test_builtin_tone_and_subject_packs_load_cleanly() -> None:
    linter = Linter(Config(select=("FL2", "FL5")))
    assert linter.registry.problems == []
    assert {s.code for s in linter.enabled} >= {
        "FL201", "FL202", "FL203", "FL204", "FL205", "FL206", "FL207",
        "FL501", "FL502", "FL503", "FL504", "FL505",
    }
