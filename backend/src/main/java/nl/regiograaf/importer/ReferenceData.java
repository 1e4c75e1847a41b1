package nl.regiograaf.importer;

import java.io.IOException;
import java.io.InputStream;

/** The national reference files, shipped in the jar under {@code data/nl/}. */
public final class ReferenceData {

    private ReferenceData() {
    }

    public static InputStream open(String file) throws IOException {
        String path = "data/nl/" + file;
        InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException("Missing reference data file on classpath: " + path);
        }
        return in;
    }

    public static byte[] bytes(String file) {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
