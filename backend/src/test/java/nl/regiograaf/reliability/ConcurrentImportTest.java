package nl.regiograaf.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.TestGraph;
import nl.regiograaf.support.Uploads;
import nl.regiograaf.support.UserDatasets;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Record;

/**
 * Concurrent imports into ONE dataset, started together behind a barrier: every import succeeds (it waits its turn)
 * and the end state equals some serial order of them. Replace: the dataset holds exactly one of the files. Append:
 * the dataset holds the base, every file's own rows, and for the rows all files share, the values of one file (the
 * last in that order). The dataset's version counts every import.
 */
class ConcurrentImportTest {

    private static final int OWN_ROWS = 3_000;
    /** Rows every file has: they make the order of appends visible (replace files share none, as in the report). */
    private static final int SHARED_ROWS = 300;

    @RegisterExtension
    final UserDatasets datasets = new UserDatasets();

    @ParameterizedTest(name = "{0} imports, mode={1}, existing dataset={2}")
    @CsvSource({
        "2, replace, false", "5, replace, true", "8, replace, false", "8, replace, true",
        "2, append, true", "5, append, false", "8, append, true", "8, append, false"})
    void concurrentImportsIntoOneDatasetSerialise(int imports, String mode, boolean existing) throws Exception {
        String dataset = datasets.create("concurrent");
        List<String> municipalities = new ArrayList<>();
        Http.get("/api/municipalities").json().forEach(m -> municipalities.add(m.get("code").asText()));
        String base = csv("base", 0, municipalities, SHARED_ROWS);
        long versionBefore = 0;
        if (existing) {
            assertEquals(200, Uploads.post(url(dataset, "replace"), "text/csv", base).status());
            versionBefore = 1;
        }
        List<String> files = new ArrayList<>();
        for (int i = 0; i < imports; i++) {
            files.add(csv("f" + i, i + 1, municipalities, mode.equals("append") ? SHARED_ROWS : 0));
        }

        CyclicBarrier start = new CyclicBarrier(imports);
        ExecutorService pool = Executors.newFixedThreadPool(imports);
        try {
            List<Future<Http.Response>> answers = new ArrayList<>();
            for (String file : files) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return Uploads.post(url(dataset, mode), "text/csv", file);
                }));
            }
            for (Future<Http.Response> answer : answers) {
                Http.Response r = answer.get();
                assertEquals(200, r.status(), "every import waits its turn: " + r.body());
            }
        } finally {
            pool.shutdownNow();
        }

        Map<String, String> state = state(dataset);
        List<Map<String, String>> serialOutcomes = new ArrayList<>();
        for (int last = 0; last < imports; last++) {
            Map<String, String> expected = new TreeMap<>();
            if (mode.equals("replace")) {
                expected.putAll(rows(files.get(last)));
            } else {
                if (existing) {
                    expected.putAll(rows(base));
                }
                for (int i = 0; i < imports; i++) {
                    if (i != last) {
                        expected.putAll(rows(files.get(i)));
                    }
                }
                expected.putAll(rows(files.get(last)));
            }
            serialOutcomes.add(expected);
        }
        if (!serialOutcomes.contains(state)) {
            fail("the dataset (" + state.size() + " rows) is no serial outcome of the " + imports + " imports (each "
                    + serialOutcomes.get(0).size() + " rows)");
        }
        assertEquals(versionBefore + imports, version(dataset), "every import is counted once in the dataset version");
    }

    private static String url(String dataset, String mode) {
        return "/api/import/support-points?mode=" + mode + "&dataset=" + dataset;
    }

    /**
     * A file with {@code OWN_ROWS} rows only it has and {@code shared} rows (same name and municipality) every file
     * has, each with this file's address.
     */
    private static String csv(String tag, int file, List<String> municipalities, int shared) {
        StringBuilder sb = new StringBuilder("name,kind,municipality,address\n");
        for (int i = 0; i < shared; i++) {
            sb.append("Gedeeld ").append(i).append(",steunpunt,").append(municipalities.get(i % municipalities.size()))
                    .append(",Adres van ").append(tag).append('\n');
        }
        for (int i = 0; i < OWN_ROWS; i++) {
            sb.append("Punt ").append(tag).append(' ').append(i).append(",steunpunt,")
                    .append(municipalities.get((i + file) % municipalities.size())).append(",Adres ").append(i).append('\n');
        }
        return sb.toString();
    }

    /** name|municipality → address of a file. */
    private static Map<String, String> rows(String csv) {
        Map<String, String> rows = new HashMap<>();
        csv.lines().skip(1).forEach(line -> {
            String[] f = line.split(",");
            rows.put(f[0] + "|" + f[2], f[3]);
        });
        return rows;
    }

    private static Map<String, String> state(String dataset) {
        List<Record> records = TestGraph.get().client().read(tx -> tx.run(
                "MATCH (p:SupportPoint {dataset: $d})-[:IN]->(m:Municipality {graph: $graph}) RETURN p.name AS name, m.code AS m, p.address AS a",
                Map.of("d", dataset)).list());
        Map<String, String> state = new TreeMap<>();
        for (Record r : records) {
            String previous = state.put(r.get("name").asString() + "|" + r.get("m").asString(), r.get("a").asString());
            assertTrue(previous == null, "one point per name and municipality");
        }
        return state;
    }

    private static long version(String dataset) {
        return TestGraph.get().client().read(tx -> tx.run("MATCH (d:Dataset {id: $d}) RETURN d.version AS v",
                Map.of("d", dataset)).single().get("v").asLong());
    }
}
