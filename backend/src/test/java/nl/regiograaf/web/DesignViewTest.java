package nl.regiograaf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.regiograaf.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The "Ontwerp" view (#/design) in a real headless Chromium against the running app: click a municipality, move it,
 * undo, share the link, CSV round trip. What the page shows is compared with what /api/scenarios/check answers.
 */
class DesignViewTest extends BrowserTest {

    private static final String ALMERE = "GM0034";
    private static final String MAASTRICHT = "GM0935";

    @Test
    void clickAMunicipalityMoveItAndUndo() {
        page.open("#/design?base=ZK&moves=");
        assertEquals("ZK21", regionsOf(ALMERE));
        driver.findElement(By.cssSelector("#map path[data-code=" + ALMERE + "]")).click();
        page.waitFor("region chooser", () -> !driver.findElements(By.id("design-chooser")).isEmpty());
        new Select(driver.findElement(By.id("design-target"))).selectByValue("ZK07");
        driver.findElement(By.id("design-apply")).click();
        page.waitFor("the move", () -> (ALMERE + ":ZK07").equals(moves()) && "ready".equals(page.status()));

        JsonNode answer = Http.get("/api/scenarios/check?base=ZK&moves=" + ALMERE + ":ZK07").json();
        assertEquals("ZK07", regionsOf(ALMERE), "the map colours from the scenario");
        // names of the scenario's regions where they fit, never overlapping (issue 13, point 7)
        assertTrue(page.count(".region-label") >= answer.get("regions").size() * 2 / 3, "most regions named: " + page.count(".region-label"));
        @SuppressWarnings("unchecked")
        List<List<Number>> boxes = (List<List<Number>>) page.js("return [...document.querySelectorAll('.region-label')].map(t => {"
                + " const b = t.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; })");
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                List<Number> a = boxes.get(i);
                List<Number> b = boxes.get(j);
                assertFalse(a.get(0).doubleValue() < b.get(2).doubleValue() && b.get(0).doubleValue() < a.get(2).doubleValue()
                        && a.get(1).doubleValue() < b.get(3).doubleValue() && b.get(1).doubleValue() < a.get(3).doubleValue(),
                        "region names overlap: " + a + " and " + b);
            }
        }
        assertFalse(page.attribute(".second-borders", "d").isEmpty(), "the base's borders dashed");
        // GGD → scenario congruence rose: the page says better, as the API's before/after figures do
        JsonNode ggd = against(answer, "GGD").get("divisionToScenario");
        assertTrue(ggd.get("after").asDouble() > ggd.get("before").asDouble());
        assertEquals(1, page.count("#results tr[data-key=GGD] td.dir-better"));
        assertTrue(page.text("#results tr[data-key=GGD]").contains("GGD Flevoland"), page.text("#results tr[data-key=GGD]"));
        assertEquals(String.valueOf(answer.at("/partition/ok").asBoolean()), page.attribute("#design-status", "data-ok"));
        page.screenshot("1280x800-ontwerp");

        driver.findElement(By.cssSelector("button.design-undo[data-municipality=" + ALMERE + "]")).click();
        page.waitFor("the undo", () -> moves().isEmpty() && "ready".equals(page.status()));
        assertEquals("ZK21", regionsOf(ALMERE));
        assertEquals(0, page.count("#results tr[data-key=GGD] td.dir-better"));
    }

    @Test
    void aNewRegionAndAFragmentAreDrawnAndTheSharedLinkRestoresThem() {
        page.open("#/design?base=ZK&moves=");
        driver.findElement(By.cssSelector("#map path[data-code=GM0014]")).click(); // Groningen
        page.waitFor("region chooser", () -> !driver.findElements(By.id("design-chooser")).isEmpty());
        new Select(driver.findElement(By.id("design-target"))).selectByValue("__new");
        driver.findElement(By.id("design-new-name")).sendKeys("Stad Groningen");
        driver.findElement(By.id("design-apply")).click();
        page.waitFor("the new region", () -> moves().startsWith("GM0014:NIEUW1:") && "ready".equals(page.status()));
        driver.findElement(By.cssSelector("#map path[data-code=" + MAASTRICHT + "]")).click();
        page.waitFor("region chooser", () -> !driver.findElements(By.id("design-chooser")).isEmpty());
        new Select(driver.findElement(By.id("design-target"))).selectByValue("ZK09");
        driver.findElement(By.id("design-apply")).click();
        page.waitFor("second move", () -> moves().contains(MAASTRICHT + ":ZK09") && "ready".equals(page.status()));

        assertEquals("NIEUW1", regionsOf("GM0014"));
        assertTrue(labels().contains("Stad Groningen"), labels().toString());
        assertTrue(page.attribute("#map path[data-code=" + MAASTRICHT + "]", "class").contains("p-fragment"),
                "Maastricht is a piece of the Groningen region apart from the rest");
        assertEquals("false", page.attribute("#design-status", "data-ok"));
        Map<String, String> before = allRegions();
        String link = page.attribute("#design-link", "value");
        assertTrue(link.startsWith(page.base() + "/#/design?"), link);

        driver.get("about:blank");
        driver.get(link);
        page.waitFor("restored view", () -> "design".equals(page.js("return document.body.dataset.view")) && "ready".equals(page.status()));
        assertEquals(before, allRegions(), "the link restores the whole scenario");
        assertTrue(labels().contains("Stad Groningen"));
        assertEquals(2, page.count("button.design-undo"));
    }

    @Test
    void csvRoundTripAndABadUpload() throws IOException {
        page.open("#/design?base=ZK&moves=" + ALMERE + "%3AZK07%2C" + MAASTRICHT + "%3ANIEUW1%3AMaas%2520en%2520Heuvelland");
        String csv = page.download("document.getElementById('design-download').click()");
        assertTrue(csv.startsWith("BOM|municipality;region;regionName"), csv.substring(0, Math.min(60, csv.length())));
        assertTrue(csv.contains(MAASTRICHT + ";NIEUW1;Maas en Heuvelland"), "the new region with its name");
        String expectedMoves = moves();
        Map<String, String> expected = allRegions();

        Path file = Files.createTempFile("ontwerp", ".csv");
        Files.write(file, ("\uFEFF" + csv.substring(4)).getBytes(StandardCharsets.UTF_8));
        page.open("#/design?base=ZK&moves=");
        driver.findElement(By.id("design-upload")).sendKeys(file.toAbsolutePath().toString());
        page.waitFor("the uploaded scenario", () -> !moves().isEmpty() && "ready".equals(page.status()));
        assertEquals(new TreeSet<>(List.of(expectedMoves.split(","))), new TreeSet<>(List.of(moves().split(","))));
        assertEquals(expected, allRegions());

        // a municipality on two lines: checked as uploaded, not as a link
        Files.write(file, (csv.substring(4) + ALMERE + ";ZK21;\r\n").getBytes(StandardCharsets.UTF_8));
        driver.findElement(By.id("design-upload")).sendKeys(file.toAbsolutePath().toString());
        page.waitFor("the uploaded division", () -> page.hash().contains("bron=csv") && "ready".equals(page.status()));
        assertEquals(1, page.count("#design-upload-note"));
        assertEquals(Set.of("ZK07", "ZK21"), Set.of(regionsOf(ALMERE).split(" ")));

        Files.write(file, "municipality;region\nAtlantis;ZK07\n".getBytes(StandardCharsets.UTF_8));
        page.open("#/design?base=ZK&moves=");
        driver.findElement(By.id("design-upload")).sendKeys(file.toAbsolutePath().toString());
        page.waitFor("the rejection", () -> !driver.findElements(By.id("design-upload-error")).isEmpty());
        assertTrue(page.text("#design-upload-error").contains("regel 2"), page.text("#design-upload-error"));
        assertTrue(moves().isEmpty());
        Files.delete(file);
        page.severeConsoleEntries(); // the 400 of the rejected upload is the point of this step
    }

    /** At 1280×800 the congruence table fits the side panel, and its +/− regions are the API's. */
    @Test
    void theCongruenceTableFitsTheSidePanelAndNamesTheApisRegions() {
        page.open("#/design?base=ZK&moves=" + ALMERE + "%3AZK07");
        JsonNode answer = Http.get("/api/scenarios/check?base=ZK&moves=" + ALMERE + ":ZK07").json();
        Number sideways = (Number) page.js("const t = document.querySelector('#results table'); const box = t.parentElement;"
                + " return box.scrollWidth - box.clientWidth");
        assertEquals(0, sideways.intValue(), "the congruence table scrolls sideways");
        int gained = 0;
        int lost = 0;
        for (JsonNode a : answer.get("against")) {
            String row = "#results tr[data-key='" + a.get("kind").asText() + "'] ";
            for (JsonNode r : a.at("/divisionToScenario/becameCongruent")) {
                assertTrue(page.text(row).contains("+ " + r.get("name").asText()), page.text(row));
            }
            for (JsonNode r : a.at("/divisionToScenario/lostCongruence")) {
                assertTrue(page.text(row).contains("− " + r.get("name").asText()), page.text(row));
            }
            assertEquals(a.at("/divisionToScenario/becameCongruent").size(), page.count(row + "[data-congruence=gained]"));
            assertEquals(a.at("/divisionToScenario/lostCongruence").size(), page.count(row + "[data-congruence=lost]"));
            gained += a.at("/divisionToScenario/becameCongruent").size();
            lost += a.at("/divisionToScenario/lostCongruence").size();
        }
        assertTrue(gained > 0 && lost > 0, "this move both gains and loses congruent regions: " + gained + "/" + lost);
    }

    @Test
    void worksOnAPhone() {
        page.resize(390, 844);
        page.open("#/design?base=GGD&moves=GM0014%3A");
        long overflow = page.horizontalOverflow();
        assertEquals(0, overflow, "no horizontal overflow at 390px");
        assertTrue(page.text("#design-status").contains("niet sluitend"));
        page.fullPageScreenshot("390x844-ontwerp-full");
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

    private static String moves() {
        return (String) page.js("return new URLSearchParams(location.hash.split('?')[1] || '').get('moves') || ''");
    }

    private static String regionsOf(String code) {
        return page.attribute("#map path[data-code=" + code + "]", "data-regions");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> allRegions() {
        List<List<String>> rows = (List<List<String>>) page.js("return [...document.querySelectorAll('#map path.muni')]"
                + ".map(p => [p.dataset.code, p.dataset.regions || ''])");
        Map<String, String> out = new HashMap<>();
        rows.forEach(r -> out.put(r.get(0), r.get(1)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> labels() {
        return new ArrayList<>((List<String>) page.js("return [...document.querySelectorAll('.region-label')].map(t => t.textContent)"));
    }

}
