"""Benchmark: spaCy start-up cost and per-template email segmentation.

Run from the repository root:

    PYTHONPATH=src python benchmarks/bench_text.py [--runs 200] [--processes 5]

Prints the median time of ``import spacy``, building the followup-lint pipeline
(``spacy.blank("en")`` + line-break component + sentencizer + inverted-mark fix-up), and of
``segment_email`` on a ~150-word plain-text and HTML follow-up email. ("import
followup_lint.text" includes the package ``__init__``; it must not import spaCy.) Start-up costs are
measured in fresh interpreter processes (each process pays them once); segmentation is
measured in-process after a warm-up call.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[1] / "src")
if SRC not in sys.path:
    sys.path.insert(0, SRC)

EMAIL = """Hi Alex,

Thanks for joining Tuesday's session on retention metrics. It was great to hear how your team \
tracks activation in the first two weeks, and your question about cohort curves started the \
best discussion of the hour.

As promised, here is the recording: https://example.com/webinars/retention-metrics. The slides \
are attached, and the Q&A transcript is on page 14. Most teams we spoke to see their curves \
flatten after week six; if that matches what you see, I'd love to hear how you handle the \
drop-off before then.

We are running a small follow-up workshop for product and success leads next month. It is free, \
it is hands-on, and we will work through real dashboards from the attendees.

Would a short call next week be useful to compare notes? Let me know what works for you.

Best,
Sam Lee
Customer Success, Acme
+1 555 0100

P.S. The workshop has a waiting list, so reply if you want a seat held."""

STARTUP = r"""
import json, sys, time
sys.path.insert(0, {src!r})
t0 = time.perf_counter()
import followup_lint.text as text_module
t1 = time.perf_counter()
assert "spacy" not in sys.modules
import spacy
t2 = time.perf_counter()
text_module.nlp()
t3 = time.perf_counter()
text_module.segment_email({email!r})
t4 = time.perf_counter()
spacy.blank("en")
t5 = time.perf_counter()
print(json.dumps({{
    "import followup_lint.text": t1 - t0,
    "import spacy": t2 - t1,
    "nlp(): blank('en') + components": t3 - t2,
    "first segment_email": t4 - t3,
    "another spacy.blank('en')": t5 - t4,
}}))
"""


def to_html(plain: str) -> str:
    paragraphs = plain.split("\n\n")
    return "".join(
        "<p>" + p.replace("&", "&amp;").replace("\n", "<br>\n") + "</p>\n" for p in paragraphs
    )


def startup(processes: int) -> dict[str, float]:
    runs: list[dict[str, float]] = []
    code = STARTUP.format(src=SRC, email=EMAIL)
    for _ in range(processes):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout
        runs.append(json.loads(out))
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def per_call(function, runs: int) -> float:
    function()  # warm-up
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        function()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200, help="segmentation runs (median)")
    parser.add_argument("--processes", type=int, default=5, help="fresh processes (median)")
    args = parser.parse_args()

    from followup_lint.text import nlp, segment_email

    html = to_html(EMAIL)
    words = len(EMAIL.split())
    print(f"python {platform.python_version()} on {platform.machine()}, "
          f"{words}-word email, medians")
    print(f"start-up (median of {args.processes} fresh processes):")
    for key, value in startup(args.processes).items():
        print(f"  {key:32} {value * 1000:8.1f} ms")

    nlp()
    print(f"per template (median of {args.runs} runs, pipeline already built):")
    results = {
        "segment_email, plain text": per_call(lambda: segment_email(EMAIL), args.runs),
        "segment_email, HTML": per_call(lambda: segment_email(html), args.runs),
        "nlp()(body) alone": per_call(lambda: nlp()(EMAIL), args.runs),
    }
    for key, value in results.items():
        print(f"  {key:32} {value * 1000:8.3f} ms  ({1 / value:,.0f}/s)")


if __name__ == "__main__":
    main()
