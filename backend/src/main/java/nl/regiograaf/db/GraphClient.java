package nl.regiograaf.db;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;

/**
 * The single way the application talks to Neo4j: the official driver, named Cypher files,
 * parameters only, and a timeout on every transaction. Reads run in read transactions so a
 * {@code neo4j://} cluster can route them to followers.
 */
public final class GraphClient implements AutoCloseable {

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final TransactionConfig readTx;
    private final TransactionConfig writeTx;
    private final int rowCap;

    public GraphClient(String uri, String user, String password, String database, Duration queryTimeout, int rowCap) {
        // Fail fast (about 1 s) when Neo4j is gone: the API answers 503 and the caller may retry.
        Config config = Config.builder()
                .withConnectionTimeout(1, TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(2, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(0, TimeUnit.SECONDS)
                .withLogging(Logging.slf4j())
                .withoutEncryption()
                .build();
        this.driver = password.isEmpty()
                ? GraphDatabase.driver(uri, AuthTokens.none(), config)
                : GraphDatabase.driver(uri, AuthTokens.basic(user, password), config);
        // One bookmark manager for all sessions: a read after a write (or after reading a newer data version) waits
        // until the cluster member serving it has that transaction, so no answer is cached under a version it lacks.
        SessionConfig.Builder sessions = SessionConfig.builder().withBookmarkManager(new SharedBookmarks());
        this.sessionConfig = database == null ? sessions.build() : sessions.withDatabase(database).build();
        this.readTx = TransactionConfig.builder().withTimeout(queryTimeout).build();
        // Imports may legitimately run long; they get more time than an interactive read.
        this.writeTx = TransactionConfig.builder().withTimeout(queryTimeout.multipliedBy(30)).build();
        this.rowCap = rowCap;
    }

    /** Runs {@code work} in one read transaction. */
    public <T> T read(Function<TransactionContext, T> work) {
        try (var session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> work.apply(new GraphVersionTx(tx, false)), readTx);
        }
    }

    /** Runs {@code work} in one write transaction: all of it commits, or none. */
    public <T> T write(Function<TransactionContext, T> work) {
        try (var session = driver.session(sessionConfig)) {
            return session.executeWrite(tx -> work.apply(new GraphVersionTx(tx, true)), writeTx);
        }
    }

    /**
     * Runs one schema statement (or the read before them) in a write transaction of its own, without the lock every
     * other write takes first: Neo4j refuses a schema change in a transaction that wrote data.
     */
    public <T> T schema(Function<TransactionContext, T> work) {
        try (var session = driver.session(sessionConfig)) {
            return session.executeWrite(work::apply, writeTx);
        }
    }

    /** Reads the rows of a named query, at most the row cap; the answer says whether it was cut. */
    public Rows query(String name, Map<String, Object> params) {
        return read(tx -> fetch(tx, name, params, rowCap));
    }

    /** Reads every row of a named query; for internal queries whose size is bounded by the data model. */
    public List<Record> queryAll(String name, Map<String, Object> params) {
        return read(tx -> tx.run(Cypher.query(name), params).list());
    }

    public static Rows fetch(TransactionContext tx, String name, Map<String, Object> params, int cap) {
        Result result = tx.run(Cypher.query(name), params);
        List<Record> rows = new ArrayList<>();
        while (result.hasNext()) {
            if (rows.size() == cap) {
                result.consume();
                return new Rows(rows, true);
            }
            rows.add(result.next());
        }
        return new Rows(rows, false);
    }

    /**
     * Runs a named query that collects its rows into one record ({@code rows}: a list of lists, cut at {@code $cap};
     * {@code truncated}): one Bolt record instead of one per row, which costs a fraction on large answers.
     */
    public static Collected collected(TransactionContext tx, String name, Map<String, Object> params, int cap) {
        Map<String, Object> withCap = new java.util.HashMap<>(params);
        withCap.put("cap", cap);
        List<Record> records = tx.run(Cypher.query(name), withCap).list();
        if (records.isEmpty()) {
            return new Collected(List.of(), false);
        }
        Record record = records.get(0);
        return new Collected(record.get("rows").asList(v -> v.asList(org.neo4j.driver.Value::asObject)),
                record.get("truncated").asBoolean());
    }

    public boolean reachable() {
        try {
            driver.verifyConnectivity();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The longest a read transaction may run. */
    public Duration readTimeout() {
        return readTx.timeout();
    }

    public int rowCap() {
        return rowCap;
    }

    @Override
    public void close() {
        driver.close();
    }

    /** Rows collected by the query (each a list of plain values) and the cap flag. */
    public record Collected(List<List<Object>> rows, boolean truncated) {
    }

    /** Query rows with the flag that tells a capped answer from a complete one. */
    public record Rows(List<Record> records, boolean truncated) {
    }
}
