package nl.regiograaf.repo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiograaf.analysis.Edition;
import nl.regiograaf.analysis.GraphRows;
import nl.regiograaf.analysis.MunicipalEvents;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.model.DivisionKind;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Reads the older editions, the municipal events and the date of the current municipality set. */
public final class EditionRepository {

    private final GraphClient graph;

    public EditionRepository(GraphClient graph) {
        this.graph = graph;
    }

    public List<Edition> editions() {
        List<Edition> result = new ArrayList<>();
        for (Record r : graph.queryAll("queries/editions", Map.of())) {
            Value e = r.get("edition");
            DivisionKind kind = DivisionKind.valueOf(e.get("kind").asString());
            List<String> codes = e.get("municipalityCodes").asList(Value::asString);
            List<String> names = e.get("municipalityNames").asList(Value::asString);
            Map<String, String> municipalities = new LinkedHashMap<>();
            for (int i = 0; i < codes.size(); i++) {
                municipalities.put(codes.get(i), names.get(i));
            }
            List<GraphRows.Region> regions = new ArrayList<>();
            List<GraphRows.Membership> memberships = new ArrayList<>();
            String source = e.get("source").asString();
            for (Value region : r.get("regions").values()) {
                String code = region.get("code").asString();
                regions.add(new GraphRows.Region(kind.name(), code, region.get("name").asString()));
                region.get("members").asList(Value::asString)
                        .forEach(m -> memberships.add(new GraphRows.Membership(m, code, source, null)));
            }
            result.add(new Edition(e.get("id").asString(), kind, e.get("year").asInt(), e.get("referenceDate").asString(),
                    e.get("setDate").asString(), source, e.get("note").asString(""), regions, memberships, municipalities));
        }
        return result;
    }

    public MunicipalEvents events() {
        List<MunicipalEvents.Row> rows = new ArrayList<>();
        for (Record r : graph.queryAll("queries/municipal_events", Map.of())) {
            Value e = r.get("event");
            rows.add(new MunicipalEvents.Row(e.get("date").asString(), e.get("kind").asString(), e.get("oldCode").asString(),
                    e.get("oldName").asString(), e.get("newCode").asString(), e.get("newName").asString(),
                    e.get("citation").asString(""), e.get("source").asString(null)));
        }
        return new MunicipalEvents(null, rows);
    }

    /** The date the current municipality set is valid on. */
    public String currentSetDate() {
        Value date = graph.queryAll("queries/municipality_set_date", Map.of()).get(0).get("date");
        return date.isNull() ? "" : date.asString();
    }
}
