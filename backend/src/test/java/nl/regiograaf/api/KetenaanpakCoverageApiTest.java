package nl.regiograaf.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.regiograaf.support.DataFiles;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.TestGraph;
import org.junit.jupiter.api.Test;

/** Ketenaanpak participation and gaps, checked against the raw files; region-level evidence stays region-level. */
class KetenaanpakCoverageApiTest {

    private static final Map<String, String> FILES = Map.of(
            "kansrijke-start", "ketenaanpak_kansrijke_start.csv",
            "valpreventie", "ketenaanpak_valpreventie.csv",
            "overgewicht-kinderen", "ketenaanpak_overgewicht_kinderen.csv",
            "gli", "ketenaanpak_gli.csv",
            "welzijn-op-recept", "ketenaanpak_welzijn_op_recept.csv");

    /** Municipalities named with their own evidence in the raw file (codes of 2020, all still valid in 2025). */
    private static Set<String> municipalEvidence(String ketenaanpak) {
        Set<String> codes = new TreeSet<>();
        for (Map<String, String> r : DataFiles.csv(FILES.get(ketenaanpak))) {
            if (Set.of("explicit_municipal", "ggd_product_financed").contains(r.get("evidence_level"))) {
                codes.add(r.get("municipality_code"));
            }
        }
        return codes;
    }

    private static JsonNode region(JsonNode answer, String code) {
        for (JsonNode r : answer.get("regions")) {
            if (r.get("code").asText().equals(code)) {
                return r;
            }
        }
        throw new AssertionError("no region " + code);
    }

    @Test
    void realParticipationMatchesTheFilesAndRegionalStatementsAreNotExpanded() {
        JsonNode answer = Http.get("/api/ketenaanpakken/coverage?by=IZA&demo=false").json();
        assertFalse(answer.get("includesDemo").asBoolean());
        answer.get("datasets").forEach(d -> assertFalse(d.get("demo").asBoolean()));
        Map<String, Long> population = new HashMap<>();
        DataFiles.csv("municipalities.csv").forEach(m -> population.put(m.get("code"), Long.parseLong(m.get("population"))));
        long total = population.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Set<String>> membersByRegion = new HashMap<>();
        for (JsonNode r : answer.get("regions")) {
            Set<String> members = new HashSet<>();
            Http.get("/api/regions/IZA/" + r.get("code").asText()).json().get("members")
                    .forEach(m -> members.add(m.get("code").asText()));
            membersByRegion.put(r.get("code").asText(), members);
        }
        for (String k : FILES.keySet()) {
            Set<String> expected = municipalEvidence(k);
            JsonNode national = answer.at("/national/" + k);
            assertEquals(expected.size(), national.get("municipalities").asInt(), k);
            long pop = expected.stream().mapToLong(population::get).sum();
            assertEquals(pop, national.get("population").asLong(), k);
            assertEquals((double) pop / total, national.get("share").asDouble(), 1e-6, k);

            // Per region: takingPart is exactly the members with municipal evidence; states are consistent.
            Set<String> absent = new HashSet<>();
            answer.at("/absent/" + k).forEach(a -> absent.add(a.asText()));
            Set<String> regionOnly = new HashSet<>();
            answer.at("/regionLevelOnly/" + k).forEach(a -> regionOnly.add(a.asText()));
            for (JsonNode r : answer.get("regions")) {
                JsonNode cell = r.at("/ketenaanpakken/" + k);
                Set<String> members = membersByRegion.get(r.get("code").asText());
                Set<String> expectedHere = new TreeSet<>(expected);
                expectedHere.retainAll(members);
                Set<String> got = new TreeSet<>();
                cell.get("takingPart").forEach(c -> got.add(c.asText()));
                assertEquals(expectedHere, got, r.get("code") + " " + k);
                String state = cell.get("state").asText();
                if (!got.isEmpty()) {
                    assertEquals("municipal", state);
                } else if (cell.get("regionLevel").size() > 0) {
                    assertEquals("region-level-only", state);
                    assertTrue(regionOnly.contains(r.get("code").asText()));
                } else {
                    assertEquals("absent", state);
                    assertTrue(absent.contains(r.get("code").asText()));
                }
            }
        }

        // Drenthe: one provincial statement, expanded by the compiler, is region-level evidence only.
        JsonNode drenthe = region(answer, "IZA-DRENTHE").at("/ketenaanpakken/kansrijke-start");
        assertEquals("region-level-only", drenthe.get("state").asText());
        assertEquals(0, drenthe.get("municipalities").asInt());
        assertEquals("Drenthe (provincie)", drenthe.at("/regionLevel/0/statedRegion").asText());
        assertEquals("PV22", drenthe.at("/regionLevel/0/region/code").asText());
        assertEquals(12, drenthe.at("/regionLevel/0/sharedMunicipalities").asInt());
        assertEquals("regional_statement_expanded", drenthe.at("/regionLevel/0/evidence").asText());

        // Flevoland: only Almere has its own Kansrijke Start evidence; the regional memo is shown as such.
        JsonNode flevoland = region(answer, "IZA-FLEVOLAND").at("/ketenaanpakken/kansrijke-start");
        assertEquals("[\"GM0034\"]", flevoland.get("takingPart").toString());
        assertEquals(5, flevoland.at("/regionLevel/0/expandedTo").size());

        // A region-only statement about a region the graph does not hold is listed, not dropped.
        boolean noordLimburg = false;
        for (JsonNode s : answer.get("unplacedRegionStatements")) {
            noordLimburg |= s.get("statedRegion").asText().equals("Noord-Limburg") && s.get("ketenaanpak").asText().equals("valpreventie");
        }
        assertTrue(noordLimburg);
        List<String> kinds = List.of("kansrijke-start", "valpreventie", "overgewicht-kinderen", "gli", "welzijn-op-recept");
        for (int i = 0; i < kinds.size(); i++) {
            assertEquals(kinds.get(i), answer.at("/ketenaanpakken/" + i + "/code").asText());
        }
    }

    @Test
    void everyRealRowIsInTheGraphAtItsLevel() {
        int municipalRows = 0;
        int regionalRows = 0;
        for (String file : FILES.values()) {
            for (Map<String, String> r : DataFiles.csv(file)) {
                if (r.get("region_name").isBlank()) {
                    municipalRows++;
                } else {
                    regionalRows++;
                }
            }
        }
        long municipal = count("MATCH (:Municipality {graph: $graph})-[t:TAKES_PART {dataset:'real-ketenaanpakken'}]->(:Ketenaanpak) RETURN count(t)");
        assertEquals(municipalRows, municipal);
        assertEquals(0, count("MATCH (:Municipality {graph: $graph})-[t:TAKES_PART {dataset:'real-ketenaanpakken'}]->() "
                + "WHERE t.evidence IN ['regional_statement_expanded', 'region_only'] RETURN count(t)"));
        long expandedMembers = count("MATCH (x)-[t:TAKES_PART {dataset:'real-ketenaanpakken', level:'region'}]->() "
                + "WHERE x.graph IS NULL OR x.graph = $graph "
                + "RETURN sum(size(t.expandedTo) + CASE WHEN t.evidence = 'region_only' THEN 1 ELSE 0 END)");
        assertEquals(regionalRows, expandedMembers, "every regional row is in a region-level statement");
        assertEquals(1, count("MATCH (:Region {code:'PV22', graph: $graph})-[t:TAKES_PART {level:'region'}]->(:Ketenaanpak {code:'kansrijke-start'}) RETURN count(t)"));
        assertEquals(1, count("MATCH (:StatedRegion {name:'Noord-Limburg'})-[t:TAKES_PART]->(:Ketenaanpak {code:'valpreventie'}) RETURN count(t)"));
        assertEquals(0, count("MATCH ()-[t:TAKES_PART {dataset:'demo-ketenaanpakken'}]->() WHERE NOT t.demo RETURN count(t)"));
        assertEquals(0, count("MATCH (p:SupportPoint {dataset:'demo-support-points'}) WHERE NOT p.demo RETURN count(p)"));
    }

    @Test
    void demoDataIsIncludedByDefaultAndLabelled() {
        JsonNode withDemo = Http.get("/api/ketenaanpakken/coverage").json();
        JsonNode real = Http.get("/api/ketenaanpakken/coverage?demo=false").json();
        assertEquals("IZA", withDemo.get("by").asText());
        assertTrue(withDemo.get("includesDemo").asBoolean());
        boolean demoListed = false;
        for (JsonNode d : withDemo.get("datasets")) {
            demoListed |= d.get("demo").asBoolean() && d.get("id").asText().equals("demo-ketenaanpakken");
        }
        assertTrue(demoListed);
        for (String k : FILES.keySet()) {
            assertTrue(withDemo.at("/national/" + k + "/municipalities").asInt() >= real.at("/national/" + k + "/municipalities").asInt());
        }
        assertTrue(withDemo.at("/national/kansrijke-start/municipalities").asInt() > 100, "demo fills the map");
    }

    @Test
    void everyDivisionAndBadParameters() {
        for (String by : List.of("GGD", "VR", "ZK", "ROAZ", "IZA", "PROVINCE")) {
            JsonNode answer = Http.get("/api/ketenaanpakken/coverage?by=" + by + "&demo=false").json();
            assertTrue(answer.get("regions").size() >= 11, by);
        }
        JsonNode gli = Http.get("/api/ketenaanpakken/coverage?ketenaanpak=GLI").json();
        assertEquals(1, gli.get("ketenaanpakken").size());
        assertNotNull(gli.at("/regions/0/ketenaanpakken/gli").get("state"));
        assertEquals("by", Http.get("/api/ketenaanpakken/coverage?by=WIJK").json().get("parameter").asText());
        assertEquals("ketenaanpak", Http.get("/api/ketenaanpakken/coverage?ketenaanpak=yoga").json().get("parameter").asText());
        assertEquals("demo", Http.get("/api/ketenaanpakken/coverage?demo=x").json().get("parameter").asText());
        // Zuid-Holland Zuid's GLI agreement sits on the veiligheidsregio; in GGD terms it covers the same 10 municipalities.
        JsonNode byGgd = Http.get("/api/ketenaanpakken/coverage?by=GGD&demo=false").json();
        boolean zhz = false;
        for (JsonNode r : byGgd.get("regions")) {
            for (JsonNode s : r.at("/ketenaanpakken/gli/regionLevel")) {
                if (s.get("statedRegion").asText().equals("Zuid-Holland Zuid")) {
                    zhz = true;
                    assertEquals(10, s.get("sharedMunicipalities").asInt());
                }
            }
        }
        assertTrue(zhz);
    }

    private static long count(String cypher) {
        return TestGraph.get().client().read(tx -> tx.run(cypher).single().get(0).asLong());
    }
}
