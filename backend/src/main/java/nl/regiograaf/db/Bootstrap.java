package nl.regiograaf.db;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the graph to a usable state: schema, then the startup imports. When Neo4j cannot be reached
 * (a remote server that is down) the app still starts and answers 503; this keeps retrying in the
 * background until the database is there, so the app recovers by itself.
 */
public final class Bootstrap implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Bootstrap.class);

    private final GraphClient graph;
    private final Runnable imports;
    private final ScheduledExecutorService retry = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bootstrap-retry");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean done;

    public Bootstrap(GraphClient graph, Runnable imports) {
        this.graph = graph;
        this.imports = imports;
    }

    /** Tries once now; on failure keeps trying every {@code retryMillis} in the background. */
    public Bootstrap start(long retryMillis) {
        if (!attempt()) {
            retry.scheduleWithFixedDelay(() -> {
                if (!done && attempt()) {
                    retry.shutdown();
                }
            }, retryMillis, retryMillis, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    public boolean done() {
        return done;
    }

    private boolean attempt() {
        try {
            SchemaInitializer.apply(graph);
            imports.run();
            done = true;
            return true;
        } catch (org.neo4j.driver.exceptions.ServiceUnavailableException
                 | org.neo4j.driver.exceptions.SessionExpiredException e) {
            LOG.warn("Neo4j not reachable yet ({}); retrying", e.getMessage());
            return false;
        }
    }

    @Override
    public void close() {
        retry.shutdownNow();
    }
}
