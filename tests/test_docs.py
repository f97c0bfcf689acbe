"""Every rule documents itself, the generated docs are current, and every rule is tested."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from followup_lint.registry import build_registry

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = build_registry(plugins=False)
SPECS = sorted(REGISTRY.rules.values(), key=lambda s: s.code)


def test_builtin_rules_load_without_problems() -> None:
    assert REGISTRY.problems == []
    assert len(SPECS) >= 40


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.code)
def test_rule_has_complete_docs(spec) -> None:  # type: ignore[no-untyped-def]
    docs = spec.docs
    assert docs.summary.endswith(".") and len(docs.summary) < 120
    assert len(docs.what) > 40, "what it does"
    assert len(docs.why) > 30, "why it matters"
    assert docs.instead, "what to write instead"
    if spec.code not in {"FL010", "FL011", "FL013", "FL020", "FL022"}:  # engine faults have no template example
        assert docs.example, "an example"


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.code)
def test_rule_is_exercised_by_the_tests(spec) -> None:  # type: ignore[no-untyped-def]
    """A rule that no test names cannot be known to work."""
    pattern = re.compile(rf"\b({spec.code}|{re.escape(spec.name)})\b")
    tests = [p for p in (ROOT / "tests").glob("test_*.py") if p.name != "test_docs.py"]
    assert any(pattern.search(p.read_text(encoding="utf-8")) for p in tests), f"no test mentions {spec.code}"


def test_generated_rule_docs_are_up_to_date() -> None:
    script = ROOT / "scripts" / "gen_rule_docs.py"
    if not script.is_file():
        pytest.skip("source checkout only")
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_cli_rule_command_prints_the_rule_docs(capsys: pytest.CaptureFixture[str]) -> None:
    from followup_lint.cli import main

    assert main(["rule", "attendance-mismatch"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("FL301 attendance-mismatch")
    for heading in ("## What it does", "## Why it matters", "## Example", "## Write instead"):
        assert heading in out
