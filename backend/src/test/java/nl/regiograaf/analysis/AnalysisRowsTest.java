package nl.regiograaf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
                "MATCH (a:Municipality)-[b:BORDERS]->(c:Municipality) RETURN a.code AS a, c.code AS b, b.contact AS contact")
                .list(r -> pair(r.get("a").asString(), r.get("b").asString(), r.get("contact").asString())))
                .stream().collect(Collectors.toCollection(TreeSet::new));
        GraphRows.Borders borders = new AnalysisRepository(client).borders();
        Set<String> read = borders.rows().stream().map(b -> pair(b.a(), b.b(), b.contact()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(relationships, read);
        assertEquals(relationships.size(), borders.rows().size());
        assertTrue(borders.rows().stream().map(GraphRows.Border::contact).distinct().count() >= 3);
    }

    private Set<String> relationshipRows(DivisionKind kind) {
        return client.read(tx -> tx.run("""
                MATCH (m:Municipality)-[rel:MEMBER_OF]->(r:Region {kind: $kind})
                RETURN m.code + '|' + r.code + '|' + coalesce(rel.source, '') + '|' + coalesce(rel.evidenceLevel, '') AS row
                """, Map.of("kind", kind.name())).list(r -> r.get("row").asString()))
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
