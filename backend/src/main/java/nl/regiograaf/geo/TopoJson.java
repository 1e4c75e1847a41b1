package nl.regiograaf.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads a TopoJSON topology of polygons into JTS geometries and tells which features share arcs.
 * Shared arcs are the topology's own statement that two areas have a common boundary, so
 * adjacency needs no tolerance-based geometric test.
 */
public final class TopoJson {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final List<Coordinate[]> arcs;
    private final Map<String, Feature> features;

    private TopoJson(List<Coordinate[]> arcs, Map<String, Feature> features) {
        this.arcs = arcs;
        this.features = features;
    }

    /** A feature: its id property, its geometry, and the arcs (absolute indices) of its boundary. */
    public record Feature(String id, String name, Geometry geometry, Set<Integer> arcIds) {
    }

    /** Two features that share boundary arcs, with the length of the shared boundary in km. */
    public record SharedBoundary(String a, String b, int arcs, double lengthKm) {
    }

    /** Two features without a shared arc whose boundaries touch (distance 0) or lie {@code km} apart. */
    public record Proximity(String a, String b, double km) {
    }

    public static TopoJson read(byte[] json, String idProperty, String nameProperty) {
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            JsonNode transform = root.path("transform");
            double sx = transform.path("scale").path(0).asDouble(1);
            double sy = transform.path("scale").path(1).asDouble(1);
            double tx = transform.path("translate").path(0).asDouble(0);
            double ty = transform.path("translate").path(1).asDouble(0);
            boolean quantized = !transform.isMissingNode();

            List<Coordinate[]> arcs = new ArrayList<>();
            for (JsonNode arc : root.path("arcs")) {
                Coordinate[] coords = new Coordinate[arc.size()];
                double x = 0;
                double y = 0;
                for (int i = 0; i < arc.size(); i++) {
                    JsonNode p = arc.get(i);
                    if (quantized) {
                        x += p.get(0).asDouble();
                        y += p.get(1).asDouble();
                        coords[i] = new Coordinate(x * sx + tx, y * sy + ty);
                    } else {
                        coords[i] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
                    }
                }
                arcs.add(coords);
            }
            TopoJson topology = new TopoJson(arcs, new LinkedHashMap<>());
            JsonNode object = root.path("objects").elements().next();
            for (JsonNode g : object.path("geometries")) {
                String id = g.path("properties").path(idProperty).asText();
                String name = g.path("properties").path(nameProperty).asText();
                Set<Integer> used = new TreeSet<>();
                Geometry geometry = switch (g.path("type").asText()) {
                    case "Polygon" -> topology.polygon(g.path("arcs"), used);
                    case "MultiPolygon" -> {
                        List<Polygon> parts = new ArrayList<>();
                        for (JsonNode p : g.path("arcs")) {
                            parts.add(topology.polygon(p, used));
                        }
                        yield GEOMETRY.createMultiPolygon(parts.toArray(Polygon[]::new));
                    }
                    default -> throw new IllegalArgumentException("Unsupported geometry " + g.path("type") + " for " + id);
                };
                topology.features.put(id, new Feature(id, name, geometry, used));
            }
            return topology;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, Feature> features() {
        return features;
    }

    /** Every pair of features sharing at least one arc, each pair once with {@code a < b}. */
    public List<SharedBoundary> sharedBoundaries() {
        Map<Integer, List<String>> users = new HashMap<>();
        features.values().forEach(f -> f.arcIds().forEach(arc -> users.computeIfAbsent(arc, k -> new ArrayList<>()).add(f.id())));
        Map<String, double[]> pairs = new LinkedHashMap<>();
        users.forEach((arc, ids) -> {
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    String a = ids.get(i).compareTo(ids.get(j)) < 0 ? ids.get(i) : ids.get(j);
                    String b = a.equals(ids.get(i)) ? ids.get(j) : ids.get(i);
                    if (a.equals(b)) {
                        continue;
                    }
                    double[] acc = pairs.computeIfAbsent(a + "|" + b, k -> new double[2]);
                    acc[0]++;
                    acc[1] += lengthKm(arcs.get(arc));
                }
            }
        });
        List<SharedBoundary> result = new ArrayList<>();
        pairs.forEach((key, acc) -> {
            String[] ab = key.split("\\|");
            result.add(new SharedBoundary(ab[0], ab[1], (int) acc[0], acc[1]));
        });
        result.sort((x, y) -> (x.a() + x.b()).compareTo(y.a() + y.b()));
        return result;
    }

    /**
     * Pairs of features that share no arc but whose boundaries touch in a point: corners where four
     * areas meet, or contacts the generalisation reduced to a point.
     */
    public List<Proximity> pointContacts() {
        Set<String> sharing = new java.util.HashSet<>();
        sharedBoundaries().forEach(b -> sharing.add(b.a() + "|" + b.b()));
        List<Feature> all = new ArrayList<>(features.values());
        all.sort((x, y) -> x.id().compareTo(y.id()));
        List<Proximity> result = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Feature a = all.get(i);
                Feature b = all.get(j);
                if (sharing.contains(a.id() + "|" + b.id())
                        || !a.geometry().getEnvelopeInternal().intersects(b.geometry().getEnvelopeInternal())) {
                    continue;
                }
                if (a.geometry().distance(b.geometry()) == 0) {
                    result.add(new Proximity(a.id(), b.id(), 0));
                }
            }
        }
        return result;
    }

    /**
     * For a piece of land cut off from the mainland by the sea (the sea is outside every polygon): an island, or
     * a group of features that share boundaries only with each other (Zeeuws-Vlaanderen). Returns the links from
     * its features to the features outside the piece whose boundary lies within {@code maxKm}, and always the
     * piece's nearest one, so that the piece is connected across the water.
     */
    public List<Proximity> waterLinks(Set<String> piece, double maxKm) {
        List<Proximity> result = new ArrayList<>();
        Proximity nearest = null;
        for (String id : new TreeSet<>(piece)) {
            Feature member = features.get(id);
            for (Feature other : features.values()) {
                if (piece.contains(other.id())) {
                    continue;
                }
                org.locationtech.jts.operation.distance.DistanceOp op =
                        new org.locationtech.jts.operation.distance.DistanceOp(member.geometry(), other.geometry());
                Coordinate[] pts = op.nearestPoints();
                double km = GreatCircle.km(pts[0].y, pts[0].x, pts[1].y, pts[1].x);
                Proximity p = id.compareTo(other.id()) < 0 ? new Proximity(id, other.id(), km) : new Proximity(other.id(), id, km);
                if (nearest == null || km < nearest.km()) {
                    nearest = p;
                }
                if (km <= maxKm) {
                    result.add(p);
                }
            }
        }
        if (result.isEmpty() && nearest != null) {
            result.add(nearest);
        }
        return result;
    }

    private Polygon polygon(JsonNode rings, Set<Integer> used) {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        for (JsonNode ring : rings) {
            LinearRing r = ring(ring, used);
            if (shell == null) {
                shell = r;
            } else {
                holes.add(r);
            }
        }
        return GEOMETRY.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    private LinearRing ring(JsonNode arcRefs, Set<Integer> used) {
        List<Coordinate> coords = new ArrayList<>();
        for (JsonNode ref : arcRefs) {
            int index = ref.asInt();
            int arcId = index < 0 ? ~index : index;
            used.add(arcId);
            Coordinate[] arc = arcs.get(arcId);
            int n = arc.length;
            for (int k = 0; k < n; k++) {
                Coordinate c = index < 0 ? arc[n - 1 - k] : arc[k];
                if (k == 0 && !coords.isEmpty()) {
                    continue; // arcs share their end points
                }
                coords.add(c);
            }
        }
        if (!coords.get(0).equals2D(coords.get(coords.size() - 1))) {
            coords.add(coords.get(0));
        }
        while (coords.size() < 4) {
            coords.add(coords.get(0));
        }
        return GEOMETRY.createLinearRing(coords.toArray(Coordinate[]::new));
    }

    /** Length of a lon/lat polyline in km, by the haversine formula per segment. */
    static double lengthKm(Coordinate[] line) {
        double km = 0;
        for (int i = 1; i < line.length; i++) {
            km += GreatCircle.km(line[i - 1].y, line[i - 1].x, line[i].y, line[i].x);
        }
        return km;
    }
}
