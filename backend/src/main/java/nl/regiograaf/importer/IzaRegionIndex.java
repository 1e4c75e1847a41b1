package nl.regiograaf.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.regiograaf.db.GraphClient;
import org.neo4j.driver.Record;

/** The 42 IZA/AZWA regions by code ({@code IZA-TWENTE}) and by normalised name ("Twente"), for the werkstructuur imports. */
public final class IzaRegionIndex {

    private final Map<String, String> codeByKey = new HashMap<>();
    private final Map<String, String> nameByCode = new HashMap<>();

    IzaRegionIndex(Map<String, String> namesByCode) {
        namesByCode.forEach((code, name) -> {
            nameByCode.put(code, name);
            codeByKey.put(code.toUpperCase(Locale.ROOT), code);
            codeByKey.put(Names.normalize(name), code);
        });
    }

    public static IzaRegionIndex load(GraphClient graph) {
        Map<String, String> names = new HashMap<>();
        List<Record> rows = graph.queryAll("queries/regions_by_kind", Map.of("kind", "IZA"));
        for (Record r : rows) {
            names.put(r.get("region").get("code").asString(), r.get("region").get("name").asString());
        }
        return new IzaRegionIndex(names);
    }

    /** The region code for a code or name; null when unknown. */
    public String resolve(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String code = codeByKey.get(given.strip().toUpperCase(Locale.ROOT));
        return code != null ? code : codeByKey.get(Names.normalize(given));
    }

    public String name(String code) {
        return nameByCode.get(code);
    }

    public int size() {
        return nameByCode.size();
    }
}
