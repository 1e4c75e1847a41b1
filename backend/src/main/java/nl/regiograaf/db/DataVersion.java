package nl.regiograaf.db;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * The version of the data in the graph: {@code (:Meta {id:'regiograaf'}).dataVersion}, incremented by every
 * write in the same transaction as the write, and {@code nationalVersion}, the data version of the last write to the
 * national reference graph. Answers are computed once per version and reused: those drawn from the national graph
 * alone (overlaps, partition checks, the network) per national version, so a user import does not recompute them.
 * This instance learns of its own writes at once ({@link #observe}) and of other instances' writes by
 * polling, so several app instances on one Neo4j converge within the poll interval.
 */
public final class DataVersion implements AutoCloseable {

    private final GraphClient graph;
    private final AtomicLong version = new AtomicLong(-1);
    private final AtomicLong national = new AtomicLong(-1);
    private final ScheduledExecutorService poller;
    private volatile boolean reachable = true;

    public DataVersion(GraphClient graph, long pollMillis) {
        this(graph);
        refresh();
        startPolling(pollMillis);
    }

    private DataVersion(GraphClient graph) {
        this.graph = graph;
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "data-version-poll");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * A version that does not touch Neo4j until {@link #startPolling}: while the embedded store starts, a login before
     * its password is set would count as a failed attempt and lock the app's own user out for seconds.
     */
    public static DataVersion notYetPolling(GraphClient graph) {
        DataVersion v = new DataVersion(graph);
        v.reachable = false;
        return v;
    }

    /** Reads the version now and then every {@code pollMillis} (none when 0). */
    public void startPolling(long pollMillis) {
        if (pollMillis > 0) {
            poller.scheduleWithFixedDelay(this::refresh, 0, pollMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** The latest version known to this instance. */
    public long current() {
        return version.get();
    }

    /** The latest national version known to this instance (never above {@link #current}). */
    public long national() {
        return national.get();
    }

    /** Whether the last look at Neo4j succeeded. */
    public boolean reachable() {
        return reachable;
    }

    /** Reads the version from the graph now. */
    public void refresh() {
        try {
            long[] v = graph.read(tx -> {
                var r = tx.run(Cypher.query("queries/data_version")).single();
                return new long[] {r.get("version").asLong(), r.get("nationalVersion").asLong()};
            });
            national.accumulateAndGet(v[1], Math::max);
            observe(v[0]);
            reachable = true;
        } catch (RuntimeException e) {
            reachable = false;
        }
    }

    /** Records a version seen after a committed write; versions only go up. */
    public void observe(long v) {
        version.accumulateAndGet(v, Math::max);
    }

    /**
     * Records a version seen after a committed write to the national graph ({@link #bumpNational}): it is both the
     * data and the national version.
     */
    public void observeNational(long v) {
        national.accumulateAndGet(v, Math::max);
        observe(v);
    }

    /**
     * Increments the version inside a write transaction that leaves the national graph as it was (support points,
     * ketenaanpakken); call {@link #observe} with the result after commit.
     */
    public static long bump(TransactionContext tx) {
        return tx.run(Cypher.query("import/bump_version"), Map.of()).single().get("version").asLong();
    }

    /**
     * Increments the version inside a write transaction that changes the national graph; see {@link #observeNational}.
     * Writers call it through {@code NationalImporter.finishNationalWrite}, which also rewrites the regions' member lists.
     */
    public static long bumpNational(TransactionContext tx) {
        return tx.run(Cypher.query("import/bump_national_version"), Map.of()).single().get("version").asLong();
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
