package nl.regiograaf.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiograaf.analysis.Edition;
import nl.regiograaf.analysis.GraphRows;
import nl.regiograaf.analysis.MunicipalEvents;
import nl.regiograaf.db.Cypher;
import nl.regiograaf.db.DataVersion;
import nl.regiograaf.db.GraphClient;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At startup, after the national import: the older editions and the municipal events, rewritten in one transaction
 * when the files differ from what the store holds (content hash on {@code (:Meta {id:'editions'})}). So adding an
 * event or an edition to data/nl reaches an existing store at its next start, without a fresh import.
 */
public final class EditionImporter {

    private static final Logger LOG = LoggerFactory.getLogger(EditionImporter.class);

    private EditionImporter() {
    }

    public static void importAtStartup(GraphClient graph) {
        EditionData.Loaded data = EditionData.load();
        List<Record> present = graph.queryAll("queries/editions_hash", Map.of());
        if (!present.get(0).get("hash").isNull() && present.get(0).get("hash").asString().equals(data.contentHash())) {
            LOG.info("Editions and municipal events already present and unchanged");
            return;
        }
        long version = graph.write(tx -> {
            tx.run(Cypher.query("import/editions_clear")).consume();
            tx.run(Cypher.query("import/editions"), Map.of("rows", editionRows(data.editions()))).consume();
            tx.run(Cypher.query("import/municipal_events"), Map.of("rows", eventRows(data.events()))).consume();
            tx.run(Cypher.query("import/editions_hash"), Map.of("hash", data.contentHash())).consume();
            return DataVersion.bumpNational(tx);
        });
        LOG.info("Imported {} editions and {} municipal event rows (data version {})", data.editions().size(),
                data.events().rows().size(), version);
    }

    private static List<Map<String, Object>> editionRows(List<Edition> editions) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Edition e : editions) {
            Map<String, List<String>> members = new LinkedHashMap<>();
            e.regions().forEach(r -> members.put(r.code(), new ArrayList<>()));
            for (GraphRows.Membership m : e.memberships()) {
                members.get(m.region()).add(m.municipality());
            }
            List<Map<String, Object>> regions = new ArrayList<>();
            e.regions().forEach(r -> regions.add(Map.of("code", r.code(), "name", r.name(), "members", members.get(r.code()))));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", e.id());
            row.put("kind", e.kind());
            row.put("year", e.year());
            row.put("referenceDate", e.referenceDate());
            row.put("setDate", e.setDate());
            row.put("source", e.source());
            row.put("note", e.note());
            row.put("municipalityCodes", List.copyOf(e.municipalities().keySet()));
            row.put("municipalityNames", List.copyOf(e.municipalities().values()));
            row.put("regions", regions);
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, Object>> eventRows(MunicipalEvents events) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MunicipalEvents.Row r : events.rows()) {
            rows.add(Map.of("date", r.date(), "kind", r.kind(), "oldCode", r.oldCode(), "oldName", r.oldName(),
                    "newCode", r.newCode(), "newName", r.newName(), "citation", r.citation(), "source", r.source()));
        }
        return rows;
    }
}
