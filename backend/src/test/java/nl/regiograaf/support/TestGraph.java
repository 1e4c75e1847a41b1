package nl.regiograaf.support;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.regiograaf.config.AppConfig;
import nl.regiograaf.db.DataVersion;
import nl.regiograaf.db.EmbeddedNeo4j;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.db.SchemaInitializer;
import nl.regiograaf.importer.NationalImporter;
import nl.regiograaf.importer.SupportDataImporter;
import nl.regiograaf.web.App;

/**
 * One embedded Neo4j (and one app on a free port) per test JVM, with the national data imported once.
 * Starting a database costs seconds, so test classes share it and stay independent through their data:
 * the national reference data is read-only for tests; a test that writes uses its own dataset and
 * removes it again.
 */
public final class TestGraph {

    public static final String ADMIN_TOKEN = "test-admin-token";

    private static TestGraph instance;

    private final Path dir;
    private final EmbeddedNeo4j neo4j;
    private final GraphClient client;
    private final AppConfig config;
    private final Javalin app;
    private final DataVersion dataVersion;

    private TestGraph() {
        try {
            dir = Files.createTempDirectory("regiograaf-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        neo4j = EmbeddedNeo4j.start(dir.resolve("neo4j"), 0);
        config = AppConfig.from(Map.of()).withDataDir(dir).withPort(0).withAdminToken(ADMIN_TOKEN);
        client = neo4j.client(java.time.Duration.ofMillis(config.queryTimeoutMillis()), config.rowCap());
        SchemaInitializer.apply(client);
        NationalImporter.importIfAbsent(client);
        SupportDataImporter.importAtStartup(client);
        nl.regiograaf.importer.EditionImporter.importAtStartup(client);
        dataVersion = new DataVersion(client, 200);
        app = App.create(config, client, dataVersion).start("127.0.0.1", 0);
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    public static synchronized TestGraph get() {
        if (instance == null) {
            instance = new TestGraph();
        }
        return instance;
    }

    public GraphClient client() {
        return client;
    }

    public DataVersion dataVersion() {
        return dataVersion;
    }

    public EmbeddedNeo4j neo4j() {
        return neo4j;
    }

    /** The configuration a command-line run in this JVM uses to reach the shared store over Bolt. */
    public AppConfig cliConfig() {
        return AppConfig.from(Map.of("NEO4J_URI", neo4j.boltUri(), "NEO4J_USER", EmbeddedNeo4j.USER,
                "NEO4J_PASSWORD", neo4j.password()));
    }

    public AppConfig config() {
        return config;
    }

    /** The running Javalin app (tests enumerate its routes). */
    public Javalin app() {
        return app;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + app.port();
    }

    public Path dir() {
        return dir;
    }

    private void close() {
        app.stop();
        client.close();
        neo4j.close();
    }
}
