package nl.regiograaf.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.regiograaf.geo.TopoJson;
import nl.regiograaf.model.DivisionKind;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.locationtech.jts.geom.Point;

/**
 * Reads the raw reference files of {@code data/nl/} and performs every documented transformation
 * (see {@code data/SOURCES.md}): representative points and adjacency from the topology, the 2020→2025
 * crosswalk for ROAZ, name joins through the alias list, the zorgkantoor concession mapping.
 * Nothing is invented: a row that cannot be joined stops the import with the file and value named.
 */
public final class NationalDataLoader {

    static final String MUNICIPALITIES = "municipalities.csv";
    public static final String TOPOLOGY = "municipalities_2025.topojson";
    static final String REGIONS = "municipality_regions.csv";
    static final String ROAZ_MEMBERS = "municipality_roaz.csv";
    static final String ROAZ_REGIONS = "roaz_regions.csv";
    static final String CROSSWALK = "municipal_mergers_2020_2025.csv";
    static final String IZA_REGIONS = "iza_regions.csv";
    static final String IZA_MEMBERS = "iza_region_membership.csv";
    static final String SPUK = "spuk_amounts_per_municipality.csv";
    static final String ZK_CONCESSIONS = "zorgkantoor_concession_2025_mapping.csv";
    static final String ALIASES = "name_aliases.csv";
    static final String SOURCES = "sources.csv";
    static final String ADJACENCY_SOURCE = "derived-adjacency-2025";
    static final String POPULATION_SOURCE = "cbs-population-2026";
    /** Islands link across water to municipalities this close (boundary to boundary). */
    static final double WATER_LINK_KM = 10.0;

    private final Map<String, Map<String, String>> sourceByFile = new HashMap<>();
    private final List<Map<String, Object>> sources = new ArrayList<>();
    private final Map<String, Map<String, Object>> regions = new LinkedHashMap<>();
    private final List<Map<String, Object>> memberships = new ArrayList<>();
    private final Map<DivisionKind, String> divisionFile = new LinkedHashMap<>();
    private MunicipalityResolver resolver;

    public static NationalDataset load() {
        return new NationalDataLoader().build();
    }

    private NationalDataset build() {
        readSources();
        List<Map<String, String>> aliasRows = CsvFiles.read(ALIASES);
        List<Map<String, String>> municipalityRows = CsvFiles.read(MUNICIPALITIES);
        Map<String, String> namesByCode = new LinkedHashMap<>();
        municipalityRows.forEach(r -> namesByCode.put(r.get("code"), r.get("name")));
        resolver = new MunicipalityResolver(namesByCode, aliasRows);

        TopoJson topology = TopoJson.read(ReferenceData.bytes(TOPOLOGY), "statcode", "statnaam");
        List<Map<String, Object>> municipalities = municipalities(municipalityRows, topology);
        List<Map<String, Object>> borders = borders(topology);

        provinces(municipalityRows);
        ggdVrZk();
        List<Map<String, Object>> traumaCentres = roaz();
        List<Map<String, Object>> mandaat = iza();
        List<Map<String, Object>> insurers = insurers();

        List<Map<String, Object>> divisions = new ArrayList<>();
        divisionFile.forEach((kind, file) -> {
            Map<String, String> src = source(file);
            divisions.add(row("kind", kind.name(), "name", kind.label(),
                    "source", src.get("id"), "referenceDate", src.get("reference_date")));
        });
        List<Map<String, Object>> aliases = new ArrayList<>();
        for (Map<String, String> a : aliasRows) {
            if (namesByCode.containsKey(a.get("code"))) {
                aliases.add(row("alias", a.get("alias"), "code", a.get("code"), "key", Names.normalize(a.get("alias"))));
            }
        }
        for (List<Map<String, Object>> rows : List.of(borders, insurers, traumaCentres, mandaat)) {
            rows.forEach(this::stampReferenceDate);
        }
        return new NationalDataset(sources, divisions, municipalities, new ArrayList<>(regions.values()),
                memberships, borders, insurers, traumaCentres, mandaat, aliases);
    }

    /** A row that names only its source gets that source's reference date: provenance is source id plus date. */
    private void stampReferenceDate(Map<String, Object> row) {
        row.putIfAbsent("referenceDate", sourceById((String) row.get("source")).get("reference_date"));
    }

    private void readSources() {
        for (Map<String, String> s : CsvFiles.read(SOURCES)) {
            sources.add(row("id", s.get("id"), "publisher", s.get("publisher"), "title", s.get("title"),
                    "url", s.get("url"), "licence", s.get("licence"), "referenceDate", s.get("reference_date"),
                    "files", List.of(s.get("files").split("\\|")), "note", s.get("note")));
            for (String file : s.get("files").split("\\|")) {
                sourceByFile.putIfAbsent(file.strip(), s);
            }
            sourceByFile.putIfAbsent("#" + s.get("id"), s);
        }
    }

    private Map<String, String> sourceById(String id) {
        return sourceByFile.values().stream().filter(s -> id.equals(s.get("id"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("No source '" + id + "' in " + SOURCES));
    }

    private Map<String, String> source(String file) {
        Map<String, String> s = sourceByFile.get(file);
        if (s == null) {
            throw new IllegalStateException("No source in " + SOURCES + " covers " + file);
        }
        return s;
    }

    private List<Map<String, Object>> municipalities(List<Map<String, String>> rows, TopoJson topology) {
        Map<String, Long[]> spuk = new HashMap<>();
        for (Map<String, String> r : CsvFiles.read(SPUK)) {
            String code = resolver.require(r.get("municipality_name"), SPUK);
            spuk.put(code, new Long[] {Long.parseLong(r.get("brede_spuk_2025_eur")), Long.parseLong(r.get("brede_spuk_2026_eur"))});
        }
        Map<String, String> src = source(MUNICIPALITIES);
        Map<String, String> spukSrc = source(SPUK);
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map<String, String> r : rows) {
            String code = r.get("code");
            TopoJson.Feature feature = topology.features().get(code);
            if (feature == null) {
                throw new IllegalStateException("Municipality " + code + " has no geometry in " + TOPOLOGY);
            }
            Point point = feature.geometry().getInteriorPoint();
            Long[] amounts = spuk.get(code);
            Map<String, Object> m = row("code", code, "name", r.get("name"),
                    "provinceCode", r.get("province_code"), "province", r.get("province"),
                    "population", Long.parseLong(r.get("population")),
                    "populationSource", POPULATION_SOURCE, "populationDate", sourceById(POPULATION_SOURCE).get("reference_date"),
                    "lat", round(point.getY(), 5), "lon", round(point.getX(), 5),
                    "source", src.get("id"), "referenceDate", src.get("reference_date"),
                    "pointSource", source(TOPOLOGY).get("id"),
                    "nameKey", Names.normalize(r.get("name")));
            if (amounts != null) {
                m.put("bredeSpuk2025", amounts[0]);
                m.put("bredeSpuk2026", amounts[1]);
                m.put("bredeSpukSource", spukSrc.get("id"));
            }
            result.add(m);
        }
        return result;
    }

    /**
     * Adjacency from the topology. A shared arc is a common boundary ({@code contact=boundary}; the CBS
     * areas include inland water, so a lake or estuary between two municipalities is boundary too).
     * Boundaries touching in a single point count as {@code contact=point}. The sea lies outside every
     * polygon, so land cut off by the sea shares no boundary with the mainland: every piece of land apart from
     * the largest (the Wadden islands, and Zeeuws-Vlaanderen beyond the Westerschelde) gets {@code contact=water}
     * links to the municipalities within {@link #WATER_LINK_KM} km, and at least to its nearest one.
     */
    private List<Map<String, Object>> borders(TopoJson topology) {
        List<Map<String, Object>> result = new ArrayList<>();
        Graph<String, DefaultEdge> land = new SimpleGraph<>(DefaultEdge.class);
        topology.features().keySet().forEach(land::addVertex);
        for (TopoJson.SharedBoundary b : topology.sharedBoundaries()) {
            result.add(row("a", b.a(), "b", b.b(), "contact", "boundary", "lengthKm", round(b.lengthKm(), 3),
                    "distanceKm", 0.0, "source", ADJACENCY_SOURCE));
            land.addEdge(b.a(), b.b());
        }
        for (TopoJson.Proximity p : topology.pointContacts()) {
            result.add(row("a", p.a(), "b", p.b(), "contact", "point", "lengthKm", 0.0, "distanceKm", 0.0,
                    "source", ADJACENCY_SOURCE));
            land.addEdge(p.a(), p.b());
        }
        List<Set<String>> pieces = new ArrayList<>(new ConnectivityInspector<>(land).connectedSets());
        pieces.sort(Comparator.comparingInt((Set<String> piece) -> piece.size()).reversed()
                .thenComparing(piece -> new java.util.TreeSet<>(piece).first()));
        Set<String> linked = new java.util.HashSet<>();
        for (Set<String> piece : pieces.subList(1, pieces.size())) {
            for (TopoJson.Proximity p : topology.waterLinks(piece, WATER_LINK_KM)) {
                if (linked.add(p.a() + "|" + p.b())) {
                    result.add(row("a", p.a(), "b", p.b(), "contact", "water", "lengthKm", 0.0,
                            "distanceKm", round(p.km(), 2), "source", ADJACENCY_SOURCE));
                }
            }
        }
        return result;
    }

    private void provinces(List<Map<String, String>> rows) {
        divisionFile.put(DivisionKind.PROVINCE, MUNICIPALITIES);
        for (Map<String, String> r : rows) {
            region(DivisionKind.PROVINCE, r.get("province_code"), r.get("province"), MUNICIPALITIES);
            member(r.get("code"), r.get("province_code"), MUNICIPALITIES, Map.of());
        }
    }

    private void ggdVrZk() {
        divisionFile.put(DivisionKind.GGD, REGIONS);
        divisionFile.put(DivisionKind.VR, REGIONS);
        divisionFile.put(DivisionKind.ZK, REGIONS);
        for (Map<String, String> r : CsvFiles.read(REGIONS)) {
            String code = resolver.require(r.get("municipality_code"), REGIONS);
            region(DivisionKind.GGD, r.get("ggd_code"), r.get("ggd_name"), REGIONS);
            region(DivisionKind.VR, r.get("veiligheidsregio_code"), r.get("veiligheidsregio_name"), REGIONS);
            region(DivisionKind.ZK, r.get("zorgkantoor_code"), r.get("zorgkantoor_name"), REGIONS);
            member(code, r.get("ggd_code"), REGIONS, Map.of());
            member(code, r.get("veiligheidsregio_code"), REGIONS, Map.of());
            member(code, r.get("zorgkantoor_code"), REGIONS, Map.of());
        }
    }

    /**
     * ROAZ membership is published on the 2020 municipality set. A merged-away municipality passes its
     * ROAZ region(s) to its successor; the parts of a split municipality went to continuing municipalities
     * that have their own ROAZ assignment, so a split adds nothing. A municipality ending up in two ROAZ
     * regions keeps both: the source says so (Amsterdam) or its predecessors differed.
     */
    private List<Map<String, Object>> roaz() {
        divisionFile.put(DivisionKind.ROAZ, ROAZ_MEMBERS);
        Map<String, String> codeByName = new HashMap<>();
        List<Map<String, Object>> centres = new ArrayList<>();
        Map<String, String> regionSrc = source(ROAZ_REGIONS);
        for (Map<String, String> r : CsvFiles.read(ROAZ_REGIONS)) {
            String code = "ROAZ-" + Names.slug(r.get("abbreviation_informal")).replace("-", "");
            codeByName.put(r.get("roaz_region_name"), code);
            Map<String, Object> region = region(DivisionKind.ROAZ, code, r.get("roaz_region_name"), ROAZ_MEMBERS);
            region.put("abbreviation", r.get("abbreviation_informal"));
            region.put("traumaCentre", r.get("trauma_centre"));
            centres.add(row("region", code, "name", r.get("trauma_centre"), "confidence", r.get("trauma_centre_confidence"),
                    "evidence", r.get("evidence"), "url", r.get("source_url"), "source", regionSrc.get("id")));
        }
        Map<String, List<Map<String, String>>> successors = new HashMap<>();
        for (Map<String, String> c : CsvFiles.read(CROSSWALK)) {
            successors.computeIfAbsent(c.get("old_code"), k -> new ArrayList<>()).add(c);
        }
        // municipality (2025) -> region code -> how it got there
        Map<String, Map<String, List<String>>> assigned = new TreeMap<>();
        Map<String, Boolean> sourceDouble = new HashMap<>();
        for (Map<String, String> r : CsvFiles.read(ROAZ_MEMBERS)) {
            String regionCode = codeByName.get(r.get("roaz_region"));
            if (regionCode == null) {
                throw new IllegalStateException("Unknown ROAZ region '" + r.get("roaz_region") + "' in " + ROAZ_MEMBERS);
            }
            String oldCode = r.get("municipality_code");
            List<Map<String, String>> next = successors.get(oldCode);
            if (next == null) {
                String code = resolver.require(oldCode, ROAZ_MEMBERS);
                assigned.computeIfAbsent(code, k -> new TreeMap<>()).computeIfAbsent(regionCode, k -> new ArrayList<>())
                        .add("as published (" + oldCode + " " + r.get("municipality_name") + ")");
                if ("true".equals(r.get("multi_roaz_flag"))) {
                    sourceDouble.put(code, true);
                }
                continue;
            }
            for (Map<String, String> step : next) {
                if (!"merger".equals(step.get("kind"))) {
                    continue;
                }
                String code = resolver.require(step.get("new_code"), CROSSWALK);
                assigned.computeIfAbsent(code, k -> new TreeMap<>()).computeIfAbsent(regionCode, k -> new ArrayList<>())
                        .add("via merger " + oldCode + " " + r.get("municipality_name") + " → " + code + " "
                                + step.get("new_name") + " (" + step.get("effective_date") + ")");
            }
        }
        String crosswalkSrc = source(CROSSWALK).get("id");
        assigned.forEach((code, byRegion) -> byRegion.forEach((regionCode, how) -> {
            boolean viaMerger = how.stream().allMatch(h -> h.startsWith("via merger"));
            Map<String, Object> extra = new HashMap<>();
            extra.put("note", String.join("; ", how));
            extra.put("publishedDouble", sourceDouble.getOrDefault(code, false));
            if (viaMerger) {
                extra.put("crosswalk", crosswalkSrc);
            }
            member(code, regionCode, ROAZ_MEMBERS, extra);
        }));
        return centres;
    }

    /** IZA regions with their mandaatgemeente and SPUK IZA amounts; memberships keep their evidence level. */
    private List<Map<String, Object>> iza() {
        divisionFile.put(DivisionKind.IZA, IZA_MEMBERS);
        Map<String, String> codeByName = new HashMap<>();
        List<Map<String, Object>> mandaat = new ArrayList<>();
        for (Map<String, String> r : CsvFiles.read(IZA_REGIONS)) {
            String code = "IZA-" + Names.slug(r.get("iza_region_name"));
            codeByName.put(r.get("iza_region_name"), code);
            Map<String, Object> region = region(DivisionKind.IZA, code, r.get("iza_region_name"), IZA_MEMBERS);
            region.put("mandaatgemeente", r.get("mandaatgemeente"));
            region.put("spukIza2025", Long.parseLong(r.get("spuk_iza_2025_eur")));
            region.put("spukIza2026", Long.parseLong(r.get("spuk_iza_2026_eur")));
            region.put("spukSource", source(IZA_REGIONS).get("id"));
            if ("true".equals(r.get("mandaatgemeente_is_municipality"))) {
                mandaat.add(row("region", code, "municipality", resolver.require(r.get("mandaatgemeente"), IZA_REGIONS),
                        "source", source(IZA_REGIONS).get("id")));
            }
        }
        for (Map<String, String> r : CsvFiles.read(IZA_MEMBERS)) {
            String regionCode = codeByName.get(r.get("iza_region_name"));
            if (regionCode == null) {
                throw new IllegalStateException("Unknown IZA region '" + r.get("iza_region_name") + "' in " + IZA_MEMBERS);
            }
            String given = r.get("municipality_code").isBlank() ? r.get("municipality_name") : r.get("municipality_code");
            String code = resolver.require(given, IZA_MEMBERS);
            member(code, regionCode, IZA_MEMBERS, row(
                    "evidenceLevel", r.get("evidence_level"),
                    "evidenceSource", r.get("source"),
                    "sumCheck2025", parseDouble(r.get("region_sum_check_ratio_2025")),
                    "sumCheck2026", parseDouble(r.get("region_sum_check_ratio_2026")),
                    "note", r.get("note")));
        }
        return mandaat;
    }

    /** Concession holders as far as the 2015 designation maps onto the 2025 zorgkantoor regions. */
    private List<Map<String, Object>> insurers() {
        Map<String, String> src = source(ZK_CONCESSIONS);
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map<String, String> r : CsvFiles.read(ZK_CONCESSIONS)) {
            Map<String, Object> region = regions.get(r.get("zk_code"));
            if (region == null) {
                throw new IllegalStateException("Unknown zorgkantoor region '" + r.get("zk_code") + "' in " + ZK_CONCESSIONS);
            }
            region.put("concessionMatch", r.get("match"));
            region.put("concessionNote", r.get("note"));
            String holder = r.get("concession_holder_2015");
            if (holder != null && !holder.isBlank()) {
                result.add(row("region", r.get("zk_code"), "name", holder, "referenceYear", 2015L,
                        "match", r.get("match"), "regions2015", r.get("region_name_2015"),
                        "note", r.get("note"), "source", src.get("id")));
            }
        }
        return result;
    }

    private Map<String, Object> region(DivisionKind kind, String code, String name, String file) {
        Map<String, Object> existing = regions.get(code);
        if (existing != null) {
            if (!existing.get("name").equals(name) || !existing.get("kind").equals(kind.name())) {
                throw new IllegalStateException("Region code " + code + " has two names: " + existing.get("name") + " / " + name);
            }
            return existing;
        }
        Map<String, String> src = source(file);
        Map<String, Object> region = row("kind", kind.name(), "code", code, "name", name,
                "source", src.get("id"), "referenceDate", src.get("reference_date"),
                "nameKey", Names.normalize(name));
        regions.put(code, region);
        return region;
    }

    private void member(String municipality, String region, String file, Map<String, Object> extra) {
        Map<String, String> src = source(file);
        Map<String, Object> props = new LinkedHashMap<>(extra);
        props.put("source", src.get("id"));
        props.put("referenceDate", src.get("reference_date"));
        memberships.add(row("municipality", municipality, "region", region, "props", props));
    }

    private static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static Double parseDouble(String s) {
        return s == null || s.isBlank() ? null : Double.parseDouble(s);
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
