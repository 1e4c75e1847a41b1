package nl.regiograaf.importer;

import java.util.LinkedHashMap;
import java.util.Map;

/** One problem in an uploaded table: where (line, column), what was given and why it was refused. */
public record ImportError(int line, String column, String value, String reason) {

    public static ImportError of(int line, String column, String value, String reason) {
        return new ImportError(line, column, clip(value), reason);
    }

    /** The shape of an entry of a problem's {@code errors} list. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", line);
        m.put("column", column);
        if (value != null) {
            m.put("value", value);
        }
        m.put("reason", reason);
        return m;
    }

    private static String clip(String value) {
        if (value == null) {
            return null;
        }
        // Control characters and bidi overrides are not echoed (the latter would reorder the text shown around them).
        String v = value.replaceAll("[\\p{Cc}\u202A-\u202E\u2066-\u2069]", "?");
        return v.length() > 100 ? v.substring(0, 100) + "…" : v;
    }
}
