"""What isolation and masking cost (issue 12, items 8 and 9).

* the guard around every check call (isolation.CheckGuard: enter + the inlined leave), against a
  bare try/except - this is on the hot path, once per record and enabled check;
* building a record's Masker and scrubbing one render-error message - the error path only;
* remembering one record's values for a plugin's finish() (SeenValues.add_record) - paid per
  record, but only when a plugin that has a finish() is enabled.

    python benchmarks/bench_isolation.py
"""

from __future__ import annotations

import platform
import sys
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from followup_lint.isolation import CheckGuard  # noqa: E402
from followup_lint.masking import Masker, SeenValues  # noqa: E402

RECORD = {
    "first_name": "José María", "last_name": "de la Cruz-Ortega", "email": "jm.delacruz@solmar.example",
    "phone": "+1 (415) 555-0134", "company": "Solmar Fincas", "employees": 85, "attended": "yes",
    "notes": "Prefers Spanish\nFollow up after Easter",
}
MESSAGE = "UndefinedError: 'dict object' has no attribute 'JM.DELACRUZ@SOLMAR.EXAMPLE'"


def best(statement, number: int) -> float:
    return min(timeit.repeat(statement, number=number, repeat=5)) / number


def main() -> None:
    guard = CheckGuard(10.0)

    def guarded() -> None:
        call = guard.enter()
        try:
            guard.running = 0
            if guard.fired:
                guard.over_budget(call)
        except BaseException:
            pass

    def bare() -> None:
        try:
            pass
        except Exception:
            pass

    with guard:
        overhead = best(guarded, 200_000) - best(bare, 200_000)
    masker_build = best(lambda: Masker.for_record(dict(RECORD, email=f"x{id(object())}@a.example")), 2_000)
    masker = Masker.for_record(RECORD)
    scrub = best(lambda: masker.scrub(MESSAGE), 5_000)
    seen = SeenValues()
    counter = iter(range(10**9))
    remember = best(lambda: seen.add_record(dict(RECORD, email=f"p{next(counter)}@solmar.example")), 5_000)
    print(f"python {platform.python_version()} on {platform.machine()}")
    print(f"guard per check call:            {overhead * 1e9:8.0f} ns")
    print(f"masker for one record (uncached): {masker_build * 1e6:8.1f} us")
    print(f"scrub one render-error message:  {scrub * 1e6:8.1f} us")
    print(f"remember one record (finish()):  {remember * 1e6:8.1f} us")


if __name__ == "__main__":
    main()
