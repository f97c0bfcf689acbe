"""The wheel ships the rule packs, and an installed copy loads them through its entry point."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    for module in ("build", "hatchling"):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is not installed")
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (built,) = out.glob("followup_lint-*.whl")
    return built


def test_wheel_contains_the_rule_packs(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("followup_lint/_rules/FL0-integrity.yml", "followup_lint/_rules/locales.yml", "followup_lint/py.typed",
                     "followup_lint/__init__.py", "followup_lint/checks/integrity.py"):
        assert required in names, required
    every_pack = {f"followup_lint/_rules/{p.name}" for p in (ROOT / "rules").glob("*.yml")}
    assert every_pack <= names
    (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[followup_lint.rules]" in text and "builtin = followup_lint.builtin:rule_pack" in text
    assert "followup-lint = followup_lint.cli:main" in text
    assert not any(n.startswith(("tests/", "src/")) for n in names)


PROBE = textwrap.dedent(
    """
    import json, sys
    from importlib.metadata import entry_points
    import followup_lint
    from followup_lint.resources import rules_path
    from followup_lint.registry import build_registry

    registry = build_registry()
    eps = [(ep.name, ep.value, str(ep.dist.locate_file(""))) for ep in entry_points(group="followup_lint.rules")]
    report = followup_lint.lint("Hi *|FNAME|*,", [{"first_name": "Wei"}], config={"select": ["FL006"]})
    print(json.dumps({
        "package": followup_lint.__file__,
        "rules_path": str(rules_path()),
        "entry_points": eps,
        "fl001_origin": registry.rules["FL001"].origin if "FL001" in registry.rules else None,
        "problems": [p.message for p in registry.problems if "FL0-integrity" in p.origin],
        "codes": [d.code for d in report.diagnostics],
        "sys_path": sys.path,
    }))
    """
)


def test_installed_copy_loads_its_own_rules(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet", "--target", str(site), str(wheel)],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PYTHONPATH"] = str(site)  # dependencies come from this interpreter's own site-packages
    probe = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path,
    )
    assert probe.returncode == 0, probe.stderr[-3000:]
    result = json.loads(probe.stdout)
    assert str(ROOT / "src") not in result["sys_path"]
    assert Path(result["package"]).resolve().is_relative_to(site.resolve())
    rules = Path(result["rules_path"]).resolve()
    assert rules == (site / "followup_lint" / "_rules").resolve()
    assert ("builtin", "followup_lint.builtin:rule_pack") in [(name, value) for name, value, _ in result["entry_points"]]
    assert result["fl001_origin"] == "plugin 'builtin' (FL0-integrity.yml)"
    assert result["problems"] == []
    assert result["codes"] == ["FL006"]


def test_installed_console_script_runs(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet", "--target", str(site), str(wheel)],
        check=True, capture_output=True, timeout=300,
    )
    campaign = tmp_path / "campaign"
    campaign.mkdir()
    (campaign / "thanks.j2").write_text("Hi {{ first_name }},\n", encoding="utf-8")
    (campaign / "recipients.csv").write_text("first_name\n*|FNAME|*\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PYTHONPATH"] = str(site)
    done = subprocess.run(
        [sys.executable, "-m", "followup_lint", "check", "--isolated", "--select", "FL007", "--format", "json", str(campaign)],
        capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path,
    )
    assert done.returncode == 1, done.stderr
    assert [d["code"] for d in json.loads(done.stdout)["diagnostics"]] == ["FL007"]


def test_wheel_ships_the_role_model(wheel: Path, tmp_path: Path) -> None:
    """The sentence-role classifier is in the wheel (rules/models -> followup_lint/_rules/models)
    and the copy there loads."""
    from followup_lint.content.model import read_model

    archive = zipfile.ZipFile(wheel)
    names = set(archive.namelist())
    assert {"followup_lint/content/model.py", "followup_lint/content/features.py"} <= names
    assert "followup_lint/_rules/models/roles.json" in names
    assert {"followup_lint/_rules/models/word_vectors.npy", "followup_lint/_rules/models/word_vectors.txt"} <= names
    assert "followup_lint/_rules/models/roles.weights.npy" in names
    for name in ("roles.json", "roles.weights.npy"):
        (tmp_path / name).write_bytes(archive.read(f"followup_lint/_rules/models/{name}"))
    model = read_model(tmp_path / "roles.json")
    assert model.classify("Hope you enjoyed the session!", "en", frozenset({"attendance"}))[0].role == "attendance"
