package nl.regiograaf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import nl.regiograaf.support.Browser;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.TestGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Dekking view in headless Chromium: real data by default with the demo toggle off, the real data's scope said
 * next to it, the switch between the AZWA norm and reach, and the norm's CSV; every figure checked against the API.
 */
class CoverageViewTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(40);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

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

    @AfterEach
    void noConsoleErrors() {
        List<String> severe = browser.consoleEntries().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
        assertEquals(List.of(), severe, "console errors");
    }

    @Test
    void realDataByDefaultWithItsScopeAndDemoOneToggleAway() throws IOException {
        open("#/coverage");
        assertTrue(hash().contains("demo=false"), "the URL names the default: " + hash());
        assertTrue(hash().contains("criterion=distance"), hash());
        WebElement toggle = driver.findElement(By.id("coverage-demo"));
        assertFalse(toggle.isSelected(), "demo data is off by default");
        assertEquals("Demodata tonen (fictieve punten)", driver.findElement(By.cssSelector("label[for=coverage-demo]")).getText());
        assertEquals(0, count(".demo-label") + count(".demo-badge"), "no demo label without demo data");
        assertEquals(gaps("/api/coverage?radiusKm=10&by=IZA&demo=false"), redSet());

        // The real data's scope, next to the toggle: points of the real datasets, and the gemeenten without an LSP.
        JsonNode real = Http.get("/api/coverage?criterion=municipality&by=IZA&demo=false").json();
        long realRows = 0;
        for (JsonNode d : Http.get("/api/datasets").json()) {
            if ("support-points".equals(d.get("kind").asText()) && !d.get("demo").asBoolean()) {
                realRows += d.get("rows").asLong();
            }
        }
        assertEquals(Long.toString(realRows), number("real-points"));
        assertEquals(Integer.toString(real.at("/gaps/municipalities").size()), number("real-without"));
        assertEquals(real.get("municipalitiesWithPoint").asText(), number("real-with"));
        String scope = driver.findElement(By.id("coverage-real-scope")).getText();
        assertTrue(scope.contains("circa " + real.at("/norm/nationalEstimate/value").asText() + " steunpunten"), scope);
        assertTrue(scope.contains(real.at("/norm/nationalEstimate/source").asText()), "the estimate's source is named: " + scope);
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("1280x800-dekking-echt.png"), driver.getScreenshotAs(OutputType.BYTES));

        toggle.click();
        waitFor("demo on", () -> hash().contains("demo=true") && "ready".equals(status()));
        assertTrue(driver.findElement(By.id("coverage-demo")).isSelected());
        assertTrue(driver.findElement(By.cssSelector(".demo-label")).isDisplayed(), "demo data labelled in the panel");
        assertTrue(driver.findElement(By.cssSelector(".demo-badge")).isDisplayed(), "and on the map");
        assertEquals(gaps("/api/coverage?radiusKm=10&by=IZA&demo=true"), redSet());
        // The scope line keeps speaking of the real data.
        assertEquals(Integer.toString(real.at("/gaps/municipalities").size()), number("real-without"));
    }

    @Test
    void theSwitchShowsTheNormWithItsSourceKindsAndPerRegionGaps() throws IOException {
        open("#/coverage?criterion=distance&radius=10&kind=&by=IZA&demo=false");
        assertEquals(1, count("#radius"));
        driver.findElement(By.id("criterion-municipality")).click();
        waitFor("the norm", () -> hash().contains("criterion=municipality") && "ready".equals(status()));
        assertEquals(0, count("#radius"), "no radius under the norm");

        JsonNode answer = Http.get("/api/coverage?criterion=municipality&by=IZA&demo=false").json();
        assertEquals(gaps("/api/coverage?criterion=municipality&by=IZA&demo=false"), redSet(), "red = gemeenten without an LSP");
        assertEquals(Integer.toString(answer.at("/gaps/municipalities").size()), number("uncovered-count"));
        // The norm's source is named and linked.
        WebElement source = driver.findElement(By.cssSelector(".norm-source a"));
        assertEquals(answer.at("/norm/minimumPerMunicipality/sourceUrl").asText(), source.getAttribute("href"));
        assertTrue(source.getText().contains("werkagenda AZWA"), source.getText());
        // Which kinds count, each with the reason from data/.
        Map<String, JsonNode> judged = new HashMap<>();
        answer.at("/norm/kinds").forEach(k -> judged.put(k.get("kind").asText(), k));
        List<WebElement> items = driver.findElements(By.cssSelector(".lsp-kinds li[data-kind]"));
        assertEquals(judged.size(), items.size());
        for (WebElement li : items) {
            JsonNode k = judged.get(li.getAttribute("data-kind"));
            assertTrue(li.getText().contains(k.get("countsAsLsp").asBoolean() ? "telt mee" : "telt niet mee"), li.getText());
            assertTrue(li.getText().contains(k.get("reasonNl").asText()), li.getText());
        }
        // Per region: how many gemeenten still lack one, as the API says.
        Map<String, String> lacking = cells("table.coverage-regions tbody tr", 2);
        assertEquals(answer.get("regions").size(), lacking.size());
        for (JsonNode r : answer.get("regions")) {
            assertEquals(r.get("municipalitiesWithoutPoint").asText(), lacking.get(r.get("code").asText()).replace(".", ""),
                    r.get("code").asText());
        }
        // The points left out, by name, with the reason.
        List<String> shown = new ArrayList<>();
        driver.findElements(By.cssSelector("table.coverage-excluded tbody tr td:first-child")).forEach(td -> shown.add(td.getText()));
        List<String> expected = new ArrayList<>();
        answer.at("/excluded/points").forEach(p -> expected.add(p.get("name").asText()));
        assertEquals(expected, shown);
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("1280x800-dekking-norm.png"), driver.getScreenshotAs(OutputType.BYTES));
        js("document.querySelector('.lsp-kinds').scrollIntoView()");
        Files.write(SCREENSHOTS.resolve("1280x800-dekking-norm-soorten.png"), driver.getScreenshotAs(OutputType.BYTES));

        // CSV of the per-region table: Dutch spreadsheet CSV with the API's figures.
        String csv = download("document.querySelector('table.coverage-regions').closest('.table-block').querySelector('button').click()");
        String[] lines = csv.replaceFirst("^\uFEFF", "").split("\\R");
        assertEquals("IZA-regio;Code;Gemeenten;Gemeenten zonder laagdrempelig steunpunt;"
                + "Inwoners in gemeenten zonder laagdrempelig steunpunt;Gemeenten met laagdrempelig steunpunt;"
                + "Laagdrempelige steunpunten in de regio", lines[0]);
        assertEquals(answer.get("regions").size() + 1, lines.length);
        Map<String, String[]> rows = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(";");
            rows.put(f[1], f);
        }
        for (JsonNode r : answer.get("regions")) {
            String[] f = rows.get(r.get("code").asText());
            assertEquals(r.get("municipalitiesWithoutPoint").asText(), f[3]);
            assertEquals(r.get("populationWithoutPoint").asText(), f[4]);
        }

        // On a phone the norm reads in one column, no wider than the screen.
        browser.resize(390, 844);
        open(hash());
        assertEquals(0L, js("return document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        Files.write(SCREENSHOTS.resolve("390x844-dekking-norm-full.png"), browser.fullPageScreenshot());
        browser.resize(1280, 800);
        open(hash());

        // And back to reach: the slider returns and the red set is the distance gaps again.
        driver.findElement(By.id("criterion-distance")).click();
        waitFor("reach", () -> hash().contains("criterion=distance") && "ready".equals(status()));
        assertEquals(1, count("#radius"));
        assertEquals(gaps("/api/coverage?radiusKm=10&by=IZA&demo=false"), redSet());
    }

    private static Set<String> gaps(String path) {
        Set<String> codes = new HashSet<>();
        Http.get(path).json().at("/gaps/municipalities").forEach(c -> codes.add(c.asText()));
        return codes;
    }

    private static Set<String> redSet() {
        return new HashSet<>(strings("return [...document.querySelectorAll('#map path.uncovered')].map(p => p.dataset.code)"));
    }

    /** row key → text of one cell in each row. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> cells(String rows, int cell) {
        List<List<String>> pairs = (List<List<String>>) js("return [...document.querySelectorAll(arguments[0])]"
                + ".map(tr => [tr.dataset.key, tr.cells[arguments[1]].textContent.trim()])", rows, cell);
        Map<String, String> out = new HashMap<>();
        pairs.forEach(p -> out.put(p.get(0), p.get(1)));
        return out;
    }

    private static String number(String id) {
        return driver.findElement(By.id(id)).getText().replace(".", "");
    }

    private static void open(String hash) {
        driver.get("about:blank");
        driver.get(base + "/" + hash);
        waitFor("coverage view", () -> "coverage".equals(js("return document.body.dataset.view"))
                && List.of("ready", "error").contains(status()));
        if (!"ready".equals(status())) {
            fail(hash + " shows an error: " + driver.findElements(By.cssSelector("[role=alert]")).stream()
                    .map(WebElement::getText).toList());
        }
    }

    /** Clicks a download button and returns the text of the file it creates (BOM kept). */
    private static String download(String click) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const original = URL.createObjectURL;"
                        + "URL.createObjectURL = blob => { URL.createObjectURL = original;"
                        + "  blob.arrayBuffer().then(b => done(new TextDecoder('utf-8', { ignoreBOM: true }).decode(b)));"
                        + "  return original.call(URL, blob); };"
                        + "HTMLAnchorElement.prototype.click = function () {};"
                        + click + ";");
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, TIMEOUT).until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("Timed out waiting for " + what + " (hash " + hash() + ", status " + status() + ")");
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
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
}
