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
import java.util.function.BiFunction;
import nl.regiograaf.model.Analysis;
import nl.regiograaf.model.Api;
import nl.regiograaf.model.DivisionKey;
import nl.regiograaf.model.ScenarioApi;

/**
 * A proposed division checked without storing it: partition check, region populations and congruence against every
 * national division, before (the base) and after (the scenario). Pure function of the national rows; the partition and
 * congruence figures are those of {@link PartitionChecks} and {@link Overlaps}, so a scenario and a stored division are
 * measured alike.
 */
public final class Scenarios {

    /** The {@code kind} of the scenario's partition check. */
    public static final String SCENARIO_KIND = "SCENARIO";
    /** The source of a membership the scenario made (a move or a line of an uploaded division). */
    public static final String SCENARIO_SOURCE = "scenario";

    private Scenarios() {
    }

    /** A validated move: a municipality to a region ({@code to} null: out of every region). */
    public record Move(String municipality, String to, String toName) {
    }

    /** The base with the moves applied: a moved municipality lies in exactly its new region (or none). */
    public static GraphRows.Division applyMoves(GraphRows.Division base, List<Move> moves) {
        Map<String, GraphRows.Region> regions = new LinkedHashMap<>();
        base.regions().forEach(r -> regions.put(r.code(), r));
        Map<String, List<GraphRows.Membership>> byMunicipality = new LinkedHashMap<>();
        for (GraphRows.Membership m : base.memberships()) {
            byMunicipality.computeIfAbsent(m.municipality(), k -> new ArrayList<>(1)).add(m);
        }
        for (Move move : moves) {
            if (move.to() == null) {
                byMunicipality.put(move.municipality(), List.of());
                continue;
            }
            regions.computeIfAbsent(move.to(), code -> new GraphRows.Region(base.kind(), code,
                    move.toName() == null || move.toName().isBlank() ? code : move.toName()));
            byMunicipality.put(move.municipality(),
                    List.of(new GraphRows.Membership(move.municipality(), move.to(), SCENARIO_SOURCE, null)));
        }
        List<GraphRows.Membership> memberships = byMunicipality.values().stream().flatMap(List::stream).toList();
        return new GraphRows.Division(base.kind(), base.referenceDate(), withMembers(regions.values(), memberships),
                memberships, base.truncated());
    }

    /** Only the regions that keep a member: a region the moves emptied is no region of the scenario. */
    static List<GraphRows.Region> withMembers(java.util.Collection<GraphRows.Region> regions,
                                              List<GraphRows.Membership> memberships) {
        Set<String> used = new HashSet<>();
        memberships.forEach(m -> used.add(m.region()));
        return regions.stream().filter(r -> used.contains(r.code())).toList();
    }

    /**
     * The check of {@code scenario} against every division in {@code divisions} (the national ones, and an own base);
     * {@code base} (null for none), the division {@code baseKey} names, gives the before-figures, whose overlaps come
     * from {@code baseOverlap} (the cached answers).
     */
    public static ScenarioApi.Check check(String name, String input, int moves, DivisionKey baseKey, GraphRows.Division base,
                                          GraphRows.Division scenario, Map<DivisionKey, GraphRows.Division> divisions,
                                          GraphRows.Municipalities municipalities, Contiguity contiguity,
                                          boolean bordersTruncated,
                                          BiFunction<DivisionKey, DivisionKey, Analysis.Overlap> baseOverlap) {
        Map<String, GraphRows.Municipality> byCode = municipalities.byCode();
        // A scenario on an own base that covers part of the country counts unassigned municipalities inside it only
        Set<String> scope = baseKey == null || baseKey.scope() == null ? null : Set.copyOf(baseKey.scope());
        String scopeName = scope == null ? null : baseKey.scopeName();
        Analysis.PartitionCheck p = PartitionChecks.compute(scenario, municipalities, contiguity, bordersTruncated, scope,
                scopeName);
        Analysis.PartitionCheck partition = asScenario(p, base, scopeName);

        Map<String, Set<String>> scenarioRegionsOf = regionsOf(scenario);
        Map<String, Set<String>> baseRegionsOf = base == null ? Map.of() : regionsOf(base);
        Set<String> baseCodes = new HashSet<>();
        if (base != null) {
            base.regions().forEach(r -> baseCodes.add(r.code()));
        }
        List<ScenarioApi.ScenarioRegion> regions = regions(scenario, byCode, baseCodes);

        List<ScenarioApi.Against> against = new ArrayList<>();
        for (Map.Entry<DivisionKey, GraphRows.Division> entry : divisions.entrySet()) {
            DivisionKey kind = entry.getKey();
            GraphRows.Division other = entry.getValue();
            // The scenario carries a kind only because Overlaps labels its answer with it; the label is not passed on.
            GraphRows.Division labelled = base == null ? relabel(scenario, kind) : scenario;
            // One overlap per pair serves both directions: it lists the regions of both sides and every intersection.
            Analysis.Overlap after = Overlaps.compute(labelled, other, municipalities);
            Analysis.Overlap before = base == null ? null : baseOverlap.apply(baseKey, kind);
            int baseRegions = base == null ? 0 : base.regions().size();
            int scenarioRegions = scenario.regions().size();
            against.add(new ScenarioApi.Against(kind.code(), kind.label(), base != null && base.kind().equals(kind.code()),
                    direction(side(before, baseRegions, true), side(after, scenarioRegions, true)),
                    direction(side(before, baseRegions, false), side(after, scenarioRegions, false))));
        }

        List<ScenarioApi.Change> changes = new ArrayList<>();
        if (base != null) {
            Map<String, String> names = new HashMap<>();
            base.regions().forEach(r -> names.put(r.code(), r.name()));
            scenario.regions().forEach(r -> names.put(r.code(), r.name()));
            Set<String> touched = new HashSet<>(baseRegionsOf.keySet());
            touched.addAll(scenarioRegionsOf.keySet());
            for (String code : touched) {
                Set<String> from = baseRegionsOf.getOrDefault(code, Set.of());
                Set<String> to = scenarioRegionsOf.getOrDefault(code, Set.of());
                if (!from.equals(to)) {
                    GraphRows.Municipality m = byCode.get(code);
                    changes.add(new ScenarioApi.Change(new Api.Ref(code, m == null ? code : m.name()),
                            refs(from, names), refs(to, names)));
                }
            }
            changes.sort(Comparator.comparing((ScenarioApi.Change c) -> c.municipality().name())
                    .thenComparing(c -> c.municipality().code()));
        }
        return new ScenarioApi.Check(name, base == null ? null : base.kind(), input, moves, partition, regions,
                balance(regions), against, changes, partition.truncated() || scenario.truncated());
    }

    /**
     * As above from the dense rows (the same answer; see {@link DenseRows}): {@code scenario} over the same
     * municipalities, {@code base} and {@code baseDense} the base (both null for none). The before-figures are computed
     * from the base as the cached overlap answers compute them, the congruence of both sides without the intersections'
     * member lists.
     */
    static ScenarioApi.Check check(String name, String input, int moves, DivisionKey baseKey, GraphRows.Division base,
                                   DenseRows.Division baseDense, DenseRows.Division scenario,
                                   Map<DivisionKey, DenseRows.Division> divisions, DenseRows.Municipalities municipalities,
                                   DenseRows.Adjacency adjacency, boolean bordersTruncated) {
        Set<String> scope = baseKey == null || baseKey.scope() == null ? null : Set.copyOf(baseKey.scope());
        String scopeName = scope == null ? null : baseKey.scopeName();
        Analysis.PartitionCheck p = PartitionChecks.compute(scenario, municipalities, adjacency, bordersTruncated, scope,
                scopeName);
        Analysis.PartitionCheck partition = asScenario(p, base, scopeName);

        Set<String> baseCodes = new HashSet<>();
        if (base != null) {
            base.regions().forEach(r -> baseCodes.add(r.code()));
        }
        List<ScenarioApi.ScenarioRegion> regions = new ArrayList<>();
        for (int r : scenario.listed) {
            String[] codes = new String[scenario.memberCount(r)];
            for (int k = scenario.memberStart[r]; k < scenario.memberStart[r + 1]; k++) {
                codes[k - scenario.memberStart[r]] = municipalities.codes[scenario.members[k]];
            }
            java.util.Arrays.sort(codes);
            regions.add(new ScenarioApi.ScenarioRegion(scenario.regionCodes[r], scenario.regionNames[r], List.of(codes),
                    scenario.populations[r], !baseCodes.contains(scenario.regionCodes[r])));
        }
        regions.sort(Comparator.comparing(ScenarioApi.ScenarioRegion::name).thenComparing(ScenarioApi.ScenarioRegion::code));

        List<ScenarioApi.Against> against = new ArrayList<>();
        for (Map.Entry<DivisionKey, DenseRows.Division> entry : divisions.entrySet()) {
            DivisionKey kind = entry.getKey();
            Side[] after = sides(scenario, entry.getValue(), municipalities);
            Side[] before = baseDense == null ? null : sides(baseDense, entry.getValue(), municipalities);
            against.add(new ScenarioApi.Against(kind.code(), kind.label(), base != null && base.kind().equals(kind.code()),
                    direction(before == null ? null : before[0], after[0]),
                    direction(before == null ? null : before[1], after[1])));
        }

        List<ScenarioApi.Change> changes = new ArrayList<>();
        if (base != null) {
            Map<String, String> names = new HashMap<>();
            base.regions().forEach(r -> names.put(r.code(), r.name()));
            for (int r : scenario.listed) {
                names.put(scenario.regionCodes[r], scenario.regionNames[r]);
            }
            for (int m = 0; m < municipalities.size(); m++) {
                Set<String> from = codesOf(baseDense, m);
                Set<String> to = codesOf(scenario, m);
                if (!from.equals(to)) {
                    changes.add(new ScenarioApi.Change(new Api.Ref(municipalities.codes[m], municipalities.names[m]),
                            refs(from, names), refs(to, names)));
                }
            }
            changes.sort(Comparator.comparing((ScenarioApi.Change c) -> c.municipality().name())
                    .thenComparing(c -> c.municipality().code()));
        }
        return new ScenarioApi.Check(name, base == null ? null : base.kind(), input, moves, partition, regions,
                balance(regions), against, changes, partition.truncated() || scenario.truncated);
    }

    /** The partition check of a scenario: under the scenario's kind, dated as its base (none without one). */
    private static Analysis.PartitionCheck asScenario(Analysis.PartitionCheck p, GraphRows.Division base, String scopeName) {
        return new Analysis.PartitionCheck(SCENARIO_KIND, p.ok(), p.unassigned(), p.multiplyAssigned(), p.fragmented(),
                p.unknownMembership(), p.membershipEvidence(), base == null ? null : base.referenceDate(), p.truncated(),
                scopeName);
    }

    /** The region codes of municipality {@code m} (no set built for one region or none: most municipalities). */
    private static Set<String> codesOf(DenseRows.Division division, int m) {
        int from = division.start[m];
        int to = division.start[m + 1];
        if (to == from) {
            return Set.of();
        }
        if (to == from + 1) {
            return Set.of(division.regionCodes[division.regionOf[from]]);
        }
        Set<String> codes = new TreeSet<>();
        for (int k = from; k < to; k++) {
            codes.add(division.regionCodes[division.regionOf[k]]);
        }
        return codes;
    }

    /**
     * Both sides of the overlap of {@code a} and {@code b} as {@link #side} reads them from an overlap answer: per side
     * Σ largest intersection per region / Σ population of its listed regions, and its congruent listed regions.
     */
    private static Side[] sides(DenseRows.Division a, DenseRows.Division b, DenseRows.Municipalities municipalities) {
        int[] pairsOfA = new int[a.regions()];
        long[] largestOfA = new long[a.regions()];
        int[] sizeOfA = new int[a.regions()];
        int[] pairsOfB = new int[b.regions()];
        long[] largestOfB = new long[b.regions()];
        int[] sizeOfB = new int[b.regions()];
        int[] count = new int[b.regions()];
        long[] population = new long[b.regions()];
        int[] touched = new int[b.regions()];
        for (int ra = 0; ra < a.regions(); ra++) {
            int touchedCount = 0;
            for (int k = a.memberStart[ra]; k < a.memberStart[ra + 1]; k++) {
                int m = a.members[k];
                for (int q = b.start[m]; q < b.start[m + 1]; q++) {
                    int rb = b.regionOf[q];
                    if (count[rb]++ == 0) {
                        touched[touchedCount++] = rb;
                    }
                    population[rb] += municipalities.populations[m];
                }
            }
            pairsOfA[ra] = touchedCount;
            for (int t = 0; t < touchedCount; t++) {
                int rb = touched[t];
                largestOfA[ra] = Math.max(largestOfA[ra], population[rb]);
                sizeOfA[ra] = count[rb];
                pairsOfB[rb]++;
                largestOfB[rb] = Math.max(largestOfB[rb], population[rb]);
                sizeOfB[rb] = count[rb];
                count[rb] = 0;
                population[rb] = 0;
            }
        }
        return new Side[] {side(a, pairsOfA, largestOfA, sizeOfA, false), side(b, pairsOfB, largestOfB, sizeOfB, true)};
    }

    /** {@code allLargest}: the sum of largest intersections runs over every region (as {@link #side} does for b). */
    private static Side side(DenseRows.Division d, int[] pairs, long[] largest, int[] size, boolean allLargest) {
        Map<String, String> congruent = new HashMap<>();
        long total = 0;
        long sum = 0;
        for (int r : d.listed) {
            total += d.populations[r];
            if (!allLargest) {
                sum += largest[r];
            }
            if (pairs[r] == 1 && size[r] == d.memberCount(r)) {
                congruent.put(d.regionCodes[r], d.regionNames[r]);
            }
        }
        if (allLargest) {
            for (long l : largest) {
                sum += l;
            }
        }
        return new Side(total == 0 ? 0.0 : (double) sum / total, congruent);
    }

    private static GraphRows.Division relabel(GraphRows.Division d, DivisionKey kind) {
        return new GraphRows.Division(kind.code(), d.referenceDate(), d.regions(), d.memberships(), d.truncated());
    }

    private static Map<String, Set<String>> regionsOf(GraphRows.Division division) {
        Map<String, Set<String>> regionsOf = new HashMap<>();
        division.memberships().forEach(m -> regionsOf.computeIfAbsent(m.municipality(), k -> new TreeSet<>()).add(m.region()));
        return regionsOf;
    }

    private static List<ScenarioApi.ScenarioRegion> regions(GraphRows.Division scenario,
                                                            Map<String, GraphRows.Municipality> byCode, Set<String> baseCodes) {
        Map<String, Set<String>> members = new HashMap<>();
        scenario.memberships().forEach(m -> members.computeIfAbsent(m.region(), k -> new TreeSet<>()).add(m.municipality()));
        List<ScenarioApi.ScenarioRegion> regions = new ArrayList<>();
        for (GraphRows.Region r : scenario.regions()) {
            Set<String> codes = members.getOrDefault(r.code(), Set.of());
            regions.add(new ScenarioApi.ScenarioRegion(r.code(), r.name(), List.copyOf(codes),
                    Overlaps.sumPopulation(codes, byCode), !baseCodes.contains(r.code())));
        }
        regions.sort(Comparator.comparing(ScenarioApi.ScenarioRegion::name).thenComparing(ScenarioApi.ScenarioRegion::code));
        return regions;
    }

    private static ScenarioApi.Balance balance(List<ScenarioApi.ScenarioRegion> regions) {
        if (regions.isEmpty()) {
            return new ScenarioApi.Balance(null, null, null);
        }
        ScenarioApi.ScenarioRegion smallest = regions.stream()
                .min(Comparator.comparingLong(ScenarioApi.ScenarioRegion::population)).orElseThrow();
        ScenarioApi.ScenarioRegion largest = regions.stream()
                .max(Comparator.comparingLong(ScenarioApi.ScenarioRegion::population)).orElseThrow();
        return new ScenarioApi.Balance(population(smallest), population(largest),
                smallest.population() == 0 ? null : (double) largest.population() / smallest.population());
    }

    private static ScenarioApi.RegionPopulation population(ScenarioApi.ScenarioRegion r) {
        return new ScenarioApi.RegionPopulation(r.code(), r.name(), r.population());
    }

    /** One side of an overlap: its congruence against the other side and its congruent regions (code → name). */
    private record Side(double congruence, Map<String, String> congruent) {
    }

    /**
     * The first side ({@code first}) or the second of {@code overlap}, whose first {@code firstRegions} region summaries
     * are those of the first side (Overlaps lists them first). The second side's congruence is computed as Overlaps
     * computes the first's, from the same intersections: Σ largest intersection per region / Σ region populations.
     */
    private static Side side(Analysis.Overlap overlap, int firstRegions, boolean first) {
        if (overlap == null) {
            return null;
        }
        int split = Math.min(firstRegions, overlap.regions().size());
        List<Analysis.RegionOverlap> regions = first ? overlap.regions().subList(0, split)
                : overlap.regions().subList(split, overlap.regions().size());
        Map<String, String> congruent = new HashMap<>();
        regions.forEach(r -> {
            if (r.congruent()) {
                congruent.put(r.code(), r.name());
            }
        });
        if (first) {
            return new Side(overlap.congruence(), congruent);
        }
        Map<String, Long> largest = new HashMap<>();
        overlap.intersections().forEach(i -> largest.merge(i.b().code(), i.population(), Math::max));
        long total = regions.stream().mapToLong(Analysis.RegionOverlap::population).sum();
        long sum = largest.values().stream().mapToLong(Long::longValue).sum();
        return new Side(total == 0 ? 0.0 : (double) sum / total, congruent);
    }

    /** One direction: the side before (the base; null without one) and after (the scenario). */
    private static ScenarioApi.Direction direction(Side before, Side after) {
        if (before == null) {
            return new ScenarioApi.Direction(null, after.congruence(), null, after.congruent().size(), List.of(), List.of());
        }
        Set<String> became = new HashSet<>(after.congruent().keySet());
        became.removeAll(before.congruent().keySet());
        Set<String> lost = new HashSet<>(before.congruent().keySet());
        lost.removeAll(after.congruent().keySet());
        return new ScenarioApi.Direction(before.congruence(), after.congruence(), before.congruent().size(),
                after.congruent().size(), refs(became, after.congruent()), refs(lost, before.congruent()));
    }

    private static List<Api.Ref> refs(Set<String> codes, Map<String, String> names) {
        return codes.stream().map(c -> new Api.Ref(c, names.getOrDefault(c, c)))
                .sorted(Comparator.comparing(Api.Ref::name).thenComparing(Api.Ref::code)).toList();
    }
}
