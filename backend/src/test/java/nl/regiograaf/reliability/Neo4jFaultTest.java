package nl.regiograaf.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import nl.regiograaf.config.AppConfig;
import nl.regiograaf.db.Bootstrap;
import nl.regiograaf.db.DataVersion;
import nl.regiograaf.db.EmbeddedNeo4j;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.importer.NationalImporter;
import nl.regiograaf.web.App;
import org.junit.jupiter.api.Test;

/**
 * Neo4j absent at start, then present, then gone, then back: the app starts anyway, answers 503 fast with
 * Retry-After while the database is away, and recovers by itself without a restart. Uses its own
 * database on a fixed port (not the shared test database), because it stops and starts it.
 */
class Neo4jFaultTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void startsWithoutNeo4jFailsFastWhileItIsGoneAndRecoversByItself() throws Exception {
        int boltPort = freePort();
        Path store = Files.createTempDirectory("regiograaf-fault").resolve("neo4j");
        AppConfig config = AppConfig.from(Map.of()).withPort(0);
        // One password for both starts of the store, so the client made before the first start stays valid.
        String password = EmbeddedNeo4j.newPassword();
        GraphClient client = new GraphClient("bolt://127.0.0.1:" + boltPort, EmbeddedNeo4j.USER, password, null, Duration.ofSeconds(5), 10_000);
        DataVersion version = new DataVersion(client, 200);
        Bootstrap bootstrap = new Bootstrap(client, () -> {
            NationalImporter.importIfAbsent(client);
            version.refresh();
        }).start(300);
        Javalin app = App.create(config, client, version, bootstrap::done).start("127.0.0.1", 0);
        String base = "http://127.0.0.1:" + app.port();
        EmbeddedNeo4j neo4j = null;
        try {
            // 1. No database at start: the app is up, says DOWN, and data answers are 503 with Retry-After, fast.
            Reply health = get(base + "/api/health");
            assertEquals(503, health.status);
            // Not yet bootstrapped: the app says it is starting (DOWN is for a lost database after the start)
            assertEquals("STARTING", health.json().get("status").asText());
            Reply divisions = get(base + "/api/divisions");
            assertEquals(503, divisions.status);
            assertNotNull(divisions.retryAfter, "Retry-After");
            assertTrue(divisions.body.contains("\"status\":503") && !divisions.body.contains("Exception"), divisions.body);
            assertTrue(divisions.millis < 1000, "fails fast: " + divisions.millis + " ms");

            // 2. The database comes up: bootstrap imports, the app recovers without a restart.
            neo4j = EmbeddedNeo4j.start(store, boltPort, password);
            long recovered = waitFor(base + "/api/divisions", r -> r.status == 200, 60_000);
            System.out.println("recovery after Neo4j came up: " + recovered + " ms");
            assertEquals(342, get(base + "/api/health").json().get("municipalities").asInt());

            // 3. The database disappears mid-run: requests fail fast with 503.
            neo4j.close();
            neo4j = null;
            long noticed = waitFor(base + "/api/municipalities/GM0034", r -> r.status == 503, 5_000);
            System.out.println("503 after Neo4j went away: within " + noticed + " ms");
            // A cached answer is served until the version poll (every 200 ms here) finds Neo4j gone.
            waitFor(base + "/api/divisions", r -> r.status == 503, 5_000);
            for (String path : new String[] {"/api/divisions", "/api/regions?kind=GGD", "/api/health"}) {
                Reply r = get(base + path);
                assertEquals(503, r.status, path);
                assertTrue(r.millis < 1000, path + " fails fast: " + r.millis + " ms");
            }

            // 4. It comes back (same store): the app recovers by itself and the data is still there.
            neo4j = EmbeddedNeo4j.start(store, boltPort, password);
            long back = waitFor(base + "/api/health", r -> r.status == 200, 30_000);
            System.out.println("recovery after Neo4j came back: " + back + " ms");
            assertEquals(200, get(base + "/api/municipalities/GM0034").status);
            assertEquals(342, get(base + "/api/health").json().get("municipalities").asInt());
        } finally {
            app.stop();
            version.close();
            bootstrap.close();
            client.close();
            if (neo4j != null) {
                neo4j.close();
            }
        }
    }

    private record Reply(int status, String body, String retryAfter, long millis) {
        com.fasterxml.jackson.databind.JsonNode json() throws IOException {
            return new ObjectMapper().readTree(body);
        }
    }

    private static Reply get(String url) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Retry-After").orElse(null),
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** Polls until the reply satisfies {@code ok}; returns the time it took. */
    private static long waitFor(String url, Predicate<Reply> ok, long timeoutMillis) throws Exception {
        long t0 = System.currentTimeMillis();
        while (System.currentTimeMillis() - t0 < timeoutMillis) {
            if (ok.test(get(url))) {
                return System.currentTimeMillis() - t0;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not reached within " + timeoutMillis + " ms: " + url);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
