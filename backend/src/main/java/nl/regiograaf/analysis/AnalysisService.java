package nl.regiograaf.analysis;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.regiograaf.db.VersionedCache;
import nl.regiograaf.model.Analysis;
import nl.regiograaf.model.DivisionKind;
import nl.regiograaf.repo.AnalysisRepository;

/**
 * The analyses of the national graph, each computed once per national version (they read nothing a user import
 * writes): the graph rows are fetched through the repository and cached under a key naming the query and its
 * parameters, the answers under a key naming the analysis and its parameters. Callers validate parameters first, so
 * no key is made of arbitrary input.
 */
public final class AnalysisService {

    public static final int GRAPH_MAX_NODES = 2000;
    public static final int SEARCH_LIMIT = 50;

    private final AnalysisRepository repository;
    private final VersionedCache cache;

    /** The per-version cache the answers live in (the controllers keep their serialized bytes there too). */
    public VersionedCache cache() {
        return cache;
    }

    public AnalysisService(AnalysisRepository repository, VersionedCache cache) {
        this.repository = repository;
        this.cache = cache;
    }

    public Analysis.Overlap overlap(DivisionKind a, DivisionKind b) {
        return cache.getNational("overlap:" + a + ":" + b, () -> Overlaps.compute(division(a), division(b), municipalities()));
    }

    public Analysis.GgdOverview ggdOverview() {
        return cache.getNational("overlap-ggd", () -> {
            List<DivisionKind> kinds = new java.util.ArrayList<>(GgdOverview.TABLES);
            kinds.add(DivisionKind.GGD);
            Map<DivisionKind, GraphRows.Division> divisions = divisions(kinds);
            Map<DivisionKind, Analysis.Overlap> overlaps = new EnumMap<>(DivisionKind.class);
            GgdOverview.TABLES.forEach(kind -> overlaps.put(kind,
                    Overlaps.compute(divisions.get(DivisionKind.GGD), divisions.get(kind), municipalities())));
            return GgdOverview.compute(overlaps);
        });
    }

    public Analysis.PartitionCheck partitionCheck(DivisionKind kind) {
        return cache.getNational("partition-check:" + kind, () -> {
            Adjacency adjacency = adjacency();
            return PartitionChecks.compute(division(kind), municipalities(), adjacency.contiguity(), adjacency.truncated());
        });
    }

    public List<Analysis.PartitionCheck> partitionChecks() {
        return cache.getNational("partition-checks", () -> {
            Map<DivisionKind, GraphRows.Division> divisions = divisions(Arrays.asList(DivisionKind.values()));
            Adjacency adjacency = adjacency();
            return Arrays.stream(DivisionKind.values()).map(kind -> PartitionChecks.compute(divisions.get(kind),
                    municipalities(), adjacency.contiguity(), adjacency.truncated())).toList();
        });
    }

    /** The municipality or region with this code, if the graph has it (trauma centres and insurers are no focus). */
    public Optional<Analysis.GraphNode> graphFocus(String code) {
        return network().node(code).filter(n -> n.kind().equals(NetworkGraph.MUNICIPALITY)
                || DivisionKind.parse(n.kind()).isPresent());
    }

    public Analysis.Graph graph(String focus, int depth) {
        return network().around(focus, depth, GRAPH_MAX_NODES);
    }

    public AnalysisRepository.Search search(String key, String codePrefix) {
        return repository.search(key, codePrefix, SEARCH_LIMIT);
    }

    private GraphRows.Division division(DivisionKind kind) {
        return cache.getNational("rows:division:" + kind, () -> repository.division(kind));
    }

    /** Several divisions, read together in one transaction (a fixed list per caller, so a fixed set of keys). */
    private Map<DivisionKind, GraphRows.Division> divisions(List<DivisionKind> kinds) {
        return cache.getNational("rows:divisions:" + kinds, () -> repository.divisions(kinds));
    }

    private GraphRows.Municipalities municipalities() {
        return cache.getNational("rows:municipalities", repository::municipalities);
    }

    /** Every contact type counts for contiguity: boundary, point and water (see {@link Contiguity}). */
    private Adjacency adjacency() {
        return cache.getNational("contiguity", () -> {
            GraphRows.Borders borders = repository.borders();
            return new Adjacency(new Contiguity(municipalities().byCode().keySet(), borders.rows()), borders.truncated());
        });
    }

    private record Adjacency(Contiguity contiguity, boolean truncated) {
    }

    private NetworkGraph network() {
        return cache.getNational("network", () -> new NetworkGraph(repository.network()));
    }
}
