package nl.regiograaf.repo;

import java.util.List;
import java.util.Map;
import nl.regiograaf.analysis.GraphRows;
import nl.regiograaf.db.VersionedCache;
import nl.regiograaf.model.DivisionKind;

/**
 * The rows of the national graph that every analysis starts from (municipalities, divisions), read once per national
 * version and shared: overlaps, partition checks, coverage and the ketenaanpak matrix all take them from here, so the
 * first answers after a national write read each row once, and the divisions an answer still lacks in one query.
 */
public final class NationalRows {

    private final AnalysisRepository repository;
    private final VersionedCache cache;

    public NationalRows(AnalysisRepository repository, VersionedCache cache) {
        this.repository = repository;
        this.cache = cache;
    }

    public GraphRows.Municipalities municipalities() {
        return cache.getNational("rows:municipalities", repository::municipalities);
    }

    public GraphRows.Division division(DivisionKind kind) {
        return divisions(List.of(kind)).get(kind);
    }

    /** The divisions of {@code kinds}; those not read at this national version are read together. */
    public Map<DivisionKind, GraphRows.Division> divisions(List<DivisionKind> kinds) {
        Map<String, GraphRows.Division> byCode = divisionsByCode(kinds.stream().map(DivisionKind::name).toList());
        Map<DivisionKind, GraphRows.Division> divisions = new java.util.LinkedHashMap<>();
        kinds.forEach(k -> divisions.put(k, byCode.get(k.name())));
        return divisions;
    }

    /**
     * Divisions by kind code, national or own (own divisions are part of the reference graph: their writes bump the
     * national version). A kind without a division in the graph maps to null.
     */
    public Map<String, GraphRows.Division> divisionsByCode(List<String> kinds) {
        return cache.getAllNational("rows:division:", kinds, missing -> {
            Map<String, GraphRows.Division> read = new java.util.HashMap<>(repository.divisionsByCode(missing));
            missing.forEach(k -> read.putIfAbsent(k, null));
            return read;
        });
    }

    public GraphRows.Division division(nl.regiograaf.model.DivisionKey key) {
        return divisionsByCode(List.of(key.code())).get(key.code());
    }

    public VersionedCache cache() {
        return cache;
    }
}
