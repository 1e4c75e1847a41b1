package nl.regiograaf.reliability;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.regex.Pattern;

/** What a response must never show: stack traces, exception class names, Cypher, internal paths. */
final class Leaks {

    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]*\\.(java|kt):\\d+\\)"), // stack frame
            Pattern.compile("\\b(java|javax|jakarta|org\\.neo4j|org\\.eclipse|io\\.javalin|nl\\.regiograaf|com\\.fasterxml)\\.[a-z]"),
            Pattern.compile("\\w+(Exception|Error)\\b(?!s)"),
            Pattern.compile("\\b(MATCH|MERGE|UNWIND|DETACH DELETE|RETURN)\\s*\\(", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\.cypher\\b"),
            Pattern.compile("(/home/|/tmp/|/work/|/usr/|/var/|[A-Z]:\\\\)"));

    private Leaks() {
    }

    /** The first forbidden thing in {@code body}, or null. */
    static String find(String body) {
        for (Pattern p : FORBIDDEN) {
            var m = p.matcher(body);
            if (m.find()) {
                return p.pattern() + " → '" + m.group() + "'";
            }
        }
        return null;
    }

    static void assertClean(String body) {
        String leak = find(body);
        if (leak != null) {
            fail("response leaks internals (" + leak + "): " + (body.length() > 500 ? body.substring(0, 500) : body));
        }
    }
}
