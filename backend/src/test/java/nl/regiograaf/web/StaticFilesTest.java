package nl.regiograaf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import nl.regiograaf.support.Http;
import org.junit.jupiter.api.Test;

/** Static files: compressed once, validated by ETag (304), cached for a year only where the path carries a version. */
class StaticFilesTest {

    @Test
    void pageFilesAreGzippedAndRevalidatedWithEtag() {
        Http.Response first = Http.send(HttpRequest.newBuilder(Http.uri("/css/app.css")).header("Accept-Encoding", "gzip"));
        assertEquals(200, first.status());
        assertEquals("gzip", first.header("Content-Encoding"));
        assertEquals("no-cache", first.header("Cache-Control"));
        String etag = first.header("ETag");
        assertTrue(etag != null && !etag.isBlank(), "ETag");
        Http.Response again = Http.send(HttpRequest.newBuilder(Http.uri("/css/app.css"))
                .header("Accept-Encoding", "gzip").header("If-None-Match", etag));
        assertEquals(304, again.status());
    }

    @Test
    void versionedLibrariesAreCachedForAYear() {
        Http.Response d3 = Http.send(HttpRequest.newBuilder(Http.uri("/webjars/d3/7.9.0/dist/d3.min.js"))
                .header("Accept-Encoding", "gzip"));
        assertEquals(200, d3.status());
        assertEquals("gzip", d3.header("Content-Encoding"));
        String cacheControl = d3.header("Cache-Control");
        long maxAge = Long.parseLong(cacheControl.replaceAll(".*max-age=(\\d+).*", "$1"));
        assertTrue(maxAge >= 365L * 24 * 3600, cacheControl);
    }
}
