"""The review page's inline style sheet and script (no libraries, nothing fetched)."""

from __future__ import annotations

CSS = """
:root { --error: #b3261e; --error-bg: #fde7e4; --warning: #8a5a00; --warning-bg: #fff1c7;
  --info: #0b5cad; --info-bg: #e1efff; --line: #d7dbe0; --muted: #59606b; --page: #ffffff; --ink: #1d2330; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
  background: var(--page); }
header, main { max-width: 74rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1rem; }
h1 { font-size: 1.5rem; margin: .2rem 0; } h2 { font-size: 1.25rem; margin-top: 2rem; } h3 { font-size: 1.05rem; }
a { color: var(--info); } a:focus, select:focus, input:focus, button:focus { outline: 3px solid #f0a500; outline-offset: 2px; }
.verdict { font-weight: 600; } .verdict.failed { color: var(--error); } .verdict.passed { color: #1e6b2f; }
.muted { color: var(--muted); }
.skip { position: absolute; left: -999rem; } .skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .3rem .6rem; }
nav.toc ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1rem; }
.filters { position: sticky; top: 0; z-index: 2; background: #f6f7f9; border: 1px solid var(--line);
  border-radius: 6px; padding: .5rem .75rem; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: .75rem; align-items: center; }
.filters legend { float: left; font-weight: 600; margin-right: .5rem; }
table { border-collapse: collapse; margin: .5rem 0; } th, td { border: 1px solid var(--line); padding: .3rem .6rem;
  text-align: left; vertical-align: top; } th { background: #f6f7f9; } td.num { text-align: right; }
.sev { display: inline-block; min-width: 4.6rem; font-size: .8rem; font-weight: 700; text-transform: uppercase;
  border-radius: 4px; padding: 0 .35rem; text-align: center; }
.sev-error { color: var(--error); background: var(--error-bg); }
.sev-warning { color: var(--warning); background: var(--warning-bg); }
.sev-info { color: var(--info); background: var(--info-bg); }
.template { border-top: 2px solid var(--line); margin-top: 2.5rem; }
.source { font: 13px/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; border: 1px solid var(--line);
  border-radius: 6px; overflow-x: auto; margin: .5rem 0 1rem; padding: .4rem 0; background: #fbfbfc; }
.source .ln { display: flex; white-space: pre; padding: 0 .6rem; }
.source .no { color: var(--muted); min-width: 3rem; user-select: none; }
.source .code { flex: 1; }
.source .ln.has-error { background: var(--error-bg); } .source .ln.has-warning { background: var(--warning-bg); }
.source .ln.has-info { background: var(--info-bg); }
.source .ln.filtered-out { background: none; }
.source .refs { margin-left: 1rem; white-space: normal; }
.source .refs a { font-size: .75rem; margin-left: .25rem; text-decoration: none; border: 1px solid currentColor;
  border-radius: 3px; padding: 0 .2rem; }
mark.m-error { background: none; border-bottom: 3px solid var(--error); color: inherit; }
mark.m-warning { background: none; border-bottom: 3px solid #d99a00; color: inherit; }
mark.m-info { background: none; border-bottom: 3px dotted var(--info); color: inherit; }
.finding { border: 1px solid var(--line); border-left: 5px solid var(--line); border-radius: 6px; padding: .5rem .8rem;
  margin: .6rem 0; }
.finding.sev-error-box { border-left-color: var(--error); } .finding.sev-warning-box { border-left-color: #d99a00; }
.finding.sev-info-box { border-left-color: var(--info); }
.finding .head { display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; }
.finding .msg { margin: .25rem 0; } .finding .doc { margin: .25rem 0; color: var(--muted); }
.finding .who { font-size: .9rem; }
.previews { display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: .6rem; margin-top: .5rem; }
.preview { border: 1px solid var(--line); border-radius: 6px; background: #fff; font-size: .9rem; }
.preview .to { background: #f6f7f9; padding: .3rem .6rem; border-bottom: 1px solid var(--line); font-size: .85rem; }
.preview .subject { padding: .3rem .6rem; border-bottom: 1px solid var(--line); }
.preview .body { white-space: pre-wrap; padding: .5rem .6rem; max-height: 22rem; overflow: auto; margin: 0;
  font: inherit; }
.preview mark { background: #ffe08a; outline: 2px solid #d99a00; border-radius: 2px; color: inherit; }
.preview mark.m-error { background: var(--error-bg); outline-color: var(--error); }
.chart { max-width: 100%; height: auto; }
.chart text { font: 12px system-ui, sans-serif; fill: var(--ink); }
.legend span { display: inline-block; margin-right: 1rem; } .legend i { display: inline-block; width: .9rem;
  height: .9rem; vertical-align: -2px; margin-right: .3rem; border-radius: 2px; }
.note { background: #f6f7f9; border: 1px solid var(--line); border-radius: 6px; padding: .4rem .7rem; }
[hidden] { display: none !important; }
section, article { scroll-margin-top: 4.5rem; }
@media (max-width: 48rem) { .previews { grid-template-columns: 1fr; } }
@media print {
  body { font-size: 11pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .filters, nav.toc, .skip { display: none !important; }
  .finding, .preview, .source { break-inside: avoid; } .template { break-before: page; }
  .preview .body { max-height: none; overflow: visible; } a { color: inherit; text-decoration: none; }
  .source { overflow: visible; } .source .ln { white-space: pre-wrap; }
}
"""

JS = """
(function () {
  var page = document.getElementById('review');
  var boxes = page.querySelectorAll('input[name="severity"]');
  var rule = document.getElementById('rule-filter');
  var status = document.getElementById('filter-status');
  var findings = page.querySelectorAll('[data-finding]');
  function apply() {
    var wanted = {};
    boxes.forEach(function (b) { wanted[b.value] = b.checked; });
    var code = rule.value, shown = 0, visible = {};
    findings.forEach(function (el) {
      var ok = wanted[el.dataset.severity] && (code === '' || code === el.dataset.rule);
      el.hidden = !ok;
      if (ok) { shown += 1; visible[el.id] = true; }
    });
    page.querySelectorAll('.source .ln[data-refs]').forEach(function (ln) {
      var any = false;
      ln.querySelectorAll('.refs a').forEach(function (a) {
        var on = !!visible[a.getAttribute('href').slice(1)];
        a.hidden = !on; any = any || on;
      });
      ln.classList.toggle('filtered-out', !any);
    });
    page.querySelectorAll('[data-template-count]').forEach(function (el) {
      var n = el.closest('section').querySelectorAll('[data-finding]:not([hidden])').length;
      el.textContent = n;
    });
    status.textContent = shown + ' of ' + findings.length + ' mistakes shown';
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  rule.addEventListener('change', apply);
  apply();
})();
"""
