package nl.regiograaf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.regiograaf.importer.OwnDivisionImport;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.TestGraph;
import nl.regiograaf.support.Uploads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import divisions FILE --kind=…}: the same validation and writer as the HTTP import, from another process's view. */
class OwnDivisionImportCommandTest {

    private static final String KIND = "TCLI" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(java.util.Locale.ROOT);

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ImportCommand.run(args, TestGraph.get().cliConfig(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void remove() {
        Uploads.remove(OwnDivisionImport.datasetId(KIND));
    }

    @Test
    void importsAnOwnDivisionThatTheRunningAppThenServes() throws IOException, InterruptedException {
        Path file = dir.resolve("jeugd.csv");
        // Windows-1252, as a Dutch spreadsheet saves it: "Súdwest-Fryslân" by name
        Files.write(file, ("municipality;region;regionName\nSúdwest-Fryslân;" + KIND + "-F;Friesland zuidwest\n"
                + "Harlingen;" + KIND + "-F;\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        int code = run("divisions", file.toString(), "--kind=" + KIND, "--name=Jeugdregio's", "--scope=PV21");
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertEquals(ImportCommand.OK, code, stdout + err.toString(StandardCharsets.UTF_8));
        assertTrue(stdout.contains("imported own division " + KIND + " (Jeugdregio's): 1 regions, 2 memberships"), stdout);
        // another process: the app learns of it through its version poll (200 ms in tests)
        JsonNode check = null;
        long deadline = System.currentTimeMillis() + 3_000;
        while (System.currentTimeMillis() < deadline) {
            Http.Response r = Http.get("/api/partition-check?kind=" + KIND);
            if (r.status() == 200) {
                check = r.json();
                break;
            }
            Thread.sleep(100);
        }
        assertTrue(check != null, "served within the poll interval");
        long frieslandMunicipalities = TestGraph.get().client().read(tx -> tx.run(
                "MATCH (r:Region {kind:'PROVINCE', code:'PV21', graph: $graph}) RETURN size(r.members) AS n").single().get("n").asLong());
        assertEquals(frieslandMunicipalities - 2, check.get("unassigned").size(), "only Fryslân's other municipalities");
        assertEquals("PV21", check.get("scope").asText());
    }

    @Test
    void aBadFileOrKindIsRejectedAndWritesNothing() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "municipality;region\nAlmere;A1\nAtlantis;A1\n");
        assertEquals(ImportCommand.REJECTED, run("divisions", file.toString(), "--kind=" + KIND));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("line 3, column municipality, value 'Atlantis'"), err.toString());
        assertEquals(ImportCommand.USAGE, run("divisions", file.toString(), "--kind=ZK"));
        assertEquals(ImportCommand.USAGE, run("divisions", file.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--kind:"), err.toString());
        assertEquals(0L, (long) TestGraph.get().client().read(tx -> tx.run("MATCH (d:Division {kind: $k}) RETURN count(d) AS n",
                Map.of("k", KIND)).single().get("n").asLong()));
    }
}
