#!/usr/bin/env python3
"""Build followup-lint's name-knowledge data files (rules/data/names/).

Run manually by developers after changing a source list::

    pip install names==0.3.0 nicknames==1.0.1     # dev-only build dependencies
    python scripts/build_name_data.py             # writes rules/data/names/*.tsv
    python scripts/build_name_data.py --check     # exit 1 if the committed files are stale

Inputs
  * the 1990 US Census frequency files shipped inside the ``names`` package
    (dist.male.first, dist.female.first, dist.all.last; US public domain data, package MIT);
  * ``nicknames/names.csv`` from the ``nicknames`` package (Apache-2.0);
  * the hand-curated lists in ``scripts/name_sources/`` (this project's own work).

Outputs (UTF-8, tab separated, sorted, deterministic: no timestamps)
  * ``names.tsv``:     key, given-name weight, family-name weight, origin tags
  * ``nicknames.tsv``: formal-name key, space-separated nickname keys

Weights are parts per million of people carrying the word as a given name (average of the
male and female census shares) or as a family name. Curated names get a tier weight
(see scripts/name_sources/README.txt); each role keeps the larger of census and curated weight.
Surnames below ``--min-surname-ppm`` (default 10, i.e. 0.001 % of the population: the census
file's own rounding floor) are trimmed; the runtime treats every unlisted word as rarer than that.

Keys are produced by ``followup_lint.names.name_key`` so build and runtime agree exactly.
"""

from __future__ import annotations

import argparse
import csv
import importlib.metadata
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from followup_lint.names import name_key  # noqa: E402  (needs the sys.path entry above)

SOURCES_DIR = REPO / "scripts" / "name_sources"
OUT_DIR = REPO / "rules" / "data" / "names"

TIER_PPM = {1: 400, 2: 100, 3: 25}
DATA_FORMAT = 1


@dataclass
class Entry:
    given: int = 0
    family: int = 0
    origins: set[str] = field(default_factory=set)


def _package_file(package: str, filename: str) -> Path:
    """Locate a data file inside an installed distribution without importing its code."""
    try:
        dist = importlib.metadata.distribution(package)
    except importlib.metadata.PackageNotFoundError:
        sys.exit(f"error: the dev dependency {package!r} is not installed (pip install {package})")
    for item in dist.files or ():
        if item.name == filename and item.parts[0] == package:
            return Path(str(dist.locate_file(item)))
    sys.exit(f"error: {filename} not found in the installed {package!r} package")


def read_census(path: Path) -> dict[str, float]:
    """Read a census dist.* file: NAME, percent, cumulative percent, rank."""
    shares: dict[str, float] = {}
    with path.open(encoding="ascii") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) != 4:
                continue
            key = name_key(parts[0])
            if key:
                shares[key] = shares.get(key, 0.0) + float(parts[1])
    return shares


def read_curated(path: Path) -> tuple[str, str, dict[str, int]]:
    """Read one curated list: returns (role, origin, {key: tier})."""
    role = ""
    origin = ""
    default_tier = 2
    names: dict[str, int] = {}
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            directive = line[1:].strip()
            if ":" in directive:
                name, _, value = directive.partition(":")
                name, value = name.strip().lower(), value.strip()
                if name == "role":
                    role = value
                elif name == "origin":
                    origin = value
                elif name == "default-tier":
                    default_tier = int(value)
            continue
        parts = line.split()
        tier = default_tier
        if len(parts) > 1 and parts[-1].isdigit():
            tier = int(parts[-1])
            parts = parts[:-1]
        if tier not in TIER_PPM:
            sys.exit(f"error: {path.name}:{lineno}: tier must be 1, 2 or 3")
        key = name_key(" ".join(parts))
        if not key:
            sys.exit(f"error: {path.name}:{lineno}: no name on this line")
        names[key] = min(tier, names.get(key, tier))
    if role not in {"given", "family"}:
        sys.exit(f"error: {path.name}: missing '# role: given' or '# role: family' header")
    return role, origin, names


def build_names(min_surname_ppm: int) -> tuple[dict[str, Entry], dict[str, int]]:
    entries: dict[str, Entry] = defaultdict(Entry)
    stats: dict[str, int] = {}

    male = read_census(_package_file("names", "dist.male.first"))
    female = read_census(_package_file("names", "dist.female.first"))
    last = read_census(_package_file("names", "dist.all.last"))
    stats["census_given"] = len(set(male) | set(female))
    stats["census_surnames"] = len(last)

    for key in set(male) | set(female):
        # percent of the male / female population -> ppm of all people
        ppm = round((male.get(key, 0.0) + female.get(key, 0.0)) / 2 * 10_000)
        entries[key].given = max(entries[key].given, ppm)
    kept = 0
    for key, share in last.items():
        ppm = round(share * 10_000)
        if ppm >= min_surname_ppm:
            entries[key].family = max(entries[key].family, ppm)
            kept += 1
    stats["census_surnames_kept"] = kept

    curated = 0
    for path in sorted(SOURCES_DIR.glob("*.txt")):
        if path.name in {"README.txt", "nicknames_extra.txt"}:
            continue
        role, origin, names = read_curated(path)
        for key, tier in names.items():
            entry = entries[key]
            weight = TIER_PPM[tier]
            if role == "given":
                entry.given = max(entry.given, weight)
            else:
                entry.family = max(entry.family, weight)
            if origin:
                entry.origins.add(f"{origin}.{role[0]}")
            curated += 1
    stats["curated_entries"] = curated
    final = {k: e for k, e in entries.items() if e.given or e.family}
    stats["rows"] = len(final)
    return final, stats


def build_nicknames() -> dict[str, set[str]]:
    pairs: dict[str, set[str]] = defaultdict(set)
    with _package_file("nicknames", "names.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row.get("relationship") != "has_nickname":
                continue
            formal, nick = name_key(row["name1"]), name_key(row["name2"])
            if formal and nick and formal != nick:
                pairs[formal].add(nick)
    # names.csv lists some pairs both ways (william -> bill and bill -> william): keep the
    # direction from the longer (formal) name, and neither when both have the same length
    for formal in list(pairs):
        for nick in list(pairs[formal]):
            if formal in pairs.get(nick, ()) and len(formal) <= len(nick):
                pairs[formal].discard(nick)
    for formal in [f for f, nicks in pairs.items() if not nicks]:
        del pairs[formal]
    extra = SOURCES_DIR / "nicknames_extra.txt"
    for raw in extra.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        formal, *nicks = line.split()
        fkey = name_key(formal)
        for nick in nicks:
            nkey = name_key(nick)
            if fkey and nkey and fkey != nkey:
                pairs[fkey].add(nkey)
    return pairs


def render_names(entries: dict[str, Entry], stats: dict[str, int], min_surname_ppm: int) -> str:
    lines = [
        f"# followup-lint name knowledge, format {DATA_FORMAT}. Generated by "
        "scripts/build_name_data.py: do not edit by hand.",
        "# Sources: 1990 US Census name frequency files via the names package "
        f"{importlib.metadata.version('names')} (public-domain data, package MIT); "
        "hand-curated lists in scripts/name_sources/ (this project's own).",
        f"# Weights: ppm of people with the word as given name / family name. Surnames "
        f"< {min_surname_ppm} ppm trimmed.",
        "# Origins: <tag>.<g|f> from the curated lists (zh ko ja vi me sa eu af en).",
        "# " + " ".join(f"{k}={v}" for k, v in sorted(stats.items())),
        "# key\tgiven\tfamily\torigins",
    ]
    for key in sorted(entries):
        e = entries[key]
        lines.append(f"{key}\t{e.given}\t{e.family}\t{','.join(sorted(e.origins))}")
    return "\n".join(lines) + "\n"


def render_nicknames(pairs: dict[str, set[str]]) -> str:
    lines = [
        f"# followup-lint nicknames, format {DATA_FORMAT}. Generated by "
        "scripts/build_name_data.py: do not edit by hand.",
        f"# Sources: nicknames package {importlib.metadata.version('nicknames')} names.csv "
        "(Apache-2.0); scripts/name_sources/nicknames_extra.txt (this project's own).",
        "# formal\tnicknames (space separated)",
    ]
    for formal in sorted(pairs):
        lines.append(f"{formal}\t{' '.join(sorted(pairs[formal]))}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-surname-ppm", type=int, default=10,
                        help="drop census surnames rarer than this (default 10 = 0.001%%)")
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the files on disk differ from a fresh build")
    args = parser.parse_args(argv)

    entries, stats = build_names(args.min_surname_ppm)
    outputs = {
        "names.tsv": render_names(entries, stats, args.min_surname_ppm),
        "nicknames.tsv": render_nicknames(build_nicknames()),
    }
    stale = []
    for filename, text in outputs.items():
        path = OUT_DIR / filename
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(filename)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(REPO)} ({len(text.encode('utf-8')):,} bytes)")
    if stale:
        print("stale: " + ", ".join(stale) + " (run python scripts/build_name_data.py)")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
