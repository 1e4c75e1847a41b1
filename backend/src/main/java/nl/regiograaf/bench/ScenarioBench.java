package nl.regiograaf.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.regiograaf.config.AppConfig;
import nl.regiograaf.db.DataVersion;
import nl.regiograaf.db.EmbeddedNeo4j;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.db.SchemaInitializer;
import nl.regiograaf.model.DivisionKind;
import nl.regiograaf.analysis.AnalysisService;
import nl.regiograaf.analysis.ScenarioService;
import nl.regiograaf.db.VersionedCache;
import nl.regiograaf.importer.MunicipalityIndex;
import nl.regiograaf.repo.AnalysisRepository;
import nl.regiograaf.repo.NationalRows;
import nl.regiograaf.web.App;

/**
 * The what-if check on the national data, over HTTP, one request at a time: every request a scenario not seen before
 * (5 municipalities, drawn with a fixed seed, moved to a region of the base or to a new one; bases in turn), so no
 * answer is ever served from a cache; the national rows, overlaps and adjacency are warm, as on a running server. Also
 * a whole division as CSV (every municipality, one moved), and the first check after a national write (rows re-read).
 * Run: {@code java -cp backend/target/regiograaf.jar nl.regiograaf.bench.ScenarioBench [requests]}.
 */
public final class ScenarioBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScenarioBench() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = Files.createTempDirectory("regiograaf-scenario");
        // A generous query timeout: the startup import must not time out on a busy machine (it is not what is measured).
        AppConfig config = AppConfig.from(Map.of("REGIOGRAAF_QUERY_TIMEOUT_MS", "300000")).withDataDir(dir).withPort(0);
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dir.resolve("neo4j"), 0);
             GraphClient client = neo4j.client(Duration.ofMillis(config.queryTimeoutMillis()), config.rowCap());
             DataVersion version = new DataVersion(client, 1000)) {
            SchemaInitializer.apply(client);
            nl.regiograaf.server.Server.startupImports(client, version).accept(nl.regiograaf.server.StartupState.starting());
            Javalin app = App.create(config, client, version).start("127.0.0.1", 0);
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + app.port();
            List<String> municipalities = new ArrayList<>();
            JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/municipalities")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).forEach(m -> municipalities.add(m.get("code").asText()));
            DivisionKind[] kinds = DivisionKind.values();
            List<List<String>> regionCodes = new ArrayList<>();
            for (DivisionKind kind : kinds) {
                List<String> codes = new ArrayList<>();
                JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/regions?kind=" + kind)).build(),
                        HttpResponse.BodyHandlers.ofString()).body()).forEach(r -> codes.add(r.get("code").asText()));
                regionCodes.add(codes);
            }
            Random random = new Random(15);
            // Warm-up (JIT, the national rows, overlaps and adjacency): not measured.
            for (int i = 0; i < Math.min(200, requests); i++) {
                get(http, base + scenario(random, kinds, regionCodes, municipalities, i));
            }
            double[] moves = new double[requests];
            for (int i = 0; i < requests; i++) {
                moves[i] = get(http, base + scenario(random, kinds, regionCodes, municipalities, i));
            }
            String csv = wholeDivision(http, base);
            double[] whole = new double[Math.max(1, requests / 5)];
            for (int i = 0; i < whole.length; i++) {
                whole[i] = post(http, base + "/api/scenarios/check?base=ZK", csv);
            }
            // The computation alone, in-process (no HTTP, no JSON): the same kind of scenarios through the service.
            VersionedCache cache = new VersionedCache(version);
            AnalysisRepository repository = new AnalysisRepository(client);
            NationalRows rows = new NationalRows(repository, cache);
            ScenarioService service = new ScenarioService(new AnalysisService(repository, rows), rows,
                    () -> cache.getNational("municipality-index", () -> MunicipalityIndex.load(client)));
            for (int i = 0; i < Math.min(200, requests); i++) {
                check(service, scenario(random, kinds, regionCodes, municipalities, i));
            }
            double[] computation = new double[requests];
            for (int i = 0; i < requests; i++) {
                String path = scenario(random, kinds, regionCodes, municipalities, i);
                long t0 = System.nanoTime();
                check(service, path);
                computation[i] = (System.nanoTime() - t0) / 1e6;
            }
            double[] afterWrite = new double[5];
            for (int i = 0; i < afterWrite.length; i++) {
                version.observeNational(client.write(nl.regiograaf.importer.NationalImporter::finishNationalWrite));
                afterWrite[i] = get(http, base + scenario(random, kinds, regionCodes, municipalities, i));
            }
            System.out.println("| scenario check (national data, over HTTP) | n | p50 ms | p95 ms | p99 ms | max ms |");
            System.out.println("|---|---:|---:|---:|---:|---:|");
            row("GET, 5 moves, a new scenario each time", moves);
            row("the computation alone (in-process ScenarioService, 5 moves)", computation);
            row("POST CSV, the whole ZK division (one municipality moved)", whole);
            row("GET, 5 moves, first check after a national write", afterWrite);
            app.stop();
        } finally {
            try (var paths = Files.walk(dir)) {
                List<Path> all = new ArrayList<>(paths.toList());
                all.sort(Comparator.reverseOrder());
                all.forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Five distinct municipalities, each to a region of the base (one in six to a new region, one in ten to none). */
    private static String scenario(Random random, DivisionKind[] kinds, List<List<String>> regionCodes,
                                   List<String> municipalities, int i) {
        int k = i % kinds.length;
        List<String> regions = regionCodes.get(k);
        List<String> picked = new ArrayList<>();
        StringBuilder moves = new StringBuilder();
        while (picked.size() < 5) {
            String m = municipalities.get(random.nextInt(municipalities.size()));
            if (picked.contains(m)) {
                continue;
            }
            picked.add(m);
            int roll = random.nextInt(60);
            String to = roll < 6 ? "" : roll < 16 ? "NEW" + random.nextInt(3) : regions.get(random.nextInt(regions.size()));
            moves.append(moves.length() == 0 ? "" : ",").append(m).append(':').append(to);
        }
        return "/api/scenarios/check?base=" + kinds[k] + "&moves=" + moves;
    }

    /** Runs the check of a scenario given as its GET path, in-process. */
    private static void check(ScenarioService service, String path) {
        String query = path.substring(path.indexOf('?') + 1);
        String base = query.replaceFirst("^base=([^&]*).*$", "$1");
        String moves = query.replaceFirst("^.*&moves=", "");
        List<ScenarioService.GivenMove> given = new ArrayList<>();
        String[] items = moves.split(",");
        for (int i = 0; i < items.length; i++) {
            String[] parts = items[i].split(":", -1);
            given.add(new ScenarioService.GivenMove(i + 1, parts[0], parts[1], null));
        }
        service.checkMoves(null, base, given);
    }

    private static String wholeDivision(HttpClient http, String base) throws Exception {
        JsonNode memberships = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/memberships?kind=ZK"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        StringBuilder csv = new StringBuilder("municipality;region\n");
        boolean moved = false;
        for (JsonNode m : memberships) {
            for (JsonNode region : m.get("regions").get("ZK")) {
                csv.append(m.get("municipality").asText()).append(';').append(moved ? region.asText() : "ZK07").append('\n');
                moved = true;
            }
        }
        return csv.toString();
    }

    private static void row(String label, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", label, sorted.length, percentile(sorted, 0.50),
                percentile(sorted, 0.95), percentile(sorted, 0.99), sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double get(HttpClient http, String url) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - t0) / 1e6;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " → " + r.statusCode() + " " + new String(r.body()));
        }
        return ms;
    }

    private static double post(HttpClient http, String url, String csv) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - t0) / 1e6;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " → " + r.statusCode() + " " + new String(r.body()));
        }
        return ms;
    }
}
