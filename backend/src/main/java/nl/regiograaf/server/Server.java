package nl.regiograaf.server;

import io.javalin.Javalin;
import java.util.List;
import nl.regiograaf.config.AppConfig;
import nl.regiograaf.config.StartupException;
import nl.regiograaf.db.Bootstrap;
import nl.regiograaf.db.DataVersion;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.db.Neo4jConnection;
import nl.regiograaf.importer.NationalImporter;
import nl.regiograaf.importer.EditionImporter;
import nl.regiograaf.importer.StartupMarker;
import nl.regiograaf.importer.SupportDataImporter;
import nl.regiograaf.web.App;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running server. The HTTP port opens first, so the page and {@code /api/health} answer within a second or two
 * of launch; then Neo4j starts (embedded unless NEO4J_URI is set), then schema and startup imports run; the API
 * answers 503 with Retry-After until they are done. {@link #close} stops Javalin, then Neo4j, so the store needs
 * no recovery at the next start.
 */
public final class Server implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Server.class);

    private final StartupState state;
    private final Neo4jConnection neo4j;
    private final DataVersion dataVersion;
    private final Javalin app;
    private volatile Bootstrap bootstrap;
    private volatile boolean closed;

    private Server(StartupState state, Neo4jConnection neo4j, DataVersion dataVersion, Javalin app) {
        this.state = state;
        this.neo4j = neo4j;
        this.dataVersion = dataVersion;
        this.app = app;
    }

    /** Opens the HTTP port (a {@link StartupException} when it is taken); the database is not started yet. */
    public static Server listen(AppConfig config) {
        StartupState state = StartupState.starting();
        Neo4jConnection neo4j = Neo4jConnection.prepare(config);
        DataVersion dataVersion = DataVersion.notYetPolling(neo4j.client());
        Javalin app = App.create(config, neo4j.client(), dataVersion, state);
        try {
            app.start(config.port());
        } catch (RuntimeException e) {
            dataVersion.close();
            neo4j.close();
            if (isBindFailure(e)) {
                throw new StartupException("port " + config.port() + " is in use; set REGIOGRAAF_PORT to a free port", e);
            }
            throw e;
        }
        LOG.info("Regiograaf listening on http://localhost:{}/ ({} ms after launch); starting the database",
                app.port(), state.millisSinceStart());
        answerOnce(app.port());
        return new Server(state, neo4j, dataVersion, app);
    }

    /**
     * One request to the waiting screen's endpoints before Neo4j starts: the first answer of a cold Jetty and Jackson took
     * over a second when it had to compete with Neo4j's start for two cores; now the first user's request finds them
     * loaded. A failure only means that user waits a little longer.
     */
    private static void answerOnce(int port) {
        long t0 = System.nanoTime();
        for (String path : List.of("/api/health", "/")) {
            try {
                java.net.HttpURLConnection c = (java.net.HttpURLConnection)
                        java.net.URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(2000);
                c.setRequestProperty("Accept-Encoding", "gzip");
                c.getResponseCode();
                (c.getErrorStream() != null ? c.getErrorStream() : c.getInputStream()).readAllBytes();
                c.disconnect();
            } catch (java.io.IOException e) {
                LOG.debug("First request to {} failed: {}", path, e.toString());
            }
        }
        LOG.info("Answered the first requests in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }

    /** Starts the database and runs the startup imports; returns when the API is ready. */
    public Server bringUp() {
        neo4j.startDatabase();
        if (closed) {
            return this;
        }
        // A store whose marker proves this build's imports complete also has this build's schema (the marker covers it).
        StartupMarker.Check marker = new StartupMarker.Check(neo4j.client());
        bootstrap = new Bootstrap(neo4j.client(), startupImports(neo4j.client(), dataVersion, marker), state,
                marker::present).start(2000);
        // Polling starts after the first start attempt (which ends by reading the version): polled beside it, the first
        // statement of a cold JVM compiled in two threads at once and the restart took ~0.5 s longer.
        dataVersion.startPolling(1000);
        if (bootstrap.done()) {
            warmUp();
        }
        return this;
    }

    /**
     * What every first page load asks (and the analyses most asked after it), requested once in the background as soon
     * as the app is ready: the first visitor then gets cached answers instead of waiting seconds for the first Cypher
     * compilations and computations of a cold JVM. Failures only mean the first visitor computes them.
     */
    static final List<String> WARM_UP_PATHS = List.of("/api/geometry/municipalities", "/api/municipalities",
            "/api/memberships", "/api/divisions", "/api/regions?kind=GGD", "/api/regions?kind=VR", "/api/regions?kind=ZK",
            "/api/regions?kind=ROAZ", "/api/regions?kind=IZA", "/api/regions?kind=PROVINCE", "/api/overlaps?a=GGD&b=ZK",
            "/api/overlaps/ggd", "/api/partition-check", "/api/search?q=am");

    private void warmUp() {
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            for (String path : WARM_UP_PATHS) {
                if (closed) {
                    return;
                }
                try {
                    http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + app.port() + path))
                                    .header("Accept-Encoding", "gzip").timeout(java.time.Duration.ofSeconds(60)).build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding());
                } catch (java.io.IOException e) {
                    LOG.debug("Warm-up request {} failed: {}", path, e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            LOG.info("Warmed up the first page load's answers in {} ms", (System.nanoTime() - t0) / 1_000_000);
        }, "regiograaf-warm-up");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return app.port();
    }

    public StartupState state() {
        return state;
    }

    /**
     * The imports at every start: nothing when the store's marker proves this build's imports complete; else the
     * national data when absent, then the real and demo datasets when their content changed, then the marker. Each
     * write bumps the data version in its transaction; the refresh makes this instance see it at once.
     */
    public static java.util.function.Consumer<StartupState> startupImports(GraphClient client, DataVersion dataVersion) {
        return startupImports(client, dataVersion, new StartupMarker.Check(client));
    }

    /** As above, with the marker check the schema step of the same start already made. */
    static java.util.function.Consumer<StartupState> startupImports(GraphClient client, DataVersion dataVersion,
                                                                    StartupMarker.Check marker) {
        return state -> {
            if (marker.present()) {
                LOG.info("Startup imports already complete for this build (marker {}); nothing to check",
                        marker.fingerprint().substring(0, 12));
            } else {
                state.expectSteps(NationalImporter.STEPS + SupportDataImporter.STEPS + 1);
                NationalImporter.importIfAbsent(client, state::step);
                SupportDataImporter.importAtStartup(client, state::step);
                state.step("older editions");
                EditionImporter.importAtStartup(client);
                marker.write();
            }
            dataVersion.refresh();
        };
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException || t.getClass().getSimpleName().equals("JavalinBindException")) {
                return true;
            }
        }
        return false;
    }

    /** Stops HTTP first (no request reaches a closing database), then the background work, then Neo4j. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long t0 = System.nanoTime();
        app.stop();
        if (bootstrap != null) {
            bootstrap.close();
        }
        dataVersion.close();
        neo4j.close();
        LOG.info("Stopped cleanly in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }
}
