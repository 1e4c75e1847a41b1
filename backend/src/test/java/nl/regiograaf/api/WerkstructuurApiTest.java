package nl.regiograaf.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.regiograaf.support.DataFiles;
import nl.regiograaf.support.Fixtures;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.Uploads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * GET /api/werkstructuur(/{region}) against the reference files and the memberships, and the werkstructuur import of
 * roles and documents (good and bad fixtures, all-or-nothing).
 */
class WerkstructuurApiTest {

    @AfterEach
    void removeImports() {
        assertEquals(200, Uploads.delete("/api/import/werkstructuur").status());
    }

    private static JsonNode region(String code) {
        Http.Response r = Http.get("/api/werkstructuur/" + code);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    @Test
    void everyRegionHasItsMandaatgemeenteAndSpukAsPrinted() {
        JsonNode all = Http.get("/api/werkstructuur").json();
        Map<String, JsonNode> byName = new HashMap<>();
        all.get("regions").forEach(r -> byName.put(r.get("name").asText(), r));
        assertEquals(42, byName.size());
        for (Map<String, String> row : DataFiles.csv("iza_regions.csv")) {
            JsonNode r = byName.get(row.get("iza_region_name"));
            JsonNode mandaat = r.get("mandaatgemeente");
            assertEquals(row.get("mandaatgemeente"), mandaat.get("name").asText());
            assertEquals(!"true".equals(row.get("mandaatgemeente_is_municipality")), mandaat.get("publicBody").asBoolean());
            assertEquals(Long.parseLong(row.get("spuk_iza_2025_eur")), r.get("money").get("spukIza").get("eur2025").asLong());
            assertEquals(Long.parseLong(row.get("spuk_iza_2026_eur")), r.get("money").get("spukIza").get("eur2026").asLong());
            assertEquals("real", r.get("money").get("spukIza").get("kind").asText());
            JsonNode mandaathouder = r.get("roles").get(0);
            assertEquals("mandaathouder", mandaathouder.get("role").asText());
            assertTrue(mandaathouder.get("organisation").asText().endsWith(row.get("mandaatgemeente")));
            if (!mandaat.get("publicBody").asBoolean()) {
                String code = mandaat.get("municipality").get("code").asText();
                long flagged = 0;
                for (JsonNode m : r.get("members")) {
                    if (m.get("mandaatgemeente").asBoolean()) {
                        flagged++;
                        assertEquals(code, m.get("code").asText());
                    }
                }
                assertEquals(1, flagged, "the mandaatgemeente is a member of its region");
            }
        }
        assertEquals("SamenTwente", region("IZA-TWENTE").get("mandaatgemeente").get("name").asText());
        assertEquals(404, Http.get("/api/werkstructuur/IZA-ATLANTIS").status());
        assertEquals("region", Http.get("/api/werkstructuur/IZA-ATLANTIS").json().get("parameter").asText());
    }

    @Test
    void partnersAreTheRegionsSharingMembersWithNonCongruentOnesFirst() {
        // Independent path: the memberships endpoint, grouped here.
        Map<String, Map<String, List<String>>> membersByKind = new HashMap<>();
        Map<String, String> izaOf = new HashMap<>();
        for (JsonNode m : Http.get("/api/memberships").json()) {
            String code = m.get("municipality").asText();
            m.get("regions").fields().forEachRemaining(e -> e.getValue().forEach(region -> membersByKind
                    .computeIfAbsent(e.getKey(), k -> new HashMap<>())
                    .computeIfAbsent(region.asText(), k -> new ArrayList<>()).add(code)));
            izaOf.put(code, m.get("regions").get("IZA").get(0).asText());
        }
        int nonCongruentGgdRegions = 0;
        JsonNode all = Http.get("/api/werkstructuur").json();
        for (JsonNode r : all.get("regions")) {
            Set<String> members = new TreeSet<>(membersByKind.get("IZA").get(r.get("code").asText()));
            boolean anyNonCongruentGgd = false;
            for (String[] kind : new String[][] {{"GGD", "ggd"}, {"ZK", "zorgkantoor"}, {"ROAZ", "roaz"}}) {
                Map<String, Set<String>> expected = new TreeMap<>();
                membersByKind.get(kind[0]).forEach((partner, ms) -> ms.stream().filter(members::contains)
                        .forEach(m -> expected.computeIfAbsent(partner, k -> new TreeSet<>()).add(m)));
                Map<String, Set<String>> actual = new TreeMap<>();
                boolean congruentSeen = false;
                for (JsonNode p : r.get(kind[1])) {
                    Set<String> shared = new TreeSet<>();
                    p.get("shared").forEach(s -> shared.add(s.get("code").asText()));
                    actual.put(p.get("code").asText(), shared);
                    Set<String> partnerMembers = new TreeSet<>(membersByKind.get(kind[0]).get(p.get("code").asText()));
                    assertEquals(partnerMembers.equals(members), p.get("congruent").asBoolean(), p.toString());
                    assertEquals(members.containsAll(partnerMembers), p.get("withinRegion").asBoolean(), p.toString());
                    if (p.get("congruent").asBoolean()) {
                        congruentSeen = true;
                    } else {
                        assertFalse(congruentSeen, "non-congruent " + kind[0] + " regions come first in " + r.get("code"));
                        anyNonCongruentGgd |= kind[0].equals("GGD");
                    }
                }
                assertEquals(expected, actual, r.get("code") + " " + kind[0]);
            }
            if (anyNonCongruentGgd) {
                nonCongruentGgdRegions++;
            }
        }
        assertEquals(nonCongruentGgdRegions, all.get("national").get("nonCongruentGgdRegions").asInt());
    }

    @Test
    void concessionHoldersCarryTheirDesignationYearAndAre2015Old() {
        JsonNode twente = region("IZA-TWENTE");
        JsonNode zk = twente.get("zorgkantoor").get(0);
        assertEquals("ZK22", zk.get("code").asText());
        JsonNode holder = zk.get("concessionHolder");
        assertEquals("Stichting Zorgkantoor Menzis", holder.get("name").asText());
        assertEquals(2015, holder.get("referenceYear").asInt());
        assertTrue(holder.get("old").asBoolean(), "a 2015 designation is old");
        JsonNode role = null;
        for (JsonNode x : twente.get("roles")) {
            if (x.get("role").asText().equals("zorgkantoor")) {
                role = x;
            }
        }
        assertEquals("Stichting Zorgkantoor Menzis", role.get("organisation").asText());
        assertTrue(role.get("old").asBoolean());
    }

    @Test
    void theAzwaRamingDistributesTheNationalTotalsByTheKeys() {
        JsonNode all = Http.get("/api/werkstructuur").json();
        Map<String, Map<String, String>> funding = new HashMap<>();
        DataFiles.csv("azwa_funding_2027_2029.csv").forEach(f -> funding.put(f.get("part"), f));
        for (int year : new int[] {2027, 2028, 2029}) {
            long regional = 0;
            long local = 0;
            for (JsonNode r : all.get("regions")) {
                JsonNode estimate = r.get("money").get("azwaEstimate");
                assertEquals("raming", estimate.get("kind").asText());
                assertTrue(estimate.get("method").asText().contains("SPUK IZA"));
                assertTrue(estimate.get("source").asText().contains("1097348-DMO"));
                for (JsonNode y : estimate.get("years")) {
                    if (y.get("year").asInt() == year) {
                        regional += y.get("regional").asLong();
                        local += y.get("local").asLong();
                        assertEquals(y.get("regional").asLong() + y.get("local").asLong(), y.get("total").asLong());
                    }
                }
            }
            assertEquals(Long.parseLong(funding.get("regionaal").get("eur_mln_" + year)) * 1_000_000, regional, 42, "rounding only");
            assertEquals(Long.parseLong(funding.get("lokaal").get("eur_mln_" + year)) * 1_000_000, local, 42, "rounding only");
        }
        JsonNode amsterdam = region("IZA-AMSTERDAM");
        long spuk2026 = amsterdam.get("money").get("spukIza").get("eur2026").asLong();
        long national2026 = 0;
        for (JsonNode r : all.get("regions")) {
            national2026 += r.get("money").get("spukIza").get("eur2026").asLong();
        }
        assertEquals(Math.round(194_000_000.0 * spuk2026 / national2026),
                amsterdam.get("money").get("azwaEstimate").get("years").get(0).get("regional").asLong());
    }

    @Test
    void importedRolesAppearWithTheirDateOrOnbekend() {
        Http.Response r = Uploads.post("/api/import/werkstructuur", "text/csv", new String(Fixtures.bytes("werkstructuur/roles-good.csv")));
        assertEquals(200, r.status(), r.body());
        assertEquals("werkstructuur-roles", r.json().get("kind").asText());
        assertEquals(4, r.json().get("rows").asInt());
        Map<String, JsonNode> achterhoek = rolesByName(region("IZA-ACHTERHOEK"));
        assertEquals("Testpersoon Een", achterhoek.get("bestuurlijk aanspreekpunt").get("person").asText());
        assertEquals("2023-06", achterhoek.get("bestuurlijk aanspreekpunt").get("since").asText());
        assertEquals("import", achterhoek.get("bestuurlijk aanspreekpunt").get("origin").asText());
        assertEquals("Testverzekeraar", achterhoek.get("preferente zorgverzekeraar").get("organisation").asText());
        assertFalse(achterhoek.get("ambtelijk aanspreekpunt").get("known").asBoolean());
        assertEquals("onbekend", achterhoek.get("ambtelijk aanspreekpunt").get("since").asText());
        Map<String, JsonNode> twente = rolesByName(region("IZA-TWENTE"));
        assertEquals("ouderen", twente.get("trekker").get("topic").asText());
        assertEquals("onbekend", twente.get("trekker").get("since").asText());
        assertEquals("2024-02-01", twente.get("ambtelijk aanspreekpunt").get("since").asText());
        assertFalse(twente.get("preferente zorgverzekeraar").get("known").asBoolean());
        // Removing the imported roles removes every name.
        assertEquals(4, Uploads.delete("/api/import/werkstructuur?part=roles").json().get("removed").asInt());
        assertFalse(Http.get("/api/werkstructuur").body().contains("Testpersoon"));
    }

    @Test
    void theNetworkShowsTheRolesOfAnIzaRegionAsNodes() {
        // Expected from an independent path: the werkstructuur answer's partner lists and concession holders.
        JsonNode twente = region("IZA-TWENTE");
        Set<String> ggds = new TreeSet<>();
        twente.get("ggd").forEach(p -> ggds.add(p.get("code").asText()));
        Set<String> zorgkantoren = new TreeSet<>();
        twente.get("zorgkantoor").forEach(p -> zorgkantoren.add("INSURER:" + p.get("concessionHolder").get("name").asText()));
        assertFalse(ggds.isEmpty());
        assertFalse(zorgkantoren.isEmpty());

        assertEquals(ggds, linkedFrom("IZA-TWENTE", "WORKS_WITH_GGD"));
        assertEquals(zorgkantoren, linkedFrom("IZA-TWENTE", "ZORGKANTOOR"));
        assertEquals(Set.of(), linkedFrom("IZA-ACHTERHOEK", "PREFERRED_INSURER"), "no preferente zorgverzekeraar before an import");

        assertEquals(200, Uploads.post("/api/import/werkstructuur", "text/csv",
                new String(Fixtures.bytes("werkstructuur/roles-good.csv"))).status());
        assertEquals(Set.of("INSURER:Testverzekeraar"), linkedFrom("IZA-ACHTERHOEK", "PREFERRED_INSURER"));
        // A region at the edge of a municipality's view brings its roles too.
        String member = twente.get("members").get(0).get("code").asText();
        assertEquals(ggds, linkedFrom(member, "IZA-TWENTE", "WORKS_WITH_GGD"));

        assertEquals(200, Uploads.delete("/api/import/werkstructuur?part=roles").status());
        assertEquals(Set.of(), linkedFrom("IZA-ACHTERHOEK", "PREFERRED_INSURER"), "gone with the import");
    }

    private static Set<String> linkedFrom(String region, String type) {
        return linkedFrom(region, region, type);
    }

    /** The targets of {@code type} links from {@code region} in the network around {@code focus}. */
    private static Set<String> linkedFrom(String focus, String region, String type) {
        Http.Response r = Http.get("/api/graph?focus=" + focus + "&depth=1");
        assertEquals(200, r.status(), r.body());
        Set<String> nodeIds = new TreeSet<>();
        r.json().get("nodes").forEach(n -> nodeIds.add(n.get("id").asText()));
        Set<String> targets = new TreeSet<>();
        for (JsonNode link : r.json().get("links")) {
            if (link.get("type").asText().equals(type) && link.get("source").asText().equals(region)) {
                assertTrue(nodeIds.contains(link.get("target").asText()), "a link's end is a node shown");
                targets.add(link.get("target").asText());
            }
        }
        return targets;
    }

    @Test
    void badRoleRowsAreAllListedAndNothingIsWritten() {
        assertEquals(200, Uploads.post("/api/import/werkstructuur", "text/csv", new String(Fixtures.bytes("werkstructuur/roles-good.csv"))).status());
        String before = Http.get("/api/werkstructuur").body();
        Http.Response r = Uploads.post("/api/import/werkstructuur", "text/csv", new String(Fixtures.bytes("werkstructuur/roles-bad.csv")));
        assertEquals(400, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        assertEquals(Map.of(2, "region", 3, "role", 4, "role", 5, "organisation", 6, "since", 8, "role"), errors(r.json()));
        assertTrue(r.json().get("errors").toString().contains("duplicate of line 7"));
        assertEquals(before, Http.get("/api/werkstructuur").body(), "nothing written");
    }

    @Test
    void documentStatusDrivesTheWerkagendaDeadline() {
        Http.Response r = Uploads.post("/api/import/werkstructuur", "text/csv", new String(Fixtures.bytes("werkstructuur/documents-good.csv")));
        assertEquals(200, r.status(), r.body());
        assertEquals("werkstructuur-documents", r.json().get("kind").asText());
        assertEquals(",", r.json().get("delimiter").asText());
        JsonNode achterhoek = region("IZA-ACHTERHOEK").get("azwaDeadline");
        assertEquals("on-time", achterhoek.get("status").asText());
        assertEquals("2026-11-15", achterhoek.get("deadline").asText());
        JsonNode twente = region("IZA-TWENTE").get("azwaDeadline");
        assertEquals("late", twente.get("status").asText());
        assertEquals(5, twente.get("daysLate").asInt());
        JsonNode nhn = region("IZA-NOORD-HOLLAND-NOORD");
        LocalDate due = LocalDate.of(2026, 11, 15);
        LocalDate today = LocalDate.now();
        assertEquals(today.isAfter(due) ? "late" : "pending", nhn.get("azwaDeadline").get("status").asText());
        if (today.isAfter(due)) {
            assertEquals(ChronoUnit.DAYS.between(due, today), nhn.get("azwaDeadline").get("daysLate").asLong());
        }
        Map<String, JsonNode> docs = new HashMap<>();
        nhn.get("documents").forEach(d -> docs.put(d.get("document").asText(), d));
        assertEquals("vastgesteld", docs.get("regioplan").get("status").asText());
        assertEquals("2023-07-01", docs.get("regioplan").get("date").asText());
        assertEquals("onbekend", docs.get("regiobeeld").get("status").asText());
        assertFalse(docs.get("regiobeeld").get("imported").asBoolean());
        assertEquals("unknown", region("IZA-GRONINGEN").get("azwaDeadline").get("status").asText());
        JsonNode national = Http.get("/api/werkstructuur").json().get("national");
        assertEquals(1, national.get("werkagendaOnTime").asInt());
        assertTrue(national.get("lateRegions").toString().contains("IZA-TWENTE"));
    }

    @Test
    void badDocumentRowsAreAllListedAndNothingIsWritten() {
        Http.Response r = Uploads.post("/api/import/werkstructuur", "text/csv", new String(Fixtures.bytes("werkstructuur/documents-bad.csv")));
        assertEquals(400, r.status());
        Map<Integer, String> errors = errors(r.json());
        assertEquals("document", errors.get(2));
        assertEquals("status", errors.get(3));
        assertEquals("date", errors.get(4));
        assertEquals("date", errors.get(5));
        assertEquals("url", errors.get(6));
        assertEquals("document", errors.get(7));
        assertTrue(errors.containsKey(8));
        assertEquals("unknown", region("IZA-ACHTERHOEK").get("azwaDeadline").get("status").asText());
        Http.Response noShape = Uploads.post("/api/import/werkstructuur", "text/csv", "region;year\nTwente;2024\n");
        assertEquals(400, noShape.status());
        assertEquals(1, noShape.json().get("errors").get(0).get("line").asInt());
        assertEquals(415, Uploads.post("/api/import/werkstructuur", "image/png", "x").status());
        assertEquals(401, Uploads.post("/api/import/werkstructuur", "text/csv",
                Fixtures.bytes("werkstructuur/documents-good.csv"), "wrong").status());
    }

    @Test
    void jsonWorksLikeCsv() {
        String json = "[{\"region\":\"Zeeland\",\"document\":\"regiobeeld\",\"status\":\"in voorbereiding\"}]";
        Http.Response r = Uploads.post("/api/import/werkstructuur", "application/json", json);
        assertEquals(200, r.status(), r.body());
        assertEquals("in voorbereiding", region("IZA-ZEELAND").get("documents").get(0).get("status").asText());
    }

    private static Map<String, JsonNode> rolesByName(JsonNode region) {
        Map<String, JsonNode> roles = new HashMap<>();
        region.get("roles").forEach(r -> roles.putIfAbsent(r.get("role").asText(), r));
        return roles;
    }

    static Map<Integer, String> errors(JsonNode problem) {
        Map<Integer, String> errors = new TreeMap<>();
        problem.get("errors").forEach(e -> errors.putIfAbsent(e.get("line").asInt(), e.get("column").asText()));
        return errors;
    }
}
