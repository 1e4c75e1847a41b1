package nl.regiograaf.db;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilderImplementation;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Neo4j Community started in-process with only its Bolt connector, on loopback. The application never
 * calls the embedded API for data: everything goes through the Bolt driver, so embedded and remote
 * deployments run the same code.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private final DatabaseManagementService dbms;
    private final int boltPort;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort) {
        this.dbms = dbms;
        this.boltPort = boltPort;
    }

    /** Starts the database with its store under {@code storeDir}; {@code boltPort} 0 picks a free port. */
    public static EmbeddedNeo4j start(Path storeDir, int boltPort) {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilderImplementation(storeDir.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, Long.getLong("regiograaf.pagecacheMb", 64L) * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                .setConfigRaw(Map.of(
                        "db.tx_log.rotation.retention_policy", "2 files",
                        "db.tx_log.rotation.size", "16M",
                        "dbms.usage_report.enabled", "false"))
                .build();
        GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        int port = system.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        return new EmbeddedNeo4j(dbms, port);
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    public int boltPort() {
        return boltPort;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }
}
