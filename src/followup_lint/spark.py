"""Lint a recipient list that lives in Spark (Databricks, EMR, a local session) without
exporting it to one machine: ``pip install 'followup-lint[spark]'``.

    from followup_lint.spark import lint_dataframe

    findings, verdicts = lint_dataframe(contacts_df, ["campaigns/q4/follow-up.j2"])
    to_send = contacts_df.join(verdicts.filter("send"), "...")   # see docs/spark.md

How the work is split (see :mod:`followup_lint.partition`):

* the templates are analysed once on the driver, which reports template-level findings;
* each partition is linted by the per-record checks with ``mapInPandas``; every Python worker
  builds its linter once and reuses it for all the partitions it gets;
* duplicates (FL402) are found by a group-by on the normalised email, so only the records that
  share an address come back to the driver;
* the other whole-list checks ("no record has this field", fields the template never uses)
  see the records on the driver in order, without rendering (a light pass; its cost per
  million rows is measured in benchmarks/README.md);
* the driver adds what the whole-list checks conclude and the unused suppressions.

The findings are the same as ``lint_path`` over the same records in the same order.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Sequence

from .api import _as_config
from .config import Config
from .model import Diagnostic, Severity
from .partition import ListRun
from .tabular import _clean

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

INDEX = "_followup_lint_index"
DUPLICATE_CODE = "FL402"
FINDING_FIELDS = [
    ("kind", "string"), ("code", "string"), ("name", "string"), ("severity", "string"), ("message", "string"),
    ("path", "string"), ("line", "long"), ("column", "long"), ("end_line", "long"), ("end_column", "long"),
    ("recipient_source", "string"), ("recipient_index", "long"), ("recipient_row", "long"),
    ("recipient_identity", "string"), ("fix", "string"),
    ("suppression_template", "long"), ("suppression_entry", "long"), ("suppression_selector", "string"),
    ("payload", "binary"),
]
FINDINGS_DDL = ", ".join(f"`{name}` {kind}" for name, kind in FINDING_FIELDS)
_RANK = {s.value: s.rank for s in Severity}

TemplateArg = str | Path | tuple[str, str]


def _template_texts(templates: Sequence[TemplateArg] | TemplateArg) -> list[tuple[str, str]]:
    """(name, text) pairs: a Path or an existing file's path is read; another string is the
    template's text; a (name, text) pair is taken as it is."""
    if isinstance(templates, (str, Path, tuple)):
        templates = [templates]  # type: ignore[list-item]
    texts = []
    for number, item in enumerate(templates):  # type: ignore[arg-type]
        if isinstance(item, tuple):
            texts.append((str(item[0]), str(item[1])))
        elif isinstance(item, Path) or (isinstance(item, str) and "\n" not in item and "{" not in item
                                         and os.path.isfile(item)):
            path = Path(item)
            texts.append((str(path), path.read_bytes().decode("utf-8-sig")))
        else:
            texts.append((f"<template {number + 1}>", str(item)))
    return texts


# ---------------------------------------------------------------- rows <-> diagnostics


def _finding_row(d: Diagnostic) -> tuple[Any, ...]:
    ref = d.recipient
    return ("finding", d.code, d.name, d.severity.value, d.message, d.path, d.line, d.column, d.end_line,
            d.end_column, ref.source if ref else None, ref.index if ref else None, ref.row if ref else None,
            ref.identity if ref else None, d.fix, None, None, None, None)


def _suppression_row(use: tuple[int, int, str]) -> tuple[Any, ...]:
    return ("suppression", *([None] * 14), use[0], use[1], use[2], None)


def _facts_row(facts: Any) -> tuple[Any, ...]:
    """A partition's per-column facts, pickled, for the driver to merge."""
    return ("facts", *([None] * 17), pickle.dumps(facts))


# ---------------------------------------------------------------- executor side

_WORKER_RUNS: dict[str, ListRun] = {}


def _worker_run(key: str, payload: bytes) -> ListRun:
    """The ListRun of this Python worker, built once and reused for every partition."""
    run = _WORKER_RUNS.get(key)
    if run is None:
        from .engine import Linter

        config, texts, source, row_offset = pickle.loads(payload)
        run = ListRun(Linter(config), texts, source, row_offset=row_offset)
        _WORKER_RUNS.clear()  # one campaign at a time per worker: bounded memory
        _WORKER_RUNS[key] = run
    return run


def _records(batch: Any) -> Iterator[tuple[int, dict[str, Any]]]:
    columns = [c for c in batch.columns if c != INDEX]
    for index, values in zip(batch[INDEX].tolist(), batch[columns].itertuples(index=False, name=None)):
        yield int(index), {column: _clean(value) for column, value in zip(columns, values)}


def _partition_function(key: str, payload: bytes) -> Any:
    def lint_partition(batches: Iterator[Any]) -> Iterator[Any]:
        import pandas as pd

        run = _worker_run(key, payload)
        columns = [name for name, _ in FINDING_FIELDS]
        for batch in batches:
            result = run.lint_part(_records(batch))
            rows = [_finding_row(d) for d in result.diagnostics]
            rows += [_suppression_row(use) for use in result.used_suppressions]
            if result.facts is not None:
                rows.append(_facts_row(result.facts))
            yield pd.DataFrame(rows, columns=columns)

    return lint_partition


# ---------------------------------------------------------------- driver side


def _email_keys(column: str) -> Any:
    """mapInPandas function: (index, normalised email) for the records that have an email, the
    normalisation FL402 itself uses, so the group-by finds exactly the duplicates it would."""
    def keys(batches: Iterator[Any]) -> Iterator[Any]:
        import pandas as pd

        from .checks.records import email_key

        for batch in batches:
            pairs = [(int(i), email_key(e)) for i, e in zip(batch[INDEX].tolist(), batch[column].tolist())
                     if isinstance(e, str) and e.strip()]
            yield pd.DataFrame(pairs, columns=[INDEX, "_fl_key"])

    return keys


def _row_records(rows: Iterable[Any]) -> Iterator[tuple[int, dict[str, Any]]]:
    for row in rows:
        data = row.asDict()
        index = int(data.pop(INDEX))
        yield index, {column: _clean(value) for column, value in data.items()}


def lint_dataframe(
    df: DataFrame,
    templates: Sequence[TemplateArg] | TemplateArg,
    config: Config | Mapping[str, Any] | None = None,
    *,
    source: str = "<spark>",
    row_offset: int = 1,
) -> tuple[DataFrame, DataFrame]:
    """Lint the recipients in ``df`` against ``templates`` (paths or template strings).

    Returns ``(findings, verdicts)`` as Spark DataFrames. ``findings`` has one row per
    diagnostic (the JSON report's fields, flattened: ``recipient_index`` is the record's 0-based
    position in ``df``); ``verdicts`` one row per record: ``index``, ``row``, ``send`` and the
    ``reason_codes``/``reasons`` that hold it back (``fail-on`` sets the threshold; a
    template-level error holds everyone). ``row`` is ``index + row_offset`` (2 for a CSV with a
    header line, so rows match the file's lines).
    """
    from pyspark.sql import functions as F
    from pyspark.sql.types import LongType, StructField, StructType

    from .engine import Linter

    resolved = _as_config(config)
    texts = _template_texts(templates)
    spark = df.sparkSession
    linter = Linter(resolved)
    run = ListRun(linter, texts, source, row_offset=row_offset)

    schema = StructType([StructField(INDEX, LongType(), False), *df.schema.fields])
    indexed = spark.createDataFrame(df.rdd.zipWithIndex().map(lambda pair: (pair[1], *pair[0])), schema)
    indexed.cache()

    payload = pickle.dumps((resolved, texts, source, row_offset))
    key = hashlib.sha256(payload).hexdigest()
    from_parts = indexed.mapInPandas(_partition_function(key, payload), FINDINGS_DDL)
    from_parts.cache()

    driver: list[Diagnostic] = list(run.template_diagnostics)
    whole = run.whole_list_codes()
    if DUPLICATE_CODE in whole:
        email = linter.field_map.resolve(df.columns).get("email")
        if email is not None and len(email) == 1:
            keys = indexed.select(INDEX, F.col(f"`{email[0]}`").alias("_fl_email")).mapInPandas(
                _email_keys("_fl_email"), f"{INDEX} long, _fl_key string")
            shared = keys.groupBy("_fl_key").count().where(F.col("count") > 1).select("_fl_key")
            wanted = keys.join(shared, "_fl_key").select(INDEX)
            records = indexed.join(wanted, INDEX).orderBy(INDEX).collect()
            driver += run.see_whole_list(_row_records(records), codes={DUPLICATE_CODE})
            whole.discard(DUPLICATE_CODE)
    if whole:
        driver += run.see_whole_list(_row_records(indexed.toLocalIterator()), codes=whole)
    used = [(int(r[0]), int(r[1]), str(r[2])) for r in from_parts.where(F.col("kind") == "suppression")
            .select("suppression_template", "suppression_entry", "suppression_selector").distinct().collect()]
    for row in from_parts.where(F.col("kind") == "facts").select("payload").toLocalIterator():
        run.add_facts(pickle.loads(row[0]))  # our own workers' output
    driver += run.finish(used)

    driver_frame = spark.createDataFrame([_finding_row(d) for d in driver], FINDINGS_DDL)
    order = [F.col(c).asc_nulls_first() for c in ("path", "line", "column", "recipient_index", "code", "message")]
    findings = (from_parts.where(F.col("kind") == "finding").unionByName(driver_frame)
                .dropDuplicates([name for name, _ in FINDING_FIELDS if name != "payload"]).drop(
                    "kind", "suppression_template", "suppression_entry", "suppression_selector", "payload")
                .orderBy(*order))

    threshold = resolved.fail_level.rank
    blocking = [code for code, rank in _RANK.items() if rank >= threshold]
    shared_reasons = [d for d in driver if d.recipient is None and d.severity.rank >= threshold]
    shared_codes = sorted({d.code for d in shared_reasons})
    shared_text = "; ".join(f"{d.code}: {d.message}" for d in shared_reasons)
    per_record = (findings.where(F.col("recipient_index").isNotNull() & F.col("severity").isin(blocking))
                  .groupBy("recipient_index")
                  .agg(F.array_sort(F.collect_set("code")).alias("record_codes"),
                       F.concat_ws("; ", F.collect_list(F.concat_ws(": ", "code", "message"))).alias("record_reasons")))
    verdicts = (indexed.select(F.col(INDEX).alias("index"))
                .join(per_record, F.col("index") == F.col("recipient_index"), "left")
                .select(
                    "index",
                    (F.col("index") + F.lit(row_offset)).alias("row"),
                    F.array_sort(F.array_distinct(F.concat(
                        F.array(*[F.lit(c) for c in shared_codes]).cast("array<string>"),
                        F.coalesce("record_codes", F.array().cast("array<string>"))))).alias("reason_codes"),
                    F.concat_ws("; ", *([F.lit(shared_text)] if shared_text else []), F.col("record_reasons")).alias("reasons"),
                )
                .withColumn("send", F.size("reason_codes") == 0)
                .select("index", "row", "send", "reason_codes", "reasons")
                .orderBy("index"))
    return findings, verdicts
