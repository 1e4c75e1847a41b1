package nl.regiograaf.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.regiograaf.support.Http;
import org.junit.jupiter.api.Test;

/**
 * /api/coverage checked against a computation made here from the API's own inputs: the municipalities'
 * representative points (/api/municipalities), the support points (/api/support-points) and the regions'
 * members (/api/regions/{kind}/{code}), with a haversine written in this test.
 */
class CoverageApiTest {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    private record Point(double lat, double lon, String municipality) {
    }

    /** The points coverage must use: placed (a municipality and a position) and not planned-only. */
    private static List<Point> usablePoints(String query) {
        List<Point> points = new ArrayList<>();
        for (JsonNode p : Http.get("/api/support-points?" + query).json().get("points")) {
            if (!p.get("municipality").isNull() && !p.get("lat").isNull() && !p.get("planned").asBoolean()) {
                points.add(new Point(p.get("lat").asDouble(), p.get("lon").asDouble(), p.at("/municipality/code").asText()));
            }
        }
        return points;
    }

    private static Map<String, List<String>> members(String kind) {
        Map<String, List<String>> members = new HashMap<>();
        for (JsonNode region : Http.get("/api/regions?kind=" + kind).json()) {
            String code = region.get("code").asText();
            List<String> codes = new ArrayList<>();
            Http.get("/api/regions/" + kind + "/" + code).json().get("members").forEach(m -> codes.add(m.get("code").asText()));
            members.put(code, codes);
        }
        return members;
    }

    private static void checkAgainstIndependentComputation(double radius, String kind, String by, boolean demo,
                                                           Map<String, List<String>> regionMembers) {
        String filter = "demo=" + demo + (kind == null ? "" : "&kind=" + kind);
        JsonNode answer = Http.get("/api/coverage?radiusKm=" + radius + "&by=" + by + "&" + filter).json();
        List<Point> points = usablePoints(filter);
        assertEquals(points.size(), answer.get("points").asInt());
        assertEquals(demo, answer.get("includesDemo").asBoolean());
        for (JsonNode d : answer.get("datasets")) {
            assertTrue(demo || !d.get("demo").asBoolean(), d.toString());
        }

        Map<String, JsonNode> byCode = new HashMap<>();
        answer.get("municipalities").forEach(m -> byCode.put(m.get("code").asText(), m));
        JsonNode municipalities = Http.get("/api/municipalities").json();
        assertEquals(municipalities.size(), byCode.size());
        long population = 0;
        long covered = 0;
        TreeSet<String> uncovered = new TreeSet<>();
        Map<String, Boolean> coveredByCode = new HashMap<>();
        Map<String, Long> populationByCode = new HashMap<>();
        for (JsonNode m : municipalities) {
            double nearest = Double.POSITIVE_INFINITY;
            int within = 0;
            for (Point p : points) {
                double d = haversineKm(m.get("lat").asDouble(), m.get("lon").asDouble(), p.lat(), p.lon());
                nearest = Math.min(nearest, d);
                if (d <= radius) {
                    within++;
                }
            }
            String code = m.get("code").asText();
            JsonNode got = byCode.get(code);
            String where = code + " at " + radius + " km, " + filter;
            if (points.isEmpty()) {
                assertTrue(got.get("nearestKm").isNull(), where);
            } else {
                assertEquals(nearest, got.get("nearestKm").asDouble(), 0.002, where);
            }
            assertEquals(within, got.get("pointsWithin").asInt(), where);
            assertEquals(points.stream().filter(p -> p.municipality().equals(code)).count(), got.get("pointsIn").asInt(), where);
            boolean isCovered = nearest <= radius;
            assertEquals(isCovered, got.get("covered").asBoolean(), where);
            long pop = m.get("population").asLong();
            assertEquals(pop, got.get("population").asLong());
            population += pop;
            populationByCode.put(code, pop);
            coveredByCode.put(code, isCovered);
            if (isCovered) {
                covered += pop;
            } else {
                uncovered.add(code);
            }
        }
        assertEquals((double) covered / population, answer.get("coveredPopulationShare").asDouble(), 1e-6);
        List<String> gaps = new ArrayList<>();
        answer.at("/gaps/municipalities").forEach(g -> gaps.add(g.asText()));
        assertEquals(new ArrayList<>(uncovered), gaps);

        TreeSet<String> withoutPoint = new TreeSet<>();
        Map<String, JsonNode> regions = new HashMap<>();
        answer.get("regions").forEach(r -> regions.put(r.get("code").asText(), r));
        assertEquals(regionMembers.keySet(), regions.keySet());
        regionMembers.forEach((code, memberCodes) -> {
            long pop = 0;
            long cov = 0;
            int inRegion = 0;
            for (String member : memberCodes) {
                pop += populationByCode.get(member);
                cov += coveredByCode.get(member) ? populationByCode.get(member) : 0;
                for (Point p : points) {
                    if (p.municipality().equals(member)) {
                        inRegion++;
                    }
                }
            }
            JsonNode r = regions.get(code);
            assertEquals(pop, r.get("population").asLong(), code);
            assertEquals(cov, r.get("coveredPopulation").asLong(), code);
            assertEquals(pop == 0 ? 0 : (double) cov / pop, r.get("share").asDouble(), 1e-6, code);
            assertEquals(inRegion, r.get("pointsInRegion").asInt(), code);
            long lacking = memberCodes.stream().filter(member -> points.stream().noneMatch(p -> p.municipality().equals(member))).count();
            assertEquals(lacking, r.get("municipalitiesWithoutPoint").asInt(), code);
            if (inRegion == 0) {
                withoutPoint.add(code);
            }
        });
        List<String> regionGaps = new ArrayList<>();
        answer.at("/gaps/regionsWithoutPoint").forEach(g -> regionGaps.add(g.asText()));
        assertEquals(new ArrayList<>(withoutPoint), regionGaps);
    }

    @Test
    void izaCoverageMatchesAnIndependentComputationForRealAndDemoData() {
        Map<String, List<String>> iza = members("IZA");
        for (boolean demo : new boolean[] {false, true}) {
            for (double radius : new double[] {5, 10, 20}) {
                checkAgainstIndependentComputation(radius, null, "IZA", demo, iza);
            }
            checkAgainstIndependentComputation(10, "steunpunt", "IZA", demo, iza);
            checkAgainstIndependentComputation(7.5, "zelfregiecentrum,inloophuis", "IZA", demo, iza);
        }
    }

    @Test
    void roazCoverageCountsDoubleMembersInBothRegions() {
        checkAgainstIndependentComputation(15, null, "ROAZ", true, members("ROAZ"));
        checkAgainstIndependentComputation(100, null, "PROVINCE", false, members("PROVINCE"));
    }

    @Test
    void theAnswerHasTheIssueShapeAndLabelsDemoData() {
        JsonNode answer = Http.get("/api/coverage?radiusKm=10&kind=steunpunt&by=IZA").json();
        for (String field : List.of("radiusKm", "kind", "datasets", "municipalities", "regions", "gaps", "coveredPopulationShare")) {
            assertTrue(answer.has(field), field);
        }
        assertEquals(10, answer.get("radiusKm").asDouble());
        assertEquals("steunpunt", answer.get("kind").asText());
        assertTrue(answer.get("includesDemo").asBoolean(), "demo data is included by default and the answer says so");
        boolean demoListed = false;
        for (JsonNode d : answer.get("datasets")) {
            demoListed |= d.get("demo").asBoolean();
            assertTrue(d.has("scope") && d.has("id"), d.toString());
        }
        assertTrue(demoListed);
        JsonNode m = answer.at("/municipalities/0");
        for (String field : List.of("code", "name", "population", "nearestKm", "pointsWithin", "covered")) {
            assertTrue(m.has(field), field);
        }
        JsonNode r = answer.at("/regions/0");
        for (String field : List.of("code", "name", "population", "coveredPopulation", "share", "pointsInRegion")) {
            assertTrue(r.has(field), field);
        }
        assertTrue(answer.at("/gaps/municipalities").isArray());
        assertTrue(answer.at("/gaps/regionsWithoutPoint").isArray());

        JsonNode real = Http.get("/api/coverage?radiusKm=10&by=IZA&demo=false").json();
        assertFalse(real.get("includesDemo").asBoolean());
        real.get("datasets").forEach(d -> assertFalse(d.get("demo").asBoolean(), d.toString()));
        // The real file's two rows without a municipality and its two planned-only rows are not measured to.
        assertEquals(2, real.at("/excluded/unplaced").asInt());
        assertEquals(2, real.at("/excluded/planned").asInt());
    }

    @Test
    void parametersAreCheckedAndNamed() {
        for (String bad : List.of("0", "-1", "100.5", "101", "abc", "1e2", "NaN", "Infinity", "0x10")) {
            Http.Response r = Http.get("/api/coverage?radiusKm=" + bad);
            assertEquals(400, r.status(), bad);
            assertTrue(r.contentType().startsWith("application/problem+json"));
            assertEquals("radiusKm", r.json().get("parameter").asText(), bad);
        }
        assertEquals(200, Http.get("/api/coverage?radiusKm=100").status());
        assertEquals(200, Http.get("/api/coverage?radiusKm=0.5&by=ggd").status());
        assertEquals("by", Http.get("/api/coverage?by=GEMEENTE").json().get("parameter").asText());
        assertEquals("kind", Http.get("/api/coverage?kind=bakkerij").json().get("parameter").asText());
        assertEquals("demo", Http.get("/api/coverage?demo=perhaps").json().get("parameter").asText());
        for (String by : List.of("GGD", "VR", "ZK", "ROAZ", "IZA", "PROVINCE")) {
            JsonNode answer = Http.get("/api/coverage?by=" + by).json();
            assertEquals(by, answer.get("by").asText());
            assertTrue(answer.get("regions").size() >= 11, by);
        }
        assertNull(Http.get("/api/coverage").json().get("kind").textValue(), "no kind: every kind");
    }
}
