package nl.regiograaf.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regiograaf.geo.GreatCircle;
import nl.regiograaf.model.SupportApi;
import nl.regiograaf.repo.SupportRepository;

/**
 * Reach of the support-point network: for every municipality the great-circle distance from its representative
 * point to the nearest point and the number of points within the radius; a municipality is covered when the
 * nearest point lies within the radius. Per region of a division: population covered and points in the region.
 * The points are sorted by latitude so each municipality only looks at the band of latitudes that can matter.
 */
public final class SupportCoverage {

    public static final String DISTANCE = "great-circle km from the municipality's representative point "
            + "(/api/municipalities lat/lon) to the support point";
    private static final double KM_PER_DEGREE_LAT = 111.19;

    private SupportCoverage() {
    }

    /** Reads what coverage needs from the graph and computes it ({@code kinds} null: every kind). */
    public static SupportApi.Coverage fromGraph(SupportRepository repository, double radiusKm, String kindParameter,
                                                List<String> kinds, nl.regiograaf.model.DivisionKind by, boolean demo) {
        Map<String, String> names = new HashMap<>();
        Map<String, List<String>> members = repository.members(by.name(), names);
        List<SupportApi.DatasetRef> datasets = repository.datasets(nl.regiograaf.importer.DatasetWriter.Spec.SUPPORT_POINTS, demo);
        return compute(radiusKm, kindParameter,
                kinds == null ? List.copyOf(nl.regiograaf.importer.SupportPointKinds.get().kinds()) : kinds,
                by.name(), datasets, datasets.stream().anyMatch(SupportApi.DatasetRef::demo),
                repository.municipalities(), repository.coveragePositions(kinds, demo),
                repository.coverageExcluded(kinds, demo), members, names);
    }

    public static SupportApi.Coverage compute(double radiusKm, String kindParameter, List<String> kinds, String by,
                                              List<SupportApi.DatasetRef> datasets, boolean includesDemo,
                                              List<SupportRepository.Municipality> municipalities,
                                              List<SupportRepository.Position> positions,
                                              SupportApi.Excluded excluded,
                                              Map<String, List<String>> regionMembers, Map<String, String> regionNames) {
        SupportRepository.Position[] byLat = positions.toArray(new SupportRepository.Position[0]);
        Arrays.sort(byLat, Comparator.comparingDouble(SupportRepository.Position::lat));
        double[] lats = Arrays.stream(byLat).mapToDouble(SupportRepository.Position::lat).toArray();

        Map<String, SupportApi.MunicipalityCoverage> byCode = new HashMap<>();
        List<SupportApi.MunicipalityCoverage> result = new ArrayList<>();
        long population = 0;
        long covered = 0;
        List<String> uncovered = new ArrayList<>();
        for (SupportRepository.Municipality m : municipalities) {
            Double nearest = nearest(m, byLat, lats);
            int within = countWithin(m, byLat, lats, radiusKm);
            boolean isCovered = nearest != null && nearest <= radiusKm;
            SupportApi.MunicipalityCoverage c = new SupportApi.MunicipalityCoverage(m.code(), m.name(), m.population(),
                    nearest == null ? null : round(nearest, 3), within, isCovered);
            result.add(c);
            byCode.put(m.code(), c);
            population += m.population();
            if (isCovered) {
                covered += m.population();
            } else {
                uncovered.add(m.code());
            }
        }

        Map<String, Integer> pointsPerMunicipality = new HashMap<>();
        positions.forEach(p -> pointsPerMunicipality.merge(p.municipality(), 1, Integer::sum));
        List<SupportApi.RegionCoverage> regions = new ArrayList<>();
        List<String> withoutPoint = new ArrayList<>();
        regionMembers.forEach((code, members) -> {
            long pop = 0;
            long cov = 0;
            int points = 0;
            int coveredMembers = 0;
            for (String member : members) {
                SupportApi.MunicipalityCoverage c = byCode.get(member);
                pop += c.population();
                if (c.covered()) {
                    cov += c.population();
                    coveredMembers++;
                }
                points += pointsPerMunicipality.getOrDefault(member, 0);
            }
            regions.add(new SupportApi.RegionCoverage(code, regionNames.get(code), pop, cov, share(cov, pop), points,
                    members.size(), coveredMembers));
            if (points == 0) {
                withoutPoint.add(code);
            }
        });
        regions.sort(Comparator.comparing(SupportApi.RegionCoverage::name));
        result.sort(Comparator.comparing(SupportApi.MunicipalityCoverage::name));
        uncovered.sort(Comparator.naturalOrder());
        withoutPoint.sort(Comparator.naturalOrder());
        return new SupportApi.Coverage(radiusKm, kindParameter, kinds, by, datasets, includesDemo, positions.size(),
                excluded, DISTANCE, result, regions, new SupportApi.Gaps(uncovered, withoutPoint), population, covered,
                share(covered, population));
    }

    /** Nearest point: search a latitude band, widening it until the best distance found lies inside the band. */
    static Double nearest(SupportRepository.Municipality m, SupportRepository.Position[] byLat, double[] lats) {
        if (byLat.length == 0) {
            return null;
        }
        double bandKm = 10;
        while (true) {
            double best = Double.MAX_VALUE;
            double band = bandKm / KM_PER_DEGREE_LAT;
            int from = lowerBound(lats, m.lat() - band);
            int to = lowerBound(lats, m.lat() + band + 1e-12);
            double cosMax = cosOfHighestLatitude(m.lat(), band);
            for (int i = from; i < to; i++) {
                if (lowerBoundKm(m.lon(), byLat[i].lon(), cosMax) >= best) {
                    continue; // cheaper than the great circle: cannot beat the best so far
                }
                best = Math.min(best, GreatCircle.km(m.lat(), m.lon(), byLat[i].lat(), byLat[i].lon()));
            }
            // A point outside the band is at least bandKm away (latitude difference alone), so best is final.
            if (best <= bandKm || (from == 0 && to == byLat.length)) {
                return best == Double.MAX_VALUE ? null : best;
            }
            bandKm *= 2;
        }
    }

    static int countWithin(SupportRepository.Municipality m, SupportRepository.Position[] byLat, double[] lats, double radiusKm) {
        double band = radiusKm / KM_PER_DEGREE_LAT * 1.01;
        int from = lowerBound(lats, m.lat() - band);
        int to = lowerBound(lats, m.lat() + band);
        int n = 0;
        double cosMax = cosOfHighestLatitude(m.lat(), band);
        for (int i = from; i < to; i++) {
            if (lowerBoundKm(m.lon(), byLat[i].lon(), cosMax) > radiusKm) {
                continue;
            }
            if (GreatCircle.km(m.lat(), m.lon(), byLat[i].lat(), byLat[i].lon()) <= radiusKm) {
                n++;
            }
        }
        return n;
    }

    /** cos of the highest |latitude| in the band around {@code lat}: the narrowest a degree of longitude gets there. */
    private static double cosOfHighestLatitude(double lat, double bandDegrees) {
        return Math.cos(Math.toRadians(Math.min(90, Math.abs(lat) + bandDegrees)));
    }

    /**
     * A lower bound of the great-circle distance between two points in the band from their longitudes alone, so most
     * points of a wide band (a continent on one latitude) are skipped without trigonometry. Haversine:
     * d = 2R·asin(√(sin²(Δφ/2) + cosφ₁cosφ₂·sin²(Δλ/2))) ≥ 2R·cosφmax·sin(Δλ/2) ≥ 2R·cosφmax·(x − x³/6), x = Δλ/2.
     */
    static double lowerBoundKm(double lon1, double lon2, double cosMax) {
        double dLon = Math.abs(lon1 - lon2);
        if (dLon > 180) {
            dLon = 360 - dLon;
        }
        double x = Math.toRadians(dLon) / 2;
        return 2 * EARTH_RADIUS_KM * cosMax * (x - x * x * x / 6) * 0.999_999;
    }

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private static int lowerBound(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : round((double) part / whole, 6);
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
