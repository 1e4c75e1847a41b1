package nl.regiograaf.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Loads the named Cypher files shipped under {@code cypher/} on the classpath. */
public final class Cypher {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Cypher() {
    }

    /** The text of {@code cypher/<name>.cypher}, e.g. {@code query("queries/overlap")}. */
    public static String query(String name) {
        return CACHE.computeIfAbsent(name, Cypher::load);
    }

    /** A file of several statements separated by semicolons, comments removed. */
    public static List<String> statements(String name) {
        return Arrays.stream(query(name).split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String load(String name) {
        String path = "cypher/" + name + ".cypher";
        try (InputStream in = Cypher.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing Cypher file on classpath: " + path);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines()
                    .filter(line -> !line.strip().startsWith("//"))
                    .reduce("", (a, b) -> a + b + "\n")
                    .strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
