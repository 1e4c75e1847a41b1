package nl.regiograaf.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.regiograaf.support.TestGraph;
import nl.regiograaf.web.App;
import org.junit.jupiter.api.Test;

/** What /api/health and the other routes answer in each start phase (the page's waiting screen reads these fields). */
class StartupHealthTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void healthFollowsThePhasesAndDataRoutesWaitForReady() throws Exception {
        TestGraph g = TestGraph.get();
        StartupState state = StartupState.starting();
        Javalin app = App.create(g.config(), g.client(), g.dataVersion(), state).start("127.0.0.1", 0);
        String base = "http://127.0.0.1:" + app.port();
        try {
            HttpResponse<String> health = get(base + "/api/health");
            assertEquals(503, health.statusCode());
            JsonNode h = JSON.readTree(health.body());
            assertEquals("STARTING", h.get("status").asText());
            assertEquals("neo4j", h.get("phase").asText());
            assertTrue(h.get("elapsedMs").asLong() >= 0);
            assertTrue(health.headers().firstValue("Retry-After").isPresent());

            HttpResponse<String> regions = get(base + "/api/regions?kind=GGD");
            assertEquals(503, regions.statusCode());
            assertTrue(regions.headers().firstValue("Retry-After").isPresent());
            assertTrue(regions.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

            state.enter(StartupState.Phase.IMPORT);
            state.expectSteps(18);
            state.step("sources");
            state.step("divisions");
            h = JSON.readTree(get(base + "/api/health").body());
            assertEquals("import", h.get("phase").asText());
            assertEquals("divisions", h.get("step").asText());
            assertEquals(2, h.get("stepNumber").asInt());
            assertEquals(18, h.get("steps").asInt());
            assertEquals(503, get(base + "/api/divisions").statusCode());

            state.enter(StartupState.Phase.READY);
            health = get(base + "/api/health");
            assertEquals(200, health.statusCode());
            h = JSON.readTree(health.body());
            assertEquals("UP", h.get("status").asText());
            assertEquals(342, h.get("municipalities").asInt());
            assertFalse(h.has("step"), "no start details once ready: " + h);
            assertEquals(200, get(base + "/api/divisions").statusCode());
        } finally {
            app.stop();
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The warm-up asks what the page asks: every path is a route that answers 200 (a renamed route fails here). */
    @Test
    void everyWarmUpPathAnswers() {
        for (String path : Server.WARM_UP_PATHS) {
            nl.regiograaf.support.Http.Response r = nl.regiograaf.support.Http.get(path);
            assertEquals(200, r.status(), path + ": " + r.body());
        }
    }
}
