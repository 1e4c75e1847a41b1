package nl.regiograaf.importer;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Reads the reference CSV files (header row, comma separated, UTF-8) shipped under {@code data/} on the classpath. */
public final class CsvFiles {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.TRIM_SPACES)
            .build();

    private CsvFiles() {
    }

    public static List<Map<String, String>> read(String resource) {
        try (InputStream in = ReferenceData.open(resource)) {
            CsvSchema schema = CsvSchema.emptySchema().withHeader();
            MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class).with(schema).readValues(in);
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
