package nl.regiograaf.repo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiograaf.analysis.GraphRows;

/**
 * Every municipality's row (code, name, population, representative point) packed in one string, beside the packed
 * borders (written at every national write, see import/borders_packed.cypher): at ×300 the municipality rows were
 * ~100,000 Bolt lists of five values. Rows in code order separated by RS (U+001E), fields by US (U+001F); a missing
 * point is an empty field. Not packed when a name is missing or a value holds a separator.
 */
public final class PackedMunicipalities {

    private PackedMunicipalities() {
    }

    /** The packed value of {@code rows} (in code order), or null (see above). */
    public static String pack(List<GraphRows.Municipality> rows) {
        StringBuilder out = new StringBuilder();
        for (GraphRows.Municipality m : rows) {
            if (!PackedRegions.plain(m.code()) || !PackedRegions.plain(m.name())) {
                return null;
            }
            if (!out.isEmpty()) {
                out.append(PackedRegions.REGION);
            }
            out.append(m.code()).append(PackedRegions.FIELD).append(m.name()).append(PackedRegions.FIELD)
                    .append(m.population()).append(PackedRegions.FIELD).append(m.lat() == null ? "" : m.lat().toString())
                    .append(PackedRegions.FIELD).append(m.lon() == null ? "" : m.lon().toString());
        }
        return out.toString();
    }

    /** The rows of a packed value; null when it holds more than {@code cap} (then read from the nodes). */
    public static GraphRows.Municipalities unpack(String packed, int cap) {
        Map<String, GraphRows.Municipality> byCode = new LinkedHashMap<>();
        int at = 0;
        int end = packed.length();
        while (at < end) {
            if (byCode.size() == cap) {
                return null;
            }
            int next = packed.indexOf(PackedRegions.REGION, at);
            if (next < 0) {
                next = end;
            }
            int f1 = packed.indexOf(PackedRegions.FIELD, at);
            int f2 = packed.indexOf(PackedRegions.FIELD, f1 + 1);
            int f3 = packed.indexOf(PackedRegions.FIELD, f2 + 1);
            int f4 = packed.indexOf(PackedRegions.FIELD, f3 + 1);
            String code = packed.substring(at, f1);
            byCode.put(code, new GraphRows.Municipality(code, packed.substring(f1 + 1, f2),
                    Long.parseLong(packed, f2 + 1, f3, 10), number(packed, f3 + 1, f4), number(packed, f4 + 1, next)));
            at = next + 1;
        }
        return new GraphRows.Municipalities(byCode, false);
    }

    private static Double number(String packed, int from, int to) {
        return from == to ? null : Double.valueOf(packed.substring(from, to));
    }
}
