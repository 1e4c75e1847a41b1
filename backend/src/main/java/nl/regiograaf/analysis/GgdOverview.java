package nl.regiograaf.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiograaf.model.Analysis;
import nl.regiograaf.model.DivisionKind;

/**
 * The headline view: for every GGD region, the regions of the other care divisions it touches, each with the
 * municipalities they share. Built from the overlaps GGD × IZA, ZK, VR and ROAZ.
 */
public final class GgdOverview {

    /** The divisions a GGD sits at the table with, in the order shown. */
    public static final List<DivisionKind> TABLES = List.of(DivisionKind.IZA, DivisionKind.ZK, DivisionKind.VR, DivisionKind.ROAZ);

    private GgdOverview() {
    }

    /** {@code overlaps}: the overlap GGD × kind for every kind of {@link #TABLES}. */
    public static Analysis.GgdOverview compute(Map<DivisionKind, Analysis.Overlap> overlaps) {
        Map<String, String> referenceDates = new LinkedHashMap<>();
        List<Analysis.RegionOverlap> ggdRegions = new ArrayList<>();
        boolean truncated = false;
        for (DivisionKind kind : TABLES) {
            Analysis.Overlap overlap = overlaps.get(kind);
            referenceDates.putAll(overlap.referenceDates());
            truncated |= overlap.truncated();
            if (ggdRegions.isEmpty()) {
                overlap.regions().stream().filter(r -> r.kind().equals(DivisionKind.GGD.name())).forEach(ggdRegions::add);
            }
        }
        // Grouped once per table: scanning every intersection per GGD region would be quadratic at scale.
        Map<DivisionKind, Map<String, List<Analysis.Intersection>>> touchesByGgd = new java.util.EnumMap<>(DivisionKind.class);
        Map<DivisionKind, Map<String, Boolean>> congruentByGgd = new java.util.EnumMap<>(DivisionKind.class);
        for (DivisionKind kind : TABLES) {
            Analysis.Overlap overlap = overlaps.get(kind);
            Map<String, List<Analysis.Intersection>> byA = new java.util.HashMap<>();
            overlap.intersections().forEach(i -> byA.computeIfAbsent(i.a().code(), k -> new ArrayList<>()).add(i));
            touchesByGgd.put(kind, byA);
            Map<String, Boolean> congruent = new java.util.HashMap<>();
            overlap.regions().stream().filter(r -> r.kind().equals(DivisionKind.GGD.name()))
                    .forEach(r -> congruent.putIfAbsent(r.code(), r.congruent()));
            congruentByGgd.put(kind, congruent);
        }
        List<Analysis.GgdTables> result = new ArrayList<>();
        for (Analysis.RegionOverlap ggd : ggdRegions) {
            Map<String, List<Analysis.GgdTouch>> touches = new LinkedHashMap<>();
            Map<String, Boolean> congruent = new LinkedHashMap<>();
            for (DivisionKind kind : TABLES) {
                touches.put(kind.name(), touchesByGgd.get(kind).getOrDefault(ggd.code(), List.of()).stream()
                        .map(i -> new Analysis.GgdTouch(i.b().code(), i.b().name(), i.municipalities(), i.population(),
                                i.shareOfA(), i.shareOfB()))
                        .sorted(Comparator.comparingLong(Analysis.GgdTouch::population).reversed()
                                .thenComparing(Analysis.GgdTouch::name))
                        .toList());
                congruent.put(kind.name(), congruentByGgd.get(kind).getOrDefault(ggd.code(), false));
            }
            result.add(new Analysis.GgdTables(ggd.code(), ggd.name(), ggd.population(), touches, congruent));
        }
        return new Analysis.GgdOverview(referenceDates, result, truncated);
    }
}
