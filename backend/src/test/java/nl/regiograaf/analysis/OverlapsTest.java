package nl.regiograaf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiograaf.model.Analysis;
import nl.regiograaf.model.DivisionKind;
import org.junit.jupiter.api.Test;

/** The overlap definitions on a small made-up country, where every number can be worked out by hand. */
class OverlapsTest {

    // Municipalities M1..M5 with populations 100, 200, 300, 400, 1000.
    private static final GraphRows.Municipalities MUNICIPALITIES = municipalities(
            "M1", 100, "M2", 200, "M3", 300, "M4", 400, "M5", 1000);

    // A: A1 = {M1, M2}, A2 = {M3, M4, M5}.  B: B1 = {M1, M2, M3}, B2 = {M4, M5}.
    private static final GraphRows.Division A = division(DivisionKind.GGD, "A1", "M1", "A1", "M2", "A2", "M3", "A2", "M4", "A2", "M5");
    private static final GraphRows.Division B = division(DivisionKind.ZK, "B1", "M1", "B1", "M2", "B1", "M3", "B2", "M4", "B2", "M5");

    @Test
    void sharesAreSharesOfEachRegionsPopulation() {
        Analysis.Overlap overlap = Overlaps.compute(A, B, MUNICIPALITIES);
        assertEquals(3, overlap.intersections().size());
        Analysis.Intersection a2b1 = intersection(overlap, "A2", "B1");
        assertEquals(300, a2b1.population());
        assertEquals(300.0 / 1700, a2b1.shareOfA(), 1e-12);
        assertEquals(300.0 / 600, a2b1.shareOfB(), 1e-12);
        assertEquals(List.of("M3"), a2b1.municipalities().stream().map(Analysis.IntersectionMunicipality::code).toList());
    }

    @Test
    void congruenceIsThePopulationInTheLargestIntersectionOfEachARegion() {
        Analysis.Overlap overlap = Overlaps.compute(A, B, MUNICIPALITIES);
        // A1 lies in B1 entirely (300); A2's largest intersection is B2 (1400). Total 2000.
        assertEquals((300.0 + 1400.0) / 2000.0, overlap.congruence(), 1e-12);
        assertTrue(region(overlap, "GGD", "A1").congruent());
        assertFalse(region(overlap, "GGD", "A2").congruent());
        assertEquals(2, region(overlap, "GGD", "A2").intersects());
        assertEquals(1400.0 / 1700, region(overlap, "GGD", "A2").largestShare(), 1e-12);
        assertFalse(region(overlap, "ZK", "B1").congruent(), "B1 spans A1 and A2");
        assertTrue(region(overlap, "ZK", "B2").congruent());
        // The other way round B does not nest in A: B1's largest piece is A1 (300 of 600), B2 lies in A2 (1400).
        assertEquals((300.0 + 1400.0) / 2000.0, Overlaps.compute(B, A, MUNICIPALITIES).congruence(), 1e-12);
    }

    @Test
    void aDivisionThatNestsHasCongruenceOne() {
        GraphRows.Division fine = division(DivisionKind.IZA, "F1", "M1", "F2", "M2", "F3", "M3", "F4", "M4", "F4", "M5");
        assertEquals(1.0, Overlaps.compute(fine, B, MUNICIPALITIES).congruence(), 1e-12);
        assertTrue(Overlaps.compute(fine, B, MUNICIPALITIES).regions().stream()
                .filter(r -> r.kind().equals("IZA")).allMatch(Analysis.RegionOverlap::congruent));
    }

    @Test
    void aMunicipalityInTwoRegionsAppearsInBothIntersectionsFlagged() {
        // M3 lies in R1 and in R2, like Amsterdam in two ROAZ regions.
        GraphRows.Division roaz = division(DivisionKind.ROAZ, "R1", "M1", "R1", "M2", "R1", "M3", "R2", "M3", "R2", "M4", "R2", "M5");
        Analysis.Overlap overlap = Overlaps.compute(A, roaz, MUNICIPALITIES);
        assertEquals(List.of("M3"), overlap.multiplyAssigned());
        Analysis.IntersectionMunicipality inR1 = intersection(overlap, "A2", "R1").municipalities().get(0);
        Analysis.IntersectionMunicipality inR2 = intersection(overlap, "A2", "R2").municipalities().stream()
                .filter(m -> m.code().equals("M3")).findFirst().orElseThrow();
        assertTrue(inR1.multiple());
        assertTrue(inR2.multiple());
        assertFalse(intersection(overlap, "A1", "R1").municipalities().get(0).multiple());
        assertFalse(region(overlap, "GGD", "A2").congruent(), "M3 takes A2 to the tables of R1 and R2");
        assertEquals(2, region(overlap, "GGD", "A2").intersects());
        assertEquals(1.0, region(overlap, "GGD", "A2").largestShare(), 1e-12, "though A2 lies in R2 entirely");
        assertTrue(region(overlap, "ROAZ", "R2").congruent());
        // R2 counts M3 in full: 1700, and A2 lies in R2 in full.
        assertEquals(1.0, intersection(overlap, "A2", "R2").shareOfA(), 1e-12);
        assertEquals(1.0, intersection(overlap, "A2", "R2").shareOfB(), 1e-12);
        assertEquals(1.0, region(overlap, "ROAZ", "R2").largestShare(), 1e-12);
    }

    @Test
    void regionsListEveryRegionOfBothSidesEvenWithoutMembers() {
        List<GraphRows.Region> regions = new ArrayList<>(B.regions());
        regions.add(new GraphRows.Region("ZK", "B3", "Empty"));
        GraphRows.Division withEmpty = new GraphRows.Division(DivisionKind.ZK, "2025-01-01", regions, B.memberships(), false);
        Analysis.Overlap overlap = Overlaps.compute(A, withEmpty, MUNICIPALITIES);
        assertEquals(5, overlap.regions().size());
        Analysis.RegionOverlap empty = region(overlap, "ZK", "B3");
        assertEquals(0, empty.intersects());
        assertFalse(empty.congruent());
        assertEquals(Map.of("GGD", "2025-01-01", "ZK", "2025-01-01"), overlap.referenceDates());
    }

    private static Analysis.Intersection intersection(Analysis.Overlap overlap, String a, String b) {
        return overlap.intersections().stream().filter(i -> i.a().code().equals(a) && i.b().code().equals(b))
                .findFirst().orElseThrow(() -> new AssertionError("no intersection " + a + " × " + b));
    }

    private static Analysis.RegionOverlap region(Analysis.Overlap overlap, String kind, String code) {
        return overlap.regions().stream().filter(r -> r.kind().equals(kind) && r.code().equals(code)).findFirst().orElseThrow();
    }

    static GraphRows.Municipalities municipalities(Object... codeAndPopulation) {
        Map<String, GraphRows.Municipality> byCode = new LinkedHashMap<>();
        for (int i = 0; i < codeAndPopulation.length; i += 2) {
            String code = (String) codeAndPopulation[i];
            byCode.put(code, new GraphRows.Municipality(code, "Name " + code, ((Integer) codeAndPopulation[i + 1]).longValue()));
        }
        return new GraphRows.Municipalities(byCode, false);
    }

    /** regionAndMunicipality: pairs (region code, municipality code). */
    static GraphRows.Division division(DivisionKind kind, String... regionAndMunicipality) {
        Map<String, GraphRows.Region> regions = new LinkedHashMap<>();
        List<GraphRows.Membership> memberships = new ArrayList<>();
        for (int i = 0; i < regionAndMunicipality.length; i += 2) {
            String region = regionAndMunicipality[i];
            regions.putIfAbsent(region, new GraphRows.Region(kind.name(), region, "Region " + region));
            memberships.add(new GraphRows.Membership(regionAndMunicipality[i + 1], region, "test", null));
        }
        return new GraphRows.Division(kind, "2025-01-01", List.copyOf(regions.values()), memberships, false);
    }
}
