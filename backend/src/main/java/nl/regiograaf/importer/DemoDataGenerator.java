package nl.regiograaf.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import nl.regiograaf.geo.TopoJson;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * DEMO data, not real: a seeded generator so that every screen shows something nationally. Support points are
 * drawn population-weighted over the municipalities (so rural areas get gaps, as in reality) and placed at a
 * random spot inside the municipality near its representative point; ketenaanpak participation is drawn per
 * IZA region (some regions lack a ketenaanpak entirely) and then per municipality. java.util.Random with a fixed
 * seed is specified to give the same sequence on every JVM, so the demo set is identical on every start.
 */
public final class DemoDataGenerator {

    public static final long SEED = 20_250_412L;
    public static final String SUPPORT_POINTS_DATASET = "demo-support-points";
    public static final String KETENAANPAK_DATASET = "demo-ketenaanpakken";
    public static final String SOURCE = "demo-generator";
    /** As many demo points as VWS counts steunpunten nationally. */
    public static final int POINTS = 278;

    private static final String[] KINDS = {"steunpunt", "zelfregiecentrum", "inloophuis", "herstelacademie", "mentaal-gezondheidscentrum"};
    private static final double[] KIND_WEIGHTS = {0.45, 0.20, 0.20, 0.10, 0.05};
    private static final Map<String, Double> BASE_RATE = Map.of(
            "kansrijke-start", 0.9, "valpreventie", 0.75, "overgewicht-kinderen", 0.7, "welzijn-op-recept", 0.65, "gli", 0.5);
    private static final String[] STATUS = {"actief", "in opstart", "gepland"};
    private static final double[] STATUS_WEIGHTS = {0.7, 0.2, 0.1};

    /** A municipality as the generator needs it. */
    public record Municipality(String code, String name, long population, double lat, double lon) {
    }

    private DemoDataGenerator() {
    }

    public static RealSupportData.SupportPoints supportPoints(List<Municipality> municipalities, TopoJson topology) {
        Random random = new Random(SEED);
        List<Municipality> sorted = municipalities.stream().sorted(java.util.Comparator.comparing(Municipality::code)).toList();
        double[] cumulative = new double[sorted.size()];
        double total = 0;
        for (int i = 0; i < sorted.size(); i++) {
            total += Math.pow(sorted.get(i).population(), 0.85);
            cumulative[i] = total;
        }
        Map<String, Integer> perMunicipality = new TreeMap<>();
        GeometryFactory factory = new GeometryFactory();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int n = 1; n <= POINTS; n++) {
            double draw = random.nextDouble() * total;
            int index = java.util.Arrays.binarySearch(cumulative, draw);
            Municipality m = sorted.get(index >= 0 ? index : -index - 1);
            String kind = pick(random, KINDS, KIND_WEIGHTS);
            double[] position = position(random, m, topology.features().get(m.code()), factory);
            int number = perMunicipality.merge(m.code(), 1, Integer::sum);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", SUPPORT_POINTS_DATASET + ":" + n);
            row.put("name", "Demo " + kind.replace('-', ' ') + " " + m.name() + " " + number);
            row.put("kind", kind);
            row.put("kindLabel", kind);
            row.put("municipality", m.code());
            row.put("address", null);
            row.put("town", m.name());
            row.put("lat", position[0]);
            row.put("lon", position[1]);
            row.put("located", "address");
            row.put("source", SOURCE);
            row.put("sourceUrl", null);
            row.put("asOf", null);
            row.put("planned", false);
            row.put("note", "DEMO: generated, not a real support point");
            rows.add(row);
        }
        String scope = String.format(Locale.ROOT, "DEMO, not real: %d generated support points (the national count VWS "
                + "names), population-weighted over municipalities, seed %d", POINTS, SEED);
        DatasetWriter.Spec spec = new DatasetWriter.Spec(SUPPORT_POINTS_DATASET, DatasetWriter.Spec.SUPPORT_POINTS, true,
                "demo", SOURCE, scope, Hashing.sha256Hex(rows.toString()));
        return new RealSupportData.SupportPoints(rows, spec);
    }

    /** @param izaMembers IZA region code → member municipality codes */
    public static RealSupportData.Participation ketenaanpakken(Map<String, List<String>> izaMembers) {
        Random random = new Random(SEED + 1);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map.Entry<String, List<String>> region : new TreeMap<>(izaMembers).entrySet()) {
            for (Ketenaanpakken.Ketenaanpak k : Ketenaanpakken.ALL) {
                // Some regions have no agreement on a ketenaanpak at all; others vary in how far it has spread.
                double regionRate = random.nextDouble() < 0.15 ? 0 : 0.35 + 0.65 * random.nextDouble();
                for (String code : region.getValue().stream().sorted().toList()) {
                    if (random.nextDouble() >= regionRate * BASE_RATE.get(k.code())) {
                        continue;
                    }
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("ketenaanpak", k.code());
                    row.put("municipality", code);
                    row.put("key", code + "|" + k.code());
                    row.put("status", pick(random, STATUS, STATUS_WEIGHTS));
                    row.put("since", String.valueOf(2018 + random.nextInt(8)));
                    row.put("evidence", "demo");
                    row.put("source", SOURCE);
                    row.put("sourceUrl", null);
                    row.put("asOf", null);
                    row.put("note", "DEMO: generated, not real participation");
                    rows.add(row);
                }
            }
        }
        long municipalities = rows.stream().map(r -> r.get("municipality")).distinct().count();
        String scope = String.format(Locale.ROOT, "DEMO, not real: %d generated participation rows in %d municipalities, "
                + "drawn per IZA region and ketenaanpak, seed %d", rows.size(), municipalities, SEED + 1);
        DatasetWriter.Spec spec = new DatasetWriter.Spec(KETENAANPAK_DATASET, DatasetWriter.Spec.KETENAANPAKKEN, true,
                "demo", SOURCE, scope, Hashing.sha256Hex(rows.toString()));
        return new RealSupportData.Participation(rows, List.of(), spec);
    }

    /** A random spot inside the municipality, scattered a few km around its representative point. */
    private static double[] position(Random random, Municipality m, TopoJson.Feature feature, GeometryFactory factory) {
        Geometry shape = feature == null ? null : feature.geometry();
        double kmPerDegreeLat = 111.2;
        double kmPerDegreeLon = 111.2 * Math.cos(Math.toRadians(m.lat()));
        for (int attempt = 0; attempt < 50; attempt++) {
            double lat = m.lat() + random.nextGaussian() * 2.5 / kmPerDegreeLat;
            double lon = m.lon() + random.nextGaussian() * 2.5 / kmPerDegreeLon;
            if (shape == null || shape.contains(factory.createPoint(new Coordinate(lon, lat)))) {
                return new double[] {round(lat), round(lon)};
            }
        }
        return new double[] {m.lat(), m.lon()};
    }

    private static String pick(Random random, String[] values, double[] weights) {
        double r = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += weights[i];
            if (r < sum) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static double round(double v) {
        return Math.round(v * 100_000) / 100_000.0;
    }
}
