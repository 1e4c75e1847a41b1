package nl.regiograaf.analysis;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.regiograaf.db.VersionedCache;
import nl.regiograaf.model.Analysis;
import nl.regiograaf.model.DivisionKey;
import nl.regiograaf.model.DivisionKind;
import nl.regiograaf.repo.DivisionCatalog;
import nl.regiograaf.repo.AnalysisRepository;
import nl.regiograaf.repo.NationalRows;

/**
 * The analyses of the national graph, each computed once per national version (they read nothing a user import
 * writes): the graph rows come from {@link NationalRows} (shared with the support analyses), the answers are cached
 * under a key naming the analysis and its parameters. Callers validate parameters first, so
 * no key is made of arbitrary input.
 */
public final class AnalysisService {

    public static final int GRAPH_MAX_NODES = 2000;
    public static final int SEARCH_LIMIT = 50;

    private final AnalysisRepository repository;
    private final NationalRows rows;
    private final VersionedCache cache;

    /** The per-version cache the answers live in (the controllers keep their serialized bytes there too). */
    public VersionedCache cache() {
        return cache;
    }

    private final DivisionCatalog catalog;

    /** Over the national divisions only (benchmarks, tests of the analyses). */
    public AnalysisService(AnalysisRepository repository, NationalRows rows) {
        this(repository, rows, null);
    }

    /** {@code catalog}: the divisions the answers without a kind cover (the national and the own ones). */
    public AnalysisService(AnalysisRepository repository, NationalRows rows, DivisionCatalog catalog) {
        this.repository = repository;
        this.rows = rows;
        this.cache = rows.cache();
        this.catalog = catalog;
    }

    /** The division a parameter names, national or own. */
    public Optional<DivisionKey> division(String text) {
        return catalog == null ? DivisionKind.parse(text).map(DivisionKey::of) : catalog.resolve(text);
    }

    /** Every division: the national ones, then the own ones (when a catalog is given). */
    public List<DivisionKey> divisions() {
        return catalog == null ? DivisionCatalog.national() : catalog.all();
    }

    /** A service with rows of its own (nothing shared with other analyses). */
    public AnalysisService(AnalysisRepository repository, VersionedCache cache) {
        this(repository, new NationalRows(repository, cache));
    }

    public Analysis.Overlap overlap(DivisionKind a, DivisionKind b) {
        return overlap(DivisionKey.of(a), DivisionKey.of(b));
    }

    /** National or own divisions alike (an own division is read from the graph like a national one). */
    public Analysis.Overlap overlap(DivisionKey a, DivisionKey b) {
        return cache.getNational("overlap:" + a + ":" + b, () -> {
            rows.prefetch(true, List.of(a.code(), b.code()), false);
            DenseRows.Municipalities municipalities = denseMunicipalities();
            DenseRows.Division denseA = denseDivision(a.code());
            DenseRows.Division denseB = denseDivision(b.code());
            if (denseA != null && denseB != null && denseA.indexedOver(municipalities) && denseB.indexedOver(municipalities)) {
                return Overlaps.compute(denseA, denseB, municipalities);
            }
            Map<String, GraphRows.Division> divisions = rows.divisionsByCode(List.of(a.code(), b.code()));
            return Overlaps.compute(divisions.get(a.code()), divisions.get(b.code()), rows.municipalities());
        });
    }

    public Analysis.GgdOverview ggdOverview() {
        return cache.getNational("overlap-ggd", () -> {
            List<DivisionKind> kinds = new java.util.ArrayList<>(GgdOverview.TABLES);
            kinds.add(DivisionKind.GGD);
            // all five in one query (beside the municipalities); each overlap below then finds its divisions read
            rows.prefetch(true, kinds.stream().map(DivisionKind::name).toList(), false);
            Map<DivisionKind, Analysis.Overlap> overlaps = new EnumMap<>(DivisionKind.class);
            GgdOverview.TABLES.forEach(kind -> overlaps.put(kind, overlap(DivisionKind.GGD, kind)));
            return GgdOverview.compute(overlaps);
        });
    }

    public Analysis.PartitionCheck partitionCheck(DivisionKind kind) {
        return partitionCheck(DivisionKey.of(kind));
    }

    /** An own division with a scope counts unassigned municipalities only inside it. */
    public Analysis.PartitionCheck partitionCheck(DivisionKey kind) {
        return cache.getNational("partition-check:" + kind, () -> {
            rows.prefetch(true, List.of(kind.code()), true);
            Adjacency adjacency = adjacency();
            java.util.Set<String> scope = kind.scope() == null ? null : java.util.Set.copyOf(kind.scope());
            DenseRows.Municipalities municipalities = denseMunicipalities();
            DenseRows.Division dense = denseDivision(kind.code());
            DenseRows.Adjacency denseAdjacency = denseAdjacency();
            if (dense != null && dense.indexedOver(municipalities) && denseAdjacency.indexedOver(municipalities)) {
                return PartitionChecks.compute(dense, municipalities, denseAdjacency, adjacency.truncated(), scope,
                        kind.scopeName());
            }
            return PartitionChecks.compute(rows.division(kind), rows.municipalities(), adjacency.contiguity(),
                    adjacency.truncated(), scope, kind.scopeName());
        });
    }

    public List<Analysis.PartitionCheck> partitionChecks() {
        return cache.getNational("partition-checks", () -> {
            List<DivisionKey> all = divisions();
            // all divisions in one query, beside the municipalities and the borders; then one check each
            rows.prefetch(true, all.stream().map(DivisionKey::code).toList(), true);
            return all.stream().map(this::partitionCheck).toList();
        });
    }

    /** The municipality or region with this code, if the graph has it (trauma centres and insurers are no focus). */
    public Optional<Analysis.GraphNode> graphFocus(String code) {
        return network().node(code).filter(n -> n.kind().equals(NetworkGraph.MUNICIPALITY)
                || NetworkGraph.isDivisionKind(n.kind()));
    }

    public Analysis.Graph graph(String focus, int depth) {
        return network().around(focus, depth, GRAPH_MAX_NODES);
    }

    /** From an in-memory index per data version (an own division's regions are searchable as soon as they are imported). */
    public SearchIndex.Result search(String key, String codePrefix) {
        return cache.get("search-index", () -> new SearchIndex(repository.searchEntries())).search(key, codePrefix, SEARCH_LIMIT);
    }

    /** Every contact type counts for contiguity: boundary, point and water (see {@link Contiguity}). */
    Adjacency adjacency() {
        return cache.getNational("contiguity", () -> {
            java.util.Optional<nl.regiograaf.repo.PackedBorders.Edges> packed = rows.packedBorders();
            if (packed.isPresent()) {
                return new Adjacency(new Contiguity(packed.get()), false);
            }
            GraphRows.Borders borders = rows.borders();
            return new Adjacency(new Contiguity(rows.municipalities().byCode().keySet(), borders.rows()), borders.truncated());
        });
    }

    record Adjacency(Contiguity contiguity, boolean truncated) {
    }

    /** The municipalities by index (see {@link DenseRows}), once per national version. */
    public DenseRows.Municipalities denseMunicipalities() {
        return cache.getNational("dense:municipalities", () -> DenseRows.Municipalities.of(rows.municipalities()));
    }

    /**
     * The division with this kind code over {@link #denseMunicipalities()}, once per national version; null when the
     * graph has no such division or it cannot be held densely (the analyses then work from the rows).
     */
    public DenseRows.Division denseDivision(String code) {
        return cache.getNational("dense:division:" + code, () -> {
            GraphRows.Division division = rows.divisionsByCode(List.of(code)).get(code);
            return Optional.ofNullable(division == null ? null : DenseRows.Division.of(division, denseMunicipalities()));
        }).orElse(null);
    }

    /** Every BORDERS relationship over municipality indexes (as {@link #adjacency()}), once per national version. */
    DenseRows.Adjacency denseAdjacency() {
        return cache.getNational("dense:adjacency", () -> DenseRows.Adjacency.of(adjacency().contiguity(),
                denseMunicipalities()));
    }

    private NetworkGraph network() {
        // An imported preferente zorgverzekeraar is part of the network: the national part is built once per national
        // version, the imported roles added per data version.
        NetworkGraph national = cache.getNational("network", () -> new NetworkGraph(repository.network()));
        return cache.get("network-with-imported-roles", () -> national.withImported(repository.importedRoleAttachments()));
    }
}
