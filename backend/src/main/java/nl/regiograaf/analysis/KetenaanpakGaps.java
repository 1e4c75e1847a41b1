package nl.regiograaf.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import nl.regiograaf.model.SupportApi;
import nl.regiograaf.repo.SupportRepository;

/**
 * Ketenaanpak participation per region × ketenaanpak. Only municipality-level evidence counts a municipality as
 * taking part. A statement that names only a region is shown as region-level evidence on every region of the
 * asked division that shares municipalities with it (the municipalities a compiler expanded it to, else the
 * stated region's members), with the number shared; it never turns into municipal participation.
 */
public final class KetenaanpakGaps {

    private KetenaanpakGaps() {
    }

    /**
     * @param members         region code → member codes of the asked division
     * @param membersOfRegion members of any graph region (for statements on a region of another division)
     */
    public static SupportApi.KetenaanpakCoverage compute(String by, List<SupportApi.Ketenaanpak> ketenaanpakken,
                                                         List<SupportApi.DatasetRef> datasets, boolean includesDemo,
                                                         List<SupportRepository.Municipality> municipalities,
                                                         Map<String, List<String>> members, Map<String, String> regionNames,
                                                         List<SupportRepository.Participation> participation,
                                                         List<SupportRepository.RegionalStatement> statements,
                                                         Function<String, List<String>> membersOfRegion) {
        Map<String, Long> population = new HashMap<>();
        municipalities.forEach(m -> population.put(m.code(), m.population()));
        long nationalPopulation = population.values().stream().mapToLong(Long::longValue).sum();

        // ketenaanpak → municipality → evidence levels
        Map<String, Map<String, Set<String>>> taking = new HashMap<>();
        for (SupportRepository.Participation p : participation) {
            taking.computeIfAbsent(p.ketenaanpak(), k -> new HashMap<>())
                    .computeIfAbsent(p.municipality(), k -> new TreeSet<>()).add(p.evidence() == null ? "unknown" : p.evidence());
        }

        Map<String, SupportApi.NationalParticipation> national = new LinkedHashMap<>();
        for (SupportApi.Ketenaanpak k : ketenaanpakken) {
            Set<String> codes = taking.getOrDefault(k.code(), Map.of()).keySet();
            long pop = codes.stream().mapToLong(c -> population.getOrDefault(c, 0L)).sum();
            national.put(k.code(), new SupportApi.NationalParticipation(codes.size(), pop, share(pop, nationalPopulation)));
        }

        List<SupportApi.RegionStatement> unplaced = new ArrayList<>();
        List<SupportRepository.RegionalStatement> placed = new ArrayList<>();
        for (SupportRepository.RegionalStatement s : statements) {
            if (s.onRegion()) {
                placed.add(s);
            } else {
                unplaced.add(statement(s, null, null));
            }
        }

        Map<String, List<String>> absent = new LinkedHashMap<>();
        Map<String, List<String>> regionLevelOnly = new LinkedHashMap<>();
        ketenaanpakken.forEach(k -> {
            absent.put(k.code(), new ArrayList<>());
            regionLevelOnly.put(k.code(), new ArrayList<>());
        });
        List<SupportApi.KetenaanpakRegion> regions = new ArrayList<>();
        for (Map.Entry<String, List<String>> region : members.entrySet()) {
            List<String> regionMembers = region.getValue();
            Set<String> memberSet = new HashSet<>(regionMembers);
            long regionPopulation = regionMembers.stream().mapToLong(c -> population.getOrDefault(c, 0L)).sum();
            Map<String, SupportApi.KetenaanpakCell> cells = new LinkedHashMap<>();
            for (SupportApi.Ketenaanpak k : ketenaanpakken) {
                Map<String, Set<String>> byMunicipality = taking.getOrDefault(k.code(), Map.of());
                List<String> takingPart = regionMembers.stream().filter(byMunicipality::containsKey).sorted().toList();
                long pop = takingPart.stream().mapToLong(c -> population.getOrDefault(c, 0L)).sum();
                Map<String, Integer> byEvidence = new TreeMap<>();
                takingPart.forEach(c -> byMunicipality.get(c).forEach(e -> byEvidence.merge(e, 1, Integer::sum)));
                List<SupportApi.RegionStatement> regionLevel = new ArrayList<>();
                for (SupportRepository.RegionalStatement s : placed) {
                    if (!s.ketenaanpak().equals(k.code())) {
                        continue;
                    }
                    List<String> reach = s.expandedTo().isEmpty() ? membersOfRegion.apply(s.regionCode()) : s.expandedTo();
                    int shared = (int) reach.stream().filter(memberSet::contains).count();
                    if (shared > 0) {
                        regionLevel.add(statement(s, shared, new SupportApi.RegionRef(s.regionKind(), s.regionCode(), s.regionName())));
                    }
                }
                String state = !takingPart.isEmpty() ? "municipal" : !regionLevel.isEmpty() ? "region-level-only" : "absent";
                if ("absent".equals(state)) {
                    absent.get(k.code()).add(region.getKey());
                } else if ("region-level-only".equals(state)) {
                    regionLevelOnly.get(k.code()).add(region.getKey());
                }
                cells.put(k.code(), new SupportApi.KetenaanpakCell(state, takingPart.size(), pop, share(pop, regionPopulation),
                        takingPart, byEvidence, regionLevel));
            }
            regions.add(new SupportApi.KetenaanpakRegion(region.getKey(), regionNames.get(region.getKey()), regionPopulation,
                    regionMembers.size(), cells));
        }
        regions.sort(java.util.Comparator.comparing(SupportApi.KetenaanpakRegion::name));
        return new SupportApi.KetenaanpakCoverage(by, datasets, includesDemo, ketenaanpakken, national, regions, absent,
                regionLevelOnly, unplaced);
    }

    private static SupportApi.RegionStatement statement(SupportRepository.RegionalStatement s, Integer shared,
                                                        SupportApi.RegionRef region) {
        return new SupportApi.RegionStatement(s.ketenaanpak(), s.statedRegion(), region, s.regionMatch(),
                s.regionMatchReason(), shared, s.expandedTo(), s.status(), s.evidence(), s.asOf(), s.source(),
                s.sourceUrl(), s.note(), s.dataset());
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round((double) part / whole * 1_000_000) / 1_000_000.0;
    }
}
