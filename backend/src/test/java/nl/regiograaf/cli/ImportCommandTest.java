package nl.regiograaf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.regiograaf.config.AppConfig;
import nl.regiograaf.support.TestGraph;
import nl.regiograaf.support.Uploads;
import nl.regiograaf.support.UserDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line import, run against the test database as a Neo4j server (NEO4J_URI = its Bolt address), the
 * way it runs next to a live server: same validation, same all-or-nothing writer, progress on stdout.
 */
class ImportCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final UserDatasets datasets = new UserDatasets();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        AppConfig config = TestGraph.get().cliConfig();
        return ImportCommand.run(args, config, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String dataset() {
        return datasets.create("cli");
    }

    private static long count(String dataset) {
        return TestGraph.get().client().read(tx -> tx.run("MATCH (p:SupportPoint {dataset: $d}) RETURN count(p) AS n",
                Map.of("d", dataset)).single().get("n").asLong());
    }

    @Test
    void importsALargeFileWithProgress() throws IOException {
        String id = dataset();
        StringBuilder csv = new StringBuilder("name;kind;municipality\n");
        for (int i = 0; i < 25_000; i++) {
            csv.append("Punt ").append(i).append(";inloophuis;").append(i % 2 == 0 ? "Almere" : "GM0363").append('\n');
        }
        Path file = dir.resolve("points.csv");
        Files.writeString(file, csv);
        int code = run("support-points", file.toString(), "--dataset=" + id, "--scope=test list");
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertEquals(ImportCommand.OK, code, stdout + err.toString(StandardCharsets.UTF_8));
        assertTrue(stdout.contains("validated 10000 / 25000 rows"), stdout);
        assertTrue(stdout.contains("written 20000 / 25000 rows"), stdout);
        assertTrue(stdout.contains("imported 25000 rows into " + id), stdout);
        assertEquals(25_000, count(id));
    }

    @Test
    void aBadFileIsRejectedWithEveryRowAndWritesNothing() throws IOException {
        String id = dataset();
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "name,kind,municipality\nA,steunpunt,Almere\nB,steunpunt,Atlantis\nC,kapper,Urk\n");
        Map<String, Object> before = Uploads.fingerprint();
        int code = run("support-points", file.toString(), "--dataset=" + id);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(ImportCommand.REJECTED, code);
        assertTrue(stderr.contains("line 3, column municipality, value 'Atlantis'"), stderr);
        assertTrue(stderr.contains("line 4, column kind, value 'kapper'"), stderr);
        assertEquals(before, Uploads.fingerprint());
    }

    @Test
    void ketenaanpakkenFromJson() throws IOException {
        String id = dataset();
        Path file = dir.resolve("keten.json");
        Files.writeString(file, "[{\"municipality\":\"Utrecht\",\"ketenaanpak\":\"valpreventie\",\"status\":\"actief\",\"since\":2022}]");
        int code = run("ketenaanpakken", file.toString(), "--dataset=" + id, "--mode=append");
        assertEquals(ImportCommand.OK, code, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
        long n = TestGraph.get().client().read(tx -> tx.run(
                "MATCH (:Municipality {code:'GM0344', graph: $graph})-[t:TAKES_PART {dataset:$d}]->(:Ketenaanpak {code:'valpreventie'}) RETURN count(t) AS n",
                Map.of("d", id)).single().get("n").asLong());
        assertEquals(1, n);
    }

    @Test
    void usageErrors() {
        assertEquals(ImportCommand.USAGE, run());
        assertEquals(ImportCommand.USAGE, run("steunpunten", "x.csv"));
        assertEquals(ImportCommand.USAGE, run("support-points", dir.resolve("missing.csv").toString()));
        assertEquals(ImportCommand.USAGE, run("support-points", "x.csv", "--mode=merge"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
    }
}
