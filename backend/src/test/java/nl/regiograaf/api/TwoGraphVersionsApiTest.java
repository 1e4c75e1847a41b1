package nl.regiograaf.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.regiograaf.db.Cypher;
import nl.regiograaf.db.DataVersion;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.db.GraphVersionTx;
import nl.regiograaf.importer.NationalDataLoader;
import nl.regiograaf.importer.NationalImporter;
import nl.regiograaf.importer.OwnDivisionImport;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.TestGraph;
import nl.regiograaf.support.Uploads;
import org.junit.jupiter.api.Test;

/**
 * While two national graph versions are in the store, each with the links of the user data (support points,
 * ketenaanpak statements, own divisions, venster, werkstructuur, editions, municipal events), every answer is the one
 * a store with one version gives: reads select the version in force, and what hangs off a versioned node is counted
 * once. The state is made deterministically: a national import of the same files stops before its switch while the
 * user data is linked to its new version as well (what the switch itself does, and what is in the store after a switch
 * until the replaced version is removed); user imports run in that state too.
 */
class TwoGraphVersionsApiTest {

    private final GraphClient client = TestGraph.get().client();

    /** A kind no other test uses: T + 7 letters. */
    private static String newKind() {
        StringBuilder k = new StringBuilder("T");
        String random = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        for (int i = 0; i < 7; i++) {
            k.append((char) ('A' + (i < random.length() ? random.charAt(i) - 'a' : i)));
        }
        return k.toString();
    }

    private static String url(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> paths(String kind, String izaRegion) {
        return List.of("/api/health", "/api/divisions", "/api/municipalities", "/api/municipalities/GM0363",
                "/api/municipalities/GM0034", "/api/regions?kind=GGD", "/api/regions?kind=" + kind,
                "/api/regions/IZA/" + izaRegion, "/api/regions/" + kind + "/" + kind + "-N1", "/api/sources",
                "/api/overlaps?a=GGD&b=ZK", "/api/overlaps?a=" + kind + "&b=GGD", "/api/overlaps/ggd",
                "/api/partition-check", "/api/partition-check?kind=" + kind, "/api/graph?focus=GM0363&depth=2",
                "/api/graph?focus=" + kind + "-N1", "/api/search?q=" + url("amster"), "/api/memberships",
                "/api/memberships?kind=" + kind, "/api/datasets", "/api/support-points", "/api/coverage",
                "/api/coverage?by=" + kind, "/api/ketenaanpakken/coverage", "/api/ketenaanpakken/coverage?by=" + kind,
                "/api/editions", "/api/divisions/diff?from=GGD%402020&to=GGD",
                "/api/municipalities/GM0034/history", "/api/checks/spuk", "/api/werkstructuur",
                "/api/werkstructuur/" + izaRegion, "/api/venster", "/api/venster?demo=true");
    }

    /** Every answer with what legitimately changes between two reads removed: versions, timings, import times. */
    private static Map<String, String> answers(List<String> paths) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : paths) {
            Http.Response r = Http.get(path);
            answers.put(path, r.status() + " " + (r.contentType().startsWith("application/json")
                    ? withoutVolatile(r.json()).toString() : r.body()));
        }
        answers.put("export", exported());
        return answers;
    }

    private static JsonNode withoutVolatile(JsonNode node) {
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            List<String> drop = new ArrayList<>();
            while (names.hasNext()) {
                String name = names.next();
                if (name.toLowerCase(java.util.Locale.ROOT).matches(".*(version|millis|importedat).*")) {
                    drop.add(name);
                }
            }
            ((ObjectNode) node).remove(drop);
        }
        node.forEach(TwoGraphVersionsApiTest::withoutVolatile);
        return node;
    }

    /** The files of the export (the manifest names versions and times, so it is left out). */
    private static String exported() {
        Http.Response r = Http.send(java.net.http.HttpRequest.newBuilder(Http.uri("/api/export"))
                .header("Authorization", "Bearer " + TestGraph.ADMIN_TOKEN).GET());
        assertEquals(200, r.status(), r.body());
        Map<String, String> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(r.raw().body()), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.getName().equals("manifest.json")) {
                    files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.toString();
    }

    private long meta(String property) {
        return client.read(tx -> tx.run("MATCH (meta:Meta {id: 'regiograaf'}) RETURN meta." + property + " AS v")
                .single().get("v").asLong());
    }

    /** Municipalities in the store, of every version. */
    private long municipalitiesInStore() {
        return client.read(tx -> tx.run("MATCH (m:Municipality) RETURN count(m) AS n").single().get("n").asLong());
    }

    /** Links from unversioned nodes to versioned ones, of every version. */
    private long userLinksInStore() {
        return client.read(tx -> tx.run("""
                MATCH (a)-[l:IN|TAKES_PART|IN_REGION|INTO|EDITION_OF]->(b)
                WHERE b.graph IS NOT NULL OR a.graph IS NOT NULL
                RETURN count(l) AS n""").single().get("n").asLong());
    }

    /**
     * Links the user data to the pending version {@code next} as well, as the switch does, and bumps the national
     * version so every cached answer is computed again on a store holding both versions.
     */
    private void linkUserDataTo(long inForce, long next) {
        long national = client.write(tx -> {
            var at = GraphVersionTx.at(tx, next);
            for (String file : List.of("graph_copy_own_divisions", "graph_copy_support_points", "graph_copy_takes_part",
                    "graph_copy_region_links", "graph_copy_events", "graph_copy_editions")) {
                at.run(Cypher.query("import/" + file), Map.of("from", inForce)).consume();
            }
            return DataVersion.bumpNational(tx);
        });
        TestGraph.get().dataVersion().observeNational(national);
    }

    @Test
    void everyAnswerAndEveryUserImportCountsOnceWhileTwoVersionsAreInTheStore() {
        String kind = newKind();
        String division = OwnDivisionImport.datasetId(kind);
        String points = Uploads.uniqueDataset("two-versions-sp");
        String ketens = Uploads.uniqueDataset("two-versions-kp");
        String divisionCsv = "municipality;region;regionName\nGM0363;" + kind + "-N1;Noord\nGM0034;" + kind
                + "-N1;Noord\nGM0014;" + kind + "-N2;Zuid\n";
        String pointsCsv = "name;kind;municipality\nE;steunpunt;Groningen\nF;steunpunt;Emmen\n";
        String ketensCsv = "municipality,ketenaanpak,status\nUtrecht,gli,actief\nGM0034,valpreventie,actief\n";
        String divisionPath = "/api/import/divisions?kind=" + kind + "&name=" + url("Twee versies (test)") + "&scope=national";
        Map<String, String> before;
        Map<String, String> during = new LinkedHashMap<>();
        Map<String, String> afterUserImports = new LinkedHashMap<>();
        List<JsonNode> imports = new ArrayList<>();
        long[] store = new long[3];
        try {
            assertEquals(200, Uploads.post(divisionPath, "text/csv", divisionCsv).status());
            assertEquals(200, Uploads.post("/api/import/support-points?dataset=" + points, "text/csv", pointsCsv).status());
            assertEquals(200, Uploads.post("/api/import/ketenaanpakken?dataset=" + ketens, "text/csv", ketensCsv).status());
            String izaRegion = Http.get("/api/regions?kind=IZA").json().get(0).get("code").asText();
            List<String> paths = paths(kind, izaRegion);
            before = answers(paths);
            long municipalities = municipalitiesInStore();
            long links = userLinksInStore();
            long inForce = meta("currentGraph");

            NationalImporter.importVersion(client, NationalDataLoader.load(), step -> { }, () -> {
                linkUserDataTo(inForce, meta("pendingGraph"));
                store[0] = municipalitiesInStore();
                store[1] = userLinksInStore();
                during.putAll(answers(paths));
                // User imports on a store holding both versions: replacing removes every copy, writes on the version
                // in force, and reports what the version in force holds.
                imports.add(Uploads.post(divisionPath, "text/csv", divisionCsv).json());
                imports.add(Uploads.post("/api/import/support-points?dataset=" + points, "text/csv", pointsCsv).json());
                imports.add(Uploads.post("/api/import/ketenaanpakken?dataset=" + ketens, "text/csv", ketensCsv).json());
                afterUserImports.putAll(answers(paths));
            }, Duration.ZERO);
            store[2] = userLinksInStore();

            assertEquals(2 * municipalities, store[0], "both versions were in the store");
            assertTrue(store[1] > links, "the user data was linked to both versions: " + links + " -> " + store[1]);
            for (String path : before.keySet()) {
                assertEquals(before.get(path), during.get(path), "with two versions: " + path);
                assertEquals(before.get(path), afterUserImports.get(path), "after user imports with two versions: " + path);
            }
            assertTrue(imports.get(0).get("replaced").asBoolean(), imports.get(0).toString());
            assertEquals(2, imports.get(0).get("regions").asInt(), imports.get(0).toString());
            assertEquals(3, imports.get(0).get("memberships").asInt(), imports.get(0).toString());
            assertEquals(2, imports.get(1).get("totalInDataset").asLong(), imports.get(1).toString());
            assertEquals(2, imports.get(2).get("totalInDataset").asLong(), imports.get(2).toString());
            assertEquals(2, imports.get(2).get("created").asLong(), imports.get(2).toString());

            // After the switch (and the removal of the replaced version) the same answers, on the new version.
            assertEquals(inForce + 1, meta("currentGraph"));
            assertEquals(municipalities, municipalitiesInStore());
            assertEquals(links, store[2], "one link per user row again");
            Map<String, String> after = answers(paths);
            for (String path : before.keySet()) {
                assertEquals(before.get(path), after.get(path), "after the switch: " + path);
            }
        } finally {
            Uploads.remove(division);
            Uploads.remove(points);
            Uploads.remove(ketens);
        }
    }
}
