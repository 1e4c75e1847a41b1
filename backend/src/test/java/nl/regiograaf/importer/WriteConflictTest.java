package nl.regiograaf.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import io.javalin.Javalin;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.TestGraph;
import nl.regiograaf.support.Uploads;
import nl.regiograaf.support.UserDatasets;
import nl.regiograaf.web.App;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A write that cannot get its turn is a 409 with Retry-After (not a 503 outage), and nothing is written; every 5xx
 * carries a request id in its problem+json answer and in exactly one log line.
 */
class WriteConflictTest {

    @RegisterExtension
    final UserDatasets datasets = new UserDatasets();

    @Test
    void anImportThatCannotGetItsTurnIsA409WithRetryAfterAndWritesNothing() throws Exception {
        String dataset = datasets.create("conflict");
        Map<String, Object> before = Uploads.fingerprint();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread other = new Thread(() -> DatasetLocks.withLock(dataset, () -> {
            held.countDown();
            try {
                return release.await(10, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        other.start();
        assertTrue(held.await(10, TimeUnit.SECONDS));
        DatasetLocks.waitAtMost(500);
        try {
            Http.Response r = Uploads.post("/api/import/support-points?dataset=" + dataset, "text/csv",
                    "name,kind,municipality\nWachtrij,steunpunt,GM0034\n");
            assertEquals(409, r.status(), r.body());
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            assertNotNull(r.header("Retry-After"), "Retry-After");
            assertEquals(409, r.json().get("status").asInt());
            assertEquals(before, Uploads.fingerprint(), "nothing written");
        } finally {
            DatasetLocks.waitAtMost(DatasetLocks.WAIT_MILLIS);
            release.countDown();
            other.join();
        }
        Http.Response again = Uploads.post("/api/import/support-points?dataset=" + dataset, "text/csv",
                "name,kind,municipality\nWachtrij,steunpunt,GM0034\n");
        assertEquals(200, again.status(), "its turn has come: " + again.body());
    }

    @Test
    void everyServerErrorCarriesARequestIdThatIsLoggedOnce() throws Exception {
        TestGraph graph = TestGraph.get();
        // An app whose startup imports never finish: every data request is a 503.
        Javalin starting = App.create(graph.config(), graph.client(), graph.dataVersion(), () -> false).start("127.0.0.1", 0);
        PrintStream stderr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + starting.port()
                            + "/api/divisions")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(503, r.statusCode());
            String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).path("requestId").asText();
            assertTrue(id.length() >= 16, "requestId in the problem+json answer: " + r.body());
            assertEquals(id, r.headers().firstValue("X-Request-Id").orElse(null));
            String logged = log.toString(StandardCharsets.UTF_8);
            assertEquals(1, logged.split(id, -1).length - 1, "logged once: " + logged);
        } finally {
            System.setErr(stderr);
            starting.stop();
        }
    }
}
