package nl.regiograaf.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.regiograaf.db.VersionedCache;
import nl.regiograaf.model.Analysis;
import nl.regiograaf.model.Api;
import nl.regiograaf.model.DivisionKind;
import nl.regiograaf.model.EditionRef;
import nl.regiograaf.model.Editions;
import nl.regiograaf.repo.EditionRepository;
import nl.regiograaf.repo.NationalRows;

/**
 * The editions of every division: the current one (the national graph) and the older ones (GGD@2020, ...), the diff
 * of two, and what the other analyses need of an older edition. Everything is computed once per national version.
 */
public final class EditionService {

    private final EditionRepository repository;
    private final NationalRows rows;
    private final VersionedCache cache;

    public EditionService(EditionRepository repository, NationalRows rows) {
        this.repository = repository;
        this.rows = rows;
        this.cache = rows.cache();
    }

    public VersionedCache cache() {
        return cache;
    }

    /** Every edition: the current one of each division, then the older ones, by id. */
    public List<Editions.Info> editions() {
        return cache.getNational("editions:list", () -> {
            List<Editions.Info> result = new ArrayList<>();
            for (DivisionKind kind : DivisionKind.values()) {
                result.add(info(current(kind)));
            }
            older().values().forEach(e -> result.add(info(e)));
            // per division the current edition first, then the older ones, newest first
            result.sort(Comparator.comparing(Editions.Info::kind)
                    .thenComparing(i -> i.year() == null ? Integer.MIN_VALUE : -i.year()));
            return result;
        });
    }

    public List<String> editionIds() {
        return editions().stream().map(Editions.Info::id).toList();
    }

    public Optional<Edition> edition(EditionRef ref) {
        return ref.current() ? Optional.of(current(ref.kind())) : Optional.ofNullable(older().get(ref.id()));
    }

    public MunicipalEvents events() {
        return cache.getNational("editions:events", repository::events);
    }

    public Editions.Diff diff(Edition from, Edition to) {
        return cache.getNational("editions:diff:" + from.id() + ":" + to.id(), () -> EditionDiff.compute(from, to, events(),
                population(), info(from), info(to)));
    }

    /**
     * The edition as a division of the current municipality set: an older edition carried through the events since
     * its set date, so it can be laid over current divisions (a municipality whose predecessors lay in different
     * regions is then in each of them); the current edition as it is.
     */
    public GraphRows.Division onCurrentSet(Edition edition) {
        if (edition.current()) {
            return edition.division();
        }
        return cache.getNational("editions:carried:" + edition.id(), () -> {
            String upTo = currentSetDate();
            List<GraphRows.Membership> carried = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (GraphRows.Membership m : edition.memberships()) {
                for (String successor : events().successors(m.municipality(), edition.setDate(), upTo)) {
                    if (seen.add(successor + "|" + m.region())) {
                        carried.add(new GraphRows.Membership(successor, m.region(), m.source(), null));
                    }
                }
            }
            return new GraphRows.Division(edition.kind(), edition.referenceDate(), edition.regions(), carried, false);
        });
    }

    /** Overlap of two editions, both on the current municipality set (population CBS 2026). */
    public Analysis.Overlap overlap(Edition a, Edition b) {
        return cache.getNational("editions:overlap:" + a.id() + ":" + b.id(), () -> {
            Analysis.Overlap o = Overlaps.compute(onCurrentSet(a), onCurrentSet(b), rows.municipalities());
            Map<String, String> dates = new LinkedHashMap<>();
            dates.put(a.id(), a.referenceDate());
            dates.put(b.id(), b.referenceDate());
            return new Analysis.Overlap(a.id(), b.id(), dates, o.intersections(), o.regions(), o.congruence(),
                    o.multiplyAssigned(), o.truncated());
        });
    }

    /**
     * The partition check of an older edition on its own municipality set: unassigned are the municipalities of the set
     * without a region, and current municipalities that no member of the edition leads to through the events; doubly
     * assigned as published. No boundaries of the older set are held, so contiguity is not checked.
     */
    public Editions.PartitionCheck partitionCheck(Edition edition) {
        return cache.getNational("editions:partition:" + edition.id(), () -> {
            Map<String, List<String>> regionsOf = new TreeMap<>();
            edition.memberships().forEach(m -> regionsOf.computeIfAbsent(m.municipality(), k -> new ArrayList<>()).add(m.region()));
            Map<String, String> regionNames = new HashMap<>();
            edition.regions().forEach(r -> regionNames.put(r.code(), r.name()));
            List<Api.Ref> unassigned = new ArrayList<>();
            edition.municipalities().forEach((code, name) -> {
                if (!regionsOf.containsKey(code)) {
                    unassigned.add(new Api.Ref(code, name));
                }
            });
            if (edition.setDate().compareTo(currentSetDate()) <= 0) {
                // an older set: a current municipality that no member leads to is missing from the edition
                Set<String> reached = new HashSet<>();
                regionsOf.keySet().forEach(m -> reached.addAll(events().successors(m, edition.setDate(), currentSetDate())));
                rows.municipalities().byCode().values().stream().filter(m -> !reached.contains(m.code())
                                && !edition.municipalities().containsKey(m.code()))
                        .forEach(m -> unassigned.add(new Api.Ref(m.code(), m.name())));
            }
            unassigned.sort(Comparator.comparing(Api.Ref::name));
            List<Analysis.MultipleAssignment> multiple = new ArrayList<>();
            regionsOf.forEach((code, regions) -> {
                if (regions.size() > 1) {
                    multiple.add(new Analysis.MultipleAssignment(new Api.Ref(code, edition.municipalities().get(code)),
                            regions.stream().map(r -> new Api.Ref(r, regionNames.get(r)))
                                    .sorted(Comparator.comparing(Api.Ref::name)).toList()));
                }
            });
            long unknown = edition.memberships().stream().filter(PartitionChecks::isUnknown).count();
            return new Editions.PartitionCheck(edition.kind(), edition.id(), unassigned.isEmpty() && multiple.isEmpty(),
                    unassigned, multiple, List.of(), false, edition.municipalities().size(), unknown,
                    edition.referenceDate(), false);
        });
    }

    /** The regions of an older edition with their members on its own set. */
    public List<Editions.RegionSummary> regions(Edition edition) {
        return cache.getNational("editions:regions:" + edition.id(), () -> {
            Map<String, Long> population = population();
            Map<String, long[]> counts = new HashMap<>();
            for (GraphRows.Membership m : edition.memberships()) {
                long[] c = counts.computeIfAbsent(m.region(), k -> new long[3]);
                c[0]++;
                Long p = population.get(m.municipality());
                if (p == null) {
                    c[2]++;
                } else {
                    c[1] += p;
                }
            }
            return edition.regions().stream().map(r -> {
                long[] c = counts.getOrDefault(r.code(), new long[3]);
                return new Editions.RegionSummary(edition.kind(), edition.id(), r.code(), r.name(), c[0], c[1], c[2]);
            }).sorted(Comparator.comparing(Editions.RegionSummary::name)).toList();
        });
    }

    /** A current municipality's predecessors and the regions it (or they) belonged to in every older edition. */
    public Editions.History history(String code, String name) {
        return cache.getNational("editions:history:" + code, () -> {
            MunicipalEvents events = events();
            Set<String> lineage = new LinkedHashSet<>(List.of(code));
            List<MunicipalEvents.Row> into = new ArrayList<>();
            boolean grew = true;
            while (grew) {
                grew = false;
                for (MunicipalEvents.Row r : events.rows()) {
                    if (lineage.contains(r.newCode()) && !into.contains(r)) {
                        into.add(r);
                        grew |= lineage.add(r.oldCode());
                    }
                }
            }
            List<Editions.Event> predecessors = MunicipalEvents.events(into).stream()
                    .map(e -> new Editions.Event(e.date(), e.kind(), e.from(), e.to(), absorbing(e), e.source(), e.citation()))
                    .toList();
            List<Editions.HistoryEntry> entries = new ArrayList<>();
            for (Edition e : older().values()) {
                Map<String, String> regionNames = new HashMap<>();
                e.regions().forEach(r -> regionNames.put(r.code(), r.name()));
                for (String member : lineage) {
                    if (!e.municipalities().containsKey(member)) {
                        continue;
                    }
                    List<Api.Ref> regions = e.memberships().stream().filter(m -> m.municipality().equals(member))
                            .map(m -> new Api.Ref(m.region(), regionNames.get(m.region()))).toList();
                    entries.add(new Editions.HistoryEntry(e.id(), e.referenceDate(),
                            new Api.Ref(member, e.municipalities().get(member)), regions));
                }
            }
            return new Editions.History(code, name, predecessors, entries);
        });
    }

    /** A merger into one municipality that an older edition before the merger already holds (Weesp into Amsterdam). */
    private boolean absorbing(MunicipalEvents.Event e) {
        if (!e.kind().equals("merger") || e.to().size() != 1) {
            return false;
        }
        String into = e.to().get(0).code();
        return e.from().stream().noneMatch(f -> f.code().equals(into)) && older().values().stream()
                .anyMatch(o -> o.setDate().compareTo(e.date()) < 0 && o.municipalities().containsKey(into));
    }

    /** The name of a current municipality, if there is one with this code. */
    public Optional<String> municipalityName(String code) {
        return Optional.ofNullable(rows.municipalities().byCode().get(code)).map(GraphRows.Municipality::name);
    }

    public String currentSetDate() {
        return cache.getNational("editions:set-date", repository::currentSetDate);
    }

    private Map<String, Edition> older() {
        return cache.getNational("editions:older", () -> {
            Map<String, Edition> byId = new LinkedHashMap<>();
            repository.editions().forEach(e -> byId.put(e.id(), e));
            return byId;
        });
    }

    private Edition current(DivisionKind kind) {
        return cache.getNational("editions:current:" + kind, () -> {
            GraphRows.Division division = rows.division(kind);
            Map<String, String> names = new LinkedHashMap<>();
            rows.municipalities().byCode().values().forEach(m -> names.put(m.code(), m.name()));
            return new Edition(kind.name(), kind, null, division.referenceDate(), currentSetDate(), null, null,
                    division.regions(), division.memberships(), names);
        });
    }

    /**
     * An own division as an edition on the current municipality set, so a diff can compare it with a national division
     * (from=GGD&to=JEUGD): regions are matched by their members, whatever their names.
     */
    public Edition own(nl.regiograaf.model.DivisionKey key) {
        return cache.getNational("editions:own:" + key.code(), () ->
                onCurrentSet(key.code(), key.code(), key.dataset(), rows.division(key)));
    }

    /**
     * A scenario (a base with moves, see ScenarioService) as an edition on the current municipality set, named
     * {@code id}; never cached, since every link can name other moves.
     */
    public Edition scenario(String id, String kind, GraphRows.Division scenario) {
        return onCurrentSet(id, kind, "scenario", scenario);
    }

    /** The diff of two editions without caching it (for scenarios: one answer per set of moves). */
    public Editions.Diff diffUncached(Edition from, Edition to) {
        return EditionDiff.compute(from, to, events(), population(), info(from), info(to));
    }

    private Edition onCurrentSet(String id, String kind, String source, GraphRows.Division division) {
        Map<String, String> names = new LinkedHashMap<>();
        rows.municipalities().byCode().values().forEach(m -> names.put(m.code(), m.name()));
        return new Edition(id, kind, null, division.referenceDate(), currentSetDate(), source, null,
                division.regions(), division.memberships(), names);
    }

    private Map<String, Long> population() {
        return cache.getNational("editions:population", () -> {
            Map<String, Long> population = new HashMap<>();
            rows.municipalities().byCode().values().forEach(m -> population.put(m.code(), m.population()));
            return population;
        });
    }

    private Editions.Info info(Edition e) {
        return new Editions.Info(e.id(), e.kind(), e.year(), e.current(), e.referenceDate(), e.setDate(),
                e.municipalities().size(), e.regions().size(), e.source(), e.note());
    }
}
