package nl.regiograaf.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.TestGraph;
import nl.regiograaf.support.Uploads;
import nl.regiograaf.support.UserDatasets;
import nl.regiograaf.web.App;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Imports over HTTP against the real graph: CSV as people produce it, row-level errors, all-or-nothing writes,
 * auth, and 100,000 rows. Every test writes into its own user dataset and removes it afterwards.
 */
class ImportApiTest {

    private static final String SUPPORT = "/api/import/support-points";
    private static final String KETENAANPAK = "/api/import/ketenaanpakken";
    @RegisterExtension
    final UserDatasets datasets = new UserDatasets();

    private String dataset(String prefix) {
        return datasets.create(prefix);
    }

    private static JsonNode points(String datasetId) {
        JsonNode all = Http.get("/api/support-points?demo=false").json().get("points");
        List<JsonNode> mine = new ArrayList<>();
        all.forEach(p -> {
            if (datasetId.equals(p.get("dataset").asText())) {
                mine.add(p);
            }
        });
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(mine);
    }

    private static Map<String, JsonNode> municipalities() {
        Map<String, JsonNode> m = new HashMap<>();
        Http.get("/api/municipalities").json().forEach(x -> m.put(x.get("code").asText(), x));
        return m;
    }

    @Test
    void semicolonFileWithBomQuotedNamesWithCommasAndDecimalCommas() {
        String id = dataset("semicolon");
        String csv = "\uFEFFname;kind;municipality;address;town;lat;lon\r\n"
                + "\"Inloop \"\"De Brug\"\", Almere-Haven\";inloophuis;almere;\"Sluis 1, Almere\";Almere;52,3400;5,2200\r\n"
                + "Steunpunt Súdwest;steunpunt;SUDWEST FRYSLAN;;;;\r\n"
                + "\"Zelfregie; Urk\";Zelfregiecentrum;GM0184;;Urk;;\r\n";
        Http.Response r = Uploads.post(SUPPORT + "?dataset=" + id, "text/csv; charset=utf-8", csv);
        assertEquals(200, r.status(), r.body());
        JsonNode result = r.json();
        assertEquals(3, result.get("rows").asInt());
        assertEquals(3, result.get("created").asInt());
        assertEquals(3, result.get("totalInDataset").asInt());
        assertEquals(";", result.get("delimiter").asText());
        assertEquals(1, result.get("datasetVersion").asInt());
        assertFalse(result.at("/dataset/demo").asBoolean());
        assertTrue(result.get("dataVersion").asLong() > 0);

        JsonNode mine = points(id);
        assertEquals(3, mine.size());
        Map<String, JsonNode> byName = new HashMap<>();
        mine.forEach(p -> byName.put(p.get("name").asText(), p));
        JsonNode brug = byName.get("Inloop \"De Brug\", Almere-Haven");
        assertNotNull(brug, mine.toString());
        assertEquals("GM0034", brug.at("/municipality/code").asText());
        assertEquals("address", brug.get("located").asText());
        assertEquals(52.34, brug.get("lat").asDouble(), 1e-9);
        assertEquals(5.22, brug.get("lon").asDouble(), 1e-9);
        assertEquals("Sluis 1, Almere", brug.get("address").asText());
        assertFalse(brug.get("demo").asBoolean());

        JsonNode sudwest = byName.get("Steunpunt Súdwest");
        JsonNode sudwestMunicipality = municipalities().get(sudwest.at("/municipality/code").asText());
        assertEquals("Súdwest-Fryslân", sudwestMunicipality.get("name").asText());
        assertEquals("municipality", sudwest.get("located").asText());
        assertEquals(sudwestMunicipality.get("lat").asDouble(), sudwest.get("lat").asDouble(), 1e-9);
        assertEquals(sudwestMunicipality.get("lon").asDouble(), sudwest.get("lon").asDouble(), 1e-9);
        assertEquals("zelfregiecentrum", byName.get("Zelfregie; Urk").get("kind").asText());
    }

    @Test
    void unknownMunicipalityOnLine57Of100IsReportedAndNothingChanges() {
        String id = dataset("line57");
        StringBuilder csv = new StringBuilder("name,kind,municipality,address,town,lat,lon\n");
        List<String> codes = new ArrayList<>(municipalities().keySet());
        codes.sort(null);
        for (int line = 2; line <= 100; line++) {
            String municipality = line == 57 ? "Atlantis" : codes.get(line);
            csv.append("Punt ").append(line).append(",steunpunt,").append(municipality).append(",,,,\n");
        }
        assertEquals(100, csv.toString().split("\n").length);
        Map<String, Object> before = Uploads.fingerprint();
        Http.Response r = Uploads.post(SUPPORT + "?dataset=" + id, "text/csv", csv.toString());
        assertEquals(400, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        JsonNode errors = r.json().get("errors");
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(57, errors.get(0).get("line").asInt());
        assertEquals("municipality", errors.get(0).get("column").asText());
        assertEquals("Atlantis", errors.get(0).get("value").asText());
        assertEquals(before, Uploads.fingerprint(), "a rejected import must not change anything");
        assertEquals(404, Uploads.delete("/api/datasets/" + id).status(), "no dataset may have been created");
    }

    @Test
    void everyBadRowIsListedWithLineColumnAndReasonAndNothingIsWritten() {
        String id = dataset("bad");
        String csv = """
                name,kind,municipality,address,town,lat,lon
                Good,steunpunt,Almere,,,,
                ,steunpunt,Almere,,,,
                Unknown kind,bakkerij,Almere,,,,
                Far away,steunpunt,Almere,,,48.85,2.35
                Swapped,steunpunt,Almere,,,5.2,52.3
                Not a number,steunpunt,Almere,,,52.x,5.2
                Half,steunpunt,Almere,,,52.3,
                Good,inloophuis,almere,,,,
                Split,steunpunt,GM0788,,,,
                """;
        Map<String, Object> before = Uploads.fingerprint();
        Http.Response r = Uploads.post(SUPPORT + "?dataset=" + id, "text/csv", csv);
        assertEquals(400, r.status(), r.body());
        Map<Integer, Set<String>> columnsByLine = new HashMap<>();
        r.json().get("errors").forEach(e -> {
            columnsByLine.computeIfAbsent(e.get("line").asInt(), k -> new HashSet<>()).add(e.get("column").asText());
            assertTrue(e.get("reason").asText().length() > 5, e.toString());
        });
        assertEquals(Map.of(
                3, Set.of("name"),
                4, Set.of("kind"),
                5, Set.of("lat", "lon"),
                6, Set.of("lat"),
                7, Set.of("lat"),
                8, Set.of("lon"),
                9, Set.of("name"),
                10, Set.of("municipality")), columnsByLine, r.body());
        String body = r.body().toLowerCase(Locale.ROOT);
        assertTrue(body.contains("swapped"), body);
        assertTrue(body.contains("duplicate of line 2"), body);
        assertTrue(body.contains("split"), body);
        assertEquals(before, Uploads.fingerprint());
    }

    @Test
    void emptyFilesHeaderOnlyAndMissingColumnsAre400() {
        String id = dataset("empty");
        Map<String, Object> before = Uploads.fingerprint();
        for (String body : List.of("", "\uFEFF", "   \n\n", "name,kind,municipality\n")) {
            Http.Response r = Uploads.post(SUPPORT + "?dataset=" + id, "text/csv", body);
            assertEquals(400, r.status(), "body '" + body + "': " + r.body());
            assertTrue(r.json().get("errors").size() >= 1);
        }
        Http.Response missing = Uploads.post(SUPPORT + "?dataset=" + id, "text/csv", "name,municipality\nA,Almere\n");
        assertEquals(400, missing.status());
        assertEquals("kind", missing.json().at("/errors/0/column").asText());
        assertEquals(1, missing.json().at("/errors/0/line").asInt());
        assertEquals(400, Uploads.post(SUPPORT + "?dataset=" + id, "application/json", "").status());
        assertEquals(400, Uploads.post(SUPPORT + "?dataset=" + id, "application/json", "[]").status());
        assertEquals(before, Uploads.fingerprint());
    }

    @Test
    void jsonBodyAppendAndReplaceTouchOnlyTheUserDataset() {
        String id = dataset("json");
        String json = """
                [{"name": "Inloophuis Zwolle", "kind": "inloophuis", "municipality": "GM0193", "lat": 52.51, "lon": 6.09},
                 {"name": "Steunpunt Emmen", "kind": "steunpunt", "municipality": "Emmen", "town": "Emmen"}]""";
        Http.Response first = Uploads.post(SUPPORT + "?dataset=" + id, "application/json", json);
        assertEquals(200, first.status(), first.body());
        assertEquals(2, first.json().get("created").asInt());
        assertEquals("json", first.json().get("format").asText());
        long realBefore = count("MATCH (p:SupportPoint {dataset: 'real-support-points'}) RETURN count(p)");
        long demoBefore = count("MATCH (p:SupportPoint {dataset: 'demo-support-points'}) RETURN count(p)");

        String more = "name,kind,municipality\nSteunpunt Emmen,zelfregiecentrum,Emmen\nSteunpunt Assen,steunpunt,Assen\n";
        Http.Response append = Uploads.post(SUPPORT + "?mode=append&dataset=" + id, "text/csv", more);
        assertEquals(200, append.status(), append.body());
        assertEquals(1, append.json().get("created").asInt());
        assertEquals(1, append.json().get("updated").asInt());
        assertEquals(3, append.json().get("totalInDataset").asInt());
        assertEquals(2, append.json().get("datasetVersion").asInt());
        assertTrue(append.json().get("dataVersion").asLong() > first.json().get("dataVersion").asLong());
        assertEquals("zelfregiecentrum", kindOf(points(id), "Steunpunt Emmen"));

        Http.Response replace = Uploads.post(SUPPORT + "?mode=replace&dataset=" + id, "text/csv",
                "name,kind,municipality\nOnly one,steunpunt,Urk\n");
        assertEquals(200, replace.status(), replace.body());
        assertEquals(3, replace.json().get("removed").asInt());
        assertEquals(1, replace.json().get("totalInDataset").asInt());
        assertEquals(1, points(id).size());
        assertEquals(realBefore, count("MATCH (p:SupportPoint {dataset: 'real-support-points'}) RETURN count(p)"));
        assertEquals(demoBefore, count("MATCH (p:SupportPoint {dataset: 'demo-support-points'}) RETURN count(p)"));
        assertEquals(342, count("MATCH (m:Municipality {graph: $graph}) RETURN count(m)"));
    }

    @Test
    void anImportIsVisibleInTheCoverageAtOnce() {
        String id = dataset("coverage");
        JsonNode before = Http.get("/api/coverage?radiusKm=5&demo=false").json();
        String uncovered = before.at("/gaps/municipalities/0").asText();
        assertFalse(uncovered.isEmpty());
        Http.Response r = Uploads.post(SUPPORT + "?dataset=" + id, "text/csv",
                "name,kind,municipality\nNieuw steunpunt,steunpunt," + uncovered + "\n");
        assertEquals(200, r.status(), r.body());
        JsonNode after = Http.get("/api/coverage?radiusKm=5&demo=false").json();
        List<String> gaps = new ArrayList<>();
        after.at("/gaps/municipalities").forEach(g -> gaps.add(g.asText()));
        assertFalse(gaps.contains(uncovered), "the new point covers its own municipality");
        boolean listed = false;
        for (JsonNode d : after.get("datasets")) {
            listed |= d.get("id").asText().equals(id);
        }
        assertTrue(listed, "the answer names the user dataset");
    }

    @Test
    void ketenaanpakkenImportValidatesAndCountsAsParticipation() {
        String id = dataset("keten");
        String bad = """
                municipality;ketenaanpak;status;since;source
                Vaals;Kansrijke Start;actief;2021;https://example.org/a
                Vaals;kansrijke-start;actief;2022;
                Vaals;yoga;actief;;
                Nergenshuizen;gli;actief;;
                Vaals;gli;;2019-13;
                Vaals;valpreventie;actief;31-02-2020;
                """;
        Map<String, Object> before = Uploads.fingerprint();
        Http.Response rejected = Uploads.post(KETENAANPAK + "?dataset=" + id, "text/csv", bad);
        assertEquals(400, rejected.status(), rejected.body());
        Set<String> where = new HashSet<>();
        rejected.json().get("errors").forEach(e -> where.add(e.get("line").asInt() + ":" + e.get("column").asText()));
        assertEquals(Set.of("3:ketenaanpak", "4:ketenaanpak", "5:municipality", "6:status", "6:since", "7:since"), where,
                rejected.body());
        assertEquals(before, Uploads.fingerprint());

        String good = """
                municipality;ketenaanpak;status;since;source
                Vaals;Kansrijke Start;actief;2021;https://example.org/a
                GM0981;Welzijn op Recept;in opstart;03-04-2024;
                Vaals;GLI;actief;2020-05;
                """;
        Http.Response ok = Uploads.post(KETENAANPAK + "?dataset=" + id, "text/csv", good);
        assertEquals(200, ok.status(), ok.body());
        assertEquals(3, ok.json().get("created").asInt());
        JsonNode coverage = Http.get("/api/ketenaanpakken/coverage?by=IZA&demo=false").json();
        JsonNode limburg = null;
        for (JsonNode region : coverage.get("regions")) {
            if (region.get("code").asText().equals("IZA-ZUID-LIMBURG")) {
                limburg = region;
            }
        }
        assertNotNull(limburg);
        JsonNode ks = limburg.at("/ketenaanpakken/kansrijke-start");
        assertEquals("municipal", ks.get("state").asText());
        assertTrue(ks.get("takingPart").toString().contains("GM0981"));
        assertEquals(1, ks.at("/byEvidence/user_import").asInt());
        String since = TestGraph.get().client().read(tx -> tx.run(
                "MATCH (:Municipality {code:'GM0981', graph: $graph})-[t:TAKES_PART {dataset:$d}]->(:Ketenaanpak {code:'welzijn-op-recept'}) RETURN t.since AS s",
                Map.of("d", id)).single().get("s").asString());
        assertEquals("2024-04-03", since);
    }

    @Test
    void authenticationAndParameters() {
        String id = dataset("auth");
        String csv = "name,kind,municipality\nA,steunpunt,Urk\n";
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        Http.Response wrong = Uploads.post(SUPPORT + "?dataset=" + id, "text/csv", body, "not-the-token");
        assertEquals(401, wrong.status());
        assertTrue(wrong.contentType().startsWith("application/problem+json"));
        assertNotNull(wrong.header("WWW-Authenticate"));
        assertEquals(401, Uploads.post(SUPPORT + "?dataset=" + id, "text/csv", body, null).status());
        assertEquals(401, Uploads.post(KETENAANPAK, "text/csv", body, TestGraph.ADMIN_TOKEN + "x").status());
        assertEquals(401, Http.send(HttpRequest.newBuilder(Http.uri("/api/datasets/" + id)).DELETE()).status());

        assertEquals(415, Uploads.post(SUPPORT + "?dataset=" + id, "application/xml", csv).status());
        Http.Response mode = Uploads.post(SUPPORT + "?mode=merge&dataset=" + id, "text/csv", csv);
        assertEquals(400, mode.status());
        assertEquals("mode", mode.json().get("parameter").asText());
        Http.Response real = Uploads.post(SUPPORT + "?dataset=real-support-points", "text/csv", csv);
        assertEquals(400, real.status());
        assertEquals("dataset", real.json().get("parameter").asText());
        assertEquals(400, Uploads.delete("/api/datasets/demo-support-points").status());
        assertEquals(400, Uploads.delete("/api/datasets/national").status());
    }

    @Test
    void withoutAConfiguredTokenWritesAreDisabled() {
        TestGraph graph = TestGraph.get();
        Javalin readOnly = App.create(graph.config().withAdminToken(null), graph.client(), graph.dataVersion())
                .start("127.0.0.1", 0);
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + readOnly.port() + SUPPORT))
                    .header("Content-Type", "text/csv").header("Authorization", "Bearer " + TestGraph.ADMIN_TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString("name,kind,municipality\nA,steunpunt,Urk\n"));
            Http.Response r = Http.send(request);
            assertEquals(403, r.status(), r.body());
            assertTrue(r.json().get("detail").asText().toLowerCase(Locale.ROOT).contains("writes disabled"));
            assertEquals(200, Http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + readOnly.port()
                    + "/api/datasets")).GET()).status());
        } finally {
            readOnly.stop();
        }
    }

    @Test
    void hundredThousandRowsInOneTransaction() {
        String id = dataset("bulk");
        List<JsonNode> places = new ArrayList<>(municipalities().values());
        places.sort((a, b) -> a.get("code").asText().compareTo(b.get("code").asText()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder sb = new StringBuilder("name;kind;municipality;address;town;lat;lon\n");
        String[] kinds = {"steunpunt", "zelfregiecentrum", "inloophuis", "herstelacademie"};
        for (int i = 0; i < 100_000; i++) {
            JsonNode m = places.get(i % places.size());
            sb.append("Punt ").append(i).append(';').append(kinds[i % kinds.length]).append(';').append(m.get("code").asText())
                    .append(";\"Straat ").append(i).append(", ").append(m.get("name").asText()).append("\";;");
            if (i % 2 == 0) {
                sb.append(String.format(Locale.ROOT, "%.5f;%.5f", m.get("lat").asDouble() + (i % 7) * 0.001,
                        m.get("lon").asDouble() - (i % 5) * 0.001));
            } else {
                sb.append(';');
            }
            sb.append('\n');
        }
        byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
        out.writeBytes(body);
        long start = System.nanoTime();
        Http.Response r = Uploads.post(SUPPORT + "?dataset=" + id, "text/csv", out.toByteArray(), TestGraph.ADMIN_TOKEN);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, r.status(), r.body().length() > 2000 ? r.body().substring(0, 2000) : r.body());
        assertEquals(100_000, r.json().get("rows").asInt());
        assertEquals(100_000, r.json().get("totalInDataset").asInt());
        assertEquals(100_000, count("MATCH (p:SupportPoint {dataset: '" + id + "'})-[:IN]->(:Municipality {graph: $graph}) RETURN count(p)"));
        System.out.printf(Locale.ROOT, "IMPORT 100000 rows (%d bytes): HTTP round trip %d ms, server write %d ms%n",
                body.length, millis, r.json().get("millis").asLong());
    }

    @Test
    void theReadmeExampleFilesImport() throws java.io.IOException {
        Map<String, String> files = Map.of("support-points.csv", SUPPORT, "support-points.json", SUPPORT,
                "ketenaanpakken.csv", KETENAANPAK);
        for (Map.Entry<String, String> f : files.entrySet()) {
            byte[] body;
            try (var in = getClass().getClassLoader().getResourceAsStream("data/examples/" + f.getKey())) {
                assertNotNull(in, f.getKey());
                body = in.readAllBytes();
            }
            String type = f.getKey().endsWith(".json") ? "application/json" : "text/csv";
            Http.Response r = Uploads.post(f.getValue() + "?dataset=" + dataset("example"), type, body, TestGraph.ADMIN_TOKEN);
            assertEquals(200, r.status(), f.getKey() + ": " + r.body());
            assertTrue(r.json().get("rows").asInt() >= 2, f.getKey());
        }
    }

    private static String kindOf(JsonNode points, String name) {
        for (JsonNode p : points) {
            if (p.get("name").asText().equals(name)) {
                return p.get("kind").asText();
            }
        }
        return null;
    }

    private static long count(String cypher) {
        return TestGraph.get().client().read(tx -> tx.run(cypher).single().get(0).asLong());
    }
}
