package nl.regiograaf.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.regiograaf.support.DataFiles;
import nl.regiograaf.support.Http;
import org.junit.jupiter.api.Test;

/** Every figure an answer gives names its own source and date; every source says whether an answer names it. */
class ProvenanceApiTest {

    /** The fields of the answers that hold a source id (see Api.Source). */
    private static final Set<String> SOURCE_FIELDS = Set.of("source", "populationSource", "spukSource", "bredeSpukSource",
            "crosswalk");

    @Test
    void municipalityPopulationCarriesThePopulationTablesSourceAndDate() {
        JsonNode almere = Http.get("/api/municipalities/GM0034").json();
        JsonNode populationSource = sources().get(almere.get("populationSource").asText());
        assertTrue(populationSource != null, "populationSource is a listed source: " + almere.get("populationSource"));
        assertTrue(populationSource.get("files").toString().contains("municipalities.csv"), populationSource.toString());
        assertEquals(populationSource.get("referenceDate").asText(), almere.get("populationDate").asText());
        // the population table is not the municipality list: own source, own date
        assertNotEquals(almere.get("source").asText(), almere.get("populationSource").asText());
        assertNotEquals(almere.get("referenceDate").asText(), almere.get("populationDate").asText());
        long fromFile = DataFiles.csv("municipalities.csv").stream().filter(r -> r.get("code").equals("GM0034"))
                .mapToLong(r -> Long.parseLong(r.get("population"))).sum();
        assertEquals(fromFile, almere.get("population").asLong());

        JsonNode listed = null;
        for (JsonNode m : Http.get("/api/municipalities").json()) {
            if (m.get("code").asText().equals("GM0034")) {
                listed = m;
            }
        }
        assertEquals(almere.get("populationSource"), listed.get("populationSource"));
        assertEquals(almere.get("populationDate"), listed.get("populationDate"));
    }

    @Test
    void regionPopulationNamesTheSourceAndDateOfItsMembersFigures() {
        JsonNode flevoland = Http.get("/api/regions/IZA/IZA-FLEVOLAND").json();
        Set<String> memberSources = new TreeSet<>();
        Set<String> memberDates = new TreeSet<>();
        for (JsonNode m : flevoland.get("members")) {
            JsonNode detail = Http.get("/api/municipalities/" + m.get("code").asText()).json();
            memberSources.add(detail.get("populationSource").asText());
            memberDates.add(detail.get("populationDate").asText());
        }
        assertEquals(String.join(", ", memberSources), flevoland.get("populationSource").asText());
        assertEquals(String.join(", ", memberDates), flevoland.get("populationDate").asText());
        for (JsonNode r : Http.get("/api/regions?kind=IZA").json()) {
            if (r.get("code").asText().equals("IZA-FLEVOLAND")) {
                assertEquals(flevoland.get("populationSource"), r.get("populationSource"));
                assertEquals(flevoland.get("populationDate"), r.get("populationDate"));
            }
        }
    }

    @Test
    void membershipsCarriedAcrossAMergerNameTheCrosswalk() {
        // Dijk en Waard (2022) was formed from Heerhugowaard and Langedijk; ROAZ lists the 2020 municipalities
        JsonNode roaz = Http.get("/api/municipalities/GM1980").json().at("/regions/ROAZ/0/membership");
        assertTrue(roaz.get("note").asText().contains("merger"), roaz.toString());
        JsonNode crosswalk = sources().get(roaz.get("crosswalk").asText());
        assertTrue(crosswalk != null, "the crosswalk is a listed source: " + roaz);
        assertTrue(crosswalk.get("url").asText().contains("municipal_mergers"), crosswalk.toString());
        assertTrue(crosswalk.get("used").asBoolean());
    }

    @Test
    void everySourceSaysWhetherAnAnswerNamesIt() {
        Map<String, JsonNode> sources = sources();
        Set<String> named = new TreeSet<>();
        for (JsonNode m : Http.get("/api/municipalities").json()) {
            collect(Http.get("/api/municipalities/" + m.get("code").asText()).json(), named);
        }
        for (String region : List.of("IZA/IZA-FLEVOLAND", "ROAZ/ROAZ-AZNN", "ZK/ZK21", "GGD/GG3406")) {
            collect(Http.get("/api/regions/" + region).json(), named);
        }
        collect(Http.get("/api/support-points").json(), named);
        collect(Http.get("/api/ketenaanpakken/coverage").json(), named);
        assertTrue(named.size() >= 8, named.toString());
        for (String id : named) {
            JsonNode source = sources.get(id);
            if (source != null) {
                assertTrue(source.get("used").asBoolean(), id + " is named by an answer, so it is used");
            }
        }
        Set<String> unused = new TreeSet<>();
        sources.forEach((id, s) -> {
            assertTrue(s.get("used").isBoolean(), id);
            if (!s.get("used").asBoolean()) {
                unused.add(id);
            }
        });
        // the reference data documents sources no answer names (e.g. the provenance notes): they are marked
        assertFalse(unused.isEmpty(), "some sources are documentation only");
        Set<String> contradicted = new TreeSet<>(unused);
        contradicted.retainAll(named);
        assertEquals(Set.of(), contradicted, "sources marked unused that an answer names");
    }

    private static void collect(JsonNode node, Set<String> ids) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (SOURCE_FIELDS.contains(f.getKey()) && f.getValue().isTextual()) {
                ids.add(f.getValue().asText());
            } else {
                collect(f.getValue(), ids);
            }
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, ids));
        }
    }

    private static Map<String, JsonNode> sources() {
        Map<String, JsonNode> byId = new HashMap<>();
        Http.get("/api/sources").json().forEach(s -> byId.put(s.get("id").asText(), s));
        return byId;
    }
}
