package nl.regiograaf.importer;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import nl.regiograaf.db.Cypher;
import nl.regiograaf.db.DataVersion;
import nl.regiograaf.db.GraphClient;
import org.neo4j.driver.TransactionContext;

/**
 * Imports of the werkstructuur (roles, document status) and of the venster answers, the same for HTTP and command line:
 * read (CSV or JSON, {@link TableReader}), validate every row (any error rejects the file), write in ONE transaction.
 * A roles file replaces every imported role, a documents file every document status; a venster file replaces the
 * imported answers of the years it holds. The DEMO venster answers are a dataset of their own and never touched here.
 */
public final class WerkstructuurImport {

    public static final String VENSTER_DATASET = "user-venster";
    public static final String VENSTER_DEMO_DATASET = "demo-venster";

    /** What was read and written. {@code years}: the venster years replaced (empty for the werkstructuur). */
    public record Outcome(String kind, int rows, long removed, List<Long> years, long dataVersion, long millis,
                          String format, String encoding, String delimiter) {
    }

    private final GraphClient graph;
    private final DataVersion dataVersion;

    /** {@code dataVersion} may be null (command line): the new version is then only written, not observed. */
    public WerkstructuurImport(GraphClient graph, DataVersion dataVersion) {
        this.graph = graph;
        this.dataVersion = dataVersion;
    }

    public Outcome werkstructuur(byte[] body, TableReader.Format format, Consumer<String> progress) {
        long start = System.nanoTime();
        TableReader.Table table = TableReader.read(body, format);
        WerkstructuurUpload.Part part = WerkstructuurUpload.partOf(table);
        IzaRegionIndex regions = IzaRegionIndex.load(graph);
        List<Map<String, Object>> rows = part == WerkstructuurUpload.Part.ROLES
                ? WerkstructuurUpload.validateRoles(table, regions)
                : WerkstructuurUpload.validateDocuments(table, regions);
        String name = part == WerkstructuurUpload.Part.ROLES ? "werkstructuur_roles" : "werkstructuur_documents";
        progress.accept("all " + rows.size() + " rows valid (" + part.name().toLowerCase() + "); writing in one transaction");
        long[] written = graph.write(tx -> {
            long removed = single(tx, "import/" + name + "_delete", Map.of(), "removed");
            long n = single(tx, "import/" + name, Map.of("rows", rows, "importedAt", Instant.now().toString()), "written");
            requireAll(n, rows.size());
            return new long[] {removed, DataVersion.bump(tx)};
        });
        observe(written[1]);
        return new Outcome("werkstructuur-" + part.name().toLowerCase(), rows.size(), written[0], List.of(), written[1],
                millis(start), table.format(), table.encoding(), table.delimiter());
    }

    public Outcome venster(byte[] body, TableReader.Format format, Consumer<String> progress) {
        long start = System.nanoTime();
        TableReader.Table table = TableReader.read(body, format);
        List<Map<String, Object>> rows = VensterUpload.validate(table, IzaRegionIndex.load(graph));
        List<Long> years = List.copyOf(new TreeSet<>(rows.stream().map(r -> (Long) r.get("year")).toList()));
        progress.accept("all " + rows.size() + " rows valid (years " + years + "); writing in one transaction");
        long[] written = writeVenster(rows, years, VENSTER_DATASET, false, null);
        return new Outcome("venster", rows.size(), written[0], years, written[1], millis(start), table.format(),
                table.encoding(), table.delimiter());
    }

    /** Removes the imported roles and/or documents (all names of persons with them); returns how many. */
    public long deleteWerkstructuur(boolean roles, boolean documents) {
        long[] result = graph.write(tx -> {
            long removed = 0;
            if (roles) {
                removed += single(tx, "import/werkstructuur_roles_delete", Map.of(), "removed");
            }
            if (documents) {
                removed += single(tx, "import/werkstructuur_documents_delete", Map.of(), "removed");
            }
            return new long[] {removed, DataVersion.bump(tx)};
        });
        observe(result[1]);
        return result[0];
    }

    /** Removes every imported venster answer (the DEMO set stays); returns how many. */
    public long deleteVenster() {
        long[] result = graph.write(tx -> {
            Map<String, Object> p = new HashMap<>();
            p.put("dataset", VENSTER_DATASET);
            p.put("years", null);
            return new long[] {single(tx, "import/venster_delete", p, "removed"), DataVersion.bump(tx)};
        });
        observe(result[1]);
        return result[0];
    }

    /** Replaces the answers of {@code years} ({@code null}: all years) of one dataset; returns removed and data version. */
    long[] writeVenster(List<Map<String, Object>> rows, List<Long> years, String dataset, boolean demo, String contentHash) {
        long[] written = graph.write(tx -> {
            Map<String, Object> delete = new HashMap<>();
            delete.put("dataset", dataset);
            delete.put("years", years);
            long removed = single(tx, "import/venster_delete", delete, "removed");
            Map<String, Object> p = new HashMap<>();
            p.put("rows", rows);
            p.put("dataset", dataset);
            p.put("demo", demo);
            p.put("contentHash", contentHash);
            p.put("importedAt", Instant.now().toString());
            requireAll(single(tx, "import/venster_answers", p, "written"), rows.size());
            return new long[] {removed, DataVersion.bump(tx)};
        });
        observe(written[1]);
        return written;
    }

    private static void requireAll(long written, int expected) {
        // Validation resolved every region; a shortfall means the graph changed underneath: roll back, write nothing.
        if (written != expected) {
            throw new IllegalStateException("Wrote " + written + " of " + expected + " rows; rolled back");
        }
    }

    private void observe(long version) {
        if (dataVersion != null) {
            dataVersion.observe(version);
        }
    }

    private static long single(TransactionContext tx, String name, Map<String, Object> params, String column) {
        return tx.run(Cypher.query(name), params).single().get(column).asLong();
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
