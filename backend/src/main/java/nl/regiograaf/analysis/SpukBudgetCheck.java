package nl.regiograaf.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiograaf.model.WerkstructuurApi;

/**
 * The SPUK budget check: VWS divides the SPUK IZA over the regions by the key of the Brede SPUK, so a region's SPUK IZA
 * divided by the sum of its members' Brede SPUK is nearly the same number everywhere. A region outside the band
 * (median ± tolerance) in one year but inside it in the other cannot owe that to its member list (the same in both
 * years): the amount as printed deviates — an "afwijking in de bron", shown and never corrected.
 */
public final class SpukBudgetCheck {

    public static final double DEFAULT_TOLERANCE = 0.015;
    public static final String SOURCE_DEVIATION = "afwijking in de bron";
    public static final String CHECK_MEMBERS = "ledenlijst of bron controleren";
    static final int[] YEARS = {2025, 2026};

    private SpukBudgetCheck() {
    }

    public static WerkstructuurApi.SpukCheck check(List<WerkstructuurRows.Region> regions, double tolerance) {
        Map<String, WerkstructuurApi.SpukYearBand> bands = new LinkedHashMap<>();
        Map<String, Map<String, Double>> ratios = new LinkedHashMap<>();
        for (int year : YEARS) {
            List<Double> values = new ArrayList<>();
            long spukTotal = 0;
            long bredeTotal = 0;
            for (WerkstructuurRows.Region r : regions) {
                long spuk = spuk(r, year);
                long brede = brede(r, year);
                spukTotal += spuk;
                bredeTotal += brede;
                if (brede > 0) {
                    double ratio = (double) spuk / brede;
                    values.add(ratio);
                    ratios.computeIfAbsent(r.code(), k -> new LinkedHashMap<>()).put(String.valueOf(year), ratio);
                }
            }
            double median = median(values);
            double low = median * (1 - tolerance);
            double high = median * (1 + tolerance);
            List<String> outside = new ArrayList<>();
            for (WerkstructuurRows.Region r : regions) {
                Double ratio = ratios.getOrDefault(r.code(), Map.of()).get(String.valueOf(year));
                if (ratio != null && (ratio < low || ratio > high)) {
                    outside.add(r.code());
                }
            }
            bands.put(String.valueOf(year), new WerkstructuurApi.SpukYearBand(year, round(median), round(bredeTotal == 0 ? 0
                    : (double) spukTotal / bredeTotal), round(low), round(high), spukTotal, bredeTotal, outside));
        }
        List<WerkstructuurApi.SpukRegion> out = new ArrayList<>();
        for (WerkstructuurRows.Region r : regions) {
            Map<String, WerkstructuurApi.SpukYear> years = new LinkedHashMap<>();
            List<String> outsideYears = new ArrayList<>();
            List<String> insideYears = new ArrayList<>();
            for (int year : YEARS) {
                String key = String.valueOf(year);
                Double ratio = ratios.getOrDefault(r.code(), Map.of()).get(key);
                if (ratio == null) {
                    continue;
                }
                WerkstructuurApi.SpukYearBand band = bands.get(key);
                boolean outside = band.outside().contains(r.code());
                (outside ? outsideYears : insideYears).add(key);
                years.put(key, new WerkstructuurApi.SpukYear(spuk(r, year), brede(r, year), round(ratio),
                        round(ratio / band.median() - 1), outside));
            }
            String finding = null;
            String explanation = null;
            if (!outsideYears.isEmpty()) {
                if (!insideYears.isEmpty()) {
                    finding = SOURCE_DEVIATION;
                    explanation = "SPUK IZA " + String.join(", ", outsideYears) + " outside the band while "
                            + String.join(", ", insideYears) + " is inside it with the same members: the amount as printed "
                            + "in the source deviates (not corrected).";
                } else {
                    finding = CHECK_MEMBERS;
                    explanation = "Outside the band in every year: the member list or the source deviates.";
                }
            }
            out.add(new WerkstructuurApi.SpukRegion(r.code(), r.name(), r.mandaatgemeente(), r.members().size(), years,
                    finding != null, finding, explanation));
        }
        String method = "ratio = SPUK IZA of the region / sum of its members' Brede SPUK (VWS letter 12-09-2025, Bijlagen 2B "
                + "and 2A); band = median ratio of the year ± " + Math.round(tolerance * 1000) / 10.0 + "%; one year outside "
                + "and another inside: '" + SOURCE_DEVIATION + "'; every year outside: '" + CHECK_MEMBERS + "'.";
        String source = regions.isEmpty() ? null : regions.get(0).spukSource();
        return new WerkstructuurApi.SpukCheck(method, tolerance, bands, out,
                out.stream().filter(WerkstructuurApi.SpukRegion::flagged).toList(), source);
    }

    private static long spuk(WerkstructuurRows.Region r, int year) {
        Long v = year == 2025 ? r.spukIza2025() : r.spukIza2026();
        return v == null ? 0 : v;
    }

    private static long brede(WerkstructuurRows.Region r, int year) {
        long sum = 0;
        for (WerkstructuurRows.Member m : r.members()) {
            Long v = year == 2025 ? m.bredeSpuk2025() : m.bredeSpuk2026();
            sum += v == null ? 0 : v;
        }
        return sum;
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double round(double v) {
        return Math.round(v * 1_000_000) / 1_000_000.0;
    }
}
