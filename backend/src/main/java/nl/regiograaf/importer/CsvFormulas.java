package nl.regiograaf.importer;

import java.util.regex.Pattern;

/**
 * CSV formula injection: a spreadsheet runs a cell that starts with {@code = + - @}, a tab or a carriage return as a
 * formula. Every CSV Regiograaf writes prefixes such a text cell with {@code '} ({@link #neutralise}); the importer
 * takes exactly one {@code '} off again ({@link #restore}), so an export imports back to identical data. A value that
 * already starts with quotes before such a character gets one more, so the two stay each other's inverse.
 */
public final class CsvFormulas {

    private static final Pattern NEEDS_QUOTE = Pattern.compile("^'*[=+\\-@\\t\\r]");
    private static final Pattern QUOTED = Pattern.compile("^'+[=+\\-@\\t\\r]");

    private CsvFormulas() {
    }

    public static String neutralise(String text) {
        return text != null && NEEDS_QUOTE.matcher(text).lookingAt() ? "'" + text : text;
    }

    public static String restore(String text) {
        return text != null && QUOTED.matcher(text).lookingAt() ? text.substring(1) : text;
    }
}
