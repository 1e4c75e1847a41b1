package nl.regiograaf.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validates an uploaded werkstructuur file. Two shapes, told apart by the header: roles
 * ({@code region;role;organisation;person;since;source}) and documents ({@code region;document;status;date;url}).
 * {@code region} is an IZA/AZWA region code or name. Every bad row is reported; nothing is written then.
 */
public final class WerkstructuurUpload {

    public enum Part { ROLES, DOCUMENTS }

    public static final List<String> ROLE_COLUMNS = List.of("region", "role", "organisation", "person", "since", "source");
    public static final List<String> DOCUMENT_COLUMNS = List.of("region", "document", "status", "date", "url");
    public static final List<String> ROLES = List.of("mandaathouder", "bestuurlijk aanspreekpunt", "ambtelijk aanspreekpunt",
            "preferente zorgverzekeraar", "trekker");
    public static final List<String> DOCUMENTS = List.of("regiobeeld", "regioplan", "werkagenda-azwa");
    public static final List<String> STATUSES = List.of("niet gestart", "in voorbereiding", "vastgesteld");

    private static final Pattern SPACES = Pattern.compile("[\\s_]+");
    private static final Pattern URL = Pattern.compile("https?://[^\\s]{3,}", Pattern.CASE_INSENSITIVE);
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}-\\d{1,2}-\\d{4}");

    private WerkstructuurUpload() {
    }

    /** Which shape the header row has: a {@code role} column makes it roles, a {@code document} column documents. */
    public static Part partOf(TableReader.Table table) {
        List<String> columns = table.columns().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        boolean roles = columns.contains("role");
        boolean documents = columns.contains("document");
        if (roles == documents) {
            throw new ImportRejectedException("The header row must name either a 'role' or a 'document' column.",
                    List.of(ImportError.of(1, roles ? "role" : null, null, "expected the columns "
                            + String.join(";", ROLE_COLUMNS) + " (roles) or " + String.join(";", DOCUMENT_COLUMNS)
                            + " (documents)" + (roles ? ", not both in one file" : ""))));
        }
        return roles ? Part.ROLES : Part.DOCUMENTS;
    }

    public static List<Map<String, Object>> validateRoles(TableReader.Table table, IzaRegionIndex regions) {
        UploadChecks.requireShape(table, List.of("region", "role"));
        List<ImportError> errors = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (TableReader.Row row : table.rows()) {
            int before = errors.size();
            int line = row.line();
            String region = region(errors, row, regions);
            String roleText = row.get("role");
            String role = null;
            String topic = null;
            String normal = SPACES.matcher(roleText.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
            if (normal.isEmpty()) {
                errors.add(ImportError.of(line, "role", null, "missing role; one of " + roleList()));
            } else if (normal.startsWith("trekker")) {
                int colon = normal.indexOf(':');
                topic = colon < 0 ? "" : roleText.substring(roleText.indexOf(':') + 1).strip();
                if (colon < 0 || topic.isEmpty()) {
                    errors.add(ImportError.of(line, "role", roleText, "a trekker names its topic: 'trekker:<onderwerp>'"));
                } else if (topic.length() > 100) {
                    errors.add(ImportError.of(line, "role", roleText, "topic longer than 100 characters"));
                } else {
                    role = "trekker";
                }
            } else if (ROLES.contains(normal)) {
                role = normal;
            } else {
                errors.add(ImportError.of(line, "role", roleText, "unknown role; one of " + roleList()));
            }
            String organisation = row.get("organisation");
            String person = row.get("person");
            if (organisation.isEmpty() && person.isEmpty()) {
                errors.add(ImportError.of(line, "organisation", null, "name the organisation (or the person) that holds the role"));
            }
            UploadChecks.maxLength(errors, row, "organisation", 200);
            UploadChecks.maxLength(errors, row, "person", 200);
            UploadChecks.maxLength(errors, row, "source", 500);
            String since = optionalDate(errors, row, "since", false);
            if (region != null && role != null) {
                String key = region + "|" + role + "|" + Names.normalize(topic) + "|" + Names.normalize(organisation)
                        + "|" + Names.normalize(person);
                Integer first = firstLine.putIfAbsent(key, line);
                if (first != null) {
                    errors.add(ImportError.of(line, "role", roleText, "duplicate of line " + first
                            + " (same region, role, organisation and person)"));
                }
            }
            if (errors.size() == before) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("region", region);
                r.put("role", role);
                r.put("topic", topic);
                r.put("organisation", blankToNull(organisation));
                r.put("person", blankToNull(person));
                r.put("since", since);
                r.put("source", blankToNull(row.get("source")));
                r.put("line", line);
                rows.add(r);
            }
        }
        ImportRejectedException.throwIfAny(errors);
        return rows;
    }

    public static List<Map<String, Object>> validateDocuments(TableReader.Table table, IzaRegionIndex regions) {
        UploadChecks.requireShape(table, List.of("region", "document", "status"));
        List<ImportError> errors = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (TableReader.Row row : table.rows()) {
            int before = errors.size();
            int line = row.line();
            String region = region(errors, row, regions);
            String documentText = row.get("document");
            String document = SPACES.matcher(documentText.toLowerCase(Locale.ROOT)).replaceAll("-").strip();
            if (documentText.isEmpty()) {
                errors.add(ImportError.of(line, "document", null, "missing document; one of " + String.join(", ", DOCUMENTS)));
                document = null;
            } else if (!DOCUMENTS.contains(document)) {
                errors.add(ImportError.of(line, "document", documentText, "unknown document; one of " + String.join(", ", DOCUMENTS)));
                document = null;
            }
            String statusText = row.get("status");
            String status = SPACES.matcher(statusText.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
            if (!STATUSES.contains(status)) {
                errors.add(ImportError.of(line, "status", statusText.isEmpty() ? null : statusText,
                        (statusText.isEmpty() ? "missing status" : "unknown status") + "; one of " + String.join(", ", STATUSES)));
                status = null;
            }
            // The deadline check needs the day a document was adopted.
            String date = optionalDate(errors, row, "date", true);
            if ("vastgesteld".equals(status) && row.get("date").isEmpty()) {
                errors.add(ImportError.of(line, "date", null, "a document with status vastgesteld needs the date it was adopted"));
            } else if ("vastgesteld".equals(status) && date != null && LocalDate.parse(date).isAfter(LocalDate.now())) {
                errors.add(ImportError.of(line, "date", row.get("date"), "an adoption date cannot lie in the future"));
            }
            String url = row.get("url");
            if (!url.isEmpty() && (!URL.matcher(url).matches() || url.length() > 500)) {
                errors.add(ImportError.of(line, "url", url, "not a web address (http:// or https://, at most 500 characters)"));
            }
            if (region != null && document != null) {
                Integer first = firstLine.putIfAbsent(region + "|" + document, line);
                if (first != null) {
                    errors.add(ImportError.of(line, "document", documentText, "duplicate of line " + first + " (same region and document)"));
                }
            }
            if (errors.size() == before) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("region", region);
                r.put("document", document);
                r.put("status", status);
                r.put("date", date);
                r.put("url", blankToNull(url));
                r.put("line", line);
                rows.add(r);
            }
        }
        ImportRejectedException.throwIfAny(errors);
        return rows;
    }

    static String region(List<ImportError> errors, TableReader.Row row, IzaRegionIndex regions) {
        String given = row.get("region");
        String code = regions.resolve(given);
        if (code == null) {
            errors.add(ImportError.of(row.line(), "region", given.isEmpty() ? null : given, given.isEmpty()
                    ? "missing region (an IZA/AZWA region code such as IZA-TWENTE, or its name)"
                    : "unknown IZA/AZWA region (give a code such as IZA-TWENTE or a name such as Twente)"));
        }
        return code;
    }

    /** A date column; {@code fullDay} demands a day (YYYY-MM-DD or DD-MM-YYYY), else YYYY and YYYY-MM are fine too. */
    private static String optionalDate(List<ImportError> errors, TableReader.Row row, String column, boolean fullDay) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null;
        }
        if (fullDay && !FULL_DATE.matcher(text).matches()) {
            errors.add(ImportError.of(row.line(), column, text, "not a day: use YYYY-MM-DD or DD-MM-YYYY"));
            return null;
        }
        try {
            return UploadChecks.date(text);
        } catch (IllegalArgumentException e) {
            errors.add(ImportError.of(row.line(), column, text, e.getMessage()));
            return null;
        }
    }

    private static String roleList() {
        return "mandaathouder, bestuurlijk aanspreekpunt, ambtelijk aanspreekpunt, preferente zorgverzekeraar, trekker:<onderwerp>";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
