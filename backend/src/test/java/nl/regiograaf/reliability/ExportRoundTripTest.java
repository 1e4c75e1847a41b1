package nl.regiograaf.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.TestGraph;
import nl.regiograaf.support.Uploads;
import org.junit.jupiter.api.Test;

/**
 * Nothing lost: {@code GET /api/export} dumps every dataset; restoring the dump into an EMPTY instance (a second
 * store, started as a fresh installation starts) gives the same datasets and the same analysis answers.
 */
class ExportRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Differ by nature between two instances: when and how often a dataset was written. */
    private static final Set<String> VOLATILE = Set.of("importedAt", "version", "dataVersion", "millis");

    @Test
    void theExportRestoredIntoAnEmptyInstanceGivesIdenticalAnswers() throws Exception {
        String points = Uploads.uniqueDataset("export-points");
        String keten = Uploads.uniqueDataset("export-keten");
        // Awkward values on purpose: quotes, separators, a line break, a decimal comma, a name with diacritics.
        String csv = """
                name;kind;municipality;address;town;lat;lon
                "Steunpunt ""De Brug"", Oost";steunpunt;GM0363;"Kerkstraat 1
                achterom";Amsterdam;52,3702;4,8952
                Inloophuis Súdwest;inloophuis;Súdwest-Fryslân;;;;
                Zelfregie 's-Hertogenbosch;zelfregiecentrum;den bosch;Markt 1;'s-Hertogenbosch;;
                """;
        assertEquals(200, Uploads.post("/api/import/support-points?dataset=" + points + "&scope="
                + URLEncoder.encode("test: drie punten; \"export\"", StandardCharsets.UTF_8), "text/csv", csv).status());
        String ketenJson = """
                [{"municipality":"GM0363","ketenaanpak":"gli","status":"actief","since":"2023-05"},
                 {"municipality":"Utrecht","ketenaanpak":"Kansrijke Start","status":"in opstart, \\"pilot\\"","since":"01-02-2024","source":"https://example.org/x"},
                 {"municipality":"GM0014","ketenaanpak":"valpreventie","status":"actief"}]""";
        assertEquals(200, Uploads.post("/api/import/ketenaanpakken?dataset=" + keten, "application/json", ketenJson).status());
        try {
            Http.Response export = Http.send(HttpRequest.newBuilder(Http.uri("/api/export"))
                    .header("Authorization", "Bearer " + TestGraph.ADMIN_TOKEN).GET());
            assertEquals(200, export.status(), export.body());
            assertEquals("application/zip", export.contentType());
            Map<String, byte[]> files = unzip(export.raw().body());
            JsonNode manifest = JSON.readTree(files.get("manifest.json"));
            Map<String, JsonNode> datasets = new LinkedHashMap<>();
            manifest.get("datasets").forEach(d -> datasets.put(d.get("id").asText(), d));
            assertTrue(datasets.keySet().containsAll(List.of(points, keten, "real-support-points", "demo-support-points",
                    "real-ketenaanpakken", "demo-ketenaanpakken")), datasets.keySet().toString());
            // Every dataset complete: the rows in its file are the rows the graph holds.
            Http.get("/api/datasets").json().forEach(d -> {
                JsonNode m = datasets.get(d.get("id").asText());
                if (m != null && d.hasNonNull("rows") && "support-points".equals(d.get("kind").asText())) {
                    assertEquals(d.get("rows").asInt(), m.get("exportedRows").asInt(), d.get("id").asText());
                }
            });
            assertEquals(3, datasets.get(points).get("exportedRows").asInt());
            assertEquals(3, datasets.get(keten).get("exportedRows").asInt());

            try (Instances.Instance empty = Instances.Instance.fresh(Files.createTempDirectory("regiograaf-restore"))) {
                // The empty instance holds only what a fresh start writes: no user dataset yet.
                assertFalse(get(empty.baseUrl(), "/api/datasets").contains(points));
                for (JsonNode d : datasets.values()) {
                    if (!"user".equals(d.get("origin").asText())) {
                        continue;
                    }
                    String uri = "/api/import/" + d.get("kind").asText() + "?mode=replace&dataset=" + d.get("id").asText()
                            + "&scope=" + URLEncoder.encode(d.get("scope").asText(), StandardCharsets.UTF_8);
                    Http.Response r = Http.send(HttpRequest.newBuilder(URI.create(empty.baseUrl() + uri))
                            .header("Content-Type", "text/csv").header("Authorization", "Bearer " + TestGraph.ADMIN_TOKEN)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(files.get(d.get("file").asText()))));
                    assertEquals(200, r.status(), d.get("id").asText() + ": " + r.body());
                }
                for (String path : List.of("/api/datasets", "/api/support-points", "/api/support-points?demo=false",
                        "/api/coverage", "/api/coverage?radiusKm=5&by=GGD&demo=false", "/api/coverage?kind=inloophuis&by=PROVINCE",
                        "/api/ketenaanpakken/coverage", "/api/ketenaanpakken/coverage?by=GGD&demo=false",
                        "/api/ketenaanpakken/coverage?ketenaanpak=gli&by=ZK")) {
                    assertEquals(normalised(Http.get(path).body()), normalised(get(empty.baseUrl(), path)), path);
                }
                // And the dump of the restored instance is the same dump, file by file.
                Http.Response again = Http.send(HttpRequest.newBuilder(URI.create(empty.baseUrl() + "/api/export"))
                        .header("Authorization", "Bearer " + TestGraph.ADMIN_TOKEN).GET());
                Map<String, byte[]> restored = unzip(again.raw().body());
                assertEquals(files.keySet(), restored.keySet());
                for (String name : files.keySet()) {
                    if (!name.equals("manifest.json")) {
                        assertEquals(new String(files.get(name), StandardCharsets.UTF_8),
                                new String(restored.get(name), StandardCharsets.UTF_8), name);
                    }
                }
                assertEquals(normalised(manifestDatasets(files)), normalised(manifestDatasets(restored)));
            }
        } finally {
            Uploads.remove(points);
            Uploads.remove(keten);
        }
    }

    private static String manifestDatasets(Map<String, byte[]> files) throws IOException {
        return JSON.readTree(files.get("manifest.json")).get("datasets").toString();
    }

    private static String get(String base, String path) {
        Http.Response r = Http.send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        assertEquals(200, r.status(), path + ": " + r.body());
        return r.body();
    }

    /** The answer without the fields that differ by nature (write times and counters). */
    static String normalised(String json) throws IOException {
        JsonNode node = JSON.readTree(json);
        strip(node);
        return node.toString();
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove(VOLATILE);
            o.forEach(ExportRoundTripTest::strip);
        } else if (node instanceof ArrayNode a) {
            a.forEach(ExportRoundTripTest::strip);
        }
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
