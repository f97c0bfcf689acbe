"""The documentation cannot go stale silently: every relative link resolves, and every
configuration key the code accepts is documented in docs/configuration.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from followup_lint.config import FIELD_ROLES, OPTIONS

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
FENCE = re.compile(r"^(```|~~~).*?^\1", re.M | re.S)


def _pages() -> list[Path]:
    if not DOCS.is_dir():
        return []
    return sorted(DOCS.glob("*.md")) + [ROOT / "README.md"]


def _anchors(page: Path) -> set[str]:
    """GitHub-style heading anchors of a Markdown page."""
    text = FENCE.sub("", page.read_text(encoding="utf-8"))
    anchors = set()
    for heading in re.findall(r"^#{1,6}\s+(.+?)\s*#*$", text, re.M):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        anchors.add(slug)
    return anchors


def _links(page: Path) -> list[str]:
    text = FENCE.sub("", page.read_text(encoding="utf-8"))
    text = re.sub(r"`[^`\n]*`", "", text)  # inline code is not a link
    return LINK.findall(text)


@pytest.mark.parametrize("page", _pages(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_relative_links_resolve(page: Path) -> None:
    broken = []
    for target in _links(page):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):  # https:, mailto:, ...
            continue
        file_part, _, anchor = target.partition("#")
        destination = (page.parent / file_part).resolve() if file_part else page
        if not destination.exists():
            broken.append(f"{target} (no such file)")
        elif anchor and destination.suffix == ".md" and anchor not in _anchors(destination):
            broken.append(f"{target} (no such heading)")
    assert not broken, f"{page.name}: broken links: {', '.join(broken)}"


def test_the_link_checker_can_fail(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("# Title\n\nSee [setup](setup.md), [title](#title), [x](#nowhere) and `[no](link.md)`.\n")
    assert _links(page) == ["setup.md", "#title", "#nowhere"]
    assert "title" in _anchors(page) and "nowhere" not in _anchors(page)


@pytest.fixture(scope="module")
def configuration_md() -> str:
    path = DOCS / "configuration.md"
    if not path.is_file():
        pytest.skip("source checkout only")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("key", sorted(OPTIONS))
def test_every_config_key_is_documented(configuration_md: str, key: str) -> None:
    """Each key has its own heading in the reference (and so an anchor to link to)."""
    assert re.search(rf"^### `{re.escape(key)}`$", configuration_md, re.M), f"docs/configuration.md has no '### `{key}`'"


@pytest.mark.parametrize("role", FIELD_ROLES)
def test_every_field_role_is_documented(configuration_md: str, role: str) -> None:
    section = configuration_md.split("### `fields`", 1)[1].split("\n### ", 1)[0]
    assert f"`{role}`" in section


def test_every_documented_key_exists(configuration_md: str) -> None:
    documented = set(re.findall(r"^### `([a-z-]+)`$", configuration_md, re.M))
    assert documented - set(OPTIONS) == set(), "documented keys the code does not accept"


def test_documented_examples_are_valid_configuration(configuration_md: str, tmp_path: Path) -> None:
    """The complete example in the reference loads (paths it names are created first)."""
    from followup_lint.config import load_config

    example = re.search(r"## A complete example\s+```toml\n(.*?)```", configuration_md, re.S)
    assert example, "the reference has a complete example"
    for folder in re.findall(r'rule-dirs = \["([^"]+)"\]', example.group(1)):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text(example.group(1), encoding="utf-8")
    config = load_config(tmp_path / "pyproject.toml")
    assert config.campaigns and config.ignore_recipients and config.per_file_ignores
    from followup_lint.registry import build_registry
    from followup_lint.selection import validate_config_rules

    validate_config_rules(build_registry(plugins=False), config)
