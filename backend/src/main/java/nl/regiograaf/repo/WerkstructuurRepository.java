package nl.regiograaf.repo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiograaf.analysis.WerkstructuurAnalysis;
import nl.regiograaf.analysis.WerkstructuurRows;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.importer.CsvFiles;
import nl.regiograaf.model.Api;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads the werkstructuur rows: the regions, their partners, the imported roles, documents and venster answers from the
 * graph (one Cypher file each), and the AZWA dates and funding totals from the reference files shipped in the jar.
 */
public final class WerkstructuurRepository {

    static final String DATES = "werkstructuur_dates.csv";
    static final String FUNDING = "azwa_funding_2027_2029.csv";
    private static final int[] FUNDING_YEARS = {2027, 2028, 2029};

    private final GraphClient graph;

    public WerkstructuurRepository(GraphClient graph) {
        this.graph = graph;
    }

    public List<WerkstructuurRows.Region> regions() {
        List<WerkstructuurRows.Region> out = new ArrayList<>();
        for (Record r : graph.queryAll("queries/werkstructuur_regions", Map.of())) {
            List<WerkstructuurRows.Member> members = r.get("members").asList(m -> new WerkstructuurRows.Member(
                    m.get("code").asString(), m.get("name").asString(), Values.longOr0(m, "population"),
                    Values.longOrNull(m, "bredeSpuk2025"), Values.longOrNull(m, "bredeSpuk2026"), Values.strings(m, "regions")));
            Value mandaat = r.get("mandaatMunicipality");
            out.add(new WerkstructuurRows.Region(r.get("code").asString(), r.get("name").asString(),
                    text(r, "mandaatgemeente"),
                    mandaat.isNull() ? null : new Api.Ref(mandaat.get("code").asString(), mandaat.get("name").asString()),
                    text(r, "mandaatSource"), number(r, "spukIza2025"), number(r, "spukIza2026"), text(r, "spukSource"),
                    text(r, "referenceDate"), members));
        }
        return out;
    }

    public List<WerkstructuurRows.Partner> partners() {
        List<WerkstructuurRows.Partner> out = new ArrayList<>();
        for (Record r : graph.queryAll("queries/werkstructuur_partners", Map.of())) {
            Value h = r.get("concessionHolder");
            out.add(new WerkstructuurRows.Partner(r.get("kind").asString(), r.get("code").asString(), r.get("name").asString(),
                    r.get("members").asList(Value::asString),
                    h.isNull() ? null : new WerkstructuurRows.Holder(Values.text(h, "name"), Values.longOrNull(h, "referenceYear"),
                            Values.text(h, "source"), Values.text(h, "referenceDate"))));
        }
        return out;
    }

    public List<WerkstructuurRows.Role> roles() {
        return graph.queryAll("queries/werkstructuur_roles", Map.of()).stream().map(r -> {
            Value w = r.get("role");
            return new WerkstructuurRows.Role(r.get("region").asString(), Values.text(w, "role"), Values.text(w, "topic"),
                    Values.text(w, "organisation"), Values.text(w, "person"), Values.text(w, "since"), Values.text(w, "source"));
        }).toList();
    }

    public List<WerkstructuurRows.Document> documents() {
        return graph.queryAll("queries/werkstructuur_documents", Map.of()).stream().map(r -> {
            Value d = r.get("document");
            return new WerkstructuurRows.Document(r.get("region").asString(), Values.text(d, "document"),
                    Values.text(d, "status"), Values.text(d, "date"), Values.text(d, "url"));
        }).toList();
    }

    public List<WerkstructuurRows.Answer> answers() {
        return graph.queryAll("queries/venster_answers", Map.of()).stream().map(r -> new WerkstructuurRows.Answer(
                r.get("region").asString(), r.get("year").asInt(), r.get("financier").asString(), r.get("question").asString(),
                r.get("answer").asInt(), text(r, "toelichting"), r.get("demo").asBoolean(false))).toList();
    }

    public static List<WerkstructuurRows.Deadline> deadlines() {
        return CsvFiles.read(DATES).stream().map(d -> new WerkstructuurRows.Deadline(d.get("event"), d.get("date"),
                d.get("applies_to"), d.get("source"), d.get("source_date"), blank(d.get("note")))).toList();
    }

    /** The funding rows; a row whose source reads "same letter" names the first row's letter (as the file means). */
    public static List<WerkstructuurRows.Funding> funding() {
        List<Map<String, String>> rows = CsvFiles.read(FUNDING);
        String letter = rows.isEmpty() ? null : rows.get(0).get("source");
        return rows.stream().map(f -> {
            Map<Integer, Long> mln = new LinkedHashMap<>();
            for (int year : FUNDING_YEARS) {
                mln.put(year, Long.parseLong(f.get("eur_mln_" + year).strip()));
            }
            return new WerkstructuurRows.Funding(f.get("part"), f.get("recipient"), blank(f.get("distribution_key")), mln,
                    "same letter".equals(f.get("source")) ? letter : f.get("source"), f.get("source_date"), blank(f.get("note")));
        }).toList();
    }

    public WerkstructuurAnalysis.Input input() {
        return new WerkstructuurAnalysis.Input(regions(), partners(), roles(), documents(), deadlines(), funding());
    }

    private static String text(Record r, String key) {
        Value v = r.get(key);
        return v.isNull() ? null : v.asString();
    }

    private static Long number(Record r, String key) {
        Value v = r.get(key);
        return v.isNull() ? null : v.asLong();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
