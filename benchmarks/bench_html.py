"""Size and generation time of the HTML review page for a long list.

    python benchmarks/bench_html.py --recipients 10000 100000

Lints the ``careless`` template of bench_engine.py (about one finding per record: "yesterday"
against each record's webinar date, a company field without a fallback, "thanks for attending"
sent to no-shows) against N synthetic recipients, then times the HTML page alone: grouping,
the overview, re-reading the list once for the sampled previews (at most 3 per mistake),
rendering and masking them. The text format on the same report is timed too, as the floor the
page is compared against: both group every finding, the page also renders the previews.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from bench_engine import CARELESS, write_recipients  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--recipients", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()

    from followup_lint import Config, Linter, lint_path
    from followup_lint.formats import FormatOptions, get_renderer

    linter = Linter(Config(send_date=datetime.date(2026, 11, 23)))
    options = FormatOptions(linter=linter)
    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as folder:
        template = Path(folder) / "follow-up.j2"
        template.write_text(CARELESS, encoding="utf-8")
        for count in args.recipients:
            csv_path = Path(folder) / "recipients.csv"
            write_recipients(csv_path, count, careless=True)
            t0 = time.perf_counter()
            report = lint_path(template, recipients=csv_path, linter=linter)
            linted = time.perf_counter() - t0
            page_time = text_time = float("inf")
            page = ""
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                page = get_renderer("html")(report, linter.registry, options)
                page_time = min(page_time, time.perf_counter() - t0)
                t0 = time.perf_counter()
                get_renderer("text")(report, linter.registry, options)
                text_time = min(text_time, time.perf_counter() - t0)
            size = len(page.encode("utf-8"))
            previews = page.count('class="preview"')
            print(f"{count:>8,} recipients, {len(report.diagnostics):,} diagnostics: lint {linted:.2f} s; "
                  f"html page {page_time:.2f} s, {size / 1024:,.0f} KiB, {page.count('<article'):,} mistakes, "
                  f"{previews:,} previews; text format {text_time:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
