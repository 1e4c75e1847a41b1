package nl.regiograaf.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.regiograaf.importer.Names;
import nl.regiograaf.support.DataFiles;
import nl.regiograaf.support.Http;
import org.junit.jupiter.api.Test;

/** GET /api/checks/spuk: the ratios recomputed from the raw VWS files, and the two deviations of the source found. */
class SpukCheckApiTest {

    @Test
    void everyRatioIsTheRegionsSpukIzaOverItsMembersBredeSpuk() {
        Map<String, long[]> brede = new HashMap<>();
        for (Map<String, String> row : DataFiles.csv("spuk_amounts_per_municipality.csv")) {
            brede.put(Names.normalize(row.get("municipality_name")), new long[] {
                Long.parseLong(row.get("brede_spuk_2025_eur")), Long.parseLong(row.get("brede_spuk_2026_eur"))});
        }
        Map<String, long[]> sums = new HashMap<>();
        for (Map<String, String> row : DataFiles.csv("iza_region_membership.csv")) {
            long[] amounts = brede.get(Names.normalize(row.get("municipality_name")));
            assertNotNull(amounts, row.get("municipality_name"));
            long[] sum = sums.computeIfAbsent(row.get("iza_region_name"), k -> new long[2]);
            sum[0] += amounts[0];
            sum[1] += amounts[1];
        }
        Map<String, JsonNode> byName = new HashMap<>();
        Http.Response r = Http.get("/api/checks/spuk");
        assertEquals(200, r.status());
        r.json().get("regions").forEach(region -> byName.put(region.get("name").asText(), region));
        assertEquals(42, byName.size());
        for (Map<String, String> row : DataFiles.csv("iza_regions.csv")) {
            JsonNode region = byName.get(row.get("iza_region_name"));
            long[] sum = sums.get(row.get("iza_region_name"));
            JsonNode y2025 = region.get("years").get("2025");
            JsonNode y2026 = region.get("years").get("2026");
            assertEquals(Long.parseLong(row.get("spuk_iza_2025_eur")), y2025.get("spukIza").asLong());
            assertEquals(sum[0], y2025.get("bredeSpukMembers").asLong(), row.get("iza_region_name"));
            assertEquals(sum[1], y2026.get("bredeSpukMembers").asLong(), row.get("iza_region_name"));
            assertEquals((double) Long.parseLong(row.get("spuk_iza_2026_eur")) / sum[1], y2026.get("ratio").asDouble(), 1e-6);
        }
    }

    @Test
    void findsExactlyTheTwoDeviationsOfTheSourceAndCorrectsNothing() {
        JsonNode answer = Http.get("/api/checks/spuk").json();
        Set<String> flagged = new TreeSet<>();
        answer.get("findings").forEach(f -> flagged.add(f.get("code").asText()));
        assertEquals(Set.of("IZA-NOORD-HOLLAND-NOORD", "IZA-NOORDOOST-BRABANT"), flagged);
        Map<String, Double> expected = Map.of("IZA-NOORD-HOLLAND-NOORD", 0.4686, "IZA-NOORDOOST-BRABANT", 0.4520);
        for (JsonNode f : answer.get("findings")) {
            assertEquals("afwijking in de bron", f.get("finding").asText());
            JsonNode y2025 = f.get("years").get("2025");
            assertEquals(expected.get(f.get("code").asText()), y2025.get("ratio").asDouble(), 0.00006);
            assertTrue(y2025.get("outsideBand").asBoolean());
            assertFalse(f.get("years").get("2026").get("outsideBand").asBoolean(), "2026 is in band: the members are right");
            // Shown as printed: the amount of the source, not a corrected one.
            String name = f.get("name").asText();
            Map<String, String> row = DataFiles.csv("iza_regions.csv").stream()
                    .filter(x -> x.get("iza_region_name").equals(name)).findFirst().orElseThrow();
            assertEquals(Long.parseLong(row.get("spuk_iza_2025_eur")), y2025.get("spukIza").asLong());
        }
        JsonNode band = answer.get("years").get("2025");
        assertEquals(0.4604, band.get("median").asDouble(), 0.0002, "about 0.460 elsewhere");
        assertTrue(band.get("low").asDouble() < band.get("median").asDouble());
        assertEquals(flagged, new TreeSet<>(java.util.List.of(band.get("outside").get(0).asText(), band.get("outside").get(1).asText())));
        assertEquals(0, answer.get("years").get("2026").get("outside").size());
        answer.get("regions").forEach(region -> {
            if (!flagged.contains(region.get("code").asText())) {
                assertFalse(region.get("flagged").asBoolean(), region.toString());
                assertTrue(region.get("finding").isNull());
            }
        });
    }

    @Test
    void aNarrowerBandFlagsMoreAndABadToleranceIsA400() {
        JsonNode narrow = Http.get("/api/checks/spuk?tolerance=0.005").json();
        assertTrue(narrow.get("findings").size() > 2, "Arnhem and Friesland lie 0.7–1.2% below the median");
        assertEquals(0.005, narrow.get("tolerance").asDouble());
        for (String bad : new String[] {"0", "-1", "abc", "0.9", "NaN"}) {
            Http.Response r = Http.get("/api/checks/spuk?tolerance=" + bad);
            assertEquals(400, r.status(), bad);
            assertEquals("tolerance", r.json().get("parameter").asText());
        }
    }
}
