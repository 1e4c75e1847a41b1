package nl.regiograaf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import nl.regiograaf.model.Analysis;
import nl.regiograaf.model.DivisionKind;
import nl.regiograaf.repo.AnalysisRepository;
import nl.regiograaf.support.TestGraph;
import org.junit.jupiter.api.Test;

/**
 * The contiguity rule on the national graph: every contact type counts. Dropping the water links (or the point
 * contacts) shows which regions only hold together across the sea (or at a corner).
 */
class ContiguityNationalTest {

    private static final Set<String> WADDEN_ISLANDS = Set.of("GM0096", "GM0093", "GM0060", "GM0088", "GM0448");
    private static final Set<String> ZEEUWS_VLAANDEREN = Set.of("GM1714", "GM0715", "GM0677");

    private final AnalysisRepository repository = new AnalysisRepository(TestGraph.get().client());
    private final GraphRows.Municipalities municipalities = repository.municipalities();
    private final List<GraphRows.Border> borders = repository.borders().rows();

    private Map<String, List<List<String>>> fragments(DivisionKind kind, Predicate<GraphRows.Border> counts) {
        Contiguity contiguity = new Contiguity(municipalities.byCode().keySet(), borders.stream().filter(counts).toList());
        Analysis.PartitionCheck check = PartitionChecks.compute(repository.division(kind), municipalities, contiguity, false);
        Map<String, List<List<String>>> result = new TreeMap<>();
        check.fragmented().forEach(f -> result.put(f.region().name(), f.components()));
        return result;
    }

    @Test
    void withEveryContactTypeNoRegionOfAnyDivisionIsFragmented() {
        for (DivisionKind kind : DivisionKind.values()) {
            assertEquals(Map.of(), fragments(kind, b -> true), kind.name());
        }
    }

    @Test
    void withoutWaterLinksTheIslandsAndZeeuwsVlaanderenWouldBeFragments() {
        for (DivisionKind kind : DivisionKind.values()) {
            Map<String, List<List<String>>> landOnly = fragments(kind, b -> !b.contact().equals("water"));
            Set<String> cutOff = new TreeSet<>();
            landOnly.values().forEach(pieces -> pieces.subList(1, pieces.size()).forEach(cutOff::addAll));
            Set<String> expected = new TreeSet<>(WADDEN_ISLANDS);
            expected.addAll(ZEEUWS_VLAANDEREN);
            assertEquals(expected, cutOff, kind + ": " + landOnly);
            System.out.println("Without water links, " + kind + " fragments: " + landOnly.keySet());
        }
        assertEquals(List.of(List.of("GM0060"), List.of("GM0088"), List.of("GM0093"), List.of("GM0096")),
                fragments(DivisionKind.GGD, b -> !b.contact().equals("water")).get("GGD Fryslân").subList(1, 5));
    }

    @Test
    void goereeOverflakkeeHoldsOnToItsRegionsOnlyByPointContacts() {
        // In the topology its boundary meets Hoeksche Waard and Voorne aan Zee only in single points.
        for (DivisionKind kind : DivisionKind.values()) {
            Map<String, List<List<String>>> withoutPoints = fragments(kind, b -> !b.contact().equals("point"));
            System.out.println("Without point contacts, " + kind + " fragments: " + withoutPoints.keySet());
            assertTrue(withoutPoints.values().stream().anyMatch(pieces -> pieces.stream().anyMatch(p -> p.contains("GM1924"))
                    && pieces.size() >= 2), kind + ": " + withoutPoints);
        }
    }

    @Test
    void oneRunPerDivisionFindsThePiecesOfARunPerRegion() {
        // Boundary contacts only, so regions do fall apart; ROAZ has municipalities in two regions (its own runs).
        for (Predicate<GraphRows.Border> counts : List.<Predicate<GraphRows.Border>>of(b -> true,
                b -> b.contact().equals("boundary"), b -> b.contact().equals("point"))) {
            Contiguity contiguity = new Contiguity(municipalities.byCode().keySet(), borders.stream().filter(counts).toList());
            for (DivisionKind kind : DivisionKind.values()) {
                Map<String, List<String>> membersOf = new TreeMap<>();
                Map<String, List<String>> regionsOf = new TreeMap<>();
                repository.division(kind).memberships().forEach(m -> {
                    membersOf.computeIfAbsent(m.region(), k -> new java.util.ArrayList<>()).add(m.municipality());
                    regionsOf.computeIfAbsent(m.municipality(), k -> new java.util.ArrayList<>()).add(m.region());
                });
                Map<String, List<List<String>>> perRegion = new TreeMap<>();
                membersOf.forEach((region, members) -> {
                    List<List<String>> pieces = contiguity.components(members);
                    if (pieces.size() > 1) {
                        perRegion.put(region, pieces);
                    }
                });
                assertEquals(perRegion, new TreeMap<>(contiguity.fragments(membersOf, regionsOf)), kind.name());
            }
        }
    }
}
