package nl.regiograaf.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.regiograaf.db.EmbeddedNeo4j;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.db.SchemaInitializer;
import nl.regiograaf.importer.NationalDataLoader;
import nl.regiograaf.importer.NationalDataset;
import nl.regiograaf.importer.NationalImporter;

public final class ImportOnly {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        NationalDataset data = ScaleGenerator.generate(NationalDataLoader.load(), n, 42L);
        Path dir = Files.createTempDirectory("exp");
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dir.resolve("neo4j"), 0);
             GraphClient client = neo4j.client(Duration.ofMinutes(10), 10_000_000)) {
            SchemaInitializer.apply(client);
            for (int i = 0; i < (args.length > 1 ? Integer.parseInt(args[1]) : 1); i++) {
                long t0 = System.nanoTime();
                NationalImporter.Outcome o = NationalImporter.importVersion(client, data, s -> System.err.println("  step " + s + " at " + (System.nanoTime() - t0) / 1_000_000), () -> { }, Duration.ZERO);
                double s = (System.nanoTime() - t0) / 1e9;
                System.err.printf("×%d: %d rows in %.1f s = %.0f rows/s; switch %.0f ms%n", n, data.rowCount(), s, data.rowCount() / s, o.switchMillis()); System.err.println(o);
            }
        }
    }
}
