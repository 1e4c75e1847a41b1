package nl.regiograaf.reliability;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import nl.regiograaf.config.AppConfig;
import nl.regiograaf.db.DataVersion;
import nl.regiograaf.db.EmbeddedNeo4j;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.db.SchemaInitializer;
import nl.regiograaf.importer.NationalImporter;
import nl.regiograaf.importer.SupportDataImporter;
import nl.regiograaf.support.TestGraph;
import nl.regiograaf.web.App;

/** Extra stores and apps next to the shared {@link TestGraph}: an empty instance, or a store a process left behind. */
final class Instances {

    private Instances() {
    }

    /** A store opened in this JVM, with a driver client on it. */
    record Store(EmbeddedNeo4j neo4j, GraphClient client) implements AutoCloseable {
        static Store open(Path storeDir) {
            EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(storeDir, 0);
            return new Store(neo4j, neo4j.client(Duration.ofSeconds(30), 100_000));
        }

        @Override
        public void close() {
            client.close();
            neo4j.close();
        }
    }

    /** A complete instance as a fresh start makes it: new store, schema, startup imports, the app on a free port. */
    record Instance(Store store, DataVersion dataVersion, Javalin app) implements AutoCloseable {
        static Instance fresh(Path dir) {
            Store store = Store.open(dir.resolve("neo4j"));
            SchemaInitializer.apply(store.client());
            NationalImporter.importIfAbsent(store.client());
            SupportDataImporter.importAtStartup(store.client());
            DataVersion version = new DataVersion(store.client(), 200);
            AppConfig config = AppConfig.from(Map.of()).withDataDir(dir).withPort(0).withAdminToken(TestGraph.ADMIN_TOKEN);
            Javalin app = App.create(config, store.client(), version).start("127.0.0.1", 0);
            return new Instance(store, version, app);
        }

        String baseUrl() {
            return "http://127.0.0.1:" + app.port();
        }

        @Override
        public void close() {
            app.stop();
            dataVersion.close();
            store.close();
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
