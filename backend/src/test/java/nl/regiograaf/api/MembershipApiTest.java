package nl.regiograaf.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regiograaf.support.DataFiles;
import nl.regiograaf.support.Http;
import org.junit.jupiter.api.Test;

/** /api/memberships (the web map's colouring table) checked against the reference files. */
class MembershipApiTest {

    private static Map<String, JsonNode> byMunicipality(JsonNode answer) {
        Map<String, JsonNode> map = new HashMap<>();
        answer.forEach(m -> map.put(m.get("municipality").asText(), m.get("regions")));
        return map;
    }

    @Test
    void everyMunicipalityCarriesTheRegionsOfTheReferenceFiles() {
        Http.Response r = Http.get("/api/memberships");
        assertEquals(200, r.status());
        Map<String, JsonNode> regions = byMunicipality(r.json());
        assertEquals(342, regions.size());
        for (Map<String, String> row : DataFiles.csv("municipality_regions.csv")) {
            JsonNode m = regions.get(row.get("municipality_code"));
            assertEquals(List.of(row.get("ggd_code")), texts(m.get("GGD")), row.toString());
            assertEquals(List.of(row.get("veiligheidsregio_code")), texts(m.get("VR")), row.toString());
            assertEquals(List.of(row.get("zorgkantoor_code")), texts(m.get("ZK")), row.toString());
        }
        for (Map<String, String> row : DataFiles.csv("municipalities.csv")) {
            assertEquals(List.of(row.get("province_code")), texts(regions.get(row.get("code")).get("PROVINCE")), row.toString());
        }
        assertEquals(List.of("ROAZ-NAZNW", "ROAZ-SZN"), texts(regions.get("GM0363").get("ROAZ")), "Amsterdam is in two ROAZ regions");
        regions.values().forEach(m -> assertEquals(1, m.get("IZA").size(), m.toString()));
    }

    @Test
    void oneKindAnswersWithThatKindOnly() {
        JsonNode answer = Http.get("/api/memberships?kind=ggd").json();
        assertEquals(342, answer.size());
        answer.forEach(m -> {
            assertEquals(1, m.get("regions").size(), m.toString());
            assertTrue(m.get("regions").has("GGD"), m.toString());
        });
    }

    @Test
    void unknownKindIsA400NamingTheParameter() {
        Http.Response r = Http.get("/api/memberships?kind=XX");
        assertEquals(400, r.status());
        assertEquals("kind", r.json().get("parameter").asText());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
