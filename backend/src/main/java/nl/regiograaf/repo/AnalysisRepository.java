package nl.regiograaf.repo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiograaf.analysis.GraphRows;
import nl.regiograaf.db.Cypher;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.model.Analysis;
import nl.regiograaf.model.DivisionKind;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/** Reads the rows the analyses work on; each method runs one named query under the row cap. */
public final class AnalysisRepository {

    private final GraphClient graph;

    public AnalysisRepository(GraphClient graph) {
        this.graph = graph;
    }

    public GraphRows.Municipalities municipalities() {
        return municipalities(true);
    }

    /** As above; with {@code packed} false always from the nodes, never the packed value (tests compare). */
    public GraphRows.Municipalities municipalities(boolean packed) {
        int cap = graph.rowCap();
        return graph.read(tx -> {
            if (packed) {
                List<Record> records = tx.run(Cypher.query("queries/analysis_municipalities_packed"), Map.of()).list();
                GraphRows.Municipalities unpacked = records.isEmpty() ? null
                        : PackedMunicipalities.unpack(records.get(0).get("packed").asString(), cap);
                if (unpacked != null) {
                    return unpacked;
                }
            }
            return municipalities(tx, cap);
        });
    }

    private static GraphRows.Municipalities municipalities(TransactionContext tx, int cap) {
        // Read from the driver's values directly (no intermediate lists of plain objects): 100,000 rows at ×300 scale.
        Record record = collectedRecord(tx, "queries/analysis_municipalities", cap);
        Map<String, GraphRows.Municipality> byCode = new LinkedHashMap<>();
        if (record == null) {
            return new GraphRows.Municipalities(byCode, false);
        }
        for (Value r : record.get("rows").values()) {
            String code = r.get(0).asString();
            byCode.put(code, new GraphRows.Municipality(code, r.get(1).isNull() ? null : r.get(1).asString(),
                    r.get(2).asNumber().longValue(), number(r.get(3)), number(r.get(4))));
        }
        return new GraphRows.Municipalities(byCode, record.get("truncated").asBoolean());
    }

    /** The one record of a query that collects its rows (rows, truncated) under {@code $cap}; null when it answers none. */
    private static Record collectedRecord(TransactionContext tx, String name, int cap) {
        List<Record> records = tx.run(Cypher.query(name), Map.of("cap", cap)).list();
        return records.isEmpty() ? null : records.get(0);
    }

    public GraphRows.Division division(DivisionKind kind) {
        return divisions(List.of(kind)).get(kind);
    }

    /** Several divisions, read by one query (one Bolt round trip instead of one per division). */
    public Map<DivisionKind, GraphRows.Division> divisions(List<DivisionKind> kinds) {
        Map<String, GraphRows.Division> byCode = divisionsByCode(kinds.stream().map(DivisionKind::name).toList());
        Map<DivisionKind, GraphRows.Division> divisions = new EnumMap<>(DivisionKind.class);
        byCode.forEach((code, division) -> divisions.put(DivisionKind.valueOf(code), division));
        return divisions;
    }

    /** National or own divisions by kind code; a kind without a division node is absent from the answer. */
    public Map<String, GraphRows.Division> divisionsByCode(List<String> kinds) {
        return divisionsByCode(kinds, true);
    }

    /** As above; with {@code packed} false always from the regions' member lists, never the packed value (tests compare). */
    public Map<String, GraphRows.Division> divisionsByCode(List<String> kinds, boolean packed) {
        return graph.read(tx -> divisions(tx, kinds, graph.rowCap(), packed));
    }

    private static Map<String, GraphRows.Division> divisions(TransactionContext tx, List<String> kinds, int cap,
                                                             boolean packed) {
        Map<String, GraphRows.Division> divisions = new LinkedHashMap<>();
        for (Record r : tx.run(Cypher.query("queries/analysis_divisions"),
                Map.of("kinds", kinds, "cap", cap, "packed", packed)).list()) {
            String kind = r.get("kind").asString();
            divisions.put(kind, r.get("packed").isNull()
                    ? division(kind, text(r, "referenceDate"), r.get("regions"), r.get("truncated").asBoolean(), cap)
                    : PackedRegions.unpack(kind, text(r, "referenceDate"), r.get("packed").asString(), cap));
        }
        return divisions;
    }

    /** Regions [code, name, [members], [sources], [evidence levels]] as regions and memberships, at most {@code cap} rows. */
    private static GraphRows.Division division(String kind, String referenceDate, Value regionRows,
                                               boolean truncated, int cap) {
        List<GraphRows.Region> regions = new ArrayList<>();
        List<GraphRows.Membership> memberships = new ArrayList<>();
        int rows = 0;
        for (Value g : regionRows.values()) {
            if (rows >= cap) {
                break;
            }
            String region = g.get(0).asString();
            regions.add(new GraphRows.Region(kind, region, g.get(1).asString()));
            Value members = g.get(2);
            Value sources = g.get(3);
            Value evidence = g.get(4);
            for (int i = 0; i < members.size() && rows < cap; i++, rows++) {
                memberships.add(new GraphRows.Membership(members.get(i).asString(), region,
                        blankToNull(entry(sources, i).asString()), blankToNull(entry(evidence, i).asString())));
            }
            rows += members.size() == 0 ? 1 : 0;
        }
        return new GraphRows.Division(kind, referenceDate, regions, memberships, truncated);
    }

    /** Entry {@code i} of a per-member list the query sends as one entry when all are equal. */
    private static Value entry(Value perMember, int i) {
        return perMember.get(perMember.size() == 1 ? 0 : i);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /**
     * The borders from their packed value (see {@link PackedBorders}); empty when the store has none or it holds more
     * than the row cap (then read {@link #borders()}).
     */
    public java.util.Optional<PackedBorders.Edges> packedBorders() {
        int cap = graph.rowCap();
        return graph.read(tx -> {
            List<Record> records = tx.run(Cypher.query("queries/analysis_borders_packed"), Map.of()).list();
            return records.isEmpty() ? java.util.Optional.<PackedBorders.Edges>empty()
                    : java.util.Optional.ofNullable(PackedBorders.unpack(records.get(0).get("packed").asString(), cap));
        });
    }

    public GraphRows.Borders borders() {
        return graph.read(tx -> borders(tx, graph.rowCap()));
    }

    /** Borders [a, b, contact] from the municipalities' border lists (contacts as one entry when all equal), at most {@code cap}. */
    private static GraphRows.Borders borders(TransactionContext tx, int cap) {
        Record record = collectedRecord(tx, "queries/analysis_borders", cap);
        List<GraphRows.Border> borders = new ArrayList<>();
        if (record == null) {
            return new GraphRows.Borders(borders, false);
        }
        for (Value r : record.get("rows").values()) {
            String a = r.get(0).asString();
            Value codes = r.get(1);
            Value contacts = r.get(2);
            boolean oneContact = contacts.size() == 1;
            for (int i = 0; i < codes.size() && borders.size() < cap; i++) {
                Value contact = contacts.get(oneContact ? 0 : i);
                borders.add(new GraphRows.Border(a, codes.get(i).asString(), contact.isNull() ? null : contact.asString()));
            }
        }
        return new GraphRows.Borders(borders, record.get("truncated").asBoolean());
    }

    /** Everything the network graph is drawn from, read in one transaction. */
    public GraphRows.Network network() {
        int cap = graph.rowCap();
        return graph.read(tx -> {
            GraphRows.Municipalities municipalities = municipalities(tx, cap);
            GraphClient.Collected regions = GraphClient.collected(tx, "queries/network_regions", Map.of(), cap);
            GraphClient.Collected memberships = GraphClient.collected(tx, "queries/network_memberships", Map.of(), cap);
            GraphClient.Collected attachments = GraphClient.collected(tx, "queries/network_attachments", Map.of(), cap);
            GraphRows.Borders borders = borders(tx, cap);
            return new GraphRows.Network(municipalities,
                    regions.rows().stream().map(r -> new GraphRows.Region((String) r.get(0), (String) r.get(1), (String) r.get(2))).toList(),
                    memberships.rows().stream().map(r -> new GraphRows.Membership((String) r.get(0), (String) r.get(1),
                            (String) r.get(2), (String) r.get(3))).toList(),
                    borders.rows(),
                    attachments(attachments),
                    borders.truncated() || municipalities.truncated() || regions.truncated() || memberships.truncated()
                            || attachments.truncated());
        });
    }

    /** The imported roles the network shows (a preferente zorgverzekeraar per IZA/AZWA region). */
    public GraphRows.Attachments importedRoleAttachments() {
        GraphClient.Collected rows = graph.read(tx ->
                GraphClient.collected(tx, "queries/network_imported_roles", Map.of(), graph.rowCap()));
        return new GraphRows.Attachments(attachments(rows), rows.truncated());
    }

    private static List<GraphRows.Attachment> attachments(GraphClient.Collected rows) {
        return rows.rows().stream().map(r -> new GraphRows.Attachment((String) r.get(0), (String) r.get(1),
                (String) r.get(2), (String) r.get(3), (String) r.get(4))).toList();
    }

    /** Everything search can find (bounded by the data model: municipalities and regions). */
    public List<nl.regiograaf.analysis.SearchIndex.Entry> searchEntries() {
        return graph.queryAll("queries/search_entries", Map.of()).stream()
                .map(r -> new nl.regiograaf.analysis.SearchIndex.Entry(text(r, "kind"), text(r, "code"), text(r, "name"),
                        r.get("keys").asList(org.neo4j.driver.Value::asString), r.get("kindOrder").asInt()))
                .toList();
    }

    private static Double number(Value value) {
        return value.isNull() ? null : value.asNumber().doubleValue();
    }

    private static String text(Record r, String key) {
        return r.get(key).isNull() ? null : r.get(key).asString();
    }

}
