package nl.regiograaf.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Validates an uploaded list of support points ({@code name,kind,municipality,address,town,lat,lon}; optional
 * {@code source}) and turns it into graph rows. Every row is checked and every problem reported; one bad row
 * rejects the whole upload. Two rows with the same name (normalised) in the same municipality are duplicates.
 */
public final class SupportPointUpload {

    public static final List<String> REQUIRED = List.of("name", "kind", "municipality");
    public static final List<String> COLUMNS = List.of("name", "kind", "municipality", "address", "town", "lat", "lon");

    private SupportPointUpload() {
    }

    public static List<Map<String, Object>> validate(TableReader.Table table, MunicipalityIndex municipalities,
                                                     String datasetId, IntConsumer progress) {
        UploadChecks.requireShape(table, REQUIRED);
        SupportPointKinds kinds = SupportPointKinds.get();
        String today = LocalDate.now().toString();
        List<ImportError> errors = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>(table.rows().size());
        Map<String, Integer> firstLineByKey = new HashMap<>();
        int checked = 0;
        for (TableReader.Row row : table.rows()) {
            int before = errors.size();
            int line = row.line();
            String name = row.get("name");
            if (name.isEmpty()) {
                errors.add(ImportError.of(line, "name", null, "missing name"));
            }
            UploadChecks.maxLength(errors, row, "name", 200);
            UploadChecks.maxLength(errors, row, "address", 300);
            UploadChecks.maxLength(errors, row, "town", 120);
            UploadChecks.maxLength(errors, row, "source", 500);
            String kindLabel = row.get("kind");
            String kind = null;
            if (kindLabel.isEmpty()) {
                errors.add(ImportError.of(line, "kind", null, "missing kind; one of " + String.join(", ", kinds.kinds())));
            } else {
                kind = kinds.resolve(kindLabel).orElse(null);
                if (kind == null) {
                    errors.add(ImportError.of(line, "kind", kindLabel, "unknown kind; one of " + String.join(", ", kinds.kinds())));
                }
            }
            String given = row.get("municipality");
            MunicipalityIndex.Resolution municipality = municipalities.resolve(given);
            if (municipality.code() == null) {
                errors.add(ImportError.of(line, "municipality", given.isEmpty() ? null : given, municipality.problem()));
            }
            int beforeCoordinates = errors.size();
            Double lat = coordinate(errors, row, "lat");
            Double lon = coordinate(errors, row, "lon");
            if (errors.size() > beforeCoordinates) {
                lat = null; // already reported as not a number; no follow-up complaints about the pair
            } else if (lat != null && lon != null) {
                boolean latOk = UploadChecks.inLat(lat);
                boolean lonOk = UploadChecks.inLon(lon);
                if (!latOk && !lonOk && UploadChecks.inLat(lon) && UploadChecks.inLon(lat)) {
                    errors.add(ImportError.of(line, "lat", row.get("lat"), "outside the Netherlands; lat and lon look swapped"));
                } else {
                    if (!latOk) {
                        errors.add(ImportError.of(line, "lat", row.get("lat"), "outside the Netherlands (lat "
                                + UploadChecks.LAT_MIN + "–" + UploadChecks.LAT_MAX + ")"));
                    }
                    if (!lonOk) {
                        errors.add(ImportError.of(line, "lon", row.get("lon"), "outside the Netherlands (lon "
                                + UploadChecks.LON_MIN + "–" + UploadChecks.LON_MAX + ")"));
                    }
                }
            } else if (lat != null) {
                errors.add(ImportError.of(line, "lon", null, "lon missing while lat is given (give both or neither)"));
            } else if (lon != null) {
                errors.add(ImportError.of(line, "lat", null, "lat missing while lon is given (give both or neither)"));
            }
            if (!name.isEmpty() && municipality.code() != null) {
                String key = Names.normalize(name) + "|" + municipality.code();
                Integer first = firstLineByKey.putIfAbsent(key, line);
                if (first != null) {
                    errors.add(ImportError.of(line, "name", name, "duplicate of line " + first
                            + " (same name in the same municipality)"));
                }
            }
            if (errors.size() == before) {
                boolean located = lat != null;
                MunicipalityIndex.Place place = municipalities.place(municipality.code());
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("id", pointId(datasetId, name, municipality.code()));
                r.put("name", name);
                r.put("kind", kind);
                r.put("kindLabel", kindLabel);
                r.put("municipality", municipality.code());
                r.put("address", emptyToNull(row.get("address")));
                r.put("town", emptyToNull(row.get("town")));
                r.put("lat", located ? lat : place.lat());
                r.put("lon", located ? lon : place.lon());
                r.put("located", located ? "address" : "municipality");
                r.put("source", row.get("source").isEmpty() ? datasetId : row.get("source"));
                r.put("asOf", today);
                r.put("planned", false);
                rows.add(r);
            }
            if (++checked % 10_000 == 0) {
                progress.accept(checked);
            }
        }
        ImportRejectedException.throwIfAny(errors);
        return rows;
    }

    private static Double coordinate(List<ImportError> errors, TableReader.Row row, String column) {
        try {
            return UploadChecks.number(row.get(column));
        } catch (NumberFormatException e) {
            errors.add(ImportError.of(row.line(), column, row.get(column), "not a number"));
            return null;
        }
    }

    /** Stable per dataset, name and municipality: appending the same point again updates it. */
    static String pointId(String datasetId, String name, String municipalityCode) {
        return datasetId + ":" + Hashing.sha256Hex(Names.normalize(name) + "|" + municipalityCode).substring(0, 16);
    }

    static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
