"""A self-contained HTML review page of a campaign, for the people who write the emails
(``check --format html`` or ``--report html=review.html``).

One file with inline CSS, SVG and a small script; nothing is fetched, so it opens from disk or
a CI artifact. It has a campaign overview (scores, counts, a chart), then per template its source
with the findings marked on their lines, one entry per mistake (grouped as in the text output)
with its rule's summary and page, and rendered previews of a few affected recipients with the
mistake highlighted (see :mod:`followup_lint.review_samples`: masked unless personal data may be
shown). Problems of a recipients file are listed once, under that file. Filters by severity and
rule are native form controls, so they work from the keyboard; the page prints without them.

Bounded for long lists: each mistake lists its first rows and at most three previews, however
many recipients it affects; long templates show only the lines around their findings.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from . import FormatOptions
from ._grouping import Group, plural, row_list
from ._html_assets import CSS, JS
from ._html_overview import SEVERITIES, anchor, chart, counts_table, scores_table
from ..docs_links import is_builtin, rule_url
from ..registry import Registry
from ..report import Report
from ..review_samples import Sample, sample_messages

ROWS_LISTED = 20
FULL_SOURCE_LINES = 400  # longer templates show only the lines around findings
CONTEXT_LINES = 3


def render(report: Report, registry: Registry, options: FormatOptions) -> str:
    entries = report.groups()
    samples = sample_messages(report, entries, options.linter)
    numbered = list(enumerate(entries))
    templates = list(report.template_paths)
    data_files = list(dict.fromkeys([*report.recipient_files, *(e.first.path for e in entries if e.in_data)]))
    by_path: dict[str, list[tuple[int, Group]]] = {}
    for number, entry in numbered:
        by_path.setdefault(entry.first.path, []).append((number, entry))
    others = [p for p in by_path if p not in templates and p not in data_files]
    show = bool(options.linter is not None and options.linter.config.show_personal_data)
    sections = [_overview(report, registry, samples.notes, show)]
    for path in templates:
        sections.append(_template_section(path, by_path.get(path, []), report, registry, samples.by_group))
    for path in data_files:
        sections.append(_data_section(path, by_path.get(path, []), report, registry))
    for path in others:
        sections.append(_other_section(path, by_path[path], registry))
    return _page(report, entries, templates, data_files, others, "".join(sections), options)


def _page(report: Report, entries: list[Group], templates: list[str], data_files: list[str], others: list[str],
          body: str, options: FormatOptions) -> str:
    s = report.summary
    verdict = "passed" if report.ok else "failed"
    severity_counts = {sev: sum(1 for e in entries if e.first.severity.value == sev) for sev in SEVERITIES}
    boxes = "".join(f'<label><input type="checkbox" name="severity" value="{sev}" checked> {sev} '
                    f'<span class="muted">({severity_counts[sev]})</span></label>' for sev in SEVERITIES)
    codes = sorted({(e.first.code, e.first.name) for e in entries})
    rule_options = "".join(f'<option value="{escape(code)}">{escape(code)} {escape(name)}</option>' for code, name in codes)
    toc = ['<li><a href="#overview">Overview</a></li>']
    toc += [f'<li><a href="#{anchor(p)}"><code>{escape(p)}</code></a></li>' for p in [*templates, *data_files, *others]]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "script-src 'unsafe-inline'; img-src data:\">"
        f"<title>followup-lint review: {verdict}</title><style>{CSS}</style></head><body>"
        '<a class="skip" href="#overview">Skip to the overview</a>'
        '<header><h1>Campaign review</h1>'
        f'<p class="verdict {verdict}">{"Passed" if report.ok else "Failed"} (fail level: {s["fail_level"]}): '
        f'{s["errors"]} error(s), {s["warnings"]} warning(s), {s["infos"]} info(s) in {len(entries)} distinct '
        f'mistake(s)</p><p class="muted">{s["templates"]} template(s), {s["recipients"]} recipient(s). '
        f'followup-lint {escape(options.tool_version)}.</p></header>'
        '<main id="review">'
        '<div class="filters" role="search" aria-label="Filter the findings">'
        f'<fieldset><legend>Severity</legend>{boxes}</fieldset>'
        f'<label>Rule <select id="rule-filter"><option value="">all rules</option>{rule_options}</select></label>'
        '<span id="filter-status" role="status" aria-live="polite"></span></div>'
        f'<nav class="toc" aria-label="Contents"><ul>{"".join(toc)}</ul></nav>'
        f"{body}</main><script>{JS}</script></body></html>\n"
    )


def _overview(report: Report, registry: Registry, notes: list[str], show: bool) -> str:
    privacy = ("This page shows personal data (--show-personal-data): share it only with people who may see the list."
               if show else "Recipient values are masked (P. B., p***@example.com); run with --show-personal-data to "
               "see them.")
    extra = "".join(f'<p class="note">{escape(note)}</p>' for note in notes)
    figure = chart(report)
    return (
        '<section id="overview" aria-labelledby="overview-title"><h2 id="overview-title">Overview</h2>'
        f'<p class="note">{escape(privacy)}</p>{extra}'
        f'<h3>Personalization</h3>{scores_table(report)}'
        f'<h3>Findings by family and severity</h3>{counts_table(report, registry)}'
        + (f"<h3>Findings by rule and file</h3>{figure}" if figure else "")
        + "</section>"
    )


def _template_section(path: str, entries: list[tuple[int, Group]], report: Report, registry: Registry,
                      samples: dict[int, list[Sample]]) -> str:
    recipients = report.template_recipients.get(path)
    if recipients is None:
        against = "Checked without recipients."
    elif recipients == "<records>":
        against = f"Checked against {report.recipient_counts.get(recipients, 0)} record(s) given in memory."
    else:
        count = report.recipient_counts.get(recipients)
        against = f"Checked against <code>{escape(recipients)}</code>" + (f" ({plural(count, 'record')})." if count is not None else ".")
    findings = "".join(_finding(number, entry, registry, samples.get(number, [])) for number, entry in entries)
    return (
        f'<section class="template" id="{anchor(path)}" data-path="{escape(path)}">'
        f'<h2>Template <code>{escape(path)}</code> <span class="muted">(<span data-template-count>{len(entries)}</span> '
        f'mistake(s) shown)</span></h2><p>{against}</p>'
        f"<h3>Source</h3>{_source(path, entries)}"
        f"<h3>Findings</h3>{findings or '<p>No findings.</p>'}</section>"
    )


def _data_section(path: str, entries: list[tuple[int, Group]], report: Report, registry: Registry) -> str:
    count = report.recipient_counts.get(path)
    size = f" ({plural(count, 'record')})" if count is not None else ""
    findings = "".join(_finding(number, entry, registry, []) for number, entry in entries)
    return (
        f'<section class="template recipients-file" id="{anchor(path)}" data-path="{escape(path)}">'
        f'<h2>Recipients file <code>{escape(path)}</code>{size} <span class="muted">(<span data-template-count>'
        f'{len(entries)}</span> problem(s) shown)</span></h2>'
        '<p class="muted">Problems in the records themselves, listed once for the file whichever templates use it. '
        'The file\'s lines are not shown: they are personal data.</p>'
        f"{findings or '<p>No problems in the records.</p>'}</section>"
    )


def _other_section(path: str, entries: list[tuple[int, Group]], registry: Registry) -> str:
    findings = "".join(_finding(number, entry, registry, []) for number, entry in entries)
    return (f'<section class="template other" id="{anchor(path)}"><h2><code>{escape(path)}</code> '
            f'<span class="muted">(<span data-template-count>{len(entries)}</span> shown)</span></h2>{findings}</section>')


def _finding(number: int, entry: Group, registry: Registry, samples: list[Sample]) -> str:
    d = entry.first
    sev = d.severity.value
    spec = registry.rules.get(d.code)
    title = f"<strong>{escape(d.code)}</strong> {escape(d.name)}"
    rule = f'<a href="{escape(rule_url(d.code))}">{title}</a>' if is_builtin(d.code) else title
    where = f"line {d.line}" if entry.in_data else f"line {d.line}, column {d.column}"
    summary = f'<p class="doc">{escape(spec.docs.summary)}</p>' if spec is not None and spec.docs.summary else ""
    fix = f'<p class="fix">Fix: <code>{escape(d.fix)}</code></p>' if d.fix else ""
    previews = ""
    if samples:
        previews = (f'<div class="previews" aria-label="How {len(samples)} affected recipient(s) read it">'
                    + "".join(_preview(sample, sev) for sample in samples) + "</div>")
    return (
        f'<article class="finding sev-{sev}-box" id="g{number}" data-finding data-severity="{sev}" '
        f'data-rule="{escape(d.code)}"><div class="head"><span class="muted">#{number + 1}</span> '
        f'<span class="sev sev-{sev}">{sev}</span> {rule} '
        f'<span class="muted">{escape(where)}</span></div><p class="msg">{escape(d.message)}</p>{summary}{fix}'
        f"{_who(entry)}{previews}</article>"
    )


def _who(entry: Group) -> str:
    recipients = entry.recipients
    if entry.in_data:
        noun, numbers = entry.numbered
        if not numbers or (entry.count == 1 and entry.first.recipient is None):
            return ""
        first = "; ".join(f"{r.label} ({r.identity})" for r in recipients[:3] if r.identity)
        text = (f"{plural(entry.number_count, noun)}: {row_list(numbers, ROWS_LISTED, entry.number_count)}"
                + (f"; first: {first}" if first else ""))
        return f'<p class="who">{escape(text)}</p>'
    if not recipients:
        return '<p class="who muted">In the template: the same for every recipient.</p>'
    sources = entry.sources
    where = sources[0] if len(sources) == 1 else "several files"
    noun, numbers = entry.numbered
    text = (f"Affects {plural(entry.recipient_count, 'recipient')} of {where}: {noun}s "
            f"{row_list(numbers, ROWS_LISTED, entry.number_count)}")
    return f'<p class="who">{escape(text)}</p>'


def _preview(sample: Sample, sev: str) -> str:
    to = escape(sample.label + (f": {sample.identity}" if sample.identity else ""))
    if sample.body is None:
        return f'<div class="preview"><div class="to">To {to}</div><p class="body">The message cannot be rendered for this recipient.</p></div>'
    subject = f'<div class="subject"><strong>Subject:</strong> {_marked(sample.subject, sev)}</div>' if sample.subject else ""
    missing = "" if sample.placed else '<p class="muted" style="padding:0 .6rem">The marked part is not in this recipient\'s message.</p>'
    return (f'<div class="preview"><div class="to">To {to}</div>{subject}'
            f'<pre class="body">{_marked(sample.body, sev).strip()}</pre>{missing}</div>')


def _marked(pieces: list[tuple[str, str]] | None, sev: str) -> str:
    out: list[str] = []
    depth = 0
    for kind, value in pieces or []:
        if kind == "text":
            out.append(escape(value))
        elif kind == "start":
            out.append(f'<mark class="m-{sev}">')
            depth += 1
        elif depth:
            out.append("</mark>")
            depth -= 1
    out.extend("</mark>" for _ in range(depth))
    return "".join(out)


def _source(path: str, entries: list[tuple[int, Group]]) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return '<p class="note">The source cannot be read again (a template given on stdin or in memory).</p>'
    lines = text.splitlines() or [""]
    spans: dict[int, list[tuple[int, int, int]]] = {}  # line -> (start col, end col, severity rank)
    refs: dict[int, list[tuple[int, str]]] = {}
    for number, entry in entries:
        d = entry.first
        for line in range(d.line, min(d.end_line, len(lines)) + 1):
            length = len(lines[line - 1]) + 1
            start = d.column if line == d.line else 1
            end = d.end_column if line == d.end_line else length
            spans.setdefault(line, []).append((start, max(end, start + 1), d.severity.rank))
            refs.setdefault(line, []).append((number, d.severity.value))
    shown: list[int] | range = range(1, len(lines) + 1)
    if len(lines) > FULL_SOURCE_LINES:
        keep = {n for line in refs for n in range(line - CONTEXT_LINES, line + CONTEXT_LINES + 1)}
        shown = sorted(n for n in keep if 1 <= n <= len(lines))
    out = []
    previous = 0
    for n in shown:
        if n != previous + 1:
            out.append('<div class="ln gap"><span class="no">…</span><span class="code"></span></div>')
        previous = n
        out.append(_source_line(n, lines[n - 1], spans.get(n, []), refs.get(n, [])))
    return f'<div class="source" role="region" aria-label="Source of {escape(path)}" tabindex="0">{"".join(out)}</div>'


_RANK_NAME = {2: "error", 1: "warning", 0: "info"}


def _source_line(number: int, line: str, spans: list[tuple[int, int, int]], refs: list[tuple[int, str]]) -> str:
    if not spans:
        return f'<div class="ln"><span class="no">{number}</span><span class="code">{escape(line)}</span></div>'
    cuts = sorted({0, len(line), *(min(max(s - 1, 0), len(line)) for s, _, _ in spans),
                   *(min(max(e - 1, 0), len(line)) for _, e, _ in spans)})
    runs: list[tuple[int | None, str]] = []  # (worst rank covering it, text), neighbours of one rank joined
    for a, b in zip(cuts, cuts[1:]):
        covering = [rank for s, e, rank in spans if s - 1 <= a and b <= e - 1]
        rank = max(covering) if covering else None
        if runs and runs[-1][0] == rank:
            runs[-1] = (rank, runs[-1][1] + line[a:b])
        elif b > a:
            runs.append((rank, line[a:b]))
    code = [escape(text) if rank is None else f'<mark class="m-{_RANK_NAME[rank]}">{escape(text)}</mark>'
            for rank, text in runs]
    worst = _RANK_NAME[max(rank for _, _, rank in spans)]
    links = "".join(f'<a href="#g{n}" class="sev-{sev}" aria-label="finding {n + 1}">{n + 1}</a>' for n, sev in refs)
    return (f'<div class="ln has-{worst}" data-refs><span class="no">{number}</span><span class="code">{"".join(code)}'
            f'</span><span class="refs">{links}</span></div>')
