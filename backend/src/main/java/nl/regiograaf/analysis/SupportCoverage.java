package nl.regiograaf.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regiograaf.geo.GreatCircle;
import nl.regiograaf.importer.DatasetWriter;
import nl.regiograaf.importer.LspNorm;
import nl.regiograaf.importer.SupportPointKinds;
import nl.regiograaf.model.DivisionKey;
import nl.regiograaf.model.SupportApi;
import nl.regiograaf.repo.NationalRows;
import nl.regiograaf.repo.SupportRepository;

/**
 * Coverage of the support-point network by one of two criteria. {@link Criterion#DISTANCE} (reach): for every
 * municipality the great-circle distance from its representative point to the nearest point and the number of points
 * within the radius; covered when the nearest point lies within the radius. {@link Criterion#MUNICIPALITY} (the AZWA
 * norm, {@link LspNorm}): covered when at least one point lies in the municipality itself; without a {@code kind} it
 * measures the kinds that count as a laagdrempelig steunpunt. Per region of a division: population covered, points
 * in the region and members without a point of their own. The points are indexed by longitude strip and latitude
 * ({@link PointIndex}) so each municipality only looks at the points that can matter.
 */
public final class SupportCoverage {

    public static final String DISTANCE = "great-circle km from the municipality's representative point "
            + "(/api/municipalities lat/lon) to the support point";
    private static final double KM_PER_DEGREE_LAT = 111.19;

    /** What makes a municipality covered. */
    public enum Criterion {
        DISTANCE("distance"), MUNICIPALITY("municipality");

        private final String code;

        Criterion(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private SupportCoverage() {
    }

    /** Reach within {@code radiusKm} ({@code kinds} null: every kind). */
    public static SupportApi.Coverage fromGraph(SupportRepository repository, double radiusKm, String kindParameter,
                                                List<String> kinds, DivisionKey by, boolean demo) {
        return fromGraph(repository, Criterion.DISTANCE, radiusKm, kindParameter, kinds, by, demo);
    }

    /**
     * Reads what coverage needs from the graph and computes it. {@code kinds} null: every kind for the distance
     * criterion, the LSP kinds for the municipality criterion (the others are then listed as left out).
     */
    public static SupportApi.Coverage fromGraph(SupportRepository repository, Criterion criterion, double radiusKm,
                                                String kindParameter, List<String> kinds, DivisionKey by, boolean demo) {
        LspNorm norm = LspNorm.get();
        boolean lspByDefault = criterion == Criterion.MUNICIPALITY && kinds == null;
        List<String> measured = lspByDefault ? norm.lspKinds() : kinds;
        Map<String, String> names = new HashMap<>();
        // Independent reads side by side: on the first answer after a write each is a large Bolt transfer.
        List<Object> read = NationalRows.sideBySide(List.of(
                () -> repository.members(by, names),
                () -> repository.datasets(DatasetWriter.Spec.SUPPORT_POINTS, demo),
                repository::municipalities,
                () -> repository.coveragePositions(measured, demo),
                () -> repository.coverageExcluded(measured, demo, lspByDefault ? norm.otherKinds() : List.of())));
        @SuppressWarnings("unchecked")
        Map<String, List<String>> members = (Map<String, List<String>>) read.get(0);
        @SuppressWarnings("unchecked")
        List<SupportApi.DatasetRef> datasets = (List<SupportApi.DatasetRef>) read.get(1);
        @SuppressWarnings("unchecked")
        List<SupportRepository.Municipality> municipalities = (List<SupportRepository.Municipality>) read.get(2);
        @SuppressWarnings("unchecked")
        List<SupportRepository.Position> positions = (List<SupportRepository.Position>) read.get(3);
        return compute(criterion, radiusKm, kindParameter,
                measured == null ? List.copyOf(SupportPointKinds.get().kinds()) : measured,
                by.code(), datasets, datasets.stream().anyMatch(SupportApi.DatasetRef::demo),
                municipalities, positions, (SupportApi.Excluded) read.get(4), norm.norm(), members, names);
    }

    public static SupportApi.Coverage compute(Criterion criterion, double radiusKm, String kindParameter,
                                              List<String> kinds, String by,
                                              List<SupportApi.DatasetRef> datasets, boolean includesDemo,
                                              List<SupportRepository.Municipality> municipalities,
                                              List<SupportRepository.Position> positions,
                                              SupportApi.Excluded excluded, SupportApi.Norm norm,
                                              Map<String, List<String>> regionMembers, Map<String, String> regionNames) {
        boolean byDistance = criterion == Criterion.DISTANCE;
        PointIndex index = new PointIndex(positions);
        Map<String, Integer> pointsPerMunicipality = new HashMap<>();
        positions.forEach(p -> pointsPerMunicipality.merge(p.municipality(), 1, Integer::sum));

        Map<String, SupportApi.MunicipalityCoverage> byCode = new HashMap<>();
        List<SupportApi.MunicipalityCoverage> result = new ArrayList<>();
        long population = 0;
        long covered = 0;
        int withPoint = 0;
        List<String> uncovered = new ArrayList<>();
        for (SupportRepository.Municipality m : municipalities) {
            Double nearest = index.nearest(m.lat(), m.lon());
            int pointsIn = pointsPerMunicipality.getOrDefault(m.code(), 0);
            boolean isCovered = byDistance ? nearest != null && nearest <= radiusKm : pointsIn > 0;
            SupportApi.MunicipalityCoverage c = new SupportApi.MunicipalityCoverage(m.code(), m.name(), m.population(),
                    pointsIn, nearest == null ? null : round(nearest, 3),
                    byDistance ? index.countWithin(m.lat(), m.lon(), radiusKm) : null, isCovered);
            result.add(c);
            byCode.put(m.code(), c);
            population += m.population();
            withPoint += pointsIn > 0 ? 1 : 0;
            if (isCovered) {
                covered += m.population();
            } else {
                uncovered.add(m.code());
            }
        }

        List<SupportApi.RegionCoverage> regions = new ArrayList<>();
        List<String> withoutPoint = new ArrayList<>();
        regionMembers.forEach((code, members) -> {
            long pop = 0;
            long cov = 0;
            int points = 0;
            int coveredMembers = 0;
            int membersWithoutPoint = 0;
            long populationWithoutPoint = 0;
            for (String member : members) {
                SupportApi.MunicipalityCoverage c = byCode.get(member);
                pop += c.population();
                if (c.covered()) {
                    cov += c.population();
                    coveredMembers++;
                }
                points += c.pointsIn();
                if (c.pointsIn() == 0) {
                    membersWithoutPoint++;
                    populationWithoutPoint += c.population();
                }
            }
            regions.add(new SupportApi.RegionCoverage(code, regionNames.get(code), pop, cov, share(cov, pop), points,
                    members.size(), coveredMembers, membersWithoutPoint, populationWithoutPoint));
            if (points == 0) {
                withoutPoint.add(code);
            }
        });
        regions.sort(Comparator.comparing(SupportApi.RegionCoverage::name));
        result.sort(Comparator.comparing(SupportApi.MunicipalityCoverage::name));
        uncovered.sort(Comparator.naturalOrder());
        withoutPoint.sort(Comparator.naturalOrder());
        return new SupportApi.Coverage(criterion.code(), byDistance ? radiusKm : null, kindParameter, kinds, by,
                datasets, includesDemo, positions.size(), excluded, byDistance ? DISTANCE : null, norm, result, regions,
                new SupportApi.Gaps(uncovered, withoutPoint), population, covered, share(covered, population),
                municipalities.size(), withPoint, share(withPoint, municipalities.size()));
    }

    /**
     * The points in 1° longitude strips, each sorted by latitude: a municipality looks at the latitude band that can
     * matter in the strips that can matter, nearest strips first. With the national grid copied around the world a
     * latitude band alone held the points of every copy on that latitude.
     */
    static final class PointIndex {

        private static final int STRIPS = 360;
        private final SupportRepository.Position[][] points = new SupportRepository.Position[STRIPS][];
        private final double[][] lats = new double[STRIPS][];
        private final int size;

        PointIndex(List<SupportRepository.Position> positions) {
            List<List<SupportRepository.Position>> strips = new ArrayList<>();
            for (int i = 0; i < STRIPS; i++) {
                strips.add(new ArrayList<>());
            }
            positions.forEach(p -> strips.get(strip(p.lon())).add(p));
            for (int i = 0; i < STRIPS; i++) {
                points[i] = strips.get(i).toArray(new SupportRepository.Position[0]);
                Arrays.sort(points[i], Comparator.comparingDouble(SupportRepository.Position::lat));
                lats[i] = Arrays.stream(points[i]).mapToDouble(SupportRepository.Position::lat).toArray();
            }
            size = positions.size();
        }

        /** Distance to the nearest point: search a latitude band, widening it until the best lies inside it. */
        Double nearest(double lat, double lon) {
            if (size == 0) {
                return null;
            }
            double bandKm = 10;
            while (true) {
                double band = bandKm / KM_PER_DEGREE_LAT;
                double cosMax = cosOfHighestLatitude(lat, band);
                double[] best = {Double.MAX_VALUE};
                visitStrips(lon, cosMax, () -> best[0], s -> {
                    int from = lowerBound(lats[s], lat - band);
                    int to = lowerBound(lats[s], lat + band + 1e-12);
                    for (int i = from; i < to; i++) {
                        SupportRepository.Position p = points[s][i];
                        if (lowerBoundKm(lon, p.lon(), cosMax) < best[0]) { // else cannot beat the best so far
                            best[0] = Math.min(best[0], GreatCircle.km(lat, lon, p.lat(), p.lon()));
                        }
                    }
                });
                // A point outside the band is at least bandKm away (latitude difference alone), so best is final.
                if (best[0] <= bandKm || band >= 180) {
                    return best[0] == Double.MAX_VALUE ? null : best[0];
                }
                bandKm *= 2;
            }
        }

        int countWithin(double lat, double lon, double radiusKm) {
            double band = radiusKm / KM_PER_DEGREE_LAT * 1.01;
            double cosMax = cosOfHighestLatitude(lat, band);
            int[] n = {0};
            visitStrips(lon, cosMax, () -> radiusKm * (1 + 1e-9), s -> {
                int from = lowerBound(lats[s], lat - band);
                int to = lowerBound(lats[s], lat + band);
                for (int i = from; i < to; i++) {
                    SupportRepository.Position p = points[s][i];
                    if (lowerBoundKm(lon, p.lon(), cosMax) <= radiusKm
                            && GreatCircle.km(lat, lon, p.lat(), p.lon()) <= radiusKm) {
                        n[0]++;
                    }
                }
            });
            return n[0];
        }

        /**
         * Visits the strips outward from the one holding {@code lon}, both ways, while a strip's nearest longitude can
         * still lie closer than {@code limitKm} (re-read after each strip: the nearest search tightens it).
         */
        private void visitStrips(double lon, double cosMax, java.util.function.DoubleSupplier limitKm,
                                 java.util.function.IntConsumer visit) {
            int home = strip(lon);
            for (int d = 0; d <= STRIPS / 2; d++) {
                boolean any = false;
                for (int s : d == 0 || d == STRIPS / 2 ? new int[] {Math.floorMod(home + d, STRIPS)}
                        : new int[] {Math.floorMod(home + d, STRIPS), Math.floorMod(home - d, STRIPS)}) {
                    if (lowerBoundKm(0, degreesTo(lon, s), cosMax) < limitKm.getAsDouble()) {
                        any = true;
                        visit.accept(s);
                    }
                }
                if (!any && d > 0) {
                    return; // the strips further away are further in longitude still
                }
            }
        }

        static int strip(double lon) {
            return Math.floorMod((int) Math.floor(lon + 180), STRIPS);
        }

        /** The smallest longitude difference in degrees from {@code lon} to strip {@code s} ([s-180, s-179)). */
        static double degreesTo(double lon, int s) {
            double west = s - 180;
            if (strip(lon) == s) {
                return 0;
            }
            return Math.min(angle(lon, west), angle(lon, west + 1));
        }

        private static double angle(double a, double b) {
            double d = Math.abs(a - b) % 360;
            return d > 180 ? 360 - d : d;
        }
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
