package nl.regiograaf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import nl.regiograaf.importer.OwnDivisionImport;
import nl.regiograaf.support.Browser;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.TestGraph;
import nl.regiograaf.support.Uploads;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An own division in the map view: offered in the division selector as "(eigen indeling)" and coloured from the API. */
class OwnDivisionMapTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(40);
    private static final String NO_REGION = "#e6e6e6";

    @Test
    void theMapOffersAndColoursAnOwnDivision() {
        String kind = "TWEB" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(java.util.Locale.ROOT);
        Http.Response imported = Uploads.post("/api/import/divisions?kind=" + kind + "&name=Flevoland%20in%20twee&scope=PV24",
                "text/csv", "municipality;region;regionName\nAlmere;" + kind + "-W;Flevoland west\nLelystad;" + kind
                        + "-W;\nZeewolde;" + kind + "-W;\nUrk;" + kind + "-O;Flevoland oost\nNoordoostpolder;" + kind
                        + "-O;\nDronten;" + kind + "-O;\n");
        assertEquals(200, imported.status(), imported.body());
        try (Browser browser = Browser.start(1280, 800)) {
            ChromeDriver driver = browser.driver();
            driver.get(TestGraph.get().baseUrl() + "/#/map?color=GGD");
            waitReady(driver);
            Select selector = new Select(driver.findElement(By.id("color-kind")));
            WebElement option = selector.getOptions().stream().filter(o -> kind.equals(o.getAttribute("value"))).findFirst()
                    .orElseThrow(() -> new AssertionError("own division not offered"));
            assertEquals("Flevoland in twee (eigen indeling)", option.getText());
            assertTrue(new Select(driver.findElement(By.id("border-kind"))).getOptions().stream()
                    .anyMatch(o -> kind.equals(o.getAttribute("value"))), "also as the second division");

            selector.selectByValue(kind);
            new WebDriverWait(driver, TIMEOUT).until(d -> js(d, "return location.hash").toString().contains("color=" + kind)
                    && "ready".equals(js(d, "return document.body.dataset.status"))
                    && (kind + "-W").equals(js(d, "return document.querySelector('#map path[data-code=GM0034]').dataset.regions")));
            // coloured from /api/memberships: the two regions differ (Lelystad borders Dronten), the rest is grey
            String west = fill(driver, "GM0995");
            String east = fill(driver, "GM0303");
            assertEquals(west, fill(driver, "GM0034"));
            assertEquals(east, fill(driver, "GM0171"));
            assertNotEquals(NO_REGION, west);
            assertNotEquals(NO_REGION, east);
            assertNotEquals(west, east);
            assertEquals(NO_REGION, fill(driver, "GM0014"), "Groningen lies in no region of this division");
            assertTrue(driver.findElement(By.id("results")).getText().contains("Flevoland west"));
            List<String> severe = browser.consoleEntries().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                    .map(LogEntry::getMessage).filter(m -> !m.contains("Failed to load resource")).toList();
            assertEquals(List.of(), severe, "JavaScript errors in the console");
        } finally {
            Uploads.remove(OwnDivisionImport.datasetId(kind));
        }
    }

    private static String fill(ChromeDriver driver, String code) {
        return driver.findElement(By.cssSelector("#map path[data-code=" + code + "]")).getAttribute("fill");
    }

    private static Object js(org.openqa.selenium.WebDriver driver, String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static void waitReady(ChromeDriver driver) {
        try {
            new WebDriverWait(driver, TIMEOUT).until(d -> List.of("ready", "error").contains(js(d, "return document.body.dataset.status")));
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("the map did not load");
        }
        if (!"ready".equals(js(driver, "return document.body.dataset.status"))) {
            fail("the map shows an error: " + driver.findElements(By.cssSelector("[role=alert]")).stream()
                    .map(WebElement::getText).collect(Collectors.joining(" | ")));
        }
    }
}
