"""followup_lint.spark.lint_dataframe on a real local Spark session (local[2]): the same
findings as lint_path on the same 50,000-row list, whole-list checks done across partitions,
and verdicts that agree with Report.verdicts(). Skipped where pyspark or Java is missing."""

from __future__ import annotations

import csv
import importlib.util
import os
import random
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

if importlib.util.find_spec("pyspark") is None or importlib.util.find_spec("pyarrow") is None:
    pytest.skip("pyspark and pyarrow are not installed (pip install '.[spark]')", allow_module_level=True)
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs Java (17 or newer)", allow_module_level=True)

from followup_lint import Config, lint_path  # noqa: E402
from followup_lint.spark import lint_dataframe  # noqa: E402

ROWS = 50_000
GIVEN = ["Parissa", "José", "Ana-Lucía", "Wei", "Mei", "Aroha", "Søren", "Chidi", "Ngozi", "Dae-jung", "Émilie",
         "Giovanni", "Siobhán", "Kwame", "Yuki", "Ólafur", "Zoë", "Björn", "Anh", "Priya"]
FAMILY = ["Behnia", "García Márquez", "van der Berg", "Zhang", "Lin", "Ngata", "Kierkegaard", "Eze", "O'Neill",
          "Kim", "de la Cruz", "Rossi", "Ní Bhriain", "Mensah", "Tanaka", "Gunnarsson", "Müller-Lüdenscheidt", "Nguyen",
          "Okafor", "Patel"]
COMPANIES = ["Northwind", "Kestrel Analytics", "Lotus Data", "Iberdata", "Kiwi Analytics", "N/A", "Acme GmbH"]
TEMPLATE = (
    "---\nkind: follow-up\nsubject: \"{{ webinar_title }}: the recording\"\n---\n"
    "Hi {{ first_name }},\n\nThanks for attending {{ webinar_title }} yesterday. Here is the recording, and the "
    "cohort template the {{ company }} team asked about.\n\nBest,\nDana Okafor\n"
)


def _write_list(path: Path) -> None:
    rng = random.Random(20261130)
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["first_name", "last_name", "email", "company", "webinar_title", "attended", "webinar_date"])
        for n in range(ROWS):
            given, family = rng.choice(GIVEN), rng.choice(FAMILY)
            local = f"{given}.{family}".lower().replace(" ", "").replace("'", "")
            email = f"{local}.{n}@{rng.choice(['northwind', 'kestrel', 'lotusdata', 'kiwi'])}.example"
            roll = rng.random()
            if roll < 0.02:
                given = given.upper()
            elif roll < 0.04:
                given = ""
            elif roll < 0.05:
                given, family = family, given  # swapped fields
            if rng.random() < 0.01 and n > 10:
                email = f"{local}.{n - rng.randint(1, 10)}@northwind.example".upper()  # a likely duplicate
            elif rng.random() < 0.005:
                email = f"{local}@kiwi"  # no top-level domain
            elif rng.random() < 0.005:
                email = "info@lotusdata.example"
            out.writerow([given, family, email, rng.choice(COMPANIES), "Churn cohorts in practice",
                          rng.choice(["yes", "yes", "yes", "no"]), "2026-11-24"])


@pytest.fixture(scope="module")
def spark():  # type: ignore[no-untyped-def]
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master("local[2]").appName("followup-lint-tests")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
               .config("spark.driver.memory", "2g")
               .config("spark.sql.files.maxPartitionBytes", str(1024 * 1024)).getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def campaign(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("spark-campaign")
    _write_list(folder / "recipients.csv")
    (folder / "follow-up.j2").write_text(TEMPLATE, encoding="utf-8")
    return folder


def _key(code: str, line: int, column: int, message: str, index: int | None) -> tuple[object, ...]:
    return (code, line, column, message, -1 if index is None else index)


def test_same_findings_and_verdicts_as_lint_path(spark, campaign: Path) -> None:  # type: ignore[no-untyped-def]
    config = Config(send_date="2026-11-30")
    report = lint_path(campaign, config=config)
    csv_path = str(campaign / "recipients.csv")
    frame = spark.read.csv(csv_path, header=True)
    assert frame.rdd.getNumPartitions() >= 3  # split by bytes, in file order: whole-list checks span partitions
    findings, verdicts = lint_dataframe(frame, [campaign / "follow-up.j2"], config, source=csv_path, row_offset=2)
    rows = findings.collect()
    local = Counter(_key(d.code, d.line, d.column, d.message, d.recipient.index if d.recipient else None)
                    for d in report.diagnostics if d.path != csv_path or d.code.startswith("FL4"))
    distributed = Counter(_key(r.code, r.line, r.column, r.message, r.recipient_index) for r in rows)
    assert distributed == local
    codes = {code for code, *_ in local}
    # the list exercises per-record, per-message and whole-list checks
    assert {"FL104", "FL103", "FL401", "FL402", "FL403"} <= codes
    assert report.recipients == ROWS
    expected = {v.index: v.send for v in report.verdicts()}
    got = {r["index"]: r["send"] for r in verdicts.collect()}
    assert got == expected
    assert 0 < sum(got.values()) < ROWS
    assert all(r["row"] == r["index"] + 2 for r in verdicts.limit(50).collect())


def test_template_strings_and_a_template_error_holding_everyone(spark) -> None:  # type: ignore[no-untyped-def]
    frame = spark.createDataFrame(
        [("Parissa", "Behnia", "parissa.behnia@northwind.example"), ("Wei", "Zhang", "wei.zhang@lotusdata.example")],
        "first_name string, last_name string, email string")
    findings, verdicts = lint_dataframe(frame, "Hi {{ first_name }} *|LNAME|*,\n\nHere is the recording.")
    assert "FL006" in {r.code for r in findings.collect()}
    rows = verdicts.collect()
    assert [r.send for r in rows] == [False, False] and all("FL006" in r.reason_codes for r in rows)


EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "examples" / "spark_job.py"


def test_the_databricks_style_job_runs_and_type_checks(campaign: Path, tmp_path: Path) -> None:
    import subprocess

    environment = {**os.environ, "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}
    small = tmp_path / "recipients.csv"
    lines = (campaign / "recipients.csv").read_text(encoding="utf-8").splitlines()[:301]
    small.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(EXAMPLE), str(campaign / "follow-up.j2"), str(small), str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=600, env=environment)
    assert done.returncode == 0, done.stderr[-3000:]
    sent, held = re.search(r"to send: (\d+), held: (\d+)", done.stdout).groups()  # type: ignore[union-attr]
    assert int(sent) + int(held) == 300 and int(held) > 0
    assert (tmp_path / "out" / "to_send").is_dir() and (tmp_path / "out" / "held").is_dir()
    if importlib.util.find_spec("mypy") is not None:
        checked = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--no-incremental",
                                  str(EXAMPLE)], capture_output=True, text=True, timeout=600)
        assert checked.returncode == 0, checked.stdout + checked.stderr
