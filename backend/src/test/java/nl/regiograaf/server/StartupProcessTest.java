package nl.regiograaf.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import nl.regiograaf.support.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the app as a user does, in its own process ({@code nl.regiograaf.Main}, no arguments, configured only by
 * environment variables) and checks what the user sees: one clear line and a non-zero exit when the environment is
 * wrong; an HTTP answer while the database starts; a relative data directory; a clean stop on SIGTERM.
 */
class StartupProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern RECOVERY = Pattern.compile("\\[o\\.n\\.k\\.r\\.Recovery\\]|Recovery in .* mode completed");

    @TempDir
    Path work;

    @Test
    void portInUseStopsWithOneLineNamingRegiograafPort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Result r = runToExit(Map.of("REGIOGRAAF_PORT", String.valueOf(taken.getLocalPort()),
                    "REGIOGRAAF_DATA_DIR", work.resolve("data").toString()));
            assertEquals(1, r.exitCode, r.output);
            assertClearLastLine(r, "port " + taken.getLocalPort() + " is in use", "REGIOGRAAF_PORT");
        }
    }

    @Test
    void unusableDataDirectoryStopsWithOneLineNamingRegiograafDataDir() throws Exception {
        Path file = Files.writeString(work.resolve("a-file"), "not a directory");
        Result r = runToExit(Map.of("REGIOGRAAF_PORT", "0", "REGIOGRAAF_DATA_DIR", file.resolve("data").toString()));
        assertEquals(1, r.exitCode, r.output);
        assertClearLastLine(r, "is not usable", "REGIOGRAAF_DATA_DIR");
    }

    @Test
    void storeLockedByAnotherProcessStopsWithOneLineNamingRegiograafDataDir() throws Exception {
        // The shared test store is open in this JVM, so its lock is held.
        Result r = runToExit(Map.of("REGIOGRAAF_PORT", "0", "REGIOGRAAF_DATA_DIR", TestGraph.get().dir().toString()));
        assertEquals(1, r.exitCode, r.output);
        assertClearLastLine(r, "in use by another process", "REGIOGRAAF_DATA_DIR");
    }

    @Test
    void helpListsCommandsAndVariables() throws Exception {
        Launched help = launch(List.of("--help"), Map.of(), work);
        assertTrue(help.process().waitFor(60, TimeUnit.SECONDS));
        String out = help.output();
        assertEquals(0, help.process().exitValue(), out);
        for (String expected : List.of("server", "import", "REGIOGRAAF_PORT", "REGIOGRAAF_DATA_DIR", "NEO4J_URI",
                "REGIOGRAAF_ADMIN_TOKEN", "REGIOGRAAF_BOLT_PORT")) {
            assertTrue(out.contains(expected), "--help names " + expected + ":\n" + out);
        }
        Launched unknown = launch(List.of("serve"), Map.of(), work);
        assertTrue(unknown.process().waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, unknown.process().exitValue(), unknown.output());
    }

    /**
     * The default data directory './var' relative to the working directory; the port answers while Neo4j starts;
     * SIGTERM in the middle of the start stops cleanly (exit 143, "Stopped cleanly") and the next start needs no
     * store recovery.
     */
    @Test
    void relativeDataDirAnswersWhileStartingAndStopsCleanlyOnSigterm() throws Exception {
        int port = freePort();
        Map<String, String> env = Map.of("REGIOGRAAF_PORT", String.valueOf(port));
        String base = "http://127.0.0.1:" + port;

        Launched first = launch(List.of(), env, work);
        JsonNode starting = awaitHealth(base, first, h -> true);
        assertEquals("STARTING", starting.get("status").asText(), starting.toString());
        assertTrue(List.of("neo4j", "import").contains(starting.get("phase").asText()), starting.toString());
        HttpResponse<String> data = get(base + "/api/divisions");
        assertEquals(503, data.statusCode());
        assertTrue(data.headers().firstValue("Retry-After").isPresent(), "Retry-After on a data route while starting");
        assertTrue(data.body().contains("\"status\":503"), data.body());
        HttpResponse<String> page = get(base + "/");
        assertEquals(200, page.statusCode(), "the page loads while the database starts");
        assertTrue(page.body().contains("<title>Regiograaf</title>"));

        awaitHealth(base, first, h -> "import".equals(h.path("phase").asText()) || "UP".equals(h.path("status").asText()));
        Path store = work.resolve("var").resolve("neo4j");
        assertTrue(Files.isDirectory(store.resolve("data")), "the store lives in ./var/neo4j of the working directory");
        String firstOutput = stop(first);
        assertTrue(firstOutput.contains("Stopped cleanly"), firstOutput);

        Launched second = launch(List.of(), env, work);
        try {
            awaitHealth(base, second, h -> "import".equals(h.path("phase").asText()) || "UP".equals(h.path("status").asText()));
            String debugLog = Files.readString(store.resolve("logs").resolve("debug.log"));
            assertFalse(RECOVERY.matcher(debugLog).find(), "a clean stop leaves nothing to recover");
        } finally {
            stop(second);
        }
    }

    /**
     * What stands between launch and the open port is class loading; kotlin-reflect (900 classes, pulled in by Javalin
     * printing a Kotlin lambda of its static-file settings) once cost most of a second of the 2 s budget. Counted, not
     * timed: no kotlin-reflect class loads before the port opens.
     */
    @Test
    void nothingOfKotlinReflectLoadsBeforeThePortOpens() throws Exception {
        int port = freePort();
        Path dir = work.resolve("classes");
        Files.createDirectories(dir);
        Launched app = launch(List.of(), Map.of("REGIOGRAAF_PORT", String.valueOf(port),
                "REGIOGRAAF_DATA_DIR", dir.resolve("var").toString()), dir, List.of("-verbose:class"));
        try {
            awaitHealth("http://127.0.0.1:" + port, app, h -> true);
        } finally {
            stop(app);
        }
        String output = app.output();
        int listening = output.indexOf("Regiograaf listening on");
        assertTrue(listening > 0, "the listening line is logged");
        String beforeListening = output.substring(0, listening);
        assertTrue(beforeListening.contains("[class,load] io.javalin.Javalin "), "the class loading is logged");
        assertFalse(beforeListening.contains("[class,load] kotlin.reflect.jvm."),
                "kotlin-reflect is loaded before the port opens");
    }

    private static void assertClearLastLine(Result r, String what, String variable) {
        String[] lines = r.stderr.strip().split("\n");
        String last = lines[lines.length - 1];
        assertTrue(last.startsWith("regiograaf: cannot start: ") && last.contains(what) && last.contains(variable),
                "last line names the problem and " + variable + ": " + last + "\n" + r.output);
        assertFalse(r.stderr.contains("\tat "), "no stack trace on standard error:\n" + r.stderr);
    }

    private record Result(int exitCode, String stderr, String output) {
    }

    private Result runToExit(Map<String, String> env) throws Exception {
        Path err = work.resolve("stderr-" + System.nanoTime());
        Path out = work.resolve("stdout-" + System.nanoTime());
        ProcessBuilder pb = command(List.of(), env, work);
        pb.redirectError(err.toFile()).redirectOutput(out.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "exits by itself");
        String stderr = Files.readString(err);
        return new Result(p.exitValue(), stderr, Files.readString(out) + stderr);
    }

    /** A launched app and the file its standard output and error go to. */
    private record Launched(Process process, Path log) {
        String output() throws IOException {
            return Files.readString(log);
        }
    }

    private static Launched launch(List<String> args, Map<String, String> env, Path dir) throws IOException {
        return launch(args, env, dir, List.of());
    }

    private static Launched launch(List<String> args, Map<String, String> env, Path dir, List<String> jvmOptions)
            throws IOException {
        ProcessBuilder pb = command(args, env, dir);
        pb.command().addAll(1, jvmOptions);
        Path log = dir.resolve("app-" + System.nanoTime() + ".log");
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        return new Launched(pb.start(), log);
    }

    private static ProcessBuilder command(List<String> args, Map<String, String> env, Path dir) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "nl.regiograaf.Main"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("REGIOGRAAF_") || k.startsWith("NEO4J_"));
        pb.environment().putAll(env);
        return pb;
    }

    /** SIGTERM, then the output; the JVM answers SIGTERM with exit code 143 after its shutdown hooks. */
    private static String stop(Launched app) throws Exception {
        app.process().destroy();
        assertTrue(app.process().waitFor(120, TimeUnit.SECONDS), "exits after SIGTERM");
        assertEquals(143, app.process().exitValue());
        return app.output();
    }

    private static JsonNode awaitHealth(String base, Launched app, java.util.function.Predicate<JsonNode> until)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            assertTrue(app.process().isAlive(), "the app is running: " + app.output());
            try {
                HttpResponse<String> r = get(base + "/api/health");
                JsonNode health = JSON.readTree(r.body());
                assertNotNull(health.get("status"), r.body());
                if (until.test(health)) {
                    return health;
                }
            } catch (IOException notYet) {
                // the port is not open yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such health answer within 5 minutes: " + app.output());
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
