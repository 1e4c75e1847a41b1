package nl.regiograaf.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The real, partial support-point and ketenaanpak files of {@code data/nl/} (see SOURCES-3.md) as graph rows.
 * Their municipality codes are of 2020 and are carried to 2025 through the merger crosswalk; each code is
 * checked against the row's municipality name. Every row is kept: rows without a municipality become unplaced
 * points, every kind label maps explicitly ({@code support_point_kinds.csv}), and statements about a region stay
 * region-level ({@code ketenaanpak_region_mapping.csv} says which graph region, if any, the stated region is).
 */
public final class RealSupportData {

    public static final String SUPPORT_POINTS_FILE = "support_points_nl_compiled.csv";
    public static final String REGION_MAPPING_FILE = "ketenaanpak_region_mapping.csv";
    public static final String SUPPORT_POINTS_SOURCE = "steunpunten-compiled";
    public static final String KETENAANPAK_SOURCE = "ketenaanpak-compiled";
    public static final String SUPPORT_POINTS_DATASET = "real-support-points";
    public static final String KETENAANPAK_DATASET = "real-ketenaanpakken";
    /** National total of steunpunten named by VWS (via EenVandaag, 2025-05), the denominator of the stated scope. */
    public static final int NATIONAL_STEUNPUNTEN = 278;

    static final Map<String, String> KETENAANPAK_FILES = new LinkedHashMap<>();

    static {
        KETENAANPAK_FILES.put("ketenaanpak_kansrijke_start.csv", "kansrijke-start");
        KETENAANPAK_FILES.put("ketenaanpak_valpreventie.csv", "valpreventie");
        KETENAANPAK_FILES.put("ketenaanpak_overgewicht_kinderen.csv", "overgewicht-kinderen");
        KETENAANPAK_FILES.put("ketenaanpak_gli.csv", "gli");
        KETENAANPAK_FILES.put("ketenaanpak_welzijn_op_recept.csv", "welzijn-op-recept");
    }

    public record SupportPoints(List<Map<String, Object>> rows, DatasetWriter.Spec spec) {
    }

    public record Participation(List<Map<String, Object>> municipal, List<Map<String, Object>> regional,
                                DatasetWriter.Spec spec) {
    }

    private RealSupportData() {
    }

    public static SupportPoints supportPoints(MunicipalityIndex municipalities) {
        SupportPointKinds kinds = SupportPointKinds.get();
        List<Map<String, Object>> rows = new ArrayList<>();
        int unplaced = 0;
        java.util.Set<String> placedIn = new java.util.TreeSet<>();
        for (Map<String, String> r : CsvFiles.read(SUPPORT_POINTS_FILE)) {
            String label = r.get("kind");
            String kind = kinds.resolve(label).orElseThrow(() -> new IllegalStateException(
                    SUPPORT_POINTS_FILE + ": kind label '" + label + "' is not in " + SupportPointKinds.FILE));
            String code = null;
            if (!r.get("municipality_code").isBlank()) {
                code = checkedCode(municipalities, r.get("municipality_code"), r.get("municipality_name"), SUPPORT_POINTS_FILE);
                placedIn.add(code);
            } else {
                unplaced++;
            }
            MunicipalityIndex.Place place = code == null ? null : municipalities.place(code);
            String note = r.get("status_note");
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", SupportPointUpload.pointId(SUPPORT_POINTS_DATASET, r.get("name"), code == null ? "" : code));
            row.put("name", r.get("name"));
            row.put("kind", kind);
            row.put("kindLabel", label);
            row.put("municipality", code);
            row.put("address", SupportPointUpload.emptyToNull(r.get("address")));
            row.put("town", SupportPointUpload.emptyToNull(r.get("town")));
            // The file has no coordinates: a placed point sits on its municipality's representative point.
            row.put("lat", place == null ? null : place.lat());
            row.put("lon", place == null ? null : place.lon());
            row.put("located", place == null ? "none" : "municipality");
            row.put("source", SUPPORT_POINTS_SOURCE);
            row.put("sourceUrl", r.get("source_url"));
            row.put("asOf", r.get("as_of").strip());
            row.put("planned", label.toLowerCase(Locale.ROOT).contains("planned") || note.startsWith("PLANNED"));
            row.put("note", SupportPointUpload.emptyToNull(join(note, r.get("region_note").isBlank() ? "" : "region: " + r.get("region_note"))));
            rows.add(row);
        }
        int n = rows.size();
        String scope = String.format(Locale.ROOT, "%d of ~%d steunpunten nationally (~%d%%): a partial national sample, "
                        + "complete for no region; %d municipalities; no coordinates (placed on the municipality's "
                        + "representative point); %d rows name no municipality and are unplaced (SOURCES-3.md)",
                n, NATIONAL_STEUNPUNTEN, Math.round(100.0 * n / NATIONAL_STEUNPUNTEN), placedIn.size(), unplaced);
        DatasetWriter.Spec spec = new DatasetWriter.Spec(SUPPORT_POINTS_DATASET, DatasetWriter.Spec.SUPPORT_POINTS, false,
                "reference", SUPPORT_POINTS_SOURCE, scope, Hashing.sha256Hex(rows.toString()));
        return new SupportPoints(rows, spec);
    }

    public static Participation ketenaanpakken(MunicipalityIndex municipalities) {
        Map<String, Map<String, String>> mapping = new HashMap<>();
        for (Map<String, String> m : CsvFiles.read(REGION_MAPPING_FILE)) {
            mapping.put(m.get("stated_region"), m);
        }
        List<Map<String, Object>> municipal = new ArrayList<>();
        Map<String, Map<String, Object>> regional = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : KETENAANPAK_FILES.entrySet()) {
            String ketenaanpak = file.getValue();
            int index = 0;
            for (Map<String, String> r : CsvFiles.read(file.getKey())) {
                index++;
                String level = r.get("evidence_level");
                switch (level) {
                    case "explicit_municipal", "ggd_product_financed" -> {
                        String code = checkedCode(municipalities, r.get("municipality_code"), r.get("municipality_name"), file.getKey());
                        Map<String, Object> row = evidence(r, ketenaanpak);
                        row.put("municipality", code);
                        row.put("key", file.getKey() + "#" + index);
                        municipal.add(row);
                    }
                    case "regional_statement_expanded", "region_only" -> {
                        String stated = r.get("region_name");
                        Map<String, String> m = mapping.get(stated);
                        if (m == null) {
                            throw new IllegalStateException(file.getKey() + ": stated region '" + stated + "' is not in " + REGION_MAPPING_FILE);
                        }
                        // One region-level record per statement: the rows a compiler expanded it into share it.
                        String key = file.getKey() + "#" + stated + "#" + r.get("source_url") + "#" + r.get("as_of");
                        Map<String, Object> row = regional.computeIfAbsent(key, k -> {
                            Map<String, Object> x = evidence(r, ketenaanpak);
                            x.put("key", k);
                            x.put("statedRegion", stated);
                            x.put("regionCode", m.get("region_code").isBlank() ? null : m.get("region_code"));
                            x.put("regionMatch", m.get("match"));
                            x.put("regionMatchReason", m.get("reason"));
                            x.put("expandedTo", new ArrayList<String>());
                            return x;
                        });
                        if ("regional_statement_expanded".equals(level)) {
                            @SuppressWarnings("unchecked")
                            List<String> expanded = (List<String>) row.get("expandedTo");
                            expanded.add(checkedCode(municipalities, r.get("municipality_code"), r.get("municipality_name"), file.getKey()));
                        }
                    }
                    default -> throw new IllegalStateException(file.getKey() + ": unknown evidence_level '" + level + "'");
                }
            }
        }
        List<Map<String, Object>> regionalRows = new ArrayList<>(regional.values());
        long placed = regionalRows.stream().filter(r -> r.get("regionCode") != null).count();
        long distinct = municipal.stream().map(r -> r.get("municipality")).distinct().count();
        String scope = String.format(Locale.ROOT, "partial, evidence-based: %d municipality-level evidence rows (%d "
                        + "municipalities) and %d region-level statements (%d matched to a graph region) for the 5 "
                        + "ketenaanpakken; no national list exists; absence here means no evidence found, not "
                        + "non-participation (SOURCES-3.md)",
                municipal.size(), distinct, regionalRows.size(), placed);
        DatasetWriter.Spec spec = new DatasetWriter.Spec(KETENAANPAK_DATASET, DatasetWriter.Spec.KETENAANPAKKEN, false,
                "reference", KETENAANPAK_SOURCE, scope, Hashing.sha256Hex(municipal.toString() + regionalRows));
        return new Participation(municipal, regionalRows, spec);
    }

    private static Map<String, Object> evidence(Map<String, String> r, String ketenaanpak) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ketenaanpak", ketenaanpak);
        row.put("status", r.get("status_tranche"));
        row.put("since", null);
        row.put("evidence", r.get("evidence_level"));
        row.put("source", KETENAANPAK_SOURCE);
        row.put("sourceUrl", r.get("source_url"));
        row.put("asOf", r.get("as_of"));
        row.put("note", SupportPointUpload.emptyToNull(r.get("note")));
        return row;
    }

    /** The 2025 code of a 2020 code, which must agree with the row's municipality name. */
    private static String checkedCode(MunicipalityIndex municipalities, String code2020, String name, String file) {
        String code = municipalities.code2025(code2020.strip(), file);
        MunicipalityIndex.Resolution byName = municipalities.resolve(name);
        if (byName.code() != null && !byName.code().equals(code)) {
            throw new IllegalStateException(file + ": code " + code2020 + " (→ " + code + ") disagrees with name '" + name + "'");
        }
        return code;
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        if (b == null || b.isBlank()) {
            return a;
        }
        return a + "; " + b;
    }
}
