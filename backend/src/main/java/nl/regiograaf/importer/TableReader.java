package nl.regiograaf.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an uploaded table as people actually produce it: CSV separated by comma or semicolon (detected from
 * the header line; Dutch spreadsheet exports use ';'), optional UTF-8 byte-order mark, quoted fields (which may
 * hold separators and line breaks), a Windows-1252 fallback when the bytes are not UTF-8; or a JSON array of
 * objects. Column names are matched case-insensitively; extra columns are kept but ignored by the validators.
 * Line numbers are those of the file (header = line 1); for JSON the "line" is the 1-based position in the array.
 */
public final class TableReader {

    private static final CsvMapper CSV = new CsvMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TableReader() {
    }

    /** One data row: its line in the file and its values by lower-case column name. */
    public record Row(int line, Map<String, String> values) {
        public String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }
    }

    /** A parsed table: the columns as given, the rows, and how the bytes were read. */
    public record Table(List<String> columns, List<Row> rows, String format, String encoding, String delimiter) {
    }

    public enum Format {
        CSV, JSON;

        /** The format for a Content-Type header; null when the type is not supported. */
        public static Format of(String contentType) {
            if (contentType == null) {
                return null;
            }
            String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
            return switch (type) {
                case "text/csv", "application/csv", "text/plain", "text/comma-separated-values" -> CSV;
                case "application/json" -> JSON;
                default -> null;
            };
        }
    }

    public static Table read(byte[] body, Format format) {
        return format == Format.JSON ? json(body) : csv(body);
    }

    public static Table csv(byte[] bytes) {
        String encoding = "UTF-8";
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Excel on Windows saves "CSV" in the ANSI code page; the bytes are not UTF-8 then.
            text = new String(bytes, WINDOWS_1252);
            encoding = "windows-1252";
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ImportRejectedException("The file is empty: expected a header row and at least one data row.",
                    List.of(ImportError.of(1, null, null, "empty file: no header row")));
        }
        char separator = detectSeparator(text);
        List<ImportError> quoting = AmbiguousInput.csvQuotes(text, separator);
        if (!quoting.isEmpty()) {
            throw new ImportRejectedException(quoting.size() + " field(s) with ambiguous quotes; nothing was imported.", quoting);
        }
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withQuoteChar('"')
                .withoutHeader().withNullValue(null);
        List<String> columns = null;
        List<Row> rows = new ArrayList<>();
        try (CsvParser parser = (CsvParser) CSV.getFactory().createParser(new StringReader(text))) {
            parser.setSchema(schema);
            parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.START_ARRAY) {
                    continue;
                }
                // The array starts where the previous record ended; the record's line is that of its first value.
                int line = -1;
                List<String> fields = new ArrayList<>();
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                    if (line < 0) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    fields.add(parser.getValueAsString());
                }
                if (columns == null) {
                    columns = fields.stream().map(f -> f == null ? "" : f.strip()).toList();
                    continue;
                }
                if (fields.stream().allMatch(f -> f == null || f.isBlank())) {
                    continue; // a row of only separators, as spreadsheets leave behind
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < columns.size() && i < fields.size(); i++) {
                    // A cell Regiograaf's own export neutralised ('=…) reads back as it was.
                    values.putIfAbsent(columns.get(i).toLowerCase(Locale.ROOT), CsvFormulas.restore(fields.get(i)));
                }
                rows.add(new Row(line, values));
            }
        } catch (IOException e) {
            throw new ImportRejectedException("The file is not valid CSV.",
                    List.of(ImportError.of(Math.max(1, lineOf(e)), null, null, "not valid CSV: " + firstLine(e.getMessage()))));
        }
        return unambiguous(new Table(columns == null ? List.of() : columns, rows, "csv", encoding, String.valueOf(separator)));
    }

    /** Comma or semicolon, whichever occurs more often outside quotes on the header line. */
    static char detectSeparator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (commas + semicolons > 0) {
                    break;
                }
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    public static Table json(byte[] bytes) {
        List<Row> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        try (JsonParser parser = JSON.getFactory().createParser(bytes)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ImportRejectedException("The body is empty: expected a JSON array of objects.",
                        List.of(ImportError.of(1, null, null, "empty body")));
            }
            if (first != JsonToken.START_ARRAY) {
                throw new ImportRejectedException("The body must be a JSON array of objects.",
                        List.of(ImportError.of(1, null, null, "not a JSON array")));
            }
            List<ImportError> errors = new ArrayList<>();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                index++;
                JsonNode node = JSON.readTree(parser);
                if (!node.isObject()) {
                    errors.add(ImportError.of(index, null, null, "element is not an object"));
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    String key = f.getKey().strip().toLowerCase(Locale.ROOT);
                    if (!columns.contains(key)) {
                        columns.add(key);
                    }
                    if (values.containsKey(key)) {
                        errors.add(ImportError.of(index, key, null, "duplicate field name: '" + key + "' occurs twice "
                                + "(names are case-insensitive)"));
                    }
                    JsonNode v = f.getValue();
                    if (v.isContainerNode()) {
                        errors.add(ImportError.of(index, key, null, "must be a string or a number, not " + (v.isArray() ? "an array" : "an object")));
                    } else {
                        values.put(key, v.isNull() ? null : v.asText());
                    }
                }
                rows.add(new Row(index, values));
            }
            if (!errors.isEmpty()) {
                throw new ImportRejectedException(errors.size() + " problem(s) in the elements of the array (not flat objects, or a field twice).", errors);
            }
        } catch (IOException e) {
            throw new ImportRejectedException("The body is not valid JSON.",
                    List.of(ImportError.of(Math.max(1, lineOf(e)), null, null, "not valid JSON: " + firstLine(e.getMessage()))));
        }
        return unambiguous(new Table(columns, rows, "json", "UTF-8", null));
    }

    /** Refuses a table that programs would read differently: AmbiguousInput. */
    private static Table unambiguous(Table table) {
        List<ImportError> errors = new ArrayList<>(AmbiguousInput.duplicateColumns(table.columns()));
        errors.addAll(AmbiguousInput.characters(table));
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors.size() + " ambiguous column name(s) or field(s); nothing was imported.",
                    errors);
        }
        return table;
    }

    private static int lineOf(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException p && p.getLocation() != null) {
            return p.getLocation().getLineNr();
        }
        return 1;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse(message);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
