package nl.regiograaf.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.regiograaf.model.Analysis;
import nl.regiograaf.model.Api;

/**
 * How the regions of two divisions overlap, by population. Pure function of the divisions' memberships.
 *
 * <p>A municipality in two regions of one division (a real double, e.g. Amsterdam in two ROAZ regions) counts
 * fully in each of them: it appears in every intersection it belongs to and is flagged {@code multiple}.
 */
public final class Overlaps {

    private Overlaps() {
    }

    public static Analysis.Overlap compute(GraphRows.Division a, GraphRows.Division b, GraphRows.Municipalities municipalities) {
        Map<String, GraphRows.Municipality> byCode = municipalities.byCode();
        // Municipalities by index (those in either division), so each side is int arrays rather than a set per member:
        // at 100,000 municipalities the sets cost more than reading the rows.
        Index index = new Index(byCode);
        Side sideA = new Side(a, index);
        Side sideB = new Side(b, index);

        boolean[] isMultiple = new boolean[index.size()];
        sideA.markMultiple(isMultiple);
        sideB.markMultiple(isMultiple);
        Set<String> multiple = new TreeSet<>();
        for (int m = 0; m < isMultiple.length; m++) {
            if (isMultiple[m]) {
                multiple.add(index.codes[m]);
            }
        }

        // Every (region of a, region of b, municipality) as one long, sorted: each run of one region pair is an
        // intersection. Sorting one array is cheaper than a hash map of sets per region pair.
        long[] triples = new long[Math.max(16, sideA.membershipCount())];
        int count = 0;
        // A member only one side names (no municipality row) was indexed after the other side was built: it shares nothing.
        int both = Math.min(sideA.start.length, sideB.start.length) - 1;
        for (int m = 0; m < both; m++) {
            for (int i = sideA.start[m]; i < sideA.start[m + 1]; i++) {
                for (int j = sideB.start[m]; j < sideB.start[m + 1]; j++) {
                    if (count == triples.length) {
                        triples = Arrays.copyOf(triples, count * 2);
                    }
                    triples[count++] = ((long) sideA.regionOf[i] * sideB.regionCount() + sideB.regionOf[j]) << MUNICIPALITY_BITS | m;
                }
            }
        }
        Arrays.sort(triples, 0, count);

        List<Analysis.Intersection> intersections = new ArrayList<>();
        for (int from = 0; from < count; ) {
            long pair = triples[from] >>> MUNICIPALITY_BITS;
            int to = from;
            List<Analysis.IntersectionMunicipality> members = new ArrayList<>();
            long population = 0;
            while (to < count && triples[to] >>> MUNICIPALITY_BITS == pair) {
                int m = (int) (triples[to] & MUNICIPALITY_MASK);
                String code = index.codes[m];
                members.add(new Analysis.IntersectionMunicipality(code, index.names[m], index.populations[m],
                        isMultiple[m]));
                population += index.populations[m];
                to++;
            }
            from = to;
            members.sort(BY_NAME);
            int ra = (int) (pair / sideB.regionCount());
            int rb = (int) (pair % sideB.regionCount());
            intersections.add(new Analysis.Intersection(sideA.ref(ra), sideB.ref(rb), List.copyOf(members), population,
                    share(population, sideA.populations[ra]), share(population, sideB.populations[rb])));
        }
        intersections.sort(Comparator.comparing((Analysis.Intersection i) -> i.a().name())
                .thenComparing(i -> i.a().code())
                .thenComparing(Comparator.comparingLong(Analysis.Intersection::population).reversed())
                .thenComparing(i -> i.b().name())
                .thenComparing(i -> i.b().code()));

        // Grouped once: a scan of all intersections per region is quadratic and takes seconds at 100,000 municipalities.
        Map<String, List<Analysis.Intersection>> byA = new java.util.HashMap<>();
        Map<String, List<Analysis.Intersection>> byB = new java.util.HashMap<>();
        for (Analysis.Intersection i : intersections) {
            byA.computeIfAbsent(i.a().code(), k -> new ArrayList<>()).add(i);
            byB.computeIfAbsent(i.b().code(), k -> new ArrayList<>()).add(i);
        }
        List<Analysis.RegionOverlap> regions = new ArrayList<>();
        long largestSum = 0;
        long totalA = 0;
        for (GraphRows.Region region : sortedByName(a.regions())) {
            List<Analysis.Intersection> own = byA.getOrDefault(region.code(), List.of());
            long largest = own.stream().mapToLong(Analysis.Intersection::population).max().orElse(0);
            largestSum += largest;
            totalA += sideA.population(region.code());
            regions.add(summary(region, sideA, own, largest));
        }
        for (GraphRows.Region region : sortedByName(b.regions())) {
            List<Analysis.Intersection> own = byB.getOrDefault(region.code(), List.of());
            long largest = own.stream().mapToLong(Analysis.Intersection::population).max().orElse(0);
            regions.add(summary(region, sideB, own, largest));
        }

        Map<String, String> referenceDates = new LinkedHashMap<>();
        referenceDates.put(a.kind(), a.referenceDate());
        referenceDates.put(b.kind(), b.referenceDate());
        return new Analysis.Overlap(a.kind(), b.kind(), referenceDates, intersections, regions,
                share(largestSum, totalA), List.copyOf(multiple),
                a.truncated() || b.truncated() || municipalities.truncated());
    }

    /**
     * As above from the dense rows (the same answer): the municipalities a region of {@code a} shares with each region
     * of {@code b} are found per region of {@code a}, in the order the answer lists them, so nothing is sorted but each
     * region's few (region of b, municipality) pairs. Objects only for the answer.
     */
    public static Analysis.Overlap compute(DenseRows.Division a, DenseRows.Division b, DenseRows.Municipalities municipalities) {
        int n = municipalities.size();
        boolean[] isMultiple = new boolean[n];
        Set<String> multiple = new TreeSet<>();
        for (int m = 0; m < n; m++) {
            if (a.regionCount(m) > 1 || b.regionCount(m) > 1) {
                isMultiple[m] = true;
                multiple.add(municipalities.codes[m]);
            }
        }
        int[] aByName = a.byName();
        int[] bByName = b.byName();
        int[] bRank = DenseRows.Division.ranks(bByName);
        int[] pairsOfA = new int[a.regions()];
        long[] largestOfA = new long[a.regions()];
        int[] sizeOfA = new int[a.regions()];
        int[] pairsOfB = new int[b.regions()];
        long[] largestOfB = new long[b.regions()];
        int[] sizeOfB = new int[b.regions()];
        long[] pairs = new long[16];
        List<Analysis.Intersection> intersections = new ArrayList<>();
        List<Analysis.Intersection> own = new ArrayList<>();
        List<Integer> ownB = new ArrayList<>();
        for (int ra : aByName) {
            int count = 0;
            for (int k = a.memberStart[ra]; k < a.memberStart[ra + 1]; k++) {
                int m = a.members[k];
                for (int q = b.start[m]; q < b.start[m + 1]; q++) {
                    if (count == pairs.length) {
                        pairs = Arrays.copyOf(pairs, count * 2);
                    }
                    pairs[count++] = (long) b.regionOf[q] << 32 | municipalities.nameRank[m];
                }
            }
            if (count == 0) {
                continue;
            }
            Arrays.sort(pairs, 0, count);
            own.clear();
            ownB.clear();
            Api.Ref refA = new Api.Ref(a.regionCodes[ra], a.regionNames[ra]);
            for (int from = 0; from < count; ) {
                int rb = (int) (pairs[from] >>> 32);
                int to = from;
                long population = 0;
                List<Analysis.IntersectionMunicipality> members = new ArrayList<>();
                while (to < count && (int) (pairs[to] >>> 32) == rb) {
                    int m = municipalities.byName[(int) pairs[to]];
                    members.add(new Analysis.IntersectionMunicipality(municipalities.codes[m], municipalities.names[m],
                            municipalities.populations[m], isMultiple[m]));
                    population += municipalities.populations[m];
                    to++;
                }
                from = to;
                own.add(new Analysis.Intersection(refA, new Api.Ref(b.regionCodes[rb], b.regionNames[rb]),
                        List.copyOf(members), population, share(population, a.populations[ra]),
                        share(population, b.populations[rb])));
                ownB.add(rb);
                pairsOfB[rb]++;
                largestOfB[rb] = Math.max(largestOfB[rb], population);
                sizeOfB[rb] = members.size();
                largestOfA[ra] = Math.max(largestOfA[ra], population);
            }
            pairsOfA[ra] = own.size();
            sizeOfA[ra] = own.get(0).municipalities().size();
            Integer[] order = new Integer[own.size()];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, Comparator.comparingLong((Integer i) -> -own.get(i).population())
                    .thenComparingInt(i -> bRank[ownB.get(i)]));
            for (int i : order) {
                intersections.add(own.get(i));
            }
        }

        List<Analysis.RegionOverlap> regions = new ArrayList<>();
        long largestSum = 0;
        long totalA = 0;
        boolean[] listedA = listed(a);
        for (int r : aByName) {
            if (listedA[r]) {
                largestSum += largestOfA[r];
                totalA += a.populations[r];
                regions.add(summary(a, r, pairsOfA[r], sizeOfA[r], largestOfA[r]));
            }
        }
        boolean[] listedB = listed(b);
        for (int r : bByName) {
            if (listedB[r]) {
                regions.add(summary(b, r, pairsOfB[r], sizeOfB[r], largestOfB[r]));
            }
        }
        Map<String, String> referenceDates = new LinkedHashMap<>();
        referenceDates.put(a.kind, a.referenceDate);
        referenceDates.put(b.kind, b.referenceDate);
        return new Analysis.Overlap(a.kind, b.kind, referenceDates, intersections, regions,
                share(largestSum, totalA), List.copyOf(multiple), a.truncated || b.truncated || municipalities.truncated);
    }

    private static boolean[] listed(DenseRows.Division division) {
        boolean[] listed = new boolean[division.regions()];
        for (int r : division.listed) {
            listed[r] = true;
        }
        return listed;
    }

    /** As {@link #summary(GraphRows.Region, Side, List, long)}; {@code size}: the members of its one intersection. */
    private static Analysis.RegionOverlap summary(DenseRows.Division division, int region, int intersects, int size,
                                                  long largest) {
        long population = division.populations[region];
        boolean congruent = intersects == 1 && size == division.memberCount(region);
        return new Analysis.RegionOverlap(division.regionKinds[region], division.regionCodes[region],
                division.regionNames[region], population, intersects, congruent, share(largest, population));
    }

    /**
     * Congruent: the region touches exactly one region of the other side, and that one holds all its members. A
     * member that also lies in a second region of the other side (a double) makes the region touch two: it sits at
     * two tables, so it is not congruent, though {@code largestShare} may still be 1.
     */
    private static Analysis.RegionOverlap summary(GraphRows.Region region, Side side, List<Analysis.Intersection> own,
                                                  long largest) {
        long population = side.population(region.code());
        boolean congruent = own.size() == 1 && own.get(0).municipalities().size() == side.memberCount(region.code());
        return new Analysis.RegionOverlap(region.kind(), region.code(), region.name(), population, own.size(), congruent,
                share(largest, population));
    }

    static List<Analysis.IntersectionMunicipality> municipalities(Set<String> codes,
            Map<String, GraphRows.Municipality> byCode, Set<String> multiple) {
        return codes.stream().map(c -> {
            GraphRows.Municipality m = byCode.get(c);
            return new Analysis.IntersectionMunicipality(c, m == null ? c : m.name(), m == null ? 0 : m.population(),
                    multiple.contains(c));
        }).sorted(Comparator.comparing(Analysis.IntersectionMunicipality::name)).toList();
    }

    static long sumPopulation(Set<String> codes, Map<String, GraphRows.Municipality> byCode) {
        return codes.stream().mapToLong(c -> byCode.containsKey(c) ? byCode.get(c).population() : 0).sum();
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }

    private static List<GraphRows.Region> sortedByName(List<GraphRows.Region> regions) {
        return regions.stream().sorted(Comparator.comparing(GraphRows.Region::name).thenComparing(GraphRows.Region::code))
                .toList();
    }

    private static final int MUNICIPALITY_BITS = 24;
    private static final long MUNICIPALITY_MASK = (1L << MUNICIPALITY_BITS) - 1;
    private static final Comparator<Analysis.IntersectionMunicipality> BY_NAME =
            Comparator.comparing(Analysis.IntersectionMunicipality::name).thenComparing(Analysis.IntersectionMunicipality::code);

    /** Municipality codes to indexes: the known ones first, then any member the municipality rows lack. */
    private static final class Index {
        final Map<String, Integer> byCode;
        String[] codes;
        String[] names;
        long[] populations;
        int size;

        Index(Map<String, GraphRows.Municipality> municipalities) {
            byCode = new HashMap<>(municipalities.size() * 2);
            codes = new String[municipalities.size() + 16];
            names = new String[codes.length];
            populations = new long[codes.length];
            municipalities.forEach((code, m) -> add(code, m.name(), m.population()));
        }

        private int add(String code, String name, long population) {
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, size * 2);
                names = Arrays.copyOf(names, size * 2);
                populations = Arrays.copyOf(populations, size * 2);
            }
            codes[size] = code;
            names[size] = name;
            populations[size] = population;
            byCode.put(code, size);
            return size++;
        }

        /** A member without a municipality row counts with its code as name and no population. */
        int of(String code) {
            Integer i = byCode.get(code);
            return i != null ? i : add(code, code, 0);
        }

        int size() {
            return size;
        }
    }

    /**
     * One division as int arrays: the distinct regions of municipality m are {@code regionOf[start[m] .. start[m + 1])};
     * per region its distinct members' count and population.
     */
    private static final class Side {
        final Map<String, Integer> regionIndex = new HashMap<>();
        final List<String> regionCodes = new ArrayList<>();
        final Map<String, GraphRows.Region> regions = new HashMap<>();
        final int[] start;
        final int[] regionOf;
        final long[] populations;
        final int[] memberCounts;
        private final Index index;

        Side(GraphRows.Division division, Index index) {
            this.index = index;
            division.regions().forEach(r -> regions.put(r.code(), r));
            List<GraphRows.Membership> memberships = division.memberships();
            int[] municipalityOf = new int[memberships.size()];
            int[] regionOfRow = new int[memberships.size()];
            String lastRegion = null;
            int last = -1;
            for (int i = 0; i < memberships.size(); i++) {
                GraphRows.Membership m = memberships.get(i);
                municipalityOf[i] = index.of(m.municipality());
                // The rows list a region's members together, under one code object: one lookup per region, not per row.
                if (m.region() != lastRegion) {
                    lastRegion = m.region();
                    last = regionIndex.computeIfAbsent(lastRegion, c -> {
                        regionCodes.add(c);
                        return regionCodes.size() - 1;
                    });
                }
                regionOfRow[i] = last;
            }
            int n = index.size();
            // The same membership twice counts once (as in a set).
            int[][] grouped = DenseRows.Division.group(municipalityOf, regionOfRow, n);
            start = grouped[0];
            regionOf = grouped[1];
            populations = new long[regionCodes.size()];
            memberCounts = new int[regionCodes.size()];
            for (int m = 0; m < n; m++) {
                for (int k = start[m]; k < start[m + 1]; k++) {
                    populations[regionOf[k]] += index.populations[m];
                    memberCounts[regionOf[k]]++;
                }
            }
        }

        int membershipCount() {
            return start[start.length - 1];
        }

        int regionCount() {
            return regionCodes.size();
        }

        void markMultiple(boolean[] multiple) {
            for (int m = 0; m + 1 < start.length; m++) {
                if (start[m + 1] - start[m] > 1) {
                    multiple[m] = true;
                }
            }
        }

        int memberCount(String region) {
            Integer r = regionIndex.get(region);
            return r == null ? 0 : memberCounts[r];
        }

        long population(String region) {
            Integer r = regionIndex.get(region);
            return r == null ? 0 : populations[r];
        }

        Api.Ref ref(int region) {
            String code = regionCodes.get(region);
            GraphRows.Region r = regions.get(code);
            return new Api.Ref(code, r == null ? code : r.name());
        }
    }
}
