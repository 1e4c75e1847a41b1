package nl.regiograaf.repo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.model.DivisionKind;
import nl.regiograaf.model.MunicipalityMemberships;
import org.neo4j.driver.Value;

/** Region memberships of all municipalities in one read, for colouring maps. */
public final class MembershipRepository {

    private final GraphClient graph;

    public MembershipRepository(GraphClient graph) {
        this.graph = graph;
    }

    /** kind null: every division. Every requested kind is present in each answer, empty when unassigned. */
    public List<MunicipalityMemberships> memberships(DivisionKind kind) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("kind", kind == null ? null : kind.name());
        List<DivisionKind> kinds = kind == null ? List.of(DivisionKind.values()) : List.of(kind);
        return graph.queryAll("queries/memberships", params).stream().map(r -> {
            Map<String, List<String>> regions = new LinkedHashMap<>();
            kinds.forEach(k -> regions.put(k.name(), new ArrayList<>()));
            for (Value region : r.get("regions").asList(v -> v)) {
                regions.get(region.get("kind").asString()).add(region.get("code").asString());
            }
            return new MunicipalityMemberships(r.get("municipality").asString(), regions);
        }).toList();
    }
}
