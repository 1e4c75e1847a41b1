package nl.regiograaf.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.regiograaf.db.EmbeddedNeo4j;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.db.SchemaInitializer;
import nl.regiograaf.geo.TopoJson;
import nl.regiograaf.importer.DatasetWriter;
import nl.regiograaf.importer.DemoDataGenerator;
import nl.regiograaf.importer.NationalDataLoader;
import nl.regiograaf.importer.ReferenceData;
import nl.regiograaf.importer.NationalDataset;
import nl.regiograaf.importer.NationalImporter;

/**
 * The scale curve: for each factor N, a fresh embedded Neo4j gets N copies of the national graph
 * ({@link ScaleGenerator}); the import and the first (uncached) computation of each analysis are timed.
 * The n× support points (the demo points copied into every copy) are written after it in one transaction, timed apart.
 * Run: {@code java -Xmx12g -Dregiograaf.pagecacheMb=2048 -cp backend/target/regiograaf.jar nl.regiograaf.bench.ScaleBench 1 10 100 300}.
 */
public final class ScaleBench {

    private ScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> factors = new ArrayList<>();
        for (String a : args) {
            factors.add(Integer.parseInt(a));
        }
        if (factors.isEmpty()) {
            factors = List.of(1, 10);
        }
        NationalDataset base = NationalDataLoader.load();
        List<Map<String, Object>> basePoints = demoPoints(base);
        System.out.println("| N | municipalities | rows | import s | import rows/s | support points | points rows/s | "
                + String.join(" | ", ScaleAnalyses.NAMES) + " |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|" + "---:|".repeat(ScaleAnalyses.NAMES.size()));
        for (int n : factors) {
            Path dir = Files.createTempDirectory("regiograaf-scale");
            try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dir.resolve("neo4j"), 0);
                 GraphClient client = neo4j.client(Duration.ofMinutes(10), 10_000_000)) {
                SchemaInitializer.apply(client);
                NationalDataset data = ScaleGenerator.generate(base, n, 42L);
                long t0 = System.nanoTime();
                NationalImporter.importInto(client, data);
                double importSeconds = (System.nanoTime() - t0) / 1e9;
                List<Map<String, Object>> points = ScaleGenerator.supportPoints(basePoints, n);
                long p0 = System.nanoTime();
                new DatasetWriter(client, null).writeSupportPoints(new DatasetWriter.Spec(DemoDataGenerator.SUPPORT_POINTS_DATASET,
                        DatasetWriter.Spec.SUPPORT_POINTS, true, "demo", DemoDataGenerator.SOURCE, "scale bench", "scale-" + n),
                        points, DatasetWriter.Mode.REPLACE, s -> { });
                double pointSeconds = (System.nanoTime() - p0) / 1e9;
                Map<String, Double> timings = new LinkedHashMap<>();
                // Each analysis runs with an empty cache three times (JIT and Cypher plan warm-up); the best run counts.
                for (Map.Entry<String, Supplier<Object>> analysis : ScaleAnalyses.of(client).entrySet()) {
                    double best = Double.MAX_VALUE;
                    for (int run = 0; run < 3; run++) {
                        long a0 = System.nanoTime();
                        analysis.getValue().get();
                        best = Math.min(best, (System.nanoTime() - a0) / 1e6);
                    }
                    timings.put(analysis.getKey(), best);
                }
                StringBuilder line = new StringBuilder(String.format("| %d | %d | %d | %.1f | %.0f | %d | %.0f |", n,
                        data.municipalities().size(), data.rowCount(), importSeconds, data.rowCount() / importSeconds,
                        points.size(), points.size() / pointSeconds));
                timings.values().forEach(ms -> line.append(String.format(" %.0f ms |", ms)));
                System.out.println(line);
            } finally {
                deleteRecursively(dir);
            }
        }
    }

    /** The demo generator's points for the national municipalities (seeded, as at every start). */
    private static List<Map<String, Object>> demoPoints(NationalDataset base) {
        List<DemoDataGenerator.Municipality> municipalities = new ArrayList<>();
        for (Map<String, Object> m : base.municipalities()) {
            municipalities.add(new DemoDataGenerator.Municipality((String) m.get("code"), (String) m.get("name"),
                    ((Number) m.get("population")).longValue(), (double) m.get("lat"), (double) m.get("lon")));
        }
        TopoJson topology = TopoJson.read(ReferenceData.bytes(NationalDataLoader.TOPOLOGY), "statcode", "statnaam");
        return DemoDataGenerator.supportPoints(municipalities, topology).rows();
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
