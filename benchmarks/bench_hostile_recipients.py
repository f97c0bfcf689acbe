"""Hostile recipient files (issue 12): time, peak memory and outcome of a whole CLI run each.

    python benchmarks/bench_hostile_recipients.py                 # every case, 300 s limit each
    python benchmarks/bench_hostile_recipients.py --limit 60 big-name-200k json-string-50mb

Each case writes a campaign folder (one short follow-up template and a recipients file) to a
temporary directory and runs ``followup-lint check --format json`` on it in a child process.
Reported per case: wall time, peak RSS of the child, exit status, whether a traceback was
printed, how many records were linted, and the FL02x diagnostics (codes and counts; never
values). The floor the issue sets: every case ends within 30 s and 1.5 GB, with no traceback
and every good row linted.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Callable

SRC = Path(__file__).resolve().parents[1] / "src"
TEMPLATE = "---\nsubject: Thanks for joining, {{ first_name }}\n---\nHi {{ first_name }},\n\nThanks for joining the webinar on churn cohorts.\n"
HEADER = "First Name,Last Name,Email,Company\n"
GOOD = [
    "Parissa,Behnia,parissa.behnia@bluefinch.example,Bluefinch Labs\n",
    "Siobhán,Ní Bhriain,siobhan@cairn.example,Cairn\n",
    "Jean-Luc,de la Cruz,jl.delacruz@solmar.example,Solmar\n",
    "Wei,Zhang,wei.zhang@lotusdata.example,Lotus Data\n",
    "Zoë,Lefèvre,zoe@atelier.example,Atelier\n",
]


def _csv(rows: list[str]) -> bytes:
    return (HEADER + "".join(rows)).encode()


def _write(folder: Path, name: str, data: bytes) -> None:
    (folder / name).write_bytes(data)


def _big_field(folder: Path, name: str, size: int, quoted: bool) -> None:
    with (folder / name).open("wb") as handle:
        handle.write(HEADER.encode())
        handle.write("".join(GOOD[:2]).encode())
        handle.write(b'"' if quoted else b"")
        # a quoted value (call notes) holds delimiters, doubled quotes and line breaks, as Excel writes them
        chunk = (b"Parissa " if not quoted else b'Call notes, part ""one"", follow up.\n') * 8192
        written = 0
        while written < size:
            handle.write(chunk)
            written += len(chunk)
        handle.write(b'"' if quoted else b"")
        handle.write(b",Behnia,p@bluefinch.example,Bluefinch\n")
        handle.write("".join(GOOD[2:]).encode())


def _json_string(folder: Path, size: int) -> None:
    with (folder / "recipients.json").open("wb") as handle:
        handle.write(b'[{"first_name": "Parissa", "email": "p@bluefinch.example"},\n {"first_name": "')
        chunk = b"Zo\\u00eb " * 8192
        written = 0
        while written < size:
            handle.write(chunk)
            written += len(chunk)
        handle.write(b'", "email": "z@atelier.example"},\n {"first_name": "Wei", "email": "wei@lotusdata.example"}]\n')


def _deep(folder: Path, name: str, depth: int) -> None:
    deep = "[" * depth + "]" * depth
    if name.endswith(".jsonl"):
        text = '{"first_name": "Wei"}\n{"first_name": "Aiko", "tags": ' + deep + '}\n{"first_name": "Zoë"}\n'
    else:
        text = '[{"first_name": "Wei"},\n {"first_name": "Aiko", "tags": ' + deep + '},\n {"first_name": "Zoë"}]\n'
    _write(folder, name, text.encode())


def _long_number(folder: Path, name: str) -> None:
    number = "7" * 5000
    if name.endswith(".jsonl"):
        text = f'{{"first_name": "Wei"}}\n{{"first_name": "Aiko", "phone": {number}}}\n{{"first_name": "Zoë"}}\n'
    else:
        text = f'[{{"first_name": "Wei"}},\n {{"first_name": "Aiko", "phone": {number}}},\n {{"first_name": "Zoë"}}]\n'
    _write(folder, name, text.encode())


def _fifo(folder: Path) -> None:
    os.mkfifo(folder / "recipients.csv")


def _loop(folder: Path) -> None:
    os.symlink(folder / "recipients.csv", folder / "recipients.csv")


CASES: dict[str, tuple[Callable[[Path], None], int]] = {
    # name: (writer, good rows that must be linted)
    "big-name-200k": (lambda f: _write(f, "recipients.csv", _csv(GOOD[:2] + ["P" * 200_000 + ",Behnia,p@x.example,X\n"] + GOOD[2:])), 5),
    "big-name-15mb": (lambda f: _big_field(f, "recipients.csv", 15 * 2**20, quoted=False), 5),
    "quoted-field-50mb": (lambda f: _big_field(f, "recipients.csv", 50 * 2**20, quoted=True), 5),
    "json-string-50mb": (lambda f: _json_string(f, 50 * 2**20), 2),
    "json-nested-100k": (lambda f: _deep(f, "recipients.json", 100_000), 2),
    "jsonl-nested-100k": (lambda f: _deep(f, "recipients.jsonl", 100_000), 2),
    "json-number-5000-digits": (lambda f: _long_number(f, "recipients.json"), 2),
    "jsonl-number-5000-digits": (lambda f: _long_number(f, "recipients.jsonl"), 2),
    "unterminated-quote": (lambda f: _write(f, "recipients.csv", _csv(['Wei,"Zhang,wei@lotusdata.example,Lotus\n'] + GOOD)), 5),
    "directory": (lambda f: (f / "recipients.csv").mkdir(), 0),
    "fifo": (_fifo, 0),
    "symlink-loop": (_loop, 0),
    "header-only": (lambda f: _write(f, "recipients.csv", HEADER.encode()), 0),
    "empty-jsonl": (lambda f: _write(f, "recipients.jsonl", b""), 0),
    "excel-sep-line": (lambda f: _write(f, "recipients.csv", ("sep=;\r\n" + HEADER.replace(",", ";") + "".join(GOOD).replace(",", ";")).encode("cp1252")), 5),
    "utf16-no-bom": (lambda f: _write(f, "recipients.csv", (HEADER + "".join(GOOD)).replace(",", "\t").encode("utf-16-le")), 5),
    "no-header": (lambda f: _write(f, "recipients.csv", "".join(GOOD).encode()), 4),
}


def run_case(name: str, limit: float) -> dict[str, object]:
    writer, good = CASES[name]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "followup.j2").write_text(TEMPLATE, encoding="utf-8")
        writer(folder)
        command = [sys.executable, "-m", "followup_lint", "check", "--format", "json", str(folder)]
        env = {**os.environ, "PYTHONPATH": str(SRC)}
        out_path, err_path = folder / "out.json", folder / "err.txt"
        with out_path.open("wb") as out_file, err_path.open("wb") as err_file:
            start = time.perf_counter()
            child = subprocess.Popen(command, stdout=out_file, stderr=err_file, env=env, start_new_session=True)
            status: object = "killed"
            rss = 0
            while True:
                pid, code, usage = os.wait4(child.pid, os.WNOHANG)
                if pid:
                    status, rss = os.waitstatus_to_exitcode(code), usage.ru_maxrss * 1024
                    break
                if time.perf_counter() - start > limit:
                    os.killpg(child.pid, 9)
                    _, _, usage = os.wait4(child.pid, 0)
                    rss = usage.ru_maxrss * 1024
                    break
                time.sleep(0.05)
            elapsed = time.perf_counter() - start
            child.returncode = 0  # reaped above
        out, err = out_path.read_bytes(), err_path.read_bytes()
    linted: object = "?"
    codes: Counter[str] = Counter()
    try:
        report = json.loads(out)
        linted = report["summary"].get("recipients")
        codes = Counter(d["code"] for d in report["diagnostics"] if d["code"].startswith("FL02"))
    except (ValueError, KeyError, TypeError):
        pass
    return {
        "case": name, "seconds": round(elapsed, 2), "peak_rss_mb": round(rss / 2**20), "exit": status,
        "traceback": b"Traceback" in err, "linted": linted, "good_rows": good, "fl02x": dict(sorted(codes.items())),
    }


def plain_read(rows: int) -> None:
    """Time ``read_recipient_file`` alone on a plain CSV and JSON array of ``rows`` records."""
    sys.path.insert(0, str(SRC))
    from followup_lint.recipients import Recipient, read_recipient_file

    with tempfile.TemporaryDirectory() as tmp:
        csv_path, json_path = Path(tmp) / "plain.csv", Path(tmp) / "plain.json"
        with csv_path.open("w", encoding="utf-8") as handle:
            handle.write("First Name,Last Name,Email,Company,Question\n")
            for i in range(rows):
                question = '"How do you define, ""active"" users?"' if i % 10 == 0 else "none"
                handle.write(f"Zoë{i},Lefèvre,zoe{i}@atelier.example,Atelier Nord,{question}\n")
        with json_path.open("w", encoding="utf-8") as handle:
            handle.write("[\n" + ",\n".join(
                json.dumps({"first_name": f"Zoë{i}", "last_name": "Lefèvre", "email": f"zoe{i}@atelier.example"},
                           ensure_ascii=False) for i in range(rows)) + "\n]\n")
        for path in (csv_path, json_path):
            best = float("inf")
            for _ in range(3):
                start = time.perf_counter()
                count = sum(isinstance(item, Recipient) for item in read_recipient_file(path))
                best = min(best, time.perf_counter() - start)
            print(f"{path.suffix}: {count:,} records read in {best:.2f} s (best of 3)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", help="cases to run (default: all)")
    parser.add_argument("--limit", type=float, default=300.0, help="seconds before a case is killed")
    parser.add_argument("--plain", type=int, metavar="ROWS", help="only time reading plain files of ROWS records")
    args = parser.parse_args()
    if args.plain:
        plain_read(args.plain)
        return 0
    print("| case | time | peak RSS | exit | traceback | records linted / good rows | FL02x |")
    print("|---|---|---|---|---|---|---|")
    for name in args.cases or list(CASES):
        r = run_case(name, args.limit)
        fl = ", ".join(f"{k} x{v}" for k, v in r["fl02x"].items()) or "none"  # type: ignore[union-attr]
        print(f"| {name} | {r['seconds']} s | {r['peak_rss_mb']} MB | {r['exit']} | {'yes' if r['traceback'] else 'no'} "
              f"| {r['linted']} / {r['good_rows']} | {fl} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
