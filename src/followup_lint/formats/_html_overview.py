"""The review page's campaign overview: scores, counts by family and severity, and an inline SVG
chart of findings by rule and file. Counts only: nothing here comes from a record."""

from __future__ import annotations

import hashlib
from collections import Counter
from html import escape

from ..registry import Registry
from ..report import Report
from ..rule import FAMILIES

CHART_RULES = 24  # rules drawn; the rest are summed in one row
_PALETTE = ("#3b6fb6", "#d9822b", "#3a9a5b", "#b6455e", "#7d5ab5", "#2a9ca6", "#a1802c", "#5d6470")
SEVERITIES = ("error", "warning", "info")


def family_of(code: str, registry: Registry) -> str:
    spec = registry.rules.get(code)
    if spec is not None:
        return spec.family
    return FAMILIES.get(code[-3], "other") if code.startswith("FL") and code[2:].isdigit() else "plugin"


def scores_table(report: Report) -> str:
    if not report.scores:
        return '<p class="muted">No personalization score: no personalization rule ran.</p>'
    rows = []
    for score in report.scores:
        reasons = "".join(f"<li>{r.points:+d} {escape(r.reason)}</li>" for r in score.reasons if r.points)
        rows.append(f'<tr><td><a href="#{anchor(score.path)}"><code>{escape(score.path)}</code></a></td>'
                    f'<td class="num"><strong>{score.score}</strong></td>'
                    f'<td><ul>{reasons or "<li>no points</li>"}</ul></td></tr>')
    return ('<table class="scores"><caption class="muted">Personalization score per template (0-100) and what '
            'made it</caption><thead><tr><th scope="col">template</th><th scope="col">score</th>'
            f'<th scope="col">reasons</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')


def counts_table(report: Report, registry: Registry) -> str:
    counts: Counter[tuple[str, str]] = Counter()
    for d in report.diagnostics:
        counts[(family_of(d.code, registry), d.severity.value)] += 1
    if not counts:
        return '<p>No findings.</p>'
    families = sorted({family for family, _ in counts})
    head = "".join(f'<th scope="col">{s}</th>' for s in SEVERITIES)
    rows = []
    for family in families:
        cells = "".join(f'<td class="num">{counts[(family, s)] or ""}</td>' for s in SEVERITIES)
        rows.append(f'<tr><th scope="row">{escape(family)}</th>{cells}'
                    f'<td class="num">{sum(counts[(family, s)] for s in SEVERITIES)}</td></tr>')
    totals = "".join(f'<td class="num"><strong>{sum(counts[(f, s)] for f in families)}</strong></td>' for s in SEVERITIES)
    return ('<table class="counts"><caption class="muted">Findings by rule family and severity (one per recipient '
            f'affected)</caption><thead><tr><th scope="col">family</th>{head}<th scope="col">all</th></tr></thead>'
            f'<tbody>{"".join(rows)}<tr><th scope="row">all</th>{totals}'
            f'<td class="num"><strong>{len(report.diagnostics)}</strong></td></tr></tbody></table>')


def chart(report: Report) -> str:
    """Horizontal bars, one per rule, split by file (template or recipients file)."""
    by_rule: Counter[str] = Counter()
    cells: Counter[tuple[str, str]] = Counter()
    for d in report.diagnostics:
        by_rule[d.code] += 1
        cells[(d.code, d.path)] += 1
    if not by_rule:
        return ""
    files = sorted({path for _, path in cells})
    colour = {path: _PALETTE[n % len(_PALETTE)] for n, path in enumerate(files)}
    ranked = sorted(by_rule, key=lambda code: (-by_rule[code], code))
    rows = ranked[:CHART_RULES]
    rest = ranked[CHART_RULES:]
    label_w, bar_w, row_h = 110, 520, 22
    height = row_h * (len(rows) + (1 if rest else 0)) + 10
    top = max(by_rule[code] for code in rows)
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {label_w + bar_w + 80} {height}" '
             f'width="{label_w + bar_w + 80}" height="{height}" aria-labelledby="chart-title">'
             '<title id="chart-title">Findings by rule, split by file</title>']
    for n, code in enumerate(rows):
        y = 5 + n * row_h
        parts.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{escape(code)}</text>')
        x = float(label_w)
        for path in files:
            count = cells[(code, path)]
            if not count:
                continue
            width = max(bar_w * count / top, 1.5)
            parts.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{width:.1f}" height="{row_h - 6}" fill="{colour[path]}">'
                         f'<title>{escape(code)} in {escape(path)}: {count}</title></rect>')
            x += width
        parts.append(f'<text x="{x + 6:.1f}" y="{y + 15}">{by_rule[code]}</text>')
    if rest:
        y = 5 + len(rows) * row_h
        parts.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{len(rest)} more</text>'
                     f'<text x="{label_w}" y="{y + 15}">{sum(by_rule[c] for c in rest)} findings</text>')
    parts.append("</svg>")
    legend = "".join(f'<span><i style="background:{colour[p]}"></i><code>{escape(p)}</code></span>' for p in files)
    return f'<figure>{"".join(parts)}<figcaption class="legend">{legend}</figcaption></figure>'


def anchor(path: str) -> str:
    """A stable element id for a file's section."""
    cleaned = "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in path)[-48:].strip("-")
    return f"file-{cleaned}-{hashlib.sha1(path.encode('utf-8', 'surrogatepass')).hexdigest()[:6]}"
