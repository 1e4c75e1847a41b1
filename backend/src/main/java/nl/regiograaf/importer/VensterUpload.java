package nl.regiograaf.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Validates answers of the venster op de samenwerking ({@code region;year;financier;question;answer[;toelichting]}):
 * each financier (gemeenten, zorgverzekeraar, zorgkantoor) answers three questions (proces, agenda, resultaten) on a
 * five-point scale, 1 zeer ontevreden … 5 zeer tevreden (the number or the words).
 */
public final class VensterUpload {

    public static final List<String> COLUMNS = List.of("region", "year", "financier", "question", "answer", "toelichting");
    public static final List<String> FINANCIERS = List.of("gemeenten", "zorgverzekeraar", "zorgkantoor");
    public static final List<String> QUESTIONS = List.of("proces", "agenda", "resultaten");
    public static final List<String> SCALE = List.of("zeer ontevreden", "ontevreden", "neutraal", "tevreden", "zeer tevreden");
    /** The venster started with a nulmeting in 2020 (VNG/ZN); a year before it cannot hold answers. */
    public static final int FIRST_YEAR = 2019;

    private VensterUpload() {
    }

    public static List<Map<String, Object>> validate(TableReader.Table table, IzaRegionIndex regions) {
        UploadChecks.requireShape(table, List.of("region", "year", "financier", "question", "answer"));
        List<ImportError> errors = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        int lastYear = LocalDate.now().getYear();
        for (TableReader.Row row : table.rows()) {
            int before = errors.size();
            int line = row.line();
            String region = WerkstructuurUpload.region(errors, row, regions);
            Integer year = null;
            String yearText = row.get("year");
            if (!yearText.matches("\\d{4}")) {
                errors.add(ImportError.of(line, "year", yearText.isEmpty() ? null : yearText, "a year such as 2026"));
            } else {
                year = Integer.parseInt(yearText);
                if (year < FIRST_YEAR || year > lastYear) {
                    errors.add(ImportError.of(line, "year", yearText, "year outside " + FIRST_YEAR + "–" + lastYear));
                    year = null;
                }
            }
            String financier = oneOf(errors, row, "financier", FINANCIERS);
            String question = oneOf(errors, row, "question", QUESTIONS);
            Integer answer = answer(errors, row);
            UploadChecks.maxLength(errors, row, "toelichting", 1000);
            if (region != null && year != null && financier != null && question != null) {
                Integer first = firstLine.putIfAbsent(region + "|" + year + "|" + financier + "|" + question, line);
                if (first != null) {
                    errors.add(ImportError.of(line, "question", row.get("question"), "duplicate of line " + first
                            + " (same region, year, financier and question)"));
                }
            }
            if (errors.size() == before) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("region", region);
                r.put("year", year.longValue());
                r.put("financier", financier);
                r.put("question", question);
                r.put("answer", answer.longValue());
                r.put("toelichting", row.get("toelichting").isEmpty() ? null : row.get("toelichting"));
                rows.add(r);
            }
        }
        ImportRejectedException.throwIfAny(errors);
        return rows;
    }

    private static String oneOf(List<ImportError> errors, TableReader.Row row, String column, List<String> allowed) {
        String given = row.get(column);
        String normal = given.toLowerCase(Locale.ROOT).strip();
        if (allowed.contains(normal)) {
            return normal;
        }
        errors.add(ImportError.of(row.line(), column, given.isEmpty() ? null : given,
                (given.isEmpty() ? "missing " : "unknown ") + column + "; one of " + String.join(", ", allowed)));
        return null;
    }

    private static Integer answer(List<ImportError> errors, TableReader.Row row) {
        String given = row.get("answer");
        if (given.matches("[1-5]")) {
            return Integer.parseInt(given);
        }
        int index = SCALE.indexOf(given.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
        if (index >= 0) {
            return index + 1;
        }
        errors.add(ImportError.of(row.line(), "answer", given.isEmpty() ? null : given,
                "an answer 1–5 (1 zeer ontevreden, 2 ontevreden, 3 neutraal, 4 tevreden, 5 zeer tevreden)"));
        return null;
    }
}
