package nl.regiograaf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regiograaf.support.ExplorerPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The map on a phone (issue 13, point 10): a one-finger drag pans it, a two-finger pinch zooms it (touch emulated). */
class TouchMapTest {

    private static final Pattern TRANSFORM = Pattern.compile("translate\\(([-\\d.e]+),\\s*([-\\d.e]+)\\)\\s*scale\\(([-\\d.e]+)\\)");

    private static ExplorerPage page;

    @BeforeAll
    static void startPhone() {
        page = ExplorerPage.start();
        page.resize(390, 844);
        page.driver().executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
    }

    @AfterAll
    static void stopBrowser() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    void aDragPansAndAPinchZooms() {
        page.open("#/map?color=GGD&borders=");
        assertEquals(0L, ((Number) page.js("return navigator.maxTouchPoints > 0 ? 0 : 1")).longValue(), "touch is emulated");
        page.js("document.getElementById('map').scrollIntoView({block: 'start'})");
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) page.js("const b = document.querySelector('#map svg').getBoundingClientRect();"
                + " return [b.x + b.width / 2, b.y + b.height / 2];");
        double x = box.get(0).doubleValue();
        double y = box.get(1).doubleValue();

        touch("touchStart", point(x, y, 0));
        for (int step = 1; step <= 5; step++) {
            touch("touchMove", point(x + 12 * step, y + 8 * step, 0));
        }
        touch("touchEnd");
        double[] panned = transform();
        assertTrue(panned[0] > 30 && panned[1] > 20, "a drag of 60 × 40 px moved the map: " + page.attribute("#map svg g.root", "transform"));
        assertEquals(1.0, panned[2], 1e-9, "a drag does not zoom");

        touch("touchStart", point(x - 20, y, 0), point(x + 20, y, 1));
        for (int step = 1; step <= 5; step++) {
            touch("touchMove", point(x - 20 - 16 * step, y, 0), point(x + 20 + 16 * step, y, 1));
        }
        touch("touchEnd");
        double[] pinched = transform();
        assertTrue(pinched[2] > 2, "spreading two fingers from 40 to 200 px apart zoomed in: "
                + page.attribute("#map svg g.root", "transform"));
        page.screenshot("390x844-kaart-na-knijpen");
    }

    private static Map<String, Object> point(double x, double y, int id) {
        return Map.of("x", x, "y", y, "id", id);
    }

    @SafeVarargs
    private static void touch(String type, Map<String, Object>... points) {
        page.driver().executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", type, "touchPoints", List.of(points)));
    }

    /** [x, y, k] of the map's zoom transform (identity when none). */
    private static double[] transform() {
        String t = page.attribute("#map svg g.root", "transform");
        Matcher m = TRANSFORM.matcher(t);
        if (!m.find()) {
            return new double[] {0, 0, 1};
        }
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))};
    }
}
