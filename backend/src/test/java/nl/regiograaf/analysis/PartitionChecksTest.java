package nl.regiograaf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.regiograaf.model.Analysis;
import nl.regiograaf.model.DivisionKind;
import org.junit.jupiter.api.Test;

/** The partition check on a small made-up country: a chain M1 - M2 - M3 - M4 and an island M5 off M4. */
class PartitionChecksTest {

    private static final GraphRows.Municipalities MUNICIPALITIES = OverlapsTest.municipalities(
            "M1", 1, "M2", 1, "M3", 1, "M4", 1, "M5", 1, "M6", 1);
    private static final List<GraphRows.Border> BORDERS = List.of(
            new GraphRows.Border("M1", "M2", "boundary"),
            new GraphRows.Border("M2", "M3", "point"),
            new GraphRows.Border("M3", "M4", "boundary"),
            new GraphRows.Border("M4", "M5", "water"),
            new GraphRows.Border("M5", "M6", "boundary"));

    @Test
    void aPartitionIntoConnectedRegionsIsOk() {
        GraphRows.Division d = OverlapsTest.division(DivisionKind.VR, "R1", "M1", "R1", "M2", "R1", "M3",
                "R2", "M4", "R2", "M5", "R2", "M6");
        Analysis.PartitionCheck check = PartitionChecks.compute(d, MUNICIPALITIES,
                new Contiguity(MUNICIPALITIES.byCode().keySet(), BORDERS), false);
        assertTrue(check.ok(), check.toString());
        assertEquals(0, check.unknownMembership());
    }

    @Test
    void pointAndWaterContactsJoinARegion() {
        GraphRows.Division d = OverlapsTest.division(DivisionKind.VR, "R1", "M1", "R1", "M2", "R1", "M3",
                "R2", "M4", "R2", "M5", "R2", "M6");
        List<GraphRows.Border> boundaryOnly = BORDERS.stream().filter(b -> b.contact().equals("boundary")).toList();
        Analysis.PartitionCheck check = PartitionChecks.compute(d, MUNICIPALITIES,
                new Contiguity(MUNICIPALITIES.byCode().keySet(), boundaryOnly), false);
        assertFalse(check.ok());
        assertEquals(Map.of("R1", List.of(List.of("M1", "M2"), List.of("M3")), "R2", List.of(List.of("M5", "M6"), List.of("M4"))),
                Map.of(check.fragmented().get(0).region().code(), check.fragmented().get(0).components(),
                        check.fragmented().get(1).region().code(), check.fragmented().get(1).components()));
    }

    @Test
    void reportsUnassignedDoubleAndFragmentedMunicipalitiesAndDerivedMemberships() {
        GraphRows.Division d = new GraphRows.Division(DivisionKind.IZA, "2025-09-12",
                List.of(new GraphRows.Region("IZA", "R1", "One"), new GraphRows.Region("IZA", "R2", "Two")),
                List.of(new GraphRows.Membership("M1", "R1", "s", "A_iza_explicit"),
                        new GraphRows.Membership("M3", "R1", "s", "C_derived_from_sourced_lists+sumcheck"),
                        new GraphRows.Membership("M3", "R2", "s", "B_named_collaboration+sumcheck"),
                        new GraphRows.Membership("M4", "R2", null, null),
                        new GraphRows.Membership("M5", "R2", "s", "C_derived_from_sourced_lists+sumcheck"),
                        new GraphRows.Membership("M6", "R2", "s", "B_named_collaboration+sumcheck")),
                false);
        Analysis.PartitionCheck check = PartitionChecks.compute(d, MUNICIPALITIES,
                new Contiguity(MUNICIPALITIES.byCode().keySet(), BORDERS), false);
        assertFalse(check.ok());
        assertEquals(List.of("M2"), check.unassigned().stream().map(r -> r.code()).toList());
        assertEquals("M3", check.multiplyAssigned().get(0).municipality().code());
        assertEquals(List.of("R1", "R2"), check.multiplyAssigned().get(0).regions().stream().map(r -> r.code()).toList());
        // R1 = {M1, M3}: M2 between them is not a member, so R1 falls apart.
        assertEquals(1, check.fragmented().size());
        assertEquals("R1", check.fragmented().get(0).region().code());
        assertEquals(3, check.unknownMembership(), "two level-C memberships and one without a source");
        assertEquals(Map.of("A_iza_explicit", 1L, "B_named_collaboration+sumcheck", 2L,
                "C_derived_from_sourced_lists+sumcheck", 2L), check.membershipEvidence());
    }
}
