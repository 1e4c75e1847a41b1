package nl.regiograaf.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.server.Server;
import nl.regiograaf.server.StartupState;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.TestGraph;
import nl.regiograaf.support.Uploads;
import org.junit.jupiter.api.Test;

/**
 * The versioned national import (issue 18, item 4): a new version is written in batches beside the one in force,
 * readers see only the one in force until the switch, and one after it; an import that stops before its switch
 * leaves the old version in force and the next start removes the unfinished one. Runs on the shared store, which each
 * test leaves holding the national files again.
 */
class VersionedImportTest {

    private static final String SUFFIX = " (versie-test)";

    private final GraphClient client = TestGraph.get().client();

    /** The national rows with every municipality renamed: an answer that mixes versions shows both kinds of names. */
    private static NationalDataset renamed(NationalDataset base) {
        List<Map<String, Object>> municipalities = new ArrayList<>();
        for (Map<String, Object> m : base.municipalities()) {
            Map<String, Object> copy = new LinkedHashMap<>(m);
            copy.put("name", m.get("name") + SUFFIX);
            municipalities.add(copy);
        }
        return new NationalDataset(base.sources(), base.divisions(), municipalities, base.regions(), base.memberships(),
                base.borders(), base.insurers(), base.traumaCentres(), base.mandaatgemeenten(), base.aliases());
    }

    /** The municipality names /api/municipalities answers. */
    private static Set<String> apiNames() {
        Http.Response r = Http.get("/api/municipalities");
        assertEquals(200, r.status(), r.body());
        Set<String> names = new TreeSet<>();
        for (JsonNode m : r.json()) {
            names.add(m.get("name").asText());
        }
        return names;
    }

    /** The names a read transaction of the app sees, straight from the graph (no cache in between). */
    private Set<String> graphNames() {
        List<String> names = client.read(tx -> tx.run("MATCH (m:Municipality {graph: $graph}) RETURN m.name AS name")
                .list(r -> r.get("name").asString()));
        return new TreeSet<>(names);
    }

    private long inForce() {
        return client.read(tx -> tx.run("MATCH (meta:Meta {id: 'regiograaf'}) RETURN meta.currentGraph AS g").single().get("g").asLong());
    }

    /** Nodes of any national graph version but the one in force. */
    private long nodesBesideInForce() {
        return client.read(tx -> tx.run("""
                MATCH (n) WHERE (n:Municipality OR n:Region OR n:Division OR n:Source OR n:Insurer OR n:Hospital
                                 OR n:PackedBorders) AND n.graph <> $graph
                RETURN count(n) AS n""").single().get("n").asLong());
    }

    private static Set<String> withSuffix(Set<String> names) {
        Set<String> result = new TreeSet<>();
        names.forEach(n -> result.add(n + SUFFIX));
        return result;
    }

    /** The user data hanging on the national graph, as the API answers it: to be the same after real switches. */
    private static Map<String, String> userDataAnswers(String ownKind) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : List.of("/api/regions?kind=" + ownKind, "/api/divisions", "/api/venster", "/api/werkstructuur",
                "/api/editions", "/api/municipalities/GM0034/history", "/api/ketenaanpakken/coverage?by=IZA",
                "/api/coverage?by=" + ownKind, "/api/support-points?includeDemo=true")) {
            Http.Response r = Http.get(path);
            assertEquals(200, r.status(), path + " " + r.body());
            answers.put(path, r.body());
        }
        return answers;
    }

    @Test
    void readersSeeTheVersionInForceWhileTheNextIsWrittenAndOnlyTheNextAfterItsSwitch() throws Exception {
        NationalDataset base = NationalDataLoader.load();
        // An own division, beside the real and demo support points, ketenaanpakken, venster answers and editions the
        // shared store holds: every switch must carry it over.
        String ownKind = "TVERSION";
        assertEquals(200, Uploads.post("/api/import/divisions?kind=" + ownKind, "text/csv",
                "municipality,region\nAlmere,V1\nLelystad,V1\nDronten,V2\n").status());
        try {
            checkReadersAndCarryOver(base, ownKind);
        } finally {
            Uploads.remove(nl.regiograaf.importer.OwnDivisionImport.datasetId(ownKind));
        }
    }

    private void checkReadersAndCarryOver(NationalDataset base, String ownKind) throws Exception {
        Map<String, String> userAnswers = userDataAnswers(ownKind);
        Set<String> oldNames = apiNames();
        Set<String> newNames = withSuffix(oldNames);
        Map<String, Object> userData = Uploads.withoutVersion(Uploads.fingerprint());
        long before = inForce();

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger oldAnswers = new AtomicInteger();
        AtomicInteger newAnswers = new AtomicInteger();
        List<String> mixed = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            while (!stop.get()) {
                for (Set<String> names : List.of(apiNames(), graphNames())) {
                    if (names.equals(oldNames)) {
                        oldAnswers.incrementAndGet();
                    } else if (names.equals(newNames)) {
                        newAnswers.incrementAndGet();
                    } else {
                        mixed.add(names.size() + " names, e.g. " + names.iterator().next());
                    }
                }
            }
        });
        long[] written = new long[2];
        NationalImporter.Outcome renamed;
        try {
            reader.start();
            renamed = NationalImporter.importVersion(client, renamed(base), step -> { }, () -> {
                // Every batch of the new version has committed; the version in force is still the old one.
                written[0] = nodesBesideInForce();
                written[1] = client.read(tx -> tx.run("MATCH (m:Municipality) RETURN count(m) AS n").single().get("n").asLong());
                assertEquals(oldNames, graphNames());
                assertEquals(oldNames, apiNames());
            }, Duration.ofSeconds(2));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (newAnswers.get() < 4 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            stop.set(true);
            reader.join();
            // The store is shared: the national files again, as the next version (observed at once, as the app does
            // after its own writes, rather than at the next poll).
            TestGraph.get().dataVersion().observeNational(
                    NationalImporter.importVersion(client, base, step -> { }, () -> { }, Duration.ZERO).nationalVersion());
        }
        assertTrue(mixed.isEmpty(), mixed.size() + " answers mixed two versions, the first: " + mixed.stream().limit(3).toList());
        assertTrue(oldAnswers.get() > 0, "the reader read while the old version was in force");
        assertTrue(newAnswers.get() >= 4, "the reader read the new version after the switch: " + newAnswers.get());
        assertTrue(written[0] > 342, "the new version was written before the switch: " + written[0] + " nodes");
        assertEquals(2 * oldNames.size(), written[1], "both versions' municipalities were in the store before the switch");
        assertTrue(renamed.graph() > before, "a new version id");
        assertTrue(inForce() > renamed.graph(), "the restoring import's version is in force");
        assertEquals(0, nodesBesideInForce(), "each replaced version was removed");
        assertEquals(oldNames, apiNames());
        assertEquals(userData, Uploads.withoutVersion(Uploads.fingerprint()), "support points and takes-part carried over");
        assertEquals(userAnswers, userDataAnswers(ownKind), "the user data answers the same after two switches");
    }

    @Test
    void anImportStoppedBeforeItsSwitchLeavesTheVersionInForceAndTheNextStartRemovesTheUnfinishedOne() {
        Set<String> oldNames = apiNames();
        long before = inForce();
        Map<String, Object> userData = Uploads.withoutVersion(Uploads.fingerprint());
        class Crash extends RuntimeException {
        }
        assertThrows(Crash.class, () -> NationalImporter.importVersion(client, renamed(NationalDataLoader.load()),
                step -> { }, () -> {
                    throw new Crash();
                }, Duration.ZERO));

        assertEquals(before, inForce(), "the old version stays in force");
        assertEquals(oldNames, graphNames());
        assertEquals(oldNames, apiNames());
        assertTrue(nodesBesideInForce() > 342, "the unfinished version is still in the store until the next start");

        // What the next start runs (the marker of completed startup imports was removed when the version began).
        Server.startupImports(client, TestGraph.get().dataVersion()).accept(StartupState.starting());

        assertEquals(0, nodesBesideInForce(), "the next start removed the unfinished version");
        assertEquals(before, inForce());
        assertEquals(oldNames, graphNames());
        assertEquals(oldNames, apiNames());
        assertEquals(userData, Uploads.withoutVersion(Uploads.fingerprint()));
    }
}
