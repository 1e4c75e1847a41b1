package nl.regiograaf.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.regiograaf.importer.NationalDataset;

/**
 * A synthetic country made of {@code n} copies of the national graph, for the scale benchmark only.
 * Copy {@code k} gets codes suffixed {@code -k} and is placed on a grid of the globe; its divisions are
 * copied with it (so n× regions with the real non-congruence), neighbouring copies are stitched by a few
 * BORDERS, and a seeded fraction of memberships is dropped (gaps) or doubled, so the partition check
 * has something to find. Seeded: the same {@code n} and seed give the same graph.
 */
public final class ScaleGenerator {

    private static final double GAP_RATE = 0.002;
    private static final double DOUBLE_RATE = 0.001;
    private static final int GRID_COLUMNS = 60;

    private ScaleGenerator() {
    }

    public static NationalDataset generate(NationalDataset base, int n, long seed) {
        Random random = new Random(seed);
        List<Map<String, Object>> municipalities = new ArrayList<>();
        List<Map<String, Object>> regions = new ArrayList<>();
        List<Map<String, Object>> memberships = new ArrayList<>();
        List<Map<String, Object>> borders = new ArrayList<>();
        List<Map<String, Object>> insurers = new ArrayList<>();
        List<Map<String, Object>> centres = new ArrayList<>();
        List<Map<String, Object>> mandaat = new ArrayList<>();
        Map<String, List<String>> regionsByKind = new HashMap<>();
        base.regions().forEach(r -> regionsByKind.computeIfAbsent((String) r.get("kind"), k -> new ArrayList<>()).add((String) r.get("code")));
        Map<String, String> kindOfRegion = new HashMap<>();
        base.regions().forEach(r -> kindOfRegion.put((String) r.get("code"), (String) r.get("kind")));

        for (int k = 0; k < n; k++) {
            String suffix = k == 0 ? "" : "-" + k;
            double dLon = (k % GRID_COLUMNS) * 4.5;
            double dLat = (k / GRID_COLUMNS) * 3.5;
            for (Map<String, Object> m : base.municipalities()) {
                Map<String, Object> copy = new LinkedHashMap<>(m);
                copy.put("code", m.get("code") + suffix);
                copy.put("name", m.get("name") + (k == 0 ? "" : " #" + k));
                copy.put("nameKey", m.get("nameKey") + (k == 0 ? "" : " " + k));
                copy.put("lat", (double) m.get("lat") + dLat);
                copy.put("lon", wrapLon((double) m.get("lon") + dLon));
                municipalities.add(copy);
            }
            for (Map<String, Object> r : base.regions()) {
                Map<String, Object> copy = new LinkedHashMap<>(r);
                copy.put("code", r.get("code") + suffix);
                copy.put("name", r.get("name") + (k == 0 ? "" : " #" + k));
                copy.put("nameKey", r.get("nameKey") + (k == 0 ? "" : " " + k));
                regions.add(copy);
            }
            for (Map<String, Object> ms : base.memberships()) {
                String kind = kindOfRegion.get((String) ms.get("region"));
                boolean copyOfReal = k == 0;
                if (!copyOfReal && "IZA".equals(kind) && random.nextDouble() < GAP_RATE) {
                    continue; // a municipality left out of its IZA region: a gap for the partition check
                }
                memberships.add(membership(ms.get("municipality") + suffix, ms.get("region") + suffix, ms));
                if (!copyOfReal && "GGD".equals(kind) && random.nextDouble() < DOUBLE_RATE) {
                    List<String> others = regionsByKind.get(kind);
                    String other = others.get(random.nextInt(others.size()));
                    if (!other.equals(ms.get("region"))) {
                        memberships.add(membership(ms.get("municipality") + suffix, other + suffix, ms));
                    }
                }
            }
            for (Map<String, Object> b : base.borders()) {
                Map<String, Object> copy = new LinkedHashMap<>(b);
                copy.put("a", b.get("a") + suffix);
                copy.put("b", b.get("b") + suffix);
                borders.add(copy);
            }
            if (k > 0) {
                stitch(base, borders, k - 1, k);
            }
            insurers.addAll(withRegionSuffix(base.insurers(), suffix));
            centres.addAll(withRegionSuffix(base.traumaCentres(), suffix));
            for (Map<String, Object> m : base.mandaatgemeenten()) {
                Map<String, Object> copy = new LinkedHashMap<>(m);
                copy.put("region", m.get("region") + suffix);
                copy.put("municipality", m.get("municipality") + suffix);
                mandaat.add(copy);
            }
        }
        return new NationalDataset(base.sources(), base.divisions(), municipalities, regions, memberships, borders,
                insurers, centres, mandaat, List.of());
    }

    /** A few BORDERS between copy {@code a} and copy {@code b}, so the synthetic country is one graph. */
    private static void stitch(NationalDataset base, List<Map<String, Object>> borders, int a, int b) {
        List<Map<String, Object>> ms = base.municipalities();
        for (int i = 0; i < 3 && i < ms.size(); i++) {
            String code = (String) ms.get(i * (ms.size() / 3)).get("code");
            borders.add(Map.of("a", code + (a == 0 ? "" : "-" + a), "b", code + "-" + b,
                    "contact", "boundary", "lengthKm", 1.0, "distanceKm", 0.0, "source", "synthetic"));
        }
    }

    private static List<Map<String, Object>> withRegionSuffix(List<Map<String, Object>> rows, String suffix) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            Map<String, Object> copy = new LinkedHashMap<>(r);
            copy.put("region", r.get("region") + suffix);
            result.add(copy);
        }
        return result;
    }

    private static Map<String, Object> membership(String municipality, String region, Map<String, Object> template) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("municipality", municipality);
        row.put("region", region);
        row.put("props", template.get("props"));
        return row;
    }

    private static double wrapLon(double lon) {
        return ((lon + 180) % 360 + 360) % 360 - 180;
    }

    /**
     * n× support points: the demo points of the national graph copied into every copy {@code k} (code suffix and
     * position shifted like the copy's municipalities), so coverage at ×n works on n× municipalities and points.
     */
    public static List<Map<String, Object>> supportPoints(List<Map<String, Object>> basePoints, int n) {
        List<Map<String, Object>> rows = new ArrayList<>(basePoints.size() * n);
        for (int k = 0; k < n; k++) {
            String suffix = k == 0 ? "" : "-" + k;
            double dLon = (k % GRID_COLUMNS) * 4.5;
            double dLat = (k / GRID_COLUMNS) * 3.5;
            for (Map<String, Object> p : basePoints) {
                Map<String, Object> copy = new LinkedHashMap<>(p);
                copy.put("id", "scale:" + p.get("id") + suffix);
                copy.put("municipality", p.get("municipality") + suffix);
                copy.put("lat", (double) p.get("lat") + dLat);
                copy.put("lon", wrapLon((double) p.get("lon") + dLon));
                rows.add(copy);
            }
        }
        return rows;
    }
}
