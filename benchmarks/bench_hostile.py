"""The hostile templates of issue 12, under the default limits: time, peak memory, diagnostics.

Each case is linted by ``followup_lint.lint`` with every default rule and two recipients, in
its own child process whose address space is capped at 1.5 GB (``RLIMIT_AS``), so a case that
ever grows again fails here with a MemoryError instead of taking the machine down. The figure
to beat is the issue's: every case ends by itself within 30 s and 1.5 GB, without a traceback,
with a diagnostic that has a location.

    python benchmarks/bench_hostile.py                 # table on stdout
    python benchmarks/bench_hostile.py --json          # machine-readable (tests/test_hostile_defaults.py)
    python benchmarks/bench_hostile.py --only bigs-list tojson
    python benchmarks/bench_hostile.py --repeat 10 --only format-guard-loop   # the "hung in 2 of 10 runs" case
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MEMORY_CAP = 1536 * 1024 * 1024
TIME_LIMIT = 30.0

ALIAS_BOMB = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{chr(97 + i)}: &{chr(97 + i)} [" + ",".join([f"*{chr(96 + i)}"] * 9) + "]" for i in range(1, 9)]
    + ["subject: *i"]
)
GREETING = "Hi {{ first_name }},\n\n"

# name -> (template, the diagnostic code expected)
CASES: dict[str, tuple[str, str]] = {
    "bigs-list": (GREETING + "{{ ['x'*200000]*200000 }}\n", "FL005"),
    "tojson": (GREETING + "{{ (['x'*200000]*200000)|tojson }}\n", "FL005"),
    "string": (GREETING + "{{ (['x'*200000]*200000)|string }}\n", "FL005"),
    "dict-fromkeys": (GREETING + "{{ dict.fromkeys(range(10000), 'x'*200000) }}\n", "FL005"),
    "three-level-nested-list": (GREETING + "{{ [[['x'*200000]*1000]*1000]*1000 }}\n", "FL005"),
    "three-level-nested-set": (
        GREETING + "{% set a = ['x'*1000]*1000 %}{% set b = [a]*1000 %}{% set c = [b]*1000 %}{{ c|join(',') }}\n", "FL005"),
    "map-upper": (GREETING + "{{ (['x'*200000]*200000)|map('upper')|list|length }}\n", "FL005"),
    "format-guard-loop": (
        GREETING + "{% for i in range(10000) %}{% for j in range(10000) %}{% set _ = '{:>{w}}'.format('a', w=1) %}"
        "{% endfor %}{% endfor %}\n", "FL005"),
    "70-parentheses": (GREETING + "{{ " + "(" * 70 + "1" + ")" * 70 + " }}\n", "FL001"),
    "99-ifs": (GREETING + "{% if a %}" * 99 + "x" + "{% endif %}" * 99 + "\n", "FL001"),
    "21-fors": (GREETING + "".join(f"{{% for i{n} in [1] %}}" for n in range(21)) + "x" + "{% endfor %}" * 21 + "\n",
                "FL001"),
    "198-filters": (GREETING + "{{ first_name" + "|lower" * 198 + " }}\n", "FL001"),
    "201-terms": (GREETING + "{{ " + " + ".join(["1"] * 201) + " }}\n", "FL001"),
    "4301-digits": (GREETING + "{{ " + "9" * 4301 + " }}\n", "FL001"),
    "deep-yaml-flow": ("---\nsubject: " + "[" * 100000 + "]" * 100000 + "\n---\n" + GREETING, "FL012"),
    "deep-yaml-block": ("---\nsubject:\n" + "".join("  " * i + "- \n" for i in range(1, 200)) + "---\n" + GREETING,
                        "FL012"),
    "yaml-alias-bomb": ("---\n" + ALIAS_BOMB + "\n---\n" + GREETING, "FL012"),
    "subject-division": ("---\nsubject: 'Hello {{ 1/0 }}'\n---\n" + GREETING, "FL002"),
    "subject-dunder": ("---\nsubject: 'Hello {{ first_name.__class__ }}'\n---\n" + GREETING, "FL004"),
    "subject-oversized": ("---\nsubject: \"Hello {{ ['x'*200000]*200000 }}\"\n---\n" + GREETING, "FL005"),
    "record-update": (GREETING + "{{ contact.update({'company': 'Evil'}) }}{{ contact.company }}\n", "FL004"),
}

_CHILD = """
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))
import followup_lint
records = [
    {{"first_name": "Wei", "last_name": "Zhang", "email": "wei.zhang@lotusdata.example",
      "contact": {{"company": "Lotus Data"}}}},
    {{"first_name": "Aiko", "last_name": "Tanaka", "email": "aiko.tanaka@kumo.example",
      "contact": {{"company": "Kumo"}}}},
]
template = sys.stdin.read()
before = json.dumps(records)
started = time.monotonic()
try:
    report = followup_lint.lint(template, records)
    found = [[d.code, d.line, d.column, d.message] for d in report.diagnostics]
except BaseException as exc:
    found = [["RAISED", 0, 0, type(exc).__name__ + ": " + str(exc)[:300]]]
seconds = time.monotonic() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({{"seconds": seconds, "peak_bytes": peak, "found": found, "records_unchanged": json.dumps(records) == before}}))
"""


def run_case(template: str, timeout: float) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
    started = time.monotonic()
    try:
        done = subprocess.run([sys.executable, "-c", _CHILD.format(cap=MEMORY_CAP)], input=template, capture_output=True,
                              text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {"seconds": timeout, "peak_bytes": None, "found": [["HUNG", 0, 0, f"no answer in {timeout:g} s"]],
                "process_seconds": time.monotonic() - started, "stderr": ""}
    if done.returncode != 0 or not done.stdout.strip():
        return {"seconds": None, "peak_bytes": None, "found": [["CRASHED", 0, 0, done.stderr[-500:]]],
                "process_seconds": time.monotonic() - started, "stderr": done.stderr[-2000:]}
    result = json.loads(done.stdout)
    result["process_seconds"] = time.monotonic() - started
    result["stderr"] = done.stderr[-2000:]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="*", help="case names (default: all)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per case (the worst is reported)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    names = args.only or list(CASES)
    results = {}
    for name in names:
        template, expected = CASES[name]
        runs = [run_case(template, TIME_LIMIT * 2) for _ in range(args.repeat)]
        worst = max(runs, key=lambda r: r["process_seconds"])
        worst["expected"] = expected
        worst["runs"] = len(runs)
        worst["all_expected"] = all(any(f[0] == expected for f in r["found"]) for r in runs)
        results[name] = worst
    if args.json:
        print(json.dumps(results))
        return
    print("| case | expected | lint() time | whole process | peak RSS | diagnostics |")
    print("|---|---|---|---|---|---|")
    for name, r in results.items():
        peak = f"{r['peak_bytes'] / 2**20:.0f} MB" if r["peak_bytes"] else "-"
        seconds = f"{r['seconds']:.2f} s" if r["seconds"] is not None else "-"
        codes = ", ".join(sorted({f"{c} (line {line})" for c, line, _, _ in r["found"]})) or "none"
        runs = f" ({r['runs']} runs, worst)" if r["runs"] > 1 else ""
        print(f"| {name}{runs} | {r['expected']} | {seconds} | {r['process_seconds']:.2f} s | {peak} | {codes} |")


if __name__ == "__main__":
    main()
