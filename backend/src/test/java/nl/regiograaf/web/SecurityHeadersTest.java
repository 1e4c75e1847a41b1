package nl.regiograaf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.regiograaf.support.Http;
import org.junit.jupiter.api.Test;

/** Every response, API, page or error, carries the security headers; CORS is off by default. */
class SecurityHeadersTest {

    @Test
    void everyKindOfResponseCarriesTheHeaders() {
        for (String path : List.of("/api/health", "/", "/api-docs.html", "/api/municipalities/GM9999", "/no/such/page")) {
            Http.Response r = Http.get(path);
            String csp = r.header("Content-Security-Policy");
            assertNotNull(csp, path);
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("script-src 'self' 'unsafe-inline'"), path);
            assertTrue(csp.contains("frame-ancestors 'none'"), path);
            assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
            assertNotNull(r.header("Referrer-Policy"), path);
            assertEquals("DENY", r.header("X-Frame-Options"), path);
        }
    }

    @Test
    void corsIsOffWithoutAnAllowList() {
        Http.Response r = Http.send(java.net.http.HttpRequest.newBuilder(Http.uri("/api/divisions"))
                .header("Origin", "https://evil.example").GET());
        assertEquals(200, r.status());
        assertFalse(r.raw().headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }

    @Test
    void jettysOwnRefusalsCarryTheHeadersToo() throws Exception {
        String longUri = "/api/search?q=" + "a".repeat(9_000);
        String[][] cases = {
            {"400", "GET /api/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"},
            {"414", "GET " + longUri + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"},
            {"431", "GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\nConnection: close\r\n\r\n"}};
        for (String[] c : cases) {
            String answer = raw(c[1]);
            String head = answer.split("\r\n\r\n", 2)[0].toLowerCase(java.util.Locale.ROOT);
            assertTrue(head.startsWith("http/1.1 " + c[0]), c[0] + ": " + head);
            assertTrue(head.contains("content-security-policy: default-src 'self'"), c[0] + " CSP: " + head);
            assertTrue(head.contains("x-content-type-options: nosniff"), c[0] + ": " + head);
            assertTrue(head.contains("x-frame-options: deny"), c[0] + ": " + head);
            assertTrue(head.contains("referrer-policy: no-referrer"), c[0] + ": " + head);
        }
    }

    @Test
    void theOpenApiDocumentIsNotOpenToEveryOriginWhileCorsIsOff() {
        Http.Response r = Http.send(java.net.http.HttpRequest.newBuilder(Http.uri("/openapi.json"))
                .header("Origin", "https://evil.example").GET());
        assertEquals(200, r.status());
        assertFalse(r.raw().headers().firstValue("Access-Control-Allow-Origin").isPresent(),
                "Access-Control-Allow-Origin: " + r.header("Access-Control-Allow-Origin"));
    }

    private static String raw(String request) throws Exception {
        java.net.URI base = Http.uri("/");
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void apiDocsPageUsesNoInlineScriptAndNoExternalResources() {
        String page = Http.get("/api-docs.html").body();
        assertFalse(page.matches("(?s).*<script>.*"), "no inline script");
        assertFalse(page.contains("https://"), "no external resources");
        assertEquals(200, Http.get("/webjars/redoc/2.1.4/bundles/redoc.standalone.js").status());
    }
}
