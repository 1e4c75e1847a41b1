package nl.regiograaf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.List;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.TestGraph;
import org.junit.jupiter.api.Test;

/** HEAD tells the truth: the status and content type GET would answer (401, 400, 404 included), and no body. */
class HeadRequestTest {

    @Test
    void headAnswersWhatGetWouldForEveryKindOfAnswer() {
        List<String[]> cases = List.of(
                new String[] {"/api/export", null},
                new String[] {"/api/export", "Bearer wrong"},
                new String[] {"/api/overlaps?a=FOO&b=ZK", null},
                new String[] {"/api/overlaps?a=GGD&b=ZK", null},
                new String[] {"/api/municipalities/GM9999", null},
                new String[] {"/api/municipalities/GM0363", null},
                new String[] {"/api/coverage?radiusKm=abc", null},
                new String[] {"/api/graph?focus=GM0363&depth=3", null},
                new String[] {"/api/health", null},
                new String[] {"/api/nothing-here", null},
                new String[] {"/", null});
        for (String[] c : cases) {
            Http.Response get = Http.send(request(c[0], c[1]).GET());
            Http.Response head = Http.send(request(c[0], c[1]).method("HEAD", HttpRequest.BodyPublishers.noBody()));
            String what = "HEAD " + c[0] + (c[1] == null ? "" : " (" + c[1] + ")");
            assertEquals(get.status(), head.status(), what);
            assertEquals(get.contentType(), head.contentType(), what);
            assertTrue(head.body().isEmpty(), what + " has no body");
        }
        assertEquals(401, Http.send(request("/api/export", null).method("HEAD", HttpRequest.BodyPublishers.noBody())).status());
    }

    private static HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(Http.uri(path));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    static {
        TestGraph.get();
    }
}
