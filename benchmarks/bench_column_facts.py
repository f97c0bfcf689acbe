"""Cost and memory of the per-column facts (column_facts.py) on a long recipient list.

    PYTHONPATH=src python benchmarks/bench_column_facts.py [--records 1000000]             # what the engine tracks
    PYTHONPATH=src python benchmarks/bench_column_facts.py --records 1000000 --columns 8   # forced: 8 columns
    PYTHONPATH=src python benchmarks/bench_column_facts.py --records 1000000 --labels      # headed "First Name", "Job Title"

By default the tracked columns are the ones the engine would track for ``TEMPLATE`` (a webinar
follow-up that also shows the webinar title and the e-mail address: ``tracked_paths`` leaves
out event, link, id and address fields, which no personalization decision reads; a sender field
is counted for FL306, whose signature may be empty in some rows).
``--columns N`` instead forces the first N of ``COLUMNS``, the unique Email column included.

Records look like a Zoom/HubSpot webinar export: a unique email, a given name from a small
set, a company from ~5,000, a webinar title that is the same for everyone, a Yes/No
``Attended``, a question that is mostly empty and otherwise unique, a job title with some
"N/A" and "-". The records are built in batches outside the timed section; only
``ListFacts.add`` is timed, in CPU time of this process (the machine is shared; wall time
is printed too). Memory is the size of what the facts hold (sys.getsizeof) after
each tenth of the list, and the peak RSS of the process (records are built and dropped in
batches, so a flat peak means the facts do not grow): both must stay flat.

``--labels`` heads the records' columns with labels ("First Name", "Job Title", "Webinar Title"),
as a HubSpot or GoTo export does, while the template reads identifiers: every tracked column is
then found through its label (column_names.py), the slowest case.

Floor: under 2 microseconds per record with the columns a template reads (issue 11).
"""

from __future__ import annotations

import argparse
import gc
import platform
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from followup_lint.column_facts import ListFacts, tracked_paths  # noqa: E402

TEMPLATE = """---
kind: follow-up
subject: "Recording: {{ webinar_title }}"
---
Hi {{ first_name }},

{% if Attended == "Yes" %}Thanks for joining us.{% else %}Sorry we missed you.{% endif %}
You asked about {{ question|default("forecasting", true) }}, which matters for {{ Company }}
and for a {{ job_title }} in {{ Country }}.

Replay: https://example.com/replay?u={{ Email }}

Maya Okafor
"""

GIVEN = ["Parissa", "Wei", "José", "Mary-Jane", "Siobhán", "Ludwig", "Aiko", "Oluwaseun", "Fatima", "Min-jun"]
TITLES = ["Head of RevOps", "VP Marketing", "Data Analyst", "N/A", "-", "Customer Success Lead", "CTO", ""]
# what a webinar follow-up reads: the engine tracks template variables, not links or addresses
COLUMNS = ["first_name", "Company", "webinar_title", "Attended", "question", "job_title", "Country", "Email"]
FLOOR_US = 2.0


def batch(start: int, size: int, rng: random.Random) -> list[dict[str, str]]:
    rows = []
    for i in range(start, start + size):
        rows.append({
            "Email": f"p{i}@company{i % 5000}.example",
            "first_name": GIVEN[i % len(GIVEN)],
            "Company": f"Company {rng.randrange(5000)}",
            "webinar_title": "Pipeline Hygiene for RevOps",
            "Attended": "Yes" if i % 3 else "No",
            "question": f"How do I forecast {i}?" if i % 10 == 0 else "",
            "job_title": TITLES[i % len(TITLES)],
            "Country": "Germany" if i % 2 else "United States",
            "Phone": "", "Registration Time": "2026-11-17 16:02:11", "Source": "LinkedIn",
        })
    return rows


def _label(key: str) -> str:
    return " ".join(w.capitalize() for w in key.split("_"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--columns", type=int, default=0,
                        help="force the first N of COLUMNS (8 = all, the unique Email column included); "
                             "default: what the engine tracks for TEMPLATE")
    parser.add_argument("--batch", type=int, default=50_000)
    parser.add_argument("--labels", action="store_true", help="head the columns with labels ('Job Title')")
    args = parser.parse_args()
    rng = random.Random(11)
    tracked = [(c,) for c in COLUMNS[: args.columns]] if args.columns else _engine_columns()
    facts = ListFacts(tracked)
    elapsed = 0.0
    wall = 0.0
    done = 0
    checkpoints = []
    step = args.records // 10
    while done < args.records:
        size = min(args.batch, args.records - done)
        rows = batch(done, size, rng)
        if args.labels:
            rows = [{_label(k): v for k, v in row.items()} for row in rows]
        gc.collect()  # building records is not what is measured
        start, start_wall = time.process_time(), time.perf_counter()
        add = facts.add
        for row in rows:
            add(row)
        elapsed += time.process_time() - start
        wall += time.perf_counter() - start_wall
        done += size
        del rows
        if done % step == 0:
            checkpoints.append((done, _held(facts), _peak_rss()))
    per_record = elapsed / args.records * 1e6
    print(f"python {platform.python_version()} {platform.machine()}, {args.records:,} records, "
          f"{len(tracked)} tracked columns: {', '.join('.'.join(p) for p in tracked)}")
    print(f"ListFacts.add: {elapsed:.2f} s CPU ({wall:.2f} s wall), {per_record:.2f} us CPU per record "
          f"(floor {FLOOR_US} us): {'met' if per_record < FLOOR_US else 'NOT met'}")
    print("after N records: memory held by the facts (KiB), peak RSS of the process (MiB):")
    for count, size, rss in checkpoints:
        print(f"  {count:>9,}  {size / 1024:8.1f} KiB  {rss:7.1f} MiB")
    for path, column in facts.columns.items():
        print(f"  {'.'.join(path):<14} present {column.present:>9,}  distinct {column.distinct:>9,}"
              f"{'' if column.exact else ' (estimated)'}  empty {column.share(column.empty):5.1%}"
              f"  junk {column.share(column.junk):5.1%}")


def _engine_columns() -> list[tuple[str, ...]]:
    """The columns the engine tracks for TEMPLATE (engine.py: ``tracked_paths``)."""
    from followup_lint.locales import builtin_locales
    from followup_lint.sandbox import LintSandbox
    from followup_lint.templates import analyse_template, read_template_source

    info = analyse_template(read_template_source(TEMPLATE, "<bench>"), LintSandbox(), builtin_locales())
    return tracked_paths([info])


def _peak_rss() -> float:
    """Peak resident set size of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _held(facts: ListFacts) -> int:
    """Bytes held by the facts: its counting tables and sketches (sys.getsizeof, shallow + keys)."""
    total = 0
    for column in facts.columns.values():
        total += sys.getsizeof(column.counts) + sum(sys.getsizeof(k) for k in column.counts)
        if column.sketch is not None:
            total += sys.getsizeof(column.sketch._heap) + sys.getsizeof(column.sketch._members)
            total += sum(sys.getsizeof(h) for h in column.sketch._heap)
    return total


if __name__ == "__main__":
    main()
