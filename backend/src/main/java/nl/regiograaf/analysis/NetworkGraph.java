package nl.regiograaf.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.regiograaf.model.Analysis;

/**
 * The collaboration network as an in-memory adjacency list, for drawing the neighbourhood of one node.
 * Nodes: municipalities and regions (id = code), trauma centres ({@code HOSPITAL:name}) and insurers
 * ({@code INSURER:name}). Links keep the direction of the relationship in the graph. Read-only once built.
 */
public final class NetworkGraph {

    public static final String MUNICIPALITY = "MUNICIPALITY";
    public static final String MEMBER_OF = "MEMBER_OF";
    public static final String BORDERS = "BORDERS";
    /**
     * Relationships that describe a region: its trauma centre, concession holder, mandaatgemeente, and for an IZA/AZWA
     * region the roles of the werkstructuur (the GGDs it works with, the insurers running its zorgkantoren, an imported
     * preferente zorgverzekeraar).
     */
    private static final Set<String> ATTACHMENTS = Set.of("TRAUMA_CENTRE_FOR", "HOLDS_CONCESSION", "MANDAATGEMEENTE",
            "WORKS_WITH_GGD", "ZORGKANTOOR", "PREFERRED_INSURER");
    /**
     * Roles computed for the werkstructuur, not relationships of the graph: they describe an IZA/AZWA region shown but
     * are no path to walk (a GGD's neighbourhood is its members, not the mandaatgemeenten of the IZA regions it meets).
     */
    private static final Set<String> NOT_WALKED = Set.of("WORKS_WITH_GGD", "ZORGKANTOOR", "PREFERRED_INSURER");
    /** Attachments that point from the region to what it names; the others point at the region. */
    private static final Set<String> FROM_REGION = Set.of("MANDAATGEMEENTE", "WORKS_WITH_GGD", "ZORGKANTOOR", "PREFERRED_INSURER");

    private final Map<String, Analysis.GraphNode> nodes = new LinkedHashMap<>();
    private final Map<String, List<Analysis.GraphLink>> links = new HashMap<>();

    /** The rows were cut at the row cap: every answer drawn from them is incomplete. */
    private final boolean inputTruncated;

    public NetworkGraph(GraphRows.Network network) {
        this.inputTruncated = network.truncated();
        network.municipalities().byCode().values().forEach(m ->
                nodes.put(m.code(), new Analysis.GraphNode(m.code(), m.name(), MUNICIPALITY)));
        network.regions().forEach(r -> nodes.put(r.code(), new Analysis.GraphNode(r.code(), r.name(), r.kind())));
        network.memberships().forEach(m -> link(new Analysis.GraphLink(m.municipality(), m.region(), MEMBER_OF, null)));
        network.borders().forEach(b -> link(new Analysis.GraphLink(b.a(), b.b(), BORDERS, b.contact())));
        network.attachments().forEach(this::attach);
    }

    private NetworkGraph(NetworkGraph national, GraphRows.Attachments imported) {
        this.inputTruncated = national.inputTruncated || imported.truncated();
        nodes.putAll(national.nodes);
        national.links.forEach((id, list) -> links.put(id, new ArrayList<>(list)));
        imported.rows().forEach(this::attach);
    }

    /**
     * This national network with imported roles added: rebuilt per data version from a small query, while the national
     * network is built once per national version.
     */
    public NetworkGraph withImported(GraphRows.Attachments imported) {
        return new NetworkGraph(this, imported);
    }

    private void attach(GraphRows.Attachment a) {
        nodes.putIfAbsent(a.id(), new Analysis.GraphNode(a.id(), a.label(), a.kind()));
        link(FROM_REGION.contains(a.type())
                ? new Analysis.GraphLink(a.region(), a.id(), a.type(), null)
                : new Analysis.GraphLink(a.id(), a.region(), a.type(), null));
    }

    private void link(Analysis.GraphLink link) {
        if (!nodes.containsKey(link.source()) || !nodes.containsKey(link.target())) {
            return; // a relationship to a node outside the network (cannot happen with the national data)
        }
        links.computeIfAbsent(link.source(), k -> new ArrayList<>()).add(link);
        links.computeIfAbsent(link.target(), k -> new ArrayList<>()).add(link);
    }

    public Optional<Analysis.GraphNode> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /**
     * The nodes within {@code depth} steps of {@code focus} over every relationship, plus the trauma centre,
     * concession holder and mandaatgemeente of every region shown; links are all relationships among the nodes
     * shown. At most {@code maxNodes} nodes, nearest first; a cut answer says {@code truncated}.
     */
    public Analysis.Graph around(String focus, int depth, int maxNodes) {
        Map<String, Integer> distance = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        distance.put(focus, 0);
        queue.add(focus);
        boolean truncated = inputTruncated;
        search:
        while (!queue.isEmpty()) {
            String id = queue.poll();
            int d = distance.get(id);
            if (d == depth) {
                continue;
            }
            for (Analysis.GraphLink link : links.getOrDefault(id, List.of())) {
                String other = link.source().equals(id) ? link.target() : link.source();
                if (!distance.containsKey(other) && !NOT_WALKED.contains(link.type())) {
                    if (distance.size() >= maxNodes) {
                        truncated = true;
                        break search;
                    }
                    distance.put(other, d + 1);
                    queue.add(other);
                }
            }
        }
        // A region at the edge of the view still brings what describes it.
        for (String id : List.copyOf(distance.keySet())) {
            if (isRegion(id)) {
                for (Analysis.GraphLink link : links.getOrDefault(id, List.of())) {
                    String other = link.source().equals(id) ? link.target() : link.source();
                    // only what the region names itself: a GGD shown does not pull in the IZA regions it works with
                    boolean describesThisRegion = !NOT_WALKED.contains(link.type()) || link.source().equals(id);
                    if (ATTACHMENTS.contains(link.type()) && describesThisRegion && !distance.containsKey(other)) {
                        if (distance.size() >= maxNodes) {
                            truncated = true;
                            break;
                        }
                        distance.put(other, distance.get(id) + 1);
                    }
                }
            }
        }
        List<Analysis.GraphNode> shownNodes = distance.keySet().stream().map(nodes::get).toList();
        List<Analysis.GraphLink> shownLinks = new ArrayList<>();
        for (String id : distance.keySet()) {
            for (Analysis.GraphLink link : links.getOrDefault(id, List.of())) {
                // each link is listed at both ends; emit it once, from its source
                if (link.source().equals(id) && distance.containsKey(link.target())) {
                    shownLinks.add(link);
                }
            }
        }
        return new Analysis.Graph(focus, depth, shownNodes, shownLinks, truncated);
    }

    private boolean isRegion(String id) {
        return isDivisionKind(nodes.get(id).kind());
    }

    /** A region node's kind: a national or an own division (every node kind but these three). */
    public static boolean isDivisionKind(String kind) {
        return !kind.equals(MUNICIPALITY) && !kind.equals("HOSPITAL") && !kind.equals("INSURER");
    }
}
