"""The public entry points: :func:`lint` for a template string, :func:`lint_path` for files."""

from __future__ import annotations

import contextlib
import functools
import itertools
from pathlib import Path
from typing import Any, Callable, Hashable, Iterable, Iterator, Mapping

from .campaign import build_campaign
from .collect import Collector
from .config import Config, config_from_mapping, discover_config
from .engine import RECIPIENTS_UNREADABLE, TEMPLATE_UNREADABLE, Linter
from .model import Diagnostic, Span
from .privacy import mask
from .recipient_ignores import UNUSED_RECIPIENT_IGNORE, RecipientIgnores
from .recipients import FieldMap, RecordOrProblem, read_recipient_file, read_records
from .report import Report
from .scoring import TemplateScore
from .tabular import as_records, is_dataframe
from .template_cache import Recorder, TemplateCache
from .templates import read_template_source


def _as_config(config: Config | Mapping[str, Any] | None, start: Path | None = None) -> Config:
    if config is None:
        return discover_config(start) if start is not None else Config()
    if isinstance(config, Config):
        return config
    return config_from_mapping(config, where="config")


class _Counted:
    """Counts recipients as the engine streams them."""

    def __init__(self, items: Iterable[RecordOrProblem]) -> None:
        self._items = items
        self.count = 0
        self.positions = 0  # records and malformed records: what a verdict is given for

    def __iter__(self) -> Iterator[RecordOrProblem]:
        from .recipients import Recipient

        for item in self._items:
            if isinstance(item, Recipient):
                self.count += 1
                self.positions = max(self.positions, item.ref.index + 1)
            elif item.index is not None:
                self.positions = max(self.positions, item.index + 1)
            yield item


def lint(
    template: str,
    recipients: Iterable[Mapping[Hashable, Any]] | Any = (),
    *,
    subject: str | None = None,
    path: str | None = None,
    config: Config | Mapping[str, Any] | None = None,
    linter: Linter | None = None,
    show_personal_data: bool | None = None,
) -> Report:
    """Lint one template (a string, front matter allowed) against in-memory recipient records.

    ``recipients`` is a pandas DataFrame (missing values are empty) or any iterable of mappings;
    it is consumed once. Each recipient-level diagnostic's ``recipient.index`` is the 0-based
    position in it, and ``report.split(recipients)`` gives back the records to send and to hold.
    ``config`` is a :class:`Config` or a mapping shaped like the ``[tool.followup-lint]`` table.
    Messages mask recipients' values unless ``show_personal_data=True`` (for a service that may
    see them). Pass a prebuilt ``linter`` to lint many templates without reloading the rules.
    """
    engine = _engine(linter, config, None, show_personal_data)
    source = read_template_source(template, path or "<template>")
    iterator = iter(as_records(recipients))
    first = next(iterator, _END)
    stream = None
    if first is not _END:
        stream = _Counted(read_records(itertools.chain([first], iterator), field_map=engine.field_map))
    ignores = RecipientIgnores.from_config(engine.config)
    scores: list[TemplateScore] = []
    with _collecting(ignores) as diagnostics:
        engine.lint_sources(
            [source], ignores.watch(stream) if ignores and stream else stream, subject=subject,
            recipient_source="<records>", scores=scores, out=diagnostics,
            reread=_reread(recipients, engine.field_map) if stream else None,
        )
        if ignores is not None:
            _report_unused_ignores(engine, ignores, diagnostics)
        return engine.build_report(diagnostics, templates=1, recipients=stream.count if stream else 0, scores=scores,
                                   template_paths=[source.path],
                                   recipient_counts={"<records>": stream.positions if stream else 0},
                                   template_recipients={source.path: "<records>" if stream else None})


def _reread(recipients: Any, field_map: FieldMap) -> Callable[[], Iterable[RecordOrProblem]] | None:
    """The records once more, when ``recipients`` can be read twice (a list, a tuple, a
    DataFrame): a one-shot iterator cannot, and is not copied (memory stays flat)."""
    if not (is_dataframe(recipients) or isinstance(recipients, (list, tuple))):
        return None
    return lambda: read_records(as_records(recipients), field_map=field_map)


@contextlib.contextmanager
def _collecting(ignores: RecipientIgnores | None) -> Iterator[Collector]:
    """A run's :class:`Collector`, dropping what ``ignore-recipients`` silences as it comes;
    its temporary files are removed if the run fails (a report built from it keeps its own)."""
    collector = Collector()
    if ignores is not None:
        collector.silence = ignores.silences
    try:
        yield collector
    finally:
        collector.discard()


def _engine(linter: Linter | None, config: Config | Mapping[str, Any] | None, start: Path | None,
            show_personal_data: bool | None) -> Linter:
    if linter is not None:
        if show_personal_data is not None and show_personal_data != linter.config.show_personal_data:
            raise ValueError("show_personal_data goes in the Linter's Config when a linter is given")
        return linter
    resolved = _as_config(config, start)
    if show_personal_data is not None:
        resolved = resolved.merged(show_personal_data=show_personal_data)
    return Linter(resolved)


_END = object()


def lint_path(
    path: str | Path | Iterable[str | Path],
    *,
    recipients: str | Path | None = None,
    config: Config | Mapping[str, Any] | None = None,
    linter: Linter | None = None,
    texts: Mapping[str | Path, str] | None = None,
    show_personal_data: bool | None = None,
    template_cache: TemplateCache | None = None,
) -> Report:
    """Lint a template file, a campaign folder, or several of them.

    Without ``config``, the nearest ``.followup-lint.toml`` or ``pyproject.toml`` with a
    ``[tool.followup-lint]`` table above the first path is used. ``texts`` maps template paths
    to their text when it does not come from the file (an editor buffer, stdin): the path still
    decides which recipients file and config apply. ``template_cache`` (what ``check`` uses
    unless ``--no-cache``) takes unchanged templates' findings from the last run.
    """
    paths = [Path(path)] if isinstance(path, (str, Path)) else [Path(p) for p in path]
    engine = _engine(linter, config, paths[0] if paths else Path.cwd(), show_personal_data)
    recipients_path = Path(recipients) if recipients is not None else None
    given_texts = {Path(p): text for p, text in (texts or {}).items()}
    campaign = build_campaign(paths, engine.config, recipients_path, given_texts)
    ignores = RecipientIgnores.from_config(engine.config)
    with _collecting(ignores) as diagnostics:
        return _lint_campaign(engine, campaign, ignores, diagnostics, template_cache)


def _lint_campaign(engine: Linter, campaign: Any, ignores: RecipientIgnores | None, diagnostics: Collector,
                   cache: TemplateCache | None = None) -> Report:
    for where, reason in campaign.unreadable:
        engine.emit_problem(diagnostics, TEMPLATE_UNREADABLE, reason, where, Span.point(1))
    for template, target, line in campaign.missing_recipients:
        engine.emit_problem(
            diagnostics, RECIPIENTS_UNREADABLE, f"front matter names a recipients file that does not exist: {target}",
            template, Span.point(line),
        )
    for rule, templates in campaign.missing_campaign_recipients.items():
        engine.emit_problem(
            diagnostics, RECIPIENTS_UNREADABLE,
            f"the campaigns entry for {', '.join(rule.templates)} names a recipients file that does not exist: "
            f"{rule.recipients} ({len(templates)} template(s) linted without recipients)",
            str(engine.config.source or "<config>"), Span.point(rule.line),
        )
    total = 0
    counts: dict[str, int] = {}
    scores: list[TemplateScore] = []
    for group in campaign.groups:
        stream = None
        if group.recipients is not None:
            stream = _Counted(read_recipient_file(group.recipients, field_map=engine.field_map))
        source = str(group.recipients) if group.recipients else None
        templates, sink, keys = group.templates, diagnostics, {}
        if cache is not None and cache.enabled:
            templates, keys = _from_cache(cache, group, source, diagnostics, scores)
            sink = Recorder(diagnostics, [t.path for t in templates], source)
        fresh_scores: list[TemplateScore] = []
        engine.lint_sources(
            templates, ignores.watch(stream) if ignores and stream else stream,
            recipient_source=source, scores=fresh_scores, out=sink,
            reread=functools.partial(read_recipient_file, group.recipients, field_map=engine.field_map)
            if group.recipients is not None else None,
        )
        scores.extend(fresh_scores)
        if isinstance(sink, Recorder) and not sink.untraced:
            _to_cache(cache, templates, keys, sink, fresh_scores, engine.scores_personalization)
        diagnostics.skip_codes = frozenset({"FL011"})  # load problems are reported once per run
        total += stream.count if stream else 0
        if stream is not None:
            counts[str(group.recipients)] = stream.positions
    diagnostics.skip_codes = frozenset()
    if cache is not None:
        cache.prune()
    if ignores is not None:
        _report_unused_ignores(engine, ignores, diagnostics)
    return engine.build_report(
        diagnostics, templates=campaign.template_count, recipients=total, scores=scores,
        template_paths=[t.path for g in campaign.groups for t in g.templates],
        recipient_files=[str(g.recipients) for g in campaign.groups if g.recipients is not None],
        recipient_counts=counts,
        template_recipients={t.path: str(g.recipients) if g.recipients else None for g in campaign.groups for t in g.templates},
    )


def _from_cache(cache: TemplateCache, group: Any, source: str | None, out: Collector,
                scores: list[TemplateScore]) -> tuple[list[Any], dict[str, str]]:
    """Replay the cached findings and scores of the group's unchanged templates; return the
    templates still to lint and their cache keys."""
    fresh, keys = [], {}
    for template in group.templates:
        key = cache.key(template, group.recipients, source)
        hit = cache.lookup(key)
        if hit is None:
            fresh.append(template)
            keys[template.path] = key
            continue
        found, score = hit
        out.extend(found)
        if score is not None:
            scores.append(score)
    return fresh, keys


def _to_cache(cache: TemplateCache, templates: list[Any], keys: dict[str, str], recorder: Recorder,
              scores: list[TemplateScore], scored: bool) -> None:
    by_path = {score.path: score for score in scores}
    for template in templates:
        if template.path in recorder.too_many or (scored and template.path not in by_path):
            continue
        cache.store(keys[template.path], recorder.by_path[template.path], by_path.get(template.path))


def _report_unused_ignores(engine: Linter, ignores: RecipientIgnores, kept: Collector) -> None:
    """Report ``ignore-recipients`` entries that silenced nothing (FL015); what they silence
    was dropped as it came (:meth:`RecipientIgnores.silences`)."""
    where = str(engine.config.source or "<config>")
    for entry in ignores.unused((spec.code, spec.name) for spec in engine.enabled):
        target = entry.describe()
        if entry.email is not None and not engine.config.show_personal_data:
            target = f"email {mask(entry.email)!r}"
        engine.emit_problem(
            kept, UNUSED_RECIPIENT_IGNORE,
            f"ignore-recipients entry for {target} ({', '.join(entry.rules)}) silenced nothing; remove it",
            where, Span.point(entry.line),
        )
