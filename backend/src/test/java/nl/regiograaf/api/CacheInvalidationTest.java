package nl.regiograaf.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiograaf.server.Server;
import nl.regiograaf.server.StartupState;
import nl.regiograaf.cli.ImportCommand;
import nl.regiograaf.config.AppConfig;
import nl.regiograaf.db.DataVersion;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.TestGraph;
import nl.regiograaf.support.Uploads;
import nl.regiograaf.support.UserDatasets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every write path bumps the data version in its own transaction, and the cached answers change on the FIRST request
 * after the write (same instance: the writer observes the new version after commit; the command line, another
 * process, is seen through the version poll). Every answer is warmed into the cache before each write, so a stale
 * cache entry would be served if invalidation failed. Checked against independent counts from the graph.
 */
class CacheInvalidationTest {

    private static final String COVERAGE = "/api/coverage?radiusKm=10&by=IZA&demo=false";
    private static final String KETEN = "/api/ketenaanpakken/coverage?by=IZA&demo=false";
    private static final String POINTS = "/api/support-points?demo=false";
    private static final String OVERLAP = "/api/overlaps?a=GGD&b=ZK";
    private static final List<String> ANSWERS = List.of(COVERAGE, KETEN, POINTS, OVERLAP);

    @TempDir
    Path dir;
    @RegisterExtension
    final UserDatasets datasets = new UserDatasets();
    private Map<String, JsonNode> base;

    private String dataset(String prefix) {
        return datasets.create(prefix);
    }

    @BeforeEach
    void warm() {
        base = answers();
    }

    /** Every answer, requested twice so the second comes from the cache. */
    private static Map<String, JsonNode> answers() {
        Map<String, JsonNode> a = new LinkedHashMap<>();
        for (String path : ANSWERS) {
            Http.get(path);
            Http.Response r = Http.get(path);
            assertEquals(200, r.status(), path + ": " + r.body());
            a.put(path, r.json());
        }
        return a;
    }

    private static long graphVersion() {
        return TestGraph.get().client().read(tx -> tx.run("MATCH (m:Meta {id:'regiograaf'}) RETURN m.dataVersion AS v")
                .single().get("v").asLong());
    }

    private static long pointsIn(String dataset) {
        return TestGraph.get().client().read(tx -> tx.run("MATCH (p:SupportPoint {dataset:$d}) RETURN count(p) AS n",
                Map.of("d", dataset)).single().get("n").asLong());
    }

    private static long realPlacedPoints() {
        return TestGraph.get().client().read(tx -> tx.run(
                "MATCH (p:SupportPoint {demo:false}) WHERE p.located <> 'none' AND NOT coalesce(p.planned,false) RETURN count(p) AS n")
                .single().get("n").asLong());
    }

    private static boolean names(JsonNode answer, String dataset) {
        for (JsonNode d : answer.get("datasets")) {
            if (dataset.equals(d.get("id").asText())) {
                return true;
            }
        }
        return false;
    }

    /** The write bumped the version by exactly one transaction, and this instance knows it before the next request. */
    private static long assertBumped(long before, JsonNode importAnswer) {
        long after = graphVersion();
        assertEquals(before + 1, after, "one write transaction, one version");
        if (importAnswer != null) {
            assertEquals(after, importAnswer.get("dataVersion").asLong());
        }
        assertTrue(TestGraph.get().dataVersion().current() >= after, "observed after commit, no poll needed");
        return after;
    }

    private void assertSupportAnswersFollow(String dataset, long expectedInDataset) {
        assertEquals(expectedInDataset, pointsIn(dataset));
        JsonNode coverage = Http.get(COVERAGE).json();
        assertEquals(realPlacedPoints(), coverage.get("points").asLong(), "coverage counts the points of the graph now");
        JsonNode points = Http.get(POINTS).json();
        long mine = 0;
        for (JsonNode p : points.get("points")) {
            mine += dataset.equals(p.get("dataset").asText()) ? 1 : 0;
        }
        assertEquals(expectedInDataset, mine, "support-points lists the dataset as it is now");
        assertEquals(base.get(OVERLAP), Http.get(OVERLAP).json(), "overlaps do not depend on support data");
    }

    @Test
    void httpSupportPointImportReplaceAppendAndDelete() {
        String id = dataset("inval-sp");
        String path = "/api/import/support-points?dataset=" + id;
        long v = graphVersion();

        Http.Response r = Uploads.post(path, "text/csv", "name,kind,municipality\nA,steunpunt,Almere\nB,inloophuis,Urk\n");
        assertEquals(200, r.status(), r.body());
        v = assertBumped(v, r.json());
        assertSupportAnswersFollow(id, 2);
        assertNotEquals(base.get(COVERAGE), Http.get(COVERAGE).json());
        assertTrue(names(Http.get(COVERAGE).json(), id));

        answers(); // warm again at this version
        r = Uploads.post(path + "&mode=append", "text/csv", "name,kind,municipality\nC,steunpunt,Vlieland\n");
        assertEquals(200, r.status(), r.body());
        v = assertBumped(v, r.json());
        assertSupportAnswersFollow(id, 3);

        answers();
        r = Uploads.post(path + "&mode=replace", "text/csv", "name,kind,municipality\nD,steunpunt,Maastricht\n");
        assertEquals(200, r.status(), r.body());
        v = assertBumped(v, r.json());
        assertSupportAnswersFollow(id, 1);

        answers();
        assertEquals(204, Uploads.delete("/api/datasets/" + id).status());
        assertBumped(v, null);
        assertEquals(base, answers(), "after the delete every answer is the one from before the imports");
    }

    @Test
    void httpKetenaanpakImportReplaceAppendAndDelete() {
        String id = dataset("inval-kp");
        String path = "/api/import/ketenaanpakken?dataset=" + id;
        long v = graphVersion();

        Http.Response r = Uploads.post(path, "text/csv", "municipality,ketenaanpak,status\nUtrecht,gli,actief\n");
        assertEquals(200, r.status(), r.body());
        v = assertBumped(v, r.json());
        JsonNode after = Http.get(KETEN).json();
        assertNotEquals(base.get(KETEN), after);
        assertTrue(names(after, id));
        assertEquals(base.get(OVERLAP), Http.get(OVERLAP).json());

        answers();
        JsonNode beforeAppend = Http.get(KETEN).json();
        r = Uploads.post(path + "&mode=append", "text/csv", "municipality,ketenaanpak,status\nGM0034,valpreventie,actief\n");
        assertEquals(200, r.status(), r.body());
        v = assertBumped(v, r.json());
        assertNotEquals(beforeAppend, Http.get(KETEN).json());

        answers();
        assertEquals(204, Uploads.delete("/api/datasets/" + id).status());
        assertBumped(v, null);
        assertEquals(base, answers());
    }

    /**
     * The answers drawn from the national graph are kept per national version: a user import leaves the national
     * version (and them) as it was; a write to the national graph (as a national import makes) recomputes them on the
     * first request after it.
     */
    @Test
    void nationalAnswersFollowNationalWritesAndOnlyThose() {
        DataVersion dataVersion = TestGraph.get().dataVersion();
        String id = dataset("inval-nat");
        long national = dataVersion.national();
        assertEquals(200, Uploads.post("/api/import/support-points?dataset=" + id, "text/csv",
                "name,kind,municipality\nH,steunpunt,Almere\n").status());
        assertEquals(national, dataVersion.national(), "a user import is no national write");
        assertTrue(dataVersion.current() > national);

        String partition = "/api/partition-check?kind=GGD";
        String graph = "/api/graph?focus=GM0096&depth=1";
        JsonNode partitionBefore = Http.get(partition).json();
        JsonNode graphBefore = Http.get(graph).json();
        // Vlieland moves from its GGD to a region that does not border it: the GGD division gets a fragment, the
        // overlap a new intersection. Restored in the same way afterwards.
        String[] moved = moveVlieland("GG2209", dataVersion);
        try {
            assertTrue(dataVersion.national() > national, "observed after commit");
            JsonNode overlap = Http.get(OVERLAP).json();
            assertNotEquals(base.get(OVERLAP), overlap, "the first overlap after a national write is recomputed");
            JsonNode check = Http.get(partition).json();
            assertNotEquals(partitionBefore, check);
            assertTrue(check.get("fragmented").toString().contains("GM0096"), check.toString());
            assertNotEquals(graphBefore, Http.get(graph).json());
        } finally {
            moveVlieland(moved[0], dataVersion);
        }
        assertEquals(base.get(OVERLAP), Http.get(OVERLAP).json());
        assertEquals(partitionBefore, Http.get(partition).json());
        assertEquals(graphBefore, Http.get(graph).json());
    }

    /**
     * An own division is part of the reference graph the national answers are drawn from: its import and its removal
     * each bump the national version in their transaction, so the divisions, memberships, partition checks and the
     * network show it on the first request after the import and forget it on the first request after the delete.
     */
    @Test
    void ownDivisionImportAndDeleteRecomputeTheNationalAnswers() {
        DataVersion dataVersion = TestGraph.get().dataVersion();
        String kind = "TINVAL" + Long.toString(System.nanoTime() % 100_000, 36).toUpperCase(java.util.Locale.ROOT).replace('-', 'X');
        String dataset = nl.regiograaf.importer.OwnDivisionImport.datasetId(kind);
        List<String> paths = List.of("/api/divisions", "/api/memberships", "/api/partition-check", "/api/graph?focus=GM0034&depth=1",
                "/api/municipalities/GM0034", OVERLAP);
        Map<String, JsonNode> before = new LinkedHashMap<>();
        for (String path : paths) {
            Http.get(path);
            before.put(path, Http.get(path).json());
        }
        long national = dataVersion.national();
        long v = graphVersion();
        try {
            Http.Response r = Uploads.post("/api/import/divisions?kind=" + kind, "text/csv",
                    "municipality;region;regionName\nAlmere;" + kind + "-1;Almere\nLelystad;" + kind + "-1;\n");
            assertEquals(200, r.status(), r.body());
            v = assertBumped(v, r.json());
            assertTrue(dataVersion.national() > national, "an own division is a write to the reference graph");
            for (String path : List.of("/api/divisions", "/api/memberships", "/api/partition-check",
                    "/api/graph?focus=GM0034&depth=1", "/api/municipalities/GM0034")) {
                JsonNode now = Http.get(path).json();
                assertNotEquals(before.get(path), now, path + " is recomputed on the first request after the import");
                assertTrue(now.toString().contains(kind), path);
            }
            assertEquals(before.get(OVERLAP), Http.get(OVERLAP).json(), "an overlap of national divisions stays the same");
            long afterImport = dataVersion.national();
            assertEquals(204, Uploads.delete("/api/datasets/" + dataset).status());
            assertBumped(v, null);
            assertTrue(dataVersion.national() > afterImport, "the removal too");
            for (String path : paths) {
                assertEquals(before.get(path), Http.get(path).json(), path + " is the answer from before the import");
            }
        } finally {
            Uploads.remove(dataset);
        }
    }

    /**
     * A versioned national import (a new version written beside the one in force, then switched to) is a national
     * write too: every national answer warmed before it is recomputed on the first request after its switch, and the
     * import of the original files afterwards brings every answer back.
     */
    @Test
    void aVersionedNationalImportRecomputesTheNationalAnswersAtItsSwitch() {
        DataVersion dataVersion = TestGraph.get().dataVersion();
        String partition = "/api/partition-check?kind=GGD";
        String vlieland = "/api/municipalities/GM0096";
        String graph = "/api/graph?focus=GM0096&depth=1";
        List<String> paths = List.of(OVERLAP, partition, vlieland, graph, "/api/memberships?kind=GGD", COVERAGE);
        Map<String, JsonNode> before = new LinkedHashMap<>();
        for (String path : paths) {
            Http.get(path);
            before.put(path, Http.get(path).json());
        }
        nl.regiograaf.importer.NationalDataset files = nl.regiograaf.importer.NationalDataLoader.load();
        // The same files with Vlieland in GGD Zaanstreek-Waterland (GG2209), a region that does not border it.
        List<Map<String, Object>> memberships = new java.util.ArrayList<>();
        java.util.Set<String> ggdCodes = new java.util.HashSet<>();
        files.regions().stream().filter(r -> "GGD".equals(r.get("kind"))).forEach(r -> ggdCodes.add((String) r.get("code")));
        for (Map<String, Object> m : files.memberships()) {
            if ("GM0096".equals(m.get("municipality")) && ggdCodes.contains(m.get("region"))) {
                Map<String, Object> moved = new LinkedHashMap<>(m);
                moved.put("region", "GG2209");
                memberships.add(moved);
            } else {
                memberships.add(m);
            }
        }
        nl.regiograaf.importer.NationalDataset changed = new nl.regiograaf.importer.NationalDataset(files.sources(),
                files.divisions(), files.municipalities(), files.regions(), memberships, files.borders(), files.insurers(),
                files.traumaCentres(), files.mandaatgemeenten(), files.aliases());
        long national = dataVersion.national();
        try {
            dataVersion.observeNational(nl.regiograaf.importer.NationalImporter.importVersion(TestGraph.get().client(),
                    changed, step -> { }, () -> { }, java.time.Duration.ZERO).nationalVersion());
            assertTrue(dataVersion.national() > national, "observed after the switch");
            for (String path : List.of(OVERLAP, partition, vlieland, graph, "/api/memberships?kind=GGD")) {
                JsonNode now = Http.get(path).json();
                assertNotEquals(before.get(path), now, path + " is recomputed on the first request after the switch");
            }
            assertTrue(Http.get(vlieland).json().toString().contains("GG2209"), "Vlieland's regions are the new version's");
            assertTrue(Http.get(partition).json().get("fragmented").toString().contains("GM0096"));
        } finally {
            dataVersion.observeNational(nl.regiograaf.importer.NationalImporter.importVersion(TestGraph.get().client(),
                    files, step -> { }, () -> { }, java.time.Duration.ZERO).nationalVersion());
        }
        for (String path : paths) {
            assertEquals(before.get(path), Http.get(path).json(), path + " is the answer from before");
        }
    }

    /** Moves Vlieland's GGD membership to {@code target} in one national write; answers [previous region code]. */
    private static String[] moveVlieland(String target, DataVersion dataVersion) {
        return TestGraph.get().client().write(tx -> {
            org.neo4j.driver.Record r = tx.run("""
                    MATCH (m:Municipality {code:'GM0096', graph: $graph})-[old:MEMBER_OF]->(from:Region {kind:'GGD'})
                    MATCH (to:Region {kind:'GGD', code:$target, graph: $graph})
                    CREATE (m)-[new:MEMBER_OF]->(to) SET new = properties(old)
                    DELETE old
                    RETURN from.code AS from""", Map.of("target", target)).single();
            dataVersion.observeNational(nl.regiograaf.importer.NationalImporter.finishNationalWrite(tx));
            return new String[] {r.get("from").asString()};
        });
    }

    @Test
    void commandLineImportFromAnotherProcessIsSeenWithinThePollInterval() throws IOException {
        String id = dataset("inval-cli");
        Path file = dir.resolve("points.csv");
        Files.writeString(file, "name;kind;municipality\nE;steunpunt;Groningen\nF;steunpunt;Emmen\n");
        long v = graphVersion();
        AppConfig config = TestGraph.get().cliConfig();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = ImportCommand.run(new String[] {"support-points", file.toString(), "--dataset=" + id}, config,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(ImportCommand.OK, code, out.toString(StandardCharsets.UTF_8));
        assertEquals(v + 1, graphVersion(), "the command line bumps the version in its transaction");
        // Another process: this instance learns of it through its poll (200 ms in tests, 1 s in the app).
        long deadline = System.currentTimeMillis() + 2_000;
        while (TestGraph.get().dataVersion().current() < v + 1 && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        assertTrue(TestGraph.get().dataVersion().current() >= v + 1, "seen within the poll interval");
        assertSupportAnswersFollow(id, 2);
    }

    @Test
    void startupImportOfAChangedDatasetBumpsAndRefreshes() {
        DataVersion dataVersion = TestGraph.get().dataVersion();
        long v = graphVersion();
        // The store's real dataset differs from the file (one point gone, hash stale): as after a data update.
        String removedId = TestGraph.get().client().write(tx -> {
            String pid = tx.run("MATCH (p:SupportPoint {dataset:'real-support-points'}) WHERE p.located <> 'none' "
                    + "AND NOT coalesce(p.planned, false) "
                    + "WITH p ORDER BY p.id LIMIT 1 WITH p, p.id AS id DETACH DELETE p RETURN id").single().get("id").asString();
            tx.run("MATCH (d:Dataset {id:'real-support-points'}) SET d.contentHash = 'stale'").consume();
            dataVersion.observe(DataVersion.bump(tx));
            return pid;
        });
        try {
            assertEquals(v + 1, graphVersion());
            long now = Http.get(COVERAGE).json().get("points").asLong();
            assertEquals(realPlacedPoints(), now);
            assertEquals(base.get(COVERAGE).get("points").asLong() - 1, now);
            answers();
        } finally {
            Server.startupImports(TestGraph.get().client(), dataVersion).accept(StartupState.starting());
        }
        assertEquals(v + 2, graphVersion(), "the startup import rewrote only the changed dataset, in one transaction");
        assertTrue(dataVersion.current() >= v + 2);
        assertEquals(1L, (long) TestGraph.get().client().read(tx -> tx.run(
                "MATCH (p:SupportPoint {id:$id}) RETURN count(p) AS n", Map.of("id", removedId)).single().get("n").asLong()));
        assertEquals(base, answers(), "restored: every answer is the one from before");
    }

    @Test
    void bigAnswersComeGzippedOnceWithAnEtagThatChangesWithTheData() throws IOException {
        for (String path : List.of(COVERAGE, OVERLAP, "/api/partition-check", "/api/overlaps/ggd")) {
            Http.Response plain = Http.get(path);
            Http.Response gz = Http.send(java.net.http.HttpRequest.newBuilder(Http.uri(path)).header("Accept-Encoding", "gzip"));
            assertEquals(200, gz.status());
            if (plain.raw().body().length < 1500) { // small answers are not worth compressing
                assertEquals(plain.body(), gz.body(), path);
            } else {
                assertEquals("gzip", gz.raw().headers().firstValue("Content-Encoding").orElse(""), path);
                try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz.raw().body()))) {
                    assertEquals(plain.body(), new String(in.readAllBytes(), StandardCharsets.UTF_8), path);
                }
            }
            String etag = plain.raw().headers().firstValue("ETag").orElseThrow();
            assertEquals(etag, gz.raw().headers().firstValue("ETag").orElseThrow());
            assertEquals(304, Http.send(java.net.http.HttpRequest.newBuilder(Http.uri(path)).header("If-None-Match", etag)).status());
        }
        String etag = Http.get(COVERAGE).raw().headers().firstValue("ETag").orElseThrow();
        String id = dataset("inval-etag");
        assertEquals(200, Uploads.post("/api/import/support-points?dataset=" + id, "text/csv",
                "name,kind,municipality\nG,steunpunt,Almere\n").status());
        Http.Response after = Http.send(java.net.http.HttpRequest.newBuilder(Http.uri(COVERAGE)).header("If-None-Match", etag));
        assertEquals(200, after.status(), "new data, new bytes, new ETag");
        assertNotEquals(etag, after.raw().headers().firstValue("ETag").orElseThrow());
    }
}
