package nl.regiograaf.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Whether a set of municipalities forms one connected piece over BORDERS. Every contact type counts:
 * {@code boundary} (a shared stretch of boundary; CBS areas include inland water, so a lake or estuary between
 * two municipalities is a shared boundary), {@code point} (boundaries touching at a corner) and {@code water}
 * (a link across the sea, which lies outside every municipality, for land cut off by it: the Wadden islands and
 * Zeeuws-Vlaanderen). Without the water links every such piece would be a fragment of every region it belongs to.
 *
 * <p>The adjacency is kept in plain int arrays (municipality index → neighbour indexes) rather than a JGraphT graph:
 * at 100,000 municipalities building the object graph and running its connectivity inspector per division cost more
 * than reading the rows. Read-only after construction, so one instance may serve concurrent callers.
 */
public final class Contiguity {

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> codes = new ArrayList<>();
    /** Neighbours of municipality i: {@code neighbours[offsets[i] .. offsets[i + 1])}. */
    private final int[] offsets;
    private final int[] neighbours;

    /** The adjacency of {@code municipalities} over {@code borderRows} (the caller chooses which contacts count). */
    public Contiguity(Collection<String> municipalities, Collection<GraphRows.Border> borderRows) {
        municipalities.forEach(this::indexOf);
        int[] a = new int[borderRows.size()];
        int[] b = new int[borderRows.size()];
        int edges = 0;
        for (GraphRows.Border border : borderRows) {
            if (!border.a().equals(border.b())) {
                a[edges] = indexOf(border.a());
                b[edges] = indexOf(border.b());
                edges++;
            }
        }
        int[][] adjacency = adjacency(codes.size(), a, b, edges);
        offsets = adjacency[0];
        neighbours = adjacency[1];
    }

    /** The adjacency of packed borders: every municipality with a code, every border (all contact types count). */
    public Contiguity(nl.regiograaf.repo.PackedBorders.Edges edges) {
        String[] all = edges.codes();
        for (String code : all) {
            indexOf(code);
        }
        int n = codes.size();
        int[] a = new int[edges.count()];
        int[] b = new int[edges.count()];
        int count = 0;
        boolean unique = n == all.length; // then a packed place is the index (codes are unique: always)
        for (int e = 0; e < edges.count(); e++) {
            int from = unique ? edges.a()[e] : index.get(all[edges.a()[e]]);
            int to = unique ? edges.b()[e] : index.get(all[edges.b()[e]]);
            if (from != to) {
                a[count] = from;
                b[count++] = to;
            }
        }
        int[][] adjacency = adjacency(n, a, b, count);
        offsets = adjacency[0];
        neighbours = adjacency[1];
    }

    /** {offsets, neighbours} of {@code n} places joined by the first {@code edges} pairs (a[e], b[e]), both ways. */
    private static int[][] adjacency(int n, int[] a, int[] b, int edges) {
        int[] offsets = new int[n + 1];
        for (int e = 0; e < edges; e++) {
            offsets[a[e] + 1]++;
            offsets[b[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            offsets[i + 1] += offsets[i];
        }
        int[] neighbours = new int[2 * edges];
        int[] next = Arrays.copyOf(offsets, n);
        for (int e = 0; e < edges; e++) {
            neighbours[next[a[e]]++] = b[e];
            neighbours[next[b[e]]++] = a[e];
        }
        return new int[][] {offsets, neighbours};
    }

    private int indexOf(String code) {
        return index.computeIfAbsent(code, c -> {
            codes.add(c);
            return codes.size() - 1;
        });
    }

    /** The index of {@code code}, or -1 when it has no borders and is no municipality. */
    int existingIndex(String code) {
        Integer i = index.get(code);
        return i == null ? -1 : i;
    }

    String code(int i) {
        return codes.get(i);
    }

    int offset(int i) {
        return offsets[i];
    }

    int neighbour(int k) {
        return neighbours[k];
    }

    int size() {
        return codes.size();
    }

    int neighbourCount() {
        return neighbours.length;
    }

    /** The connected pieces of {@code members} on the subgraph they induce: largest first, codes sorted. */
    public List<List<String>> components(Collection<String> members) {
        Set<Integer> inside = new HashSet<>();
        List<List<String>> pieces = new ArrayList<>();
        for (String m : new HashSet<>(members)) {
            Integer i = index.get(m);
            if (i == null) {
                pieces.add(List.of(m)); // a member without any border is a piece of its own
            } else {
                inside.add(i);
            }
        }
        Set<Integer> seen = new HashSet<>();
        for (int start : inside) {
            if (seen.add(start)) {
                pieces.add(piece(start, w -> inside.contains(w) && seen.add(w)));
            }
        }
        return largestFirst(pieces);
    }

    /**
     * The pieces of every region of a division that falls apart (region → pieces, as {@link #components}). One
     * search over the whole division, following only borders inside a region; a region with a member that also lies
     * in another region of the division gets a search of its own (a border at that member lies inside both regions).
     */
    public Map<String, List<List<String>>> fragments(Map<String, ? extends Collection<String>> membersOf,
                                                     Map<String, ? extends Collection<String>> regionsOf) {
        Set<String> ownRun = new HashSet<>();
        regionsOf.forEach((m, regions) -> {
            if (regions.size() > 1) {
                ownRun.addAll(regions);
            }
        });
        List<String> regionCodes = new ArrayList<>();
        int[] group = new int[codes.size()];
        Arrays.fill(group, -1);
        Map<String, List<List<String>>> piecesOf = new HashMap<>();
        membersOf.forEach((region, members) -> {
            if (ownRun.contains(region)) {
                return;
            }
            int g = regionCodes.size();
            regionCodes.add(region);
            for (String m : members) {
                Integer i = index.get(m);
                if (i == null) {
                    piecesOf.computeIfAbsent(region, k -> new ArrayList<>()).add(List.of(m));
                } else {
                    group[i] = g;
                }
            }
        });
        pieces(group).forEach((g, pieces) ->
                piecesOf.computeIfAbsent(regionCodes.get(g), k -> new ArrayList<>()).addAll(pieces));
        Map<String, List<List<String>>> fragments = new HashMap<>();
        piecesOf.forEach((region, pieces) -> {
            if (pieces.size() > 1) {
                fragments.put(region, largestFirst(pieces));
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

    /**
     * As {@link #fragments(Map, Map)} over the dense rows: region index → its pieces (largest first, codes sorted), for
     * the regions that fall apart. Strings only for those regions' members.
     */
    static Map<Integer, List<List<String>>> fragments(DenseRows.Division division, DenseRows.Municipalities municipalities,
                                                      DenseRows.Adjacency adjacency) {
        int n = municipalities.size();
        boolean[] ownRun = new boolean[division.regions()];
        for (int v = 0; v < n; v++) {
            if (division.regionCount(v) > 1) {
                for (int k = division.start[v]; k < division.start[v + 1]; k++) {
                    ownRun[division.regionOf[k]] = true;
                }
            }
        }
        int[] group = new int[n];
        for (int v = 0; v < n; v++) {
            group[v] = division.regionCount(v) == 1 && !ownRun[division.regionOf[division.start[v]]]
                    ? division.regionOf[division.start[v]] : -1;
        }
        int[] pieceOf = new int[n];
        Arrays.fill(pieceOf, -1);
        int[] queue = new int[n];
        int[] piecesOfRegion = new int[division.regions()];
        int[] regionOfPiece = new int[16];
        int pieces = 0;
        for (int v = 0; v < n; v++) {
            if (group[v] >= 0 && pieceOf[v] < 0) {
                int g = group[v];
                pieceOf[v] = pieces;
                int head = 0;
                int tail = 0;
                queue[tail++] = v;
                while (head < tail) {
                    int u = queue[head++];
                    for (int k = adjacency.offsets[u]; k < adjacency.offsets[u + 1]; k++) {
                        int w = adjacency.neighbours[k];
                        if (group[w] == g && pieceOf[w] < 0) {
                            pieceOf[w] = pieces;
                            queue[tail++] = w;
                        }
                    }
                }
                if (pieces == regionOfPiece.length) {
                    regionOfPiece = Arrays.copyOf(regionOfPiece, pieces * 2);
                }
                regionOfPiece[pieces++] = g;
                piecesOfRegion[g]++;
            }
        }
        Map<Integer, List<String>> members = new HashMap<>();
        for (int v = 0; v < n; v++) {
            if (group[v] >= 0 && piecesOfRegion[group[v]] > 1) {
                members.computeIfAbsent(pieceOf[v], k -> new ArrayList<>()).add(municipalities.codes[v]);
            }
        }
        Map<Integer, List<List<String>>> fragments = new HashMap<>();
        for (Map.Entry<Integer, List<String>> piece : members.entrySet()) {
            fragments.computeIfAbsent(regionOfPiece[piece.getKey()], k -> new ArrayList<>()).add(piece.getValue());
        }
        fragments.replaceAll((region, found) -> largestFirst(found));

        // A region with a member in two regions: a search over its own members (see fragments above).
        int[] inRegion = new int[n];
        int[] seen = new int[n];
        for (int r = 0; r < ownRun.length; r++) {
            if (!ownRun[r]) {
                continue;
            }
            int stamp = r + 1;
            for (int k = division.memberStart[r]; k < division.memberStart[r + 1]; k++) {
                inRegion[division.members[k]] = stamp;
            }
            List<int[]> found = new ArrayList<>();
            for (int k = division.memberStart[r]; k < division.memberStart[r + 1]; k++) {
                int v = division.members[k];
                if (seen[v] == stamp) {
                    continue;
                }
                seen[v] = stamp;
                int head = 0;
                int tail = 0;
                queue[tail++] = v;
                while (head < tail) {
                    int u = queue[head++];
                    for (int q = adjacency.offsets[u]; q < adjacency.offsets[u + 1]; q++) {
                        int w = adjacency.neighbours[q];
                        if (inRegion[w] == stamp && seen[w] != stamp) {
                            seen[w] = stamp;
                            queue[tail++] = w;
                        }
                    }
                }
                found.add(Arrays.copyOf(queue, tail));
            }
            if (found.size() > 1) {
                List<List<String>> named = new ArrayList<>();
                for (int[] piece : found) {
                    List<String> codes = new ArrayList<>(piece.length);
                    for (int v : piece) {
                        codes.add(municipalities.codes[v]);
                    }
                    named.add(codes);
                }
                fragments.put(r, largestFirst(named));
            }
        }
        return fragments;
    }

    /**
     * The pieces of every group ({@code group[i]}: a group number, or -1 for none), following borders only between
     * municipalities of one group, every municipality visited once: group → its pieces (unsorted).
     */
    private Map<Integer, List<List<String>>> pieces(int[] group) {
        boolean[] seen = new boolean[codes.size()];
        Map<Integer, List<List<String>>> byGroup = new HashMap<>();
        for (int start = 0; start < group.length; start++) {
            if (group[start] >= 0 && !seen[start]) {
                int g = group[start];
                seen[start] = true;
                byGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(piece(start, w -> {
                    if (group[w] != g || seen[w]) {
                        return false;
                    }
                    seen[w] = true;
                    return true;
                }));
            }
        }
        return byGroup;
    }

    /**
     * Breadth-first search from {@code start} (already taken) over borders: {@code take} says whether a neighbour joins
     * the piece, and marks it taken so it joins once. The codes of the piece, unsorted.
     */
    private List<String> piece(int start, IntPredicate take) {
        List<String> piece = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            int v = queue.poll();
            piece.add(codes.get(v));
            for (int k = offsets[v]; k < offsets[v + 1]; k++) {
                if (take.test(neighbours[k])) {
                    queue.add(neighbours[k]);
                }
            }
        }
        return piece;
    }

    private static List<String> sorted(List<String> piece) {
        String[] sorted = piece.toArray(new String[0]);
        Arrays.sort(sorted);
        return List.of(sorted);
    }

    static List<List<String>> largestFirst(List<List<String>> pieces) {
        List<List<String>> sorted = new ArrayList<>(pieces.stream().map(Contiguity::sorted).toList());
        sorted.sort(Comparator.comparingInt((List<String> p) -> p.size()).reversed().thenComparing(p -> p.get(0)));
        return sorted;
    }
}
