"""Issue 12's exact hostile templates under the default limits, each in a child process capped
at 1.5 GB (``benchmarks/bench_hostile.py``): every case ends by itself within 30 s, prints no
traceback, and is reported with the expected code and a location. Slow: about a minute."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_hostile.py"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_AS is POSIX only"),
]


@pytest.fixture(scope="module")
def results() -> dict:
    done = subprocess.run([sys.executable, str(BENCH), "--json"], capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def _case_names() -> list[str]:
    sys.path.insert(0, str(BENCH.parent))
    try:
        import bench_hostile
    finally:
        sys.path.pop(0)
    return sorted(bench_hostile.CASES)


@pytest.mark.parametrize("name", _case_names())
def test_hostile_case_ends_quickly_with_a_located_diagnostic(results: dict, name: str) -> None:
    result = results[name]
    found = result["found"]
    assert not any(code in ("RAISED", "HUNG", "CRASHED") for code, *_ in found), found
    expected = [f for f in found if f[0] == result["expected"]]
    assert expected, found
    assert all(line >= 1 and column >= 1 for _, line, column, _ in expected)
    assert result["seconds"] < 30
    assert result["peak_bytes"] < 1.5 * 1024 ** 3
    assert "Traceback" not in result["stderr"]
    assert result["records_unchanged"]
