"""Benchmark: the content layer (sentence roles), per process and per template.

    PYTHONPATH=src python benchmarks/bench_cues.py [--templates 200]

Measures, in this (fresh) process:

* reading each language's lemma table (rules/data/lemmas/), the first time it is needed;
* parsing the cue lexicons (rules/cues/) and the first template's roles;
* roles for every sentence of a template, over distinct realistic templates (cold caches:
  each template differs), through :func:`followup_lint.sentence_roles`, which also analyses the
  template (front matter, Jinja parse, neutral text) and segments it with spaCy;
* the same template again (the roles come from the content-hash cache).

Cues only (``model=None``): the classifier's own cost is measured by its benchmark.
Prints a Markdown table for benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

TEMPLATE = """---
subject: Quick idea for {{{{ company }}}}
---
Hi {{{{ first_name }}}},

I noticed {{{{ company }}}} is growing fast (#{n}). Congratulations! We help {{{{ segment }}}} teams with
{{{{ service }}}}, and our clients see 3x more replies.

Here is the benchmark we ran with 240 teams: {{{{ report_url }}}}

Can I get 15 minutes on Thursday? I'll call you tomorrow at 10 otherwise.

Best,
Sam Carter

P.S. Only three seats are left at this price, so reply today.
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--templates", type=int, default=200)
    args = parser.parse_args()
    rows: list[tuple[str, str]] = []

    from followup_lint.content import lemmas

    for lang in lemmas.LANGUAGES:
        started = time.perf_counter()
        table = lemmas.lemma_table(lang)
        rows.append((f"read the {lang} lemma table ({len(table):,} forms)", f"{(time.perf_counter() - started) * 1000:.0f} ms"))

    from followup_lint.content.lexicon import builtin_lexicon

    started = time.perf_counter()
    lexicon = builtin_lexicon()
    for lang in lemmas.LANGUAGES:
        lexicon.for_language(lang)
    count = sum(len(lexicon.for_language(lang).cues) for lang in lemmas.LANGUAGES)
    rows.append((f"parse the cue lexicons ({count} cues, 5 languages)", f"{(time.perf_counter() - started) * 1000:.0f} ms"))

    import followup_lint
    from followup_lint.text import nlp

    nlp()  # spaCy's import is measured by bench_tone.py
    started = time.perf_counter()
    followup_lint.sentence_roles(TEMPLATE.format(n=-1), model=None)
    rows.append(("first template (warm-up)", f"{(time.perf_counter() - started) * 1000:.1f} ms"))
    times = []
    for n in range(args.templates):
        started = time.perf_counter()
        followup_lint.sentence_roles(TEMPLATE.format(n=n), model=None)
        times.append(time.perf_counter() - started)
    median = statistics.median(times)
    rows.append((f"per distinct template, median of {args.templates} (10 sentences)", f"{median * 1000:.2f} ms ({1 / median:.0f} templates/s)"))
    started = time.perf_counter()
    followup_lint.sentence_roles(TEMPLATE.format(n=3), model=None)
    rows.append(("the same template again (roles from the cache; analysis redone)", f"{(time.perf_counter() - started) * 1000:.2f} ms"))

    print("| measurement | time |")
    print("|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
