package nl.regiograaf.db;

import java.util.HashMap;
import java.util.Map;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

/**
 * A transaction that gives every statement naming {@code $graph} the version of the national graph in force, read once
 * per transaction (and only when a statement needs it): all statements of one transaction then read the same version,
 * even when a versioned import switches to a new one meanwhile (the old one stays until no reader can still use it).
 * A caller that passes {@code graph} itself (the importer writing a version not yet in force) keeps its own. A write
 * transaction first takes the lock a switch takes (see {@code import/graph_lock.cypher}), so no write commits on a
 * version that a switch has replaced.
 */
public final class GraphVersionTx implements TransactionContext {

    /** The parameter and node property naming a national graph version. */
    static final String PARAMETER = "graph";
    private static final String MARK = "$" + PARAMETER;

    private final TransactionContext tx;
    private boolean unlocked;
    private Long inForce;

    /**
     * {@code write}: a write transaction, which takes the Meta node's write lock before its first statement (see
     * {@code import/graph_lock.cypher}).
     */
    GraphVersionTx(TransactionContext tx, boolean write) {
        this.tx = tx;
        this.unlocked = write;
    }

    /** Every write transaction locks first: writes then queue in one order (no deadlock among them or with a switch). */
    private void lockFirst() {
        if (unlocked) {
            unlocked = false;
            tx.run(Cypher.query("import/graph_lock")).consume();
        }
    }

    /** {@code tx} with {@code $graph} meaning version {@code graph}: the importer writing a version not yet in force. */
    public static TransactionContext at(TransactionContext tx, long graph) {
        GraphVersionTx at = new GraphVersionTx(tx, false);
        at.inForce = graph;
        return at;
    }

    /** The version in force as this transaction sees it: -1 when the store holds no national graph yet. */
    long inForce() {
        if (inForce == null) {
            Value v = tx.run(Cypher.query("queries/graph_in_force")).single().get("graph");
            inForce = v.isNull() ? -1L : v.asLong();
        }
        return inForce;
    }

    private Map<String, Object> with(String query, Map<String, Object> parameters) {
        if (!query.contains(MARK) || (parameters != null && parameters.containsKey(PARAMETER))) {
            return parameters;
        }
        Map<String, Object> all = parameters == null ? new HashMap<>() : new HashMap<>(parameters);
        all.put(PARAMETER, inForce());
        return all;
    }

    @Override
    public Result run(String query, Value parameters) {
        return run(query, parameters == null || parameters.isNull() ? Map.of() : parameters.asMap());
    }

    @Override
    public Result run(String query, Map<String, Object> parameters) {
        lockFirst();
        return tx.run(query, with(query, parameters));
    }

    @Override
    public Result run(String query, Record parameters) {
        return run(query, parameters == null ? Map.of() : parameters.asMap());
    }

    @Override
    public Result run(String query) {
        return run(query, Map.of());
    }

    @Override
    public Result run(Query query) {
        lockFirst();
        return tx.run(query.withParameters(Values.value(with(query.text(), query.parameters().asMap()))));
    }
}
