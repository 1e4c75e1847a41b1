package nl.regiograaf;

import io.javalin.Javalin;
import nl.regiograaf.config.AppConfig;
import nl.regiograaf.db.Bootstrap;
import nl.regiograaf.db.DataVersion;
import nl.regiograaf.db.Neo4jConnection;
import nl.regiograaf.cli.ImportCommand;
import nl.regiograaf.importer.NationalImporter;
import nl.regiograaf.importer.SupportDataImporter;
import nl.regiograaf.web.App;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts Regiograaf: Neo4j (embedded unless NEO4J_URI is set), schema, national data, then the HTTP API. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && "import".equals(args[0])) {
            System.exit(ImportCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length),
                    AppConfig.fromEnvironment(), System.out, System.err));
        }
        long started = System.nanoTime();
        AppConfig config = AppConfig.fromEnvironment();
        Neo4jConnection neo4j = Neo4jConnection.open(config);
        DataVersion dataVersion = new DataVersion(neo4j.client(), 1000);
        Bootstrap bootstrap = new Bootstrap(neo4j.client(), startupImports(neo4j.client(), dataVersion)).start(2000);
        Javalin app = App.create(config, neo4j.client(), dataVersion, bootstrap::done).start(config.port());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Shutting down");
            app.stop();
            bootstrap.close();
            dataVersion.close();
            neo4j.close();
        }, "regiograaf-shutdown"));
        LOG.info("Regiograaf listening on http://localhost:{}/ (started in {} ms)", app.port(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The imports at every start: the national data when absent, then the real and demo datasets when their content
     * changed. Each write bumps the data version in its transaction; the refresh makes this instance see it at once.
     */
    public static Runnable startupImports(nl.regiograaf.db.GraphClient client, DataVersion dataVersion) {
        return () -> {
            NationalImporter.importIfAbsent(client);
            SupportDataImporter.importAtStartup(client);
            nl.regiograaf.importer.EditionImporter.importAtStartup(client);
            dataVersion.refresh();
        };
    }
}
