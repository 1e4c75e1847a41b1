package nl.regiograaf.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validates a whole division given as a table {@code municipality;region[;regionName]} (header row; the same dialect
 * as the other uploads: {@code ;} or {@code ,}, BOM, municipality by code, name or alias). A municipality on two lines
 * lies in two regions; the same municipality twice in one region, or one region under two names, is an error. Every
 * problem is reported; one bad line rejects the whole table.
 */
public final class DivisionUpload {

    public static final List<String> REQUIRED = List.of("municipality", "region");
    public static final String REGION_NAME = "regionname";
    /** A region code: letters, digits, '.', '_' and '-', at most 40 characters, starting with a letter or digit. */
    public static final Pattern REGION_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    public static final int MAX_NAME = 200;

    private DivisionUpload() {
    }

    /** One membership and the line it came from. */
    public record Line(int line, String municipality, String region) {
    }

    /** The regions (code → name, in order of first appearance) and the memberships. */
    public record Division(Map<String, String> regionNames, List<Line> memberships) {
    }

    /**
     * {@code knownNames}: names of regions the table may name by code alone (a base's regions); a region without a
     * name anywhere is named by its code.
     */
    public static Division validate(TableReader.Table table, MunicipalityIndex municipalities, Map<String, String> knownNames) {
        UploadChecks.requireShape(table, REQUIRED);
        List<ImportError> errors = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Integer> nameLine = new HashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (TableReader.Row row : table.rows()) {
            int before = errors.size();
            String given = row.get("municipality");
            MunicipalityIndex.Resolution municipality = municipalities.resolve(given);
            if (municipality.code() == null) {
                errors.add(ImportError.of(row.line(), "municipality", given.isEmpty() ? null : given, municipality.problem()));
            }
            String region = row.get("region");
            if (region.isEmpty()) {
                errors.add(ImportError.of(row.line(), "region", null,
                        "missing region (leave a municipality out of every region by leaving out its line)"));
            } else if (!REGION_CODE.matcher(region).matches()) {
                errors.add(ImportError.of(row.line(), "region", region, "not a region code (letters, digits, '.', '_', '-'; "
                        + "at most 40 characters)"));
            }
            String name = row.get(REGION_NAME);
            if (name.length() > MAX_NAME) {
                errors.add(ImportError.of(row.line(), "regionName", name, "longer than " + MAX_NAME + " characters"));
            }
            if (errors.size() > before) {
                continue;
            }
            Integer first = firstLine.putIfAbsent(municipality.code() + "|" + region, row.line());
            if (first != null) {
                errors.add(ImportError.of(row.line(), "municipality", given, "duplicate of line " + first
                        + " (same municipality in the same region)"));
                continue;
            }
            if (!name.isEmpty()) {
                String earlier = names.get(region);
                if (earlier != null && nameLine.containsKey(region) && !earlier.equals(name)) {
                    errors.add(ImportError.of(row.line(), "regionName", name, "region " + region + " is named '" + earlier
                            + "' on line " + nameLine.get(region)));
                    continue;
                }
                names.put(region, name);
                nameLine.putIfAbsent(region, row.line());
            } else {
                names.putIfAbsent(region, knownNames.getOrDefault(region, region));
            }
            lines.add(new Line(row.line(), municipality.code(), region));
        }
        ImportRejectedException.throwIfAny(errors);
        return new Division(names, lines);
    }
}
