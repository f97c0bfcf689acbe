"""Peak memory and time of whole runs with many findings (issue 13: memory flat in the number
of findings, time linear in N).

    python benchmarks/bench_memory.py                                  # 10k and 100k
    python benchmarks/bench_memory.py --recipients 10000 100000 1000000

The list is the realistic one of ``bench_floor.py`` (accented, hyphenated and particle names,
seven companies, one record in twelve without one, a subject with a variable) with 45% no-shows,
so that the template, which thanks everyone for attending, has a finding on about half of the
records. Each N is linted by ``followup-lint check`` in a fresh process (all default rules,
default jobs, ``--no-cache``), writing the JSON report, which lists every diagnostic, and a
SARIF report (grouped) in the same run. Peak RSS is the largest process of the run
(``ru_maxrss`` of the children: the main process or a worker), time is wall-clock; "per
recipient" (the time minus the start-up, which is measured on ten records) shows whether time
grows linearly.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_floor import TEMPLATE, lint_command, measure, write_recipients  # noqa: E402

NO_SHOWS = 0.45


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--recipients", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    print(f"python {platform.python_version()}, {platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "follow-up.j2").write_text(TEMPLATE, encoding="utf-8")
        write_recipients(folder / "ten.csv", 10, no_shows=NO_SHOWS)
        startup, startup_rss, *_ = measure(lint_command(folder / "follow-up.j2", "-r", folder / "ten.csv", "--no-cache",
                                                       "-f", "json", "-o", os.devnull), folder)
        print(f"start-up (the same command on 10 records): {startup:.1f} s, {startup_rss:.0f} MB")
        print("| recipients | diagnostics | time | per recipient (minus start-up) | peak RSS | JSON report |")
        print("|---:|---:|---:|---:|---:|---:|")
        for count in args.recipients:
            path = folder / "recipients.csv"
            write_recipients(path, count, no_shows=NO_SHOWS)
            report, sarif = folder / "report.json", folder / "report.sarif"
            seconds, rss, status, _cpu = measure(lint_command(folder / "follow-up.j2", "-r", path, "--no-cache", "-f", "json",
                                                        "-o", report, "--report", f"sarif={sarif}"), folder)
            if status not in (0, 1):
                print(f"| {count:,} | failed with exit status {status} |")
                continue
            with report.open(encoding="utf-8") as handle:  # the summary is at the end of the file
                handle.seek(max(0, report.stat().st_size - 4096))
                tail = handle.read()
            found = json.loads("{" + tail[tail.rindex('"summary"'):])["summary"]["diagnostics"]
            size = report.stat().st_size / 2**20
            print(f"| {count:,} | {found:,} | {seconds:.1f} s | {(seconds - startup) / count * 1e6:.0f} us | {rss:.0f} MB "
                  f"| {size:.0f} MB |", flush=True)
            report.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
