package nl.regiograaf;

import java.io.PrintStream;
import java.util.Arrays;
import nl.regiograaf.cli.ImportCommand;
import nl.regiograaf.config.AppConfig;
import nl.regiograaf.config.StartupException;
import nl.regiograaf.server.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Command line: {@code server} (the default) starts Regiograaf; {@code import} loads a file; {@code --help}. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    /** Exit code of a start that the environment prevents (data directory, port, locked store). */
    public static final int CANNOT_START = 1;
    public static final int USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        String command = args.length == 0 ? "server" : args[0];
        switch (command) {
            case "--help", "-h", "help" -> {
                usage(System.out);
                System.exit(0);
            }
            case "import" -> {
                int code;
                try {
                    code = ImportCommand.run(Arrays.copyOfRange(args, 1, args.length), AppConfig.fromEnvironment(),
                            System.out, System.err);
                } catch (StartupException e) {
                    System.err.println("regiograaf: cannot import: " + e.getMessage());
                    code = CANNOT_START;
                }
                System.exit(code);
            }
            case "server" -> {
                if (args.length > 1) {
                    System.err.println("regiograaf: 'server' takes no arguments (configure it with environment variables)");
                    usage(System.err);
                    System.exit(USAGE);
                }
                serve();
            }
            default -> {
                System.err.println("regiograaf: unknown command '" + command + "'");
                usage(System.err);
                System.exit(USAGE);
            }
        }
    }

    private static void serve() {
        Server server;
        try {
            server = Server.listen(AppConfig.fromEnvironment());
        } catch (StartupException | IllegalArgumentException e) {
            cannotStart(e);
            return;
        }
        Thread hook = new Thread(server::close, "regiograaf-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            server.bringUp();
        } catch (RuntimeException e) {
            if (server.state().ready() || Thread.currentThread().isInterrupted()) {
                return;
            }
            // A stop during the start also lands here (its database closed under the imports): nothing to report.
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                return;
            }
            server.close();
            cannotStart(e);
        }
    }

    private static void cannotStart(RuntimeException e) {
        if (!(e instanceof StartupException) && !(e instanceof IllegalArgumentException)) {
            LOG.error("Start failed", e);
        } else {
            LOG.debug("Start failed", e);
        }
        System.err.println("regiograaf: cannot start: " + e.getMessage());
        System.exit(CANNOT_START);
    }

    static void usage(PrintStream out) {
        out.println("""
                Regiograaf: the regional collaboration network in Dutch health and social care.

                Usage:
                  java -jar regiograaf.jar [server]       start the app (HTTP API and web page); the default
                  java -jar regiograaf.jar import KIND FILE   load a user file (support-points, ketenaanpakken, ...)
                                                          into the store while the server is stopped
                                                          ('import' alone prints its usage)
                  java -jar regiograaf.jar --help         this text

                Environment variables (default in brackets):
                  REGIOGRAAF_PORT [7070]                 HTTP port
                  REGIOGRAAF_DATA_DIR [./var]            state; the embedded Neo4j store lives in <dir>/neo4j
                  NEO4J_URI [unset: embedded]            a Neo4j server (bolt://host:7687) or cluster (neo4j://...)
                  NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE   credentials and database for NEO4J_URI
                  REGIOGRAAF_ADMIN_TOKEN [unset: no writes]    bearer token for write endpoints and the export
                  REGIOGRAAF_CORS_ORIGINS [unset: CORS off]    comma-separated origins allowed to call the API
                  REGIOGRAAF_BOLT_PORT [0: any free port]      Bolt port of the embedded Neo4j (loopback only)
                  REGIOGRAAF_QUERY_TIMEOUT_MS [10000]    timeout of every read transaction
                  REGIOGRAAF_ROW_CAP [100000]            row cap of capped queries

                Exit codes: 0 stopped normally, 1 cannot start (the message names the variable to change), 2 usage.""");
    }
}
