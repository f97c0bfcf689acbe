"""The HTML review page (issue 16), read as a document: its parts, that it is self-contained,
that record problems are listed once per recipients file, that previews mark the mistake and
mask the recipient, that it stays bounded for a long list. The browser test is
test_html_browser.py; the privacy sweep over every format includes html."""

from __future__ import annotations

import csv
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from _core_testing import reuse_full_registries
from followup_lint import lint
from followup_lint.cli import main
from followup_lint.formats import FormatOptions, get_renderer
from followup_lint.registry import build_registry

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "webinar-follow-up"


class _Page(HTMLParser):
    """Elements by id and class, the text of the page, and every attribute that loads something."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.classes: list[str] = []
        self.loads: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if name == "class" and value:
                self.classes.extend(value.split())
            if name in ("src", "srcset", "data", "poster") or (tag == "link" and name == "href"):
                self.loads.append(f"{tag} {name}={value}")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _check_html(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    out = tmp_path / "review.html"
    status = main(["check", "--no-progress", "--format", "html", "-o", str(out), *args])
    assert status in (0, 1), capsys.readouterr().err
    return out.read_text(encoding="utf-8")


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    return parser


@pytest.fixture(scope="module")
def example_page(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("html") / "review.html"
    assert main(["check", "--no-progress", str(EXAMPLE), "--report", f"html={out}", "--format", "json",
                 "-o", str(out.with_suffix(".json"))]) == 1
    return out.read_text(encoding="utf-8")


def test_example_page_has_the_overview_every_template_and_previews(example_page: str) -> None:
    page = _parse(example_page)
    assert "overview" in page.ids
    for template in sorted(EXAMPLE.glob("*.j2")):
        assert f'data-path="{EXAMPLE.relative_to(ROOT) / template.name}"' in example_page or \
            f'data-path="{template}"' in example_page, template.name
    assert example_page.count('class="template"') + example_page.count('class="template ') >= 5  # 4 templates + the csv
    assert page.classes.count("preview") >= 10
    assert "svg" in page.tags and page.classes.count("scores") == 1
    # the template source with the wrong salutation marked on its line (attended.j2 line 8)
    assert re.search(r'<div class="ln has-error" data-refs><span class="no">8</span><span class="code">Hi '
                     r'<mark class="m-(error|warning)">\{\{ last_name \}\}</mark>', example_page)
    # each finding links to its rule page and carries its summary
    assert 'rules/FL101/"' in example_page and 'class="doc"' in example_page


def test_the_page_loads_nothing(example_page: str) -> None:
    page = _parse(example_page)
    assert page.loads == []
    assert "@import" not in example_page and "url(" not in example_page
    assert "default-src 'none'" in example_page  # and says so to the browser


def test_record_problems_are_listed_once_under_their_file(example_page: str) -> None:
    sections = re.split(r"<section ", example_page)
    csv_sections = [s for s in sections if s.startswith('class="template recipients-file"')]
    assert len(csv_sections) == 1
    template_sections = [s for s in sections if s.startswith('class="template"')]
    for section in template_sections:
        assert not re.search(r'data-rule="FL4\d\d"', section)
    articles = re.findall(r'data-rule="(FL4\d\d)">.*?<p class="msg">(.*?)</p>', csv_sections[0])
    assert articles and len(articles) == len(set(articles))  # each problem once, whichever templates use the file


def test_previews_mark_the_mistake_and_mask_the_recipient(example_page: str) -> None:
    previews = re.findall(r'<div class="preview">.*?</pre>', example_page, flags=re.S)
    assert previews and all("<mark" in p for p in previews[:5])
    with open(EXAMPLE / "attendees.csv", encoding="utf-8") as handle:
        records = list(csv.DictReader(handle))
    without_docs = re.sub(r'<p class="doc">.*?</p>', "", example_page)  # the rules' own examples ("Hi Parissa ,")
    text = "".join(_parse(without_docs).text).casefold()
    domains = " ".join(r["email"].rpartition("@")[2].casefold() for r in records)
    for record in records:
        for field in ("email", "first_name", "last_name", "question"):
            value = (record[field] or "").strip().casefold()
            shown = value in domains or value in ("dana", "okafor")  # a masked email keeps its domain; the sender signs
            if len(value) >= 4 and not shown:
                assert value not in text, (field, value)


def test_show_personal_data_shows_the_values(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    reuse_full_registries(monkeypatch)
    page = _check_html(tmp_path, capsys, str(EXAMPLE / "attended.j2"), "--show-personal-data")
    assert "MARCUS" in page or "OYELARAN" in page
    assert "shows personal data" in page


def test_records_given_in_memory_get_no_previews_and_a_note() -> None:
    report = lint("Hi {{ last_name }},\n\nThanks for joining.\n",
                  [{"first_name": "Parissa", "last_name": "Behnia", "email": "parissa.behnia@northwind.example"}])
    from followup_lint import Linter
    linter = Linter()
    page = get_renderer("html")(report, build_registry(), FormatOptions(linter=linter))
    assert "given in memory" in page and 'class="preview"' not in page
    assert "Behnia" not in page and "Parissa" not in page


def test_without_a_linter_the_page_says_why_there_are_no_previews() -> None:
    report = lint("Hi {{ last_name }},\n", [{"first_name": "Aiko", "last_name": "Tanaka"}])
    page = get_renderer("html")(report, build_registry(), FormatOptions())
    assert "without the linter" in page and "Tanaka" not in page


def _long_list(folder: Path, rows: int) -> Path:
    folder.mkdir()
    (folder / "note.j2").write_text("---\nsubject: Your recording\n---\nHi {{ last_name }},\n\nThanks for joining "
                                    "{{ company }} at the webinar.\n\nBest,\nDana\n", encoding="utf-8")
    with open(folder / "recipients.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["first_name", "last_name", "email", "company"])
        for n in range(rows):
            family = ("OKONKWO", "ng", "", "García-Márquez")[n % 4]
            writer.writerow([f"Ana{n}", family, f"ana.{n}@tulpen.example", f"Tulpen {n}"])
    return folder / "note.j2"


def test_the_page_stays_bounded_as_the_list_grows(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    reuse_full_registries(monkeypatch)
    small = _check_html(tmp_path, capsys, str(_long_list(tmp_path / "small", 200)), "--jobs", "1")
    large = _check_html(tmp_path, capsys, str(_long_list(tmp_path / "large", 3000)), "--jobs", "1")
    assert large.count('class="preview"') == small.count('class="preview"')
    assert all(count <= 3 for count in (len(re.findall(r'<div class="preview">', s))
                                        for s in re.findall(r"<article.*?</article>", large, flags=re.S)))
    assert len(large) < len(small) * 1.2  # the same mistakes: only counts and row numbers grow


def test_template_and_record_markup_is_shown_as_text_never_run(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    reuse_full_registries(monkeypatch)
    folder = tmp_path / "campaign"
    folder.mkdir()
    (folder / "note.j2").write_text("Hi {{ last_name }},\n\n<script>alert('template')</script> Thanks for joining "
                                    "{{ company }}.\n", encoding="utf-8")
    (folder / "recipients.csv").write_text('first_name,last_name,email,company\nAna,"<img src=x onerror=alert(1)>",'
                                           'ana@tulpen.example,"<b>Tulpen</b>"\n', encoding="utf-8")
    page = _check_html(tmp_path, capsys, str(folder / "note.j2"), "--show-personal-data")
    assert "<img src=x" not in page and "<b>Tulpen" not in page and "<script>alert" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page  # shown, as text, in the preview
    assert _parse(page).loads == []


def test_a_template_from_stdin_gets_a_note_instead_of_its_source(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    reuse_full_registries(monkeypatch)
    import io
    monkeypatch.setattr("sys.stdin", io.StringIO("Hi {{ last_name }},\n\nThanks for joining us.\n"))
    folder = tmp_path / "campaign"
    folder.mkdir()
    (folder / "recipients.csv").write_text("first_name,last_name,email\nMARCUS,OYELARAN,m.o@kestrel.example\n",
                                           encoding="utf-8")
    page = _check_html(tmp_path, capsys, "-", "--stdin-filename", str(folder / "unsaved.j2"))
    assert "cannot be read again" in page
    assert "FL101" in page and "OYELARAN" not in page and "Traceback" not in page
