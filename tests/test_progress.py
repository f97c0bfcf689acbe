"""The progress line on stderr for large recipient files: only on a terminal, never under CI,
throttled, cleared at the end. Time is a fake clock here; nothing is timed."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from _core_testing import core_linter, reuse_full_registries
from followup_lint import lint_path, parallel
from followup_lint import progress as progress_module
from followup_lint.cli import main
from followup_lint.progress import Progress, wanted

CLEAR = "\r\033[K"
GIVEN = ["Parissa", "Wei", "José", "Siobhán", "Ludwig", "愛子", "Kwame", "Teller"]
FAMILY = ["Behnia", "Zhang", "García Márquez", "Ní Bhriain", "van Beethoven", "田中", "Mensah", ""]


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def write_list(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["first_name", "last_name", "email"])
        for i in range(rows):
            given = GIVEN[i % len(GIVEN)]
            writer.writerow([given, FAMILY[(i * 3) % len(FAMILY)], f"person.{i}@northwind.example"])
    return path


@pytest.fixture(autouse=True)
def _not_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


# --------------------------------------------------------------------------- when


@pytest.mark.parametrize(
    ("env", "tty", "expected"),
    [
        ({}, True, True),
        ({}, False, False),
        ({"CI": "true"}, True, False),
        ({"CI": "1"}, True, False),
        ({"GITHUB_ACTIONS": "true"}, True, False),
        ({"CI": "false"}, True, True),
        ({"CI": ""}, True, True),
    ],
)
def test_wanted_only_on_a_terminal_outside_ci(env: dict[str, str], tty: bool, expected: bool) -> None:
    stream = FakeTTY() if tty else io.StringIO()
    assert wanted(stream, env) is expected


def test_a_closed_or_odd_stream_is_not_a_terminal() -> None:
    closed = io.StringIO()
    closed.close()
    assert wanted(closed, {}) is False
    assert wanted(object(), {}) is False  # type: ignore[arg-type]


# --------------------------------------------------------------------------- drawing


def test_small_inputs_draw_nothing(tmp_path: Path) -> None:
    stream, clock = FakeTTY(), FakeClock()
    bar = Progress(stream, clock=clock)
    bar.start(str(write_list(tmp_path / "small.csv", 3)))
    for records in range(0, 2001, 100):
        clock.now += 1
        bar.update(records)
    bar.done()
    assert stream.getvalue() == "" and bar.draws == 0


def test_large_inputs_draw_records_percent_and_rate_then_clear(tmp_path: Path) -> None:
    source = tmp_path / "attendees.csv"
    source.write_bytes(b"x" * 4000)
    stream, clock = FakeTTY(), FakeClock()
    bar = Progress(stream, clock=clock, position=lambda path: 1000)
    bar.start(str(source))
    clock.now += 2
    bar.update(12_400)
    assert stream.getvalue() == CLEAR + "followup-lint: attendees.csv  12,400 records  25%  6,200 records/s"
    bar.done()
    assert stream.getvalue().endswith(CLEAR)
    bar.close()  # closing twice writes nothing more
    assert stream.getvalue().count(CLEAR) == 2


def test_a_file_over_a_megabyte_shows_from_the_start(tmp_path: Path) -> None:
    source = tmp_path / "export.jsonl"
    with source.open("wb") as handle:
        handle.truncate(progress_module.MIN_BYTES + 1)
    stream, clock = FakeTTY(), FakeClock()
    bar = Progress(stream, clock=clock, position=lambda path: None)
    bar.start(str(source))
    clock.now += 0.5
    bar.update(128)
    assert bar.draws == 1
    assert "export.jsonl  128 records  256 records/s" in stream.getvalue()
    assert "%" not in stream.getvalue()  # position unknown: records and rate only


def test_updates_are_throttled_to_ten_a_second() -> None:
    stream, clock = FakeTTY(), FakeClock()
    bar = Progress(stream, clock=clock)
    bar.start("<records>")
    for step in range(100):  # 100 updates within 0.099 s: one draw
        clock.now += 0.001
        bar.update(5_000 + step)
    assert bar.draws == 1
    clock.now += 0.1
    bar.update(6_000)
    assert bar.draws == 2
    assert "followup-lint: <records>  6,000 records" in stream.getvalue()


def test_reader_position_follows_an_open_file(tmp_path: Path) -> None:
    if not os.path.isdir("/proc/self/fdinfo"):
        pytest.skip("needs /proc (Linux)")
    path = write_list(tmp_path / "people.csv", 5_000)
    position = progress_module._reader_position()
    with path.open("rb") as handle:
        handle.read(100)
        # the descriptor's offset: where the buffered reader has read up to
        offset = os.lseek(handle.fileno(), 0, os.SEEK_CUR)
        assert 100 <= offset < path.stat().st_size
        assert position(str(path)) == offset
    assert position(str(tmp_path / "not-open.csv")) is None


# --------------------------------------------------------------------------- wired into the engine and CLI


def test_the_engine_reports_progress_and_the_report_is_unchanged(tmp_path: Path) -> None:
    template = tmp_path / "thanks.j2"
    template.write_text("Hi {{ first_name }},\n\nThanks for joining.\n", encoding="utf-8")
    people = write_list(tmp_path / "attendees.csv", 2_600)
    plain = lint_path(template, recipients=people, linter=core_linter({"jobs": 1})).to_dict()

    class Recorder:
        def __init__(self) -> None:
            self.calls: list[tuple[str, object]] = []

        def start(self, source: str | None) -> None:
            self.calls.append(("start", source))

        def update(self, records: int) -> None:
            self.calls.append(("update", records))

        def done(self) -> None:
            self.calls.append(("done", None))

    linter = core_linter({"jobs": 1})
    linter.progress = recorder = Recorder()
    assert lint_path(template, recipients=people, linter=linter).to_dict() == plain
    assert recorder.calls[0] == ("start", str(people))
    assert recorder.calls[-1] == ("done", None)
    updates = [n for kind, n in recorder.calls if kind == "update"]
    assert updates == list(range(128, 2_601, 128))  # every 128 records; the reporter throttles


@pytest.mark.skipif(parallel.job_count(2) < 2, reason="needs the fork start method")
def test_the_parallel_path_reports_at_chunk_granularity(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "SEQUENTIAL_RECORDS", 256)
    monkeypatch.setattr(parallel, "CHUNK_RECORDS", 100)
    template = tmp_path / "thanks.j2"
    template.write_text("Hi {{ first_name }},\n\nThanks for joining.\n", encoding="utf-8")
    people = write_list(tmp_path / "attendees.csv", 700)
    updates: list[int] = []

    class Recorder:
        def start(self, source: str | None) -> None: ...
        def update(self, records: int) -> None:
            updates.append(records)
        def done(self) -> None:
            updates.append(-1)

    linter = core_linter({"jobs": 2})
    linter.progress = Recorder()
    lint_path(template, recipients=people, linter=linter)
    assert updates == [128, 256, 356, 456, 556, 656, -1]


def _big_campaign(tmp_path: Path) -> Path:
    folder = tmp_path / "campaign"
    folder.mkdir()
    (folder / "thanks.j2").write_text("Hi {{ first_name }},\n\nThanks for joining.\n", encoding="utf-8")
    write_list(folder / "recipients.csv", 2_300)
    return folder


def test_cli_draws_on_a_terminal_and_clears(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    reuse_full_registries(monkeypatch)
    folder = _big_campaign(tmp_path)
    terminal = FakeTTY()
    monkeypatch.setattr("sys.stderr", terminal)
    main(["check", "--isolated", "--select", "FL0", "--jobs", "1", str(folder)])
    drawn = terminal.getvalue()
    assert drawn.startswith(CLEAR + "followup-lint: recipients.csv  2,048 records  ")  # first report past 2,000
    assert "records/s" in drawn
    if os.path.isdir("/proc/self/fdinfo"):  # where the reader's position can be seen
        assert "%" in drawn
    assert drawn.endswith(CLEAR)
    out = capsys.readouterr().out
    assert "records" not in out and out.splitlines()[-1].startswith("1 template(s), 2300 recipient(s)")


@pytest.mark.parametrize("env", [{"CI": "true"}, {"GITHUB_ACTIONS": "true"}])
def test_cli_is_silent_under_ci(env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    reuse_full_registries(monkeypatch)
    folder = _big_campaign(tmp_path)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    terminal = FakeTTY()
    monkeypatch.setattr("sys.stderr", terminal)
    main(["check", "--isolated", "--select", "FL0", "--jobs", "1", "--format", "json", str(folder)])
    assert terminal.getvalue() == ""


def test_cli_no_progress_flag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    reuse_full_registries(monkeypatch)
    folder = _big_campaign(tmp_path)
    terminal = FakeTTY()
    monkeypatch.setattr("sys.stderr", terminal)
    main(["check", "--isolated", "--select", "FL0", "--jobs", "1", "--no-progress", str(folder)])
    assert terminal.getvalue() == ""
