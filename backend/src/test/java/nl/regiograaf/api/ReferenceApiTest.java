package nl.regiograaf.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import nl.regiograaf.support.Http;
import org.junit.jupiter.api.Test;

/** The reference endpoints over HTTP against the running app and the real graph. */
class ReferenceApiTest {

    @Test
    void healthReportsUpWithTheMunicipalityCount() {
        Http.Response r = Http.get("/api/health");
        assertEquals(200, r.status());
        assertEquals("UP", r.json().get("status").asText());
        assertEquals("UP", r.json().get("neo4j").asText());
        assertEquals(342, r.json().get("municipalities").asInt());
    }

    @Test
    void divisionsListEveryKindFullyAssignedWithReferenceDates() {
        JsonNode divisions = Http.get("/api/divisions").json();
        List<String> kinds = new ArrayList<>();
        divisions.forEach(d -> {
            kinds.add(d.get("kind").asText());
            assertEquals(342, d.get("assignedMunicipalities").asInt(), d.toString());
            assertTrue(d.get("referenceDate").asText().matches("\\d{4}-\\d{2}-\\d{2}"), d.toString());
        });
        assertEquals(List.of("GGD", "VR", "ZK", "ROAZ", "IZA", "PROVINCE"), kinds);
        assertEquals(25, divisions.get(0).get("regions").asInt());
        assertEquals("GGD-regio", divisions.get(0).get("name").asText());
    }

    @Test
    void municipalitiesCarryCodeNameProvincePopulationAndPoint() {
        JsonNode all = Http.get("/api/municipalities").json();
        assertEquals(342, all.size());
        JsonNode first = all.get(0);
        for (String field : List.of("code", "name", "province", "population", "lat", "lon")) {
            assertTrue(first.has(field), field);
        }
    }

    @Test
    void almereShowsAllItsRegionsNeighboursAndInsurer() {
        JsonNode almere = Http.get("/api/municipalities/GM0034").json();
        assertEquals("Almere", almere.get("name").asText());
        assertEquals("GGD Flevoland", almere.at("/regions/GGD/0/name").asText());
        assertEquals("'t Gooi", almere.at("/regions/ZK/0/name").asText());
        assertEquals("A_iza_explicit", almere.at("/regions/IZA/0/membership/evidenceLevel").asText());
        assertEquals(1, almere.at("/regions/ROAZ").size());
        assertTrue(almere.get("neighbours").size() >= 3);
        assertNotNull(almere.at("/insurer/name").textValue());
        assertEquals(2015, almere.at("/insurer/referenceYear").asInt());
    }

    @Test
    void amsterdamListsTwoRoazRegions() {
        JsonNode amsterdam = Http.get("/api/municipalities/gm0363").json();
        assertEquals(2, amsterdam.at("/regions/ROAZ").size());
    }

    @Test
    void unknownMunicipalityIsA404ProblemNamingTheParameter() {
        Http.Response r = Http.get("/api/municipalities/GM9999");
        assertEquals(404, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals("code", r.json().get("parameter").asText());
        assertTrue(r.json().get("detail").asText().contains("GM9999"));
    }

    @Test
    void regionsOfAKindAndUnknownKinds() {
        JsonNode ggd = Http.get("/api/regions?kind=GGD").json();
        assertEquals(25, ggd.size());
        long members = 0;
        for (JsonNode g : ggd) {
            members += g.get("members").asLong();
        }
        assertEquals(342, members);
        Http.Response bad = Http.get("/api/regions?kind=XYZ");
        assertEquals(400, bad.status());
        assertEquals("kind", bad.json().get("parameter").asText());
        assertEquals(400, Http.get("/api/regions").status());
        assertEquals(400, Http.get("/api/regions/NOPE/GG2209").status());
        assertEquals(404, Http.get("/api/regions/GGD/GG0000").status());
    }

    @Test
    void regionDetailsCarryWhatBelongsToTheirKind() {
        JsonNode flevoland = Http.get("/api/regions/IZA/IZA-FLEVOLAND").json();
        assertEquals("Almere", flevoland.at("/mandaatgemeenteMunicipality/name").asText());
        assertTrue(flevoland.get("spukIza2025").asLong() > 0);
        long population = 0;
        for (JsonNode m : flevoland.get("members")) {
            population += m.get("population").asLong();
            assertTrue(m.at("/membership/evidenceLevel").isTextual());
        }
        assertEquals(population, flevoland.get("population").asLong());

        JsonNode roaz = Http.get("/api/regions/ROAZ/ROAZ-AZNN").json();
        assertTrue(roaz.at("/traumaCentre/name").asText().contains("UMCG"));

        JsonNode zk = Http.get("/api/regions/ZK/ZK21").json();
        assertNotNull(zk.at("/concessionHolder/name").textValue());
    }

    @Test
    void sourcesNamePublisherLicenceAndDate() {
        JsonNode sources = Http.get("/api/sources").json();
        assertTrue(sources.size() >= 10);
        for (JsonNode s : sources) {
            assertTrue(s.get("publisher").asText().length() > 2, s.toString());
            assertTrue(s.get("licence").asText().length() > 2, s.toString());
            assertTrue(s.get("referenceDate").asText().length() >= 4, s.toString());
        }
    }

    @Test
    void geometryIsGzippedTopoJsonWithALongCacheHeader() throws IOException {
        Http.Response r = Http.send(HttpRequest.newBuilder(Http.uri("/api/geometry/municipalities"))
                .header("Accept-Encoding", "gzip").GET());
        assertEquals(200, r.status());
        assertEquals("gzip", r.header("Content-Encoding"));
        assertTrue(r.header("Cache-Control").contains("max-age"));
        byte[] raw = new GZIPInputStream(new ByteArrayInputStream(r.raw().body())).readAllBytes();
        assertTrue(new String(raw, java.nio.charset.StandardCharsets.UTF_8).startsWith("{\"type\":\"Topology\""));
        assertTrue(r.raw().body().length < 200 * 1024);
    }

    @Test
    void openApiDocumentDescribesTheEndpoints() {
        JsonNode doc = Http.get("/openapi.json").json();
        JsonNode paths = doc.get("paths");
        for (String p : List.of("/api/health", "/api/divisions", "/api/municipalities", "/api/municipalities/{code}",
                "/api/regions", "/api/regions/{kind}/{code}", "/api/sources", "/api/geometry/municipalities")) {
            assertTrue(paths.has(p), p);
        }
        assertEquals(200, Http.get("/api-docs").status());
    }
}
