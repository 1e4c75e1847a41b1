package nl.regiograaf.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regiograaf.importer.DemoDataGenerator;
import nl.regiograaf.importer.SupportDataImporter;
import nl.regiograaf.support.DataFiles;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.TestGraph;
import org.junit.jupiter.api.Test;

/** Real partial and demo support points as loaded at startup, labelled, listed and filtered. */
class SupportPointsApiTest {

    private static final Set<String> CANONICAL = Set.of("steunpunt", "zelfregiecentrum", "mentaal-gezondheidscentrum",
            "inloophuis", "herstelacademie", "respijthuis");

    private static Map<String, JsonNode> municipalities() {
        Map<String, JsonNode> m = new HashMap<>();
        Http.get("/api/municipalities").json().forEach(x -> m.put(x.get("code").asText(), x));
        return m;
    }

    private static Map<String, String> crosswalk() {
        Map<String, String> next = new HashMap<>();
        for (Map<String, String> c : DataFiles.csv("municipal_mergers_2020_2025.csv")) {
            if ("merger".equals(c.get("kind"))) {
                next.put(c.get("old_code"), c.get("new_code"));
            }
        }
        return next;
    }

    @Test
    void everyRealRowIsLoadedWithoutCoordinatesOnItsMunicipalitysPoint() {
        List<Map<String, String>> rows = DataFiles.csv("support_points_nl_compiled.csv");
        JsonNode answer = Http.get("/api/support-points?demo=false").json();
        assertFalse(answer.get("includesDemo").asBoolean());
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode p : answer.get("points")) {
            if (p.get("dataset").asText().equals("real-support-points")) {
                byName.put(p.get("name").asText(), p);
            }
            assertFalse(p.get("demo").asBoolean(), p.toString());
        }
        assertEquals(rows.size(), byName.size(), "every real row, none dropped");
        Map<String, JsonNode> municipalities = municipalities();
        Map<String, String> crosswalk = crosswalk();
        int unplaced = 0;
        for (Map<String, String> row : rows) {
            JsonNode p = byName.get(row.get("name"));
            assertNotNull(p, row.get("name"));
            assertEquals(row.get("kind"), p.get("kindLabel").asText());
            assertTrue(CANONICAL.contains(p.get("kind").asText()), p.toString());
            assertEquals(row.get("source_url"), p.get("sourceUrl").asText());
            if (row.get("municipality_code").isBlank()) {
                unplaced++;
                assertTrue(p.get("municipality").isNull());
                assertEquals("none", p.get("located").asText());
                continue;
            }
            String code = crosswalk.getOrDefault(row.get("municipality_code"), row.get("municipality_code"));
            assertEquals(code, p.at("/municipality/code").asText(), row.get("name"));
            assertEquals("municipality", p.get("located").asText());
            assertEquals(municipalities.get(code).get("lat").asDouble(), p.get("lat").asDouble(), 1e-9);
            assertEquals(municipalities.get(code).get("lon").asDouble(), p.get("lon").asDouble(), 1e-9);
        }
        assertEquals(2, unplaced);
        assertEquals("mentaal-gezondheidscentrum", kindOfLabel(byName, "mentaal gezondheidscentrum (MGC"));
        assertEquals("steunpunt", kindOfLabel(byName, "steunpunt GGZ (gemeentelijke subsidie)"));
        assertEquals("respijthuis", kindOfLabel(byName, "respijthuis"));
    }

    private static String kindOfLabel(Map<String, JsonNode> points, String labelStart) {
        return points.values().stream().filter(p -> p.get("kindLabel").asText().startsWith(labelStart))
                .map(p -> p.get("kind").asText()).findFirst().orElseThrow();
    }

    @Test
    void demoDataIsIncludedByDefaultAndSaysSo() {
        JsonNode all = Http.get("/api/support-points").json();
        assertTrue(all.get("includesDemo").asBoolean());
        int demo = 0;
        for (JsonNode p : all.get("points")) {
            if (p.get("demo").asBoolean()) {
                demo++;
                assertEquals("demo-support-points", p.get("dataset").asText());
                assertTrue(p.get("name").asText().startsWith("Demo "), p.toString());
            }
        }
        assertEquals(DemoDataGenerator.POINTS, demo);
        Set<String> datasets = new HashSet<>();
        all.get("datasets").forEach(d -> datasets.add(d.get("id").asText() + ":" + d.get("demo").asBoolean()));
        assertTrue(datasets.contains("demo-support-points:true"), datasets.toString());
        assertTrue(datasets.contains("real-support-points:false"), datasets.toString());
        // Demo points lie in the Netherlands and spread over the country: most provinces hold one.
        Set<String> provinces = new HashSet<>();
        Map<String, JsonNode> municipalities = municipalities();
        for (JsonNode p : all.get("points")) {
            if (p.get("demo").asBoolean()) {
                assertTrue(p.get("lat").asDouble() > 50.7 && p.get("lat").asDouble() < 53.7, p.toString());
                assertTrue(p.get("lon").asDouble() > 3.2 && p.get("lon").asDouble() < 7.3, p.toString());
                provinces.add(municipalities.get(p.at("/municipality/code").asText()).get("province").asText());
            }
        }
        assertEquals(12, provinces.size(), provinces.toString());
    }

    @Test
    void datasetsEndpointLabelsDemoAndStatesScope() {
        Map<String, JsonNode> byId = new HashMap<>();
        Http.get("/api/datasets").json().forEach(d -> byId.put(d.get("id").asText(), d));
        JsonNode real = byId.get("real-support-points");
        assertFalse(real.get("demo").asBoolean());
        assertTrue(real.get("scope").asText().startsWith("34 of ~278 steunpunten nationally (~12%)"), real.toString());
        assertEquals(34, real.get("rows").asInt());
        assertTrue(byId.get("demo-support-points").get("demo").asBoolean());
        assertTrue(byId.get("demo-ketenaanpakken").get("demo").asBoolean());
        assertTrue(byId.get("demo-support-points").get("scope").asText().startsWith("DEMO"));
        assertFalse(byId.get("real-ketenaanpakken").get("demo").asBoolean());
        assertFalse(byId.get("national").get("demo").asBoolean());
        for (String id : List.of("real-support-points", "real-ketenaanpakken", "demo-support-points", "demo-ketenaanpakken")) {
            assertTrue(byId.get(id).get("version").asLong() >= 1, id);
            assertTrue(byId.get(id).get("importedAt").asText().length() > 10, id);
        }
    }

    @Test
    void startupImportIsIdempotentAndTheDemoGeneratorDeterministic() {
        long before = TestGraph.get().client().read(tx -> tx.run("MATCH (m:Meta {id: 'regiograaf'}) RETURN m.dataVersion AS v").single().get("v").asLong());
        long points = TestGraph.get().client().read(tx -> tx.run("MATCH (p:SupportPoint) RETURN count(p) AS n").single().get("n").asLong());
        SupportDataImporter.importAtStartup(TestGraph.get().client());
        long after = TestGraph.get().client().read(tx -> tx.run("MATCH (m:Meta {id: 'regiograaf'}) RETURN m.dataVersion AS v").single().get("v").asLong());
        assertEquals(before, after, "an unchanged dataset is not written again");
        long pointsAfter = TestGraph.get().client().read(tx -> tx.run("MATCH (p:SupportPoint) RETURN count(p) AS n").single().get("n").asLong());
        assertEquals(points, pointsAfter);
    }

    @Test
    void kindFilterAndBadParameters() {
        JsonNode z = Http.get("/api/support-points?kind=zelfregiecentrum").json();
        assertTrue(z.get("count").asInt() > 0);
        z.get("points").forEach(p -> assertEquals("zelfregiecentrum", p.get("kind").asText()));
        JsonNode two = Http.get("/api/support-points?kind=steunpunt,inloophuis&demo=false").json();
        List<String> kinds = new ArrayList<>();
        two.get("kinds").forEach(k -> kinds.add(k.asText()));
        assertEquals(List.of("steunpunt", "inloophuis"), kinds);
        two.get("points").forEach(p -> assertTrue(Set.of("steunpunt", "inloophuis").contains(p.get("kind").asText())));
        Http.Response bad = Http.get("/api/support-points?kind=bakkerij");
        assertEquals(400, bad.status());
        assertEquals("kind", bad.json().get("parameter").asText());
        assertEquals("demo", Http.get("/api/support-points?demo=soms").json().get("parameter").asText());
        assertEquals(200, Http.get("/api/support-points?demo=").status());
    }

    @Test
    void openApiDescribesTheNewEndpoints() {
        JsonNode paths = Http.get("/openapi.json").json().get("paths");
        for (String p : List.of("/api/datasets", "/api/support-points", "/api/coverage", "/api/ketenaanpakken/coverage",
                "/api/import/support-points", "/api/import/ketenaanpakken", "/api/datasets/{id}")) {
            assertTrue(paths.has(p), p);
        }
    }
}
