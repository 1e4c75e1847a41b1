package nl.regiograaf.support;

import java.util.List;
import java.util.Map;
import nl.regiograaf.importer.CsvFiles;

/** The raw reference files, read straight from the data directory for independent checks in tests. */
public final class DataFiles {

    private DataFiles() {
    }

    public static List<Map<String, String>> csv(String file) {
        return CsvFiles.read(file);
    }
}
