package nl.regiograaf.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.regiograaf.config.AppConfig;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.TestGraph;
import nl.regiograaf.support.Uploads;
import nl.regiograaf.web.App;
import nl.regiograaf.web.WriteAccess;
import org.junit.jupiter.api.Test;

/**
 * Enumerates the routes registered in the real app and calls every write route (any method but GET, HEAD,
 * OPTIONS) over HTTP without a valid token: the answer must be 401 (token configured) or 403 (writes disabled),
 * nothing else, and nothing may change. The admin-only read (export) is checked the same way.
 */
class WriteAccessTest {

    private static final Set<HandlerType> READS = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
    /** GET routes that still need the admin token, because they expose everything users imported. */
    private static final Set<String> ADMIN_READS = Set.of("/api/export");

    record Route(HandlerType method, String path) {
    }

    static List<Route> routes(Javalin app) {
        List<Route> routes = new ArrayList<>();
        app.unsafeConfig().pvt.internalRouter.allHttpHandlers().forEach(e -> {
            if (e.getEndpoint().getMethod().isHttpMethod()) {
                routes.add(new Route(e.getEndpoint().getMethod(), e.getEndpoint().getPath()));
            }
        });
        return routes;
    }

    static List<Route> writeRoutes(Javalin app) {
        return routes(app).stream().filter(r -> !READS.contains(r.method()))
                .filter(r -> !(r.method() == HandlerType.POST && WriteAccess.READ_ONLY_POSTS.contains(r.path()))).toList();
    }

    /** A concrete URL for a route pattern: path parameters get a harmless value. */
    static String concrete(String path) {
        return path.replaceAll("\\{[^}]+}", "user-access-test").replaceAll("<[^>]+>", "user-access-test");
    }

    @Test
    void theRealAppHasTheExpectedWriteRoutesAndNoOthers() {
        Set<String> writes = new TreeSet<>();
        writeRoutes(TestGraph.get().app()).forEach(r -> writes.add(r.method() + " " + r.path()));
        // A new write route shows up here: add it consciously (it is protected by WriteAccess regardless).
        assertEquals(Set.of("DELETE /api/datasets/{id}", "POST /api/import/support-points", "POST /api/import/ketenaanpakken",
                "POST /api/import/werkstructuur", "DELETE /api/import/werkstructuur", "POST /api/import/venster",
                "DELETE /api/import/venster", "POST /api/import/divisions"), writes);
        assertTrue(routes(TestGraph.get().app()).size() > 15, "the router was enumerated");
        // The read-only POST routes are registered, and they are the only POST routes open without a token.
        Set<String> readOnlyPosts = new TreeSet<>();
        routes(TestGraph.get().app()).stream().filter(r -> r.method() == HandlerType.POST)
                .filter(r -> WriteAccess.READ_ONLY_POSTS.contains(r.path())).forEach(r -> readOnlyPosts.add(r.path()));
        assertEquals(WriteAccess.READ_ONLY_POSTS, readOnlyPosts);
    }

    @Test
    void theReadOnlyScenarioCheckNeedsNoTokenAndWritesNothing() {
        long dataVersion = TestGraph.get().dataVersion().current();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestGraph.get().baseUrl() + "/api/scenarios/check"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"base\":\"ZK\",\"moves\":[{\"municipality\":\"GM0034\",\"to\":\"ZK07\"}]}"))
                .header("Content-Type", "application/json");
        assertEquals(200, Http.send(b).status());
        // A write route next to it still needs the token (the exemption is exact).
        assertEquals(401, call(TestGraph.get().baseUrl(), HandlerType.POST, "/api/scenarios/checks", null).status());
        // every write transaction bumps the data version
        assertEquals(dataVersion, TestGraph.get().dataVersion().current(), "no write happened");
    }

    @Test
    void noWriteRouteAnswersAnythingButUnauthorizedWithoutAValidToken() {
        Map<String, Object> before = Uploads.fingerprint();
        List<String> checked = new ArrayList<>();
        for (Route route : writeRoutes(TestGraph.get().app())) {
            for (String authorization : new String[] {null, "Bearer wrong-token", "Bearer ", "Basic dGVzdA==",
                    "Bearer " + TestGraph.ADMIN_TOKEN + "x", "bearer " + TestGraph.ADMIN_TOKEN.substring(1)}) {
                Http.Response r = call(TestGraph.get().baseUrl(), route.method(), concrete(route.path()), authorization);
                assertEquals(401, r.status(), route + " with " + authorization + ": " + r.body());
                assertTrue(r.contentType().startsWith("application/problem+json"), route.toString());
                assertTrue(r.header("WWW-Authenticate").startsWith("Bearer"), route.toString());
                checked.add(route + " " + authorization);
            }
        }
        for (String path : ADMIN_READS) {
            assertEquals(401, call(TestGraph.get().baseUrl(), HandlerType.GET, path, null).status(), path);
            assertEquals(401, call(TestGraph.get().baseUrl(), HandlerType.GET, path, "Bearer nope").status(), path);
        }
        assertEquals(48, checked.size());
        assertEquals(before, Uploads.fingerprint(), "nothing changed");
    }

    @Test
    void anyOtherWriteMethodOnAnyPathNeedsTheTokenToo() {
        for (HandlerType method : List.of(HandlerType.PUT, HandlerType.PATCH, HandlerType.POST, HandlerType.DELETE)) {
            for (String path : List.of("/api/divisions", "/api/import/whatever", "/", "/api/export")) {
                assertEquals(401, call(TestGraph.get().baseUrl(), method, path, null).status(), method + " " + path);
            }
        }
    }

    @Test
    void withoutAConfiguredTokenEveryWriteRouteSaysWritesDisabled() {
        TestGraph g = TestGraph.get();
        AppConfig noToken = g.config().withAdminToken(null).withPort(0);
        Javalin app = App.create(noToken, g.client(), g.dataVersion()).start("127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + app.port();
            List<Route> writes = writeRoutes(app);
            assertEquals(8, writes.size());
            for (Route route : writes) {
                for (String authorization : new String[] {null, "Bearer " + TestGraph.ADMIN_TOKEN, "Bearer "}) {
                    Http.Response r = call(base, route.method(), concrete(route.path()), authorization);
                    assertEquals(403, r.status(), route + ": " + r.body());
                    assertTrue(r.json().get("detail").asText().contains("Writes disabled"), r.body());
                }
            }
            assertEquals(403, call(base, HandlerType.GET, "/api/export", "Bearer " + TestGraph.ADMIN_TOKEN).status());
            assertEquals(200, call(base, HandlerType.GET, "/api/divisions", null).status(), "reads stay open");
        } finally {
            app.stop();
        }
    }

    @Test
    void theValidTokenIsLetThrough() {
        // Reaches the handler: 404 for a dataset that does not exist, 400 for an empty upload.
        assertEquals(404, Uploads.delete("/api/datasets/user-access-test").status());
        assertEquals(400, Uploads.post("/api/import/support-points", "text/csv", "name,kind,municipality\n").status());
    }

    static Http.Response call(String base, HandlerType method, String path, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method.name(), HttpRequest.BodyPublishers.ofString("name,kind,municipality\nX,steunpunt,GM0363\n"))
                .header("Content-Type", "text/csv");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        Http.Response r = Http.send(b);
        assertFalse(r.body().contains("Exception"), r.body());
        return r;
    }
}
