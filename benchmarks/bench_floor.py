"""The linter against its floor, peak memory, and the pre-commit case, measured in one run.

    python benchmarks/bench_floor.py                      # 10k and 100k recipients, pre-commit, 1,000 templates
    python benchmarks/bench_floor.py --recipients 1000000 --no-precommit --templates 0

The list is the realistic one of issue 13: accented, hyphenated and particle names, seven
companies (one record in twelve without one), a subject with a variable, a quarter of the list
no-shows. The template thanks everyone for attending, so about a third of the records get a
finding. Three things are measured, each in its own process so that peak RSS is its own:

- the floor: read the CSV and render the same body and subject for every record in a plain
  loop in Jinja's sandbox, on one core;
- ``followup-lint check`` on the same files (all default rules, default jobs, JSON report to
  /dev/null, ``--no-cache``), start-up and rule loading included, and the same command on a
  ten-record list, which is the fixed start-up cost;
- the pre-commit case: 20 templates against a 40-record list, cold (``--no-cache``), warm
  (nothing changed) and with one template changed;
- many small templates: ``--templates`` (1,000) different templates against a 10-record list in
  one folder, ``check FOLDER --no-cache``, against its own floor: compile every template in the
  sandbox and render it for the ten records, one core.

Times are wall-clock seconds, the best of ``--repeat`` runs; peak RSS is the largest process
(``ru_maxrss`` of the children).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GIVEN = ["Parissa", "Wei", "José", "Mary-Jane", "Siobhán", "Ludwig", "Aiko", "Oluwaseun", "Fatima",
         "Min-jun", "Zoë", "Tomasz", "Kwame", "Priya", "Daniel", "Sarah", "Jordan", "Anne-Sophie", "Ana", "Lan"]
FAMILY = ["Behnia", "Zhang", "García Márquez", "Watson", "Ní Bhriain", "van Beethoven", "Tanaka",
          "Adeyemi", "Al-Sayed", "Park", "Lefèvre", "Wiśniewski", "Mensah", "Raman", "Okoro", "Cohen",
          "Taylor", "Smith-Jones", "de la Cruz", "Nguyen"]
COMPANIES = ["Bluefinch Labs", "Harbourline", "Kestrel Analytics", "Nordlicht GmbH", "Société Générale des Eaux",
             "Okapi Health", "Tanaka & Partners"]

SUBJECT = "{{ first_name }}, your recording of {{ webinar_title }}"
BODY = """Hi {{ first_name }},

Thanks for attending {{ webinar_title }} on Tuesday. Here is the recording: {{ recording_url }}

The team from {{ company }} asked the best questions of the session.

Best,
Dana Okafor
"""
TEMPLATE = f'---\nsubject: "{SUBJECT}"\nkind: follow-up\nlocale: en\n---\n{BODY}'

FLOOR = """
import csv, sys, time
from jinja2.sandbox import SandboxedEnvironment
body_text, subject_text, path = sys.argv[1], sys.argv[2], sys.argv[3]
start = time.perf_counter()
env = SandboxedEnvironment(autoescape=False)
body, subject = env.from_string(body_text), env.from_string(subject_text)
chars = 0
with open(path, newline="", encoding="utf-8") as handle:
    for record in csv.DictReader(handle):
        chars += len(body.render(record)) + len(subject.render(record))
print(time.perf_counter() - start)
"""

MANY_FLOOR = """
import csv, pathlib, sys, time
from jinja2.sandbox import SandboxedEnvironment
folder = pathlib.Path(sys.argv[1])
start = time.perf_counter()
env = SandboxedEnvironment(autoescape=False)
with open(folder / "recipients.csv", newline="", encoding="utf-8") as handle:
    records = list(csv.DictReader(handle))
chars = 0
for path in sorted(folder.glob("*.j2")):
    text = path.read_text(encoding="utf-8")
    front, body = text[4:].split("\\n---\\n", 1)
    subject = front.split("subject: ", 1)[1].split("\\n", 1)[0].strip('"')
    body_template, subject_template = env.from_string(body), env.from_string(subject)
    for record in records:
        chars += len(body_template.render(record)) + len(subject_template.render(record))
print(time.perf_counter() - start)
"""

MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
took = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(took, usage.ru_maxrss, done.returncode, usage.ru_utime + usage.ru_stime)
if done.returncode not in (0, 1) or (done.returncode and "Traceback" in done.stderr.decode()):
    sys.stderr.write(done.stderr.decode())
"""


def write_recipients(path: Path, count: int, seed: int = 13, no_shows: float = 0.25) -> None:
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["first_name", "last_name", "email", "company", "attended", "webinar_title", "recording_url"])
        for i in range(count):
            given, family = rng.choice(GIVEN), rng.choice(FAMILY)
            local = f"{given}.{family}".lower().replace(" ", "").replace("'", "")
            company = "" if rng.random() < 1 / 12 else rng.choice(COMPANIES)
            attended = "no" if rng.random() < no_shows else "yes"
            writer.writerow([given, family, f"{local}{i}@example.com", company, attended,
                             "Retention Metrics 101", "https://example.com/r/101"])


def measure(command: list[str], cwd: Path) -> tuple[float, float, int, float]:
    """(seconds, peak RSS in MB, exit status, CPU seconds of all its processes) of a command run
    in a fresh process."""
    out = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, cwd=cwd,
                         env=_env(), check=True)
    if out.stderr:
        sys.stderr.write(out.stderr)
    seconds, rss_kb, status, cpu = out.stdout.split()
    return float(seconds), int(rss_kb) / 1024, int(status), float(cpu)


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "CI")}
    env["PYTHONPATH"] = str(ROOT / "src")
    return env


def best(command: list[str], cwd: Path, repeat: int, *, statuses: tuple[int, ...] = (0, 1)) -> tuple[float, float]:
    """(best wall-clock seconds, largest peak RSS) over ``repeat`` runs; :data:`LAST_CPU` gets
    the least CPU seconds (all processes of the command together)."""
    global LAST_CPU
    runs = [measure(command, cwd) for _ in range(repeat)]
    failed = [r[2] for r in runs if r[2] not in statuses]
    if failed:
        raise SystemExit(f"{command[:4]} exited with {failed[0]}")
    LAST_CPU = min(r[3] for r in runs)
    return min(r[0] for r in runs), max(r[1] for r in runs)


LAST_CPU = 0.0


def lint_command(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "followup_lint", "check", "--no-progress", "--send-date", "2026-11-20",
            *map(str, args)]


def bench_list(folder: Path, counts: list[int], repeat: int) -> None:
    (folder / "follow-up.j2").write_text(TEMPLATE, encoding="utf-8")
    small = folder / "ten.csv"
    write_recipients(small, 10)
    startup, startup_rss = best(lint_command(folder / "follow-up.j2", "-r", small, "--no-cache", "-f", "json",
                                             "-o", os.devnull), folder, repeat)
    print(f"start-up (check on 10 records): {startup:.2f} s, {startup_rss:.0f} MB")
    startup_cpu = LAST_CPU
    print("| recipients | floor (1 core) | check (2 cores) | ratio | check minus start-up | ratio | CPU floor / check "
          "minus start-up | CPU ratio | diagnostics | peak RSS check | peak RSS floor |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for count in counts:
        path = folder / "recipients.csv"
        write_recipients(path, count)
        floor, floor_rss = best([sys.executable, "-c", FLOOR, BODY, SUBJECT, str(path)], folder, repeat, statuses=(0,))
        floor_cpu = LAST_CPU
        lint, lint_rss = best(lint_command(folder / "follow-up.j2", "-r", path, "--no-cache", "-f", "json",
                                           "-o", folder / "report.json"), folder, repeat)
        lint_cpu = LAST_CPU - startup_cpu
        found = json.loads((folder / "report.json").read_text(encoding="utf-8"))["summary"]["diagnostics"]
        print(f"| {count:,} | {floor:.2f} s | {lint:.2f} s | {lint / floor:.1f}x | {lint - startup:.2f} s "
              f"| {(lint - startup) / floor:.1f}x | {floor_cpu:.2f} s / {lint_cpu:.2f} s | {lint_cpu / floor_cpu:.1f}x "
              f"| {found:,} | {lint_rss:.0f} MB | {floor_rss:.0f} MB |")


def bench_precommit(folder: Path, repeat: int) -> None:
    campaign = folder / "campaign"
    campaign.mkdir()
    write_recipients(campaign / "recipients.csv", 40)
    for n in range(20):
        (campaign / f"follow-up-{n:02}.j2").write_text(TEMPLATE.replace("Tuesday", f"Tuesday ({n})"), encoding="utf-8")
    command = lint_command(campaign)
    cold, cold_rss = best([*command, "--no-cache"], folder, repeat)
    measure(command, folder)  # fills the cache
    warm, warm_rss = best(command, folder, repeat)
    changed: list[tuple[float, float]] = []
    for n in range(repeat):
        target = campaign / f"follow-up-{n:02}.j2"
        target.write_text(target.read_text(encoding="utf-8") + f"\nP.S. change {n}\n", encoding="utf-8")
        changed.append(measure(command, folder)[:2])
    # what pre-commit runs: only the changed file is passed (pass_filenames)
    passed: list[tuple[float, float]] = []
    for n in range(repeat):
        target = campaign / f"follow-up-{n + repeat:02}.j2"
        target.write_text(target.read_text(encoding="utf-8") + f"\nP.S. change {n}\n", encoding="utf-8")
        passed.append(measure(lint_command(target), folder)[:2])
    print("| 20 templates x 40 recipients | time | peak RSS |")
    print("|---|---:|---:|")
    print(f"| cold (`--no-cache`) | {cold:.2f} s | {cold_rss:.0f} MB |")
    print(f"| warm, nothing changed | {warm:.2f} s | {warm_rss:.0f} MB |")
    print(f"| one template changed, `check FOLDER` | {min(changed)[0]:.2f} s | {min(changed)[1]:.0f} MB |")
    print(f"| one template changed, only that file passed (pre-commit) | {min(passed)[0]:.2f} s | {min(passed)[1]:.0f} MB |")


def bench_many(folder: Path, count: int, repeat: int) -> None:
    """``count`` different templates (one sentence differs) against ten recipients."""
    campaign = folder / "many"
    campaign.mkdir()
    write_recipients(campaign / "recipients.csv", 10)
    for n in range(count):
        text = TEMPLATE.replace("asked the best questions of the session.",
                                f"asked the best questions of session {n}: we will answer question {n % 7 + 1} first.")
        (campaign / f"follow-up-{n:04}.j2").write_text(text, encoding="utf-8")
    floor, _ = best([sys.executable, "-c", MANY_FLOOR, str(campaign)], folder, repeat, statuses=(0,))
    one, _ = best([*lint_command(campaign / "follow-up-0000.j2"), "-r", campaign / "recipients.csv", "--no-cache", "-f",
                   "json", "-o", os.devnull], folder, repeat)
    lint, lint_rss = best([*lint_command(campaign), "--no-cache", "-f", "json", "-o", folder / "many.json"], folder, repeat)
    found = json.loads((folder / "many.json").read_text(encoding="utf-8"))["summary"]["diagnostics"]
    print(f"| {count:,} templates x 10 recipients | floor (1 core) | check | minus start-up (one template) "
          "| per template | ratio | diagnostics | peak RSS |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    print(f"| `check FOLDER --no-cache` | {floor:.2f} s | {lint:.2f} s | {lint - one:.2f} s | "
          f"{(lint - one) / count * 1000:.1f} ms | {lint / floor:.1f}x | {found:,} | {lint_rss:.0f} MB |")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--recipients", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--no-precommit", dest="precommit", action="store_false")
    parser.add_argument("--templates", type=int, default=1000, help="many-templates case (0: skip)")
    args = parser.parse_args()
    print(f"python {platform.python_version()}, {platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as folder:
        if args.recipients:
            bench_list(Path(folder), args.recipients, args.repeat)
        if args.precommit:
            bench_precommit(Path(folder), args.repeat)
        if args.templates:
            bench_many(Path(folder), args.templates, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
