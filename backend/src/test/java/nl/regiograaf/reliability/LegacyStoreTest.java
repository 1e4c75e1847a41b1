package nl.regiograaf.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.regiograaf.db.SchemaInitializer;
import nl.regiograaf.importer.NationalImporter;
import org.junit.jupiter.api.Test;

/**
 * A store written before the national graph was versioned (no `graph` on its nodes, codes unique outright, no version
 * in force, no hash of the national files) becomes version 1 at its first start with this build, keeping its data.
 */
class LegacyStoreTest {

    @Test
    void aStoreFromBeforeVersioningBecomesVersionOneAtItsNextStart() throws Exception {
        Path dir = Files.createTempDirectory("regiograaf-legacy");
        try (Instances.Store store = Instances.Store.open(dir.resolve("neo4j"))) {
            var client = store.client();
            SchemaInitializer.apply(client);
            NationalImporter.importIfAbsent(client);
            long municipalities = count(client, "MATCH (m:Municipality) RETURN count(m)");
            long memberships = count(client, "MATCH ()-[r:MEMBER_OF]->() RETURN count(r)");
            // What an earlier build left: no versions, the old single-property constraints.
            client.write(tx -> tx.run("""
                    MATCH (n) WHERE n:Municipality OR n:Region OR n:Division OR n:Source OR n:Insurer OR n:Hospital
                                    OR n:PackedBorders
                    REMOVE n.graph
                    WITH count(*) AS done
                    MATCH (meta:Meta {id: 'regiograaf'}) REMOVE meta.currentGraph, meta.lastGraph, meta.pendingGraph
                    WITH count(*) AS done
                    MATCH (d:Dataset {id: 'national'}) REMOVE d.contentHash, d.graph""").consume());
            for (String constraint : List.of("municipality_code_graph", "region_code_graph", "source_id_graph",
                    "insurer_name_graph", "hospital_name_graph")) {
                client.schema(tx -> tx.run("DROP CONSTRAINT " + constraint).consume());
            }
            client.schema(tx -> tx.run("CREATE CONSTRAINT municipality_code FOR (m:Municipality) REQUIRE m.code IS UNIQUE").consume());
            client.schema(tx -> tx.run("CREATE CONSTRAINT region_code FOR (r:Region) REQUIRE r.code IS UNIQUE").consume());

            // The next start.
            SchemaInitializer.apply(client);
            assertFalse(NationalImporter.importIfAbsent(client), "the data it holds is kept, not imported again");

            List<String> constraints = client.read(tx -> tx.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get("name").asString()));
            assertFalse(constraints.contains("municipality_code") || constraints.contains("region_code"), constraints.toString());
            assertTrue(constraints.contains("municipality_code_graph") && constraints.contains("region_code_graph"), constraints.toString());
            assertEquals(1, count(client, "MATCH (meta:Meta {id: 'regiograaf'}) RETURN meta.currentGraph"));
            assertEquals(0, count(client, """
                    MATCH (n) WHERE (n:Municipality OR n:Region OR n:Division OR n:Source OR n:Insurer OR n:Hospital
                                     OR n:PackedBorders) AND n.graph IS NULL
                    RETURN count(n)"""));
            assertEquals(municipalities, count(client, "MATCH (m:Municipality {graph: $graph}) RETURN count(m)"));
            assertEquals(memberships, count(client, "MATCH (:Municipality {graph: $graph})-[r:MEMBER_OF]->() RETURN count(r)"));
            assertEquals(1, count(client, "MATCH (d:Dataset {id: 'national'}) WHERE d.contentHash IS NOT NULL RETURN count(d)"));
            // And it takes the next version like any store.
            NationalImporter.importVersion(client, nl.regiograaf.importer.NationalDataLoader.load(), s -> { }, () -> { },
                    java.time.Duration.ZERO);
            assertEquals(municipalities, count(client, "MATCH (m:Municipality) RETURN count(m)"));
            assertTrue(count(client, "MATCH (meta:Meta {id: 'regiograaf'}) RETURN meta.currentGraph") > 1);
        }
    }

    private static long count(nl.regiograaf.db.GraphClient client, String query) {
        return client.read(tx -> tx.run(query).single().get(0).asLong());
    }
}
