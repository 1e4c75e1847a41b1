package nl.regiograaf.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.regiograaf.support.TestGraph;
import org.junit.jupiter.api.Test;

/** Startup runs only the schema statements whose constraint or index is missing, and those it does run. */
class SchemaInitializerTest {

    private final GraphClient client = TestGraph.get().client();

    private List<String> names() {
        return client.queryAll("queries/schema_names", Map.of()).stream().map(r -> r.get("name").asString()).toList();
    }

    @Test
    void aMissingIndexIsCreatedAgainAndNothingIsDuplicated() {
        int before = names().size();
        client.schema(tx -> tx.run("DROP INDEX municipality_name").consume());
        assertTrue(names().stream().noneMatch("municipality_name"::equals));
        SchemaInitializer.apply(client);
        assertTrue(names().contains("municipality_name"));
        assertEquals(before, names().size());
        SchemaInitializer.apply(client);
        assertEquals(before, names().size());
    }
}
