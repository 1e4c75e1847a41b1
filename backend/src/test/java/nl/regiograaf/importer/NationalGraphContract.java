package nl.regiograaf.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.support.DataFiles;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

/**
 * Facts the imported national graph must hold, checked against the raw files or known reality.
 * Runs against the embedded Neo4j and, where Docker exists, against a Neo4j server in a container.
 */
abstract class NationalGraphContract {

    abstract GraphClient client();

    private List<Record> cypher(String query) {
        return client().read(tx -> tx.run(query).list());
    }

    private long count(String query) {
        return cypher(query).get(0).get(0).asLong();
    }

    @Test
    void holdsEveryMunicipalityOnceWithPopulationAndAPointInTheNetherlands() {
        List<Map<String, String>> rows = DataFiles.csv("municipalities.csv");
        assertEquals(342, rows.size());
        assertEquals(342, count("MATCH (m:Municipality {graph: $graph}) RETURN count(m)"));
        long expectedPopulation = rows.stream().mapToLong(r -> Long.parseLong(r.get("population"))).sum();
        assertEquals(expectedPopulation, count("MATCH (m:Municipality {graph: $graph}) RETURN sum(m.population)"));
        assertEquals(0, count("MATCH (m:Municipality {graph: $graph}) WHERE NOT (50.7 < m.lat < 53.6 AND 3.3 < m.lon < 7.3) RETURN count(m)"));
    }

    @Test
    void divisionsHaveTheirOfficialRegionCounts() {
        Map<String, Long> counts = cypher("MATCH (r:Region {graph: $graph}) RETURN r.kind AS kind, count(r) AS n").stream()
                .collect(Collectors.toMap(r -> r.get("kind").asString(), r -> r.get("n").asLong()));
        assertEquals(Map.of("GGD", 25L, "VR", 25L, "ZK", 31L, "PROVINCE", 12L, "ROAZ", 11L, "IZA", 42L), counts);
    }

    @Test
    void almereLiesInGgdFlevolandButInZorgkantoorregioTGooi() {
        Record r = cypher("""
                MATCH (m:Municipality {name: 'Almere', graph: $graph})-[:MEMBER_OF]->(g:Region {kind: 'GGD'})
                MATCH (m)-[:MEMBER_OF]->(z:Region {kind: 'ZK'})
                RETURN g.name AS ggd, z.name AS zk""").get(0);
        assertEquals("GGD Flevoland", r.get("ggd").asString());
        assertEquals("'t Gooi", r.get("zk").asString());
    }

    @Test
    void ggdNoordEnOostGelderlandSpansFourZorgkantoorRegionsAsTheFileSays() {
        Set<String> expected = DataFiles.csv("municipality_regions.csv").stream()
                .filter(r -> r.get("ggd_name").equals("GGD Noord- en Oost-Gelderland"))
                .map(r -> r.get("zorgkantoor_code")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> actual = cypher("""
                MATCH (g:Region {kind: 'GGD', name: 'GGD Noord- en Oost-Gelderland', graph: $graph})<-[:MEMBER_OF]-(m)-[:MEMBER_OF]->(z:Region {kind: 'ZK'})
                RETURN DISTINCT z.code AS code""").stream().map(r -> r.get("code").asString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(4, expected.size());
        assertEquals(expected, actual);
    }

    @Test
    void ggdVrAndZkMembershipsMatchTheFileRowForRow() {
        Set<String> expected = new HashSet<>();
        for (Map<String, String> r : DataFiles.csv("municipality_regions.csv")) {
            expected.add(r.get("municipality_code") + ">" + r.get("ggd_code"));
            expected.add(r.get("municipality_code") + ">" + r.get("veiligheidsregio_code"));
            expected.add(r.get("municipality_code") + ">" + r.get("zorgkantoor_code"));
        }
        Set<String> actual = cypher("MATCH (m:Municipality {graph: $graph})-[:MEMBER_OF]->(r:Region) WHERE r.kind IN ['GGD','VR','ZK'] RETURN m.code + '>' + r.code AS x")
                .stream().map(r -> r.get("x").asString()).collect(Collectors.toSet());
        assertEquals(expected, actual);
    }

    @Test
    void amsterdamKeepsBothRoazRegionsAndPurmerendInheritsBeemstersThroughTheCrosswalk() {
        Map<String, Set<String>> roaz = new HashMap<>();
        cypher("MATCH (m:Municipality {graph: $graph})-[:MEMBER_OF]->(r:Region {kind: 'ROAZ'}) RETURN m.name AS m, r.name AS r")
                .forEach(r -> roaz.computeIfAbsent(r.get("m").asString(), k -> new TreeSet<>()).add(r.get("r").asString()));
        assertEquals(342, roaz.size(), "every 2025 municipality has a ROAZ region");
        assertEquals(Set.of("Netwerk Acute Zorg Noordwest", "SpoedZorgNet"), roaz.get("Amsterdam"));
        assertEquals(Set.of("Netwerk Acute Zorg Noordwest", "SpoedZorgNet"), roaz.get("Purmerend"));
        Set<String> doubles = roaz.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertEquals(Set.of("Amsterdam", "Purmerend"), doubles);
        assertTrue(count("""
                MATCH (:Municipality {name: 'Eemsdelta', graph: $graph})-[rel:MEMBER_OF]->(:Region {kind: 'ROAZ'})
                WHERE rel.crosswalk = 'derived-crosswalk' RETURN count(rel)""") == 1, "merged municipality records the crosswalk");
    }

    @Test
    void izaMembershipsKeepTheirEvidenceLevelFromTheFile() {
        Map<String, Long> expected = DataFiles.csv("iza_region_membership.csv").stream()
                .collect(Collectors.groupingBy(r -> r.get("evidence_level"), Collectors.counting()));
        Map<String, Long> actual = cypher("MATCH (:Municipality {graph: $graph})-[rel:MEMBER_OF]->(:Region {kind: 'IZA'}) RETURN rel.evidenceLevel AS e, count(*) AS n")
                .stream().collect(Collectors.toMap(r -> r.get("e").asString(), r -> r.get("n").asLong()));
        assertEquals(expected, actual);
        assertEquals(342, count("MATCH (m:Municipality {graph: $graph})-[:MEMBER_OF]->(:Region {kind: 'IZA'}) RETURN count(DISTINCT m)"));
    }

    @Test
    void izaRegionsCarryMandaatgemeenteAndSpukAmountsAsPrinted() {
        Map<String, String> row = DataFiles.csv("iza_regions.csv").stream()
                .filter(r -> r.get("iza_region_name").equals("Achterhoek")).findFirst().orElseThrow();
        Record r = cypher("MATCH (r:Region {kind: 'IZA', name: 'Achterhoek', graph: $graph})-[:MANDAATGEMEENTE]->(m) RETURN r.spukIza2025 AS a, r.spukIza2026 AS b, m.name AS m").get(0);
        assertEquals(Long.parseLong(row.get("spuk_iza_2025_eur")), r.get("a").asLong());
        assertEquals(Long.parseLong(row.get("spuk_iza_2026_eur")), r.get("b").asLong());
        assertEquals(row.get("mandaatgemeente"), r.get("m").asString());
        assertEquals(41, count("MATCH (:Region {kind: 'IZA', graph: $graph})-[:MANDAATGEMEENTE]->(m) RETURN count(m)"));
    }

    @Test
    void bordersAreSymmetricFreeAndTheWaddenIslandsConnectOnlyAcrossWater() {
        assertEquals(0, count("MATCH (a)-[:BORDERS]->(b) WHERE (b)-[:BORDERS]->(a) RETURN count(*)"), "stored once per pair");
        assertEquals(0, count("MATCH (m:Municipality {graph: $graph}) WHERE NOT (m)-[:BORDERS]-() RETURN count(m)"));
        Set<String> waterOnly = cypher("""
                MATCH (m:Municipality {graph: $graph}) WHERE ALL(b IN [(m)-[x:BORDERS]-() | x] WHERE b.contact = 'water')
                RETURN m.name AS name""").stream().map(r -> r.get("name").asString()).collect(Collectors.toSet());
        assertEquals(Set.of("Texel", "Vlieland", "Terschelling", "Ameland", "Schiermonnikoog"), waterOnly);
        assertTrue(count("MATCH (:Municipality {name: 'Utrecht', graph: $graph})-[b:BORDERS {contact: 'boundary'}]-() RETURN count(b)") >= 5);
    }

    @Test
    void everyNodeAndMembershipNamesAnExistingSource() {
        String nationalNode = "(n:Municipality OR n:Region OR n:Division OR n:Insurer OR n:Hospital) AND n.graph = $graph";
        String nationalRelationship = "MEMBER_OF|BORDERS|HOLDS_CONCESSION|TRAUMA_CENTRE_FOR|MANDAATGEMEENTE|PART_OF";
        assertTrue(count("MATCH (n) WHERE " + nationalNode + " RETURN count(n)") > 342 + 140);
        assertEquals(0, count("MATCH (n) WHERE " + nationalNode + " AND NOT EXISTS { MATCH (s:Source {id: n.source, graph: n.graph}) } RETURN count(n)"));
        assertEquals(0, count("MATCH (n) WHERE " + nationalNode + " AND n.referenceDate IS NULL RETURN count(n)"));
        assertEquals(0, count("MATCH (a {graph: $graph})-[r:" + nationalRelationship + "]->() "
                + "WHERE NOT EXISTS { MATCH (s:Source {id: r.source, graph: a.graph}) } RETURN count(r)"));
        assertEquals(0, count("MATCH (a {graph: $graph})-[r:" + nationalRelationship + "]->() WHERE r.referenceDate IS NULL RETURN count(r)"));
    }

    @Test
    void everyRegionKeepsItsMembersWithTheirProvenanceInCodeOrder() {
        List<Record> mismatches = cypher("""
                MATCH (r:Region {graph: $graph})
                WITH r, COLLECT {
                  MATCH (m:Municipality)-[rel:MEMBER_OF]->(r)
                  RETURN [m.code, coalesce(rel.source, ''), coalesce(rel.evidenceLevel, '')] AS row ORDER BY m.code
                } AS expected
                WITH r, expected, [i IN range(0, size(r.members) - 1)
                                   | [r.members[i], r.memberSources[i], r.memberEvidence[i]]] AS stored
                WHERE stored <> expected
                RETURN r.code AS region""");
        assertEquals(List.of(), mismatches.stream().map(r -> r.get("region").asString()).toList());
        assertEquals(0, count("MATCH (r:Region {graph: $graph}) WHERE r.members IS NULL RETURN count(r)"));
        assertTrue(count("MATCH (r:Region {graph: $graph}) RETURN sum(size(r.members))") >= 342 * 6);
    }

    @Test
    void everyMunicipalityKeepsItsStoredBordersWithTheirContactsInCodeOrder() {
        List<Record> mismatches = cypher("""
                MATCH (a:Municipality {graph: $graph})
                WITH a, COLLECT {
                  MATCH (a)-[b:BORDERS]->(c:Municipality) RETURN [c.code, b.contact] AS row ORDER BY c.code
                } AS expected
                WITH a, expected, [i IN range(0, size(a.borderCodes) - 1) | [a.borderCodes[i], a.borderContacts[i]]] AS stored
                WHERE stored <> expected
                RETURN a.code AS municipality""");
        assertEquals(List.of(), mismatches.stream().map(r -> r.get("municipality").asString()).toList());
        assertEquals(count("MATCH (:Municipality {graph: $graph})-[b:BORDERS]->() RETURN count(b)"),
                count("MATCH (m:Municipality {graph: $graph}) RETURN sum(size(m.borderCodes))"));
    }

    @Test
    void aStoreImportedBeforeTheReadModelGetsItAtStart() {
        client().write(tx -> tx.run("""
                MATCH (r:Region {code: 'GG0111', graph: $graph}) REMOVE r.members, r.memberSources, r.memberEvidence
                WITH count(*) AS done
                MATCH (m:Municipality {code: 'GM0014', graph: $graph}) REMOVE m.borderCodes, m.borderContacts""").consume());
        assertFalse(NationalImporter.importIfAbsent(client()));
        assertEquals(10, count("MATCH (r:Region {code: 'GG0111', graph: $graph}) RETURN size(r.members)"));
        assertEquals(count("MATCH (:Municipality {code: 'GM0014', graph: $graph})-[b:BORDERS]->() RETURN count(b)"),
                count("MATCH (m:Municipality {code: 'GM0014', graph: $graph}) RETURN size(m.borderCodes)"));
    }

    @Test
    void importingAgainChangesNothing() {
        long nodes = count("MATCH (n) RETURN count(n)");
        long rels = count("MATCH ()-[r]->() RETURN count(r)");
        NationalImporter.importInto(client(), NationalDataLoader.load());
        assertEquals(nodes, count("MATCH (n) RETURN count(n)"));
        assertEquals(rels, count("MATCH ()-[r]->() RETURN count(r)"));
        assertFalse(NationalImporter.importIfAbsent(client()), "a present national dataset is not imported again");
    }
}
