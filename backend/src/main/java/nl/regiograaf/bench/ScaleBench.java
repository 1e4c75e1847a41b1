package nl.regiograaf.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.regiograaf.analysis.DenseRows;
import nl.regiograaf.analysis.GraphRows;
import nl.regiograaf.analysis.Overlaps;
import nl.regiograaf.analysis.ScenarioService;
import nl.regiograaf.model.DivisionKind;
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
 * ({@link ScaleGenerator}); the import is timed, then each analysis as the first answer after a national write
 * (empty cache), split into fetch (the rows read over Bolt) and compute (in memory), the next scenario check with the
 * cache warm, and a plain group-by of the same rows as the reference ({@link ScaleAnalyses}).
 * The import is versioned (batches, the version's read model, the switch; each timed). The n× support points (the demo
 * points copied into every copy) are written after it in one transaction, timed apart. Last, the same files are
 * imported again as the next version, whose switch carries the support points over, and the replaced version removed.
 * Prints two Markdown tables (progress on stderr).
 * Run: {@code java -Xmx8g -Dregiograaf.pagecacheMb=1024 -cp backend/target/regiograaf.jar nl.regiograaf.bench.ScaleBench 100 300}.
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
        List<String> imports = new ArrayList<>();
        List<String> analyses = new ArrayList<>();
        List<String> floors = new ArrayList<>();
        for (int n : factors) {
            Path dir = Files.createTempDirectory("regiograaf-scale");
            try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dir.resolve("neo4j"), 0);
                 GraphClient client = neo4j.client(Duration.ofMinutes(10), 10_000_000)) {
                SchemaInitializer.apply(client);
                NationalDataset data = ScaleGenerator.generate(base, n, 42L);
                long t0 = System.nanoTime();
                NationalImporter.Outcome first = NationalImporter.importVersion(client, data, s -> { }, () -> { }, Duration.ZERO);
                double importSeconds = (System.nanoTime() - t0) / 1e9;
                List<Map<String, Object>> points = ScaleGenerator.supportPoints(basePoints, n);
                long p0 = System.nanoTime();
                new DatasetWriter(client, null).writeSupportPoints(new DatasetWriter.Spec(DemoDataGenerator.SUPPORT_POINTS_DATASET,
                        DatasetWriter.Spec.SUPPORT_POINTS, true, "demo", DemoDataGenerator.SOURCE, "scale bench", "scale-" + n),
                        points, DatasetWriter.Mode.REPLACE, s -> { });
                double pointSeconds = (System.nanoTime() - p0) / 1e9;
                System.err.printf("×%d imported in %.1f s%n", n, importSeconds);
                analyses.addAll(timeAnalyses(client, n));
                // The same files again as the next version, with the support points to carry over at the switch; the
                // replaced version is removed right after it (no reader here to wait for).
                long a0 = System.nanoTime();
                NationalImporter.Outcome again = NationalImporter.importVersion(client, data, s -> { }, () -> { }, Duration.ZERO);
                double againSeconds = (System.nanoTime() - a0 - again.removalMillis() * 1_000_000L) / 1e9;
                System.err.printf("×%d imported again in %.1f s (%s)%n", n, againSeconds, again);
                floors.add(floor(client, data.municipalities().size(), data.memberships().size()));
                imports.add(String.format("| %d | %d | %d | %.1f | %.0f | %d / %d / %d | %d | %.0f | %.1f | %.0f | %d / %d | %d |",
                        n, data.municipalities().size(), data.rowCount(), importSeconds, data.rowCount() / importSeconds,
                        first.writeMillis(), first.readModelMillis(), first.switchMillis(), points.size(),
                        points.size() / pointSeconds, againSeconds, data.rowCount() / againSeconds,
                        again.switchMillis(), points.size(), again.removalMillis()));
            } finally {
                deleteRecursively(dir);
            }
        }
        System.out.println("| N | municipalities | rows | import s | import rows/s | batches / read model / switch ms | support points "
                + "| points rows/s | import as the next version s | rows/s | switch ms / support points carried | removal of the replaced version ms |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        imports.forEach(System.out::println);
        System.out.println();
        System.out.println("Write floor: the same row shapes made by Neo4j itself (UNWIND range, nothing over Bolt), in batches of "
                + NationalImporter.BATCH + " rows per transaction, against the import's own statements above (its log).");
        System.out.println();
        System.out.println("| N | municipality-shaped nodes (17 properties, 2 indexes) per s | membership-shaped relationships (2 index seeks) per s |");
        System.out.println("|---:|---:|---:|");
        floors.forEach(System.out::println);
        System.out.println();
        System.out.println("| N | analysis | target at ×300 | first answer ms | fetch ms | compute ms | fetch share | met |");
        System.out.println("|---:|---|---:|---:|---:|---:|---:|---|");
        analyses.forEach(System.out::println);
    }

    /**
     * Each analysis as the first answer after a national write (empty cache, every row read again) and split into
     * fetch and compute (another empty cache); {@link #RUNS} runs each (the first warms the JIT and the Cypher plans),
     * the best counts. Then the next scenario check on a warm cache, and the plain group-by reference.
     */
    private static List<String> timeAnalyses(GraphClient client, int n) {
        List<String> lines = new ArrayList<>();
        List<List<ScenarioService.GivenMove>> scenarios = ScaleAnalyses.scenarios(client, 1 + RUNS);
        for (ScaleAnalyses.Timed analysis : ScaleAnalyses.all(scenarios)) {
            double endToEnd = Double.MAX_VALUE;
            double fetch = Double.MAX_VALUE;
            double compute = Double.MAX_VALUE;
            // Interleaved, so a change of load on a shared machine hits all three alike.
            for (int run = 0; run < RUNS; run++) {
                ScaleAnalyses.Fresh fresh = ScaleAnalyses.Fresh.of(client);
                endToEnd = Math.min(endToEnd, millis(() -> analysis.endToEnd().apply(fresh)));
                ScaleAnalyses.Phases phases = analysis.phases().apply(ScaleAnalyses.Fresh.of(client));
                fetch = Math.min(fetch, millis(phases.fetch()));
                compute = Math.min(compute, millis(() -> phases.compute().get()));
            }
            lines.add(String.format("| %d | %s | ≤ %.0f ms | %.0f | %.0f | %.0f | %.0f%% | %s |", n, analysis.name(),
                    analysis.targetMs(), endToEnd, fetch, compute, 100 * fetch / (fetch + compute),
                    n < 300 ? "(×300 only)" : endToEnd <= analysis.targetMs() ? "yes" : "no"));
            System.err.println(lines.get(lines.size() - 1));
        }
        // The next check on the same service: rows, base overlaps and adjacency cached (the steady state).
        ScaleAnalyses.Fresh warm = ScaleAnalyses.Fresh.of(client);
        ScenarioService service = warm.scenarios();
        service.checkMoves(null, ScaleAnalyses.SCENARIO_BASE, scenarios.get(0));
        double next = Double.MAX_VALUE;
        for (int run = 1; run <= RUNS; run++) {
            List<ScenarioService.GivenMove> moves = scenarios.get(run);
            next = Math.min(next, millis(() -> service.checkMoves(null, ScaleAnalyses.SCENARIO_BASE, moves)));
        }
        lines.add(String.format("| %d | scenario check, a new scenario with the cache warm | ≤ %.0f ms | %.0f | 0 | %.0f | 0%% | %s |",
                n, ScaleAnalyses.SCENARIO_TARGET_MS, next, next,
                n < 300 ? "(×300 only)" : next <= ScaleAnalyses.SCENARIO_TARGET_MS ? "yes" : "no"));
        GraphRows.Division ggd = warm.rows().division(DivisionKind.GGD);
        GraphRows.Division zk = warm.rows().division(DivisionKind.ZK);
        Map<String, GraphRows.Municipality> byCode = warm.rows().municipalities().byCode();
        // The overlap from the rows as the service holds them in memory (the dense rows, built once per national version
        // like the row objects the group-by gets) against the group-by, alternating, best of 5; and from the row objects.
        DenseRows.Division denseGgd = warm.service().denseDivision(DivisionKind.GGD.name());
        DenseRows.Division denseZk = warm.service().denseDivision(DivisionKind.ZK.name());
        DenseRows.Municipalities denseMunicipalities = warm.service().denseMunicipalities();
        double groupBy = Double.MAX_VALUE;
        double overlap = Double.MAX_VALUE;
        double fromRows = Double.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            groupBy = Math.min(groupBy, millis(() -> ScaleAnalyses.plainGroupBy(ggd, zk, byCode)));
            overlap = Math.min(overlap, millis(() -> Overlaps.compute(denseGgd, denseZk, denseMunicipalities)));
            fromRows = Math.min(fromRows, millis(() -> Overlaps.compute(ggd, zk, warm.rows().municipalities())));
        }
        lines.add(String.format("| %d | reference: plain group-by GGD×ZK (rows in memory) | overlap ≥ 2× faster | – | 0 | %.0f | – | %s |",
                n, groupBy, String.format("%s: overlap from the dense rows %.0f ms, ×%.1f (from the row objects %.0f ms)",
                        overlap * 2 <= groupBy ? "yes" : "no", overlap, groupBy / overlap, fromRows)));
        System.err.println(lines.get(lines.size() - 1));
        return lines;
    }

    private static final int RUNS = 3;

    /** A version id no import takes (they count up from 1): the floor's rows are invisible to every reader. */
    private static final long FLOOR_GRAPH = -1_000;

    /** The write floor of the import's two main row shapes on this store, as one table row (see the Cypher files). */
    private static String floor(GraphClient client, int municipalities, int memberships) {
        double nodes = perSecond(municipalities, (from, to) -> Map.of("from", from, "to", to, "graph", FLOOR_GRAPH),
                "bench/floor_municipalities", client);
        double relationships = perSecond(memberships, (from, to) -> Map.of("from", from, "to", to, "graph", FLOOR_GRAPH,
                "n", municipalities), "bench/floor_memberships", client);
        String row = String.format("| %d | %.0f | %.0f |", municipalities / 342, nodes, relationships);
        System.err.println("write floor " + row);
        return row;
    }

    private static double perSecond(int rows, java.util.function.BiFunction<Integer, Integer, Map<String, Object>> parameters,
                                    String file, GraphClient client) {
        String query = nl.regiograaf.db.Cypher.query(file);
        long t0 = System.nanoTime();
        for (int from = 0; from < rows; from += NationalImporter.BATCH) {
            Map<String, Object> p = parameters.apply(from, Math.min(rows, from + NationalImporter.BATCH) - 1);
            client.write(tx -> tx.run(query, p).consume());
        }
        return rows / ((System.nanoTime() - t0) / 1e9);
    }

    private static double millis(Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        return (System.nanoTime() - t0) / 1e6;
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
