package nl.regiograaf.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Input that different programs would read differently is refused, with the line and column: two columns with the
 * same name (which one counts?), control characters (NUL and the like; tab and line breaks are fine) and bidi
 * overrides (U+202A–U+202E, U+2066–U+2069, which make text display other than it reads) in any field, and a quote
 * inside an unquoted CSV field (where does the field end?).
 */
final class AmbiguousInput {

    private AmbiguousInput() {
    }

    /** Column names that occur more than once (names are case-insensitive), as errors on line 1. */
    static List<ImportError> duplicateColumns(List<String> columns) {
        List<ImportError> errors = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            Integer earlier = first.putIfAbsent(name, i + 1);
            if (earlier != null) {
                errors.add(ImportError.of(1, columns.get(i), null, "duplicate column name: columns " + earlier + " and "
                        + (i + 1) + " are both '" + name + "'"));
            }
        }
        return errors;
    }

    /** A reason when {@code text} holds a control character or a bidi override; null when it is clean. */
    static String badCharacter(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                return String.format(Locale.ROOT, "control character U+%04X at character %d", (int) c, i + 1);
            }
            if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                return String.format(Locale.ROOT, "bidirectional override U+%04X at character %d", (int) c, i + 1);
            }
        }
        return null;
    }

    /** Every field (and column name) with a control character or bidi override. */
    static List<ImportError> characters(TableReader.Table table) {
        List<ImportError> errors = new ArrayList<>();
        for (String column : table.columns()) {
            String reason = badCharacter(column);
            if (reason != null) {
                errors.add(ImportError.of(1, column, column, "column name: " + reason));
            }
        }
        for (TableReader.Row row : table.rows()) {
            row.values().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                String reason = badCharacter(e.getValue());
                if (reason != null) {
                    errors.add(ImportError.of(row.line(), e.getKey(), e.getValue(), reason));
                }
            });
        }
        return errors;
    }

    /**
     * Quotes where they cannot be read one way only: a quote inside a field that does not start with one, or text
     * after a field's closing quote. {@code columns} names the fields (null while the header is scanned).
     */
    static List<ImportError> csvQuotes(String text, char separator) {
        List<ImportError> errors = new ArrayList<>();
        List<String> header = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        int line = 1;
        int lineStart = 0;
        int field = 0;
        boolean atStart = true;
        boolean quoted = false;
        boolean closed = false;
        boolean reported = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                        if (line == 1) {
                            name.append('"');
                        }
                    } else {
                        quoted = false;
                        closed = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                    if (line == 1) {
                        name.append(c);
                    }
                }
                continue;
            }
            if (c == separator || c == '\n') {
                if (line == 1) {
                    header.add(name.toString().strip());
                    name.setLength(0);
                }
                field = c == '\n' ? 0 : field + 1;
                if (c == '\n') {
                    line++;
                    lineStart = i + 1;
                }
                atStart = true;
                closed = false;
                reported = false;
                continue;
            }
            if (c == '\r') {
                continue;
            }
            if (c == '"' && atStart) {
                quoted = true;
                atStart = false;
                continue;
            }
            if (!reported && (c == '"' || (closed && !Character.isWhitespace(c)))) {
                String column = line == 1 || field >= header.size() ? "column " + (field + 1) : header.get(field);
                errors.add(ImportError.of(line, column, null, (c == '"' ? "stray quote inside an unquoted field"
                        : "text after the closing quote of a field") + " at character " + (i - lineStart + 1)
                        + " of the line; quote the whole field and double quotes inside it (\"\")"));
                reported = true;
            }
            if (line == 1) {
                name.append(c);
            }
            atStart = false;
        }
        return errors;
    }
}
