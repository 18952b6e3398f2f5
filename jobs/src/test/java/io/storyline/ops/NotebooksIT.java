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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysts' notebooks (notebooks/*.ipynb): committed without outputs, and every one runs
 * headless (nbclient, in the project's .venv) over the demo's output with no cell error.
 */
class NotebooksIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The tables the notebooks read (besides documents and near_duplicates). */
    private static final List<String> STORY_TABLES =
            List.of("stories", "story_articles", "mentions", "entities", "source_timelines");

    private static final String EXECUTE = """
            import re, sys
            from pathlib import Path
            import nbformat
            from nbclient import NotebookClient
            from nbclient.exceptions import CellExecutionError
            executed, failed = Path(sys.argv[1]), []
            for path in map(Path, sys.argv[2:]):
                notebook = nbformat.read(path, as_version=4)
                try:
                    NotebookClient(notebook, timeout=300, kernel_name="python3",
                                   resources={"metadata": {"path": str(path.parent)}}).execute()
                    print(f"{path.name}: ok")
                except CellExecutionError as e:
                    failed.append(path.name)
                    print(f"{path.name}: cell error\\n" + re.sub(r"\\x1b\\[[0-9;]*m", "", str(e)), file=sys.stderr)
                nbformat.write(notebook, executed / path.name)
            sys.exit(f"failed: {', '.join(failed)}" if failed else 0)
            """;

    @TempDir
    Path tmp;

    @Test
    void notebooksAreCommittedWithoutOutputs() throws IOException {
        List<Path> notebooks = notebooks();
        assertThat(notebooks).hasSizeGreaterThanOrEqualTo(3);
        for (Path notebook : notebooks) {
            JsonNode cells = JSON.readTree(notebook.toFile()).get("cells");
            assertThat(cells.size()).as(notebook.toString()).isPositive();
            for (JsonNode cell : cells) {
                if (cell.get("cell_type").asText().equals("code")) {
                    assertThat(cell.get("outputs").size()).as("outputs in %s", notebook).isZero();
                    assertThat(cell.get("execution_count").isNull()).as("execution count in %s", notebook).isTrue();
                }
            }
            JsonNode first = cells.get(0);
            assertThat(first.get("cell_type").asText()).as("the first cell of %s", notebook).isEqualTo("code");
            assertThat(text(first.get("source"))).as("the output parameter in the first cell of %s", notebook)
                    .contains("OUTPUT = os.environ.get(\"STORYLINE_OUTPUT\", \"out/demo\")");
        }
    }

    @Test
    void everyNotebookRunsOnTheDemoOutput() throws Exception {
        Path demo = tmp.resolve("demo");
        // As an analyst gets it: bin/storyline demo, in its own JVM.
        ExternalCommand.of(SharedData.projectDir().resolve("bin/storyline").toString(), "demo",
                        "--output", demo.toString(), "--master", "local[2]")
                .env("STORYLINE_DRIVER_MEMORY", "2g").run(Duration.ofMinutes(10), tmp.resolve("demo.log"));
        assertThat(STORY_TABLES.stream().filter(t -> !Files.isDirectory(demo.resolve(t))).toList())
                .as("tables the demo did not write (the stages that write them have not landed)").isEmpty();

        Path venv = ExternalCommand.pythonEnv("", tmp);
        Path executed = Files.createDirectories(tmp.resolve("executed"));
        List<String> command = new ArrayList<>(List.of(venv.resolve("bin/python").toString(), "-c", EXECUTE,
                executed.toString()));
        notebooks().forEach(p -> command.add(p.toString()));
        ExternalCommand.of(command.toArray(String[]::new))
                .env("STORYLINE_OUTPUT", demo.toString())
                .env("JUPYTER_RUNTIME_DIR", tmp.resolve("jupyter-runtime").toString())
                .run(Duration.ofMinutes(10), tmp.resolve("notebooks.log"));
        for (Path notebook : notebooks()) {
            // matplotlib's inline backend put the plots into the executed copy.
            assertThat(Files.readString(executed.resolve(notebook.getFileName())))
                    .as("plots in the executed %s", notebook.getFileName()).contains("\"image/png\"");
        }
    }

    private static List<Path> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.projectDir().resolve("notebooks"))) {
            return files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
    }

    /** A cell's source: one string, or the list of its lines. */
    private static String text(JsonNode source) {
        StringBuilder text = new StringBuilder();
        source.forEach(line -> text.append(line.asText()));
        return source.isTextual() ? source.asText() : text.toString();
    }
}
