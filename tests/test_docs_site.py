"""The documentation site builds with ``mkdocs build --strict`` (a broken link or anchor fails),
and every built-in rule's page is where ``helpUri`` and ``followup-lint rule`` say it is."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from followup_lint.docs_links import rule_url
from followup_lint.registry import build_registry

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (ROOT / "mkdocs.yml").is_file():
        pytest.skip("source checkout only")
    if importlib.util.find_spec("mkdocs") is None:
        pytest.skip("mkdocs is not installed (pip install '.[test]')")
    target = tmp_path_factory.mktemp("site")
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(target)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    return target


def test_every_rule_page_is_at_its_stable_address(site: Path) -> None:
    registry = build_registry(plugins=False)
    base = rule_url("").rsplit("rules/", 1)[0]
    for code in registry.rules:
        address = rule_url(code).removeprefix(base)
        page = site / address / "index.html"
        assert page.is_file(), f"{code}: no page at {address}"
        assert code in page.read_text(encoding="utf-8")


def test_the_site_has_the_guides(site: Path) -> None:
    for page in ("index.html", "ci-and-pre-commit/index.html", "configuration/index.html", "rules/index.html"):
        assert (site / page).is_file()


def test_rule_command_and_sarif_point_at_the_page(capsys: pytest.CaptureFixture[str]) -> None:
    from followup_lint.cli import main

    assert main(["rule", "FL101"]) == 0
    assert capsys.readouterr().out.rstrip().endswith(f"Documentation: {rule_url('FL101')}")
    assert rule_url("FL101").endswith("/rules/FL101/")
