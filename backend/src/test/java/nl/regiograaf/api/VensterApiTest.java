package nl.regiograaf.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import nl.regiograaf.support.Fixtures;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.Uploads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** POST /api/import/venster and GET /api/venster: divergence, completeness, change, national summary, DEMO label. */
class VensterApiTest {

    @AfterEach
    void removeImports() {
        assertEquals(200, Uploads.delete("/api/import/venster").status());
    }

    private static Map<String, JsonNode> regions(JsonNode venster) {
        Map<String, JsonNode> byCode = new HashMap<>();
        venster.get("regions").forEach(r -> byCode.put(r.get("code").asText(), r));
        return byCode;
    }

    private static void importGood() {
        Http.Response r = Uploads.post("/api/import/venster", "text/csv", new String(Fixtures.bytes("werkstructuur/venster-good.csv")));
        assertEquals(200, r.status(), r.body());
        assertEquals(18, r.json().get("rows").asInt());
        assertEquals("[2023,2024]", r.json().get("years").toString());
    }

    @Test
    void divergenceCompletenessAndChangeOfImportedAnswers() {
        importGood();
        JsonNode venster = Http.get("/api/venster?year=2024&demo=false").json();
        assertEquals(2024, venster.get("year").asInt());
        assertFalse(venster.get("includesDemo").asBoolean());
        Map<String, JsonNode> byCode = regions(venster);
        assertEquals(42, byCode.size());

        JsonNode achterhoek = byCode.get("IZA-ACHTERHOEK");
        assertTrue(achterhoek.get("complete").asBoolean());
        assertEquals(4, achterhoek.get("answers").get("zorgverzekeraar").get("resultaten").asInt(), "'tevreden' is 4");
        assertEquals(1, achterhoek.get("divergent").size(), achterhoek.toString());
        JsonNode d = achterhoek.get("divergent").get(0);
        assertEquals("proces", d.get("question").asText());
        assertEquals(3, d.get("spread").asInt());
        assertTrue(achterhoek.get("needsConversation").asBoolean());
        assertEquals(2, achterhoek.get("change").get("gemeenten").get("proces").asInt());
        assertEquals(-1, achterhoek.get("change").get("zorgverzekeraar").get("proces").asInt());
        assertEquals(-2, achterhoek.get("change").get("zorgkantoor").get("resultaten").asInt());
        assertFalse(achterhoek.get("change").get("gemeenten").has("agenda"), "no 2023 answer to compare with");
        assertTrue(achterhoek.get("toelichting").toString().contains("trage besluitvorming; geen mandaat"));

        JsonNode twente = byCode.get("IZA-TWENTE");
        assertFalse(twente.get("complete").asBoolean());
        assertEquals("[\"zorgkantoor\"]", twente.get("missingFinanciers").toString());
        assertEquals(0, twente.get("divergent").size());
        assertEquals(3, twente.get("answers").get("zorgverzekeraar").get("resultaten").asInt(), "'Neutraal' is 3");

        assertFalse(byCode.get("IZA-DRENTHE").get("answered").asBoolean());
        JsonNode national = venster.get("national");
        assertEquals(2, national.get("answered").asInt());
        assertEquals(1, national.get("complete").asInt());
        assertEquals("[\"IZA-ACHTERHOEK\"]", national.get("conversationRegions").toString());
        assertEquals(1, national.get("missingByFinancier").get("zorgkantoor").asInt());
        assertEquals(0, national.get("demoRegions").asInt());
    }

    @Test
    void demoAnswersAreLabelledAndGiveWayToImportedOnes() {
        JsonNode demo = Http.get("/api/venster?year=2026").json();
        assertTrue(demo.get("includesDemo").asBoolean());
        Map<String, JsonNode> byCode = regions(demo);
        assertTrue(byCode.get("IZA-ACHTERHOEK").get("demo").asBoolean());
        assertTrue(byCode.get("IZA-ACHTERHOEK").get("toelichting").toString().contains("DEMO"));
        assertEquals(0, regions(Http.get("/api/venster?year=2026&demo=false").json()).values().stream()
                .filter(r -> r.get("answered").asBoolean()).count(), "no real answers exist");

        String csv = "region;year;financier;question;answer\nAchterhoek;2026;gemeenten;proces;1\n";
        assertEquals(200, Uploads.post("/api/import/venster", "text/csv", csv).status());
        Map<String, JsonNode> after = regions(Http.get("/api/venster?year=2026").json());
        assertFalse(after.get("IZA-ACHTERHOEK").get("demo").asBoolean(), "imported answers win over DEMO ones");
        assertEquals(1, after.get("IZA-ACHTERHOEK").get("answers").get("gemeenten").get("proces").asInt());
        assertTrue(after.get("IZA-TWENTE").get("demo").asBoolean());
    }

    @Test
    void aVensterFileReplacesOnlyTheYearsItHolds() {
        importGood();
        String csv = "region;year;financier;question;answer\nDrenthe;2023;gemeenten;agenda;2\n";
        Http.Response r = Uploads.post("/api/import/venster", "text/csv", csv);
        assertEquals(200, r.status());
        assertEquals(3, r.json().get("removed").asInt(), "the three 2023 answers of the fixture");
        Map<String, JsonNode> y2024 = regions(Http.get("/api/venster?year=2024&demo=false").json());
        assertTrue(y2024.get("IZA-ACHTERHOEK").get("answered").asBoolean(), "2024 untouched");
        assertEquals(0, y2024.get("IZA-ACHTERHOEK").get("change").get("gemeenten").size(), "2023 of Achterhoek replaced");
    }

    @Test
    void badVensterRowsAreAllListedAndNothingIsWritten() {
        importGood();
        String before = Http.get("/api/venster?year=2024&demo=false").body();
        Http.Response r = Uploads.post("/api/import/venster", "text/csv", new String(Fixtures.bytes("werkstructuur/venster-bad.csv")));
        assertEquals(400, r.status());
        assertEquals(Map.of(2, "answer", 3, "financier", 4, "question", 5, "year", 6, "region", 8, "question", 9, "answer"),
                WerkstructuurApiTest.errors(r.json()));
        assertEquals(before, Http.get("/api/venster?year=2024&demo=false").body());
    }

    @Test
    void badParametersAre400sNamingThem() {
        for (String q : new String[] {"year=abc", "year=1999", "year=3000", "demo=maybe"}) {
            Http.Response r = Http.get("/api/venster?" + q);
            assertEquals(400, r.status(), q);
            assertEquals(q.substring(0, q.indexOf('=')), r.json().get("parameter").asText());
        }
    }
}
