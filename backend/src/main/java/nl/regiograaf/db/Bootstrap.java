package nl.regiograaf.db;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import nl.regiograaf.server.StartupState;
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
    private final Consumer<StartupState> imports;
    private final StartupState state;
    private final java.util.function.BooleanSupplier schemaProven;
    private final ScheduledExecutorService retry = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bootstrap-retry");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean done;

    public Bootstrap(GraphClient graph, Runnable imports) {
        this(graph, state -> imports.run(), StartupState.starting(), () -> false);
    }

    /**
     * {@code imports} report their steps to the state; the state goes to {@code import}, then {@code ready}. When
     * {@code schemaProven} says so (the store's startup marker, which covers {@code schema.cypher}), the schema is not
     * checked again.
     */
    public Bootstrap(GraphClient graph, Consumer<StartupState> imports, StartupState state,
                     java.util.function.BooleanSupplier schemaProven) {
        this.graph = graph;
        this.imports = imports;
        this.state = state;
        this.schemaProven = schemaProven;
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

    private synchronized boolean attempt() {
        if (done) {
            return true;
        }
        try {
            long t0 = System.nanoTime();
            if (!schemaProven.getAsBoolean()) {
                SchemaInitializer.apply(graph);
            }
            // On a cold JVM the first statement loads Neo4j's Cypher compiler: the part of a restart Neo4j spends after
            // its own start (bench/run reports it apart).
            LOG.info("Neo4j answered the first queries of this start in {} ms", (System.nanoTime() - t0) / 1_000_000);
            state.enter(StartupState.Phase.IMPORT);
            imports.accept(state);
            done = true;
            state.enter(StartupState.Phase.READY);
            return true;
        } catch (org.neo4j.driver.exceptions.ServiceUnavailableException
                 | org.neo4j.driver.exceptions.SessionExpiredException
                 | org.neo4j.driver.exceptions.SecurityException e) {
            // SecurityException: an embedded store that came up a moment ago may not have its password set yet.
            LOG.warn("Neo4j not reachable yet ({}); retrying", e.getMessage());
            return false;
        }
    }

    @Override
    public void close() {
        retry.shutdownNow();
    }
}
