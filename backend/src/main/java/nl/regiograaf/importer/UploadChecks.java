package nl.regiograaf.importer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks shared by the upload validators: header columns, numbers as spreadsheets write them, dates, bounds. */
final class UploadChecks {

    /** The Netherlands, generously: the European part incl. the Wadden islands and Zeeland. */
    static final double LAT_MIN = 50.7;
    static final double LAT_MAX = 53.7;
    static final double LON_MIN = 3.2;
    static final double LON_MAX = 7.3;

    private static final Pattern DUTCH_DATE = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})");

    private UploadChecks() {
    }

    /** Fails the whole upload when required columns are missing or there are no data rows. */
    static void requireShape(TableReader.Table table, List<String> required) {
        List<ImportError> errors = new ArrayList<>();
        if (!"json".equals(table.format())) {
            List<String> given = table.columns().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
            for (String column : required) {
                if (!given.contains(column)) {
                    errors.add(ImportError.of(1, column, null, "missing column '" + column + "' in the header row (columns: "
                            + String.join(", ", required) + " required)"));
                }
            }
        }
        if (errors.isEmpty() && table.rows().isEmpty()) {
            errors.add(ImportError.of(1, null, null, "no data rows"));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException("The upload has no usable header or no rows.", errors);
        }
    }

    /** A decimal number; a decimal comma (Dutch spreadsheets) is accepted. Null when empty. */
    static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0 && t.indexOf(',') == t.lastIndexOf(',')) {
            t = t.replace(',', '.');
        }
        if (!t.matches("[+-]?\\d+(\\.\\d+)?")) {
            throw new NumberFormatException(text);
        }
        return Double.parseDouble(t);
    }

    static boolean inLat(double lat) {
        return lat >= LAT_MIN && lat <= LAT_MAX;
    }

    static boolean inLon(double lon) {
        return lon >= LON_MIN && lon <= LON_MAX;
    }

    /** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or a Dutch one (DD-MM-YYYY), returned as ISO text. */
    static String date(String text) {
        String t = text.strip();
        try {
            if (t.matches("\\d{4}")) {
                int year = Integer.parseInt(t);
                checkYear(year);
                return t;
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(t);
                checkYear(ym.getYear());
                return ym.toString();
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(t);
                checkYear(d.getYear());
                return d.toString();
            }
            Matcher m = DUTCH_DATE.matcher(t);
            if (m.matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                checkYear(d.getYear());
                return d.toString();
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a valid date");
        }
        throw new IllegalArgumentException("not a date: use YYYY, YYYY-MM, YYYY-MM-DD or DD-MM-YYYY");
    }

    private static void checkYear(int year) {
        int max = LocalDate.now().getYear() + 1;
        if (year < 1950 || year > max) {
            throw new IllegalArgumentException("year outside 1950–" + max);
        }
    }

    static void maxLength(List<ImportError> errors, TableReader.Row row, String column, int max) {
        String v = row.get(column);
        if (v.length() > max) {
            errors.add(ImportError.of(row.line(), column, v, "longer than " + max + " characters"));
        }
    }
}
