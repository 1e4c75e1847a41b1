package nl.regiograaf.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import nl.regiograaf.geo.GreatCircle;
import org.junit.jupiter.api.Test;

/** The longitude-only lower bound coverage uses to skip points must never exceed the real distance. */
class CoverageBoundTest {

    @Test
    void lowerBoundNeverExceedsTheGreatCircleDistance() {
        Random random = new Random(7);
        for (int i = 0; i < 1_000_000; i++) {
            double lat = random.nextDouble() * 170 - 85;
            double band = random.nextDouble() * 5;
            double lat2 = Math.max(-90, Math.min(90, lat + (random.nextDouble() * 2 - 1) * band));
            double lon1 = random.nextDouble() * 360 - 180;
            double lon2 = random.nextBoolean() ? random.nextDouble() * 360 - 180 : lon1 + random.nextGaussian();
            double cosMax = Math.cos(Math.toRadians(Math.min(90, Math.abs(lat) + band)));
            double bound = SupportCoverage.lowerBoundKm(lon1, lon2, cosMax);
            double km = GreatCircle.km(lat, lon1, lat2, lon2);
            assertTrue(bound <= km + 1e-9, () -> "bound " + bound + " > " + km);
        }
    }
}
