package nl.regiograaf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.stream.Collectors;
import nl.regiograaf.support.Browser;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.TestGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The "Ontwerp" view (#/design) in a real headless Chromium against the running app: click a municipality, move it,
 * undo, share the link, CSV round trip. What the page shows is compared with what /api/scenarios/check answers.
 */
class DesignViewTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(40);
    private static final String ALMERE = "GM0034";
    private static final String MAASTRICHT = "GM0935";

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

    @BeforeEach
    void desktopSize() {
        browser.resize(1280, 800);
        browser.consoleEntries();
    }

    @AfterEach
    void noConsoleErrors() {
        List<String> errors = browser.consoleEntries().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors, "console errors");
    }

    @Test
    void clickAMunicipalityMoveItAndUndo() throws IOException {
        openReady("#/design?base=ZK&moves=");
        assertEquals("ZK21", regionsOf(ALMERE));
        driver.findElement(By.cssSelector("#map path[data-code=" + ALMERE + "]")).click();
        waitFor("region chooser", () -> !driver.findElements(By.id("design-chooser")).isEmpty());
        new Select(driver.findElement(By.id("design-target"))).selectByValue("ZK07");
        driver.findElement(By.id("design-apply")).click();
        waitFor("the move", () -> (ALMERE + ":ZK07").equals(moves()) && "ready".equals(status()));

        JsonNode answer = Http.get("/api/scenarios/check?base=ZK&moves=" + ALMERE + ":ZK07").json();
        assertEquals("ZK07", regionsOf(ALMERE), "the map colours from the scenario");
        assertEquals(answer.get("regions").size(), count(".region-label"), "every region of the scenario labelled");
        assertFalse(attribute(".second-borders", "d").isEmpty(), "the base's borders dashed");
        // GGD → scenario congruence rose: the page says better, as the API's before/after figures do
        JsonNode ggd = against(answer, "GGD").get("divisionToScenario");
        assertTrue(ggd.get("after").asDouble() > ggd.get("before").asDouble());
        assertEquals(1, count("#results tr[data-key=GGD] td.dir-better"));
        assertTrue(text("#results tr[data-key=GGD]").contains("GGD Flevoland"), text("#results tr[data-key=GGD]"));
        assertEquals(String.valueOf(answer.at("/partition/ok").asBoolean()), attribute("#design-status", "data-ok"));
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "1280x800-ontwerp.png"), driver.getScreenshotAs(OutputType.BYTES));

        driver.findElement(By.cssSelector("button.design-undo[data-municipality=" + ALMERE + "]")).click();
        waitFor("the undo", () -> moves().isEmpty() && "ready".equals(status()));
        assertEquals("ZK21", regionsOf(ALMERE));
        assertEquals(0, count("#results tr[data-key=GGD] td.dir-better"));
    }

    @Test
    void aNewRegionAndAFragmentAreDrawnAndTheSharedLinkRestoresThem() {
        openReady("#/design?base=ZK&moves=");
        driver.findElement(By.cssSelector("#map path[data-code=GM0014]")).click(); // Groningen
        waitFor("region chooser", () -> !driver.findElements(By.id("design-chooser")).isEmpty());
        new Select(driver.findElement(By.id("design-target"))).selectByValue("__new");
        driver.findElement(By.id("design-new-name")).sendKeys("Stad Groningen");
        driver.findElement(By.id("design-apply")).click();
        waitFor("the new region", () -> moves().startsWith("GM0014:NIEUW1:") && "ready".equals(status()));
        driver.findElement(By.cssSelector("#map path[data-code=" + MAASTRICHT + "]")).click();
        waitFor("region chooser", () -> !driver.findElements(By.id("design-chooser")).isEmpty());
        new Select(driver.findElement(By.id("design-target"))).selectByValue("ZK09");
        driver.findElement(By.id("design-apply")).click();
        waitFor("second move", () -> moves().contains(MAASTRICHT + ":ZK09") && "ready".equals(status()));

        assertEquals("NIEUW1", regionsOf("GM0014"));
        assertTrue(labels().contains("Stad Groningen"), labels().toString());
        assertTrue(attribute("#map path[data-code=" + MAASTRICHT + "]", "class").contains("p-fragment"),
                "Maastricht is a piece of the Groningen region apart from the rest");
        assertEquals("false", attribute("#design-status", "data-ok"));
        Map<String, String> before = allRegions();
        String link = attribute("#design-link", "value");
        assertTrue(link.startsWith(base + "/#/design?"), link);

        driver.get("about:blank");
        driver.get(link);
        waitFor("restored view", () -> "design".equals(js("return document.body.dataset.view")) && "ready".equals(status()));
        assertEquals(before, allRegions(), "the link restores the whole scenario");
        assertTrue(labels().contains("Stad Groningen"));
        assertEquals(2, count("button.design-undo"));
    }

    @Test
    void csvRoundTripAndABadUpload() throws IOException {
        openReady("#/design?base=ZK&moves=" + ALMERE + "%3AZK07%2C" + MAASTRICHT + "%3ANIEUW1%3AMaas%2520en%2520Heuvelland");
        String csv = download("document.getElementById('design-download').click()");
        assertTrue(csv.startsWith("BOM|municipality;region;regionName"), csv.substring(0, Math.min(60, csv.length())));
        assertTrue(csv.contains(MAASTRICHT + ";NIEUW1;Maas en Heuvelland"), "the new region with its name");
        String expectedMoves = moves();
        Map<String, String> expected = allRegions();

        Path file = Files.createTempFile("ontwerp", ".csv");
        Files.write(file, ("\uFEFF" + csv.substring(4)).getBytes(StandardCharsets.UTF_8));
        openReady("#/design?base=ZK&moves=");
        driver.findElement(By.id("design-upload")).sendKeys(file.toAbsolutePath().toString());
        waitFor("the uploaded scenario", () -> !moves().isEmpty() && "ready".equals(status()));
        assertEquals(new TreeSet<>(List.of(expectedMoves.split(","))), new TreeSet<>(List.of(moves().split(","))));
        assertEquals(expected, allRegions());

        // a municipality on two lines: checked as uploaded, not as a link
        Files.write(file, (csv.substring(4) + ALMERE + ";ZK21;\r\n").getBytes(StandardCharsets.UTF_8));
        driver.findElement(By.id("design-upload")).sendKeys(file.toAbsolutePath().toString());
        waitFor("the uploaded division", () -> hash().contains("bron=csv") && "ready".equals(status()));
        assertEquals(1, count("#design-upload-note"));
        assertEquals(Set.of("ZK07", "ZK21"), Set.of(regionsOf(ALMERE).split(" ")));

        Files.write(file, "municipality;region\nAtlantis;ZK07\n".getBytes(StandardCharsets.UTF_8));
        openReady("#/design?base=ZK&moves=");
        driver.findElement(By.id("design-upload")).sendKeys(file.toAbsolutePath().toString());
        waitFor("the rejection", () -> !driver.findElements(By.id("design-upload-error")).isEmpty());
        assertTrue(text("#design-upload-error").contains("regel 2"), text("#design-upload-error"));
        assertTrue(moves().isEmpty());
        Files.delete(file);
        browser.consoleEntries(); // the 400 of the rejected upload is the point of this step
    }

    @Test
    void worksOnAPhone() throws IOException {
        browser.resize(390, 844);
        openReady("#/design?base=GGD&moves=GM0014%3A");
        long overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, overflow, "no horizontal overflow at 390px");
        assertTrue(text("#design-status").contains("niet sluitend"));
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "390x844-ontwerp-full.png"), browser.fullPageScreenshot());
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static JsonNode against(JsonNode answer, String kind) {
        for (JsonNode a : answer.get("against")) {
            if (a.get("kind").asText().equals(kind)) {
                return a;
            }
        }
        throw new AssertionError(kind);
    }

    private static void openReady(String hash) {
        driver.get("about:blank");
        driver.get(base + "/" + hash);
        waitFor("view design", () -> "design".equals(js("return document.body.dataset.view"))
                && List.of("ready", "error").contains(status()));
        if (!"ready".equals(status())) {
            fail(hash + " shows an error: " + text("[role=alert]"));
        }
    }

    private static String moves() {
        return (String) js("return new URLSearchParams(location.hash.split('?')[1] || '').get('moves') || ''");
    }

    private static String regionsOf(String code) {
        return attribute("#map path[data-code=" + code + "]", "data-regions");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> allRegions() {
        List<List<String>> rows = (List<List<String>>) js("return [...document.querySelectorAll('#map path.muni')]"
                + ".map(p => [p.dataset.code, p.dataset.regions || ''])");
        Map<String, String> out = new HashMap<>();
        rows.forEach(r -> out.put(r.get(0), r.get(1)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> labels() {
        return new ArrayList<>((List<String>) js("return [...document.querySelectorAll('.region-label')].map(t => t.textContent)"));
    }

    private static String download(String click) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const original = URL.createObjectURL;"
                        + "URL.createObjectURL = blob => { URL.createObjectURL = original;"
                        + "  blob.arrayBuffer().then(b => { const u = new Uint8Array(b);"
                        + "    const bom = u[0] === 0xEF && u[1] === 0xBB && u[2] === 0xBF;"
                        + "    done((bom ? 'BOM|' : '') + new TextDecoder('utf-8', { ignoreBOM: false }).decode(b)); });"
                        + "  return original.call(URL, blob); };"
                        + "const click = HTMLAnchorElement.prototype.click;"
                        + "HTMLAnchorElement.prototype.click = function () { HTMLAnchorElement.prototype.click = click; };"
                        + click + ";");
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, TIMEOUT).until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("Timed out waiting for " + what + " (hash " + hash() + ", status " + status() + ", errors: "
                    + driver.findElements(By.cssSelector("[role=alert]")).stream().map(WebElement::getText)
                            .collect(Collectors.joining(" | ")) + ")");
        }
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
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

    private static String text(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).collect(Collectors.joining(" | "));
    }

    private static String attribute(String css, String name) {
        String value = driver.findElement(By.cssSelector(css)).getAttribute(name);
        return value == null ? "" : value;
    }
}
