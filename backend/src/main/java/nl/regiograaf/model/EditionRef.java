package nl.regiograaf.model;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.regiograaf.web.error.ApiException;

/**
 * A division named with an optional edition: {@code GGD} (the current edition) or {@code GGD@2020}. The one place
 * where the KIND@YEAR syntax is parsed; whether the edition exists is for the caller to say (404 with the list).
 */
public record EditionRef(DivisionKind kind, Integer year) {

    private static final Pattern SYNTAX = Pattern.compile("([A-Za-z]+)(?:@(\\d{4}))?");
    private static final String KINDS = Arrays.stream(DivisionKind.values()).map(Enum::name).collect(Collectors.joining(", "));

    public boolean current() {
        return year == null;
    }

    /** {@code GGD} or {@code GGD@2020}. */
    public String id() {
        return current() ? kind.name() : kind.name() + "@" + year;
    }

    @Override
    public String toString() {
        return id();
    }

    /** Parses a parameter value; a missing value or bad syntax is a 400 naming {@code parameter}. */
    public static EditionRef parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(parameter, "Parameter '" + parameter + "' is required: a division (" + KINDS
                    + "), optionally with an edition year, e.g. GGD@2020.");
        }
        Matcher m = SYNTAX.matcher(value.strip());
        DivisionKind kind = m.matches() ? DivisionKind.parse(m.group(1)).orElse(null) : null;
        if (kind == null) {
            throw ApiException.badRequest(parameter, "Unknown division '" + clip(value) + "' in parameter '" + parameter
                    + "'; expected one of " + KINDS + ", optionally with an edition year (KIND@YEAR, e.g. GGD@2020).");
        }
        return new EditionRef(kind, m.group(2) == null ? null : Integer.valueOf(m.group(2)));
    }

    private static String clip(String value) {
        String v = value.replaceAll("\\p{Cntrl}", "?");
        return v.length() > 80 ? v.substring(0, 80) + "…" : v;
    }
}
