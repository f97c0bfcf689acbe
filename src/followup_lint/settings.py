"""``followup-lint check --show-settings``: which configuration, recipients file, send date and
rules apply to each template, without linting anything (like ``ruff --show-settings``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Mapping

from .campaign import find_recipients, find_templates
from .config import Config
from .engine import Linter
from .templates import load_template_file, read_template_source


def _recipients_for(path: Path, text: str | None, config: Config, recipients: Path | None) -> dict[str, Any]:
    if recipients is not None:
        return {"recipients": str(recipients), "from": "--recipients"}
    try:
        source = read_template_source(text, str(path)) if text is not None else load_template_file(path)
    except (OSError, UnicodeDecodeError) as exc:
        return {"recipients": None, "from": f"unreadable template: {exc}"}
    lookup = find_recipients(source, path, config)
    if source.front_matter.get("recipients"):
        origin = "front matter"
    elif lookup.rule is not None:
        origin = f"campaigns entry {', '.join(lookup.rule.templates)}"
    else:
        origin = "beside the template" if lookup.path is not None else "none found"
    found = str(lookup.path) if lookup.path is not None else None
    entry: dict[str, Any] = {"recipients": found, "from": origin}
    if lookup.missing is not None:
        entry["missing"] = str(lookup.missing)
    entry["kind"] = source.kind  # normalised: "Webinar Follow-Up" -> follow-up; None when unknown
    entry["locale"] = source.front_matter.get("locale") or config.locale
    return entry


def collect_settings(paths: Iterable[Path], linter: Linter, *, recipients: Path | None = None,
                     texts: Mapping[Path, str] | None = None) -> dict[str, Any]:
    config = linter.config
    texts = dict(texts or {})
    found, missing = find_templates([p for p in paths if p not in texts], config)
    templates = {
        str(path): _recipients_for(path, texts.get(path), config, recipients) for path in [*texts, *found]
    }
    return {
        "config": str(config.source) if config.source else None,
        "send_date": config.effective_send_date.isoformat(),
        "send_date_from": "config or --send-date" if config.send_date else "today",
        "fail_on": config.fail_level.value,
        "locale": config.locale,
        "show_personal_data": config.show_personal_data,
        "rules": sorted(linter.enabled_codes),
        "templates": templates,
        "missing_paths": missing,
    }


def format_settings(settings: Mapping[str, Any], as_json: bool) -> str:
    if as_json:
        return json.dumps(settings, indent=2, ensure_ascii=False) + "\n"
    lines = [
        f"config: {settings['config'] or 'none (defaults)'}",
        f"send date: {settings['send_date']} ({settings['send_date_from']})",
        f"fail on: {settings['fail_on']}",
        f"default locale: {settings['locale'] or 'detected per template'}",
        f"personal data shown: {'yes' if settings['show_personal_data'] else 'no (masked)'}",
        f"rules ({len(settings['rules'])}): {', '.join(settings['rules'])}",
        "templates:",
    ]
    for path, entry in settings["templates"].items():
        lines.append(f"  {path}")
        lines.append(f"    recipients: {entry['recipients'] or '-'} ({entry['from']})")
        if entry.get("missing"):
            lines.append(f"    missing recipients file: {entry['missing']}")
        if "kind" in entry:
            lines.append(f"    kind: {entry.get('kind') or '-'}; locale: {entry.get('locale') or 'detected'}")
    for path in settings["missing_paths"]:
        lines.append(f"  {path}: no such file or folder")
    return "\n".join(lines) + "\n"
