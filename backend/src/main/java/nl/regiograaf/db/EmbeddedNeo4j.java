package nl.regiograaf.db;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilderImplementation;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j Community started in-process with only its Bolt connector, on loopback. The application never
 * calls the embedded API for data: everything goes through the Bolt driver, so embedded and remote
 * deployments run the same code.
 *
 * <p>Authentication is on: any process on the machine (or a web page, through Bolt over WebSocket) can reach the
 * loopback port, and without it could read and write the graph past the admin token. The password is random per
 * start, held in memory only and never logged; only this process's own driver knows it.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    public static final String USER = "neo4j";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DatabaseManagementService dbms;
    private final int boltPort;
    private final String password;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort, String password) {
        this.dbms = dbms;
        this.boltPort = boltPort;
        this.password = password;
    }

    /** Starts the database with its store under {@code storeDir}; {@code boltPort} 0 picks a free port. */
    public static EmbeddedNeo4j start(Path storeDir, int boltPort) {
        return start(storeDir, boltPort, newPassword());
    }

    /** As {@link #start(Path, int)} with a given password (a test that restarts the store keeps its clients). */
    public static EmbeddedNeo4j start(Path storeDir, int boltPort, String password) {
        long t0 = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilderImplementation(storeDir.toAbsolutePath().normalize())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, Long.getLong("regiograaf.pagecacheMb", 64L) * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                .setConfigRaw(Map.of(
                        "db.tx_log.rotation.retention_policy", "2 files",
                        "db.tx_log.rotation.size", "16M",
                        "dbms.usage_report.enabled", "false",
                        // Bolt's Netty loops otherwise wait a 5 s quiet period each (boss, then workers) on shutdown,
                        // which made a clean SIGTERM take over 10 s; the app's own driver is closed before this point.
                        "internal.dbms.bolt.netty_server_shutdown_quiet_period", "0",
                        "internal.dbms.bolt.netty_server_shutdown_timeout", "5s",
                        // No lock-out after failed logins: a client that tries before the password is set (the store
                        // restarted under a running app) would otherwise lock the app's own user out for good; the
                        // password is 256 random bits, so guessing is no concern.
                        "dbms.security.auth_max_failed_attempts", "0"))
                .build();
        long built = System.nanoTime();
        GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            setPassword(system, password);
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
        LOG.info("Neo4j's own start took {} ms; setting this start's password {} ms",
                (built - t0) / 1_000_000, (System.nanoTime() - built) / 1_000_000);
        int port = system.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        return new EmbeddedNeo4j(dbms, port, password);
    }

    /**
     * Writes the user's credential to the system graph through the embedded core API, as ALTER USER would: the
     * embedded API runs without authentication. Not through Cypher: the first Cypher statement of a JVM loads and
     * warms the whole Cypher stack for the system database, seconds on every start.
     */
    private static void setPassword(GraphDatabaseAPI system, String password) {
        String credential = SystemGraphCredential.createCredentialForPassword(
                password.getBytes(StandardCharsets.UTF_8), new SecureHasher()).serialize();
        try (Transaction tx = system.beginTx()) {
            Node user = tx.findNode(Label.label("User"), "name", USER);
            if (user == null) {
                throw new IllegalStateException("the store's system graph has no user " + USER);
            }
            user.setProperty("credentials", credential);
            user.setProperty("passwordChangeRequired", false);
            tx.commit();
        }
    }

    /** 32 random bytes; Neo4j needs at least 8 characters. */
    public static String newPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    public int boltPort() {
        return boltPort;
    }

    /** This start's password, for a client in the same process (tests, the CLI against a running test store). */
    public String password() {
        return password;
    }

    /** A driver client with this start's credentials. */
    public GraphClient client(Duration queryTimeout, int rowCap) {
        return new GraphClient(boltUri(), USER, password, null, queryTimeout, rowCap);
    }

    @Override
    public void close() {
        dbms.shutdown();
    }

    @Override
    public String toString() {
        return "EmbeddedNeo4j[" + boltUri() + "]";
    }
}
