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
 * Reads the older editions declared in {@code data/nl/editions.csv} and the municipal events of every events file
 * registered in sources.csv ({@code municipal_mergers_2020_2025.csv}, {@code municipal_events_2015_2019.csv}). Both are
 * data: a new edition is a row in editions.csv (plus its member file), a new merger, split or rename is a row in an
 * events file; no code changes. Every row is checked and a bad one stops the load naming file, line and column, so a
 * store never holds half an edition. An edition whose source names municipalities without codes (the zorgkantoor
 * regions of 2014) has its names resolved to current municipalities or to the former ones of the events.
 */
public final class EditionData {

    public static final String EDITIONS = "editions.csv";
    public static final String EVENTS = "municipal_mergers_2020_2025.csv";
    static final String SOURCES = "sources.csv";
    static final String MUNICIPALITIES = "municipalities.csv";
    static final String ALIASES = "name_aliases.csv";
    /** An events file: any file of sources.csv named like municipal_mergers_2020_2025.csv or municipal_events_2015_2019.csv. */
    private static final Pattern EVENTS_FILE = Pattern.compile("municipal_(mergers|events)_\\d{4}_\\d{4}\\.csv");
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
        Map<String, String> eventFiles = new TreeMap<>();
        for (Map<String, String> s : read(SOURCES)) {
            sources.put(s.get("id"), s);
            for (String file : s.getOrDefault("files", "").split("\\|")) {
                if (EVENTS_FILE.matcher(file.strip()).matches()) {
                    eventFiles.put(file.strip(), s.get("id"));
                }
            }
        }
        if (!eventFiles.containsKey(EVENTS)) {
            throw error(SOURCES, 0, "files", "no source covers " + EVENTS);
        }
        List<MunicipalEvents.Row> eventRows = new ArrayList<>();
        eventFiles.forEach((file, source) -> eventRows.addAll(events(file, source)));
        MunicipalEvents events = new MunicipalEvents(null, eventRows);
        List<Edition> editions = new ArrayList<>();
        List<Map<String, String>> rows = read(EDITIONS);
        NameIndex names = null;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getOrDefault("municipality_code_column", "").isBlank() && names == null) {
                names = new NameIndex(eventRows);
            }
            Edition edition = edition(rows.get(i), i + 2, names);
            if (!sources.containsKey(edition.source())) {
                throw error(EDITIONS, i + 2, "source_id", "'" + edition.source() + "' is not a source in " + SOURCES);
            }
            editions.add(edition);
        }
        return new Loaded(editions, events, Hashing.sha256Hex(hashed.toString()));
    }

    /**
     * The rows of one events file. {@code old_code} may be empty where no source states the CBS code of a former
     * municipality: its name is then its key ({@link MunicipalEvents#nameKey}); every row must cite a source.
     */
    private List<MunicipalEvents.Row> events(String file, String source) {
        List<MunicipalEvents.Row> result = new ArrayList<>();
        List<Map<String, String>> rows = read(file);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            int line = i + 2;
            String kind = require(r, "kind", file, line);
            if (!MunicipalEvents.KINDS.contains(kind)) {
                throw error(file, line, "kind", "'" + kind + "' is not one of " + MunicipalEvents.KINDS);
            }
            String oldName = require(r, "old_name", file, line);
            String oldCode = r.getOrDefault("old_code", "").isBlank() ? MunicipalEvents.nameKey(oldName)
                    : code(r, "old_code", file, line);
            result.add(new MunicipalEvents.Row(date(r, "effective_date", file, line), kind, oldCode, oldName,
                    code(r, "new_code", file, line), require(r, "new_name", file, line),
                    require(r, "source", file, line), source));
        }
        Map<String, Integer> splitParts = new HashMap<>();
        result.stream().filter(r -> r.kind().equals("split"))
                .forEach(r -> splitParts.merge(r.date() + r.oldCode(), 1, Integer::sum));
        splitParts.forEach((key, parts) -> {
            if (parts < 2) {
                throw error(file, 0, "kind", "a split needs two or more parts; " + key.substring(10) + " has one");
            }
        });
        return result;
    }

    /**
     * Name → key for a source that names municipalities without codes: the current municipalities (CBS name, normalised
     * name, or an alias of name_aliases.csv) and the former ones of the events (old_name). A name that matches two
     * different keys is ambiguous and stops the load, as does one that matches none.
     */
    private final class NameIndex {

        private final Map<String, List<String>> keys = new HashMap<>();

        NameIndex(List<MunicipalEvents.Row> events) {
            read(MUNICIPALITIES).forEach(m -> add(m.get("name"), m.get("code")));
            read(ALIASES).forEach(a -> add(a.get("alias"), a.get("code")));
            events.forEach(r -> add(r.oldName(), r.oldCode()));
        }

        private void add(String name, String key) {
            List<String> known = keys.computeIfAbsent(Names.normalize(name), k -> new ArrayList<>());
            if (!known.contains(key)) {
                known.add(key);
            }
        }

        String key(String name, String file, int line, String column) {
            List<String> found = keys.getOrDefault(Names.normalize(name), List.of());
            if (found.size() != 1) {
                throw error(file, line, column, "'" + name + "' is " + (found.isEmpty()
                        ? "no current municipality, alias (" + ALIASES + ") or former municipality of an events file"
                        : "ambiguous: " + found));
            }
            return found.get(0);
        }
    }

    private Edition edition(Map<String, String> e, int line, NameIndex names) {
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
        String codeColumn = e.getOrDefault("municipality_code_column", "").strip();
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
            String name = require(m, nameColumn, file, memberLine);
            String municipality = codeColumn.isEmpty() ? names.key(name, file, memberLine, nameColumn)
                    : code(m, codeColumn, file, memberLine);
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
            throw error(file, 0, nameColumn, "edition " + id + " has no municipalities");
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
