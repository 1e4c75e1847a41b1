package nl.regiograaf.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.util.UnionFind;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Whether a set of municipalities forms one connected piece over BORDERS. Every contact type counts:
 * {@code boundary} (a shared stretch of boundary; CBS areas include inland water, so a lake or estuary between
 * two municipalities is a shared boundary), {@code point} (boundaries touching at a corner) and {@code water}
 * (a link across the sea, which lies outside every municipality, for land cut off by it: the Wadden islands and
 * Zeeuws-Vlaanderen). Without the water links every such piece would be a fragment of every region it belongs to.
 */
public final class Contiguity {

    private final Graph<String, DefaultEdge> borders = new SimpleGraph<>(DefaultEdge.class);
    /** The edges' end points, once each: scanning them is cheaper than asking the graph for every edge's ends. */
    private final List<String[]> ends = new ArrayList<>();

    /** The adjacency graph of {@code municipalities} over {@code borderRows} (the caller chooses which contacts count).
     * Read-only after construction, so one instance may serve concurrent callers. */
    public Contiguity(Collection<String> municipalities, Collection<GraphRows.Border> borderRows) {
        municipalities.forEach(borders::addVertex);
        for (GraphRows.Border b : borderRows) {
            if (b.a().equals(b.b())) {
                continue;
            }
            borders.addVertex(b.a());
            borders.addVertex(b.b());
            if (borders.addEdge(b.a(), b.b()) != null) {
                ends.add(new String[] {b.a(), b.b()});
            }
        }
    }

    /** The connected pieces of {@code members} on the subgraph they induce: largest first, codes sorted. */
    public List<List<String>> components(Collection<String> members) {
        Set<String> vertices = new HashSet<>();
        List<List<String>> pieces = new ArrayList<>();
        for (String m : new HashSet<>(members)) {
            if (borders.containsVertex(m)) {
                vertices.add(m);
            } else {
                pieces.add(List.of(m)); // a member without any border is a piece of its own
            }
        }
        // The members' own edges as the edge filter: without one, AsSubgraph scans every edge of the country for each
        // region, which is quadratic at 100,000 municipalities.
        Set<DefaultEdge> edges = new HashSet<>();
        vertices.forEach(v -> edges.addAll(borders.edgesOf(v)));
        for (Set<String> piece : new ConnectivityInspector<>(new AsSubgraph<>(borders, vertices, edges)).connectedSets()) {
            pieces.add(sorted(piece));
        }
        return largestFirst(pieces);
    }

    /**
     * The pieces of every region of a division that falls apart (region → pieces, as {@link #components}). One
     * connectivity run for the whole division on the borders inside regions; a region with a member that also lies in
     * another region of the division gets a run of its own (a border at that member lies inside both regions).
     */
    public Map<String, List<List<String>>> fragments(Map<String, ? extends Collection<String>> membersOf,
                                                     Map<String, ? extends Collection<String>> regionsOf) {
        Map<String, String> regionOf = new HashMap<>();
        Set<String> ownRun = new HashSet<>();
        regionsOf.forEach((m, regions) -> {
            if (regions.size() == 1) {
                regionOf.put(m, regions.iterator().next());
            } else {
                ownRun.addAll(regions);
            }
        });
        Set<String> vertices = new HashSet<>();
        Map<String, List<List<String>>> piecesOf = new HashMap<>();
        membersOf.forEach((region, members) -> {
            if (ownRun.contains(region)) {
                return;
            }
            for (String m : members) {
                if (borders.containsVertex(m)) {
                    vertices.add(m);
                } else {
                    piecesOf.computeIfAbsent(region, k -> new ArrayList<>()).add(List.of(m));
                }
            }
        });
        // Union-find over the borders inside regions: at 100,000 municipalities a connectivity inspector on a subgraph
        // view took 150 ms per division, this a fraction of it.
        UnionFind<String> connected = new UnionFind<>(vertices);
        for (String[] e : ends) {
            if (vertices.contains(e[0]) && vertices.contains(e[1]) && regionOf.get(e[0]).equals(regionOf.get(e[1]))) {
                connected.union(e[0], e[1]);
            }
        }
        Map<String, List<String>> byRoot = new HashMap<>();
        vertices.forEach(v -> byRoot.computeIfAbsent(connected.find(v), k -> new ArrayList<>()).add(v));
        byRoot.values().forEach(piece ->
                piecesOf.computeIfAbsent(regionOf.get(piece.get(0)), k -> new ArrayList<>()).add(piece));
        Map<String, List<List<String>>> fragments = new HashMap<>();
        piecesOf.forEach((region, pieces) -> {
            if (pieces.size() > 1) { // sorted only here: most regions are one piece
                fragments.put(region, largestFirst(new ArrayList<>(pieces.stream().map(Contiguity::sorted).toList())));
            }
        });
        for (String region : ownRun) {
            List<List<String>> pieces = components(membersOf.get(region));
            if (pieces.size() > 1) {
                fragments.put(region, pieces);
            }
        }
        return fragments;
    }

    private static List<String> sorted(Collection<String> piece) {
        String[] codes = piece.toArray(new String[0]);
        java.util.Arrays.sort(codes);
        return List.of(codes);
    }

    private static List<List<String>> largestFirst(List<List<String>> pieces) {
        pieces.sort(Comparator.comparingInt((List<String> p) -> p.size()).reversed().thenComparing(p -> p.get(0)));
        return pieces;
    }
}
