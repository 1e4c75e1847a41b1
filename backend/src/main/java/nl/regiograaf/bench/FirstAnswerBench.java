package nl.regiograaf.bench;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.regiograaf.config.AppConfig;
import nl.regiograaf.db.DataVersion;
import nl.regiograaf.db.EmbeddedNeo4j;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.db.SchemaInitializer;
import nl.regiograaf.web.App;

/**
 * The first computation after a write, on the national data, over HTTP. For each analysis endpoint, several rounds of:
 * a user import (one support point, over HTTP, as a user writes) and the first request after it; a write to the
 * national graph (it bumps the national version, as a national import does: every answer is recomputed from the
 * graph and serialized) and the first request after it; then a request served from the per-version cache.
 * Median and max.
 * Run: {@code java -cp backend/target/regiograaf.jar nl.regiograaf.bench.FirstAnswerBench [rounds]}.
 */
public final class FirstAnswerBench {

    /** {@code /api/health} first: after a write it runs one count query, the floor a first computation stands on. */
    static final List<String> ENDPOINTS = List.of(
            "/api/health",
            "/api/overlaps?a=GGD&b=ZK",
            "/api/overlaps/ggd",
            "/api/partition-check",
            "/api/coverage?radiusKm=10&by=IZA",
            "/api/ketenaanpakken/coverage?by=IZA",
            "/api/support-points",
            "/api/municipalities/GM0363",
            "/api/graph?focus=GM0363&depth=1",
            "/api/memberships");

    private FirstAnswerBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path dir = Files.createTempDirectory("regiograaf-first");
        AppConfig config = AppConfig.from(Map.of("REGIOGRAAF_ADMIN_TOKEN", TOKEN)).withDataDir(dir).withPort(0);
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dir.resolve("neo4j"), 0);
             GraphClient client = neo4j.client(Duration.ofMillis(config.queryTimeoutMillis()), config.rowCap());
             DataVersion version = new DataVersion(client, 1000)) {
            SchemaInitializer.apply(client);
            nl.regiograaf.server.Server.startupImports(client, version).accept(nl.regiograaf.server.StartupState.starting());
            Javalin app = App.create(config, client, version).start("127.0.0.1", 0);
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + app.port();
            System.out.println("| endpoint | after a user import, median ms | max ms | after a national write, median ms "
                    + "| max ms | cached, median ms |");
            System.out.println("|---|---:|---:|---:|---:|---:|");
            for (String path : ENDPOINTS) {
                double[] afterImport = new double[rounds];
                double[] afterNational = new double[rounds];
                double[] cached = new double[rounds];
                get(http, base + path); // JIT and Cypher plans warm: the figure is the steady-state recomputation
                for (int r = 0; r < rounds; r++) {
                    userImport(http, base, r);
                    afterImport[r] = get(http, base + path);
                    version.observeNational(client.write(nl.regiograaf.importer.NationalImporter::finishNationalWrite));
                    afterNational[r] = get(http, base + path);
                    cached[r] = get(http, base + path);
                }
                Arrays.sort(afterImport);
                Arrays.sort(afterNational);
                Arrays.sort(cached);
                System.out.printf("| `%s` | %.1f | %.1f | %.1f | %.1f | %.1f |%n", path, afterImport[rounds / 2],
                        afterImport[rounds - 1], afterNational[rounds / 2], afterNational[rounds - 1], cached[rounds / 2]);
            }
            app.stop();
        } finally {
            try (var paths = Files.walk(dir)) {
                List<Path> all = new ArrayList<>(paths.toList());
                all.sort(java.util.Comparator.reverseOrder());
                all.forEach(p -> p.toFile().delete());
            }
        }
    }

    private static final String TOKEN = "first-answer-bench";

    /** Replaces a one-row user dataset: a real write of support data, as a user makes it. */
    private static void userImport(HttpClient http, String base, int round) throws Exception {
        String csv = "name,kind,municipality\nBench " + round + ",steunpunt,Almere\n";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/api/import/support-points?dataset=user-bench&mode=replace"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("import → " + r.statusCode() + " " + r.body());
        }
    }

    private static double get(HttpClient http, String url) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - t0) / 1e6;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " → " + r.statusCode());
        }
        return ms;
    }
}
