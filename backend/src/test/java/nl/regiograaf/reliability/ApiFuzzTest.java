package nl.regiograaf.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.TestGraph;
import nl.regiograaf.support.Uploads;

/**
 * Property-based fuzzing (jqwik) of every GET endpoint's parameters and of both import endpoints in both formats
 * with hostile input: Cypher fragments, very long values, control characters, invalid UTF-8, numbers out of range,
 * NaN, huge numbers, deeply nested JSON. No answer may be ≥ 500 or leak internals, and a rejected import must leave
 * the data exactly as it was (counts and checksum, {@link Uploads#fingerprint()}).
 *
 * <p>The tries per property come from {@code -Dfuzz.tries=N} (backend/pom.xml passes it to jqwik as
 * {@code jqwik.tries.default}; a few hundred by default). The outcome by endpoint and status is printed and
 * written to {@code target/fuzz-report.txt}.
 */
class ApiFuzzTest {

    /** GET routes and the query parameters each one reads ({x} = a path parameter, fuzzed too). */
    static final Map<String, List<String>> GET_ROUTES = new TreeMap<>(Map.ofEntries(
            Map.entry("/api/health", List.of()),
            Map.entry("/api/divisions", List.of()),
            Map.entry("/api/municipalities", List.of()),
            Map.entry("/api/municipalities/{code}", List.of()),
            Map.entry("/api/regions", List.of("kind")),
            Map.entry("/api/regions/{kind}/{code}", List.of()),
            Map.entry("/api/sources", List.of()),
            Map.entry("/api/geometry/municipalities", List.of()),
            Map.entry("/api/overlaps", List.of("a", "b")),
            Map.entry("/api/overlaps/ggd", List.of()),
            Map.entry("/api/partition-check", List.of("kind")),
            Map.entry("/api/graph", List.of("focus", "depth")),
            Map.entry("/api/search", List.of("q")),
            Map.entry("/api/memberships", List.of("kind")),
            Map.entry("/api/datasets", List.of()),
            Map.entry("/api/support-points", List.of("kind", "demo")),
            Map.entry("/api/coverage", List.of("criterion", "radiusKm", "kind", "by", "demo")),
            Map.entry("/api/ketenaanpakken/coverage", List.of("by", "ketenaanpak", "demo")),
            // editions
            Map.entry("/api/editions", List.of()),
            Map.entry("/api/divisions/diff", List.of("from", "to", "moves")),
            Map.entry("/api/municipalities/{code}/history", List.of()),
            // scenarios and the werkstructuur
            Map.entry("/api/scenarios/check", List.of("base", "moves", "name")),
            Map.entry("/api/checks/spuk", List.of("tolerance")),
            Map.entry("/api/werkstructuur", List.of()),
            Map.entry("/api/werkstructuur/{region}", List.of()),
            Map.entry("/api/venster", List.of("year", "demo"))));

    static final List<String> HOSTILE = List.of(
            "' OR 1=1 //", "}) MATCH (n) DETACH DELETE n //", "\") MATCH (n) DETACH DELETE n RETURN 1 //",
            "GM0363' }) DETACH DELETE m //", "$code", "{code}", "`", "\\", "\\u0000", "\u0000", "\r\n", "\u202e",
            "NaN", "-NaN", "Infinity", "-Infinity", "1e309", "-1e309", "1e-400", "0", "-0", "-1", "101", "100.0000001",
            "9223372036854775808", "-9223372036854775809", "99999999999999999999999999999999999999", "0x1F", "1_000",
            "١٢٣", "GM0363", "gm0363", "GG3406", "IZA", "GGD", "izA", "GGD@2020", "ROAZ@2020", "GGD@1999", "ggd@2020", "GGD@", "@2020", "ROAZ-AZNN", "IZA-TWENTE", "GM0034:ZK07", "GM0034:ZK07,GM0935:NEW1", "GM0034:", ":ZK07", "GM0034:ZK07,GM0034:ZK08", "2025", "2026", "steunpunt", "gli", "true", "false",
            "2", "3", "1", "10,5", "10.5", " ", "", "%", "%00", "<script>alert(1)</script>", "../../etc/passwd",
            "CALL db.labels()", "LOAD CSV FROM 'file:///etc/passwd' AS x RETURN x", "null", "undefined", "[]", "{}",
            "\uD800", "\uDFFF", "\uFFFF", "ﬀ", "İ", "🏥", "a".repeat(5000));

    static final Map<String, Map<Integer, AtomicLong>> OUTCOMES = new ConcurrentHashMap<>();
    static final AtomicLong LEAKS = new AtomicLong();
    static final AtomicLong ACCEPTED_IMPORTS = new AtomicLong();
    static final AtomicLong SKIPPED = new AtomicLong();
    /** Status recorded when the server refused an over-long request line (414) and closed before the body was sent. */
    static final int CLOSED_AFTER_414 = 0;
    static Map<String, Object> baseline;

    @BeforeContainer
    static void baseline() {
        baseline = Uploads.fingerprint();
    }

    @AfterContainer
    static void report() throws IOException {
        StringBuilder s = new StringBuilder("Fuzz outcome by endpoint and status (tries per property: "
                + System.getProperty("fuzz.tries", "default") + ")\n");
        long total = 0;
        Map<Integer, Long> byStatus = new TreeMap<>();
        for (var e : new TreeMap<>(OUTCOMES).entrySet()) {
            long n = e.getValue().values().stream().mapToLong(AtomicLong::get).sum();
            total += n;
            s.append(String.format("  %-48s %6d  %s%n", e.getKey(), n, new TreeMap<>(e.getValue())));
            e.getValue().forEach((k, v) -> byStatus.merge(k, v.get(), Long::sum));
        }
        s.append("  total cases: ").append(total).append("  by status: ").append(byStatus)
                .append("  accepted imports (removed again): ").append(ACCEPTED_IMPORTS.get())
                .append("  skipped (not a URI the client can send): ").append(SKIPPED.get())
                .append("\n  (status 0 = the server answered 414 to a request line over 8 KB and closed the connection while the body was still being sent)\n");
        System.out.print(s);
        Files.writeString(Path.of("target", "fuzz-report.txt"), s.toString());
        assertEquals(Uploads.withoutVersion(baseline), Uploads.withoutVersion(Uploads.fingerprint()),
                "the data after the whole run (apart from the version)");
    }

    // ---------------------------------------------------------------- GET endpoints

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void getEndpointsNeverFail(@ForAll("getRequests") GetCase c) {
        String path = c.route();
        for (String value : c.pathValues()) {
            path = path.replaceFirst("\\{[^}]+}", value);
        }
        StringBuilder query = new StringBuilder();
        c.params().forEach((k, v) -> query.append(query.length() == 0 ? "?" : "&").append(k).append('=').append(v));
        URI uri;
        try {
            uri = URI.create(TestGraph.get().baseUrl() + path + query);
        } catch (IllegalArgumentException e) {
            SKIPPED.incrementAndGet();
            return; // not a URI Java's client can send
        }
        Http.Response r = Http.send(HttpRequest.newBuilder(uri).GET());
        record(c.route(), r.status());
        check(c.route() + " " + path + query, r);
    }

    record GetCase(String route, List<String> pathValues, Map<String, String> params) {
    }

    @Provide
    Arbitrary<GetCase> getRequests() {
        Arbitrary<String> route = Arbitraries.of(List.copyOf(GET_ROUTES.keySet()));
        Arbitrary<String> value = encodedValue();
        return route.flatMap(r -> {
            List<String> names = new ArrayList<>(GET_ROUTES.get(r));
            names.add("x" + "_unknown");
            Arbitrary<List<String>> pathValues = value.list().ofSize((int) r.chars().filter(ch -> ch == '{').count());
            Arbitrary<Map<String, String>> params = Arbitraries.maps(Arbitraries.of(names), value).ofMaxSize(names.size());
            return Combinators.combine(pathValues, params).as((p, q) -> new GetCase(r, p, q));
        });
    }

    /** A parameter value as it appears in a URL: percent-encoded hostile text, or raw percent-encoded (invalid) bytes. */
    static Arbitrary<String> encodedValue() {
        Arbitrary<String> text = hostileText().map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8));
        Arbitrary<String> invalidUtf8 = Arbitraries.of("%C3%28", "%FF", "%ED%A0%80", "%C0%AF", "%F8%88%80%80%80", "%E2%82",
                "%00", "%0D%0A", "%C3", "%EF%BB%BF");
        Arbitrary<String> mixed = Combinators.combine(text, invalidUtf8).as((a, b) -> a + b);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, text),
                net.jqwik.api.Tuple.of(2, invalidUtf8),
                net.jqwik.api.Tuple.of(2, mixed));
    }

    static Arbitrary<String> hostileText() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.of(HOSTILE)),
                net.jqwik.api.Tuple.of(3, Arbitraries.strings().all().ofMaxLength(40)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(20)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMinLength(1000).ofMaxLength(6000)),
                net.jqwik.api.Tuple.of(2, Arbitraries.doubles().map(d -> Double.toString(d))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE, -Double.MAX_VALUE)
                        .map(String::valueOf)),
                net.jqwik.api.Tuple.of(1, Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
                        .map(BigInteger::toString)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(Arbitraries.of(HOSTILE), Arbitraries.of(HOSTILE)).as(String::concat)));
    }

    // ---------------------------------------------------------------- imports

    /** The fingerprint the data must have now (updated only after an accepted import was removed again). */
    static Map<String, Object> current;

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void importsRejectHostileInputWithoutChangingAnything(@ForAll("imports") ImportCase c) {
        if (current == null) {
            current = Uploads.fingerprint();
        }
        String query = "?dataset=" + URLEncoder.encode(c.dataset(), StandardCharsets.UTF_8)
                + (c.mode() == null ? "" : "&mode=" + URLEncoder.encode(c.mode(), StandardCharsets.UTF_8))
                + (c.scope() == null ? "" : "&scope=" + URLEncoder.encode(c.scope(), StandardCharsets.UTF_8));
        String label = "POST " + c.endpoint() + " (" + c.format() + ")";
        Http.Response r;
        try {
            r = Uploads.post(c.endpoint() + query, c.contentType(), c.body(), TestGraph.ADMIN_TOKEN);
        } catch (java.io.UncheckedIOException e) {
            assertTrue(query.length() > 8000, label + ": connection failed on a normal-sized request: " + e + " " + c.describe());
            record(label, CLOSED_AFTER_414);
            assertEquals(current, Uploads.fingerprint(), "after the refused request");
            return;
        }
        record(label, r.status());
        check(label + " " + c.describe(), r);
        if (r.status() == 200) {
            // Hostile text in a free-text field is data, not code: stored as given, then removed again.
            ACCEPTED_IMPORTS.incrementAndGet();
            Uploads.remove(r.json().get("dataset").get("id").asText());
            Map<String, Object> after = Uploads.fingerprint();
            assertEquals(Uploads.withoutVersion(current), Uploads.withoutVersion(after), "after removing the accepted import");
            current = after;
        } else {
            assertTrue(r.status() >= 400, label + ": " + r.status());
            // Counts, checksum of every support point, statement and dataset, and the data version: all unchanged.
            Map<String, Object> after = Uploads.fingerprint();
            if (!current.equals(after)) {
                Map<String, Object> expected = current;
                current = after;
                assertEquals(expected, after, label + " rejected with " + r.status() + " but the data changed: " + c.describe());
            }
        }
    }

    record ImportCase(String endpoint, String format, String contentType, byte[] body, String dataset, String mode, String scope) {
        String describe() {
            String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            return "[" + body.length + " bytes, " + contentType + ", dataset=" + dataset + ", mode=" + mode + "] " + text;
        }
    }

    static final List<String> SUPPORT_COLUMNS = List.of("name", "kind", "municipality", "address", "town", "lat", "lon", "source");
    static final List<String> KETEN_COLUMNS = List.of("municipality", "ketenaanpak", "status", "since", "source");

    @Provide
    Arbitrary<ImportCase> imports() {
        Arbitrary<String> endpoint = Arbitraries.of("/api/import/support-points", "/api/import/ketenaanpakken");
        Arbitrary<String> format = Arbitraries.of("csv", "json");
        Arbitrary<String> dataset = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.just("user-fuzz")),
                net.jqwik.api.Tuple.of(2, hostileText()));
        Arbitrary<String> mode = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just((String) null)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("replace", "append")),
                net.jqwik.api.Tuple.of(2, hostileText()));
        Arbitrary<String> scope = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(7, Arbitraries.just((String) null)),
                net.jqwik.api.Tuple.of(3, hostileText()));
        return Combinators.combine(endpoint, format, dataset, mode, scope).flatAs((e, f, d, m, s) -> {
            List<String> columns = e.endsWith("support-points") ? SUPPORT_COLUMNS : KETEN_COLUMNS;
            Arbitrary<byte[]> body = "csv".equals(f) ? csvBody(columns) : jsonBody(columns);
            Arbitrary<String> contentType = Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(9, Arbitraries.just("csv".equals(f) ? "text/csv" : "application/json")),
                    net.jqwik.api.Tuple.of(1, Arbitraries.of("text/csv; charset=windows-1252", "application/json; charset=utf-16",
                            "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/csv;;;", "")));
            return Combinators.combine(body, contentType).as((b, ct) -> new ImportCase(e, f, ct, b, d, m, s));
        });
    }

    /** A field: a plausible value (so that rows get far into validation) or a hostile one. */
    static Arbitrary<String> field(String column) {
        Arbitrary<String> plausible = switch (column) {
            case "kind" -> Arbitraries.of("steunpunt", "inloophuis", "Zelfregiecentrum");
            case "municipality" -> Arbitraries.of("GM0363", "Utrecht", "'s-Hertogenbosch", "den bosch");
            case "ketenaanpak" -> Arbitraries.of("gli", "valpreventie", "Kansrijke Start");
            case "lat" -> Arbitraries.of("52.37", "52,37", "");
            case "lon" -> Arbitraries.of("4.89", "4,89", "");
            case "since" -> Arbitraries.of("2024", "2024-05", "01-02-2023", "");
            case "status" -> Arbitraries.of("actief", "in opstart");
            default -> Arbitraries.of("Steunpunt De Brug", "Kerkstraat 1", "Amsterdam", "");
        };
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, plausible), net.jqwik.api.Tuple.of(1, hostileText()));
    }

    static Arbitrary<byte[]> csvBody(List<String> columns) {
        Arbitrary<String> delimiter = Arbitraries.of(",", ";", "\t", "|");
        Arbitrary<List<String>> header = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.just(columns)),
                net.jqwik.api.Tuple.of(2, hostileText().list().ofMinSize(0).ofMaxSize(10)));
        Arbitrary<List<List<String>>> rows = Combinators.combine(columns.stream().map(ApiFuzzTest::field).toList())
                .as(l -> (List<String>) new ArrayList<>(l)).list().ofMaxSize(8);
        Arbitrary<String> text = Combinators.combine(delimiter, header, rows, Arbitraries.of(true, false)).as((d, h, rs, quote) -> {
            StringBuilder s = new StringBuilder(String.join(d, h)).append('\n');
            for (List<String> r : rs) {
                s.append(String.join(d, r.stream().map(v -> quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v).toList())).append('\n');
            }
            return s.toString();
        });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(7, text.map(t -> t.getBytes(StandardCharsets.UTF_8))),
                net.jqwik.api.Tuple.of(1, text.map(t -> ("\uFEFF" + t).getBytes(StandardCharsets.UTF_16))),
                net.jqwik.api.Tuple.of(1, Combinators.combine(text, rawBytes()).as((t, b) -> concat(t.getBytes(StandardCharsets.UTF_8), b))),
                net.jqwik.api.Tuple.of(1, rawBytes()));
    }

    static Arbitrary<byte[]> jsonBody(List<String> columns) {
        Arbitrary<String> value = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.oneOf(columns.stream().map(ApiFuzzTest::field).toList()).map(ApiFuzzTest::jsonString)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("NaN", "Infinity", "-Infinity", "1e999999", "-1e-999999", "null", "true",
                        "123456789012345678901234567890123456789", "0.1e", "[]", "{}", "[[[[[[1]]]]]]", "{\"a\":{\"b\":{}}}",
                        "\"\\ud800\"", "\"\\u0000\"", "'single'", "undefined")),
                net.jqwik.api.Tuple.of(1, Arbitraries.bigIntegers().between(BigInteger.TEN.pow(400).negate(), BigInteger.TEN.pow(400))
                        .map(BigInteger::toString)),
                net.jqwik.api.Tuple.of(1, Arbitraries.doubles().map(String::valueOf)));
        Arbitrary<String> key = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.of(columns)),
                net.jqwik.api.Tuple.of(1, hostileText().map(ApiFuzzTest::jsonString).map(s -> s.substring(1, s.length() - 1))));
        Arbitrary<String> object = Arbitraries.maps(key, value).ofMaxSize(columns.size() + 1).map(m -> {
            StringBuilder s = new StringBuilder("{");
            m.forEach((k, v) -> s.append(s.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
            return s.append('}').toString();
        });
        Arbitrary<String> array = object.list().ofMaxSize(6).map(l -> "[" + String.join(",", l) + "]");
        Arbitrary<String> nested = Arbitraries.integers().between(50, 200_000).map(depth -> "[".repeat(depth) + "]".repeat(depth));
        Arbitrary<String> nestedObjects = Arbitraries.integers().between(50, 100_000)
                .map(depth -> "[" + "{\"name\":".repeat(depth) + "1" + "}".repeat(depth) + "]");
        Arbitrary<String> broken = array.flatMap(a -> Arbitraries.integers().between(0, Math.max(0, a.length() - 1)).map(cut -> a.substring(0, cut)));
        Arbitrary<String> notArray = Arbitraries.of("{}", "\"x\"", "1", "null", "true", "", " ", "{\"name\":\"x\"}", "[1,2,3]", "[null]", "[\"a\"]");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, array.map(s -> s.getBytes(StandardCharsets.UTF_8))),
                net.jqwik.api.Tuple.of(1, nested.map(s -> s.getBytes(StandardCharsets.UTF_8))),
                net.jqwik.api.Tuple.of(1, nestedObjects.map(s -> s.getBytes(StandardCharsets.UTF_8))),
                net.jqwik.api.Tuple.of(2, broken.map(s -> s.getBytes(StandardCharsets.UTF_8))),
                net.jqwik.api.Tuple.of(1, notArray.map(s -> s.getBytes(StandardCharsets.UTF_8))),
                net.jqwik.api.Tuple.of(1, Combinators.combine(array, rawBytes()).as((a, b) -> concat(a.getBytes(StandardCharsets.UTF_8), b))),
                net.jqwik.api.Tuple.of(1, rawBytes()));
    }

    /** Arbitrary bytes, including invalid UTF-8 sequences, NUL and lone continuation bytes. */
    static Arbitrary<byte[]> rawBytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
        Arbitrary<byte[]> invalid = Arbitraries.of(
                new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0x80}, new byte[] {0}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
        return Arbitraries.oneOf(random, invalid);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    // ---------------------------------------------------------------- the other POST endpoints

    /**
     * The POST endpoints added after the first round: the werkstructuur and venster imports (all-or-nothing: a
     * rejected file leaves their data as it was; an accepted one is removed again) and the scenario check (read-only).
     */
    /** An own division's import; an accepted one is removed again through its dataset. */
    static final String OWN_DIVISION_IMPORT = "/api/import/divisions?kind=FUZZ&name=Fuzz&scope=national";

    static final Map<String, List<String>> OTHER_POSTS = new TreeMap<>(Map.of(
            "/api/import/werkstructuur", List.of("region", "role", "organisation", "person", "since", "source"),
            "/api/import/venster", List.of("region", "year", "financier", "question", "answer", "toelichting"),
            "/api/scenarios/check", List.of("municipality", "region", "regionName"),
            OWN_DIVISION_IMPORT, List.of("municipality", "region", "regionName")));

    /** Everything the werkstructuur, venster and own-division imports write, as one comparable string. */
    static String werkstructuurFingerprint() {
        return TestGraph.get().client().read(tx -> tx.run("""
                CALL { MATCH (w:WerkstructuurRole) WITH w ORDER BY w.line, w.region, w.role
                       RETURN collect(properties(w)) AS roles }
                CALL { MATCH (d:RegionDocument) WITH d ORDER BY d.line, d.region, d.document
                       RETURN collect(properties(d)) AS documents }
                CALL { MATCH (v:VensterAnswer) WHERE NOT coalesce(v.demo, false)
                       WITH v ORDER BY v.region, v.year, v.financier, v.question
                       RETURN collect(properties(v)) AS venster }
                CALL { MATCH (d:Division {own: true, graph: $graph})
                       OPTIONAL MATCH (d)<-[:PART_OF]-(r:Region)
                       OPTIONAL MATCH (r)<-[:MEMBER_OF]-(m:Municipality)
                       WITH d, r, m ORDER BY d.kind, r.code, m.code
                       RETURN collect([d.kind, d.dataset, r.code, r.name, m.code]) AS own }
                RETURN roles, documents, venster, own
                """).single().values().toString());
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void otherPostsNeverFailAndRejectedImportsChangeNothing(@ForAll("otherPosts") ImportCase c) {
        String before = werkstructuurFingerprint();
        String label = "POST " + c.endpoint() + " (" + c.format() + ")";
        Http.Response r;
        try {
            r = Uploads.post(c.endpoint(), c.contentType(), c.body(), TestGraph.ADMIN_TOKEN);
        } catch (java.io.UncheckedIOException e) {
            throw new AssertionError(label + ": connection failed: " + e + " " + c.describe(), e);
        }
        record(label, r.status());
        check(label + " " + c.describe(), r);
        if (r.status() == 200 && c.endpoint().startsWith("/api/import/")) {
            ACCEPTED_IMPORTS.incrementAndGet();
            if (c.endpoint().equals(OWN_DIVISION_IMPORT)) {
                assertEquals(204, Uploads.delete("/api/datasets/user-division-fuzz").status());
            } else {
                assertEquals(200, Uploads.delete(c.endpoint()).status());
            }
        } else {
            assertEquals(before, werkstructuurFingerprint(), label + " answered " + r.status() + " and the data changed: " + c.describe());
        }
    }

    @Provide
    Arbitrary<ImportCase> otherPosts() {
        Arbitrary<String> endpoint = Arbitraries.of(List.copyOf(OTHER_POSTS.keySet()));
        Arbitrary<String> format = Arbitraries.of("csv", "json");
        return Combinators.combine(endpoint, format).flatAs((e, f) -> {
            List<String> columns = OTHER_POSTS.get(e);
            Arbitrary<byte[]> body = "csv".equals(f) ? csvBody(columns) : jsonBody(columns);
            Arbitrary<String> contentType = Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(9, Arbitraries.just("csv".equals(f) ? "text/csv" : "application/json")),
                    net.jqwik.api.Tuple.of(1, Arbitraries.of("text/plain", "application/x-www-form-urlencoded", "text/csv;;;", "")));
            return Combinators.combine(body, contentType).as((b, ct) -> new ImportCase(e, f, ct, b, "-", null, null));
        });
    }

    // ---------------------------------------------------------------- shared checks

    static void record(String endpoint, int status) {
        OUTCOMES.computeIfAbsent(endpoint, k -> new ConcurrentHashMap<>()).computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
    }

    static void check(String what, Http.Response r) {
        assertTrue(r.status() < 500, what + " → " + r.status() + ": " + abbreviate(r.body()));
        String leak = Leaks.find(r.contentType().startsWith("application/problem+json") ? r.body() : problemPartOf(r));
        if (leak != null) {
            LEAKS.incrementAndGet();
        }
        if (leak != null) {
            Leaks.assertClean(r.body());
        }
        if (r.status() >= 400) {
            assertTrue(r.contentType().startsWith("application/problem+json"), what + " → " + r.status() + " " + r.contentType());
        }
    }

    /** 2xx answers carry data (which may legitimately contain e.g. a path-like name); errors are checked in full. */
    static String problemPartOf(Http.Response r) {
        return r.status() >= 400 ? r.body() : "";
    }

    static String abbreviate(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }

    static JsonNode json(Http.Response r) {
        return r.json();
    }
}
