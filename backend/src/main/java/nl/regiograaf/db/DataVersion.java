package nl.regiograaf.db;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * The version of the data in the graph: {@code (:Meta {id:'regiograaf'}).dataVersion}, incremented by every
 * write in the same transaction as the write. Analyses are computed once per version and reused.
 * This instance learns of its own writes at once ({@link #observe}) and of other instances' writes by
 * polling, so several app instances on one Neo4j converge within the poll interval.
 */
public final class DataVersion implements AutoCloseable {

    private final GraphClient graph;
    private final AtomicLong version = new AtomicLong(-1);
    private final ScheduledExecutorService poller;
    private volatile boolean reachable = true;

    public DataVersion(GraphClient graph, long pollMillis) {
        this.graph = graph;
        refresh();
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "data-version-poll");
            t.setDaemon(true);
            return t;
        });
        if (pollMillis > 0) {
            poller.scheduleWithFixedDelay(this::refresh, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** The latest version known to this instance. */
    public long current() {
        return version.get();
    }

    /** Whether the last look at Neo4j succeeded. */
    public boolean reachable() {
        return reachable;
    }

    /** Reads the version from the graph now. */
    public void refresh() {
        try {
            long v = graph.read(tx -> tx.run(Cypher.query("queries/data_version")).single().get("version").asLong());
            observe(v);
            reachable = true;
        } catch (RuntimeException e) {
            reachable = false;
        }
    }

    /** Records a version seen after a committed write; versions only go up. */
    public void observe(long v) {
        version.accumulateAndGet(v, Math::max);
    }

    /** Increments the version inside a write transaction; call {@link #observe} with the result after commit. */
    public static long bump(TransactionContext tx) {
        return tx.run(Cypher.query("import/bump_version"), Map.of()).single().get("version").asLong();
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
