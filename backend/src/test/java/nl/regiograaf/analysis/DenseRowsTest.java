package nl.regiograaf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import nl.regiograaf.bench.ScaleGenerator;
import nl.regiograaf.importer.NationalDataLoader;
import nl.regiograaf.importer.NationalDataset;
import nl.regiograaf.model.Analysis;
import nl.regiograaf.model.DivisionKey;
import nl.regiograaf.model.DivisionKind;
import nl.regiograaf.model.ScenarioApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dense computations ({@link DenseRows}) give the same answers as the computations from the rows, on two copies of
 * the national graph ({@link ScaleGenerator}: gaps, doubles and the copies stitched together), and on scenarios with
 * random moves that cut regions apart, empty them and open new ones.
 */
class DenseRowsTest {

    private static GraphRows.Municipalities municipalities;
    private static Map<DivisionKind, GraphRows.Division> divisions;
    private static Contiguity contiguity;
    private static DenseRows.Municipalities denseMunicipalities;
    private static Map<DivisionKind, DenseRows.Division> dense;
    private static DenseRows.Adjacency adjacency;

    @BeforeAll
    static void rows() {
        NationalDataset data = ScaleGenerator.generate(NationalDataLoader.load(), 2, 42L);
        Map<String, GraphRows.Municipality> byCode = new LinkedHashMap<>();
        data.municipalities().stream().sorted(Comparator.comparing(m -> (String) m.get("code"))).forEach(m ->
                byCode.put((String) m.get("code"), new GraphRows.Municipality((String) m.get("code"), (String) m.get("name"),
                        ((Number) m.get("population")).longValue())));
        municipalities = new GraphRows.Municipalities(byCode, false);

        // As the graph answers them: regions in code order, each region's members in code order.
        Map<String, GraphRows.Region> regions = new TreeMap<>();
        data.regions().forEach(r -> regions.put((String) r.get("code"),
                new GraphRows.Region((String) r.get("kind"), (String) r.get("code"), (String) r.get("name"))));
        Map<String, List<GraphRows.Membership>> membersOf = new TreeMap<>();
        data.memberships().forEach(m -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> props = (Map<String, Object>) m.get("props");
            Object evidence = props.get("evidenceLevel");
            membersOf.computeIfAbsent((String) m.get("region"), k -> new ArrayList<>()).add(new GraphRows.Membership(
                    (String) m.get("municipality"), (String) m.get("region"), (String) props.get("source"),
                    evidence == null || evidence.toString().isBlank() ? null : evidence.toString()));
        });
        membersOf.values().forEach(l -> l.sort(Comparator.comparing(GraphRows.Membership::municipality)));
        divisions = new LinkedHashMap<>();
        denseMunicipalities = DenseRows.Municipalities.of(municipalities);
        dense = new LinkedHashMap<>();
        for (DivisionKind kind : DivisionKind.values()) {
            List<GraphRows.Region> own = regions.values().stream().filter(r -> r.kind().equals(kind.name())).toList();
            if (own.isEmpty()) {
                continue;
            }
            List<GraphRows.Membership> memberships = new ArrayList<>();
            own.forEach(r -> memberships.addAll(membersOf.getOrDefault(r.code(), List.of())));
            GraphRows.Division division = new GraphRows.Division(kind, "2025-01-01", own, memberships, false);
            divisions.put(kind, division);
            dense.put(kind, DenseRows.Division.of(division, denseMunicipalities));
        }
        List<GraphRows.Border> borders = data.borders().stream().map(b -> new GraphRows.Border((String) b.get("a"),
                (String) b.get("b"), (String) b.get("contact"))).toList();
        contiguity = new Contiguity(byCode.keySet(), borders);
        adjacency = DenseRows.Adjacency.of(contiguity, denseMunicipalities);
        assertTrue(divisions.size() >= 5, "divisions " + divisions.keySet());
    }

    @Test
    void overlapsOfEveryPairAreTheSame() {
        for (DivisionKind a : divisions.keySet()) {
            for (DivisionKind b : divisions.keySet()) {
                Analysis.Overlap rows = Overlaps.compute(divisions.get(a), divisions.get(b), municipalities);
                assertFalse(rows.intersections().isEmpty());
                assertEquals(rows, Overlaps.compute(dense.get(a), dense.get(b), denseMunicipalities), a + "×" + b);
            }
        }
    }

    @Test
    void partitionChecksAreTheSame() {
        boolean anyMultiple = false;
        boolean anyUnassigned = false;
        for (DivisionKind kind : divisions.keySet()) {
            Analysis.PartitionCheck rows = PartitionChecks.compute(divisions.get(kind), municipalities, contiguity, false);
            anyMultiple |= !rows.multiplyAssigned().isEmpty();
            anyUnassigned |= !rows.unassigned().isEmpty();
            assertEquals(rows, PartitionChecks.compute(dense.get(kind), denseMunicipalities, adjacency, false, null, null),
                    kind.name());
        }
        assertTrue(anyMultiple && anyUnassigned, "the generated graph has doubles and gaps to find");
        Set<String> scope = Set.copyOf(new ArrayList<>(municipalities.byCode().keySet()).subList(0, 200));
        GraphRows.Division iza = divisions.get(DivisionKind.IZA);
        assertEquals(PartitionChecks.compute(iza, municipalities, contiguity, true, scope, "part"),
                PartitionChecks.compute(dense.get(DivisionKind.IZA), denseMunicipalities, adjacency, true, scope, "part"));
    }

    @Test
    void scenarioChecksAreTheSame() {
        Random random = new Random(7);
        List<String> codes = new ArrayList<>(municipalities.byCode().keySet());
        int fragmented = 0;
        for (DivisionKind baseKind : List.of(DivisionKind.ZK, DivisionKind.GGD, DivisionKind.IZA)) {
            GraphRows.Division base = divisions.get(baseKind);
            List<String> regionCodes = base.regions().stream().map(GraphRows.Region::code).toList();
            for (int s = 0; s < 4; s++) {
                List<Scenarios.Move> moves = new ArrayList<>();
                java.util.Set<String> picked = new java.util.HashSet<>();
                while (moves.size() < 5 + 40 * s) {
                    String m = codes.get(random.nextInt(codes.size()));
                    if (picked.add(m)) {
                        int pick = random.nextInt(20);
                        String to = pick == 0 ? null : pick == 1 ? "NEW-" + (moves.size() % 3)
                                : regionCodes.get(random.nextInt(regionCodes.size()));
                        moves.add(new Scenarios.Move(m, to, pick == 1 ? "Nieuw" : null));
                    }
                }
                // and one region emptied
                String emptied = regionCodes.get(random.nextInt(regionCodes.size()));
                base.memberships().stream().filter(m -> m.region().equals(emptied) && picked.add(m.municipality()))
                        .forEach(m -> moves.add(new Scenarios.Move(m.municipality(), regionCodes.get(0), null)));

                GraphRows.Division scenario = Scenarios.applyMoves(base, moves);
                DenseRows.Division baseDense = dense.get(baseKind);
                DenseRows.Division scenarioDense = baseDense.withMoves(base, moves, denseMunicipalities);
                assertNotNull(scenarioDense);
                DivisionKey baseKey = DivisionKey.of(baseKind);
                ScenarioApi.Check rows = Scenarios.check("s", "moves", moves.size(), baseKey, base, scenario, againstRows(),
                        municipalities, contiguity, false, (x, y) -> Overlaps.compute(divisions.get(x.nationalKind().orElseThrow()),
                                divisions.get(y.nationalKind().orElseThrow()), municipalities));
                ScenarioApi.Check fromDense = Scenarios.check("s", "moves", moves.size(), baseKey, base, baseDense,
                        scenarioDense, againstDense(), denseMunicipalities, adjacency, false);
                assertEquals(rows, fromDense, baseKind + " scenario " + s);
                assertFalse(rows.changes().isEmpty());
                fragmented += rows.partition().fragmented().size();

                // the same division as an upload without a base
                ScenarioApi.Check upload = Scenarios.check("u", "csv", 0, null, null, scenario, againstRows(), municipalities,
                        contiguity, false, (x, y) -> null);
                DenseRows.Division uploaded = DenseRows.Division.of(scenario, denseMunicipalities);
                assertEquals(upload, Scenarios.check("u", "csv", 0, null, null, null, uploaded, againstDense(),
                        denseMunicipalities, adjacency, false), baseKind + " upload " + s);
            }
        }
        assertTrue(fragmented > 0, "the moves cut regions apart");
    }

    @Test
    void aMemberWithoutAMunicipalityRowIsNotHeldDensely() {
        GraphRows.Division zk = divisions.get(DivisionKind.ZK);
        List<GraphRows.Membership> memberships = new ArrayList<>(zk.memberships());
        memberships.add(new GraphRows.Membership("GM9999", zk.regions().get(0).code(), "test", null));
        assertNull(DenseRows.Division.of(new GraphRows.Division(DivisionKind.ZK, "2025-01-01", zk.regions(), memberships,
                false), denseMunicipalities));
    }

    /**
     * Dense pieces are cached one by one, so a national write between two reads could pair a division with the index
     * of another version: they say over which municipalities they were indexed, and the services use the rows then.
     */
    @Test
    void densePiecesTellTheIndexTheyWereBuiltOver() {
        DenseRows.Municipalities sameRows = DenseRows.Municipalities.of(municipalities);
        Map<String, GraphRows.Municipality> more = new LinkedHashMap<>(municipalities.byCode());
        more.put("GM9999", new GraphRows.Municipality("GM9999", "Nieuwe gemeente", 1000L));
        DenseRows.Municipalities next = DenseRows.Municipalities.of(new GraphRows.Municipalities(more, false));
        DenseRows.Division zk = dense.get(DivisionKind.ZK);
        assertTrue(zk.indexedOver(denseMunicipalities));
        assertTrue(adjacency.indexedOver(denseMunicipalities));
        for (DenseRows.Municipalities other : List.of(sameRows, next)) {
            assertFalse(zk.indexedOver(other));
            assertFalse(adjacency.indexedOver(other));
        }
        assertTrue(DenseRows.Division.of(divisions.get(DivisionKind.ZK), next).indexedOver(next));
    }

    private static Map<DivisionKey, GraphRows.Division> againstRows() {
        Map<DivisionKey, GraphRows.Division> against = new LinkedHashMap<>();
        divisions.forEach((k, d) -> against.put(DivisionKey.of(k), d));
        return against;
    }

    private static Map<DivisionKey, DenseRows.Division> againstDense() {
        Map<DivisionKey, DenseRows.Division> against = new LinkedHashMap<>();
        dense.forEach((k, d) -> against.put(DivisionKey.of(k), d));
        return against;
    }
}
