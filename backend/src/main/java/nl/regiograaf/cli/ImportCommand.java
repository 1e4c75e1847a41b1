package nl.regiograaf.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.regiograaf.config.AppConfig;
import nl.regiograaf.db.Neo4jConnection;
import nl.regiograaf.db.SchemaInitializer;
import nl.regiograaf.importer.DatasetWriter;
import nl.regiograaf.importer.ImportError;
import nl.regiograaf.importer.ImportRejectedException;
import nl.regiograaf.importer.NationalImporter;
import nl.regiograaf.importer.SupportDataImporter;
import nl.regiograaf.importer.TableReader;
import nl.regiograaf.importer.UserImport;
import nl.regiograaf.importer.WerkstructuurImport;

/**
 * {@code java -jar regiograaf.jar import support-points|ketenaanpakken FILE [--mode=replace|append]
 * [--dataset=user-…] [--scope=TEXT]}: the same validation and all-or-nothing writer as the HTTP import, with
 * progress on stdout and every bad row on stderr. It opens the configured database: the embedded store under
 * REGIOGRAAF_DATA_DIR can be opened by one process only, so stop the server first, or point NEO4J_URI at a server.
 */
public final class ImportCommand {

    public static final int OK = 0;
    public static final int REJECTED = 1;
    public static final int USAGE = 2;
    public static final int FAILED = 3;

    private static final String USAGE_TEXT = """
            usage: java -jar regiograaf.jar import support-points|ketenaanpakken FILE [--mode=replace|append]
                   [--dataset=user-…] [--scope=TEXT]
                   java -jar regiograaf.jar import werkstructuur|venster FILE
                   java -jar regiograaf.jar import divisions FILE --kind=KIND [--name=NAME] [--scope=national|PVxx|GM…,GM…]
              FILE: .csv (comma or semicolon) or .json (array of objects); '-' reads standard input as CSV.
              The embedded store (REGIOGRAAF_DATA_DIR) can be opened by one process only: stop the server first,
              or set NEO4J_URI to import into a running Neo4j server.""";

    private ImportCommand() {
    }

    /** Runs the command; returns the process exit code. {@code args} excludes the leading "import". */
    public static int run(String[] args, AppConfig config, PrintStream out, PrintStream err) {
        if (args.length < 2 || !java.util.List.of("support-points", "ketenaanpakken", "werkstructuur", "venster", "divisions").contains(args[0])) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            String a = args[i];
            int eq = a.indexOf('=');
            if (!a.startsWith("--") || eq < 0) {
                err.println("unknown argument: " + a);
                err.println(USAGE_TEXT);
                return USAGE;
            }
            options.put(a.substring(2, eq), a.substring(eq + 1));
        }
        DatasetWriter.Mode mode = DatasetWriter.Mode.parse(options.get("mode"));
        if (mode == null) {
            err.println("--mode must be replace or append");
            return USAGE;
        }
        byte[] body;
        try {
            body = args[1].equals("-") ? readAll(System.in) : Files.readAllBytes(Path.of(args[1]));
        } catch (IOException e) {
            err.println("cannot read " + args[1] + ": " + e.getMessage());
            return USAGE;
        }
        TableReader.Format format = args[1].toLowerCase(Locale.ROOT).endsWith(".json") ? TableReader.Format.JSON : TableReader.Format.CSV;
        out.println("importing " + args[0] + " from " + args[1] + " (" + body.length + " bytes, mode " + mode.name().toLowerCase(Locale.ROOT) + ")");

        Neo4jConnection neo4j;
        try {
            neo4j = Neo4jConnection.open(config);
        } catch (RuntimeException e) {
            err.println("cannot open the database: " + e.getMessage());
            if (config.embedded()) {
                err.println("The embedded store " + config.dataDir().resolve("neo4j").toAbsolutePath()
                        + " can be used by one process only: stop the Regiograaf server first, or set NEO4J_URI.");
            }
            return FAILED;
        }
        try {
            SchemaInitializer.apply(neo4j.client());
            NationalImporter.importIfAbsent(neo4j.client());
            SupportDataImporter.importAtStartup(neo4j.client());
            nl.regiograaf.importer.EditionImporter.importAtStartup(neo4j.client());
            if (args[0].equals("werkstructuur") || args[0].equals("venster")) {
                // Roles/documents replace the imported ones; venster answers replace the years in the file.
                WerkstructuurImport werkstructuur = new WerkstructuurImport(neo4j.client(), null);
                WerkstructuurImport.Outcome w = args[0].equals("venster")
                        ? werkstructuur.venster(body, format, out::println)
                        : werkstructuur.werkstructuur(body, format, out::println);
                out.printf(Locale.ROOT, "imported %d rows (%s; %d replaced%s); data version %d; %d ms%n", w.rows(), w.kind(),
                        w.removed(), w.years().isEmpty() ? "" : ", years " + w.years(), w.dataVersion(), w.millis());
                return OK;
            }
            UserImport imports = new UserImport(neo4j.client(), null);
            if (args[0].equals("divisions")) {
                // An own division: replaces the earlier one of the same kind (a running app sees it through its poll)
                nl.regiograaf.model.OwnDivisionApi.ImportResult d = imports.division(body, format, options.get("kind"),
                        options.get("name"), options.get("scope"), options.get("mode"), out::println);
                out.printf(Locale.ROOT, "imported own division %s (%s): %d regions, %d memberships, %d municipalities; "
                                + "scope %s; dataset %s%s; data version %d; %d ms%n", d.kind(), d.name(), d.regions(),
                        d.memberships(), d.municipalities(), d.scope(), d.dataset().id(), d.replaced() ? " (replaced)" : "",
                        d.dataVersion(), d.millis());
                return OK;
            }
            UserImport.Outcome o = args[0].equals("support-points")
                    ? imports.supportPoints(body, format, mode, options.get("dataset"), options.get("scope"), out::println)
                    : imports.ketenaanpakken(body, format, mode, options.get("dataset"), options.get("scope"), out::println);
            DatasetWriter.Result r = o.result();
            out.printf(Locale.ROOT, "imported %d rows into %s (created %d, updated %d, removed %d; %d in the dataset); "
                            + "dataset version %d, data version %d; %d ms%n", r.rows(), r.dataset(), r.created(), r.updated(),
                    r.removed(), r.totalInDataset(), r.datasetVersion(), r.dataVersion(), r.millis());
            return OK;
        } catch (ImportRejectedException e) {
            err.println("REJECTED, nothing was imported: " + e.getMessage());
            for (ImportError error : e.errors()) {
                err.println("  line " + error.line() + (error.column() == null ? "" : ", column " + error.column())
                        + (error.value() == null ? "" : ", value '" + error.value() + "'") + ": " + error.reason());
            }
            return REJECTED;
        } catch (UserImport.BadParameter e) {
            err.println("--" + e.parameter() + ": " + e.getMessage());
            return USAGE;
        } finally {
            neo4j.close();
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
