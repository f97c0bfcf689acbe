"""Plugin checks that misbehave the way real ones do (issue 12, items 8 and 9): they crash with
recipient data in the exception, put raw values in their own messages, end the process, raise
KeyboardInterrupt, or hang. Loaded by tests through rule files (``check: _hostile_plugins:X``)
or ``Registry.add_rule``."""

from __future__ import annotations

import sys
import time
from typing import Any, Iterable

from followup_lint import Finding, MessageCheck, RecipientCheck, TemplateCheck


class LeaksInCheck(MessageCheck):
    """Crashes for every record with a message built from the record's values, in other forms."""

    def check(self, target: Any, state: Any) -> Iterable[Finding]:
        data = target.recipient.data
        raise ValueError(f"cannot score {str(data.get('email', '')).upper()} "
                         f"({str(data.get('phone', '')).replace(' ', '')}, {str(data.get('last_name', '')).lower()})")


class LeaksInMessage(RecipientCheck):
    """Reports each record with its raw values in the message text (not in ``personal``)."""

    def check(self, target: Any, state: Any) -> Iterable[Finding]:
        data = target.recipient.data
        yield Finding(f"check {data.get('first_name', '')} {str(data.get('last_name', '')).upper()} "
                      f"at {data.get('email', '')}")


class LeaksInFinish(RecipientCheck):
    """Collects every email, reports them all in finish() and then crashes with them."""

    def prepare(self, context: Any) -> list[str]:
        return []

    def check(self, target: Any, state: list[str]) -> Iterable[Finding]:
        state.append(str(target.recipient.data.get("email", "")))
        return ()

    def finish(self, state: list[str]) -> Iterable[Finding]:
        yield Finding("possible duplicates: " + ", ".join(email.upper() for email in state))
        raise KeyError("; ".join(state))


class ExitsInCheck(MessageCheck):
    def check(self, target: Any, state: Any) -> Iterable[Finding]:
        sys.exit(0)


class ExitsInPrepare(TemplateCheck):
    def prepare(self, context: Any) -> Any:
        sys.exit(3)

    def check(self, target: Any, state: Any) -> Iterable[Finding]:
        return ()


class ExitsInFinish(RecipientCheck):
    def check(self, target: Any, state: Any) -> Iterable[Finding]:
        return ()

    def finish(self, state: Any) -> Iterable[Finding]:
        raise SystemExit("bye")


class InterruptsInCheck(RecipientCheck):
    def check(self, target: Any, state: Any) -> Iterable[Finding]:
        raise KeyboardInterrupt


class GeneratorExitInTemplate(TemplateCheck):
    def check(self, target: Any, state: Any) -> Iterable[Finding]:
        raise GeneratorExit


class BaseExceptionInCheck(MessageCheck):
    class Odd(BaseException):
        pass

    def check(self, target: Any, state: Any) -> Iterable[Finding]:
        yield Finding("first finding")
        raise self.Odd("stopped half-way")


class SpinsInCheck(MessageCheck):
    """Loops for ever and swallows every exception, the timeout included, for a while."""

    def check(self, target: Any, state: Any) -> Iterable[Finding]:
        caught = 0
        while caught < 3:
            try:
                while True:
                    pass
            except BaseException:
                caught += 1
        return ()


class SleepsInCheck(RecipientCheck):
    """Blocks in a C call (``time.sleep``), where no exception can be raised until it returns."""

    def check(self, target: Any, state: Any) -> Iterable[Finding]:
        time.sleep(120)
        return ()


class SpinsInFinish(RecipientCheck):
    def check(self, target: Any, state: Any) -> Iterable[Finding]:
        return ()

    def finish(self, state: Any) -> Iterable[Finding]:
        while True:
            pass


class UnprintableError(Exception):
    def __str__(self) -> str:
        raise RuntimeError("no message for you")


class CrashesUnprintably(RecipientCheck):
    def check(self, target: Any, state: Any) -> Iterable[Finding]:
        raise UnprintableError()


class AnnouncesThenSleeps(RecipientCheck):
    """Says so on stderr, then sleeps: a test sends a real Ctrl-C meanwhile."""

    def check(self, target: Any, state: Any) -> Iterable[Finding]:
        sys.stderr.write("ACME READY\n")
        sys.stderr.flush()
        time.sleep(60)
        return ()


class ExitsWhenBuilt(RecipientCheck):
    """Calls sys.exit() in its constructor, as a plugin with import-time side effects might."""

    def __init__(self, spec: Any) -> None:
        sys.exit(0)
