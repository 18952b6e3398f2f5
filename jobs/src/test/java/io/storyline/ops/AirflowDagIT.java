package io.storyline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * conf/airflow/storyline_daily.py in a real Airflow (python/requirements-airflow.txt): the DAG
 * imports cleanly, and {@code airflow dags test} for one day submits the shaded jar with
 * spark-submit to local Spark over the sample crawl, laid out as that day's input folder.
 */
class AirflowDagIT {
    private static final String DAY = "2026-11-21";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void dagImportsAndOneDayRunsToSuccessOnTheSampleCrawl() throws Exception {
        Path venv = ExternalCommand.pythonEnv("airflow", tmp);
        Path python = venv.resolve("bin/python");
        Map<String, String> airflow = airflowEnvironment(venv);

        String dagBag = ExternalCommand.of(python.toString(), "-c", """
                import json
                from airflow.dag_processing.dagbag import DagBag
                bag = DagBag(dag_folder=%s)
                dag = bag.dags.get("storyline_daily")
                print(json.dumps({"errors": {k: str(v) for k, v in bag.import_errors.items()},
                                  "dags": sorted(bag.dags),
                                  "tasks": [type(t).__name__ for t in dag.tasks] if dag else [],
                                  "catchup": dag.catchup if dag else None,
                                  "retries": [t.retries for t in dag.tasks] if dag else []}))
                """.formatted(JSON.writeValueAsString(airflow.get("AIRFLOW__CORE__DAGS_FOLDER"))))
                .env(airflow).run(Duration.ofMinutes(3), tmp.resolve("dagbag.log"));
        JsonNode bag = JSON.readTree(dagBag.lines().reduce((a, b) -> b).orElse("{}"));
        assertThat(bag.get("errors").size()).as("import errors: %s", bag.get("errors")).isZero();
        assertThat(bag.get("dags").toString()).contains("storyline_daily");
        assertThat(bag.get("tasks").toString()).isEqualTo("[\"SparkSubmitOperator\"]");
        assertThat(bag.get("catchup").asBoolean()).isTrue();
        assertThat(bag.get("retries").get(0).asInt()).isPositive();

        // The day's input folder, as a deployment would lay out one crawl day (storyline_input below).
        Path day = Files.createDirectories(tmp.resolve("crawl").resolve(DAY));
        try (Stream<Path> files = Files.list(SharedData.samples("crawl"))) {
            for (Path file : files.toList()) {
                Files.copy(file, day.resolve(file.getFileName()));
            }
        }
        Path output = tmp.resolve("out");
        Path bin = venv.resolve("bin");
        ExternalCommand.of(bin.resolve("airflow").toString(), "db", "migrate").env(airflow)
                .run(Duration.ofMinutes(3), tmp.resolve("db-migrate.log"));
        ExternalCommand.of(bin.resolve("airflow").toString(), "dags", "test", "storyline_daily", DAY).env(airflow)
                .env("AIRFLOW_VAR_STORYLINE_INPUT", tmp.resolve("crawl").resolve("%Y-%m-%d").toString())
                .env("AIRFLOW_VAR_STORYLINE_OUTPUT", output.toString())
                .run(Duration.ofMinutes(10), tmp.resolve("dags-test.log"));

        // Without the test's input and output variables: the defaults, one CC-NEWS day on S3.
        String rendered = ExternalCommand.of(bin.resolve("airflow").toString(), "tasks", "render", "storyline_daily",
                "storyline_run", DAY).env(airflow).run(Duration.ofMinutes(3), tmp.resolve("tasks-render.log"));
        assertThat(rendered).contains("'run', '--input', 's3a://commoncrawl/crawl-data/CC-NEWS/2026/11/CC-NEWS-20261121*.warc.gz'")
                .contains("'--date', '" + DAY + "'").contains("'--report'");
        assertThat(output.resolve("_report/index.html")).isNotEmptyFile();
        assertThat(output.resolve("_report/data/overview.js")).isNotEmptyFile();

        JsonNode manifest = JSON.readTree(output.resolve("_manifest.json").toFile());
        assertThat(manifest.get("date").asText()).isEqualTo(DAY);
        assertThat(manifest.get("inputs").get(0).asText()).isEqualTo(day.toString());
        List<String> tables = new ArrayList<>();
        manifest.get("tables").fieldNames().forEachRemaining(tables::add);
        assertThat(tables).contains("documents", "rejects", "near_duplicates");
        assertThat(tableFolders(output)).containsExactlyInAnyOrderElementsOf(tables);
        assertThat(manifest.at("/tables/documents/rows").asLong()).isPositive();
        assertThat(output.resolve("documents").resolve("crawl_date=" + DAY)).isDirectory();
        for (String table : tables) {
            try (Stream<Path> files = Files.walk(output.resolve(table))) {
                assertThat(files.map(Path::toString)).as(table).anyMatch(name -> name.endsWith(".parquet"));
            }
        }
    }

    /** A throw-away Airflow (sqlite in the temporary folder) whose DAGs folder is the project's conf/airflow. */
    private Map<String, String> airflowEnvironment(Path venv) {
        return Map.of(
                "AIRFLOW_HOME", tmp.resolve("airflow").toString(),
                "AIRFLOW__CORE__DAGS_FOLDER", SharedData.projectDir().resolve("conf/airflow").toString(),
                "AIRFLOW__CORE__LOAD_EXAMPLES", "False",
                // spark-submit of the venv's pyspark 3.5.7 runs the jar on this test's Java.
                "PATH", venv.resolve("bin") + ":" + System.getenv("PATH"),
                "JAVA_HOME", System.getProperty("java.home"),
                "AIRFLOW_CONN_STORYLINE_SPARK", "{\"conn_type\": \"spark\", \"host\": \"local[2]\"}",
                "AIRFLOW_VAR_STORYLINE_JAR", System.getProperty("jobs.jar"),
                "AIRFLOW_VAR_STORYLINE_DRIVER_MEMORY", "1g");
    }

    private static List<String> tableFolders(Path output) throws IOException {
        try (Stream<Path> entries = Files.list(output)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("_") && !name.startsWith(".")).toList();
        }
    }
}
