"""Name knowledge costs: cold load of the tables, and per-record work of the name functions.

    python benchmarks/bench_names.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
COLD = "import time, followup_lint.names as n; t = time.perf_counter(); k = n.name_knowledge(); print(time.perf_counter() - t)"


def main() -> int:
    loads = [
        float(subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True,
                             env={"PYTHONPATH": str(SRC)}).stdout)
        for _ in range(7)
    ]
    print(f"cold load of the name tables: median {statistics.median(loads) * 1000:.1f} ms over {len(loads)} processes")

    sys.path.insert(0, str(SRC))
    from followup_lint import names as N

    N.name_knowledge()
    records = [(f"Name{i}", f"Family{i}", f"name{i}.family{i}@example.com") for i in range(5000)]
    start = time.perf_counter()
    for first, last, email in records:
        N.junk_finding(first, "given")
        N.casing_suggestion(last, "family")
        N.swap_verdict(first, last, email)
    unique = (time.perf_counter() - start) / len(records)
    start = time.perf_counter()
    for _ in range(5):
        for first, last, email in records[:1000]:
            N.junk_finding(first, "given")
            N.casing_suggestion(last, "family")
            N.swap_verdict(first, last, email)
    repeated = (time.perf_counter() - start) / 5000
    print(f"junk + casing + swap per record: {unique * 1e6:.1f} µs (unique values), {repeated * 1e6:.1f} µs (repeated values)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
