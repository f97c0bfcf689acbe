"""The per-template cache of ``check``: after one template of a campaign changes, only that
template is linted again, and the output is byte for byte what a run without the cache
prints; anything that could make a template's findings depend on more than its own inputs
turns the cache off for it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from _core_testing import command_line_registry  # noqa: F401  (the fixture below)
from followup_lint import template_cache
from followup_lint.cli import main
from followup_lint.engine import Linter
from followup_lint.formats import FORMATS
from followup_lint.model import Diagnostic, RecipientRef, Severity

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "webinar-follow-up"

# A second recipients file with what the stream-level rules look at (a broken address, a
# duplicate, a junk company, a column with one value for everybody), for a sequence of three
# templates with findings of every scope.
SEQUENCE_CSV = """\
first_name,last_name,email,company,attended,offer_details,webinar_date
Siobhán,Ní Bhriain,siobhan@harbourline.example,Harbourline,No,10% off the annual plan,2026-11-17
Wei,Zhang,wei.zhang@kestrel.example,N/A,Yes,10% off the annual plan,2026-11-17
José,García Márquez,jose@okapi.example,Okapi Health,Registered - did not attend,10% off the annual plan,2026-11-17
Mary-Jane,Watson,mary-jane@@bluefinch.example,Bluefinch Labs,Yes,10% off the annual plan,2026-11-17
Wei,Zhang,wei.zhang@kestrel.example,Kestrel Analytics,Yes,10% off the annual plan,2026-11-17
Ludwig,van Beethoven,ludwig@nordlicht.example,Nordlicht GmbH,yes,10% off the annual plan,2026-11-17
"""
SEQUENCE = {
    "touch-1.j2": '---\nsubject: "Re: your demo request"\nkind: prospecting\n---\nHi {{ last_name }},\n\n'
                  "Thanks for attending yesterday. We are the leading platform, and {{ offer_details }} ends Friday.\n\n"
                  "I'll call you tomorrow at 10 to go through pricing.\n\nThe Marketing Team\n",
    "touch-2.j2": '---\nsubject: "{{ first_name }}, one more thing"\nkind: follow-up\n---\nHi {{ first_name }},\n\n'
                  "How did {{ company }} find the session? Here is the checklist we promised: https://example.com/c\n\n"
                  "Best,\nDana Okafor\n",
    "touch-3.j2": '---\nsubject: "Closing the loop"\nkind: follow-up\n---\nHello {{ first_name }},\n\n'
                  "{{ undefined_field }} I will stop writing after this one. Reply if the timing changes.\n\n"
                  "Dana\n",
}


pytestmark = pytest.mark.usefixtures("command_line_registry")


@pytest.fixture
def campaign(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "campaign"
    shutil.copytree(EXAMPLE, folder)
    sequence = folder / "sequence"
    sequence.mkdir()
    (sequence / "recipients.csv").write_text(SEQUENCE_CSV, encoding="utf-8")
    for name, text in SEQUENCE.items():
        (sequence / name).write_text(text, encoding="utf-8")
    (folder / ".followup-lint.toml").write_text('send-date = "2026-11-20"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return folder


@pytest.fixture
def linted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths of the templates each run actually lints."""
    seen: list[str] = []
    original = Linter.lint_sources

    def spy(self: Linter, templates: list, *args: object, **kwargs: object) -> object:  # type: ignore[type-arg]
        seen.extend(Path(t.path).name for t in templates)
        return original(self, templates, *args, **kwargs)

    monkeypatch.setattr(Linter, "lint_sources", spy)
    return seen


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    code = main(["check", *map(str, args)])
    return code, capsys.readouterr().out


def _entries(folder: Path) -> list[Path]:
    return sorted((folder / ".followup-lint-cache").glob("v*/templates/*.json"))


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "html"])
def test_one_changed_template_prints_what_a_full_run_prints(capsys: pytest.CaptureFixture[str], campaign: Path,
                                                            linted: list[str], fmt: str) -> None:
    first = run(capsys, campaign, "-f", fmt)  # fills the cache
    assert len(_entries(campaign)) == 7
    _edit(campaign / "sequence" / "touch-2.j2", "How did", "Thanks for attending! How did")
    linted.clear()
    partial = run(capsys, campaign, "-f", fmt)
    assert linted == ["touch-2.j2"]  # the six others came from the cache
    assert partial == run(capsys, campaign, "-f", fmt, "--no-cache")
    assert partial != first


def test_findings_of_every_scope_survive_the_cache(capsys: pytest.CaptureFixture[str], campaign: Path) -> None:
    run(capsys, campaign, "-f", "json")
    _edit(campaign / "no-show.j2", "Hi", "Hello")  # an unrelated template changes
    report = json.loads(run(capsys, campaign, "-f", "json")[1])
    codes_by_file: dict[str, set[str]] = {}
    for d in report["diagnostics"]:
        codes_by_file.setdefault(Path(d["path"]).name, set()).add(d["code"])
    # template-level (touch-1's fake "Re:", touch-3's undefined variable), per recipient (the
    # surname greeting, the thanks to no-shows) and stream-level (the broken address)
    assert {"FL101", "FL301"} <= codes_by_file["touch-1.j2"]
    assert "FL003" in codes_by_file["touch-3.j2"]
    assert codes_by_file["recipients.csv"]
    scores = {Path(s["path"]).name for s in report["summary"]["personalization"]}
    assert {"touch-1.j2", "touch-2.j2", "touch-3.j2", "attended.j2"} <= scores


@pytest.mark.parametrize("change", ["recipients", "config"])
def test_a_shared_input_relints_every_template_it_touches(capsys: pytest.CaptureFixture[str], campaign: Path,
                                                          linted: list[str], change: str) -> None:
    run(capsys, campaign)
    if change == "recipients":
        _edit(campaign / "sequence" / "recipients.csv", "Okapi Health", "Okapi Health Ltd")
        expected = sorted(SEQUENCE)
    else:
        _edit(campaign / ".followup-lint.toml", '"\n', '"\nignore = ["FL504"]\n')
        expected = sorted(["attended.j2", "invitation.j2", "no-show.j2", "quick-note.j2", *SEQUENCE])
    linted.clear()
    assert run(capsys, campaign, "-f", "json") == run(capsys, campaign, "-f", "json", "--no-cache")
    assert sorted(linted[: len(expected)]) == expected


def test_ignore_recipients_turns_the_template_cache_off(capsys: pytest.CaptureFixture[str], campaign: Path) -> None:
    _edit(campaign / ".followup-lint.toml", '"\n',
          '"\n[[ignore-recipients]]\nemail = "wei.zhang@kestrel.example"\nrules = ["FL101"]\n')
    run(capsys, campaign)
    assert not _entries(campaign)  # whether the entry silenced something needs every template linted


def test_a_damaged_entry_is_linted_again(capsys: pytest.CaptureFixture[str], campaign: Path, linted: list[str]) -> None:
    cold = run(capsys, campaign, "-f", "json", "--no-cache")
    run(capsys, campaign, "-f", "json")
    for entry in _entries(campaign):
        entry.write_text('{"diagnostics": [["FL1"', encoding="utf-8")
    _edit(campaign / ".followup-lint.toml", '"\n', '"\n\n')  # a run-cache miss, same config values
    cold_again = run(capsys, campaign, "-f", "json", "--no-cache")
    linted.clear()
    assert run(capsys, campaign, "-f", "json") == cold_again
    assert len(linted) == 7
    assert cold[0] == cold_again[0]


def test_entries_hold_no_personal_data(capsys: pytest.CaptureFixture[str], campaign: Path) -> None:
    run(capsys, campaign, "-f", "json")
    stored = "".join(entry.read_text(encoding="utf-8") for entry in _entries(campaign))
    assert "FL301" in stored and "FL10" in stored
    for value in ("parissa.behnia@bluefinch.example", "Parissa", "Behnia", "Bluefinch Labs", "Siobhán",
                  "García Márquez", "wei.zhang@kestrel.example", "SIOBHÁN", "siobhan"):
        assert value not in stored


def test_a_finding_on_another_file_is_not_traced_to_a_template() -> None:
    sink: list[Diagnostic] = []
    recorder = template_cache.Recorder(sink, ["touch-1.j2"], "recipients.csv")
    ref = RecipientRef(3, "recipients.csv", 1)
    recorder.append(Diagnostic("FL101", "x", Severity.ERROR, "m", "touch-1.j2", 1, 1, 1, 2, ref))
    recorder.append(Diagnostic("FL401", "x", Severity.ERROR, "m", "recipients.csv", 3, 1, 3, 1, ref))
    assert not recorder.untraced and len(recorder.by_path["touch-1.j2"]) == 1 and len(sink) == 2
    recorder.append(Diagnostic("FL9", "x", Severity.ERROR, "m", "partials/footer.j2", 1, 1, 1, 1))
    assert recorder.untraced  # then nothing of the group is stored


def test_a_template_with_many_findings_is_not_stored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(template_cache, "MAX_DIAGNOSTICS", 2)
    recorder = template_cache.Recorder([], ["a.j2", "b.j2"], None)
    for line in range(4):
        recorder.append(Diagnostic("FL301", "x", Severity.ERROR, "m", "a.j2", line + 1, 1, line + 1, 2))
    recorder.append(Diagnostic("FL301", "x", Severity.ERROR, "m", "b.j2", 1, 1, 1, 2))
    assert recorder.too_many == {"a.j2"} and not recorder.by_path["a.j2"] and len(recorder.by_path["b.j2"]) == 1
