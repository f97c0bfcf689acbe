"""Benchmark: per-template cost of the length / reading-level / asks metrics (FL230-FL233).

Run from the repository root:

    PYTHONPATH=src python benchmarks/bench_metrics.py [--runs 300]

The metrics are computed once per template (never per recipient), so their cost is paid once
per template in a run. Prints the median time, after a warm-up, of:

* ``readability`` on the ~150-word email of bench_text.py, with the syllable cache cleared
  before each run (cold) and kept (warm);
* ``template_metrics`` on the same email as a template, with the segmentation already done
  (it is shared with the other content rules) and the sentence-role cache cleared (cold) -
  this includes reading every sentence's roles for the ask count;
* the same in German, French, Spanish and Dutch.
"""

from __future__ import annotations

import argparse
import platform
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_text import EMAIL  # noqa: E402

from followup_lint.content import metrics as metrics_module  # noqa: E402
from followup_lint.content import roles as roles_module  # noqa: E402
from followup_lint.content.readability import readability  # noqa: E402
from followup_lint.content.syllables import count_syllables  # noqa: E402
from followup_lint.context import TemplateContext  # noqa: E402
from followup_lint.engine import Linter  # noqa: E402
from followup_lint.templates import analyse_template, read_template_source  # noqa: E402

OTHER_LANGUAGES = {
    "de": "Hallo {{ first_name }},\n\ndanke für Ihre Frage im Webinar am Dienstag. Sie wollten wissen, wie man Kunden "
    "erkennt, die bald kündigen. Die kurze Antwort: Schauen Sie, wer sich nicht mehr anmeldet. Hier ist die Liste, "
    "die wir dafür nutzen: {{ sheet_url }}\n\nHätten Sie nächste Woche Zeit für ein kurzes Gespräch?\n\nViele Grüße\nJonas\n",
    "fr": "Bonjour {{ first_name }},\n\nmerci pour votre question mardi. Vous vouliez savoir comment repérer les clients "
    "qui vont partir. La réponse est simple : regardez qui ne se connecte plus. Voici le tableau : {{ sheet_url }}\n\n"
    "Seriez-vous disponible pour un appel la semaine prochaine ?\n\nBien cordialement,\nCamille\n",
    "es": "Hola {{ first_name }}:\n\ngracias por tu pregunta del martes. Querías saber cómo ver qué clientes se van a ir. "
    "La respuesta es fácil: mira quién ya no entra. Aquí tienes la hoja: {{ sheet_url }}\n\n¿Tendrías 15 minutos la "
    "semana que viene?\n\nUn saludo,\nLucía\n",
    "nl": "Hoi {{ first_name }},\n\ndank voor je vraag van dinsdag. Je wilde weten hoe je klanten ziet die bijna weggaan. "
    "Het korte antwoord: kijk wie niet meer inlogt. Hier is de lijst: {{ sheet_url }}\n\nHeb je volgende week een "
    "kwartiertje voor een gesprek?\n\nGroeten,\nSanne\n",
}


def median_ms(run, runs: int, before=None) -> float:  # type: ignore[no-untyped-def]
    run()
    times = []
    for _ in range(runs):
        if before is not None:
            before()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def context_for(text: str, locale: str) -> TemplateContext:
    linter = Linter()
    source = read_template_source(f"---\nlocale: {locale}\n---\n{text}")
    context = TemplateContext(analyse_template(source, linter.env, linter.locales), linter.locales)
    _ = context.segments  # shared with the other content rules: not part of this cost
    return context


def clear_roles() -> None:
    count_syllables.cache_clear()
    roles_module._assign.cache_clear()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=300)
    runs = parser.parse_args().runs
    print(f"python {platform.python_version()} on {platform.machine()}, median of {runs} runs")
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", EMAIL.split("\n\n", 1)[1]) if s.strip()]
    print(f"readability, {len(sentences)} sentences, cold: {median_ms(lambda: readability(sentences, 'en'), runs, count_syllables.cache_clear):.3f} ms")
    print(f"readability, {len(sentences)} sentences, warm: {median_ms(lambda: readability(sentences, 'en'), runs):.3f} ms")
    for locale, text in [("en", EMAIL.replace("Hi Alex,", "Hi {{ first_name }},")), *OTHER_LANGUAGES.items()]:
        context = context_for(text, locale)
        cost = median_ms(lambda: metrics_module.template_metrics(context), runs, clear_roles)
        found = metrics_module.template_metrics(context)
        print(f"template_metrics {locale}: {cost:.2f} ms per template, cold "
              f"({found.words} words, {len(found.sentences)} sentences, grade {found.reading.grade if found.reading else '-'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
