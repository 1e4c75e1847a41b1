package nl.regiograaf.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.regiograaf.analysis.AnalysisService;
import nl.regiograaf.db.DataVersion;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.db.VersionedCache;
import nl.regiograaf.model.DivisionKind;
import nl.regiograaf.repo.AnalysisRepository;

/** The analyses timed by {@link ScaleBench}: each computed from scratch, with an empty cache, on the scaled graph. */
final class ScaleAnalyses {

    static final List<String> NAMES = List.of("overlap GGD×ZK", "partition check (all)", "coverage 10 km by IZA");

    private ScaleAnalyses() {
    }

    static Map<String, Supplier<Object>> of(GraphClient client) {
        Map<String, Supplier<Object>> analyses = new LinkedHashMap<>();
        analyses.put("overlap GGD×ZK", () -> fresh(client).overlap(DivisionKind.GGD, DivisionKind.ZK));
        analyses.put("partition check (all)", () -> fresh(client).partitionChecks());
        analyses.put("coverage 10 km by IZA", () -> nl.regiograaf.analysis.SupportCoverage.fromGraph(
                new nl.regiograaf.repo.SupportRepository(client, freshRows(client)), 10.0, null, null, DivisionKind.IZA, true));
        return analyses;
    }

    /** National rows with their own empty cache. */
    private static nl.regiograaf.repo.NationalRows freshRows(GraphClient client) {
        return new nl.regiograaf.repo.NationalRows(new AnalysisRepository(client), new VersionedCache(new DataVersion(client, 0)));
    }

    /** A service with its own empty cache, so nothing computed before is reused. */
    private static AnalysisService fresh(GraphClient client) {
        return new AnalysisService(new AnalysisRepository(client), freshRows(client));
    }
}
