package nl.regiograaf.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Validates an uploaded list of ketenaanpak participation ({@code municipality,ketenaanpak,status,since,source})
 * and turns it into graph rows. The same municipality and ketenaanpak twice in one file is a duplicate.
 * {@code status} is free text (e.g. "actief", "in opstart"); every row counts as taking part.
 */
public final class KetenaanpakUpload {

    public static final List<String> REQUIRED = List.of("municipality", "ketenaanpak", "status");
    public static final List<String> COLUMNS = List.of("municipality", "ketenaanpak", "status", "since", "source");

    private KetenaanpakUpload() {
    }

    public static List<Map<String, Object>> validate(TableReader.Table table, MunicipalityIndex municipalities,
                                                     String datasetId, IntConsumer progress) {
        UploadChecks.requireShape(table, REQUIRED);
        List<ImportError> errors = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Integer> firstLineByKey = new HashMap<>();
        String known = String.join(", ", Ketenaanpakken.namesByCode().keySet());
        int checked = 0;
        for (TableReader.Row row : table.rows()) {
            int before = errors.size();
            int line = row.line();
            String given = row.get("municipality");
            MunicipalityIndex.Resolution municipality = municipalities.resolve(given);
            if (municipality.code() == null) {
                errors.add(ImportError.of(line, "municipality", given.isEmpty() ? null : given, municipality.problem()));
            }
            String ketenaanpakText = row.get("ketenaanpak");
            String ketenaanpak = null;
            if (ketenaanpakText.isEmpty()) {
                errors.add(ImportError.of(line, "ketenaanpak", null, "missing ketenaanpak; one of " + known));
            } else {
                ketenaanpak = Ketenaanpakken.resolve(ketenaanpakText).orElse(null);
                if (ketenaanpak == null) {
                    errors.add(ImportError.of(line, "ketenaanpak", ketenaanpakText, "unknown ketenaanpak; one of " + known));
                }
            }
            String status = row.get("status");
            if (status.isEmpty()) {
                errors.add(ImportError.of(line, "status", null, "missing status (e.g. actief, in opstart)"));
            }
            UploadChecks.maxLength(errors, row, "status", 300);
            UploadChecks.maxLength(errors, row, "source", 500);
            String since = null;
            if (!row.get("since").isEmpty()) {
                try {
                    since = UploadChecks.date(row.get("since"));
                } catch (IllegalArgumentException e) {
                    errors.add(ImportError.of(line, "since", row.get("since"), e.getMessage()));
                }
            }
            if (municipality.code() != null && ketenaanpak != null) {
                Integer first = firstLineByKey.putIfAbsent(municipality.code() + "|" + ketenaanpak, line);
                if (first != null) {
                    errors.add(ImportError.of(line, "ketenaanpak", ketenaanpakText, "duplicate of line " + first
                            + " (same municipality and ketenaanpak)"));
                }
            }
            if (errors.size() == before) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("municipality", municipality.code());
                r.put("ketenaanpak", ketenaanpak);
                r.put("key", municipality.code() + "|" + ketenaanpak);
                r.put("status", status);
                r.put("since", since);
                r.put("evidence", "user_import");
                r.put("source", row.get("source").isEmpty() ? datasetId : row.get("source"));
                r.put("asOf", java.time.LocalDate.now().toString());
                rows.add(r);
            }
            if (++checked % 10_000 == 0) {
                progress.accept(checked);
            }
        }
        ImportRejectedException.throwIfAny(errors);
        return rows;
    }
}
