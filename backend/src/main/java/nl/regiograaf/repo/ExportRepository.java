package nl.regiograaf.repo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.importer.CsvFormulas;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The full dump of every support-points and ketenaanpakken dataset (user, real and demo) and every own division as a
 * zip of CSV files in the import formats plus {@code manifest.json}, read in ONE read transaction so the dump is a consistent snapshot.
 * A user dataset's file posted back to its import endpoint (with the manifest's dataset id and scope) restores it.
 */
public final class ExportRepository {

    static final List<String> SUPPORT_POINT_COLUMNS = List.of("name", "kind", "municipality", "address", "town", "lat", "lon", "source");
    static final List<String> DIVISION_COLUMNS = List.of("municipality", "region", "regionName");
    static final List<String> TAKES_PART_COLUMNS = List.of("municipality", "ketenaanpak", "status", "since", "source", "level");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final GraphClient graph;

    public ExportRepository(GraphClient graph) {
        this.graph = graph;
    }

    /** The zip's bytes. */
    public byte[] exportZip() {
        return graph.read(tx -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
                List<Map<String, Object>> datasets = new ArrayList<>();
                for (Record r : GraphClient.fetch(tx, "queries/export_datasets", Map.of(), Integer.MAX_VALUE).records()) {
                    Map<String, Object> d = new LinkedHashMap<>(r.get("dataset").asMap());
                    String id = (String) d.get("id");
                    String kind = (String) d.get("kind");
                    String file = kind + "/" + id + ".csv";
                    if ("division".equals(kind)) {
                        writeDivision(tx, zip, file, id, d);
                        datasets.add(d);
                        continue;
                    }
                    int rows = "support-points".equals(kind) ? writeSupportPoints(tx, zip, file, id) : writeTakesPart(tx, zip, file, id);
                    d.put("file", file);
                    d.put("exportedRows", rows);
                    d.put("restore", "user".equals(d.get("origin"))
                            ? "POST /api/import/" + kind + "?mode=replace&dataset=" + id + " (text/csv, this file; scope from here)"
                            : "written at every start from the files shipped with Regiograaf; this file is for reference");
                    datasets.add(d);
                }
                Map<String, Object> manifest = new LinkedHashMap<>();
                manifest.put("format", "regiograaf-export/1");
                manifest.put("exportedAt", Instant.now().toString());
                Record version = GraphClient.fetch(tx, "queries/data_version", Map.of(), 1).records().stream().findFirst().orElse(null);
                manifest.put("dataVersion", version == null ? null : version.get(0).asObject());
                manifest.put("national", "the national reference data is shipped in the application (data/nl) and imported at start");
                manifest.put("datasets", datasets);
                zip.putNextEntry(new ZipEntry("manifest.json"));
                zip.write(JSON.writeValueAsBytes(manifest));
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        });
    }

    private static int writeSupportPoints(TransactionContext tx, ZipOutputStream zip, String file, String dataset) throws IOException {
        StringBuilder csv = new StringBuilder(String.join(",", SUPPORT_POINT_COLUMNS)).append('\n');
        int n = 0;
        for (Record r : GraphClient.fetch(tx, "queries/export_support_points", Map.of("dataset", dataset), Integer.MAX_VALUE).records()) {
            // Coordinates only when the point has its own; otherwise it sits on its municipality's point again.
            boolean own = "address".equals(r.get("located").asString(null));
            row(csv, text(r.get("name")), text(r.get("kind")), text(r.get("municipality")), text(r.get("address")),
                    text(r.get("town")), own ? number(r.get("lat")) : "", own ? number(r.get("lon")) : "", text(r.get("source")));
            n++;
        }
        entry(zip, file, csv);
        return n;
    }

    private static int writeTakesPart(TransactionContext tx, ZipOutputStream zip, String file, String dataset) throws IOException {
        StringBuilder csv = new StringBuilder(String.join(",", TAKES_PART_COLUMNS)).append('\n');
        int n = 0;
        for (Record r : GraphClient.fetch(tx, "queries/export_takes_part", Map.of("dataset", dataset), Integer.MAX_VALUE).records()) {
            row(csv, text(r.get("municipality")), text(r.get("ketenaanpak")), text(r.get("status")), text(r.get("since")),
                    text(r.get("source")), text(r.get("level")));
            n++;
        }
        entry(zip, file, csv);
        return n;
    }

    /** An own division in its import format; the manifest entry says how to import it again (kind, name, scope). */
    private static void writeDivision(TransactionContext tx, ZipOutputStream zip, String file, String dataset,
                                      Map<String, Object> manifestEntry) throws IOException {
        StringBuilder csv = new StringBuilder(String.join(",", DIVISION_COLUMNS)).append('\n');
        int n = 0;
        String kind = null;
        String name = null;
        String scope = null;
        for (Record r : GraphClient.fetch(tx, "queries/export_division", Map.of("dataset", dataset), Integer.MAX_VALUE).records()) {
            kind = r.get("kind").asString();
            name = r.get("name").asString(null);
            scope = r.get("scope").asString(null);
            row(csv, text(r.get("municipality")), text(r.get("region")), text(r.get("regionName")));
            n++;
        }
        entry(zip, file, csv);
        manifestEntry.put("file", file);
        manifestEntry.put("exportedRows", n);
        manifestEntry.put("division", kind);
        manifestEntry.put("restore", "POST /api/import/divisions?kind=" + kind + "&name=" + encode(name) + "&scope="
                + encode(scope) + " (text/csv, this file)");
    }

    private static String encode(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void entry(ZipOutputStream zip, String name, StringBuilder csv) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void row(StringBuilder csv, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append('"').append(fields[i].replace("\"", "\"\"")).append('"');
        }
        csv.append('\n');
    }

    /** A text cell, neutralised against formula injection (the importer restores it: CsvFormulas). */
    private static String text(Value v) {
        return v == null || v.isNull() ? "" : CsvFormulas.neutralise(v.asObject().toString());
    }

    private static String number(Value v) {
        return v == null || v.isNull() ? "" : BigDecimal.valueOf(v.asDouble()).toPlainString();
    }
}
