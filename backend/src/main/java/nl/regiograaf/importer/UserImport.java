package nl.regiograaf.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import nl.regiograaf.db.DataVersion;
import nl.regiograaf.db.GraphClient;
import org.neo4j.driver.Value;

/**
 * The users' own lists, the same for HTTP and command line: read (CSV or JSON), validate every row (any error
 * rejects the whole upload and nothing is written), then write in one transaction into a user dataset
 * ({@code user-support-points} / {@code user-ketenaanpakken} unless another {@code user-…} id is given).
 */
public final class UserImport {

    public static final String SUPPORT_POINTS_DATASET = "user-support-points";
    public static final String KETENAANPAK_DATASET = "user-ketenaanpakken";
    // '_' for own divisions: their dataset is user-division-<kind in lower case>, and a kind may hold '_'
    private static final Pattern DATASET_ID = Pattern.compile("user-[a-z0-9][a-z0-9_-]{0,62}");

    /** What was read and what was written. */
    public record Outcome(DatasetWriter.Result result, String format, String encoding, String delimiter, String scope) {
    }

    /** A problem with the request itself (not with a row): which parameter and why. */
    public static final class BadParameter extends RuntimeException {
        private final String parameter;

        public BadParameter(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    private final GraphClient graph;
    private final DatasetWriter writer;
    private final OwnDivisionImport divisions;

    public UserImport(GraphClient graph, DataVersion dataVersion) {
        this.graph = graph;
        this.writer = new DatasetWriter(graph, dataVersion);
        this.divisions = new OwnDivisionImport(graph, dataVersion);
    }

    /** An own division (see {@link OwnDivisionImport}). */
    public nl.regiograaf.model.OwnDivisionApi.ImportResult division(byte[] body, TableReader.Format format, String kind,
                                                                   String name, String scope, String mode,
                                                                   Consumer<String> progress) {
        return divisions.importDivision(body, format, kind, name, scope, mode, progress);
    }

    public Outcome supportPoints(byte[] body, TableReader.Format format, DatasetWriter.Mode mode, String datasetId,
                                 String scope, Consumer<String> progress) {
        String id = datasetId(datasetId, SUPPORT_POINTS_DATASET, DatasetWriter.Spec.SUPPORT_POINTS);
        TableReader.Table table = TableReader.read(body, format);
        progress.accept("read " + table.rows().size() + " rows (" + table.format() + ", " + table.encoding()
                + (table.delimiter() == null ? "" : ", delimiter '" + table.delimiter() + "'") + ")");
        MunicipalityIndex municipalities = MunicipalityIndex.load(graph);
        List<Map<String, Object>> rows = SupportPointUpload.validate(table, municipalities, id,
                n -> progress.accept("validated " + n + " / " + table.rows().size() + " rows"));
        progress.accept("all " + rows.size() + " rows valid; writing in one transaction");
        DatasetWriter.Spec spec = spec(id, DatasetWriter.Spec.SUPPORT_POINTS, scope, table);
        return new Outcome(writer.writeSupportPoints(spec, rows, mode, progress), table.format(), table.encoding(),
                table.delimiter(), spec.scope());
    }

    public Outcome ketenaanpakken(byte[] body, TableReader.Format format, DatasetWriter.Mode mode, String datasetId,
                                  String scope, Consumer<String> progress) {
        String id = datasetId(datasetId, KETENAANPAK_DATASET, DatasetWriter.Spec.KETENAANPAKKEN);
        TableReader.Table table = TableReader.read(body, format);
        progress.accept("read " + table.rows().size() + " rows (" + table.format() + ", " + table.encoding() + ")");
        MunicipalityIndex municipalities = MunicipalityIndex.load(graph);
        List<Map<String, Object>> rows = KetenaanpakUpload.validate(table, municipalities, id,
                n -> progress.accept("validated " + n + " / " + table.rows().size() + " rows"));
        progress.accept("all " + rows.size() + " rows valid; writing in one transaction");
        DatasetWriter.Spec spec = spec(id, DatasetWriter.Spec.KETENAANPAKKEN, scope, table);
        return new Outcome(writer.writeKetenaanpakken(spec, rows, List.of(), mode, progress), table.format(),
                table.encoding(), table.delimiter(), spec.scope());
    }

    /** Removes a user dataset; only {@code user-…} datasets can be removed. */
    public boolean delete(String datasetId) {
        if (datasetId == null || !DATASET_ID.matcher(datasetId).matches()) {
            throw new BadParameter("id", "Only user datasets (id 'user-…') can be removed.");
        }
        Value existing = existing(datasetId);
        if (existing == null) {
            return false;
        }
        String kind = existing.get("kind").asString();
        return OwnDivisionImport.DATASET_KIND.equals(kind) ? divisions.delete(datasetId) : writer.delete(datasetId, kind);
    }

    private String datasetId(String given, String fallback, String kind) {
        String id = given == null || given.isBlank() ? fallback : given.strip().toLowerCase(Locale.ROOT);
        if (!DATASET_ID.matcher(id).matches()) {
            throw new BadParameter("dataset", "A dataset id must look like 'user-my-list' (lower case letters, digits, "
                    + "hyphens; at most 67 characters); real, demo and national data cannot be written.");
        }
        Value existing = existing(id);
        if (existing != null && !kind.equals(existing.get("kind").asString(null))) {
            throw new BadParameter("dataset", "Dataset '" + id + "' holds " + existing.get("kind").asString(null)
                    + ", not " + kind + ".");
        }
        return id;
    }

    private Value existing(String id) {
        Value d = graph.queryAll("queries/dataset", Map.of("id", id)).get(0).get("dataset");
        return d.isNull() ? null : d;
    }

    private static DatasetWriter.Spec spec(String id, String kind, String scope, TableReader.Table table) {
        String stated = scope == null || scope.isBlank()
                ? "imported by a user on " + LocalDate.now() + " (" + table.rows().size() + " rows, " + table.format()
                        + "); completeness as the importer states it"
                : scope.strip();
        if (stated.length() > 500) {
            throw new BadParameter("scope", "The scope text is longer than 500 characters.");
        }
        return new DatasetWriter.Spec(id, kind, false, "user", "user-import", stated, null);
    }
}
