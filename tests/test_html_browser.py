"""The HTML review page in a real browser (issue 16): headless Chromium from the system packages
(Debian's ``chromium``), driven by Playwright. It opens the example campaign's page from disk,
checks its structure, works the filters from the keyboard, checks that no recipient value shows
and that nothing is fetched, and saves screenshots of the overview and a template as artifacts
(under the test's tmp dir, and copied to ``$FOLLOWUP_LINT_ARTIFACTS`` when set).

Skipped, saying why, only where no browser or no Playwright can be found. Playwright's own
browser download is never used (``executable_path`` points at the system's Chromium)."""

from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path
from typing import Any, Iterator

import pytest

from followup_lint.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "webinar-follow-up"
BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]


def _chromium() -> str | None:
    for candidate in (os.environ.get("FOLLOWUP_LINT_CHROMIUM"), shutil.which("chromium"),
                      shutil.which("chromium-browser"), "/usr/bin/chromium"):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("browser test skipped: Playwright is not installed (pip install '.[test]')")
    executable = _chromium()
    if executable is None:
        pytest.skip("browser test skipped: no Chromium found (apt-get install chromium, or set FOLLOWUP_LINT_CHROMIUM)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=BROWSER_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="module")
def review_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("review") / "review.html"
    assert main(["check", "--no-progress", "--format", "html", "-o", str(out), str(EXAMPLE)]) == 1
    return out


@pytest.fixture()
def page(browser: Any, review_file: Path) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1366, "height": 860})
    opened = context.new_page()
    fetched: list[str] = []
    errors: list[str] = []
    opened.on("request", lambda request: fetched.append(request.url))
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    opened.goto(review_file.as_uri())
    opened.wait_for_load_state("load")
    yield opened
    assert errors == [], errors
    assert [url for url in fetched if not url.startswith("file:")] == []  # nothing but the file itself
    context.close()


def _artifact(source: Path) -> None:
    target = os.environ.get("FOLLOWUP_LINT_ARTIFACTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(source, Path(target) / source.name)


def _visible_findings(page: Any) -> list[dict[str, str]]:
    return page.eval_on_selector_all(
        "[data-finding]", "els => els.filter(e => !e.hidden).map(e => ({rule: e.dataset.rule, severity: e.dataset.severity}))")


def _tab_to(page: Any, test: str, limit: int = 60) -> None:
    """Press Tab until ``test`` (a JS expression over ``document.activeElement``) holds."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(() => {{ const e = document.activeElement; return !!({test}); }})()"):
            return
    raise AssertionError(f"Tab never reached {test}")


def test_the_example_page_shows_the_overview_every_template_marked_sources_and_previews(page: Any, tmp_path: Path) -> None:
    assert page.locator("#overview").is_visible()
    assert page.locator("#overview table.scores tbody tr").count() == len(list(EXAMPLE.glob("*.j2")))
    assert page.locator("#overview svg.chart rect").count() >= 5
    sections = page.locator("section.template:not(.recipients-file):not(.other)")
    assert sections.count() == len(list(EXAMPLE.glob("*.j2")))
    for n in range(sections.count()):
        section = sections.nth(n)
        name = section.get_attribute("data-path")
        assert section.locator(".source .ln").count() >= 5, name
        assert section.locator(".source .ln[data-refs] mark").count() >= 1, name  # findings marked on their lines
        assert section.locator("[data-finding] .preview").count() >= 1, name  # rendered messages
        assert section.locator("[data-finding] .preview mark").count() >= 1, name  # the mistake highlighted in them
    assert page.locator("section.recipients-file").count() == 1
    # a marked line links to its finding
    link = page.locator(".source .ln[data-refs] .refs a").first
    target = link.get_attribute("href")
    link.click()
    assert page.evaluate("location.hash") == target

    overview = tmp_path / "review-overview.png"
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(overview))
    template = tmp_path / "review-template.png"
    page.locator("section.template").first.evaluate("e => e.scrollIntoView()")
    page.screenshot(path=str(template))
    for shot in (overview, template):
        assert shot.stat().st_size > 10_000
        _artifact(shot)


def test_the_filters_work_from_the_keyboard(page: Any) -> None:
    everything = _visible_findings(page)
    assert {f["severity"] for f in everything} >= {"error", "warning"}
    status = page.locator("#filter-status")
    assert status.inner_text() == f"{len(everything)} of {len(everything)} mistakes shown"

    _tab_to(page, "e.name === 'severity' && e.value === 'error'")
    page.keyboard.press("Space")
    shown = _visible_findings(page)
    assert shown and all(f["severity"] != "error" for f in shown)
    assert len(shown) == sum(1 for f in everything if f["severity"] != "error")
    assert status.inner_text() == f"{len(shown)} of {len(everything)} mistakes shown"
    page.keyboard.press("Space")  # errors back
    assert len(_visible_findings(page)) == len(everything)

    _tab_to(page, "e.id === 'rule-filter'")
    page.keyboard.press("ArrowDown")
    rule = page.evaluate("document.getElementById('rule-filter').value")
    assert rule
    shown = _visible_findings(page)
    assert shown and {f["rule"] for f in shown} == {rule}
    assert len(shown) == sum(1 for f in everything if f["rule"] == rule)
    # source lines whose findings are all filtered out lose their highlight
    assert page.locator(".source .ln[data-refs]:not(.filtered-out)").count() < page.locator(".source .ln[data-refs]").count()


def test_no_personal_data_on_the_page_by_default(page: Any) -> None:
    text = page.evaluate("""() => { const copy = document.body.cloneNode(true);
        copy.querySelectorAll('.doc, script, style').forEach(e => e.remove()); return copy.innerText; }""").casefold()
    with open(EXAMPLE / "attendees.csv", encoding="utf-8") as handle:
        records = list(csv.DictReader(handle))
    domains = " ".join(r["email"].rpartition("@")[2].casefold() for r in records)
    checked = 0
    for record in records:
        for field in ("email", "first_name", "last_name", "preferred_name", "question"):
            value = (record.get(field) or "").strip().casefold()
            if len(value) < 4 or value in domains or value in ("dana", "okafor"):  # shown domain; the sender's name
                continue
            checked += 1
            assert value not in text, (field, value)
            assert value.replace(" ", "") not in text.replace(" ", ""), (field, value)
    assert checked > 40
    assert "masked" in text


def test_the_page_prints_without_its_controls(page: Any) -> None:
    page.emulate_media(media="print")
    assert not page.locator(".filters").is_visible()
    assert page.locator("section.template .preview").first.is_visible()
