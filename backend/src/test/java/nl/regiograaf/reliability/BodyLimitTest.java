package nl.regiograaf.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.TestGraph;
import nl.regiograaf.support.Uploads;
import org.junit.jupiter.api.Test;

/** Bodies above 20 MB are refused with 413 problem+json, streamed or not, and nothing is written. */
class BodyLimitTest {

    static final long SIZE = 21L * 1024 * 1024;

    @Test
    void aTwentyOneMegabyteImportIsRefusedWith413AndNothingIsWritten() {
        Map<String, Object> before = Uploads.fingerprint();
        for (boolean chunked : new boolean[] {false, true}) {
            for (String path : new String[] {"/api/import/support-points", "/api/import/ketenaanpakken"}) {
                HttpRequest.BodyPublisher body = chunked
                        ? HttpRequest.BodyPublishers.ofInputStream(() -> validLookingCsv(SIZE)) // no Content-Length: chunked
                        : HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> validLookingCsv(SIZE)), SIZE);
                Http.Response r = Http.send(HttpRequest.newBuilder(Http.uri(path + "?dataset=user-body-limit"))
                        .header("Content-Type", "text/csv").header("Authorization", "Bearer " + TestGraph.ADMIN_TOKEN)
                        .POST(body));
                assertEquals(413, r.status(), path + " chunked=" + chunked + ": " + r.body());
                assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
                assertEquals(413, r.json().get("status").asInt());
                Leaks.assertClean(r.body());
            }
        }
        assertEquals(before, Uploads.fingerprint(), "nothing written");
    }

    /** Rows that would all be valid: only the size is wrong. Generated while streaming, never held in memory. */
    static InputStream validLookingCsv(long size) {
        byte[] header = "name,kind,municipality\n".getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            long sent;
            byte[] line = header;
            int pos;
            int n;

            @Override
            public int read() throws IOException {
                if (sent >= size) {
                    return -1;
                }
                if (pos == line.length) {
                    line = ("Steunpunt " + (n++) + ",steunpunt,GM0363\n").getBytes(StandardCharsets.UTF_8);
                    pos = 0;
                }
                sent++;
                return line[pos++];
            }
        };
    }
}
