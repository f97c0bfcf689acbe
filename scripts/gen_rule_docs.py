"""Generate docs/rules/*.md from the rules' own YAML docs (one page per rule, plus an index).

    python scripts/gen_rule_docs.py          # write the pages
    python scripts/gen_rule_docs.py --check  # exit 1 if the committed pages are out of date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from followup_lint.registry import build_registry  # noqa: E402
from followup_lint.rule import FAMILIES, RuleSpec  # noqa: E402

OUT = ROOT / "docs" / "rules"


def rule_page(spec: RuleSpec) -> str:
    opt_in = "" if spec.enabled_by_default else " Off by default: turn it on with `extend-select`."
    lines = [
        f"# {spec.code} {spec.name}",
        "",
        f"**{spec.docs.summary}**",
        "",
        f"Severity: `{spec.severity.value}`{_by_kind(spec)}. Scope: {spec.scope.value}. Family: {spec.family}.{opt_in}",
        "",
        spec.docs.as_markdown(),
    ]
    if spec.options:
        lines += ["", "## Options", ""]
        lines += [f"- `{key}` (default `{value!r}`)" for key, value in spec.options.items()]
    lines += ["", f"Suppress in a template with `{{# followup-lint: disable={spec.code} #}}`.", ""]
    return "\n".join(lines)


def _by_kind(spec: RuleSpec) -> str:
    """ " (`warning` for kinds follow-up, prospecting)" when the severity depends on the kind."""
    if not spec.severity_by_kind:
        return ""
    groups: dict[str, list[str]] = {}
    for kind, severity in spec.severity_by_kind.items():
        groups.setdefault(severity.value, []).append(kind)
    return "".join(f" (`{sev}` for templates of kind {', '.join(kinds)})" for sev, kinds in groups.items())


def index_page(specs: list[RuleSpec]) -> str:
    lines = ["# Rules", "", "Generated from the rule packs in `rules/` by `scripts/gen_rule_docs.py`.", ""]
    current = None
    for spec in specs:
        family = FAMILIES.get(spec.code[2], "other")
        if family != current:
            current = family
            lines += ["", f"## FL{spec.code[2]}xx: {family}", "", "| code | name | severity | summary |", "|---|---|---|---|"]
        lines.append(f"| [{spec.code}]({spec.code}.md) | {spec.name} | {spec.severity.value} | {spec.docs.summary} |")
    return "\n".join(lines) + "\n"


def generate() -> dict[Path, str]:
    registry = build_registry(plugins=False)
    specs = sorted((s for s in registry.rules.values() if s.code.startswith("FL")), key=lambda s: s.code)
    pages = {OUT / f"{spec.code}.md": rule_page(spec) for spec in specs}
    pages[OUT / "index.md"] = index_page(specs)
    return pages


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    pages = generate()
    if args.check:
        stale = [p for p, text in pages.items() if not p.is_file() or p.read_text(encoding="utf-8") != text]
        extra = [p for p in OUT.glob("*.md") if p not in pages]
        for path in stale + extra:
            print(f"out of date: {path.relative_to(ROOT)}")
        return 1 if stale or extra else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for path in OUT.glob("*.md"):
        if path not in pages:
            path.unlink()
    for path, text in pages.items():
        path.write_text(text, encoding="utf-8")
    print(f"wrote {len(pages)} pages to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
