"""Plugins run under the same isolation as built-in rules (issue 12, item 9): whatever a check
raises - SystemExit, its own KeyboardInterrupt, GeneratorExit, any BaseException - or however
long it hangs, it becomes FL010 and the run goes on. A real Ctrl-C still stops the run (exit 130,
no traceback)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

import _hostile_plugins as hostile
import followup_lint
from _core_testing import core_linter, core_registry
from followup_lint import RuleDocs, RuleSpec, Scope, Severity
from followup_lint.isolation import CheckGuard, untimed

TESTS = Path(__file__).resolve().parent
SRC = TESTS.parent / "src"

PEOPLE = [
    {"first_name": "Parissa", "last_name": "Behnia", "email": "parissa.behnia@northwind.example"},
    {"first_name": "José María", "last_name": "de la Cruz", "email": "jose.delacruz@solmar.example"},
    {"first_name": "小明", "last_name": "王", "email": "wang.xiaoming@lotusdata.example"},
]
TEMPLATE = "Hi {{ first_name }},\n\nThanks for joining the webinar on Tuesday, {{ frist_name }}.\n"


def spec(code: str, name: str, scope: Scope) -> RuleSpec:
    return RuleSpec(code, name, scope, Severity.WARNING, RuleDocs(f"{name} (test rule)"), "plugin 'acme'")


def lint_with(cls: type, scope: Scope, records: list[dict[str, Any]] = PEOPLE, **config: Any) -> followup_lint.Report:
    registry = core_registry()
    registry.add_rule(spec("ACME100", "acme-hostile", scope), cls)
    assert not registry.problems
    return followup_lint.lint(TEMPLATE, records, linter=core_linter(config, registry))


# what the check does, its scope, what the FL010 message must say, the row it names (None: no record)
MISBEHAVIOUR = [
    (hostile.ExitsInCheck, Scope.MESSAGE, "crashed on row 1 and was turned off for the rest of this input: SystemExit: 0", 1),
    (hostile.ExitsInPrepare, Scope.TEMPLATE, "crashed and was turned off for the rest of this input: SystemExit: 3", None),
    (hostile.ExitsInFinish, Scope.RECIPIENT, "crashed and was turned off for the rest of this input: SystemExit: bye", None),
    (hostile.InterruptsInCheck, Scope.RECIPIENT, "crashed on row 1 and was turned off for the rest of this input: KeyboardInterrupt", 1),
    (hostile.GeneratorExitInTemplate, Scope.TEMPLATE, "crashed and was turned off for the rest of this input: GeneratorExit", None),
    (hostile.BaseExceptionInCheck, Scope.MESSAGE, "crashed on row 1 and was turned off for the rest of this input: Odd: stopped half-way", 1),
    (hostile.CrashesUnprintably, Scope.RECIPIENT, "UnprintableError: (its message could not be read)", 1),
]


@pytest.mark.parametrize(("cls", "scope", "says", "row"), MISBEHAVIOUR, ids=[m[0].__name__ for m in MISBEHAVIOUR])
def test_a_misbehaving_check_is_fl010_and_the_run_goes_on(cls: type, scope: Scope, says: str, row: int | None) -> None:
    report = lint_with(cls, scope)
    crashes = [d for d in report.diagnostics if d.code == "FL010"]
    assert len(crashes) == 1, [d.message for d in report.diagnostics]
    assert crashes[0].message.startswith("rule ACME100 (acme-hostile) ")
    assert says in crashes[0].message
    assert (crashes[0].recipient.row if crashes[0].recipient else None) == row
    # the built-in rules still ran for every recipient: the misspelt variable is reported
    assert any(d.code == "FL003" for d in report.diagnostics)
    assert report.exit_code == 1


def test_a_check_that_ran_normally_is_not_reported() -> None:
    """The guard must not invent failures: a plugin that reports, then returns, is a plugin."""
    report = lint_with(hostile.LeaksInMessage, Scope.RECIPIENT)
    assert not [d for d in report.diagnostics if d.code == "FL010"]
    assert [d.recipient.row for d in report.diagnostics if d.code == "ACME100"] == [1, 2, 3]


HANGS = [
    (hostile.SpinsInCheck, Scope.MESSAGE, 1),  # a Python loop that even swallows the timeout, three times
    (hostile.SleepsInCheck, Scope.RECIPIENT, 1),  # blocked in a C call
    (hostile.SpinsInFinish, Scope.RECIPIENT, None),
]


@pytest.mark.parametrize(("cls", "scope", "row"), HANGS, ids=[h[0].__name__ for h in HANGS])
def test_a_hanging_check_is_stopped_reported_and_turned_off(cls: type, scope: Scope, row: int | None) -> None:
    started = time.monotonic()
    report = lint_with(cls, scope, **{"check-timeout": 0.3})
    elapsed = time.monotonic() - started
    crashes = [d for d in report.diagnostics if d.code == "FL010"]
    assert len(crashes) == 1, [d.message for d in report.diagnostics]
    assert "took longer than 0.3 s" in crashes[0].message and "turned off for the rest of this run" in crashes[0].message
    assert (crashes[0].recipient.row if crashes[0].recipient else None) == row
    assert any(d.code == "FL003" for d in report.diagnostics)
    # one hang, not one per recipient (a loose bound: this is no timing test, the machine is shared)
    assert elapsed < 30


def test_a_timed_out_rule_stays_off_for_the_other_templates(tmp_path: Path) -> None:
    for name in ("thanks.j2", "recording.j2", "survey.j2"):
        (tmp_path / name).write_text(TEMPLATE, encoding="utf-8")
    (tmp_path / "recipients.csv").write_text(
        "first_name,last_name,email\nParissa,Behnia,parissa.behnia@northwind.example\n", encoding="utf-8")
    registry = core_registry()
    registry.add_rule(spec("ACME100", "acme-hostile", Scope.MESSAGE), hostile.SpinsInCheck)
    report = followup_lint.lint_path(tmp_path, linter=core_linter({"check-timeout": 0.3}, registry))
    assert len([d for d in report.diagnostics if d.code == "FL010"]) == 1
    assert len([d for d in report.diagnostics if d.code == "FL003"]) == 3


def test_a_slow_one_time_load_does_not_count_against_the_budget() -> None:
    guard = CheckGuard(0.3)
    with guard:
        call = guard.enter()
        with untimed():
            time.sleep(0.8)  # building a pipeline, say
        guard.leave(call)  # no CheckTimeout


def test_the_guard_leaves_the_sigint_handler_as_it_found_it() -> None:
    before = signal.getsignal(signal.SIGINT)
    lint_with(hostile.InterruptsInCheck, Scope.RECIPIENT)
    assert signal.getsignal(signal.SIGINT) is before


def test_a_check_interrupt_in_a_worker_thread_is_fl010_too() -> None:
    """Off the main thread no SIGINT can arrive, so any KeyboardInterrupt is the check's own."""
    import threading

    result: list[followup_lint.Report] = []
    worker = threading.Thread(target=lambda: result.append(lint_with(hostile.InterruptsInCheck, Scope.RECIPIENT)))
    worker.start()
    worker.join(60)
    assert result and [d.code for d in result[0].diagnostics].count("FL010") == 1


def test_parallel_workers_isolate_checks_too(monkeypatch: pytest.MonkeyPatch) -> None:
    from followup_lint import parallel

    if parallel.job_count(2) < 2:
        pytest.skip("no fork on this platform")
    monkeypatch.setattr(parallel, "SEQUENTIAL_RECORDS", 4)
    monkeypatch.setattr(parallel, "CHUNK_RECORDS", 5)
    records = [{"first_name": f"Aiko{i}", "last_name": "Tanaka", "email": f"aiko.{i}@kumo.example"} for i in range(30)]
    registry = core_registry()
    registry.add_rule(spec("ACME100", "acme-hostile", Scope.RECIPIENT), hostile.SleepsInCheck)
    registry.add_rule(spec("ACME101", "acme-reports", Scope.RECIPIENT), hostile.LeaksInMessage)
    report = followup_lint.lint(TEMPLATE, records, linter=core_linter({"check-timeout": 0.3, "jobs": 2}, registry))
    crashes = [d for d in report.diagnostics if d.code == "FL010"]
    # the main process and each worker turn the rule off after its first hang
    assert 1 <= len(crashes) <= 3
    assert all("took longer than 0.3 s" in d.message for d in crashes)
    # the well-behaved plugin reported every record, in the main process and in the workers
    assert sorted(d.recipient.index for d in report.diagnostics if d.code == "ACME101") == list(range(30))


# --------------------------------------------------------------------------- the CLI


def _campaign(tmp_path: Path, check: str, scope: str, timeout: float = 10) -> Path:
    (tmp_path / "thanks.j2").write_text(TEMPLATE, encoding="utf-8")
    (tmp_path / "recipients.csv").write_text(
        "first_name,last_name,email\nParissa,Behnia,parissa.behnia@northwind.example\n"
        "Wei,Zhang,wei.zhang@lotusdata.example\n", encoding="utf-8")
    (tmp_path / "acme.yml").write_text(textwrap.dedent(f"""\
        rules:
          - code: ACME100
            name: acme-hostile
            summary: A plugin rule that misbehaves.
            scope: {scope}
            check: "_hostile_plugins:{check}"
        """), encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.followup-lint]\nrule-files = ["acme.yml"]\ncheck-timeout = {timeout}\n', encoding="utf-8")
    return tmp_path


def _run_cli(folder: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), str(TESTS)])}
    # started as from a terminal: Ctrl-C not ignored, even when this test run is a background job
    # of a non-interactive shell (which starts with SIGINT ignored, and children inherit that)
    return subprocess.Popen([sys.executable, "-m", "followup_lint", "check", "--no-progress", *args, str(folder)],
                            cwd=folder, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_sigint_as_from_a_terminal)


def _sigint_as_from_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("check", ["ExitsInCheck", "InterruptsInCheck"])
def test_cli_a_plugin_cannot_end_the_run_with_exit_0(tmp_path: Path, check: str) -> None:
    process = _run_cli(_campaign(tmp_path, check, "message"), "--format", "json")
    out, err = process.communicate(timeout=120)
    assert process.returncode == 1, err
    assert "Traceback" not in err
    assert '"code": "FL010"' in out and '"code": "FL003"' in out


def test_cli_a_real_ctrl_c_stops_the_run_with_130_and_no_traceback(tmp_path: Path) -> None:
    process = _run_cli(_campaign(tmp_path, "AnnouncesThenSleeps", "recipient", timeout=100))
    assert process.stderr is not None
    assert process.stderr.readline().strip() == "ACME READY"
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert err.strip() == "followup-lint: interrupted"
    assert "Traceback" not in err and out == ""


def test_a_nested_run_still_tells_a_checks_interrupt_from_the_users() -> None:
    """A run inside another run (lint() called from a service's own guarded code, a preview)
    finds the outer run's handler installed: that is ours, not the application's, so a
    KeyboardInterrupt raised by a check is still a crash, not a Ctrl-C."""
    import threading

    from followup_lint.isolation import CheckGuard

    if threading.current_thread() is not threading.main_thread():
        pytest.skip("signal handlers live in the main thread")
    with CheckGuard(10.0) as outer:
        assert not outer.is_real_interrupt(KeyboardInterrupt())
        with CheckGuard(10.0) as inner:
            assert not inner.is_real_interrupt(KeyboardInterrupt())
        assert not outer.is_real_interrupt(KeyboardInterrupt())

# --------------------------------------------------------------------------- loading


def test_a_plugin_that_exits_while_loading_is_fl011() -> None:
    registry = core_registry()
    registry.add_rule(spec("ACME100", "acme-hostile", Scope.RECIPIENT), hostile.ExitsWhenBuilt)

    def exits() -> Any:
        raise SystemExit(0)

    registry.add_entry_point("acme-exits", exits)
    assert [p.message for p in registry.problems] == [
        "rule ACME100 (acme-hostile) failed to load: SystemExit: 0",
        "plugin failed to load: SystemExit: 0",
    ]
    report = followup_lint.lint(TEMPLATE, PEOPLE, linter=core_linter({}, registry))
    assert [d.code for d in report.diagnostics].count("FL011") == 2
    assert report.exit_code == 1


def test_a_late_wake_up_is_not_taken_for_the_users_ctrl_c() -> None:
    """The watchdog's wake-up signal can be handled after the call it was sent for has settled
    (a loaded machine): it must not be read as a real Ctrl-C, which would let a check's own
    KeyboardInterrupt escape later."""
    import signal as signals
    import threading

    from followup_lint.isolation import CheckGuard

    if threading.current_thread() is not threading.main_thread():
        pytest.skip("signal handlers live in the main thread")
    from followup_lint.isolation import _WAKEUPS

    with CheckGuard(10.0):
        _WAKEUPS.add()  # as the watchdog does before it signals ...
    with CheckGuard(10.0) as guard:  # ... and the signal lands in the next run
        signals.raise_signal(signals.SIGINT)
        assert not guard.real_interrupt and not guard.is_real_interrupt(KeyboardInterrupt())


@pytest.mark.parametrize("handler", ["application", "ignored"])
def test_a_checks_interrupt_is_fl010_whatever_sigint_handler_the_application_has(handler: str) -> None:
    """An application with its own SIGINT handler (a Spark driver, a server), or one that ignores
    Ctrl-C: a KeyboardInterrupt raised by a check is still the check's crash, and the handler is
    put back afterwards."""
    calls: list[int] = []

    def application_handler(signum: int, frame: Any) -> None:
        calls.append(signum)

    previous = signal.getsignal(signal.SIGINT)
    mine = application_handler if handler == "application" else signal.SIG_IGN
    signal.signal(signal.SIGINT, mine)
    try:
        report = lint_with(hostile.InterruptsInCheck, Scope.RECIPIENT)
        assert [d.code for d in report.diagnostics if d.code == "FL010"] == ["FL010"]
        assert signal.getsignal(signal.SIGINT) is mine
        # and the watchdog can still wake a check that sleeps past its budget
        report = lint_with(hostile.SleepsInCheck, Scope.RECIPIENT, **{"check-timeout": 0.3})
        assert [d.code for d in report.diagnostics if d.code == "FL010"] == ["FL010"]
        assert signal.getsignal(signal.SIGINT) is mine
    finally:
        signal.signal(signal.SIGINT, previous)
    assert calls == []


def test_the_users_ctrl_c_reaches_the_applications_own_handler() -> None:
    """While a run is guarded, a real SIGINT is noted as the user's and handed to the
    application's handler, which decides what it does (here: stop with its own exception)."""
    from followup_lint.isolation import _WAKEUPS, CheckGuard

    while _WAKEUPS.take():  # a watchdog wake-up of an earlier test still in flight is not ours
        pass

    class Stop(Exception):
        pass

    def application_handler(signum: int, frame: Any) -> None:
        raise Stop

    previous = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, application_handler)
    try:
        with CheckGuard(5.0) as guard:
            with pytest.raises(Stop):
                signal.raise_signal(signal.SIGINT)
            assert guard.real_interrupt and guard.is_real_interrupt(KeyboardInterrupt())
        assert signal.getsignal(signal.SIGINT) is application_handler
    finally:
        signal.signal(signal.SIGINT, previous)
