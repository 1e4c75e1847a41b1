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

    /** kind null: every national division. Every requested kind is present in each answer, empty when unassigned. */
    public List<MunicipalityMemberships> memberships(DivisionKind kind) {
        return memberships(kind == null ? java.util.Arrays.stream(DivisionKind.values()).map(Enum::name).toList()
                : List.of(kind.name()), kind == null);
    }

    /**
     * The memberships in the divisions {@code kinds} (national or own); {@code all}: they are every division, read in
     * one pass. Every requested kind is present in each answer, empty when unassigned.
     */
    public List<MunicipalityMemberships> memberships(List<String> kinds, boolean all) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("kind", all ? null : kinds.get(0));
        return graph.queryAll("queries/memberships", params).stream().map(r -> {
            Map<String, List<String>> regions = new LinkedHashMap<>();
            kinds.forEach(k -> regions.put(k, new ArrayList<>()));
            for (Value region : r.get("regions").asList(v -> v)) {
                List<String> codes = regions.get(region.get("kind").asString());
                if (codes != null) {
                    codes.add(region.get("code").asString());
                }
            }
            return new MunicipalityMemberships(r.get("municipality").asString(), regions);
        }).toList();
    }
}
