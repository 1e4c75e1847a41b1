package nl.regiograaf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.regiograaf.db.DataVersion;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.db.VersionedCache;
import nl.regiograaf.model.DivisionKind;
import nl.regiograaf.repo.AnalysisRepository;
import nl.regiograaf.repo.NationalRows;
import nl.regiograaf.support.TestGraph;
import org.junit.jupiter.api.Test;

/**
 * The rows the analyses read (from the read model, with per-member lists sent as one entry when all are equal, and read
 * side by side) hold exactly the relationships of the national graph: every membership with its source and evidence
 * level, every border with its contact type.
 */
class AnalysisRowsTest {

    private final GraphClient client = TestGraph.get().client();

    @Test
    void divisionRowsHoldEveryMembershipWithItsSourceAndEvidence() {
        NationalRows rows = new NationalRows(new AnalysisRepository(client), new VersionedCache(new DataVersion(client, 0)));
        List<String> kinds = java.util.Arrays.stream(DivisionKind.values()).map(DivisionKind::name).toList();
        rows.prefetch(true, kinds, true);
        Set<String> mixedRegions = new TreeSet<>();
        for (DivisionKind kind : DivisionKind.values()) {
            Set<String> relationships = relationshipRows(kind);
            Set<String> read = rows.division(kind).memberships().stream()
                    .map(m -> m.municipality() + "|" + m.region() + "|" + nullToBlank(m.source()) + "|"
                            + nullToBlank(m.evidenceLevel()))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(relationships, read, kind.name());
            Map<String, Set<String>> perRegion = rows.division(kind).memberships().stream().collect(Collectors.groupingBy(
                    GraphRows.Membership::region, Collectors.mapping(m -> m.source() + "|" + m.evidenceLevel(), Collectors.toSet())));
            perRegion.forEach((region, values) -> {
                if (values.size() > 1) {
                    mixedRegions.add(region);
                }
            });
        }
        // Some regions mix sources or evidence levels (the list is sent in full), most do not (sent as one entry).
        assertTrue(!mixedRegions.isEmpty());
    }

    @Test
    void borderRowsHoldEveryBorderWithItsContact() {
        Set<String> relationships = client.read(tx -> tx.run(
                "MATCH (a:Municipality {graph: $graph})-[b:BORDERS]->(c:Municipality) RETURN a.code AS a, c.code AS b, b.contact AS contact")
                .list(r -> pair(r.get("a").asString(), r.get("b").asString(), r.get("contact").asString())))
                .stream().collect(Collectors.toCollection(TreeSet::new));
        GraphRows.Borders borders = new AnalysisRepository(client).borders();
        Set<String> read = borders.rows().stream().map(b -> pair(b.a(), b.b(), b.contact()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(relationships, read);
        assertEquals(relationships.size(), borders.rows().size());
        assertTrue(borders.rows().stream().map(GraphRows.Border::contact).distinct().count() >= 3);
    }

    /** Dense divisions read straight from the packed value answer as the rows from the member lists. */
    @Test
    void denseDivisionsFromThePackedValueAnswerAsTheLists() {
        client.write(nl.regiograaf.importer.NationalImporter::finishNationalWrite);
        AnalysisRepository repository = new AnalysisRepository(client);
        List<String> kinds = java.util.Arrays.stream(DivisionKind.values()).map(DivisionKind::name).toList();
        Map<String, GraphRows.Division> packed = repository.divisionsByCode(kinds, true);
        Map<String, GraphRows.Division> lists = repository.divisionsByCode(kinds, false);
        GraphRows.Municipalities rows = repository.municipalities();
        DenseRows.Municipalities municipalities = DenseRows.Municipalities.of(rows);
        Contiguity contiguity = new Contiguity(rows.byCode().keySet(), repository.borders().rows());
        DenseRows.Adjacency adjacency = DenseRows.Adjacency.of(contiguity, municipalities);
        DenseRows.Division zk = DenseRows.Division.of(packed.get("ZK"), municipalities);
        for (String kind : kinds) {
            assertTrue(packed.get(kind).memberships() instanceof nl.regiograaf.repo.PackedRegions.Memberships, kind);
            DenseRows.Division dense = DenseRows.Division.of(packed.get(kind), municipalities);
            assertEquals(PartitionChecks.compute(lists.get(kind), rows, contiguity, false),
                    PartitionChecks.compute(dense, municipalities, adjacency, false, null, null), kind);
            assertEquals(Overlaps.compute(lists.get(kind), lists.get("ZK"), rows), Overlaps.compute(dense, zk, municipalities),
                    kind);
        }
    }

    /** The packed municipality rows (one string) are the rows read from the nodes, in the same order. */
    @Test
    void packedMunicipalitiesEqualTheNodes() {
        client.write(nl.regiograaf.importer.NationalImporter::finishNationalWrite);
        AnalysisRepository repository = new AnalysisRepository(client);
        boolean present = client.read(tx -> tx.run("MATCH (p:PackedBorders {graph: $graph}) RETURN p.municipalities IS NOT NULL AS p")
                .single().get("p").asBoolean());
        assertTrue(present);
        GraphRows.Municipalities nodes = repository.municipalities(false);
        GraphRows.Municipalities packed = repository.municipalities(true);
        assertTrue(nodes.byCode().size() > 300);
        assertEquals(nodes, packed);
        assertEquals(List.copyOf(nodes.byCode().keySet()), List.copyOf(packed.byCode().keySet()));
        assertTrue(packed.byCode().values().stream().allMatch(m -> m.lat() != null && m.population() > 0));
    }

    /**
     * The packed borders and municipality rows are read only at the national version they were written for: after a
     * national write that did not rewrite them (another build on the same store) the analyses read the nodes and
     * lists, and the next start rewrites them (read_model_missing); the next national write makes them current again.
     */
    @Test
    void packedValuesOfAnotherNationalVersionAreNotRead() {
        AnalysisRepository repository = new AnalysisRepository(client);
        client.write(nl.regiograaf.importer.NationalImporter::finishNationalWrite);
        assertTrue(repository.packedBorders().isPresent());
        assertTrue(packedMunicipalitiesRead());
        assertFalse(readModelMissing());
        try {
            client.write(nl.regiograaf.db.DataVersion::bumpNational);
            assertTrue(repository.packedBorders().isEmpty(), "packed borders of an older national version");
            assertFalse(packedMunicipalitiesRead(), "packed municipality rows of an older national version");
            assertEquals(repository.municipalities(false), repository.municipalities(true), "read from the nodes instead");
            assertTrue(readModelMissing(), "the next start rewrites them");
        } finally {
            client.write(nl.regiograaf.importer.NationalImporter::finishNationalWrite);
        }
        assertTrue(repository.packedBorders().isPresent());
        assertFalse(readModelMissing());
    }

    private boolean packedMunicipalitiesRead() {
        Boolean read = client.read(tx -> tx.run(nl.regiograaf.db.Cypher.query("queries/analysis_municipalities_packed")).hasNext());
        return read;
    }

    private boolean readModelMissing() {
        Boolean missing = client.read(tx -> tx.run(nl.regiograaf.db.Cypher.query("import/read_model_missing")).single().get("missing").asBoolean());
        return missing;
    }

    /** The packed borders (one string) hold exactly the stored BORDERS, as pairs of codes. */
    @Test
    void packedBordersHoldEveryBorder() {
        Set<String> relationships = client.read(tx -> tx.run(
                "MATCH (a:Municipality {graph: $graph})-[b:BORDERS]->(c:Municipality) RETURN a.code AS a, c.code AS b")
                .list(r -> r.get("a").asString() + "|" + r.get("b").asString()))
                .stream().collect(Collectors.toCollection(TreeSet::new));
        client.write(nl.regiograaf.importer.NationalImporter::finishNationalWrite);
        nl.regiograaf.repo.PackedBorders.Edges edges = new AnalysisRepository(client).packedBorders().orElseThrow();
        Set<String> read = new TreeSet<>();
        for (int e = 0; e < edges.count(); e++) {
            read.add(edges.codes()[edges.a()[e]] + "|" + edges.codes()[edges.b()[e]]);
        }
        assertEquals(relationships, read);
        assertEquals(relationships.size(), edges.count());
        long municipalities = client.read(tx -> tx.run("MATCH (m:Municipality {graph: $graph}) RETURN count(m) AS n").single().get("n").asLong());
        assertEquals(municipalities, edges.codes().length);
        // and the partition checks over them are those over the border rows
        AnalysisRepository repository = new AnalysisRepository(client);
        GraphRows.Municipalities rows = repository.municipalities();
        Contiguity fromRows = new Contiguity(rows.byCode().keySet(), repository.borders().rows());
        for (DivisionKind kind : DivisionKind.values()) {
            GraphRows.Division division = repository.division(kind);
            assertEquals(PartitionChecks.compute(division, rows, fromRows, false),
                    PartitionChecks.compute(division, rows, new Contiguity(edges), false), kind.name());
        }
    }

    /**
     * The packed value on each division (one string per division) answers exactly the rows of the regions' member lists
     * after every write path that changes memberships: the national write, an own-division import (a new division node
     * without a packed value until the next national write), its re-import and its delete.
     */
    @Test
    void packedRowsEqualTheMemberListsAfterEveryWritePath() {
        AnalysisRepository repository = new AnalysisRepository(client);
        DataVersion version = new DataVersion(client, 0);
        List<String> national = java.util.Arrays.stream(DivisionKind.values()).map(DivisionKind::name).toList();
        client.write(nl.regiograaf.importer.NationalImporter::finishNationalWrite);
        assertPackedEqualsLists(repository, national, true);

        String kind = "PACKROWS";
        nl.regiograaf.importer.OwnDivisionImport own = new nl.regiograaf.importer.OwnDivisionImport(client, version);
        try {
            own.importDivision("municipality,region\nAlmere,P1\nLelystad,P1\nZeewolde,P2\n".getBytes(),
                    nl.regiograaf.importer.TableReader.Format.CSV, kind, null, null, null, step -> { });
            assertPackedEqualsLists(repository, List.of(kind), false);
            assertEquals(3, repository.divisionsByCode(List.of(kind)).get(kind).memberships().size());
            client.write(nl.regiograaf.importer.NationalImporter::finishNationalWrite);
            assertPackedEqualsLists(repository, List.of(kind), true);
            assertPackedEqualsLists(repository, national, true);

            own.importDivision("municipality,region\nAlmere,P1\nDronten,P3\n".getBytes(),
                    nl.regiograaf.importer.TableReader.Format.CSV, kind, null, null, null, step -> { });
            assertPackedEqualsLists(repository, List.of(kind), false);
            assertEquals(relationshipRows(kind), repository.divisionsByCode(List.of(kind)).get(kind).memberships().stream()
                    .map(m -> m.municipality() + "|" + m.region() + "|" + nullToBlank(m.source()) + "|"
                            + nullToBlank(m.evidenceLevel()))
                    .collect(Collectors.toCollection(TreeSet::new)));
        } finally {
            own.delete(nl.regiograaf.importer.OwnDivisionImport.datasetId(kind));
        }
        assertTrue(repository.divisionsByCode(List.of(kind)).isEmpty());
        assertTrue(repository.divisionsByCode(List.of(kind), false).isEmpty());
    }

    /** The packed value counts its rows against the cap as the lists do: the first rows, and truncated. */
    @Test
    void packedRowsKeepTheRowCap() {
        String kind = DivisionKind.values()[0].name();
        String packed = client.read(tx -> tx.run("MATCH (d:Division {kind: $kind, graph: $graph}) RETURN d.packedRegions AS p",
                Map.of("kind", kind)).single().get("p").asString());
        GraphRows.Division all = nl.regiograaf.repo.PackedRegions.unpack(kind, null, packed, Integer.MAX_VALUE);
        int cap = all.memberships().size() / 2;
        GraphRows.Division capped = nl.regiograaf.repo.PackedRegions.unpack(kind, null, packed, cap);
        assertTrue(capped.truncated() && !all.truncated());
        assertEquals(all.memberships().subList(0, cap), capped.memberships());
        assertEquals(all.regions().subList(0, capped.regions().size()), capped.regions());
    }

    private void assertPackedEqualsLists(AnalysisRepository repository, List<String> kinds, boolean packedPresent) {
        for (String kind : kinds) {
            boolean present = client.read(tx -> tx.run("MATCH (d:Division {kind: $kind, graph: $graph}) RETURN d.packedRegions IS NOT NULL AS p",
                    Map.of("kind", kind)).single().get("p").asBoolean());
            assertEquals(packedPresent, present, kind);
        }
        Map<String, GraphRows.Division> packed = repository.divisionsByCode(kinds, true);
        Map<String, GraphRows.Division> lists = repository.divisionsByCode(kinds, false);
        assertEquals(kinds.size(), lists.size());
        assertEquals(lists, packed);
    }

    private Set<String> relationshipRows(DivisionKind kind) {
        return relationshipRows(kind.name());
    }

    private Set<String> relationshipRows(String kind) {
        return client.read(tx -> tx.run("""
                MATCH (m:Municipality)-[rel:MEMBER_OF]->(r:Region {kind: $kind, graph: $graph})
                RETURN m.code + '|' + r.code + '|' + coalesce(rel.source, '') + '|' + coalesce(rel.evidenceLevel, '') AS row
                """, Map.of("kind", kind)).list(r -> r.get("row").asString()))
                .stream().collect(Collectors.toCollection(TreeSet::new));
    }

    /** A border either way round (stored once per pair; the direction does not matter). */
    private static String pair(String a, String b, String contact) {
        return (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a) + "|" + contact;
    }

    private static String nullToBlank(String s) {
        return s == null ? "" : s;
    }
}
