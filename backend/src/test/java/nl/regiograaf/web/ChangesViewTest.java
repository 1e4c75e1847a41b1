package nl.regiograaf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.regiograaf.support.Browser;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.TestGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The "Wijzigingen" view (#/changes) and the profile's history in headless Chromium, against the API's diff. */
class ChangesViewTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(40);
    private static Browser browser;
    private static ChromeDriver driver;
    private static String base;

    @BeforeAll
    static void startBrowser() {
        base = TestGraph.get().baseUrl();
        browser = Browser.start(1280, 800);
        driver = browser.driver();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void changesOfGgdSince2020MarkTheMapAndListTheEventsInDutch() {
        open("#/changes?kind=GGD&from=2020");
        JsonNode diff = Http.get("/api/divisions/diff?from=GGD@2020&to=GGD").json();

        List<String> rows = strings("return [...document.querySelectorAll('#results table.changes tbody tr')].map(r => r.innerText)");
        assertEquals(diff.get("moved").size() + diff.get("renamed").size() + diff.get("merged").size()
                + diff.get("split").size(), rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.contains(
                "Weesp: GGD Gooi en Vechtstreek → GGD Amsterdam (samengevoegd met Amsterdam, 24 maart 2022)")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("GGD Regio Twente → GGD Twente (nieuwe naam, zelfde gemeenten)")),
                rows.toString());
        assertEquals(diff.get("municipalityEvents").size(), count("#results table.events tbody tr"));
        assertTrue(driver.findElement(By.cssSelector("#results table.events")).getText()
                .contains("Appingedam, Delfzijl, Loppersum samengevoegd tot Eemsdelta"));

        assertEquals(codes(diff.get("marks").get("moved")),
                new TreeSet<>(strings("return [...document.querySelectorAll('#map path.muni.ch-moved')].map(p => p.dataset.code)")));
        assertEquals(codes(diff.get("marks").get("merged")),
                new TreeSet<>(strings("return [...document.querySelectorAll('#map path.muni.ch-merged')].map(p => p.dataset.code)")));
        assertTrue(attribute("#map path[data-code=GM0363]", "class").contains("ch-moved"));
        assertTrue(attribute("#map path[data-code=GM1979]", "class").contains("ch-merged"), "Eemsdelta was formed by a merger");

        String csv = download("document.querySelector('#results .table-block button').click()");
        assertTrue(csv.startsWith("BOM|Soort;Wijziging;Datum;Inwoners (2026)"), csv.substring(0, Math.min(80, csv.length())));
        assertTrue(csv.contains("Weesp: GGD Gooi en Vechtstreek → GGD Amsterdam"), csv);
        assertEquals(List.of(), severe().stream().filter(e -> !e.contains("Failed to load resource")).toList(),
                "JavaScript errors in the console");
    }

    @Test
    void choosingAnotherDivisionShowsItsChanges() {
        open("#/changes?kind=GGD&from=2020");
        new Select(driver.findElement(By.id("changes-kind"))).selectByValue("VR");
        waitFor("VR changes", () -> hash().contains("kind=VR") && "ready".equals(status()));
        String text = driver.findElement(By.cssSelector("#results table.changes")).getText();
        assertTrue(text.contains("Haaren: Brabant-Noord → Midden- en West-Brabant"), text);
    }

    @Test
    void theProfileShowsPredecessorsAndEarlierRegions() {
        open("#/changes?kind=GGD&from=2020&focus=GM0363");
        waitFor("profile history", () -> driver.findElements(By.cssSelector("#profile-body table.history")).size() == 1);
        String profile = driver.findElement(By.id("profile-body")).getText();
        assertTrue(profile.contains("Weesp samengevoegd met Amsterdam (24 maart 2022)"), profile);
        assertTrue(profile.contains("Weesp: GGD Gooi en Vechtstreek"), profile);
        assertTrue(profile.contains("SpoedZorgNet"), profile);
    }

    private static Set<String> codes(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void open(String hash) {
        driver.get("about:blank");
        driver.get(base + "/" + hash);
        waitFor("view changes", () -> "changes".equals(js("return document.body.dataset.view"))
                && List.of("ready", "error").contains(status()));
        if (!"ready".equals(status())) {
            fail(hash + " shows an error: " + driver.findElements(By.cssSelector("[role=alert]")).stream()
                    .map(WebElement::getText).collect(Collectors.joining(" | ")));
        }
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, TIMEOUT).until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("Timed out waiting for " + what + " (hash " + hash() + ", status " + status() + ", shown: "
                    + driver.findElements(By.cssSelector("[role=alert]")).stream().map(WebElement::getText)
                    .collect(Collectors.joining(" | ")) + ")");
        }
    }

    /** Clicks a download button and returns the text of the file it creates, prefixed "BOM|" when it has one. */
    private static String download(String click) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const original = URL.createObjectURL;"
                        + "URL.createObjectURL = blob => { URL.createObjectURL = original;"
                        + "  blob.arrayBuffer().then(b => { const u = new Uint8Array(b);"
                        + "    const bom = u[0] === 0xEF && u[1] === 0xBB && u[2] === 0xBF;"
                        + "    done((bom ? 'BOM|' : '') + new TextDecoder('utf-8', { ignoreBOM: false }).decode(b)); });"
                        + "  return original.call(URL, blob); };"
                        + "HTMLAnchorElement.prototype.click = function () {};"
                        + click + ";");
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(String script) {
        return (List<String>) js(script);
    }

    private static String status() {
        return (String) js("return document.body.dataset.status");
    }

    private static String hash() {
        return (String) js("return location.hash");
    }

    private static long count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    private static String attribute(String css, String name) {
        String value = driver.findElement(By.cssSelector(css)).getAttribute(name);
        return value == null ? "" : value;
    }

    private static List<String> severe() {
        return browser.consoleEntries().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }
}
