package nl.regiograaf.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import nl.regiograaf.support.Http;
import org.junit.jupiter.api.Test;

/**
 * Memory that any client could fill: 100,000 distinct requests (each URL different: radii with six decimals, every
 * division, demo on and off, every set of support-point kinds) must leave the old generation after a full GC within
 * 20 MB of where it was after a warm-up of the same kinds of requests. Every answer must be a 200.
 */
class CacheMemoryTest {

    private static final int REQUESTS = 100_000;
    private static final int WARM_UP = 2_000;
    private static final long MAX_GROWTH_BYTES = 20L << 20;
    private static final List<String> BY = List.of("IZA", "GGD");
    private static final List<String> KINDS = List.of("steunpunt", "zelfregiecentrum", "mentaal-gezondheidscentrum",
            "inloophuis", "herstelacademie", "respijthuis");

    @Test
    void oneHundredThousandDistinctRequestsLeaveTheOldGenerationWithin20Mb() throws Exception {
        nl.regiograaf.support.TestGraph.get();
        run(0, WARM_UP);
        long before = oldGenAfterFullGc();
        Map<Integer, Long> statuses = run(WARM_UP, REQUESTS);
        long after = oldGenAfterFullGc();
        System.out.printf(Locale.ROOT, "old generation after full GC: %.1f MB before, %.1f MB after %d distinct requests; statuses %s%n",
                before / 1e6, after / 1e6, REQUESTS, statuses);
        assertEquals(Map.of(200, (long) REQUESTS), statuses, "every distinct request answered");
        assertTrue(after - before <= MAX_GROWTH_BYTES, String.format(Locale.ROOT,
                "old generation grew by %.1f MB (at most %.1f MB)", (after - before) / 1e6, MAX_GROWTH_BYTES / 1e6));
    }

    @Test
    void radiiAreRoundedToATenthOfAKilometre() {
        Http.Response exact = Http.get("/api/coverage?radiusKm=12.3&by=GGD");
        Http.Response near = Http.get("/api/coverage?radiusKm=12.340001&by=GGD");
        assertEquals(200, near.status());
        assertEquals(12.3, near.json().get("radiusKm").asDouble());
        assertEquals(exact.header("ETag"), near.header("ETag"), "one answer (and one cache entry) per 0.1 km");
        assertEquals(0.1, Http.get("/api/coverage?radiusKm=0.01").json().get("radiusKm").asDouble(), "at least one step");
        Http.Response kinds = Http.get("/api/support-points?kind=inloophuis,steunpunt");
        assertEquals(kinds.header("ETag"), Http.get("/api/support-points?kind=steunpunt,inloophuis").header("ETag"));
    }

    /** Requests {@code from} … {@code from + count - 1}, each URL distinct, four at a time; counts by status. */
    private static Map<Integer, Long> run(int from, int count) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Map<Integer, AtomicLong> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int part = t;
                parts.add(pool.submit(() -> {
                    for (int i = from + part; i < from + count; i += 4) {
                        String url = url(i);
                        assertTrue(seen.add(url), "distinct: " + url);
                        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(Http.uri(url))
                                .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(120)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        statuses.computeIfAbsent(r.statusCode(), s -> new AtomicLong()).incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : parts) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Map<Integer, Long> counts = new TreeMap<>();
        statuses.forEach((s, n) -> counts.put(s, n.get()));
        return counts;
    }

    /**
     * The i-th distinct URL: four in five a coverage answer (radius 0.1–30 km with six decimals, never the same string;
     * IZA or GGD; demo or not), one in five the support points of a set of kinds (every subset, in shifting order).
     */
    private static String url(int i) {
        if (i % 5 == 4) {
            int subset = 1 + (i / 5) % 63;
            List<String> kinds = new ArrayList<>();
            for (int k = 0; k < KINDS.size(); k++) {
                if ((subset & (1 << k)) != 0) {
                    kinds.add(KINDS.get(k));
                }
            }
            java.util.Collections.rotate(kinds, i / 315);
            // A distinct URL every time: the unknown parameter is ignored, as any client may send one.
            return "/api/support-points?kind=" + String.join(",", kinds) + "&demo=" + (i % 2 == 0) + "&n=" + i;
        }
        int step = 1 + (i % 300);
        String radius = String.format(Locale.ROOT, "%d.%d%05d", step / 10, step % 10, (i / 300) % 100_000);
        return "/api/coverage?radiusKm=" + radius + "&by=" + BY.get((i / 7) % 2) + "&demo=" + ((i / 11) % 2 == 0);
    }

    private static long oldGenAfterFullGc() throws InterruptedException {
        MemoryPoolMXBean old = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getName().contains("Old Gen") || p.getName().contains("Tenured"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no old generation pool"));
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return old.getUsage().getUsed();
    }

    static {
        // The URLs above must be distinct across the whole run, or the test would prove less than it says.
        Set<String> sample = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            if (!sample.add(url(i))) {
                throw new IllegalStateException("duplicate URL " + url(i));
            }
        }
    }
}
