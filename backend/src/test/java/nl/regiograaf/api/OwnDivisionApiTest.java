package nl.regiograaf.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import nl.regiograaf.importer.OwnDivisionImport;
import nl.regiograaf.support.DataFiles;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.TestGraph;
import nl.regiograaf.support.Uploads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An own division (issue 15, part 2) round-trips through the import, every endpoint that takes a kind, and the delete.
 * Each test imports under a kind of its own and removes it again; the expected figures are computed here from the data
 * files (municipality_regions.csv, municipalities.csv), not from the API.
 */
class OwnDivisionApiTest {

    private static final String GRONINGEN = "GM0014";
    private static final String AMSTERDAM = "GM0363";
    private static final String ALMERE = "GM0034";

    private final List<String> kinds = new ArrayList<>();

    /** A kind no other test uses: T + 7 letters. */
    private String newKind() {
        StringBuilder k = new StringBuilder("T");
        String random = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        for (int i = 0; i < 7; i++) {
            k.append((char) ('A' + (i < random.length() ? random.charAt(i) - 'a' : i)));
        }
        kinds.add(k.toString());
        return k.toString();
    }

    @AfterEach
    void removeKinds() {
        kinds.forEach(k -> Uploads.remove(OwnDivisionImport.datasetId(k)));
    }

    private static String url(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Http.Response importDivision(String query, String csv) {
        return Uploads.post("/api/import/divisions?" + query, "text/csv", csv);
    }

    /** municipality → GGD code, GGD code → name, from the data file. */
    private static Map<String, String> ggdOf(Map<String, String> namesOut) {
        Map<String, String> result = new TreeMap<>();
        DataFiles.csv("municipality_regions.csv").forEach(r -> {
            result.put(r.get("municipality_code"), r.get("ggd_code"));
            namesOut.put(r.get("ggd_code"), r.get("ggd_name"));
        });
        return result;
    }

    private static Map<String, Long> populations() {
        Map<String, Long> result = new HashMap<>();
        DataFiles.csv("municipalities.csv").forEach(r -> result.put(r.get("code"), Long.parseLong(r.get("population"))));
        return result;
    }

    /** Regions of a congruent to one region of b: every member in exactly that one b region. */
    private static int congruent(Map<String, Set<String>> aMembers, Map<String, Set<String>> bRegionsOf) {
        int n = 0;
        for (Set<String> members : aMembers.values()) {
            Set<String> touched = new HashSet<>();
            boolean allIn = true;
            for (String m : members) {
                Set<String> in = bRegionsOf.getOrDefault(m, Set.of());
                allIn &= !in.isEmpty();
                touched.addAll(in);
            }
            n += allIn && touched.size() == 1 ? 1 : 0;
        }
        return n;
    }

    private static Map<String, Set<String>> invert(Map<String, Set<String>> members) {
        Map<String, Set<String>> regionsOf = new HashMap<>();
        members.forEach((region, ms) -> ms.forEach(m -> regionsOf.computeIfAbsent(m, k -> new TreeSet<>()).add(region)));
        return regionsOf;
    }

    /**
     * The GGD division copied under own codes (KIND-GGxxxx), with Groningen left out and Amsterdam also in the region
     * of GGD Zaanstreek-Waterland: one unassigned, one double. Real memberships, real names ("Jeugd " + GGD name).
     */
    @Test
    void anOwnDivisionWorksEverywhereAKindDoesAndIsRemovedAgain() {
        String kind = newKind();
        Map<String, String> ggdNames = new HashMap<>();
        Map<String, String> ggd = ggdOf(ggdNames);
        String amsterdamGgd = ggd.get(AMSTERDAM);
        String second = ggd.get("GM0479"); // Zaanstad: GGD Zaanstreek-Waterland
        assertFalse(second.equals(amsterdamGgd));
        StringBuilder csv = new StringBuilder("\uFEFFgemeente;regio;regionaam\n".replace("gemeente", "municipality")
                .replace("regio;", "region;").replace("regionaam", "regionName"));
        Map<String, Set<String>> members = new TreeMap<>();
        ggd.forEach((m, g) -> {
            if (!m.equals(GRONINGEN)) {
                csv.append(m).append(';').append(kind).append('-').append(g).append(";Jeugd ").append(ggdNames.get(g)).append('\n');
                members.computeIfAbsent(kind + "-" + g, k -> new TreeSet<>()).add(m);
            }
        });
        csv.append("Amsterdam;").append(kind).append('-').append(second).append(";\n");
        members.get(kind + "-" + second).add(AMSTERDAM);
        String zaan = kind + "-" + second;

        Http.Response r = importDivision("kind=" + kind + "&name=" + url("Jeugdregio's (test)") + "&scope=national", csv.toString());
        assertEquals(200, r.status(), r.body());
        JsonNode result = r.json();
        String dataset = OwnDivisionImport.datasetId(kind);
        assertEquals(dataset, result.get("dataset").get("id").asText());
        assertEquals(kind, result.get("kind").asText());
        assertEquals(members.size(), result.get("regions").asInt());
        assertEquals(ggd.size(), result.get("memberships").asInt(), "341 lines plus Amsterdam's second");
        assertEquals(ggd.size() - 1, result.get("municipalities").asInt());
        assertFalse(result.get("replaced").asBoolean());

        // /api/divisions: marked as own, with dataset, source and date
        JsonNode own = null;
        for (JsonNode d : Http.get("/api/divisions").json()) {
            if (d.get("kind").asText().equals(kind)) {
                own = d;
            }
        }
        assertNotNull(own, "listed in /api/divisions");
        assertTrue(own.get("own").asBoolean());
        assertEquals("Jeugdregio's (test)", own.get("name").asText());
        assertEquals(dataset, own.get("dataset").asText());
        assertEquals(dataset, own.get("source").asText());
        assertEquals(LocalDate.now().toString(), own.get("referenceDate").asText());
        assertEquals("national", own.get("scope").asText());
        assertEquals(members.size(), own.get("regions").asInt());
        assertEquals(ggd.size() - 1, own.get("assignedMunicipalities").asInt());
        assertFalse(Http.get("/api/divisions").json().get(0).get("own").asBoolean(), "national ones first");

        // /api/regions and /api/regions/{kind}/{code}: members and population as in the files
        Map<String, Long> population = populations();
        JsonNode regions = Http.get("/api/regions?kind=" + kind.toLowerCase(Locale.ROOT)).json();
        assertEquals(members.size(), regions.size());
        for (JsonNode region : regions) {
            Set<String> expected = members.get(region.get("code").asText());
            assertNotNull(expected, region.toString());
            assertEquals(kind, region.get("kind").asText());
            assertEquals(expected.size(), region.get("members").asInt());
            assertEquals(expected.stream().mapToLong(population::get).sum(), region.get("population").asLong());
        }
        JsonNode detail = Http.get("/api/regions/" + kind + "/" + zaan.toLowerCase(Locale.ROOT)).json();
        assertEquals("Jeugd " + ggdNames.get(second), detail.get("name").asText());
        Set<String> detailMembers = new TreeSet<>();
        detail.get("members").forEach(m -> detailMembers.add(m.get("code").asText()));
        assertEquals(members.get(zaan), detailMembers);
        assertEquals(dataset, detail.get("members").get(0).get("membership").get("source").asText());
        assertEquals(404, Http.get("/api/regions/" + kind + "/GG0111").status());

        // /api/partition-check: Groningen unassigned, Amsterdam double; listed among all checks too
        JsonNode check = Http.get("/api/partition-check?kind=" + kind).json();
        assertEquals(kind, check.get("kind").asText());
        assertFalse(check.get("ok").asBoolean());
        assertEquals(1, check.get("unassigned").size());
        assertEquals(GRONINGEN, check.get("unassigned").get(0).get("code").asText());
        assertEquals(1, check.get("multiplyAssigned").size());
        assertEquals(AMSTERDAM, check.get("multiplyAssigned").get(0).get("municipality").get("code").asText());
        assertEquals("national", check.get("scope").asText());
        boolean listed = false;
        for (JsonNode c : Http.get("/api/partition-check").json()) {
            listed |= c.get("kind").asText().equals(kind);
        }
        assertTrue(listed, "the check of every division includes the own one");
        assertNull(Http.get("/api/partition-check?kind=GGD").json().get("scope"), "national divisions carry no scope");

        // /api/overlaps in both positions: the congruent regions counted here from the memberships
        Map<String, Set<String>> ggdMembers = new TreeMap<>();
        ggd.forEach((m, g) -> ggdMembers.computeIfAbsent(g, k -> new TreeSet<>()).add(m));
        JsonNode ab = Http.get("/api/overlaps?a=" + kind + "&b=GGD").json();
        JsonNode ba = Http.get("/api/overlaps?a=GGD&b=" + kind).json();
        assertEquals(kind, ab.get("a").asText());
        assertEquals(kind, ba.get("b").asText());
        assertEquals(congruent(members, invert(ggdMembers)), countCongruent(ab, kind));
        assertEquals(members.size() - 1, countCongruent(ab, kind), "only the region with Amsterdam added touches two GGDs");
        assertEquals(congruent(ggdMembers, invert(members)), countCongruent(ba, "GGD"));
        assertEquals(ggdMembers.size() - 2, countCongruent(ba, "GGD"), "GGD Amsterdam (split) and GGD Groningen (a gap)");
        assertTrue(ab.get("multiplyAssigned").toString().contains(AMSTERDAM));
        assertEquals(400, Http.get("/api/overlaps?a=" + kind + "&b=" + kind).status());

        // /api/memberships: the own kind per municipality, all and by kind
        JsonNode byKind = Http.get("/api/memberships?kind=" + kind).json();
        JsonNode all = Http.get("/api/memberships").json();
        assertEquals(byKind.size(), all.size());
        for (JsonNode m : all) {
            String code = m.get("municipality").asText();
            JsonNode mine = m.get("regions").get(kind);
            assertNotNull(mine, code);
            assertTrue(m.get("regions").has("GGD"));
            Set<String> got = new TreeSet<>();
            mine.forEach(x -> got.add(x.asText()));
            assertEquals(invert(members).getOrDefault(code, Set.of()), got, code);
        }

        // /api/graph: the own region is a focus, and Amsterdam's network shows both own regions
        JsonNode graph = Http.get("/api/graph?focus=" + zaan + "&depth=1").json();
        assertTrue(graph.get("nodes").toString().contains("\"kind\":\"" + kind + "\""), graph.toString());
        Set<String> linkedToZaan = new TreeSet<>();
        graph.get("links").forEach(l -> {
            if (l.get("type").asText().equals("MEMBER_OF") && l.get("target").asText().equals(zaan)) {
                linkedToZaan.add(l.get("source").asText());
            }
        });
        assertEquals(members.get(zaan), linkedToZaan);

        // the municipality profile lists the own regions under the kind
        JsonNode profile = Http.get("/api/municipalities/" + AMSTERDAM).json();
        assertEquals(2, profile.get("regions").get(kind).size());
        assertEquals(0, Http.get("/api/municipalities/" + GRONINGEN).json().get("regions").get(kind).size());

        // search finds an own region by name
        assertTrue(Http.get("/api/search?q=" + url("Jeugd " + ggdNames.get(second))).body().contains(zaan));

        // /api/scenarios/check with the stored own division as base: Groningen back in, measured against the base too
        String groningenRegion = kind + "-" + ggd.get(GRONINGEN);
        JsonNode scenario = Http.get("/api/scenarios/check?base=" + kind + "&moves=" + GRONINGEN + ":" + groningenRegion).json();
        assertEquals(kind, scenario.get("base").asText(), scenario.toString());
        assertEquals(0, scenario.get("partition").get("unassigned").size());
        JsonNode againstBase = null;
        for (JsonNode a : scenario.get("against")) {
            if (a.get("kind").asText().equals(kind)) {
                againstBase = a;
            }
        }
        assertNotNull(againstBase, "an own base is among the divisions measured against");
        assertTrue(againstBase.get("base").asBoolean());
        assertEquals(1, scenario.get("changes").size());

        // /api/divisions/diff: the GGD division against the own one, regions matched by their members
        Http.Response diffResponse = Http.get("/api/divisions/diff?from=GGD&to=" + kind);
        assertEquals(200, diffResponse.status(), diffResponse.body());
        JsonNode diff = diffResponse.json();
        assertEquals(ggdMembers.size(), diff.get("summary").get("renamed").asInt(), "every region kept, under its new name");
        Set<String> changedMembers = new TreeSet<>();
        diff.get("renamed").forEach(x -> {
            assertEquals(kind + "-" + x.get("from").get("code").asText(), x.get("to").get("code").asText());
            if (!x.get("sameMembers").asBoolean()) {
                changedMembers.add(x.get("from").get("code").asText());
            }
        });
        assertEquals(Set.of(ggd.get(GRONINGEN), second), changedMembers, "Groningen left out, Amsterdam added");
        assertEquals(400, Http.get("/api/divisions/diff?from=" + kind + "&to=" + kind).status());

        // /api/export holds it in the import format, with the request that imports it again
        Map<String, byte[]> files = export();
        JsonNode entry = null;
        for (JsonNode d : json(files.get("manifest.json")).get("datasets")) {
            entry = d.get("id").asText().equals(dataset) ? d : entry;
        }
        assertNotNull(entry, "the export lists the own division");
        assertEquals(kind, entry.get("division").asText());
        assertEquals(ggd.size(), entry.get("exportedRows").asInt());
        String restore = entry.get("restore").asText();
        assertTrue(restore.startsWith("POST /api/import/divisions?kind=" + kind + "&"), restore);
        byte[] exported = files.get(entry.get("file").asText());
        String regionsBefore = Http.get("/api/regions?kind=" + kind).body();
        String checkBefore = Http.get("/api/partition-check?kind=" + kind).body();
        String divisionsBefore = Http.get("/api/divisions").body();

        // /api/datasets lists it; DELETE removes it from every answer again
        assertTrue(Http.get("/api/datasets").body().contains(dataset));
        assertEquals(204, Uploads.delete("/api/datasets/" + dataset).status());
        assertFalse(Http.get("/api/divisions").body().contains("\"" + kind + "\""));
        assertEquals(400, Http.get("/api/regions?kind=" + kind).status());
        assertEquals(400, Http.get("/api/overlaps?a=" + kind + "&b=GGD").status());
        assertEquals(400, Http.get("/api/partition-check?kind=" + kind).status());
        assertEquals(400, Http.get("/api/memberships?kind=" + kind).status());
        assertFalse(Http.get("/api/memberships").body().contains(kind));
        assertFalse(Http.get("/api/partition-check").body().contains(kind));
        assertEquals(404, Http.get("/api/graph?focus=" + zaan).status());
        assertFalse(Http.get("/api/municipalities/" + AMSTERDAM).json().get("regions").has(kind));
        assertEquals(404, Uploads.delete("/api/datasets/" + dataset).status());
        assertEquals(0L, (long) TestGraph.get().client().read(tx -> tx.run(
                "MATCH (r:Region {kind: $k}) RETURN count(r) AS n", Map.of("k", kind)).single().get("n").asLong()));

        // the exported file, posted as the manifest says, gives the same division again
        Http.Response restored = Uploads.post(restore.substring("POST ".length(), restore.indexOf(' ', "POST ".length())),
                "text/csv", exported, TestGraph.ADMIN_TOKEN);
        assertEquals(200, restored.status(), restored.body());
        assertEquals(regionsBefore, Http.get("/api/regions?kind=" + kind).body());
        assertEquals(checkBefore, Http.get("/api/partition-check?kind=" + kind).body());
        assertEquals(divisionsBefore, Http.get("/api/divisions").body());
    }

    private static Map<String, byte[]> export() {
        Http.Response r = Http.send(java.net.http.HttpRequest.newBuilder(Http.uri("/api/export"))
                .header("Authorization", "Bearer " + TestGraph.ADMIN_TOKEN).GET());
        assertEquals(200, r.status(), r.body());
        Map<String, byte[]> files = new HashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(r.raw().body()), StandardCharsets.UTF_8)) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int countCongruent(JsonNode overlap, String side) {
        int n = 0;
        for (JsonNode region : overlap.get("regions")) {
            n += region.get("kind").asText().equals(side) && region.get("congruent").asBoolean() ? 1 : 0;
        }
        return n;
    }

    /** Importing the same kind again replaces it whole. */
    @Test
    void importingTheSameKindAgainReplacesIt() {
        String kind = newKind();
        assertEquals(200, importDivision("kind=" + kind, "municipality,region\nAlmere,A1\nLelystad,A1\n").status());
        Http.Response again = importDivision("kind=" + kind + "&name=Tweede", "municipality,region,regionName\nUrk,B1,Urk\n");
        assertEquals(200, again.status(), again.body());
        assertTrue(again.json().get("replaced").asBoolean());
        JsonNode regions = Http.get("/api/regions?kind=" + kind).json();
        assertEquals(1, regions.size());
        assertEquals("B1", regions.get(0).get("code").asText());
        assertEquals(1, regions.get(0).get("members").asInt());
        assertEquals(400, importDivision("kind=" + kind + "&mode=append", "municipality,region\nUrk,B1\n").status());
    }

    /** Unassigned municipalities count only inside the scope: a province, or a list of municipalities. */
    @Test
    void theDiffAgainstAnOwnDivisionWithoutCounterpartsAnswers() {
        // GGD Flevoland split over two own regions: the GGD region has no counterpart (it answered 500 before).
        String kind = newKind();
        assertEquals(200, importDivision("kind=" + kind, "municipality,region\nAlmere,A1\nLelystad,A2\n").status());
        Http.Response diff = Http.get("/api/divisions/diff?from=GGD&to=" + kind);
        assertEquals(200, diff.status(), diff.body());
        assertTrue(diff.json().get("summary").size() > 0, diff.body());
    }

    @Test
    void thePartitionCheckCountsUnassignedOnlyInsideTheScope() {
        Map<String, String> province = new TreeMap<>();
        DataFiles.csv("municipalities.csv").forEach(r -> province.put(r.get("code"), r.get("province_code")));
        List<String> noordHolland = province.entrySet().stream().filter(e -> e.getValue().equals("PV27")).map(Map.Entry::getKey).toList();
        assertTrue(noordHolland.contains(AMSTERDAM));
        // every Noord-Holland municipality but Amsterdam, in one region; Almere (Flevoland) too
        StringBuilder csv = new StringBuilder("municipality;region;regionName\n");
        noordHolland.stream().filter(m -> !m.equals(AMSTERDAM)).forEach(m -> csv.append(m).append(";NH1;Noord-Holland zonder Amsterdam\n"));
        csv.append(ALMERE).append(";FL1;Almere\n");

        String provinceKind = newKind();
        Http.Response r = importDivision("kind=" + provinceKind + "&scope=pv27", csv.toString());
        assertEquals(200, r.status(), r.body());
        assertEquals(noordHolland.size(), r.json().get("scopeMunicipalities").asInt());
        JsonNode check = Http.get("/api/partition-check?kind=" + provinceKind).json();
        assertEquals("PV27", check.get("scope").asText());
        assertEquals(1, check.get("unassigned").size(), check.get("unassigned").toString());
        assertEquals(AMSTERDAM, check.get("unassigned").get(0).get("code").asText());
        JsonNode division = null;
        for (JsonNode d : Http.get("/api/divisions").json()) {
            division = d.get("kind").asText().equals(provinceKind) ? d : division;
        }
        assertEquals("PV27", division.get("scope").asText());

        // the same file nationally: every municipality outside it is unassigned
        String nationalKind = newKind();
        assertEquals(200, importDivision("kind=" + nationalKind, csv.toString().replace("NH1", "NH2").replace("FL1", "FL2")).status());
        assertEquals(province.size() - noordHolland.size(), Http.get("/api/partition-check?kind=" + nationalKind).json()
                .get("unassigned").size());

        // an explicit list, by code and by name
        String listKind = newKind();
        assertEquals(200, importDivision("kind=" + listKind + "&scope=" + url("GM0014,Almere"),
                "municipality;region\nAlmere;L1\n").status());
        JsonNode listCheck = Http.get("/api/partition-check?kind=" + listKind).json();
        assertEquals("GM0014,GM0034", listCheck.get("scope").asText());
        assertEquals(1, listCheck.get("unassigned").size());
        assertEquals(GRONINGEN, listCheck.get("unassigned").get(0).get("code").asText());

        // a scenario on the province-scoped division counts unassigned inside the province only: Amsterdam back in
        JsonNode scenario = Http.get("/api/scenarios/check?base=" + provinceKind + "&moves=" + AMSTERDAM + ":NH1").json();
        assertEquals(0, scenario.get("partition").get("unassigned").size(), scenario.get("partition").toString());
        assertEquals("PV27", scenario.get("partition").get("scope").asText());
        JsonNode out = Http.get("/api/scenarios/check?base=" + provinceKind + "&moves=GM0361:").json(); // Alkmaar out
        assertEquals(2, out.get("partition").get("unassigned").size(), "Amsterdam and Alkmaar");
    }

    /**
     * Coverage and the ketenaanpak matrix by an own division (here one covering a province): its regions, with members
     * and population as imported, and per region the same figures the municipality rows of the same answer give.
     */
    @Test
    void coverageAndKetenaanpakkenAcceptAnOwnDivision() {
        Map<String, String> province = new TreeMap<>();
        DataFiles.csv("municipalities.csv").forEach(r -> province.put(r.get("code"), r.get("province_code")));
        List<String> utrecht = province.entrySet().stream().filter(e -> e.getValue().equals("PV26")).map(Map.Entry::getKey).toList();
        Map<String, Set<String>> members = new TreeMap<>();
        StringBuilder csv = new StringBuilder("municipality;region;regionName\n");
        for (int i = 0; i < utrecht.size(); i++) {
            String region = i % 2 == 0 ? "U1" : "U2";
            csv.append(utrecht.get(i)).append(';').append(region).append(";Utrecht ").append(region).append('\n');
            members.computeIfAbsent(region, k -> new TreeSet<>()).add(utrecht.get(i));
        }
        String kind = newKind();
        assertEquals(200, importDivision("kind=" + kind + "&scope=pv26", csv.toString()).status());
        Map<String, Long> population = populations();

        JsonNode coverage = Http.get("/api/coverage?radiusKm=10&by=" + kind.toLowerCase(Locale.ROOT)).json();
        assertEquals(kind, coverage.get("by").asText());
        Map<String, JsonNode> rows = new HashMap<>();
        coverage.get("municipalities").forEach(m -> rows.put(m.get("code").asText(), m));
        assertEquals(province.size(), rows.size(), "every municipality of the country is measured, not only the scope");
        assertEquals(members.keySet(), codes(coverage.get("regions")));
        for (JsonNode region : coverage.get("regions")) {
            Set<String> expected = members.get(region.get("code").asText());
            assertEquals("Utrecht " + region.get("code").asText(), region.get("name").asText());
            assertEquals(expected.size(), region.get("municipalities").asInt());
            assertEquals(expected.stream().mapToLong(population::get).sum(), region.get("population").asLong());
            assertEquals(expected.stream().filter(m -> rows.get(m).get("covered").asBoolean())
                    .mapToLong(population::get).sum(), region.get("coveredPopulation").asLong(), region.toString());
        }

        JsonNode keten = Http.get("/api/ketenaanpakken/coverage?by=" + kind).json();
        assertEquals(kind, keten.get("by").asText());
        assertEquals(members.keySet(), codes(keten.get("regions")));
        for (JsonNode region : keten.get("regions")) {
            Set<String> expected = members.get(region.get("code").asText());
            assertEquals(expected.size(), region.get("municipalities").asInt());
            assertEquals(expected.stream().mapToLong(population::get).sum(), region.get("population").asLong());
            assertEquals(keten.get("ketenaanpakken").size(), region.get("ketenaanpakken").size());
        }

        // an unknown kind is still a 400 naming the parameter, and lists the own kind among those expected
        for (String path : List.of("/api/coverage?by=NOPE", "/api/ketenaanpakken/coverage?by=NOPE")) {
            Http.Response bad = Http.get(path);
            assertEquals(400, bad.status(), path);
            assertEquals("by", bad.json().get("parameter").asText(), bad.body());
            assertTrue(bad.json().get("detail").asText().contains(kind), bad.body());
        }
        // after its removal the kind is unknown again (the answers and the catalogue follow the write)
        Uploads.remove(OwnDivisionImport.datasetId(kind));
        assertEquals(400, Http.get("/api/coverage?by=" + kind).status());
        assertEquals(400, Http.get("/api/ketenaanpakken/coverage?by=" + kind).status());
    }

    private static Set<String> codes(JsonNode regions) {
        Set<String> codes = new TreeSet<>();
        regions.forEach(r -> codes.add(r.get("code").asText()));
        return codes;
    }

    /** Bad parameters and bad lines: 400 problem+json naming where, and nothing is written. */
    @Test
    void badInputIsRejectedNamingWhereAndWritesNothing() {
        String kind = newKind();
        String divisionsBefore = Http.get("/api/divisions").body();
        String good = "municipality;region\nAlmere;X1\n";

        assertParameter(importDivision("kind=", good), "kind");
        assertParameter(importDivision("name=x", good), "kind");
        assertParameter(importDivision("kind=1ABC", good), "kind");
        assertParameter(importDivision("kind=A", good), "kind");
        assertParameter(importDivision("kind=ABCDEFGHIJKLMNOPQRSTU", good), "kind");
        assertParameter(importDivision("kind=GGD", good), "kind");
        assertParameter(importDivision("kind=province", good), "kind");
        assertParameter(importDivision("kind=MUNICIPALITY", good), "kind");
        assertParameter(importDivision("kind=" + kind + "&scope=PV99", good), "scope");
        assertParameter(importDivision("kind=" + kind + "&scope=" + url("GM0014,Atlantis"), good), "scope");
        assertParameter(importDivision("kind=" + kind + "&mode=append", good), "mode");

        Http.Response lines = importDivision("kind=" + kind, """
                municipality;region;regionName
                Almere;X1;Flevoland-west
                Atlantis;X1;
                Urk;;
                Lelystad;X 1;
                Dronten;X1;Anders genoemd
                Almere;X1;
                """);
        assertEquals(400, lines.status(), lines.body());
        assertTrue(lines.contentType().startsWith("application/problem+json"));
        Map<Integer, String> columnByLine = new TreeMap<>();
        lines.json().get("errors").forEach(e -> columnByLine.put(e.get("line").asInt(), e.get("column").asText()));
        assertEquals(Map.of(3, "municipality", 4, "region", 5, "region", 6, "regionName", 7, "municipality"), columnByLine);

        // a region code another division (or a municipality) already has
        Http.Response taken = importDivision("kind=" + kind, "municipality;region\nAlmere;X1\nUrk;GG2209\nLelystad;gm0995\n");
        assertEquals(400, taken.status(), taken.body());
        JsonNode errors = taken.json().get("errors");
        assertEquals(2, errors.size(), errors.toString());
        assertEquals(3, errors.get(0).get("line").asInt());
        assertEquals("region", errors.get(0).get("column").asText());
        assertTrue(errors.get(0).get("reason").asText().contains("GGD"));
        assertEquals(4, errors.get(1).get("line").asInt());
        assertTrue(errors.get(1).get("reason").asText().contains("municipality"));

        // two codes that differ only in case are one region
        Http.Response cased = importDivision("kind=" + kind, "municipality;region\nAlmere;x1\nUrk;X1\n");
        assertEquals(400, cased.status(), cased.body());
        assertEquals(3, cased.json().get("errors").get(0).get("line").asInt());

        // no token, wrong token
        Http.Response anonymous = Uploads.post("/api/import/divisions?kind=" + kind, "text/csv",
                good.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(401, anonymous.status());
        assertEquals(401, Uploads.post("/api/import/divisions?kind=" + kind, "text/csv",
                good.getBytes(StandardCharsets.UTF_8), "wrong").status());
        assertEquals(415, Uploads.post("/api/import/divisions?kind=" + kind, "application/xml",
                good.getBytes(StandardCharsets.UTF_8), TestGraph.ADMIN_TOKEN).status());

        assertEquals(divisionsBefore, Http.get("/api/divisions").body(), "nothing was written");
        assertEquals(0L, (long) TestGraph.get().client().read(tx -> tx.run(
                "MATCH (d:Dataset {id: $id}) RETURN count(d) AS n", Map.of("id", OwnDivisionImport.datasetId(kind)))
                .single().get("n").asLong()));
    }

    /**
     * Two kinds imported at the same moment with the same new region code: one keeps it, the other is a 400 naming the
     * line, whichever order the database gives them (never a 500, never both).
     */
    @Test
    void twoImportsRacingForOneRegionCodeEndWithOneRejectedLine() throws Exception {
        for (int round = 0; round < 3; round++) {
            String a = newKind();
            String b = newKind();
            String code = a + "-SHARED";
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<Http.Response>> results = new ArrayList<>();
                for (String kind : List.of(a, b)) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return importDivision("kind=" + kind, "municipality;region\nAlmere;" + code + "\nUrk;" + code + "\n");
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                for (java.util.concurrent.Future<Http.Response> f : results) {
                    Http.Response r = f.get();
                    statuses.add(r.status());
                    if (r.status() == 400) {
                        JsonNode error = r.json().get("errors").get(0);
                        assertEquals(2, error.get("line").asInt(), r.body());
                        assertEquals("region", error.get("column").asText());
                    }
                }
                assertEquals(List.of(200, 400), statuses.stream().sorted().toList(), "round " + round);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static void assertParameter(Http.Response r, String parameter) {
        assertEquals(400, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals(parameter, r.json().get("parameter").asText(), r.body());
    }
}
