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
import java.util.TreeMap;
import java.util.TreeSet;
import nl.regiograaf.support.DataFiles;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.UserDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * /api/coverage?criterion=municipality (the AZWA norm: at least one laagdrempelig steunpunt per gemeente) checked
 * against a count made here from the API's inputs (/api/support-points, /api/municipalities, /api/regions) and the
 * judgement per kind in data/nl/lsp_kinds.csv; on the real partial data and on a user-imported fixture.
 */
class CoverageNormApiTest {

    @RegisterExtension
    final UserDatasets datasets = new UserDatasets();

    /** The kinds data/nl/lsp_kinds.csv counts as a laagdrempelig steunpunt. */
    private static Set<String> lspKinds() {
        Set<String> kinds = new HashSet<>();
        DataFiles.csv("lsp_kinds.csv").stream().filter(r -> "true".equals(r.get("counts_as_lsp")))
                .forEach(r -> kinds.add(r.get("kind")));
        return kinds;
    }

    /** Measured points per municipality: placed, not planned, of the given kinds. */
    private static Map<String, Integer> pointsPerMunicipality(String demo, Set<String> kinds) {
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode p : Http.get("/api/support-points?demo=" + demo).json().get("points")) {
            if (!p.get("municipality").isNull() && !p.get("lat").isNull() && !p.get("planned").asBoolean()
                    && kinds.contains(p.get("kind").asText())) {
                counts.merge(p.at("/municipality/code").asText(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Map<String, List<String>> members(String kind) {
        Map<String, List<String>> members = new TreeMap<>();
        for (JsonNode region : Http.get("/api/regions?kind=" + kind).json()) {
            String code = region.get("code").asText();
            List<String> codes = new ArrayList<>();
            Http.get("/api/regions/" + kind + "/" + code).json().get("members").forEach(m -> codes.add(m.get("code").asText()));
            members.put(code, codes);
        }
        return members;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Checks one norm answer against the count from the points; returns the gemeenten without a point. */
    private static Set<String> checkNorm(JsonNode answer, Map<String, Integer> points, Map<String, List<String>> regionMembers) {
        assertEquals("municipality", answer.get("criterion").asText());
        assertTrue(answer.get("radiusKm").isNull(), "no radius under the norm");
        Map<String, Long> population = new HashMap<>();
        for (JsonNode m : Http.get("/api/municipalities").json()) {
            population.put(m.get("code").asText(), m.get("population").asLong());
        }
        Set<String> without = new TreeSet<>(population.keySet());
        without.removeAll(points.keySet());
        assertEquals(new ArrayList<>(without), texts(answer.at("/gaps/municipalities")));

        assertEquals(population.size(), answer.get("municipalities").size());
        for (JsonNode m : answer.get("municipalities")) {
            String code = m.get("code").asText();
            assertEquals(points.getOrDefault(code, 0), m.get("pointsIn").asInt(), code);
            assertEquals(points.containsKey(code), m.get("covered").asBoolean(), code);
            assertTrue(m.get("pointsWithin").isNull(), code);
        }
        int with = population.size() - without.size();
        assertEquals(population.size(), answer.get("municipalityCount").asInt());
        assertEquals(with, answer.get("municipalitiesWithPoint").asInt());
        assertEquals((double) with / population.size(), answer.get("municipalitiesWithPointShare").asDouble(), 1e-6);
        long coveredPopulation = population.entrySet().stream().filter(e -> points.containsKey(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        assertEquals(coveredPopulation, answer.get("coveredPopulation").asLong());

        Map<String, JsonNode> regions = new HashMap<>();
        answer.get("regions").forEach(r -> regions.put(r.get("code").asText(), r));
        assertEquals(regionMembers.keySet(), regions.keySet());
        List<String> regionsWithout = new ArrayList<>();
        regionMembers.forEach((code, memberCodes) -> {
            int lacking = 0;
            long lackingPopulation = 0;
            int inRegion = 0;
            for (String member : memberCodes) {
                inRegion += points.getOrDefault(member, 0);
                if (!points.containsKey(member)) {
                    lacking++;
                    lackingPopulation += population.get(member);
                }
            }
            JsonNode r = regions.get(code);
            assertEquals(lacking, r.get("municipalitiesWithoutPoint").asInt(), code);
            assertEquals(lackingPopulation, r.get("populationWithoutPoint").asLong(), code);
            assertEquals(memberCodes.size() - lacking, r.get("coveredMunicipalities").asInt(), code);
            assertEquals(inRegion, r.get("pointsInRegion").asInt(), code);
            if (inRegion == 0) {
                regionsWithout.add(code);
            }
        });
        assertEquals(regionsWithout, texts(answer.at("/gaps/regionsWithoutPoint")));
        return without;
    }

    @Test
    void onTheRealPartialData320Of342GemeentenLackAnLsp() {
        Map<String, List<String>> iza = members("IZA");
        JsonNode answer = Http.get("/api/coverage?criterion=municipality&by=IZA&demo=false").json();
        assertFalse(answer.get("includesDemo").asBoolean());
        assertEquals(new TreeSet<>(lspKinds()), new TreeSet<>(texts(answer.get("kinds"))), "the LSP kinds by default");
        assertTrue(answer.get("kind").isNull());
        Set<String> without = checkNorm(answer, pointsPerMunicipality("false", lspKinds()), iza);
        // Said plainly in the README and the view: the real list places an LSP in 22 of 342 gemeenten.
        assertEquals(320, without.size());
        assertEquals(22, answer.get("municipalitiesWithPoint").asInt());

        // Left out, and why: two rows without a municipality, two planned only, and the two rows whose kind is no LSP.
        JsonNode excluded = answer.get("excluded");
        assertEquals(2, excluded.get("unplaced").asInt());
        assertEquals(2, excluded.get("planned").asInt());
        assertEquals(2, excluded.get("notLsp").asInt());
        Map<String, JsonNode> realPoints = new HashMap<>();
        Http.get("/api/support-points?demo=false").json().get("points").forEach(p -> realPoints.put(p.get("id").asText(), p));
        Map<String, Integer> perReason = new HashMap<>();
        for (JsonNode x : excluded.get("points")) {
            JsonNode p = realPoints.get(x.get("id").asText());
            assertNotNull(p, x.toString());
            assertEquals(p.get("name").asText(), x.get("name").asText());
            String reason = x.get("reason").asText();
            perReason.merge(reason, 1, Integer::sum);
            switch (reason) {
                case "unplaced" -> assertTrue(p.get("municipality").isNull() || p.get("lat").isNull(), x.toString());
                case "planned" -> assertTrue(p.get("planned").asBoolean(), x.toString());
                case "not-lsp" -> assertFalse(lspKinds().contains(p.get("kind").asText()), x.toString());
                default -> throw new AssertionError("unknown reason " + reason);
            }
        }
        assertEquals(Map.of("unplaced", 2, "planned", 2, "not-lsp", 2), perReason);

        // Counting every kind (the mentaal gezondheidscentrum and the respijthuis too): 24 gemeenten, 318 without.
        String allKinds = String.join(",", texts(Http.get("/api/coverage?demo=false").json().get("kinds")));
        JsonNode every = Http.get("/api/coverage?criterion=municipality&by=IZA&demo=false&kind=" + allKinds).json();
        Set<String> everyKind = new HashSet<>(texts(every.get("kinds")));
        assertEquals(318, checkNorm(every, pointsPerMunicipality("false", everyKind), iza).size());
        assertEquals(0, every.at("/excluded/notLsp").asInt(), "asked kinds are never 'not counted'");
    }

    @Test
    void theNormAndTheKindsThatCountComeFromTheDataFiles() {
        JsonNode norm = Http.get("/api/coverage?criterion=municipality").json().get("norm");
        Map<String, Map<String, String>> facts = new HashMap<>();
        DataFiles.csv("lsp_norm.csv").forEach(r -> facts.put(r.get("fact"), r));
        for (String[] f : new String[][] {{"minimumPerMunicipality", "minimum_per_municipality"},
                {"regionalNetwork", "regional_network"}, {"werkagendaDeadline", "werkagenda_deadline"},
                {"nationalEstimate", "national_estimate"}}) {
            JsonNode got = norm.get(f[0]);
            Map<String, String> row = facts.get(f[1]);
            assertEquals(row.get("value"), got.get("value").asText(), f[0]);
            assertEquals(row.get("source"), got.get("source").asText(), f[0]);
            assertEquals(row.get("source_date"), got.get("sourceDate").asText(), f[0]);
        }
        assertEquals("1", norm.at("/minimumPerMunicipality/value").asText());
        assertTrue(norm.at("/minimumPerMunicipality/sourceUrl").asText().startsWith("https://vng.nl/"));
        List<Map<String, String>> judged = DataFiles.csv("lsp_kinds.csv");
        assertEquals(judged.size(), norm.get("kinds").size());
        Map<String, JsonNode> byKind = new HashMap<>();
        norm.get("kinds").forEach(k -> byKind.put(k.get("kind").asText(), k));
        for (Map<String, String> row : judged) {
            JsonNode k = byKind.get(row.get("kind"));
            assertEquals(Boolean.parseBoolean(row.get("counts_as_lsp")), k.get("countsAsLsp").asBoolean(), row.get("kind"));
            assertEquals(row.get("reason"), k.get("reason").asText());
            assertEquals(row.get("reason_nl"), k.get("reasonNl").asText());
        }
        // every support-point kind the API knows is judged
        Set<String> apiKinds = new HashSet<>(texts(Http.get("/api/coverage").json().get("kinds")));
        assertEquals(apiKinds, byKind.keySet());
    }

    @Test
    void anImportedFixtureClosesExactlyItsGemeente() {
        Map<String, List<String>> iza = members("IZA");
        String base = "/api/coverage?criterion=municipality&by=IZA&demo=false";
        JsonNode before = Http.get(base).json();
        // Two gemeenten without an LSP in one IZA region: one gets two LSPs, the other only a mentaal gezondheidscentrum.
        Set<String> gaps = new HashSet<>(texts(before.at("/gaps/municipalities")));
        String region = null;
        List<String> chosen = null;
        for (Map.Entry<String, List<String>> e : iza.entrySet()) {
            List<String> lacking = e.getValue().stream().filter(gaps::contains).toList();
            if (lacking.size() >= 2) {
                region = e.getKey();
                chosen = lacking.subList(0, 2);
                break;
            }
        }
        assertNotNull(region, "an IZA region with two gemeenten without an LSP");
        String closed = chosen.get(0);
        String onlyMgc = chosen.get(1);
        String id = datasets.create("lsp-norm");
        String csv = "name;kind;municipality;address;town;lat;lon\r\n"
                + "Fixture inloop A;inloophuis;" + closed + ";;;;\r\n"
                + "Fixture steunpunt B;steunpunt;" + closed + ";;;;\r\n"
                + "Fixture MGC C;mentaal-gezondheidscentrum;" + onlyMgc + ";;;;\r\n";
        Http.Response imported = nl.regiograaf.support.Uploads.post("/api/import/support-points?dataset=" + id, "text/csv", csv);
        assertEquals(200, imported.status(), imported.body());

        JsonNode after = Http.get(base).json();
        Set<String> expectedGaps = new TreeSet<>(gaps);
        expectedGaps.remove(closed);
        assertEquals(new ArrayList<>(expectedGaps), texts(after.at("/gaps/municipalities")));
        checkNorm(after, pointsPerMunicipality("false", lspKinds()), iza);
        JsonNode closedRow = find(after.get("municipalities"), closed);
        assertEquals(2, closedRow.get("pointsIn").asInt());
        JsonNode regionBefore = find(before.get("regions"), region);
        JsonNode regionAfter = find(after.get("regions"), region);
        assertEquals(regionBefore.get("municipalitiesWithoutPoint").asInt() - 1, regionAfter.get("municipalitiesWithoutPoint").asInt());
        assertEquals(regionBefore.get("populationWithoutPoint").asLong() - closedRow.get("population").asLong(),
                regionAfter.get("populationWithoutPoint").asLong());
        assertEquals(before.get("municipalitiesWithPoint").asInt() + 1, after.get("municipalitiesWithPoint").asInt());

        // The mentaal gezondheidscentrum does not count, and the answer says so by name and dataset.
        assertEquals(before.at("/excluded/notLsp").asInt() + 1, after.at("/excluded/notLsp").asInt());
        boolean listed = false;
        for (JsonNode x : after.at("/excluded/points")) {
            if (id.equals(x.get("dataset").asText())) {
                assertEquals("Fixture MGC C", x.get("name").asText());
                assertEquals("not-lsp", x.get("reason").asText());
                assertEquals(onlyMgc, x.at("/municipality/code").asText());
                listed = true;
            }
        }
        assertTrue(listed, "the fixture's MGC is listed as left out");
        // Asked for explicitly, the MGC kind is measured: then its gemeente meets the criterion.
        JsonNode mgc = Http.get("/api/coverage?criterion=municipality&demo=false&kind=mentaal-gezondheidscentrum").json();
        assertTrue(find(mgc.get("municipalities"), onlyMgc).get("covered").asBoolean());
        assertFalse(find(mgc.get("municipalities"), closed).get("covered").asBoolean());
    }

    @Test
    void theCriterionIsCheckedAndDistanceStaysTheDefault() {
        JsonNode byDefault = Http.get("/api/coverage?by=GGD&demo=false").json();
        assertEquals("distance", byDefault.get("criterion").asText());
        assertEquals(10, byDefault.get("radiusKm").asDouble());
        // The members without a point of their own are in the answer whatever the criterion.
        JsonNode norm = Http.get("/api/coverage?criterion=Municipality&by=GGD&demo=false&kind="
                + String.join(",", texts(byDefault.get("kinds")))).json();
        Map<String, JsonNode> normRegions = new HashMap<>();
        norm.get("regions").forEach(r -> normRegions.put(r.get("code").asText(), r));
        for (JsonNode r : byDefault.get("regions")) {
            JsonNode n = normRegions.get(r.get("code").asText());
            assertEquals(n.get("municipalitiesWithoutPoint").asInt(), r.get("municipalitiesWithoutPoint").asInt());
            assertEquals(n.get("populationWithoutPoint").asLong(), r.get("populationWithoutPoint").asLong());
        }
        assertEquals(norm.get("municipalitiesWithPoint").asInt(), byDefault.get("municipalitiesWithPoint").asInt());

        for (String bad : List.of("afstand", "gemeente", "1", "municipalities")) {
            Http.Response r = Http.get("/api/coverage?criterion=" + bad);
            assertEquals(400, r.status(), bad);
            assertTrue(r.contentType().startsWith("application/problem+json"));
            assertEquals("criterion", r.json().get("parameter").asText(), bad);
        }
        assertEquals("radiusKm", Http.get("/api/coverage?criterion=municipality&radiusKm=-3").json().get("parameter").asText(),
                "a bad radius is still named, whatever the criterion");
    }

    private static JsonNode find(JsonNode array, String code) {
        for (JsonNode n : array) {
            if (code.equals(n.get("code").asText())) {
                return n;
            }
        }
        throw new AssertionError(code + " not in " + array);
    }
}
