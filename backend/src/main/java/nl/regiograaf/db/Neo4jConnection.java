package nl.regiograaf.db;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import nl.regiograaf.config.AppConfig;
import nl.regiograaf.config.StartupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured Neo4j: the embedded one under the data dir, or the server at NEO4J_URI. {@link #prepare} makes the
 * driver client without waiting for the database (the driver connects lazily), so the HTTP port can answer while
 * {@link #startDatabase} brings the embedded store up.
 */
public final class Neo4jConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Neo4jConnection.class);

    private final AppConfig config;
    private final GraphClient client;
    private final int boltPort;
    private final String password;
    private volatile EmbeddedNeo4j embedded;
    private volatile boolean closed;

    private Neo4jConnection(AppConfig config, GraphClient client, int boltPort, String password) {
        this.config = config;
        this.client = client;
        this.boltPort = boltPort;
        this.password = password;
    }

    /** Opens the database and waits for it (the CLI). */
    public static Neo4jConnection open(AppConfig config) {
        return prepare(config).startDatabase();
    }

    /** The client, before the database is up; for the embedded store also checks the data directory is usable. */
    public static Neo4jConnection prepare(AppConfig config) {
        Duration timeout = Duration.ofMillis(config.queryTimeoutMillis());
        if (config.embedded()) {
            usableDirectory(store(config));
            int port = config.boltPort() == 0 ? freeLoopbackPort() : config.boltPort();
            String password = EmbeddedNeo4j.newPassword();
            GraphClient client = new GraphClient("bolt://127.0.0.1:" + port, EmbeddedNeo4j.USER, password, null,
                    timeout, config.rowCap());
            return new Neo4jConnection(config, client, port, password);
        }
        String uri = config.neo4jUri().orElseThrow();
        LOG.info("Using Neo4j at {}", uri);
        GraphClient client = new GraphClient(uri, config.neo4jUser(), config.neo4jPassword(),
                config.neo4jDatabase().orElse(null), timeout, config.rowCap());
        return new Neo4jConnection(config, client, -1, null);
    }

    /** Starts the embedded database (no-op for a server); a start the user must fix is a {@link StartupException}. */
    public synchronized Neo4jConnection startDatabase() {
        if (closed) {
            throw new StartupException("stopped before the database started");
        }
        if (!config.embedded() || embedded != null) {
            return this;
        }
        Path store = store(config);
        try {
            // close() waits on this lock, so a stop during the start shuts the store down once it is up.
            embedded = EmbeddedNeo4j.start(store, boltPort, password);
        } catch (RuntimeException e) {
            throw explain(e, store);
        }
        LOG.info("Embedded Neo4j started, store {}, Bolt {}", store, embedded.boltUri());
        return this;
    }

    static Path store(AppConfig config) {
        return config.dataDir().resolve("neo4j");
    }

    /** The store directory exists (created when absent) and accepts a file; else one line naming REGIOGRAAF_DATA_DIR. */
    private static void usableDirectory(Path store) {
        try {
            Files.createDirectories(store);
            Path probe = Files.createTempFile(store, ".write-check", null);
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new StartupException("data directory " + store.getParent() + " is not usable (" + describe(e)
                    + "); set REGIOGRAAF_DATA_DIR to a writable directory", e);
        }
    }

    private static RuntimeException explain(RuntimeException e, Path store) {
        if (e instanceof StartupException) {
            return e;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage());
            if (name.equals("FileLockException") || message.contains("locked by another process")) {
                return new StartupException("the Neo4j store " + store + " is in use by another process (another "
                        + "Regiograaf running?); stop it, or set REGIOGRAAF_DATA_DIR to another directory", e);
            }
            if (name.equals("PortBindException") || t instanceof java.net.BindException) {
                return new StartupException("the Bolt port of the embedded Neo4j is in use; set REGIOGRAAF_BOLT_PORT "
                        + "to a free port (or 0 for any free port)", e);
            }
        }
        return new StartupException("the embedded Neo4j did not start (" + describe(e) + "); see the log above, "
                + "or set REGIOGRAAF_DATA_DIR to a fresh directory", e);
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new StartupException("no free loopback port for the embedded Neo4j; set REGIOGRAAF_BOLT_PORT", e);
        }
    }

    public GraphClient client() {
        return client;
    }

    public Optional<EmbeddedNeo4j> embedded() {
        return Optional.ofNullable(embedded);
    }

    @Override
    public synchronized void close() {
        closed = true;
        client.close();
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }
}
