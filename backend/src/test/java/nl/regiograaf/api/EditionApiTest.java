package nl.regiograaf.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import nl.regiograaf.support.DataFiles;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Editions over HTTP on the real data: the diff, KIND@YEAR in regions, overlaps and partition check, history. */
class EditionApiTest {

    private static final String WEESP = "GM0457";
    private static final String AMSTERDAM = "GM0363";
    private static final String HAAREN = "GM0788";

    @BeforeAll
    static void start() {
        TestGraph.get();
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    void ggd2020ToCurrentIsARenameOfTwenteNotFourteenMoves() {
        JsonNode diff = Http.get("/api/divisions/diff?from=GGD@2020&to=GGD").json();
        assertEquals("GGD@2020", diff.get("from").asText());
        assertEquals("GGD", diff.get("to").asText());
        JsonNode twente = list(diff.get("renamed")).stream()
                .filter(r -> r.get("from").get("name").asText().equals("GGD Regio Twente")).findFirst().orElseThrow();
        assertEquals("GGD Twente", twente.get("to").get("name").asText());
        assertTrue(twente.get("sameMembers").asBoolean());
        assertFalse(twente.get("spellingOnly").asBoolean());
        assertTrue(list(diff.get("moved")).stream().noneMatch(m -> m.get("from").get("name").asText().contains("Twente")),
                "no municipality of Twente moved");
        // the 14 members of GGD Regio Twente in the RIVM file are the 14 of GGD Twente in the 2025 file
        Set<String> twente2020 = new TreeSet<>();
        DataFiles.csv("municipality_ggd_rivm.csv").stream().filter(r -> r.get("ggd_name").equals("GGD Regio Twente"))
                .forEach(r -> twente2020.add(r.get("municipality_code")));
        Set<String> twente2025 = new TreeSet<>();
        DataFiles.csv("municipality_regions.csv").stream().filter(r -> r.get("ggd_name").equals("GGD Twente"))
                .forEach(r -> twente2025.add(r.get("municipality_code")));
        assertEquals(14, twente2020.size());
        assertEquals(twente2020, twente2025);
    }

    @Test
    void weespMovedToGgdAmsterdamThroughItsMergerIntoAmsterdam() {
        JsonNode diff = Http.get("/api/divisions/diff?from=GGD@2020&to=GGD").json();
        List<JsonNode> weesp = list(diff.get("moved")).stream()
                .filter(m -> m.get("municipality").get("code").asText().equals(WEESP)).toList();
        assertEquals(1, weesp.size(), diff.get("moved").toString());
        JsonNode move = weesp.get(0);
        assertEquals("Weesp", move.get("municipality").get("name").asText());
        assertEquals("GGD Gooi en Vechtstreek", move.get("from").get("name").asText());
        assertEquals("GGD Amsterdam", move.get("to").get("name").asText());
        assertEquals(AMSTERDAM, move.get("now").get("code").asText());
        assertTrue(move.get("population").isNull(), "Weesp no longer exists: no population of its own");
        JsonNode via = move.get("via").get(0);
        assertEquals("merger", via.get("kind").asText());
        assertEquals("2022-03-24", via.get("date").asText());
        assertTrue(via.get("absorbing").asBoolean(), "Amsterdam existed before it took Weesp in");
        assertTrue(list(diff.get("marks").get("moved")).stream().anyMatch(c -> c.asText().equals(AMSTERDAM)));
    }

    @Test
    void municipalEventsBetween2020And2025() {
        JsonNode diff = Http.get("/api/divisions/diff?from=GGD@2020&to=GGD").json();
        JsonNode summary = diff.get("summary");
        // counted from the events file: mergers by date and new municipality, splits by old municipality
        Set<String> mergers = new HashSet<>();
        Set<String> splits = new HashSet<>();
        Set<String> dissolved = new HashSet<>();
        for (Map<String, String> r : DataFiles.csv("municipal_mergers_2020_2025.csv")) {
            (r.get("kind").equals("merger") ? mergers : splits).add(r.get("effective_date")
                    + (r.get("kind").equals("merger") ? r.get("new_code") : r.get("old_code")));
            dissolved.add(r.get("old_code"));
        }
        assertEquals(mergers.size(), summary.get("mergers").asInt());
        assertEquals(7, summary.get("mergers").asInt());
        assertEquals(1, summary.get("splits").asInt());
        assertEquals(18, dissolved.size());
        assertEquals(18, summary.get("dissolvedMunicipalities").asInt());
        assertEquals(8, summary.get("municipalityEvents").asInt());
        assertEquals(diff.get("municipalityEvents").size(), summary.get("municipalityEvents").asInt());
        JsonNode haaren = list(diff.get("municipalityEvents")).stream()
                .filter(e -> e.get("kind").asText().equals("split")).findFirst().orElseThrow();
        assertEquals(HAAREN, haaren.get("from").get(0).get("code").asText());
        assertEquals(4, haaren.get("to").size());
        assertEquals("derived-crosswalk", haaren.get("source").asText());
        assertTrue(haaren.get("citation").asText().contains("vng.nl"), haaren.get("citation").asText());
        assertEquals(diff.get("moved").size(), summary.get("moved").asInt());
        assertEquals(diff.get("renamed").size(), summary.get("renamed").asInt());
    }

    @Test
    void haarenSplitMovesItsPartsBetweenVeiligheidsregios() {
        JsonNode diff = Http.get("/api/divisions/diff?from=VR@2020&to=VR").json();
        Set<String> partsMoved = new TreeSet<>();
        list(diff.get("moved")).stream().filter(m -> m.get("municipality").get("code").asText().equals(HAAREN))
                .forEach(m -> {
                    partsMoved.add(m.get("now").get("name").asText());
                    assertEquals("split", m.get("via").get(0).get("kind").asText());
                });
        // Haaren lay in VR21 Brabant-Noord; Oisterwijk and Tilburg lie in Midden- en West-Brabant
        assertEquals(Set.of("Oisterwijk", "Tilburg"), partsMoved);
    }

    @Test
    void editionPartitionCheckRunsOnItsOwnMunicipalitySet() {
        JsonNode ggd = Http.get("/api/partition-check?kind=GGD@2020").json();
        assertEquals("GGD@2020", ggd.get("edition").asText());
        assertEquals(355, ggd.get("municipalities").asInt());
        assertTrue(ggd.get("ok").asBoolean(), ggd.toString());
        assertFalse(ggd.get("contiguityChecked").asBoolean());
        JsonNode roaz = Http.get("/api/partition-check?kind=ROAZ@2020").json();
        assertFalse(roaz.get("ok").asBoolean());
        assertEquals(List.of(AMSTERDAM), list(roaz.get("multiplyAssigned")).stream()
                .map(m -> m.get("municipality").get("code").asText()).toList());
        // the current check still answers the current division
        JsonNode current = Http.get("/api/partition-check?kind=GGD").json();
        assertEquals("GGD", current.get("kind").asText());
        assertNull(current.get("edition"));
    }

    @Test
    void editionRegionsAndOverlaps() {
        JsonNode regions = Http.get("/api/regions?kind=GGD@2020").json();
        assertEquals(25, regions.size());
        long members = list(regions).stream().mapToLong(r -> r.get("members").asLong()).sum();
        long former = list(regions).stream().mapToLong(r -> r.get("formerMembers").asLong()).sum();
        assertEquals(355, members);
        assertEquals(18, former);
        JsonNode overlap = Http.get("/api/overlaps?a=GGD@2020&b=GGD").json();
        assertEquals("GGD@2020", overlap.get("a").asText());
        assertEquals("GGD", overlap.get("b").asText());
        // carried to the current set, Amsterdam holds members of two GGD regions of 2020 (Amsterdam and Weesp)
        assertTrue(list(overlap.get("multiplyAssigned")).stream().anyMatch(c -> c.asText().equals(AMSTERDAM)));
        JsonNode gooi = list(overlap.get("regions")).stream()
                .filter(r -> r.get("code").asText().equals("GGD2020-GGD-GOOI-EN-VECHTSTREEK")).findFirst().orElseThrow();
        assertEquals(2, gooi.get("intersects").asInt(), "Gooi en Vechtstreek of 2020 touches GGD Amsterdam through Weesp");
    }

    @Test
    void historyShowsPredecessorsAndEarlierRegions() {
        JsonNode history = Http.get("/api/municipalities/" + AMSTERDAM + "/history").json();
        JsonNode merger = history.get("predecessors").get(0);
        assertEquals(WEESP, merger.get("from").get(0).get("code").asText());
        assertEquals("2022-03-24", merger.get("date").asText());
        JsonNode weesp2020 = list(history.get("editions")).stream()
                .filter(e -> e.get("edition").asText().equals("GGD@2020") && e.get("municipality").get("code").asText().equals(WEESP))
                .findFirst().orElseThrow();
        assertEquals("GGD Gooi en Vechtstreek", weesp2020.get("regions").get(0).get("name").asText());
        JsonNode roaz = list(history.get("editions")).stream()
                .filter(e -> e.get("edition").asText().equals("ROAZ@2020") && e.get("municipality").get("code").asText().equals(AMSTERDAM))
                .findFirst().orElseThrow();
        assertEquals(2, roaz.get("regions").size());
        assertEquals(3, Http.get("/api/municipalities/GM1979/history").json().get("predecessors").get(0).get("from").size());
        assertEquals(404, Http.get("/api/municipalities/GM9998/history").status());
    }

    @Test
    void badInput() {
        Http.Response unknown = Http.get("/api/divisions/diff?from=GGD@2019&to=GGD");
        assertEquals(404, unknown.status());
        assertEquals("application/problem+json", unknown.contentType().split(";")[0]);
        assertEquals("from", unknown.json().get("parameter").asText());
        assertTrue(unknown.json().get("detail").asText().contains("GGD@2019"));
        assertTrue(unknown.json().get("detail").asText().contains("GGD, GGD@2020"), "lists the editions that exist");
        assertTrue(unknown.json().get("detail").asText().contains("ROAZ@2020"));

        Http.Response same = Http.get("/api/divisions/diff?from=GGD@2020&to=GGD@2020");
        assertEquals(400, same.status());
        assertEquals("to", same.json().get("parameter").asText());
        assertEquals(400, Http.get("/api/divisions/diff?from=GGD&to=GGD").status());
        assertEquals(400, Http.get("/api/divisions/diff?from=GGD&to=GGD@2020").status());
        assertEquals(400, Http.get("/api/divisions/diff?from=GGD@2020&to=VR").status());
        assertEquals(400, Http.get("/api/divisions/diff?from=GGD@20x&to=GGD").status());
        assertEquals(400, Http.get("/api/divisions/diff?to=GGD").status());
        assertEquals(404, Http.get("/api/partition-check?kind=ZK@2013").status());
        assertEquals(404, Http.get("/api/regions?kind=GGD@1999").status());
        Http.Response overlap = Http.get("/api/overlaps?a=GGD@2020&b=IZA@2020");
        assertEquals(404, overlap.status());
        assertEquals("b", overlap.json().get("parameter").asText());
        assertEquals(400, Http.get("/api/overlaps?a=GGD@2020&b=GGD@2020").status());
    }

    @Test
    void zk2014IsListedAndChecksOnItsOwn403Municipalities() {
        JsonNode zk = list(Http.get("/api/editions").json()).stream()
                .filter(e -> e.get("id").asText().equals("ZK@2014")).findFirst().orElseThrow();
        assertEquals(403, zk.get("municipalities").asInt());
        assertEquals("awbz-zorgkantoren-2014", zk.get("source").asText());
        long regionsInFile = DataFiles.csv("zorgkantoor_region_members_2014.csv").stream()
                .map(r -> r.get("zorgkantoor_region_name")).distinct().count();
        assertEquals(regionsInFile, zk.get("regions").asInt());

        JsonNode check = Http.get("/api/partition-check?kind=ZK@2014").json();
        assertEquals("ZK@2014", check.get("edition").asText());
        assertEquals(403, check.get("municipalities").asInt());
        assertTrue(check.get("ok").asBoolean(), check.toString());

        JsonNode regions = Http.get("/api/regions?kind=ZK@2014").json();
        assertEquals(regionsInFile, regions.size());
        assertEquals(403, list(regions).stream().mapToLong(r -> r.get("members").asLong()).sum());
        // 64 dissolved 2015-2019, Groesbeek (renamed 2016) and the 18 of 2020-2025 no longer exist under their key
        assertEquals(83, list(regions).stream().mapToLong(r -> r.get("formerMembers").asLong()).sum());

        JsonNode overlap = Http.get("/api/overlaps?a=ZK@2014&b=GGD").json();
        assertEquals("ZK@2014", overlap.get("a").asText());
        assertEquals("2014-01-01", overlap.get("referenceDates").get("ZK@2014").asText());
        // Haarlemmerliede (Kennemerland in 2014) went into Haarlemmermeer (Amstelland en de Meerlanden)
        assertTrue(list(overlap.get("multiplyAssigned")).stream().anyMatch(c -> c.asText().equals("GM0394")));
    }

    @Test
    void zk2014ToCurrentZkShowsTheSplitOfLittenseradielAndTheEventsOf2015To2025() {
        JsonNode diff = Http.get("/api/divisions/diff?from=ZK@2014&to=ZK").json();
        JsonNode littenseradiel = list(diff.get("municipalityEvents")).stream()
                .filter(e -> e.get("from").get(0).get("name").asText().equals("Littenseradiel")).findFirst().orElseThrow();
        assertEquals("split", littenseradiel.get("kind").asText());
        assertEquals("2018-01-01", littenseradiel.get("date").asText());
        assertEquals(Set.of("Leeuwarden", "Súdwest-Fryslân", "Waadhoeke"), new TreeSet<>(list(littenseradiel.get("to"))
                .stream().map(t -> t.get("name").asText()).toList()));
        assertEquals("derived-events-2015-2019", littenseradiel.get("source").asText());
        assertTrue(littenseradiel.get("citation").asText().contains("Stb. 2017, 104"));

        // counted from both events files: mergers by date and new municipality, splits by old municipality
        Set<String> mergers = new HashSet<>();
        Set<String> splits = new HashSet<>();
        Set<String> renames = new HashSet<>();
        Set<String> dissolved = new HashSet<>();
        for (String file : List.of("municipal_events_2015_2019.csv", "municipal_mergers_2020_2025.csv")) {
            for (Map<String, String> r : DataFiles.csv(file)) {
                String key = r.get("old_code").isBlank() ? r.get("old_name") : r.get("old_code");
                switch (r.get("kind")) {
                    case "merger" -> mergers.add(r.get("effective_date") + r.get("new_code"));
                    case "split" -> splits.add(r.get("effective_date") + key);
                    default -> renames.add(r.get("effective_date") + key);
                }
                if (!r.get("kind").equals("rename")) {
                    dissolved.add(key);
                }
            }
        }
        JsonNode summary = diff.get("summary");
        assertEquals(31, mergers.size());
        assertEquals(4, splits.size(), "Maasdonk 2015, Littenseradiel 2018, Winsum 2019, Haaren 2021");
        assertEquals(1, renames.size(), "Groesbeek -> Berg en Dal 2016");
        assertEquals(mergers.size(), summary.get("mergers").asInt());
        assertEquals(splits.size(), summary.get("splits").asInt());
        assertEquals(mergers.size() + splits.size() + renames.size(), summary.get("municipalityEvents").asInt());
        assertEquals(82, dissolved.size(), "64 in 2015-2019, 18 in 2020-2025");
        assertEquals(dissolved.size(), summary.get("dissolvedMunicipalities").asInt());

        // regions matched by members: Apeldoorn, Zutphen e.o. (2014) is Apeldoorn/Zutphen now, same municipalities
        JsonNode apeldoorn = list(diff.get("renamed")).stream()
                .filter(r -> r.get("from").get("name").asText().equals("Apeldoorn, Zutphen e.o.")).findFirst().orElseThrow();
        assertEquals("Apeldoorn/Zutphen", apeldoorn.get("to").get("name").asText());
        assertTrue(apeldoorn.get("sameMembers").asBoolean());
        // Vianen (zorgkantoor Utrecht in 2014) merged into Vijfheerenlanden, now in zorgkantoorregio Waardenland
        JsonNode vianen = list(diff.get("moved")).stream()
                .filter(m -> m.get("municipality").get("name").asText().equals("Vianen")).findFirst().orElseThrow();
        assertEquals("Utrecht", vianen.get("from").get("name").asText());
        assertEquals("Waardenland", vianen.get("to").get("name").asText());
        assertEquals("Vijfheerenlanden", vianen.get("now").get("name").asText());
        assertEquals("2019-01-01", vianen.get("via").get(0).get("date").asText());
    }

    @Test
    void historyOfLeeuwardenHoldsItsPredecessorsOf2018AndItsZorgkantoorOf2014() {
        JsonNode history = Http.get("/api/municipalities/GM0080/history").json();
        Set<String> predecessors = new TreeSet<>();
        list(history.get("predecessors")).forEach(p -> list(p.get("from")).forEach(f -> predecessors.add(f.get("name").asText())));
        assertEquals(Set.of("Leeuwarderadeel", "Littenseradiel"), predecessors);
        Set<String> in2014 = new TreeSet<>();
        list(history.get("editions")).stream().filter(e -> e.get("edition").asText().equals("ZK@2014"))
                .forEach(e -> in2014.add(e.get("municipality").get("name").asText() + ": " + e.get("regions").get(0).get("name").asText()));
        assertEquals(Set.of("Leeuwarden: Friesland", "Leeuwarderadeel: Friesland", "Littenseradiel: Friesland"), in2014);
    }
}
