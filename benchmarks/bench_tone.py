"""Benchmark: opener/tone (FL2xx) and subject/compliance (FL5xx) rules, per template.

    PYTHONPATH=src python benchmarks/bench_tone.py [--templates 300] [--recipients 2000]

Measures, each in a fresh process where start-up matters:

* ``import spacy`` + the blank pipeline (what the first NLP rule pays, once per process);
* loading the rule registry (compiles every RE2 pattern; must not import spaCy);
* per-template analysis time for FL2 + FL5 (segmentation + phrase rules), FL5 alone (no
  spaCy needed) and FL0 alone for comparison, over distinct realistic templates;
* that FL2/FL5 cost does not grow with the number of recipients (they run once per template).

Prints a Markdown table for benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

BASES = [
    # webinar follow-up, relationship-first
    """---
subject: Your recording of Tuesday's retention session
kind: follow-up
---
Hi {{ first_name | default('there', true) }},

Thanks for joining Tuesday's session on retention metrics (#{n}). Here is the recording: {{ recording_url }}

You asked about cohort definitions in the chat; slide 14 shows the three we use, and the
template is linked on the last slide. Two other attendees asked the same thing, so I wrote
up a longer answer on the blog.

If it would help, I'm happy to walk your team through setting it up.

Best,
Sam Carter
Head of Customer Education, Acme
""",
    # cold outreach, hard sell
    """---
subject: "RE: 50% off for {{ company }} - act now!!"
kind: prospecting
---
Hi {{ first_name }},

Our AI-powered platform can double your pipeline in 90 days (offer {n}). We've helped over 300
B2B companies triple their reply rates, and we're the leading provider of sales engagement.

Can I get 15 minutes on your calendar next week? Only 3 seats left in the pilot, so hurry.

Cheers,
Jordan
""",
    # empty follow-up
    """---
subject: Following up
---
Hi {{ first_name }},

Just checking in to see if you had a chance to review my last email (#{n}).

Best,
Sam
""",
    # HTML marketing newsletter
    """---
subject: The spring webinar series, part {n}
kind: newsletter
---
<html><body>
<p>Hi {{ first_name }},</p>
<p>Three sessions on retention, onboarding and pricing, with the practitioners who ran them.
<b>Seats are limited</b>, but every session is recorded.</p>
<p><a href="{{ register_url }}">Save your seat</a></p>
<p>Best,<br>The Acme team</p>
<p style="font-size:11px"><a href="{{ unsubscribe_url }}">Unsubscribe</a></p>
</body></html>
""",
    # German conference follow-up
    """---
subject: Ihre Frage vom Forum {n}
locale: de
---
Hallo {{ first_name }},

danke für Ihre Frage zur Kundenbindung auf dem Forum. Anbei die Folien und die Vorlage.

Wenn es hilft, zeige ich Ihrem Team gerne, wie andere Teams sie nutzen.

Viele Grüße
Anna Becker
""",
    # French / Spanish / Dutch mixed short notes
    """---
subject: Votre enregistrement ({n})
---
Bonjour {{ first_name }},

Merci d'avoir participé à notre atelier. Voici l'enregistrement : {{ recording_url }}

Cordialement,
Claire
""",
    """---
subject: "Tu grabación del martes"
---
Hola {{ first_name }}:

Gracias por asistir a la sesión {n}. Aquí tienes la grabación y las diapositivas.

Un saludo,
Lucía
""",
    """---
subject: Je opname van dinsdag
---
Beste {{ first_name }},

Bedankt voor je vraag tijdens sessie {n}. Hierbij de slides en de opname.

Met vriendelijke groet,
Daan
""",
]


def templates(count: int) -> list[str]:
    return [BASES[i % len(BASES)].replace("{n}", str(i)) for i in range(count)]


SPACY_IMPORT = """
import time
t0 = time.perf_counter()
import spacy
t1 = time.perf_counter()
spacy.blank("en")
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""

REGISTRY = """
import sys, time
sys.path.insert(0, {src!r})
t0 = time.perf_counter()
from followup_lint.config import Config
from followup_lint.engine import Linter
Linter(Config())
print(time.perf_counter() - t0, "spacy" in sys.modules)
"""

FIRST_TEMPLATE = """
import sys, time
sys.path.insert(0, {src!r})
from followup_lint.config import Config
from followup_lint.engine import Linter
from followup_lint.api import lint
linter = Linter(Config(select=("FL2", "FL5")))
t0 = time.perf_counter()
lint({template!r}, linter=linter)
print(time.perf_counter() - t0)
"""


def fresh(script: str) -> str:
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout


def per_template(select: tuple[str, ...], items: list[str], recipients: int = 0) -> tuple[float, float]:
    """(median ms per template, total seconds) with a warmed-up linter."""
    from followup_lint.api import lint
    from followup_lint.config import Config
    from followup_lint.engine import Linter

    linter = Linter(Config(select=select))
    records = [{"first_name": f"Person{i}", "company": "Example", "recording_url": "https://x.example/r",
                "register_url": "https://x.example/s", "unsubscribe_url": "https://x.example/u"} for i in range(recipients)]
    lint(items[0] + "\nwarm-up\n", records, linter=linter)  # loads spaCy if needed
    timings = []
    start = time.perf_counter()
    for text in items:
        t0 = time.perf_counter()
        lint(text, records, linter=linter)
        timings.append(time.perf_counter() - t0)
    return statistics.median(timings) * 1000, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--templates", type=int, default=300)
    parser.add_argument("--recipients", type=int, default=2000)
    args = parser.parse_args()
    src = str(ROOT / "src")

    imports = [tuple(map(float, fresh(SPACY_IMPORT).split())) for _ in range(3)]
    import_s = statistics.median(i[0] for i in imports)
    blank_s = statistics.median(i[1] for i in imports)
    reg = [fresh(REGISTRY.format(src=src)).split() for _ in range(3)]
    registry_s = statistics.median(float(r[0]) for r in reg)
    registry_spacy = reg[0][1]
    first_s = statistics.median(
        float(fresh(FIRST_TEMPLATE.format(src=src, template=BASES[0].replace("{n}", "0")))) for _ in range(3)
    )

    items = templates(args.templates)
    rows = [
        ("FL2 + FL5", ("FL2", "FL5")),
        ("FL5 only (no spaCy)", ("FL5",)),
        ("FL0 only (baseline)", ("FL0",)),
    ]
    results = [(label, *per_template(select, items)) for label, select in rows]
    sample = items[:40]
    added_none = per_template(("FL0", "FL2", "FL5"), sample)[0] - per_template(("FL0",), sample)[0]
    added_many = (
        per_template(("FL0", "FL2", "FL5"), sample, recipients=args.recipients)[0]
        - per_template(("FL0",), sample, recipients=args.recipients)[0]
    )

    print(f"python {sys.version.split()[0]}, {args.templates} distinct templates ({len(BASES)} shapes, 4 languages, plain and HTML)\n")
    print("| measurement | time |")
    print("|---|---|")
    print(f"| `import spacy` (fresh process) | {import_s:.2f} s |")
    print(f"| `spacy.blank(\"en\")` | {blank_s:.2f} s |")
    print(f"| load all rule packs, validating every RE2 pattern (spaCy imported: {registry_spacy}) | {registry_s:.2f} s |")
    print(f"| first template with FL2+FL5 in a fresh process (spaCy import and pipeline, matchers compiled) | {first_s:.2f} s |")
    for label, median_ms, total in results:
        print(f"| per template, {label}, median | {median_ms:.2f} ms ({args.templates / total:.0f} templates/s) |")
    print(f"| time FL2 + FL5 add to FL0 per template: no recipients / {args.recipients} recipients "
          f"(they run once per template) | {added_none:.2f} ms / {added_many:.2f} ms |")


if __name__ == "__main__":
    main()
