"""Cost of ``followup_lint.spark.lint_dataframe`` per million rows on a local Spark session.

    python benchmarks/bench_spark.py --rows 1000000 [--master local[2]]

Writes the same synthetic list as bench_engine.py (accented and hyphenated names, a quarter
no-shows) to a temporary CSV, reads it with Spark and times the whole call including every
action it triggers (collecting findings and verdicts), plus ``lint_path`` on the same file as
the single-machine reference. Session start-up is excluded and reported separately.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_engine import TEMPLATE, write_recipients  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--skip-local", action="store_true", help="do not time lint_path for comparison")
    args = parser.parse_args()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    from followup_lint import Config, lint_path
    from followup_lint.spark import lint_dataframe

    with tempfile.TemporaryDirectory() as folder:
        csv_path = Path(folder) / "recipients.csv"
        write_recipients(csv_path, args.rows)
        template = Path(folder) / "follow-up.j2"
        template.write_text(TEMPLATE, encoding="utf-8")
        start = time.perf_counter()
        spark = (SparkSession.builder.master(args.master).appName("bench").config("spark.ui.enabled", "false")
                 .config("spark.driver.memory", "4g").getOrCreate())
        spark.sparkContext.setLogLevel("ERROR")
        startup = time.perf_counter() - start
        frame = spark.read.csv(str(csv_path), header=True)
        start = time.perf_counter()
        findings, verdicts = lint_dataframe(frame, [template], Config(), source=str(csv_path), row_offset=2)
        found = findings.count()
        held = verdicts.where("NOT send").count()
        spark_seconds = time.perf_counter() - start
        spark.stop()
        local_seconds = None
        if not args.skip_local:
            start = time.perf_counter()
            report = lint_path(template, recipients=csv_path, config=Config())
            local_seconds = time.perf_counter() - start
            assert len(report.diagnostics) == found, (len(report.diagnostics), found)
    per_million = spark_seconds * 1_000_000 / args.rows
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, master {args.master}")
    print(f"rows: {args.rows:,}; findings: {found:,}; held: {held:,}; session start-up {startup:.1f} s (excluded)")
    print(f"lint_dataframe: {spark_seconds:.1f} s ({per_million:.0f} s per million rows)")
    if local_seconds is not None:
        print(f"lint_path on the same CSV: {local_seconds:.1f} s (same findings: yes)")


if __name__ == "__main__":
    main()
