package nl.regiograaf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regiograaf.importer.CsvFiles;
import nl.regiograaf.importer.EditionData;
import nl.regiograaf.model.Editions;
import org.junit.jupiter.api.Test;

/**
 * A future event is a data change: a merger on 1 January 2027 and a GGD edition of 2027 are rows added to the data
 * files (here through the loader's file function, so data/ stays as it is), and the diff shows them without any
 * code knowing about them.
 */
class EditionDiffTest {

    private static final String ALMERE = "GM0034";
    private static final String AMSTERDAM = "GM0363";
    private static final String SYNTHETIC_MEMBERS = "synthetic_ggd_2027.csv";

    private static Map<String, String> row(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /** The real files plus a synthetic merger of Almere into Amsterdam on 2027-01-01 and a GGD edition of 2027. */
    private static EditionData.Loaded withSyntheticFuture() {
        return EditionData.load(file -> {
            List<Map<String, String>> rows = new ArrayList<>(file.equals(SYNTHETIC_MEMBERS) ? List.of() : CsvFiles.read(file));
            switch (file) {
                case EditionData.EVENTS -> rows.add(row("old_code", ALMERE, "old_name", "Almere", "new_code", AMSTERDAM,
                        "new_name", "Amsterdam", "effective_date", "2027-01-01", "kind", "merger", "note", "SYNTHETIC TEST ROW",
                        "source", "test"));
                case EditionData.EDITIONS -> rows.add(row("edition", "GGD@2027", "kind", "GGD", "year", "2027",
                        "reference_date", "2027-01-01", "file", SYNTHETIC_MEMBERS, "municipality_code_column", "municipality_code",
                        "municipality_name_column", "municipality_name", "region_code_column", "ggd_code",
                        "region_name_column", "ggd_name", "source_id", "derived-regions-2025", "note", "SYNTHETIC"));
                case SYNTHETIC_MEMBERS -> {
                    // the 2025 GGD regions, without Almere (gone into Amsterdam, so in GGD Amsterdam)
                    Map<String, String> names = new HashMap<>();
                    CsvFiles.read("municipalities.csv").forEach(m -> names.put(m.get("code"), m.get("name")));
                    for (Map<String, String> r : CsvFiles.read("municipality_regions.csv")) {
                        if (!r.get("municipality_code").equals(ALMERE)) {
                            rows.add(row("municipality_code", r.get("municipality_code"),
                                    "municipality_name", names.get(r.get("municipality_code")),
                                    "ggd_code", r.get("ggd_code"), "ggd_name", r.get("ggd_name")));
                        }
                    }
                }
                default -> { }
            }
            return rows;
        });
    }

    private static Edition edition(EditionData.Loaded data, String id) {
        return data.editions().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static Editions.Diff diff(EditionData.Loaded data, String from, String to) {
        Edition a = edition(data, from);
        Edition b = edition(data, to);
        Map<String, Long> population = new HashMap<>();
        CsvFiles.read("municipalities.csv").forEach(m -> population.put(m.get("code"), Long.parseLong(m.get("population"))));
        return EditionDiff.compute(a, b, data.events(), population, null, null);
    }

    @Test
    void aSyntheticFutureMergerAppearsInTheDiff() {
        EditionData.Loaded data = withSyntheticFuture();
        Editions.Diff diff = diff(data, "GGD@2020", "GGD@2027");
        Editions.Event future = diff.municipalityEvents().get(diff.municipalityEvents().size() - 1);
        assertEquals("2027-01-01", future.date());
        assertEquals(ALMERE, future.from().get(0).code());
        assertTrue(future.absorbing(), "Amsterdam exists before it takes Almere in");
        assertEquals(8, diff.summary().mergers(), "the 7 real mergers and the synthetic one");
        assertEquals(19, diff.summary().dissolvedMunicipalities());
        Editions.Moved almere = diff.moved().stream().filter(m -> m.municipality().code().equals(ALMERE)).findFirst().orElseThrow();
        assertEquals("GGD Flevoland", almere.from().name());
        assertEquals("GGD Amsterdam", almere.to().name());
        assertEquals(AMSTERDAM, almere.now().code());
        assertEquals(List.of("2027-01-01"), almere.via().stream().map(Editions.Event::date).toList());
        // the real changes stay as they were
        assertTrue(diff.moved().stream().anyMatch(m -> m.municipality().code().equals("GM0457")));
        assertTrue(diff.renamed().stream().anyMatch(r -> r.from().name().equals("GGD Regio Twente")
                && r.to().name().equals("GGD Twente")));
        assertTrue(diff.marks().merged().contains(AMSTERDAM));
    }

    @Test
    void withoutTheSyntheticRowsNothingOf2027Exists() {
        EditionData.Loaded real = EditionData.load();
        assertTrue(real.editions().stream().noneMatch(e -> e.id().equals("GGD@2027")));
        assertTrue(real.events().rows().stream().noneMatch(r -> r.date().startsWith("2027")));
        assertTrue(!real.contentHash().equals(withSyntheticFuture().contentHash()), "a data change changes the hash");
    }

    @Test
    void crosswalkChainsEventsAndGivesEverySplitPart() {
        MunicipalEvents events = new MunicipalEvents("test", List.of(
                new MunicipalEvents.Row("2021-01-01", "merger", "GM0001", "A", "GM0002", "B", "s"),
                new MunicipalEvents.Row("2023-01-01", "split", "GM0002", "B", "GM0003", "C", "s"),
                new MunicipalEvents.Row("2023-01-01", "split", "GM0002", "B", "GM0004", "D", "s")));
        assertEquals(List.of("GM0003", "GM0004"), events.successors("GM0001", "2020-12-31", "2025-01-01"));
        assertEquals(List.of("GM0002"), events.successors("GM0001", "2020-12-31", "2022-01-01"));
        assertEquals(List.of("GM0001"), events.successors("GM0001", "2021-01-01", "2025-01-01"));
        assertEquals(3, events.path("GM0001", "2020-12-31", "2025-01-01").size());
    }

    @Test
    void aBadEventRowStopsTheLoadNamingLineAndColumn() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EditionData.load(file -> {
            List<Map<String, String>> rows = new ArrayList<>(CsvFiles.read(file));
            if (file.equals(EditionData.EVENTS)) {
                rows.add(row("old_code", ALMERE, "old_name", "Almere", "new_code", AMSTERDAM, "new_name", "Amsterdam",
                        "effective_date", "1 januari 2027", "kind", "merger", "source", "test"));
            }
            return rows;
        }));
        assertTrue(e.getMessage().contains("line 23") && e.getMessage().contains("effective_date"), e.getMessage());
    }

    @Test
    void anEditionNamingAnUnknownSourceStopsTheLoad() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EditionData.load(file -> {
            List<Map<String, String>> rows = new ArrayList<>(CsvFiles.read(file));
            if (file.equals(EditionData.EDITIONS)) {
                Map<String, String> first = new LinkedHashMap<>(rows.get(0));
                first.put("source_id", "nowhere");
                rows.set(0, first);
            }
            return rows;
        }));
        assertTrue(e.getMessage().contains("source_id") && e.getMessage().contains("nowhere"), e.getMessage());
    }

    @Test
    void theRealEventsComeFromBothEventFilesEachUnderItsSource() {
        EditionData.Loaded real = EditionData.load();
        int rows2020 = CsvFiles.read("municipal_mergers_2020_2025.csv").size();
        int rows2015 = CsvFiles.read("municipal_events_2015_2019.csv").size();
        assertEquals(21, rows2020);
        assertEquals(69, rows2015);
        assertEquals(rows2020 + rows2015, real.events().rows().size());
        assertEquals("derived-crosswalk|derived-events-2015-2019", real.events().source());
        assertTrue(real.events().rows().stream().allMatch(r -> r.date().compareTo("2021-01-01") >= 0
                ? r.source().equals("derived-crosswalk") : r.source().equals("derived-events-2015-2019")));
        assertEquals(List.of("GGD@2020", "VR@2020", "ROAZ@2020", "ZK@2014"), real.editions().stream().map(Edition::id).toList());
        assertEquals(355, edition(real, "GGD@2020").municipalities().size());
    }

    @Test
    void everyEventRowCitesADocument() {
        for (String file : List.of("municipal_mergers_2020_2025.csv", "municipal_events_2015_2019.csv")) {
            for (Map<String, String> r : CsvFiles.read(file)) {
                assertTrue(r.get("source").contains("https://") || r.get("source").contains("http://"), file + ": " + r);
            }
        }
    }

    @Test
    void zk2014IsAnEditionOnThe403MunicipalitiesOf2014() {
        EditionData.Loaded real = EditionData.load();
        Edition zk = edition(real, "ZK@2014");
        List<Map<String, String>> file = CsvFiles.read("zorgkantoor_region_members_2014.csv");
        assertEquals(403, file.size());
        assertEquals(403, zk.municipalities().size(), "every one of the 403 names resolves to its own key");
        assertEquals(file.stream().map(r -> r.get("zorgkantoor_region_name")).distinct().count(), zk.regions().size());
        assertEquals(403, zk.memberships().size());
        assertEquals("2014-01-01", zk.setDate());
        // the 64 municipalities dissolved 2015-2019 are known by name only (no source held states their CBS codes)
        long byName = zk.municipalities().keySet().stream().filter(k -> k.startsWith(MunicipalEvents.NAME_KEY)).count();
        assertEquals(64, byName);
        assertEquals("Littenseradiel", zk.municipalities().get(MunicipalEvents.nameKey("Littenseradiel")));
        // Groesbeek kept its code through the merger of 2015 and was renamed Berg en Dal in 2016
        assertEquals("Groesbeek", zk.municipalities().get("GM0241"));
        // every member reaches a current municipality through the events
        Set<String> current = new HashSet<>();
        CsvFiles.read("municipalities.csv").forEach(m -> current.add(m.get("code")));
        for (String key : zk.municipalities().keySet()) {
            List<String> now = real.events().successors(key, zk.setDate(), "2025-01-01");
            assertTrue(current.containsAll(now), key + " -> " + now);
        }
        Set<String> reached = new HashSet<>();
        zk.municipalities().keySet().forEach(k -> reached.addAll(real.events().successors(k, zk.setDate(), "2025-01-01")));
        assertEquals(current, reached, "the 403 of 2014 lead to all 342 of 2025");
    }

    @Test
    void littenseradielAndWinsumSplitAndGroesbeekChains() {
        MunicipalEvents events = EditionData.load().events();
        assertEquals(Set.of("GM0080", "GM1900", "GM1949"),
                Set.copyOf(events.successors(MunicipalEvents.nameKey("Littenseradiel"), "2014-01-01", "2025-01-01")));
        assertEquals(Set.of("GM1966", "GM1969"),
                Set.copyOf(events.successors(MunicipalEvents.nameKey("Winsum"), "2014-01-01", "2025-01-01")));
        assertEquals(Set.of("GM0828", "GM0796"),
                Set.copyOf(events.successors(MunicipalEvents.nameKey("Maasdonk"), "2014-01-01", "2025-01-01")));
        assertEquals(List.of("GM1945"), events.successors(MunicipalEvents.nameKey("Ubbergen"), "2014-01-01", "2025-01-01"));
        assertEquals(List.of("GM0241"), events.successors(MunicipalEvents.nameKey("Ubbergen"), "2014-01-01", "2015-06-30"));
        assertEquals(List.of("GM1945"), events.successors("GM0241", "2014-01-01", "2025-01-01"));
    }

    @Test
    void aNameOf2014ThatResolvesNowhereStopsTheLoadNamingFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EditionData.load(file -> {
            List<Map<String, String>> rows = new ArrayList<>(CsvFiles.read(file));
            if (file.equals("zorgkantoor_region_members_2014.csv")) {
                Map<String, String> atlantis = new LinkedHashMap<>(rows.get(0));
                atlantis.put("municipality_name_normalized", "Atlantis");
                rows.add(atlantis);
            }
            return rows;
        }));
        assertTrue(e.getMessage().contains("zorgkantoor_region_members_2014.csv line 405")
                && e.getMessage().contains("municipality_name_normalized") && e.getMessage().contains("Atlantis"), e.getMessage());
    }

    @Test
    void aNameOf2014ThatMatchesTwoMunicipalitiesStopsTheLoad() {
        // a former municipality without a code named like a current one: "Almere" of 2014 could be either
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EditionData.load(file -> {
            List<Map<String, String>> rows = new ArrayList<>(CsvFiles.read(file));
            if (file.equals("municipal_events_2015_2019.csv")) {
                rows.add(row("old_code", "", "old_name", "Almere", "new_code", AMSTERDAM, "new_name", "Amsterdam",
                        "effective_date", "2019-01-01", "kind", "merger", "source", "test"));
            }
            return rows;
        }));
        assertTrue(e.getMessage().contains("zorgkantoor_region_members_2014.csv") && e.getMessage().contains("ambiguous")
                && e.getMessage().contains(ALMERE) && e.getMessage().contains("name:Almere"), e.getMessage());
    }
}
