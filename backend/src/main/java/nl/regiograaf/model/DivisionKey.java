package nl.regiograaf.model;

import java.util.List;
import java.util.Optional;

/**
 * A division as the API names it: one of the national {@link DivisionKind}s, or an own division a user imported
 * ({@code POST /api/import/divisions}). {@code code} is the kind as it appears in parameters, answers and the graph
 * ({@code Region.kind}); an own division carries its dataset and, when it covers only part of the country, the
 * municipalities of its scope (null: the whole country) and the scope as given ({@code national}, {@code PV27} or the
 * municipality codes). Resolved in one place, {@code repo.DivisionCatalog}.
 */
public record DivisionKey(String code, String label, boolean national, String dataset, List<String> scope,
                          String scopeName) {

    public static DivisionKey of(DivisionKind kind) {
        return new DivisionKey(kind.name(), kind.label(), true, null, null, null);
    }

    /** The national kind, for what only national divisions have (editions, the GGD overview). */
    public Optional<DivisionKind> nationalKind() {
        return national ? DivisionKind.parse(code) : Optional.empty();
    }

    /** The code: cache keys and messages name a division by it. */
    @Override
    public String toString() {
        return code;
    }
}
