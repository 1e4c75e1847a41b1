package nl.regiograaf.repo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiograaf.analysis.GraphRows;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.model.Analysis;
import nl.regiograaf.model.DivisionKind;
import org.neo4j.driver.Record;

/** Reads the rows the analyses work on; each method runs one named query under the row cap. */
public final class AnalysisRepository {

    private final GraphClient graph;

    public AnalysisRepository(GraphClient graph) {
        this.graph = graph;
    }

    public GraphRows.Municipalities municipalities() {
        GraphClient.Rows rows = graph.query("queries/analysis_municipalities", Map.of());
        Map<String, GraphRows.Municipality> byCode = new LinkedHashMap<>();
        for (Record r : rows.records()) {
            byCode.put(r.get("code").asString(),
                    new GraphRows.Municipality(r.get("code").asString(), text(r, "name"), r.get("population").asLong()));
        }
        return new GraphRows.Municipalities(byCode, rows.truncated());
    }

    public GraphRows.Division division(DivisionKind kind) {
        GraphClient.Rows rows = graph.query("queries/analysis_division", Map.of("kind", kind.name()));
        String referenceDate = null;
        Map<String, GraphRows.Region> regions = new LinkedHashMap<>();
        List<GraphRows.Membership> memberships = new ArrayList<>();
        for (Record r : rows.records()) {
            referenceDate = text(r, "referenceDate");
            String region = text(r, "region");
            if (region == null) {
                continue;
            }
            regions.putIfAbsent(region, new GraphRows.Region(kind.name(), region, text(r, "regionName")));
            String municipality = text(r, "municipality");
            if (municipality != null) {
                memberships.add(new GraphRows.Membership(municipality, region, text(r, "source"), text(r, "evidenceLevel")));
            }
        }
        return new GraphRows.Division(kind, referenceDate, List.copyOf(regions.values()), memberships, rows.truncated());
    }

    public GraphRows.Borders borders() {
        GraphClient.Rows rows = graph.query("queries/analysis_borders", Map.of());
        return new GraphRows.Borders(rows.records().stream()
                .map(r -> new GraphRows.Border(r.get("a").asString(), r.get("b").asString(), text(r, "contact")))
                .toList(), rows.truncated());
    }

    public GraphRows.Network network() {
        GraphRows.Municipalities municipalities = municipalities();
        GraphClient.Rows regionRows = graph.query("queries/network_regions", Map.of());
        GraphClient.Rows membershipRows = graph.query("queries/network_memberships", Map.of());
        GraphClient.Rows attachmentRows = graph.query("queries/network_attachments", Map.of());
        GraphRows.Borders borders = borders();
        return new GraphRows.Network(municipalities,
                regionRows.records().stream().map(r -> new GraphRows.Region(text(r, "kind"), text(r, "code"), text(r, "name"))).toList(),
                membershipRows.records().stream().map(r -> new GraphRows.Membership(text(r, "municipality"), text(r, "region"),
                        text(r, "source"), text(r, "evidenceLevel"))).toList(),
                borders.rows(),
                attachmentRows.records().stream().map(r -> new GraphRows.Attachment(text(r, "region"), text(r, "type"),
                        text(r, "kind"), text(r, "id"), text(r, "label"))).toList(),
                borders.truncated() || municipalities.truncated() || regionRows.truncated() || membershipRows.truncated()
                        || attachmentRows.truncated());
    }

    /** At most {@code limit} hits; {@code truncated} when there were more. */
    public Search search(String key, String codePrefix, int limit) {
        GraphClient.Rows rows = graph.read(tx -> GraphClient.fetch(tx, "queries/search",
                Map.of("key", key, "code", codePrefix, "limit", limit + 1), limit));
        return new Search(rows.records().stream()
                .map(r -> new Analysis.SearchHit(text(r, "kind"), text(r, "code"), text(r, "name"))).toList(),
                rows.truncated());
    }

    private static String text(Record r, String key) {
        return r.get(key).isNull() ? null : r.get(key).asString();
    }

    public record Search(List<Analysis.SearchHit> hits, boolean truncated) {
    }
}
