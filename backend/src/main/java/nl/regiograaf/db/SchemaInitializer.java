package nl.regiograaf.db;

/** Applies {@code cypher/schema.cypher}: constraints and indexes, each {@code IF NOT EXISTS}. */
public final class SchemaInitializer {

    private SchemaInitializer() {
    }

    public static void apply(GraphClient client) {
        // Schema statements cannot share a transaction with each other's data, so one tx per statement.
        for (String statement : Cypher.statements("schema")) {
            client.write(tx -> tx.run(statement).consume());
        }
    }
}
