"""Storyline daily: one spark-submit of `storyline run` per CC-NEWS crawl day.

Why one SparkSubmitOperator for the whole run rather than one per stage: `run` chains the stages in
one SparkSession, so the day's documents are read once and each stage starts in seconds, where a
task per stage would pay a spark-submit (driver start, executor allocation) per stage and re-read
every upstream table from storage. Each stage commits its tables atomically and a re-run of a day
replaces that day's output, so retrying the whole run is safe; to redo one stage by hand, run it
alone on the day's output (`storyline <stage> --input <output> --output <output>`).

Airflow Variables (all optional; read when a run starts, so they can change without a deploy):
  storyline_jar     the shaded jar (default: jobs/target/... of the checkout this file is in)
  storyline_input   the day's input, a strftime pattern over the logical date
                    (default: CC-NEWS's WARC files of that day on Common Crawl's S3 bucket)
  storyline_output  the output root, the same every day (default: out/airflow in the checkout)
  storyline_driver_memory  spark.driver.memory (default 4g)
The Spark master, deploy mode and queue come from the Airflow connection `storyline_spark`
(conn type spark), e.g. AIRFLOW_CONN_STORYLINE_SPARK='{"conn_type": "spark", "host": "yarn"}'.
`spark-submit` (Spark 3.5.x) must be on the worker's PATH. Each run ends by rewriting the static
HTML report of the whole output root in its _report folder (docs/report.md).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator
from airflow.sdk import DAG, CronDataIntervalTimetable

# The checkout this file sits in (conf/airflow/ -> the project root): the defaults below point there,
# so a dags folder that is the project's conf/airflow runs the freshly built jar.
PROJECT = Path(__file__).resolve().parents[2]
DEFAULT_JAR = str(PROJECT / "jobs" / "target" / "storyline-jobs-0.1.0-SNAPSHOT.jar")
DEFAULT_OUTPUT = str(PROJECT / "out" / "airflow")
# CC-NEWS names a WARC file by its crawl start, CC-NEWS-YYYYMMDDhhmmss-NNNNN.warc.gz, under YYYY/MM/.
DEFAULT_INPUT = "s3a://commoncrawl/crawl-data/CC-NEWS/%Y/%m/CC-NEWS-%Y%m%d*.warc.gz"


def variable(name: str, default: str) -> str:
    """A Jinja expression reading an Airflow Variable at run time (not at parse time)."""
    return "{{ var.value.get('%s', '%s') }}" % (name, default)


with DAG(
    dag_id="storyline_daily",
    description="Storyline: one CC-NEWS day -> documents, near-duplicates and the story tables",
    # A data-interval timetable: the run for day D starts once D is over (at 03:00 UTC on D+1, to
    # leave time for the day's last WARC files to be published), and its logical date (ds) is D.
    schedule=CronDataIntervalTimetable("0 3 * * *", timezone="UTC"),
    start_date=datetime(2026, 11, 1),
    catchup=True,
    # Every run writes into the same output root (and stories look back over earlier days), so
    # days run one at a time and in order, also when catching up.
    max_active_runs=1,
    default_args={
        "owner": "storyline",
        "retries": 2,
        "retry_delay": timedelta(minutes=15),
        "retry_exponential_backoff": True,
        "execution_timeout": timedelta(hours=8),
    },
    tags=["storyline", "spark"],
) as dag:
    SparkSubmitOperator(
        task_id="storyline_run",
        conn_id="storyline_spark",
        application=variable("storyline_jar", DEFAULT_JAR),
        java_class="io.storyline.cli.Storyline",
        name="storyline-{{ ds }}",
        conf={"spark.driver.memory": variable("storyline_driver_memory", "4g")},
        application_args=[
            "run",
            "--input", "{{ logical_date.strftime(var.value.get('storyline_input', '%s')) }}" % DEFAULT_INPUT,
            "--output", variable("storyline_output", DEFAULT_OUTPUT),
            "--date", "{{ ds }}",
            # The static HTML report of the output root (all days so far), in its _report folder.
            "--report",
        ],
    )
