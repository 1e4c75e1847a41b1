package nl.regiograaf.db;

/** Applies {@code cypher/schema.cypher}: constraints and indexes, each {@code IF NOT EXISTS}. */
public final class SchemaInitializer {

    private SchemaInitializer() {
    }

    /** The name each statement creates: {@code CREATE CONSTRAINT|INDEX <name> IF NOT EXISTS}. */
    private static final java.util.regex.Pattern NAME =
            java.util.regex.Pattern.compile("CREATE\\s+(?:CONSTRAINT|INDEX)\\s+(\\w+)\\s+IF NOT EXISTS");
    /** The name each statement removes: {@code DROP CONSTRAINT|INDEX <name> IF EXISTS} (a schema this build replaced). */
    private static final java.util.regex.Pattern DROPS =
            java.util.regex.Pattern.compile("DROP\\s+(?:CONSTRAINT|INDEX)\\s+(\\w+)\\s+IF EXISTS");

    public static void apply(GraphClient client) {
        // Only the missing ones: on an existing store the thirteen schema transactions cost seconds of a cold start.
        java.util.Set<String> present = new java.util.HashSet<>();
        // Usually the first Cypher of the JVM: compiling it loads the Cypher stack, which on a loaded 2-core machine
        // (or in a 256 MB heap) took over the read timeout of 10 s and stopped the first start. A write transaction
        // has the longer write timeout; the statement itself only reads.
        String query = Cypher.query("queries/schema_names");
        client.schema(tx -> tx.run(query).list()).forEach(r -> present.add(r.get("name").asString()));
        for (String statement : Cypher.statements("schema")) {
            java.util.regex.Matcher name = NAME.matcher(statement);
            if (name.find() && present.contains(name.group(1))) {
                continue;
            }
            java.util.regex.Matcher drops = DROPS.matcher(statement);
            if (drops.find() && !present.contains(drops.group(1))) {
                continue;
            }
            // Schema statements cannot share a transaction with each other's data, so one tx per statement.
            client.schema(tx -> tx.run(statement).consume());
        }
    }
}
