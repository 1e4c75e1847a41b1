package nl.regiograaf.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for API tests against the running app. */
public final class Http {

    private static final HttpClient CLIENT = newClient();

    private static HttpClient newClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }
    private static final ObjectMapper JSON = new ObjectMapper();

    private Http() {
    }

    public record Response(int status, String contentType, String body, HttpResponse<byte[]> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public static Response get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
    }

    public static Response send(HttpRequest.Builder request) {
        try {
            // A write may take long on a busy machine; it must not time out on the client and commit after the test's
            // cleanup has run.
            boolean read = request.build().method().equals("GET");
            HttpRequest built = request.timeout(read ? Duration.ofSeconds(60) : Duration.ofMinutes(10)).build();
            // Writes get a connection of their own: a pooled keep-alive connection that the server closed after an
            // early rejection (body not read) would otherwise fail the next request with "received no bytes".
            HttpClient client = read ? CLIENT : newClient();
            HttpResponse<byte[]> r = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    new String(r.body(), java.nio.charset.StandardCharsets.UTF_8), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static URI uri(String pathAndQuery) {
        return URI.create(TestGraph.get().baseUrl() + pathAndQuery);
    }
}
