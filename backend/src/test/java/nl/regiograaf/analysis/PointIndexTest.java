package nl.regiograaf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.regiograaf.geo.GreatCircle;
import nl.regiograaf.repo.SupportRepository;
import org.junit.jupiter.api.Test;

/** The strip index answers what a scan of every point answers: across the date line, near the poles, in clusters. */
class PointIndexTest {

    @Test
    void nearestAndCountWithinEqualABruteForceScan() {
        Random random = new Random(11);
        for (int round = 0; round < 40; round++) {
            List<SupportRepository.Position> points = new ArrayList<>();
            int n = random.nextInt(300);
            double clusterLat = random.nextDouble() * 180 - 90;
            double clusterLon = random.nextDouble() * 360 - 180;
            for (int i = 0; i < n; i++) {
                boolean clustered = random.nextBoolean();
                double lat = clustered ? clamp(clusterLat + random.nextGaussian()) : random.nextDouble() * 180 - 90;
                double lon = clustered ? wrap(clusterLon + random.nextGaussian() * 3) : random.nextDouble() * 360 - 180;
                points.add(new SupportRepository.Position(lat, lon, "M" + i, null));
            }
            SupportCoverage.PointIndex index = new SupportCoverage.PointIndex(points);
            for (int q = 0; q < 200; q++) {
                double lat = q % 4 == 0 ? clamp(clusterLat + random.nextGaussian()) : random.nextDouble() * 180 - 90;
                double lon = q % 4 == 0 ? wrap(clusterLon + random.nextGaussian() * 3)
                        : q % 4 == 1 ? (random.nextBoolean() ? 179.9 : -179.9) : random.nextDouble() * 360 - 180;
                double radius = 1 + random.nextDouble() * (q % 2 == 0 ? 50 : 3000);
                Double nearest = null;
                int within = 0;
                for (SupportRepository.Position p : points) {
                    double km = GreatCircle.km(lat, lon, p.lat(), p.lon());
                    nearest = nearest == null ? km : Math.min(nearest, km);
                    within += km <= radius ? 1 : 0;
                }
                String at = "at " + lat + "," + lon + " r " + radius + " n " + n;
                if (nearest == null) {
                    assertNull(index.nearest(lat, lon), at);
                } else {
                    assertEquals(nearest, index.nearest(lat, lon), 1e-9, at);
                }
                assertEquals(within, index.countWithin(lat, lon, radius), at);
            }
        }
    }

    private static double clamp(double lat) {
        return Math.max(-90, Math.min(90, lat));
    }

    private static double wrap(double lon) {
        return ((lon + 180) % 360 + 360) % 360 - 180;
    }
}
