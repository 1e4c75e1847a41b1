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
    void apiDocsPageUsesNoInlineScriptAndNoExternalResources() {
        String page = Http.get("/api-docs.html").body();
        assertFalse(page.matches("(?s).*<script>.*"), "no inline script");
        assertFalse(page.contains("https://"), "no external resources");
        assertEquals(200, Http.get("/webjars/redoc/2.1.4/bundles/redoc.standalone.js").status());
    }
}
