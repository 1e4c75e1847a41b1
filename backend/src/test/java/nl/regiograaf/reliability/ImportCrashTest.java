package nl.regiograaf.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.regiograaf.support.TestGraph;
import nl.regiograaf.support.Uploads;
import org.junit.jupiter.api.Test;

/**
 * The real application as a separate JVM (main class, test classpath, its own data directory and port):
 * a user dataset survives a restart; a process killed (SIGKILL) in the middle of a 200,000-row import leaves the
 * previous dataset exactly as it was (counts and checksum of the store opened afterwards), with no partial rows;
 * and the app starts again on that store.
 */
class ImportCrashTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String DATASET = "user-crash-test";

    @Test
    void aKilledImportLeavesThePreviousDatasetIntactAndDataSurvivesRestarts() throws Exception {
        Path dir = Files.createTempDirectory("regiograaf-crash");
        Path logs = Path.of("target", "crash-test");
        Files.createDirectories(logs);

        // 1. First start (national import into an empty store), a small user dataset, a clean stop.
        App first = App.start(dir, logs.resolve("1-first-start.log"));
        String small = "name,kind,municipality\n" + "Steunpunt Centrum,steunpunt,GM0363\nInloophuis West,inloophuis,GM0344\n"
                + "Zelfregiecentrum Noord,zelfregiecentrum,Groningen\n";
        HttpResponse<String> imported = first.post("/api/import/support-points?dataset=" + DATASET, small);
        assertEquals(200, imported.statusCode(), imported.body());
        first.stop();

        // 2. The store after the clean stop: the reference fingerprint.
        Map<String, Object> before;
        try (Instances.Store store = Instances.Store.open(dir.resolve("neo4j"))) {
            before = Uploads.fingerprint(store.client());
            assertEquals(3L, pointsIn(store, DATASET));
        }

        // 3. Restart: the user dataset is still there (nothing lost); then a 200,000-row replace, killed mid-import.
        App second = App.start(dir, logs.resolve("2-restart.log"));
        JsonNode datasets = JSON.readTree(second.get("/api/datasets").body());
        JsonNode survived = null;
        for (JsonNode d : datasets) {
            if (DATASET.equals(d.get("id").asText())) {
                survived = d;
            }
        }
        assertTrue(survived != null && survived.get("rows").asInt() == 3, "the user dataset survived the restart: " + datasets);
        StringBuilder large = new StringBuilder("name,kind,municipality\n");
        String[] municipalities = {"GM0363", "GM0344", "GM0014", "GM0599", "GM0518"};
        for (int i = 0; i < 200_000; i++) {
            large.append("Steunpunt ").append(i).append(",steunpunt,").append(municipalities[i % municipalities.length]).append('\n');
        }
        long posted = System.nanoTime();
        CompletableFuture<HttpResponse<String>> pending = second.postAsync("/api/import/support-points?dataset=" + DATASET,
                large.toString());
        Thread.sleep(Long.getLong("crash.killAfterMs", 6000));
        assertFalse(pending.isDone(), "the import was still running when the process was killed");
        second.kill();
        long killedAfterMs = (System.nanoTime() - posted) / 1_000_000;

        // 4. The store after the kill: exactly the state before the import (no partial rows, same checksum).
        long reopened = System.nanoTime();
        try (Instances.Store store = Instances.Store.open(dir.resolve("neo4j"))) {
            assertEquals(before, Uploads.fingerprint(store.client()), "the previous dataset after the crash");
            assertEquals(3L, pointsIn(store, DATASET));
        }
        long storeCheckMs = (System.nanoTime() - reopened) / 1_000_000;

        // 5. And the application starts again on it, serving the previous dataset.
        long restart = System.nanoTime();
        App third = App.start(dir, logs.resolve("3-after-crash.log"));
        long recoveryMs = (System.nanoTime() - restart) / 1_000_000;
        String points = third.get("/api/support-points?demo=false").body();
        assertTrue(points.contains("Steunpunt Centrum") && !points.contains("Steunpunt 1999"), "served after the crash");
        third.stop();
        System.out.printf("Crash test: killed %d ms after posting 200,000 rows; store reopened and verified in %d ms; "
                + "app healthy again %d ms after restart; first start %d ms, restart %d ms%n",
                killedAfterMs, storeCheckMs, recoveryMs, first.startMillis, second.startMillis);
    }

    private static long pointsIn(Instances.Store store, String dataset) {
        return store.client().read(tx -> tx.run("MATCH (p:SupportPoint {dataset: $d}) RETURN count(p) AS n", Map.of("d", dataset))
                .single().get("n").asLong());
    }

    /** One application process. */
    static final class App {
        final Process process;
        final String base;
        long startMillis;

        private App(Process process, String base) {
            this.process = process;
            this.base = base;
        }

        static App start(Path dataDir, Path log) throws Exception {
            int port = Instances.freePort();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1500m", "-XX:+UseParallelGC", "-cp",
                    System.getProperty("java.class.path"), "nl.regiograaf.Main");
            pb.environment().put("REGIOGRAAF_DATA_DIR", dataDir.toString());
            pb.environment().put("REGIOGRAAF_PORT", Integer.toString(port));
            pb.environment().put("REGIOGRAAF_ADMIN_TOKEN", TestGraph.ADMIN_TOKEN);
            pb.environment().remove("NEO4J_URI");
            pb.redirectErrorStream(true).redirectOutput(log.toFile());
            long started = System.nanoTime();
            App app = new App(pb.start(), "http://127.0.0.1:" + port);
            long deadline = System.currentTimeMillis() + 240_000;
            while (true) {
                if (!app.process.isAlive()) {
                    throw new AssertionError("the app exited with " + app.process.exitValue() + "; see " + log);
                }
                try {
                    HttpResponse<String> h = app.get("/api/health");
                    if (h.statusCode() == 200 && h.body().contains("\"UP\"")) {
                        // data answers are 503 until the startup imports are done
                        if (app.get("/api/datasets").statusCode() == 200) {
                            break;
                        }
                    }
                } catch (java.io.IOException notYet) {
                    // not listening yet
                }
                if (System.currentTimeMillis() > deadline) {
                    app.kill();
                    throw new AssertionError("the app did not become healthy; see " + log);
                }
                Thread.sleep(200);
            }
            app.startMillis = (System.nanoTime() - started) / 1_000_000;
            return app;
        }

        HttpResponse<String> get(String path) throws Exception {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String csv) throws Exception {
            return postAsync(path, csv).get();
        }

        CompletableFuture<HttpResponse<String>> postAsync(String path, String csv) {
            return HTTP.sendAsync(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                    .header("Content-Type", "text/csv").header("Authorization", "Bearer " + TestGraph.ADMIN_TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** A clean stop (SIGTERM: the shutdown hook closes the app and the store). */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }

        /** A crash: SIGKILL, no shutdown hook, no clean store shutdown. */
        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor();
        }
    }

    @SuppressWarnings("unused")
    private static List<String> classpath() {
        return List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    }
}
