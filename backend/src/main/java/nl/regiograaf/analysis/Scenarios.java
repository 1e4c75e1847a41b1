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
import nl.regiograaf.model.DivisionKind;
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
            regions.computeIfAbsent(move.to(), code -> new GraphRows.Region(base.kind().name(), code,
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
     * The check of {@code scenario} against every division in {@code national}; {@code base} (null for none) gives the
     * before-figures, whose overlaps come from {@code baseOverlap} (the cached national answers).
     */
    public static ScenarioApi.Check check(String name, String input, int moves, GraphRows.Division base,
                                          GraphRows.Division scenario, Map<DivisionKind, GraphRows.Division> national,
                                          GraphRows.Municipalities municipalities, Contiguity contiguity,
                                          boolean bordersTruncated,
                                          BiFunction<DivisionKind, DivisionKind, Analysis.Overlap> baseOverlap) {
        Map<String, GraphRows.Municipality> byCode = municipalities.byCode();
        Analysis.PartitionCheck p = PartitionChecks.compute(scenario, municipalities, contiguity, bordersTruncated);
        Analysis.PartitionCheck partition = new Analysis.PartitionCheck(SCENARIO_KIND, p.ok(), p.unassigned(),
                p.multiplyAssigned(), p.fragmented(), p.unknownMembership(), p.membershipEvidence(),
                base == null ? null : base.referenceDate(), p.truncated());

        Map<String, Set<String>> scenarioRegionsOf = regionsOf(scenario);
        Map<String, Set<String>> baseRegionsOf = base == null ? Map.of() : regionsOf(base);
        Set<String> baseCodes = new HashSet<>();
        if (base != null) {
            base.regions().forEach(r -> baseCodes.add(r.code()));
        }
        List<ScenarioApi.ScenarioRegion> regions = regions(scenario, byCode, baseCodes);

        List<ScenarioApi.Against> against = new ArrayList<>();
        for (DivisionKind kind : DivisionKind.values()) {
            GraphRows.Division other = national.get(kind);
            if (other == null) {
                continue;
            }
            // The scenario carries a kind only because Overlaps labels its answer with it; the label is not passed on.
            GraphRows.Division labelled = base == null ? relabel(scenario, kind) : scenario;
            Analysis.Overlap after = Overlaps.compute(labelled, other, municipalities);
            Analysis.Overlap afterReverse = Overlaps.compute(other, labelled, municipalities);
            Analysis.Overlap before = base == null ? null : baseOverlap.apply(base.kind(), kind);
            Analysis.Overlap beforeReverse = base == null ? null : baseOverlap.apply(kind, base.kind());
            against.add(new ScenarioApi.Against(kind.name(), kind.label(), base != null && base.kind() == kind,
                    direction(before, base == null ? 0 : base.regions().size(), after, scenario.regions().size()),
                    direction(beforeReverse, other.regions().size(), afterReverse, other.regions().size())));
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
        return new ScenarioApi.Check(name, base == null ? null : base.kind().name(), input, moves, partition, regions,
                balance(regions), against, changes, partition.truncated() || scenario.truncated());
    }

    private static GraphRows.Division relabel(GraphRows.Division d, DivisionKind kind) {
        return new GraphRows.Division(kind, d.referenceDate(), d.regions(), d.memberships(), d.truncated());
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

    /**
     * One direction, from the overlaps before and after: Overlaps lists the regions of its first side first, so the
     * first {@code regionsBefore} (resp. {@code regionsAfter}) region summaries are those of the side compared.
     */
    private static ScenarioApi.Direction direction(Analysis.Overlap before, int regionsBefore, Analysis.Overlap after,
                                                   int regionsAfter) {
        Map<String, String> congruentAfter = congruent(after, regionsAfter);
        if (before == null) {
            return new ScenarioApi.Direction(null, after.congruence(), null, congruentAfter.size(), List.of(), List.of());
        }
        Map<String, String> congruentBefore = congruent(before, regionsBefore);
        Set<String> became = new HashSet<>(congruentAfter.keySet());
        became.removeAll(congruentBefore.keySet());
        Set<String> lost = new HashSet<>(congruentBefore.keySet());
        lost.removeAll(congruentAfter.keySet());
        return new ScenarioApi.Direction(before.congruence(), after.congruence(), congruentBefore.size(),
                congruentAfter.size(), refs(became, congruentAfter), refs(lost, congruentBefore));
    }

    /** Code → name of the congruent regions among the first {@code count} region summaries. */
    private static Map<String, String> congruent(Analysis.Overlap overlap, int count) {
        Map<String, String> congruent = new HashMap<>();
        overlap.regions().subList(0, Math.min(count, overlap.regions().size())).forEach(r -> {
            if (r.congruent()) {
                congruent.put(r.code(), r.name());
            }
        });
        return congruent;
    }

    private static List<Api.Ref> refs(Set<String> codes, Map<String, String> names) {
        return codes.stream().map(c -> new Api.Ref(c, names.getOrDefault(c, c)))
                .sorted(Comparator.comparing(Api.Ref::name).thenComparing(Api.Ref::code)).toList();
    }
}
