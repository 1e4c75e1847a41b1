package nl.regiograaf.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.regiograaf.db.GraphClient;
import org.neo4j.driver.Record;

/**
 * The municipalities in the graph as imports need them: resolve a code (2025, or a 2020 code merged away since,
 * through {@code municipal_mergers_2020_2025.csv}) or a name (case- and diacritics-insensitive, aliases included)
 * to a 2025 code, and place a row on the municipality's representative point.
 */
public final class MunicipalityIndex {

    public record Place(String code, String name, double lat, double lon) {
    }

    /** The result of resolving: a code, or the reason there is none. */
    public record Resolution(String code, String problem) {
        static Resolution ok(String code) {
            return new Resolution(code, null);
        }

        static Resolution fail(String problem) {
            return new Resolution(null, problem);
        }
    }

    private final Map<String, Place> places = new LinkedHashMap<>();
    private final MunicipalityResolver resolver;
    private final Map<String, List<Map<String, String>>> successors = new HashMap<>();

    public MunicipalityIndex(List<Place> municipalities, List<Map<String, String>> aliasRows,
                             List<Map<String, String>> crosswalk) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Place p : municipalities) {
            places.put(p.code(), p);
            names.put(p.code(), p.name());
        }
        resolver = new MunicipalityResolver(names, aliasRows);
        for (Map<String, String> c : crosswalk) {
            successors.computeIfAbsent(c.get("old_code"), k -> new ArrayList<>()).add(c);
        }
    }

    /** Reads the municipalities (and their aliases) from the graph; the crosswalk from the reference data. */
    public static MunicipalityIndex load(GraphClient graph) {
        List<Place> places = new ArrayList<>();
        List<Map<String, String>> aliases = new ArrayList<>();
        for (Record record : graph.queryAll("queries/municipality_index", Map.of())) {
            for (org.neo4j.driver.Value r : record.get("rows").values()) {
                String code = r.get(0).asString();
                places.add(new Place(code, r.get(1).asString(), r.get(3).asDouble(), r.get(4).asDouble()));
                for (org.neo4j.driver.Value alias : r.get(2).values()) {
                    aliases.add(Map.of("alias", alias.asString(), "code", code));
                }
            }
        }
        if (places.isEmpty()) {
            throw new IllegalStateException("The graph holds no municipalities: import the national data first");
        }
        return new MunicipalityIndex(places, aliases, CsvFiles.read(NationalDataLoader.CROSSWALK));
    }

    /** The number of municipalities (the current set). */
    public int size() {
        return places.size();
    }

    /** A municipality given by 2025 code, a 2020 code merged since, or name. */
    public Resolution resolve(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Resolution.fail("missing municipality");
        }
        Optional<String> direct = resolver.resolve(codeOrName);
        if (direct.isPresent()) {
            return Resolution.ok(direct.get());
        }
        String upper = codeOrName.strip().toUpperCase(java.util.Locale.ROOT);
        if (upper.matches("\\d{1,4}")) {
            upper = String.format("GM%04d", Integer.parseInt(upper));
        }
        List<Map<String, String>> next = successors.get(upper);
        if (next != null) {
            if (next.size() == 1 && places.containsKey(next.get(0).get("new_code"))) {
                return Resolution.ok(next.get(0).get("new_code"));
            }
            return Resolution.fail("municipality code " + upper + " (" + next.get(0).get("old_name") + ") was split on "
                    + next.get(0).get("effective_date") + "; give the 2025 municipality");
        }
        return Resolution.fail("unknown municipality (not a 2025 CBS code or municipality name)");
    }

    /**
     * A code of the 2020 set (as in the compiled real files) carried to 2025: unchanged when it still exists,
     * else its merger successor. A split code has no single successor and fails.
     */
    public String code2025(String code2020, String where) {
        if (places.containsKey(code2020)) {
            return code2020;
        }
        Resolution r = resolve(code2020);
        if (r.code() == null) {
            throw new IllegalStateException("Cannot map " + code2020 + " to 2025 in " + where + ": " + r.problem());
        }
        return r.code();
    }

    public Place place(String code) {
        return places.get(code);
    }

    public MunicipalityResolver resolver() {
        return resolver;
    }
}
