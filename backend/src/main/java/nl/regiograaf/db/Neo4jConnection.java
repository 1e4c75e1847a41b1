package nl.regiograaf.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import nl.regiograaf.config.AppConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the configured Neo4j: the embedded one under the data dir, or the server at NEO4J_URI. */
public final class Neo4jConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Neo4jConnection.class);

    private final Optional<EmbeddedNeo4j> embedded;
    private final GraphClient client;

    private Neo4jConnection(Optional<EmbeddedNeo4j> embedded, GraphClient client) {
        this.embedded = embedded;
        this.client = client;
    }

    public static Neo4jConnection open(AppConfig config) {
        Duration timeout = Duration.ofMillis(config.queryTimeoutMillis());
        if (config.embedded()) {
            Path store = config.dataDir().resolve("neo4j");
            try {
                Files.createDirectories(store);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot create data dir " + store, e);
            }
            EmbeddedNeo4j db = EmbeddedNeo4j.start(store, config.boltPort());
            LOG.info("Embedded Neo4j started, store {}, Bolt {}", store.toAbsolutePath(), db.boltUri());
            GraphClient client = new GraphClient(db.boltUri(), "neo4j", "", null, timeout, config.rowCap());
            return new Neo4jConnection(Optional.of(db), client);
        }
        String uri = config.neo4jUri().orElseThrow();
        LOG.info("Using Neo4j at {}", uri);
        GraphClient client = new GraphClient(uri, config.neo4jUser(), config.neo4jPassword(),
                config.neo4jDatabase().orElse(null), timeout, config.rowCap());
        return new Neo4jConnection(Optional.empty(), client);
    }

    public GraphClient client() {
        return client;
    }

    public Optional<EmbeddedNeo4j> embedded() {
        return embedded;
    }

    @Override
    public void close() {
        client.close();
        embedded.ifPresent(EmbeddedNeo4j::close);
    }
}
