package nl.regiograaf.repo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.db.VersionedCache;
import nl.regiograaf.model.DivisionKey;
import nl.regiograaf.model.DivisionKind;
import org.neo4j.driver.Value;

/**
 * Every division a parameter may name: the national kinds (the enum) and the own divisions in the graph. An own
 * division's import and removal are writes to the reference graph (they bump the national version), so the list is
 * kept per national version like every answer drawn from it.
 */
public final class DivisionCatalog {

    private final GraphClient graph;
    private final VersionedCache cache;

    public DivisionCatalog(GraphClient graph, VersionedCache cache) {
        this.graph = graph;
        this.cache = cache;
    }

    public static List<DivisionKey> national() {
        return Arrays.stream(DivisionKind.values()).map(DivisionKey::of).toList();
    }

    /** The own divisions, in kind order. */
    public List<DivisionKey> own() {
        return cache.getNational("own-divisions", () -> graph.queryAll("queries/own_divisions", Map.of()).stream()
                .map(r -> new DivisionKey(r.get("kind").asString(), r.get("name").asString(), false,
                        r.get("dataset").asString(null),
                        r.get("scope").isNull() ? null : List.copyOf(r.get("scope").asList(Value::asString)),
                        r.get("scopeName").asString(null)))
                .toList());
    }

    /** National first (in enum order), then the own ones. */
    public List<DivisionKey> all() {
        List<DivisionKey> all = new ArrayList<>(national());
        all.addAll(own());
        return all;
    }

    /** The division named by {@code text} (case-insensitive), national or own. */
    public Optional<DivisionKey> resolve(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<DivisionKind> national = DivisionKind.parse(text);
        if (national.isPresent()) {
            return national.map(DivisionKey::of);
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        return own().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** The kinds a parameter accepts now, for messages. */
    public String known() {
        return String.join(", ", all().stream().map(DivisionKey::code).toList());
    }
}
