package nl.regiograaf.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.regiograaf.db.GraphClient;

/** The analyses timed by {@link ScaleBench}: each computed from scratch (no cache) on the scaled graph. */
final class ScaleAnalyses {

    static final List<String> NAMES = List.of("municipality count");

    private ScaleAnalyses() {
    }

    static Map<String, Supplier<Object>> of(GraphClient client) {
        Map<String, Supplier<Object>> analyses = new LinkedHashMap<>();
        analyses.put("municipality count", () -> client.queryAll("queries/health", Map.of()));
        return analyses;
    }
}
