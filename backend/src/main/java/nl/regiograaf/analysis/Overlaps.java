package nl.regiograaf.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
        Side sideA = new Side(a, byCode);
        Side sideB = new Side(b, byCode);

        Set<String> multiple = new TreeSet<>();
        sideA.regionsOf.forEach((m, regions) -> {
            if (regions.size() > 1) {
                multiple.add(m);
            }
        });
        sideB.regionsOf.forEach((m, regions) -> {
            if (regions.size() > 1) {
                multiple.add(m);
            }
        });

        // (region of a, region of b) -> shared municipality codes. Hash maps: the intersections are sorted below, and at
        // 100,000 municipalities sorted maps cost more than the rest of the overlap.
        Map<String, Map<String, Set<String>>> shared = new HashMap<>();
        sideA.regionsOf.forEach((m, regionsA) -> {
            Set<String> regionsB = sideB.regionsOf.get(m);
            if (regionsB == null) {
                return;
            }
            for (String ra : regionsA) {
                for (String rb : regionsB) {
                    shared.computeIfAbsent(ra, k -> new HashMap<>()).computeIfAbsent(rb, k -> new HashSet<>()).add(m);
                }
            }
        });

        List<Analysis.Intersection> intersections = new ArrayList<>();
        shared.forEach((ra, byB) -> byB.forEach((rb, codes) -> {
            long population = sumPopulation(codes, byCode);
            intersections.add(new Analysis.Intersection(sideA.ref(ra), sideB.ref(rb),
                    municipalities(codes, byCode, multiple), population,
                    share(population, sideA.population(ra)), share(population, sideB.population(rb))));
        }));
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
     * Congruent: the region touches exactly one region of the other side, and that one holds all its members. A
     * member that also lies in a second region of the other side (a double) makes the region touch two: it sits at
     * two tables, so it is not congruent, though {@code largestShare} may still be 1.
     */
    private static Analysis.RegionOverlap summary(GraphRows.Region region, Side side, List<Analysis.Intersection> own,
                                                  long largest) {
        long population = side.population(region.code());
        boolean congruent = own.size() == 1 && own.get(0).municipalities().size() == side.members(region.code()).size();
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

    /** One division as sets: municipality -> its regions, region -> its members and population. */
    private static final class Side {
        final Map<String, Set<String>> regionsOf = new HashMap<>();
        final Map<String, Set<String>> membersOf = new HashMap<>();
        final Map<String, GraphRows.Region> regions = new HashMap<>();
        final Map<String, Long> populations = new HashMap<>();

        Side(GraphRows.Division division, Map<String, GraphRows.Municipality> byCode) {
            division.regions().forEach(r -> regions.put(r.code(), r));
            for (GraphRows.Membership m : division.memberships()) {
                regionsOf.computeIfAbsent(m.municipality(), k -> new HashSet<>(2)).add(m.region());
                membersOf.computeIfAbsent(m.region(), k -> new HashSet<>()).add(m.municipality());
            }
            membersOf.forEach((region, members) -> populations.put(region, sumPopulation(members, byCode)));
        }

        Set<String> members(String region) {
            return membersOf.getOrDefault(region, Set.of());
        }

        long population(String region) {
            return populations.getOrDefault(region, 0L);
        }

        Api.Ref ref(String code) {
            GraphRows.Region r = regions.get(code);
            return new Api.Ref(code, r == null ? code : r.name());
        }
    }
}
