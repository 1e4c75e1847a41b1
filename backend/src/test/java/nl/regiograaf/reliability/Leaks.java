package nl.regiograaf.reliability;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a response must never show: stack traces, exception class names, internal packages and paths, error codes
 * of Neo4j, or any line of Regiograaf's own Cypher. (Echoing the client's own value in a 400 is fine, so Cypher is
 * recognised by our query text, not by keywords a hostile input may carry.)
 */
final class Leaks {

    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]*\\.(java|kt):\\d+\\)"), // stack frame
            Pattern.compile("\\b(java|javax|jakarta|org\\.neo4j|org\\.eclipse|io\\.javalin|nl\\.regiograaf|com\\.fasterxml)\\.[a-z]"),
            Pattern.compile("\\b[A-Z]\\w*(Exception|Error)\\b"),
            Pattern.compile("Neo\\.(ClientError|DatabaseError|TransientError)"),
            Pattern.compile("\\.(cypher|java|class)\\b"),
            Pattern.compile("(/home/|/tmp/|/work/|/root/|/usr/lib|[A-Z]:\\\\Users)"));

    /** Every line of our Cypher files long enough to be recognisable. */
    private static final List<String> OUR_CYPHER = ourCypher();

    private Leaks() {
    }

    private static List<String> ourCypher() {
        Path root = Path.of("..", "cypher");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".cypher")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).map(String::strip).filter(l -> l.length() >= 16 && !l.startsWith("//")).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first forbidden thing in {@code body}, or null. */
    static String find(String body) {
        for (Pattern p : FORBIDDEN) {
            var m = p.matcher(body);
            if (m.find()) {
                return p.pattern() + " → '" + m.group() + "'";
            }
        }
        for (String line : OUR_CYPHER) {
            if (body.contains(line)) {
                return "Cypher: " + line;
            }
        }
        return null;
    }

    static void assertClean(String body) {
        if (OUR_CYPHER.size() < 50) {
            fail("the Cypher files were not found (" + OUR_CYPHER.size() + " lines)");
        }
        String leak = find(body);
        if (leak != null) {
            fail("response leaks internals (" + leak + "): " + (body.length() > 500 ? body.substring(0, 500) : body));
        }
    }
}
