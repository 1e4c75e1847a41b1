package nl.regiograaf.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.regiograaf.importer.Names;
import nl.regiograaf.model.Api;
import nl.regiograaf.model.Editions;

/**
 * What changed between two editions of a division. Regions are matched by their members, never by name: every member
 * of the older edition is carried to the newer municipality set through the municipal events between the two set
 * dates (the crosswalk), then each older region is matched to the newer region holding most of its carried members,
 * and each newer region back to the older region most of its members came from.
 *
 * <ul>
 *   <li>a mutual match with another name is {@code renamed} (GGD Regio Twente → GGD Twente);</li>
 *   <li>two or more older regions matched to one newer region are {@code merged}; an older region that two or more
 *       newer regions match back to is {@code split};</li>
 *   <li>a member whose successor lies in a region that is neither its region's match nor matched back to its region
 *       has {@code moved} (Weesp: GGD Gooi en Vechtstreek → GGD Amsterdam, via its merger into Amsterdam).</li>
 * </ul>
 * Ties go to the region with the smaller code, so the answer is the same on every run. Pure function.
 */
public final class EditionDiff {

    private EditionDiff() {
    }

    public static Editions.Diff compute(Edition from, Edition to, MunicipalEvents events, Map<String, Long> population,
                                        Editions.Info fromInfo, Editions.Info toInfo) {
        String after = from.setDate();
        String upTo = to.setDate();
        Map<String, String> fromName = names(from);
        Map<String, String> toName = names(to);
        Map<String, Set<String>> toRegionsOf = regionsOf(to);
        Map<String, Set<String>> fromRegionsOf = regionsOf(from);

        // (older region, newer region) -> number of (member, successor) pairs between them
        Map<String, Map<String, Integer>> pairs = new TreeMap<>();
        Map<String, List<String>> successors = new HashMap<>();
        Map<String, Set<String>> carried = new HashMap<>();
        fromRegionsOf.forEach((municipality, regions) -> {
            List<String> next = events.successors(municipality, after, upTo);
            successors.put(municipality, next);
            for (String region : regions) {
                for (String successor : next) {
                    carried.computeIfAbsent(region, k -> new TreeSet<>()).add(successor);
                    for (String toRegion : toRegionsOf.getOrDefault(successor, Set.of())) {
                        pairs.computeIfAbsent(region, k -> new TreeMap<>()).merge(toRegion, 1, Integer::sum);
                    }
                }
            }
        });
        Map<String, String> matchedTo = new HashMap<>();
        Map<String, Map<String, Integer>> byToRegion = new TreeMap<>();
        pairs.forEach((fromRegion, counts) -> {
            matchedTo.put(fromRegion, argmax(counts));
            counts.forEach((toRegion, n) -> byToRegion.computeIfAbsent(toRegion, k -> new TreeMap<>()).put(fromRegion, n));
        });
        Map<String, String> matchedFrom = new HashMap<>();
        byToRegion.forEach((toRegion, counts) -> matchedFrom.put(toRegion, argmax(counts)));

        Map<String, Set<String>> toMembers = new HashMap<>();
        toRegionsOf.forEach((m, regions) -> regions.forEach(r -> toMembers.computeIfAbsent(r, k -> new TreeSet<>()).add(m)));

        int unchanged = 0;
        List<Editions.Renamed> renamed = new ArrayList<>();
        for (GraphRows.Region region : from.regions()) {
            String match = matchedTo.get(region.code());
            if (match == null || !region.code().equals(matchedFrom.get(match))) {
                continue;
            }
            boolean sameMembers = carried.getOrDefault(region.code(), Set.of()).equals(toMembers.getOrDefault(match, Set.of()));
            String newName = toName.get(match);
            if (region.name().equals(newName)) {
                unchanged += sameMembers ? 1 : 0;
            } else {
                renamed.add(new Editions.Renamed(new Api.Ref(region.code(), region.name()), new Api.Ref(match, newName),
                        sameMembers, Names.normalize(region.name()).equals(Names.normalize(newName))));
            }
        }
        renamed.sort(Comparator.comparing(r -> r.from().name()));

        List<Editions.Merged> merged = new ArrayList<>();
        Map<String, List<String>> intoOne = new TreeMap<>();
        matchedTo.forEach((fromRegion, toRegion) -> intoOne.computeIfAbsent(toRegion, k -> new ArrayList<>()).add(fromRegion));
        intoOne.forEach((toRegion, fromRegions) -> {
            if (fromRegions.size() > 1) {
                merged.add(new Editions.Merged(refs(new TreeSet<>(fromRegions), fromName), new Api.Ref(toRegion, toName.get(toRegion))));
            }
        });
        List<Editions.Split> split = new ArrayList<>();
        Map<String, List<String>> outOfOne = new TreeMap<>();
        matchedFrom.forEach((toRegion, fromRegion) -> outOfOne.computeIfAbsent(fromRegion, k -> new ArrayList<>()).add(toRegion));
        outOfOne.forEach((fromRegion, toRegions) -> {
            if (toRegions.size() > 1) {
                split.add(new Editions.Split(new Api.Ref(fromRegion, fromName.get(fromRegion)), refs(new TreeSet<>(toRegions), toName)));
            }
        });

        List<MunicipalEvents.Row> rows = events.between(after, upTo);
        Set<String> fromSet = from.municipalities().keySet();
        List<Editions.Event> allEvents = MunicipalEvents.events(rows).stream().map(e -> event(e, fromSet, e.source())).toList();

        List<Editions.Moved> moved = new ArrayList<>();
        Set<String> movedMarks = new TreeSet<>();
        fromRegionsOf.forEach((municipality, regions) -> {
            for (String region : regions) {
                String match = matchedTo.get(region);
                for (String successor : successors.get(municipality)) {
                    Set<String> now = toRegionsOf.getOrDefault(successor, Set.of());
                    // A region without a counterpart (match null: an own division has none) never stays put.
                    if (match != null && now.contains(match)) {
                        continue;
                    }
                    for (String toRegion : now) {
                        if (region.equals(matchedFrom.get(toRegion))) {
                            continue; // part of a split of its own region
                        }
                        List<Editions.Event> via = MunicipalEvents.events(events.path(municipality, after, upTo)).stream()
                                .map(e -> event(e, fromSet, e.source())).toList();
                        moved.add(new Editions.Moved(
                                new Api.Ref(municipality, from.municipalities().get(municipality)),
                                new Api.Ref(successor, to.municipalities().getOrDefault(successor, successor)),
                                new Api.Ref(region, fromName.get(region)), new Api.Ref(toRegion, toName.get(toRegion)),
                                to.municipalities().containsKey(municipality) ? population.get(municipality) : null, via));
                        movedMarks.add(successor);
                    }
                }
            }
        });
        moved.sort(Comparator.comparing((Editions.Moved m) -> m.municipality().name()).thenComparing(m -> m.to().name()));

        Set<String> mergedMarks = new TreeSet<>();
        int mergers = 0;
        int splits = 0;
        int renames = 0;
        for (Editions.Event e : allEvents) {
            switch (e.kind()) {
                case "merger" -> mergers++;
                case "split" -> splits++;
                default -> renames++;
            }
            e.to().forEach(ref -> {
                if (to.municipalities().containsKey(ref.code())) {
                    mergedMarks.add(ref.code());
                }
            });
        }
        Set<String> leftOutCodes = new TreeSet<>();
        successors.values().forEach(next -> next.forEach(successor -> {
            if (!toRegionsOf.containsKey(successor) && to.municipalities().containsKey(successor)) {
                leftOutCodes.add(successor);
            }
        }));
        List<Api.Ref> leftOut = leftOutCodes.stream().map(c -> new Api.Ref(c, to.municipalities().get(c)))
                .sorted(Comparator.comparing(Api.Ref::name)).toList();
        Set<String> dissolved = new HashSet<>(fromSet);
        dissolved.removeAll(to.municipalities().keySet());
        // a renamed municipality (Groesbeek -> Berg en Dal, 2016) changed its code but was not dissolved
        rows.stream().filter(r -> r.kind().equals("rename")).forEach(r -> dissolved.remove(r.oldCode()));
        Editions.Summary summary = new Editions.Summary(unchanged, renamed.size(), moved.size(), merged.size(), split.size(),
                allEvents.size(), mergers, splits, renames, dissolved.size(), leftOut.size());
        return new Editions.Diff(from.id(), to.id(), fromInfo, toInfo, summary, renamed, moved, merged, split, allEvents,
                leftOut, new Editions.Marks(List.copyOf(movedMarks), List.copyOf(mergedMarks)));
    }

    private static Editions.Event event(MunicipalEvents.Event e, Set<String> fromSet, String source) {
        boolean absorbing = e.kind().equals("merger") && e.to().size() == 1 && fromSet.contains(e.to().get(0).code())
                && e.from().stream().noneMatch(f -> f.code().equals(e.to().get(0).code()));
        return new Editions.Event(e.date(), e.kind(), e.from(), e.to(), absorbing, source, e.citation());
    }

    /** The key with the highest count; ties to the smallest key (the maps are sorted). */
    private static String argmax(Map<String, Integer> counts) {
        String best = null;
        int most = -1;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (c.getValue() > most) {
                best = c.getKey();
                most = c.getValue();
            }
        }
        return best;
    }

    private static Map<String, Set<String>> regionsOf(Edition edition) {
        Map<String, Set<String>> regionsOf = new TreeMap<>();
        edition.memberships().forEach(m -> regionsOf.computeIfAbsent(m.municipality(), k -> new LinkedHashSet<>()).add(m.region()));
        return regionsOf;
    }

    private static Map<String, String> names(Edition edition) {
        Map<String, String> names = new HashMap<>();
        edition.regions().forEach(r -> names.put(r.code(), r.name()));
        return names;
    }

    private static List<Api.Ref> refs(Set<String> codes, Map<String, String> names) {
        return codes.stream().map(c -> new Api.Ref(c, names.get(c))).toList();
    }
}
