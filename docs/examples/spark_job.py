"""A Databricks-style job: lint the recipients of a campaign where they live, in Spark, and
write the records to send and the held ones (with reasons) back as tables.

    python docs/examples/spark_job.py TEMPLATE RECIPIENTS.csv OUTPUT_DIR

On Databricks, `spark` already exists and the input is a table (`spark.table(...)`); here a
local session reads a CSV so the job runs anywhere with Java and `followup-lint[spark]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from followup_lint import Config
from followup_lint.spark import lint_dataframe


def split_campaign(contacts: DataFrame, template: Path) -> tuple[DataFrame, DataFrame, DataFrame]:
    """(findings, records to send, records held with their reasons)."""
    config = Config(select=["FL0", "FL1", "FL3", "FL4"], fail_level="error", send_date="2026-11-30")
    findings, verdicts = lint_dataframe(contacts, [template], config, source=str(template.name), row_offset=2)
    indexed = contacts.rdd.zipWithIndex().map(lambda pair: (pair[1], *pair[0])).toDF(["index", *contacts.columns])
    to_send = indexed.join(verdicts.where(F.col("send")), "index").select(*contacts.columns)
    held = indexed.join(verdicts.where(~F.col("send")), "index").select("row", "email", "reason_codes", "reasons")
    return findings, to_send, held


def main(argv: list[str]) -> int:
    template, recipients, output = Path(argv[0]), argv[1], Path(argv[2])
    spark = (SparkSession.builder.master("local[2]").appName("followup-lint-job")
             .config("spark.ui.enabled", "false").getOrCreate())
    try:
        contacts = spark.read.csv(recipients, header=True)
        findings, to_send, held = split_campaign(contacts, template)
        findings.groupBy("code", "severity").count().orderBy(F.desc("count")).show(truncate=False)
        to_send.write.mode("overwrite").parquet(str(output / "to_send"))
        held.write.mode("overwrite").parquet(str(output / "held"))
        print(f"to send: {to_send.count()}, held: {held.count()}")
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
