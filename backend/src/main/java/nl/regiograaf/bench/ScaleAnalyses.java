package nl.regiograaf.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.regiograaf.analysis.AnalysisService;
import nl.regiograaf.analysis.GraphRows;
import nl.regiograaf.analysis.ScenarioService;
import nl.regiograaf.analysis.SupportCoverage;
import nl.regiograaf.db.DataVersion;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.db.VersionedCache;
import nl.regiograaf.importer.DatasetWriter;
import nl.regiograaf.importer.LspNorm;
import nl.regiograaf.importer.MunicipalityIndex;
import nl.regiograaf.importer.SupportPointKinds;
import nl.regiograaf.model.DivisionKey;
import nl.regiograaf.model.DivisionKey;
import nl.regiograaf.model.DivisionKind;
import nl.regiograaf.model.SupportApi;
import nl.regiograaf.repo.AnalysisRepository;
import nl.regiograaf.repo.DivisionCatalog;
import nl.regiograaf.repo.NationalRows;
import nl.regiograaf.repo.SupportRepository;

/**
 * The analyses timed by {@link ScaleBench}, each as the first answer after a national write: computed with an empty
 * cache ({@link Fresh}), so every row is read from Neo4j again. Each is also split in two, on another empty cache:
 * <i>fetch</i>, reading the rows the analysis reads, in the way it reads them (the Bolt transfer and decoding), and
 * <i>compute</i>, the answer from those rows in memory.
 */
final class ScaleAnalyses {

    /** One analysis: its target at ×300, the whole first answer, and the two phases of it on one fresh context. */
    record Timed(String name, double targetMs, Function<Fresh, Object> endToEnd, Function<Fresh, Phases> phases) {
    }

    /** The rows read (fetch), then the answer from them (compute), sharing one fresh context. */
    record Phases(Runnable fetch, Supplier<Object> compute) {
    }

    /** An empty cache with its own national rows, analysis service and support repository: nothing reused. */
    record Fresh(GraphClient client, VersionedCache cache, NationalRows rows, AnalysisService service,
                 SupportRepository support) {

        static Fresh of(GraphClient client) {
            VersionedCache cache = new VersionedCache(new DataVersion(client, 0));
            AnalysisRepository repository = new AnalysisRepository(client);
            NationalRows rows = new NationalRows(repository, cache);
            return new Fresh(client, cache, rows, new AnalysisService(repository, rows), new SupportRepository(client, rows));
        }

        ScenarioService scenarios() {
            return new ScenarioService(service, rows,
                    () -> cache.getNational("municipality-index", () -> MunicipalityIndex.load(client)));
        }
    }

    static final double OVERLAP_TARGET_MS = 500;
    static final double PARTITION_TARGET_MS = 1000;
    static final double COVERAGE_TARGET_MS = 1000;
    static final double SCENARIO_TARGET_MS = 1000;
    static final String SCENARIO_BASE = "ZK";

    private ScaleAnalyses() {
    }

    static List<Timed> all(List<List<ScenarioService.GivenMove>> scenarios) {
        List<Timed> timed = new ArrayList<>();
        timed.add(new Timed("overlap GGD×ZK", OVERLAP_TARGET_MS,
                f -> f.service().overlap(DivisionKind.GGD, DivisionKind.ZK),
                f -> new Phases(() -> f.rows().prefetch(true, List.of("GGD", "ZK"), false),
                        () -> f.service().overlap(DivisionKind.GGD, DivisionKind.ZK))));
        timed.add(new Timed("partition check (all)", PARTITION_TARGET_MS,
                f -> f.service().partitionChecks(),
                f -> new Phases(() -> f.rows().prefetch(true, codes(f.service().divisions()), true),
                        () -> f.service().partitionChecks())));
        timed.add(new Timed("coverage 10 km by IZA", COVERAGE_TARGET_MS,
                f -> SupportCoverage.fromGraph(f.support(), 10.0, null, null, DivisionKey.of(DivisionKind.IZA), true),
                ScaleAnalyses::coveragePhases));
        timed.add(new Timed("scenario check (" + SCENARIO_BASE + ", 5 moves)", SCENARIO_TARGET_MS,
                f -> f.scenarios().checkMoves(null, SCENARIO_BASE, scenarios.get(0)),
                f -> {
                    ScenarioService service = f.scenarios();
                    return new Phases(() -> f.rows().prefetch(true, codes(DivisionCatalog.national()), true, List.of(
                            () -> f.cache().getNational("municipality-index", () -> MunicipalityIndex.load(f.client())))),
                            () -> service.checkMoves(null, SCENARIO_BASE, scenarios.get(0)));
                }));
        return timed;
    }

    /** What {@link SupportCoverage#fromGraph} reads (side by side, as it does), then what it computes from them. */
    private static Phases coveragePhases(Fresh f) {
        Object[] read = new Object[3];
        return new Phases(() -> {
            List<Object> rows = NationalRows.sideBySide(List.of(
                    () -> f.rows().division(DivisionKind.IZA),
                    () -> f.support().datasets(DatasetWriter.Spec.SUPPORT_POINTS, true),
                    () -> f.rows().municipalities(),
                    () -> f.support().coveragePositions(null, true),
                    () -> f.support().coverageExcluded(null, true, List.of())));
            read[0] = rows.get(1);
            read[1] = rows.get(3);
            read[2] = rows.get(4);
        }, () -> {
            @SuppressWarnings("unchecked")
            List<SupportApi.DatasetRef> datasets = (List<SupportApi.DatasetRef>) read[0];
            @SuppressWarnings("unchecked")
            List<SupportRepository.Position> positions = (List<SupportRepository.Position>) read[1];
            Map<String, String> names = new HashMap<>();
            Map<String, List<String>> members = f.support().members(DivisionKey.of(DivisionKind.IZA), names);
            return SupportCoverage.compute(SupportCoverage.Criterion.DISTANCE, 10.0, null,
                    List.copyOf(SupportPointKinds.get().kinds()), DivisionKind.IZA.name(), datasets,
                    datasets.stream().anyMatch(SupportApi.DatasetRef::demo), f.support().municipalities(), positions,
                    (SupportApi.Excluded) read[2], LspNorm.get().norm(), members, names);
        });
    }

    private static List<String> codes(List<DivisionKey> keys) {
        return keys.stream().map(DivisionKey::code).toList();
    }

    /**
     * {@code count} scenarios of five moves on the base division, seeded: five distinct municipalities, each to a region
     * of the base picked at random (a move to its own region is a valid no-op move, as users may send).
     */
    static List<List<ScenarioService.GivenMove>> scenarios(GraphClient client, int count) {
        Fresh f = Fresh.of(client);
        List<String> municipalities = new ArrayList<>(f.rows().municipalities().byCode().keySet());
        List<String> regions = f.rows().division(DivisionKind.valueOf(SCENARIO_BASE)).regions().stream()
                .map(GraphRows.Region::code).toList();
        Random random = new Random(15);
        List<List<ScenarioService.GivenMove>> scenarios = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            List<ScenarioService.GivenMove> moves = new ArrayList<>();
            java.util.Set<String> picked = new java.util.HashSet<>();
            while (moves.size() < 5) {
                String m = municipalities.get(random.nextInt(municipalities.size()));
                if (picked.add(m)) {
                    moves.add(new ScenarioService.GivenMove(moves.size() + 1, m,
                            regions.get(random.nextInt(regions.size())), null));
                }
            }
            scenarios.add(moves);
        }
        return scenarios;
    }

    /**
     * The reference to beat: a plain group-by of the membership rows already in memory, as a dataframe library does it.
     * Joins the memberships of division {@code a} with those of {@code b} on the municipality (a hash map municipality →
     * its regions in b), then groups the joined rows by (region of a, region of b) in a hash map keyed by the two codes,
     * each group collecting its member codes in a list and summing their population. Answers the number of groups.
     * No names, no shares, no sorting, no region summaries: less than the overlap answer holds.
     */
    static int plainGroupBy(GraphRows.Division a, GraphRows.Division b, Map<String, GraphRows.Municipality> byCode) {
        Map<String, List<String>> regionsInB = new HashMap<>();
        for (GraphRows.Membership m : b.memberships()) {
            regionsInB.computeIfAbsent(m.municipality(), k -> new ArrayList<>(1)).add(m.region());
        }
        Map<String, Group> groups = new HashMap<>();
        for (GraphRows.Membership m : a.memberships()) {
            List<String> inB = regionsInB.get(m.municipality());
            if (inB == null) {
                continue;
            }
            GraphRows.Municipality municipality = byCode.get(m.municipality());
            long population = municipality == null ? 0 : municipality.population();
            for (String regionB : inB) {
                Group g = groups.computeIfAbsent(m.region() + '\u0000' + regionB, k -> new Group());
                g.members.add(m.municipality());
                g.population += population;
            }
        }
        return groups.size();
    }

    private static final class Group {
        final List<String> members = new ArrayList<>();
        long population;
    }
}
