package nl.regiograaf.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.TreeMap;
import nl.regiograaf.model.Analysis;
import nl.regiograaf.model.Api;

/**
 * Is a division <i>landsdekkend en sluitend</i>: every municipality in exactly one region, every region one
 * connected piece (see {@link Contiguity} for which contacts count). Pure function of the graph rows.
 */
public final class PartitionChecks {

    /** The evidence level of a membership that no document states: a reasoned reconstruction. */
    public static final String DERIVED_EVIDENCE_PREFIX = "C_";

    private PartitionChecks() {
    }

    public static Analysis.PartitionCheck compute(GraphRows.Division division, GraphRows.Municipalities municipalities,
                                                  Contiguity contiguity, boolean bordersTruncated) {
        return compute(division, municipalities, contiguity, bordersTruncated, null, null);
    }

    /**
     * As above for a division that covers part of the country (an own division): only the municipalities in
     * {@code scope} (null: all) can be unassigned; {@code scopeName} names that scope in the answer.
     */
    public static Analysis.PartitionCheck compute(GraphRows.Division division, GraphRows.Municipalities municipalities,
                                                  Contiguity contiguity, boolean bordersTruncated,
                                                  java.util.Set<String> scope, String scopeName) {
        Map<String, GraphRows.Municipality> byCode = municipalities.byCode();
        Map<String, GraphRows.Region> regions = new HashMap<>();
        division.regions().forEach(r -> regions.put(r.code(), r));
        // Hash maps: at 100,000 municipalities sorted maps cost more than the rest of the check; answers are sorted below.
        Map<String, List<String>> regionsOf = new HashMap<>();
        Map<String, List<String>> membersOf = new HashMap<>();
        Map<String, Long> evidence = new TreeMap<>();
        long unknown = 0;
        for (GraphRows.Membership m : division.memberships()) {
            List<String> in = regionsOf.computeIfAbsent(m.municipality(), k -> new ArrayList<>(1));
            if (!in.contains(m.region())) {
                in.add(m.region());
                membersOf.computeIfAbsent(m.region(), k -> new ArrayList<>()).add(m.municipality());
            }
            if (m.evidenceLevel() != null) {
                evidence.merge(m.evidenceLevel(), 1L, Long::sum);
            }
            if (isUnknown(m)) {
                unknown++;
            }
        }

        List<Api.Ref> unassigned = byCode.values().stream()
                .filter(m -> !regionsOf.containsKey(m.code()) && (scope == null || scope.contains(m.code())))
                .map(m -> new Api.Ref(m.code(), m.name()))
                .sorted(Comparator.comparing(Api.Ref::name))
                .toList();

        List<Analysis.MultipleAssignment> multiple = new ArrayList<>();
        regionsOf.forEach((code, in) -> {
            if (in.size() > 1) {
                GraphRows.Municipality m = byCode.get(code);
                multiple.add(new Analysis.MultipleAssignment(new Api.Ref(code, m == null ? code : m.name()),
                        in.stream().map(r -> ref(r, regions)).sorted(Comparator.comparing(Api.Ref::name)).toList()));
            }
        });
        multiple.sort(Comparator.comparing((Analysis.MultipleAssignment a) -> a.municipality().name())
                .thenComparing(a -> a.municipality().code()));

        List<Analysis.Fragment> fragmented = new ArrayList<>();
        contiguity.fragments(membersOf, regionsOf).forEach((region, pieces) ->
                fragmented.add(new Analysis.Fragment(ref(region, regions), pieces)));
        fragmented.sort(Comparator.comparing((Analysis.Fragment f) -> f.region().name()).thenComparing(f -> f.region().code()));

        boolean ok = unassigned.isEmpty() && multiple.isEmpty() && fragmented.isEmpty();
        return new Analysis.PartitionCheck(division.kind(), ok, unassigned, multiple, fragmented, unknown, evidence,
                division.referenceDate(), division.truncated() || municipalities.truncated() || bordersTruncated, scopeName);
    }

    /**
     * As above from the dense rows (the same answer; see {@link DenseRows}): objects only for what the answer lists.
     */
    public static Analysis.PartitionCheck compute(DenseRows.Division division, DenseRows.Municipalities municipalities,
                                                  DenseRows.Adjacency adjacency, boolean bordersTruncated,
                                                  java.util.Set<String> scope, String scopeName) {
        int n = municipalities.size();
        Integer[] unassignedIndexes = java.util.stream.IntStream.range(0, n)
                .filter(m -> division.regionCount(m) == 0 && (scope == null || scope.contains(municipalities.codes[m])))
                .boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(unassignedIndexes, Comparator.comparingInt(m -> municipalities.nameRank[m]));
        List<Api.Ref> unassigned = new ArrayList<>(unassignedIndexes.length);
        for (int m : unassignedIndexes) {
            unassigned.add(new Api.Ref(municipalities.codes[m], municipalities.names[m]));
        }

        List<Analysis.MultipleAssignment> multiple = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            if (division.regionCount(m) > 1) {
                List<Api.Ref> in = new ArrayList<>();
                for (int k = division.start[m]; k < division.start[m + 1]; k++) {
                    in.add(denseRef(division, division.regionOf[k]));
                }
                in.sort(Comparator.comparing(Api.Ref::name));
                multiple.add(new Analysis.MultipleAssignment(new Api.Ref(municipalities.codes[m], municipalities.names[m]),
                        List.copyOf(in)));
            }
        }
        multiple.sort(Comparator.comparing((Analysis.MultipleAssignment a) -> a.municipality().name())
                .thenComparing(a -> a.municipality().code()));

        List<Analysis.Fragment> fragmented = new ArrayList<>();
        Contiguity.fragments(division, municipalities, adjacency).forEach((region, pieces) ->
                fragmented.add(new Analysis.Fragment(denseRef(division, region), pieces)));
        fragmented.sort(Comparator.comparing((Analysis.Fragment f) -> f.region().name()).thenComparing(f -> f.region().code()));

        boolean ok = unassigned.isEmpty() && multiple.isEmpty() && fragmented.isEmpty();
        return new Analysis.PartitionCheck(division.kind, ok, unassigned, multiple, fragmented, division.unknown,
                new TreeMap<>(division.evidence), division.referenceDate,
                division.truncated || municipalities.truncated || bordersTruncated, scopeName);
    }

    private static Api.Ref denseRef(DenseRows.Division division, int region) {
        return new Api.Ref(division.regionCodes[region], division.regionNames[region]);
    }

    /**
     * A membership is unknown when no source states it: it has no source at all, or its evidence level marks it as
     * derived (level C: reconstructed from other lists and a sum check; no document lists it).
     */
    static boolean isUnknown(GraphRows.Membership m) {
        return isUnknown(m.source(), m.evidenceLevel());
    }

    static boolean isUnknown(String source, String evidenceLevel) {
        return source == null || source.isBlank()
                || (evidenceLevel != null && evidenceLevel.startsWith(DERIVED_EVIDENCE_PREFIX));
    }

    private static Api.Ref ref(String code, Map<String, GraphRows.Region> regions) {
        GraphRows.Region r = regions.get(code);
        return new Api.Ref(code, r == null ? code : r.name());
    }
}
