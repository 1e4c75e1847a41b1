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
import nl.regiograaf.Main;
import nl.regiograaf.config.AppConfig;
import nl.regiograaf.db.DataVersion;
import nl.regiograaf.db.EmbeddedNeo4j;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.db.SchemaInitializer;
import nl.regiograaf.web.App;

/**
 * The first computation after a write, on the national data, over HTTP: for each analysis endpoint, a write
 * transaction bumps the data version (as every import does), then the first request is timed (it recomputes from the
 * graph and serializes), then a second one (served from the per-version cache). Several rounds; median and max.
 * Run: {@code java -cp backend/target/regiograaf.jar nl.regiograaf.bench.FirstAnswerBench [rounds]}.
 */
public final class FirstAnswerBench {

    static final List<String> ENDPOINTS = List.of(
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
        AppConfig config = AppConfig.from(Map.of()).withDataDir(dir).withPort(0);
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dir.resolve("neo4j"), 0);
             GraphClient client = new GraphClient(neo4j.boltUri(), "neo4j", "", null,
                     Duration.ofMillis(config.queryTimeoutMillis()), config.rowCap());
             DataVersion version = new DataVersion(client, 1000)) {
            SchemaInitializer.apply(client);
            Main.startupImports(client, version).run();
            Javalin app = App.create(config, client, version).start("127.0.0.1", 0);
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + app.port();
            System.out.println("| endpoint | first after write, median ms | max ms | cached, median ms |");
            System.out.println("|---|---:|---:|---:|");
            for (String path : ENDPOINTS) {
                double[] first = new double[rounds];
                double[] cached = new double[rounds];
                get(http, base + path); // JIT and Cypher plans warm: the figure is the steady-state recomputation
                for (int r = 0; r < rounds; r++) {
                    version.observe(client.write(DataVersion::bump));
                    first[r] = get(http, base + path);
                    cached[r] = get(http, base + path);
                }
                Arrays.sort(first);
                Arrays.sort(cached);
                System.out.printf("| `%s` | %.1f | %.1f | %.1f |%n", path, first[rounds / 2], first[rounds - 1], cached[rounds / 2]);
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
