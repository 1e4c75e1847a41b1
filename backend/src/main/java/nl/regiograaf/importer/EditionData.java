package nl.regiograaf.importer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.regiograaf.analysis.Edition;
import nl.regiograaf.analysis.GraphRows;
import nl.regiograaf.analysis.MunicipalEvents;
import nl.regiograaf.model.DivisionKind;

/**
 * Reads the older editions declared in {@code data/nl/editions.csv} and the municipal events of
 * {@code municipal_mergers_2020_2025.csv}. Both are data: a new edition is a row in editions.csv (plus its member
 * file), a new merger, split or rename is a row in the events file; no code changes. Every row is checked and a bad
 * one stops the load naming file, line and column, so a store never holds half an edition.
 */
public final class EditionData {

    public static final String EDITIONS = "editions.csv";
    public static final String EVENTS = "municipal_mergers_2020_2025.csv";
    static final String SOURCES = "sources.csv";
    private static final Pattern CODE = Pattern.compile("GM\\d{4}");
    private static final Pattern EDITION_ID = Pattern.compile("[A-Z]+@\\d{4}");

    /** The editions and the events, with a hash of everything read (the store rewrites them when it changes). */
    public record Loaded(List<Edition> editions, MunicipalEvents events, String contentHash) {
    }

    private final Function<String, List<Map<String, String>>> files;
    private final StringBuilder hashed = new StringBuilder();

    private EditionData(Function<String, List<Map<String, String>>> files) {
        this.files = files;
    }

    public static Loaded load() {
        return load(CsvFiles::read);
    }

    /** Loads through {@code files} (file name → rows with a header), so a test can add a row without touching data/. */
    public static Loaded load(Function<String, List<Map<String, String>>> files) {
        return new EditionData(files).build();
    }

    private Loaded build() {
        Map<String, Map<String, String>> sources = new HashMap<>();
        read(SOURCES).forEach(s -> sources.put(s.get("id"), s));
        String eventsSource = sources.values().stream()
                .filter(s -> List.of(s.getOrDefault("files", "").split("\\|")).contains(EVENTS)).map(s -> s.get("id"))
                .findFirst().orElseThrow(() -> error(SOURCES, 0, "files", "no source covers " + EVENTS));
        MunicipalEvents events = new MunicipalEvents(eventsSource, events());
        List<Edition> editions = new ArrayList<>();
        List<Map<String, String>> rows = read(EDITIONS);
        for (int i = 0; i < rows.size(); i++) {
            Edition edition = edition(rows.get(i), i + 2);
            if (!sources.containsKey(edition.source())) {
                throw error(EDITIONS, i + 2, "source_id", "'" + edition.source() + "' is not a source in " + SOURCES);
            }
            editions.add(edition);
        }
        return new Loaded(editions, events, Hashing.sha256Hex(hashed.toString()));
    }

    private List<MunicipalEvents.Row> events() {
        List<MunicipalEvents.Row> result = new ArrayList<>();
        List<Map<String, String>> rows = read(EVENTS);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            int line = i + 2;
            String kind = require(r, "kind", EVENTS, line);
            if (!MunicipalEvents.KINDS.contains(kind)) {
                throw error(EVENTS, line, "kind", "'" + kind + "' is not one of " + MunicipalEvents.KINDS);
            }
            result.add(new MunicipalEvents.Row(date(r, "effective_date", EVENTS, line), kind,
                    code(r, "old_code", EVENTS, line), require(r, "old_name", EVENTS, line),
                    code(r, "new_code", EVENTS, line), require(r, "new_name", EVENTS, line),
                    r.getOrDefault("source", "")));
        }
        Map<String, Integer> splitParts = new HashMap<>();
        result.stream().filter(r -> r.kind().equals("split"))
                .forEach(r -> splitParts.merge(r.date() + r.oldCode(), 1, Integer::sum));
        splitParts.forEach((key, parts) -> {
            if (parts < 2) {
                throw error(EVENTS, 0, "kind", "a split needs two or more parts; " + key.substring(10) + " has one");
            }
        });
        return result;
    }

    private Edition edition(Map<String, String> e, int line) {
        String id = require(e, "edition", EDITIONS, line);
        if (!EDITION_ID.matcher(id).matches()) {
            throw error(EDITIONS, line, "edition", "'" + id + "' is not KIND@YEAR");
        }
        DivisionKind kind = DivisionKind.parse(require(e, "kind", EDITIONS, line)).orElseThrow(() ->
                error(EDITIONS, line, "kind", "unknown division kind '" + e.get("kind") + "'"));
        int year = Integer.parseInt(require(e, "year", EDITIONS, line));
        if (!id.equals(kind.name() + "@" + year)) {
            throw error(EDITIONS, line, "edition", "'" + id + "' does not match kind " + kind + " and year " + year);
        }
        String date = date(e, "reference_date", EDITIONS, line);
        String file = require(e, "file", EDITIONS, line);
        String codeColumn = require(e, "municipality_code_column", EDITIONS, line);
        String nameColumn = require(e, "municipality_name_column", EDITIONS, line);
        String regionCodeColumn = e.getOrDefault("region_code_column", "");
        String regionNameColumn = require(e, "region_name_column", EDITIONS, line);
        String source = require(e, "source_id", EDITIONS, line);

        Map<String, GraphRows.Region> regions = new TreeMap<>();
        Map<String, String> codeByName = new HashMap<>();
        List<GraphRows.Membership> memberships = new ArrayList<>();
        Map<String, String> municipalities = new LinkedHashMap<>();
        List<Map<String, String>> members = read(file);
        for (int i = 0; i < members.size(); i++) {
            Map<String, String> m = members.get(i);
            int memberLine = i + 2;
            String municipality = code(m, codeColumn, file, memberLine);
            String name = require(m, nameColumn, file, memberLine);
            String known = municipalities.putIfAbsent(municipality, name);
            if (known != null && !known.equals(name)) {
                throw error(file, memberLine, nameColumn, municipality + " has two names: " + known + " / " + name);
            }
            String regionName = m.getOrDefault(regionNameColumn, "");
            if (regionName.isBlank()) {
                continue; // a municipality of the set in no region: the partition check reports it
            }
            String regionCode = regionCodeColumn.isBlank()
                    ? kind.name() + year + "-" + Names.slug(regionName)
                    : require(m, regionCodeColumn, file, memberLine);
            String other = codeByName.putIfAbsent(regionName, regionCode);
            GraphRows.Region region = regions.putIfAbsent(regionCode, new GraphRows.Region(kind.name(), regionCode, regionName));
            if ((other != null && !other.equals(regionCode)) || (region != null && !region.name().equals(regionName))) {
                throw error(file, memberLine, regionNameColumn, "region " + regionCode + " / '" + regionName
                        + "' has two codes or names");
            }
            GraphRows.Membership membership = new GraphRows.Membership(municipality, regionCode, source, null);
            if (!memberships.contains(membership)) {
                memberships.add(membership);
            }
        }
        if (municipalities.isEmpty()) {
            throw error(file, 0, codeColumn, "edition " + id + " has no municipalities");
        }
        return new Edition(id, kind, year, date, date, source, e.getOrDefault("note", ""),
                List.copyOf(regions.values()), memberships, municipalities);
    }

    private List<Map<String, String>> read(String file) {
        List<Map<String, String>> rows = files.apply(file);
        hashed.append(file).append('\n');
        rows.forEach(r -> hashed.append(new TreeMap<>(r)).append('\n'));
        return rows;
    }

    private static String require(Map<String, String> row, String column, String file, int line) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw error(file, line, column, "empty or missing");
        }
        return value.strip();
    }

    private static String code(Map<String, String> row, String column, String file, int line) {
        String value = require(row, column, file, line);
        if (!CODE.matcher(value).matches()) {
            throw error(file, line, column, "'" + value + "' is not a CBS municipality code (GM and four digits)");
        }
        return value;
    }

    private static String date(Map<String, String> row, String column, String file, int line) {
        String value = require(row, column, file, line);
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException ex) {
            throw error(file, line, column, "'" + value + "' is not an ISO date (YYYY-MM-DD)");
        }
    }

    private static IllegalStateException error(String file, int line, String column, String reason) {
        return new IllegalStateException(file + (line > 0 ? " line " + line : "") + ", column " + column + ": " + reason);
    }
}
