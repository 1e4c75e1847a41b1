package nl.regiograaf.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
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
            borders.addEdge(b.a(), b.b());
        }
    }

    /** The connected pieces of {@code members} on the subgraph they induce: largest first, codes sorted. */
    public List<List<String>> components(Collection<String> members) {
        Set<String> vertices = new TreeSet<>();
        List<List<String>> pieces = new ArrayList<>();
        for (String m : new TreeSet<>(members)) {
            if (borders.containsVertex(m)) {
                vertices.add(m);
            } else {
                pieces.add(List.of(m)); // a member without any border is a piece of its own
            }
        }
        // The members' own edges as the edge filter: without one, AsSubgraph scans every edge of the country for each
        // region, which is quadratic at 100,000 municipalities.
        Set<DefaultEdge> edges = new java.util.HashSet<>();
        vertices.forEach(v -> edges.addAll(borders.edgesOf(v)));
        for (Set<String> piece : new ConnectivityInspector<>(new AsSubgraph<>(borders, vertices, edges)).connectedSets()) {
            pieces.add(List.copyOf(new TreeSet<>(piece)));
        }
        pieces.sort(Comparator.comparingInt((List<String> p) -> p.size()).reversed().thenComparing(p -> p.get(0)));
        return pieces;
    }
}
