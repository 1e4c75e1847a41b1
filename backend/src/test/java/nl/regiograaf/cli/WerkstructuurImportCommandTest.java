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
import nl.regiograaf.support.Fixtures;
import nl.regiograaf.support.TestGraph;
import nl.regiograaf.support.Uploads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import werkstructuur|venster FILE} on the command line: same validation and writer as the HTTP import. */
class WerkstructuurImportCommandTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void cleanUp() {
        Uploads.delete("/api/import/werkstructuur");
        Uploads.delete("/api/import/venster");
    }

    private int run(String... args) {
        AppConfig config = TestGraph.get().cliConfig();
        return ImportCommand.run(args, config, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path fixture(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, Fixtures.bytes("werkstructuur/" + name));
        return file;
    }

    private static long count(String label) {
        return TestGraph.get().client().read(tx -> tx.run("MATCH (n:" + label + ") WHERE n.dataset IS NULL OR n.dataset = 'user-venster' "
                + "RETURN count(n) AS n").single().get("n").asLong());
    }

    @Test
    void goodFilesAreImported() throws IOException {
        assertEquals(ImportCommand.OK, run("werkstructuur", fixture("roles-good.csv").toString()), err.toString());
        assertEquals(4, count("WerkstructuurRole"));
        assertEquals(ImportCommand.OK, run("venster", fixture("venster-good.csv").toString()), err.toString());
        assertEquals(18, count("VensterAnswer"));
        assertTrue(out.toString().contains("years [2023, 2024]"), out.toString());
    }

    @Test
    void aBadFileIsRejectedWithEveryBadRowAndNothingWritten() throws IOException {
        assertEquals(ImportCommand.REJECTED, run("venster", fixture("venster-bad.csv").toString()));
        assertTrue(err.toString().contains("line 2, column answer"), err.toString());
        assertTrue(err.toString().contains("line 9, column answer"), err.toString());
        assertEquals(0, count("VensterAnswer"));
        assertEquals(ImportCommand.REJECTED, run("werkstructuur", fixture("documents-bad.csv").toString()));
        assertEquals(0, count("RegionDocument"));
    }
}
