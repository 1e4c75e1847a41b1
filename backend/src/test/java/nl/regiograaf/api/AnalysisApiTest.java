package nl.regiograaf.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.regiograaf.support.DataFiles;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Record;

/** The analysis endpoints over HTTP on the national data, checked against computations straight from the data files. */
class AnalysisApiTest {

    private static final String AMSTERDAM = "GM0363";
    private static final String PURMEREND = "GM0439";

    /** The GGD, VR and ZK division as published in municipality_regions.csv: column prefix → municipality → region. */
    private static Map<String, String> regionOf(String columnPrefix) {
        Map<String, String> result = new TreeMap<>();
        DataFiles.csv("municipality_regions.csv").forEach(r -> result.put(r.get("municipality_code"), r.get(columnPrefix + "_code")));
        return result;
    }

    private static Map<String, Long> populations() {
        Map<String, Long> result = new HashMap<>();
        DataFiles.csv("municipalities.csv").forEach(r -> result.put(r.get("code"), Long.parseLong(r.get("population"))));
        return result;
    }

    private static Map<String, Set<String>> members(Map<String, String> regionOf) {
        Map<String, Set<String>> result = new TreeMap<>();
        regionOf.forEach((m, r) -> result.computeIfAbsent(r, k -> new TreeSet<>()).add(m));
        return result;
    }

    private static long population(Set<String> codes, Map<String, Long> populations) {
        return codes.stream().mapToLong(populations::get).sum();
    }

    private static Set<String> codes(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Http.Response get(String path) {
        return Http.get(path);
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"GGD, ZK, ggd, zorgkantoor", "ZK, GGD, zorgkantoor, ggd", "GGD, VR, ggd, veiligheidsregio",
        "VR, ZK, veiligheidsregio, zorgkantoor"})
    void everyIntersectionShareAndCongruenceMatchesTheDataFiles(String a, String b, String columnA, String columnB) {
        Map<String, String> inA = regionOf(columnA);
        Map<String, String> inB = regionOf(columnB);
        Map<String, Long> populations = populations();
        Map<String, Set<String>> membersA = members(inA);
        Map<String, Set<String>> membersB = members(inB);
        Map<String, Set<String>> expected = new TreeMap<>();
        inA.forEach((m, ra) -> expected.computeIfAbsent(ra + "|" + inB.get(m), k -> new TreeSet<>()).add(m));

        Http.Response response = get("/api/overlaps?a=" + a + "&b=" + b);
        assertEquals(200, response.status(), response.body());
        JsonNode overlap = response.json();
        assertEquals(a, overlap.get("a").asText());
        assertEquals(b, overlap.get("b").asText());
        assertFalse(overlap.get("truncated").asBoolean());
        assertTrue(overlap.get("referenceDates").get(a).asText().matches("\\d{4}-\\d{2}-\\d{2}"));
        assertTrue(overlap.get("referenceDates").get(b).asText().matches("\\d{4}-\\d{2}-\\d{2}"));

        Map<String, Set<String>> actual = new TreeMap<>();
        for (JsonNode i : overlap.get("intersections")) {
            String ra = i.at("/a/code").asText();
            String rb = i.at("/b/code").asText();
            Set<String> shared = codes(i.get("municipalities"), "code");
            actual.put(ra + "|" + rb, shared);
            long pop = population(shared, populations);
            assertEquals(pop, i.get("population").asLong(), ra + " x " + rb);
            assertEquals((double) pop / population(membersA.get(ra), populations), i.get("shareOfA").asDouble(), 1e-9);
            assertEquals((double) pop / population(membersB.get(rb), populations), i.get("shareOfB").asDouble(), 1e-9);
            i.get("municipalities").forEach(m -> {
                assertEquals(populations.get(m.get("code").asText()), m.get("population").asLong());
                assertFalse(m.get("multiple").asBoolean());
            });
        }
        assertEquals(expected, actual);

        // congruence: per A-region the population of its largest intersection, summed, over the total population
        long largestSum = 0;
        for (String ra : membersA.keySet()) {
            largestSum += expected.entrySet().stream().filter(e -> e.getKey().startsWith(ra + "|"))
                    .mapToLong(e -> population(e.getValue(), populations)).max().orElseThrow();
        }
        long total = populations.values().stream().mapToLong(Long::longValue).sum();
        assertEquals((double) largestSum / total, overlap.get("congruence").asDouble(), 1e-9);

        // regions: every region of both sides; congruent exactly when its members lie in one region of the other side
        assertEquals(membersA.size() + membersB.size(), overlap.get("regions").size());
        for (JsonNode r : overlap.get("regions")) {
            boolean sideA = r.get("kind").asText().equals(a);
            Set<String> regionMembers = (sideA ? membersA : membersB).get(r.get("code").asText());
            Map<String, String> other = sideA ? inB : inA;
            Set<String> touched = regionMembers.stream().map(other::get).collect(Collectors.toSet());
            assertEquals(touched.size(), r.get("intersects").asInt(), r.toString());
            assertEquals(touched.size() == 1, r.get("congruent").asBoolean(), r.toString());
            assertEquals(population(regionMembers, populations), r.get("population").asLong());
        }
    }

    @Test
    void theGgdsNotCongruentWithTheZorgkantoorRegionsAreTheRealOnes() {
        Map<String, String> ggd = regionOf("ggd");
        Map<String, String> zk = regionOf("zorgkantoor");
        Set<String> expected = new TreeSet<>();
        members(ggd).forEach((region, ms) -> {
            if (ms.stream().map(zk::get).distinct().count() > 1) {
                expected.add(region);
            }
        });
        JsonNode overlap = get("/api/overlaps?a=GGD&b=ZK").json();
        Set<String> actual = new TreeSet<>();
        overlap.get("regions").forEach(r -> {
            if (r.get("kind").asText().equals("GGD") && !r.get("congruent").asBoolean()) {
                actual.add(r.get("code").asText());
            }
        });
        assertEquals(expected, actual);
        assertEquals(15, actual.size(), "15 of the 25 GGD regions span more than one zorgkantoor region");
        JsonNode noordOost = region(overlap, "GGD", "GGD Noord- en Oost-Gelderland");
        assertEquals(4, noordOost.get("intersects").asInt());
        JsonNode flevoland = region(overlap, "GGD", "GGD Flevoland");
        assertFalse(flevoland.get("congruent").asBoolean(), "Almere belongs to zorgkantoor 't Gooi");
        assertTrue(region(overlap, "GGD", "GGD Groningen").get("congruent").asBoolean());
        assertEquals(1.0, region(overlap, "GGD", "GGD Groningen").get("largestShare").asDouble(), 1e-12);
    }

    @Test
    void amsterdamAndPurmerendAreFlaggedInBothRoazIntersections() {
        // Independent: Amsterdam is listed in two ROAZ regions in the RIVM file
        Set<String> amsterdamRoaz = DataFiles.csv("municipality_roaz.csv").stream()
                .filter(r -> r.get("municipality_code").equals(AMSTERDAM)).map(r -> r.get("roaz_region")).collect(Collectors.toSet());
        assertEquals(2, amsterdamRoaz.size());

        JsonNode overlap = get("/api/overlaps?a=GGD&b=ROAZ").json();
        assertEquals(List.of(AMSTERDAM, PURMEREND), StreamSupport.stream(overlap.get("multiplyAssigned").spliterator(), false)
                .map(JsonNode::asText).toList());
        Set<String> roazWithAmsterdam = new TreeSet<>();
        for (JsonNode i : overlap.get("intersections")) {
            for (JsonNode m : i.get("municipalities")) {
                boolean doubled = m.get("code").asText().equals(AMSTERDAM) || m.get("code").asText().equals(PURMEREND);
                assertEquals(doubled, m.get("multiple").asBoolean(), m.toString());
                if (m.get("code").asText().equals(AMSTERDAM)) {
                    roazWithAmsterdam.add(i.at("/b/name").asText());
                    assertEquals("GGD Amsterdam", i.at("/a/name").asText());
                }
            }
        }
        assertEquals(amsterdamRoaz, roazWithAmsterdam);
        assertFalse(region(overlap, "GGD", "GGD Amsterdam").get("congruent").asBoolean());
        assertTrue(overlap.get("congruence").asDouble() < 1.0);

        JsonNode roaz = get("/api/partition-check?kind=ROAZ").json();
        assertFalse(roaz.get("ok").asBoolean());
        Map<String, Set<String>> doubles = new TreeMap<>();
        roaz.get("multiplyAssigned").forEach(m -> doubles.put(m.at("/municipality/code").asText(),
                StreamSupport.stream(m.get("regions").spliterator(), false).map(r -> r.get("name").asText())
                        .collect(Collectors.toCollection(TreeSet::new))));
        assertEquals(Set.of(AMSTERDAM, PURMEREND), doubles.keySet());
        assertEquals(amsterdamRoaz, doubles.get(AMSTERDAM));
    }

    @Test
    void partitionCheckOfEveryDivisionAgreesWithTheFiles() {
        JsonNode all = get("/api/partition-check").json();
        assertEquals(List.of("GGD", "VR", "ZK", "ROAZ", "IZA", "PROVINCE"),
                StreamSupport.stream(all.spliterator(), false).map(c -> c.get("kind").asText()).toList());
        long derived = DataFiles.csv("iza_region_membership.csv").stream()
                .filter(r -> r.get("evidence_level").startsWith("C_")).count();
        assertEquals(232, derived);
        for (JsonNode check : all) {
            String kind = check.get("kind").asText();
            assertEquals(0, check.get("unassigned").size(), kind);
            assertEquals(0, check.get("fragmented").size(), kind + ": " + check.get("fragmented"));
            assertEquals(kind.equals("IZA") ? derived : 0, check.get("unknownMembership").asLong(), kind);
            assertEquals(!kind.equals("ROAZ"), check.get("ok").asBoolean(), kind);
            assertFalse(check.get("truncated").asBoolean());
            assertEquals(check, get("/api/partition-check?kind=" + kind.toLowerCase()).json());
        }
        JsonNode iza = all.get(4);
        assertEquals(derived, iza.at("/membershipEvidence/C_derived_from_sourced_lists+sumcheck").asLong());
        long izaMemberships = 0;
        for (JsonNode n : iza.get("membershipEvidence")) {
            izaMemberships += n.asLong();
        }
        assertEquals(342, izaMemberships);
    }

    @Test
    void ggdOverviewListsForEveryGgdTheRegionsItTouchesWithTheSharedMunicipalities() {
        Map<String, String> ggd = regionOf("ggd");
        Map<String, String> zk = regionOf("zorgkantoor");
        Map<String, String> vr = regionOf("veiligheidsregio");
        JsonNode overview = get("/api/overlaps/ggd").json();
        assertEquals(25, overview.get("regions").size());
        assertEquals(Set.of("GGD", "IZA", "ZK", "VR", "ROAZ"), toSet(overview.get("referenceDates").fieldNames()));
        JsonNode byIza = get("/api/overlaps?a=GGD&b=IZA").json();
        for (JsonNode g : overview.get("regions")) {
            String code = g.get("code").asText();
            for (String[] kindAndColumn : List.of(new String[] {"ZK", "zk"}, new String[] {"VR", "vr"})) {
                Map<String, String> other = kindAndColumn[0].equals("ZK") ? zk : vr;
                Map<String, Set<String>> expected = new TreeMap<>();
                ggd.forEach((m, r) -> {
                    if (r.equals(code)) {
                        expected.computeIfAbsent(other.get(m), k -> new TreeSet<>()).add(m);
                    }
                });
                Map<String, Set<String>> actual = new TreeMap<>();
                g.get("touches").get(kindAndColumn[0]).forEach(t ->
                        actual.put(t.get("code").asText(), codes(t.get("municipalities"), "code")));
                assertEquals(expected, actual, code + " x " + kindAndColumn[0]);
                assertEquals(expected.size() == 1, g.at("/congruent/" + kindAndColumn[0]).asBoolean());
            }
            Set<String> izaTouched = new TreeSet<>();
            byIza.get("intersections").forEach(i -> {
                if (i.at("/a/code").asText().equals(code)) {
                    izaTouched.add(i.at("/b/code").asText());
                }
            });
            assertEquals(izaTouched, codes(g.at("/touches/IZA"), "code"));
            assertTrue(g.at("/touches/ROAZ").size() >= 1);
        }
        JsonNode noordOost = StreamSupport.stream(overview.get("regions").spliterator(), false)
                .filter(g -> g.get("name").asText().equals("GGD Noord- en Oost-Gelderland")).findFirst().orElseThrow();
        assertEquals(4, noordOost.at("/touches/ZK").size());
        assertTrue(noordOost.at("/congruent/VR").asBoolean());
    }

    @Test
    void theWaddenIslandsAndZeeuwsVlaanderenAreNoFalseFragments() {
        Map<String, String> ggd = regionOf("ggd");
        Map<String, Set<String>> ggdMembers = members(ggd);
        String[] islands = {"GM0096", "GM0093", "GM0060", "GM0088", "GM0448"}; // Vlieland, Terschelling, Ameland, Schiermonnikoog, Texel
        List<Record> borders = TestGraph.get().client().read(tx -> tx.run(
                "MATCH (a:Municipality {graph: $graph})-[b:BORDERS]->(c:Municipality) RETURN a.code AS a, c.code AS b, b.contact AS contact").list());
        JsonNode check = get("/api/partition-check?kind=GGD").json();
        assertEquals(0, check.get("fragmented").size(), check.toString());
        for (String island : islands) {
            Set<String> members = ggdMembers.get(ggd.get(island));
            assertEquals(1, components(members, borders, Set.of("boundary", "point", "water")).size(), island);
            List<Set<String>> landOnly = components(members, borders, Set.of("boundary"));
            assertTrue(landOnly.contains(Set.of(island)), island + " would be a fragment of its GGD without water links");
        }
        // Zeeuws-Vlaanderen (Sluis, Terneuzen, Hulst) reaches the rest of Zeeland only across the Westerschelde.
        Set<String> zeeland = ggdMembers.get(ggd.get("GM0715"));
        assertTrue(components(zeeland, borders, Set.of("boundary", "point")).contains(Set.of("GM1714", "GM0715", "GM0677")));
        assertEquals(1, components(zeeland, borders, Set.of("boundary", "point", "water")).size());
    }

    /** Connected pieces of {@code members} over the borders of the given contact types, by plain search. */
    private static List<Set<String>> components(Set<String> members, List<Record> borders, Set<String> contacts) {
        Map<String, Set<String>> adjacent = new HashMap<>();
        for (Record b : borders) {
            String x = b.get("a").asString();
            String y = b.get("b").asString();
            if (contacts.contains(b.get("contact").asString()) && members.contains(x) && members.contains(y)) {
                adjacent.computeIfAbsent(x, k -> new HashSet<>()).add(y);
                adjacent.computeIfAbsent(y, k -> new HashSet<>()).add(x);
            }
        }
        List<Set<String>> pieces = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String start : members) {
            if (!seen.add(start)) {
                continue;
            }
            Set<String> piece = new TreeSet<>();
            List<String> todo = new ArrayList<>(List.of(start));
            while (!todo.isEmpty()) {
                String m = todo.remove(todo.size() - 1);
                piece.add(m);
                for (String n : adjacent.getOrDefault(m, Set.of())) {
                    if (seen.add(n)) {
                        todo.add(n);
                    }
                }
            }
            pieces.add(piece);
        }
        return pieces;
    }

    @Test
    void searchIgnoresCaseDiacriticsAndFindsAliases() {
        assertEquals("GM1900", get("/api/search?q=sudwest").json().at("/0/code").asText());
        assertEquals("GM1900", get("/api/search?q=" + enc("SÚDWEST fryslan")).json().at("/0/code").asText());
        String denBosch = DataFiles.csv("name_aliases.csv").stream().filter(r -> r.get("alias").equals("Den Bosch"))
                .map(r -> r.get("code")).findFirst().orElseThrow();
        JsonNode hits = get("/api/search?q=" + enc("den bosch")).json();
        assertEquals(denBosch, hits.at("/0/code").asText());
        assertEquals("'s-Hertogenbosch", hits.at("/0/name").asText());
        assertEquals("MUNICIPALITY", hits.at("/0/kind").asText());
        assertEquals("GM0518", get("/api/search?q=" + enc("Den Haag")).json().at("/0/code").asText());
        assertEquals(AMSTERDAM, get("/api/search?q=gm0363").json().at("/0/code").asText());
        JsonNode ggd = get("/api/search?q=gg2209").json();
        assertEquals("GGD", ggd.at("/0/kind").asText());
        assertEquals("GGD Flevoland", ggd.at("/0/name").asText());
        Set<String> kinds = new TreeSet<>();
        get("/api/search?q=spoedzorg").json().forEach(h -> kinds.add(h.get("kind").asText() + ":" + h.get("name").asText()));
        assertTrue(kinds.contains("ROAZ:SpoedZorgNet"), kinds.toString());
        assertEquals("false", get("/api/search?q=sudwest").header("X-Truncated"));
    }

    @Test
    void searchIsCappedAndSaysSo() {
        Http.Response r = get("/api/search?q=en");
        assertEquals(200, r.status());
        assertEquals(50, r.json().size());
        assertEquals("true", r.header("X-Truncated"));
    }

    @Test
    void graphDepthOneHoldsTheFocusItsRegionsNeighboursAndWhatDescribesThem() {
        JsonNode graph = get("/api/graph?focus=gm0363&depth=1").json();
        assertEquals(AMSTERDAM, graph.get("focus").asText());
        assertFalse(graph.get("truncated").asBoolean());
        Map<String, String> kindOf = new HashMap<>();
        graph.get("nodes").forEach(n -> kindOf.put(n.get("id").asText(), n.get("kind").asText()));
        Set<String> neighbours = TestGraph.get().client().read(tx -> tx.run(
                "MATCH (:Municipality {code: $code, graph: $graph})-[:BORDERS]-(n) RETURN n.code AS code", Map.of("code", AMSTERDAM)).list())
                .stream().map(r -> r.get("code").asString()).collect(Collectors.toSet());
        assertTrue(kindOf.keySet().containsAll(neighbours));
        Map<String, String> row = DataFiles.csv("municipality_regions.csv").stream()
                .filter(r -> r.get("municipality_code").equals(AMSTERDAM)).findFirst().orElseThrow();
        assertEquals("GGD", kindOf.get(row.get("ggd_code")));
        assertEquals("VR", kindOf.get(row.get("veiligheidsregio_code")));
        assertEquals("ZK", kindOf.get(row.get("zorgkantoor_code")));
        assertEquals(2, kindOf.values().stream().filter("ROAZ"::equals).count());
        assertEquals(2, kindOf.values().stream().filter("HOSPITAL"::equals).count(), "the trauma centres of both ROAZ regions");
        assertEquals(1, kindOf.values().stream().filter("INSURER"::equals).count());
        // depth 1 reaches no municipality beyond the neighbours (and Amsterdam is its own IZA region's mandaatgemeente)
        kindOf.forEach((id, kind) -> {
            if (kind.equals("MUNICIPALITY")) {
                assertTrue(id.equals(AMSTERDAM) || neighbours.contains(id), id);
            }
        });
        Set<String> linkTypes = new TreeSet<>();
        graph.get("links").forEach(l -> {
            assertTrue(kindOf.containsKey(l.get("source").asText()), l.toString());
            assertTrue(kindOf.containsKey(l.get("target").asText()), l.toString());
            linkTypes.add(l.get("type").asText());
        });
        // Amsterdam's IZA region is shown, with the GGD it works with and the insurer running its zorgkantoor.
        assertEquals(Set.of("BORDERS", "HOLDS_CONCESSION", "MANDAATGEMEENTE", "MEMBER_OF", "TRAUMA_CENTRE_FOR",
                "WORKS_WITH_GGD", "ZORGKANTOOR"), linkTypes);

        JsonNode deeper = get("/api/graph?focus=GM0363&depth=2").json();
        Set<String> deeperIds = codes(deeper.get("nodes"), "id");
        assertTrue(deeperIds.containsAll(kindOf.keySet()));
        Set<String> ggdMembers = members(regionOf("ggd")).get(row.get("ggd_code"));
        assertTrue(deeperIds.containsAll(ggdMembers), "depth 2 reaches the members of the focus's regions");
        assertTrue(deeperIds.size() > kindOf.size());
    }

    @Test
    void graphAroundARegionHoldsItsMembers() {
        JsonNode graph = get("/api/graph?focus=gg2209").json();
        Set<String> expected = members(regionOf("ggd")).get("GG2209");
        Set<String> municipalities = new TreeSet<>();
        graph.get("nodes").forEach(n -> {
            if (n.get("kind").asText().equals("MUNICIPALITY")) {
                municipalities.add(n.get("id").asText());
            }
        });
        assertEquals(expected, municipalities);
        assertEquals(1, graph.get("depth").asInt());
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        assertProblem("/api/overlaps?a=GGD", 400, "b");
        assertProblem("/api/overlaps?b=GGD", 400, "a");
        assertProblem("/api/overlaps?a=XYZ&b=ZK", 400, "a");
        assertProblem("/api/overlaps?a=GGD&b=nope", 400, "b");
        assertProblem("/api/overlaps?a=GGD&b=ggd", 400, "b");
        assertProblem("/api/partition-check?kind=WIJK", 400, "kind");
        assertProblem("/api/graph?focus=GM0363&depth=3", 400, "depth");
        assertProblem("/api/graph?focus=GM0363&depth=0", 400, "depth");
        assertProblem("/api/graph?focus=GM0363&depth=two", 400, "depth");
        assertProblem("/api/graph", 400, "focus");
        assertProblem("/api/graph?focus=GM9999", 404, "focus");
        assertProblem("/api/graph?focus=" + enc("HOSPITAL:UMCG"), 404, "focus");
        assertProblem("/api/search", 400, "q");
        assertProblem("/api/search?q=a", 400, "q");
        assertProblem("/api/search?q=" + enc("'-"), 400, "q");
        assertProblem("/api/search?q=" + "x".repeat(101), 400, "q");
    }

    @Test
    void answersAreServedAgainFromTheCacheAndTheKeyIncludesTheParameters() {
        String first = get("/api/overlaps?a=GGD&b=IZA").body();
        assertEquals(first, get("/api/overlaps?a=GGD&b=IZA").body());
        assertEquals("IZA", get("/api/overlaps?a=IZA&b=GGD").json().get("a").asText());
    }

    @Test
    void theOpenApiDocumentDescribesEveryAnalysisEndpoint() {
        JsonNode paths = get("/openapi.json").json().get("paths");
        for (String path : List.of("/api/overlaps", "/api/overlaps/ggd", "/api/partition-check", "/api/graph", "/api/search")) {
            assertTrue(paths.has(path), path);
        }
        assertEquals(Set.of("a", "b"), codes(paths.at("/~1api~1overlaps/get/parameters"), "name"));
        assertEquals(Set.of("focus", "depth"), codes(paths.at("/~1api~1graph/get/parameters"), "name"));
    }

    private static void assertProblem(String path, int status, String parameter) {
        Http.Response r = get(path);
        assertEquals(status, r.status(), path + " → " + r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), path + " " + r.contentType());
        assertEquals(parameter, r.json().get("parameter").asText(), path);
        assertEquals(status, r.json().get("status").asInt());
    }

    private static JsonNode region(JsonNode overlap, String kind, String name) {
        return StreamSupport.stream(overlap.get("regions").spliterator(), false)
                .filter(r -> r.get("kind").asText().equals(kind) && r.get("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static Set<String> toSet(java.util.Iterator<String> names) {
        Set<String> result = new TreeSet<>();
        names.forEachRemaining(result::add);
        return result;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
