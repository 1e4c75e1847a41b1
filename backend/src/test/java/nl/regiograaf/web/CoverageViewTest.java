package nl.regiograaf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regiograaf.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Dekking view in headless Chromium: real data by default with the demo toggle off, the real data's scope said
 * next to it, the switch between the AZWA norm and reach, and the norm's CSV; every figure checked against the API.
 */
class CoverageViewTest extends BrowserTest {

    @Test
    void realDataByDefaultWithItsScopeAndDemoOneToggleAway() {
        page.open("#/coverage");
        assertTrue(page.hash().contains("demo=false"), "the URL names the default: " + page.hash());
        assertTrue(page.hash().contains("criterion=distance"), page.hash());
        WebElement toggle = driver.findElement(By.id("coverage-demo"));
        assertFalse(toggle.isSelected(), "demo data is off by default");
        assertEquals("Demodata tonen (fictieve punten)", driver.findElement(By.cssSelector("label[for=coverage-demo]")).getText());
        assertEquals(0, page.count(".demo-label") + page.count(".demo-badge"), "no demo label without demo data");
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
        page.screenshot("1280x800-dekking-echt");

        toggle.click();
        page.waitFor("demo on", () -> page.hash().contains("demo=true") && "ready".equals(page.status()));
        assertTrue(driver.findElement(By.id("coverage-demo")).isSelected());
        assertTrue(driver.findElement(By.cssSelector(".demo-label")).isDisplayed(), "demo data labelled in the panel");
        assertTrue(driver.findElement(By.cssSelector(".demo-badge")).isDisplayed(), "and on the map");
        assertEquals(gaps("/api/coverage?radiusKm=10&by=IZA&demo=true"), redSet());
        // The scope line keeps speaking of the real data.
        assertEquals(Integer.toString(real.at("/gaps/municipalities").size()), number("real-without"));
    }

    @Test
    void theSwitchShowsTheNormWithItsSourceKindsAndPerRegionGaps() {
        page.open("#/coverage?criterion=distance&radius=10&kind=&by=IZA&demo=false");
        assertEquals(1, page.count("#radius"));
        driver.findElement(By.id("criterion-municipality")).click();
        page.waitFor("the norm", () -> page.hash().contains("criterion=municipality") && "ready".equals(page.status()));
        assertEquals(0, page.count("#radius"), "no radius under the norm");

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
        page.screenshot("1280x800-dekking-norm");
        page.js("document.querySelector('.lsp-kinds').scrollIntoView()");
        page.screenshot("1280x800-dekking-norm-soorten");

        // CSV of the per-region table: Dutch spreadsheet CSV with the API's figures.
        String csv = page.download("document.querySelector('table.coverage-regions').closest('.table-block').querySelector('button').click()");
        String[] lines = csv.replaceFirst("^BOM\\|", "").split("\\R");
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
        page.resize(390, 844);
        page.open(page.hash());
        assertEquals(0L, page.horizontalOverflow());
        page.fullPageScreenshot("390x844-dekking-norm-full");
        page.resize(1280, 800);
        page.open(page.hash());

        // And back to reach: the slider returns and the red set is the distance gaps again.
        driver.findElement(By.id("criterion-distance")).click();
        page.waitFor("reach", () -> page.hash().contains("criterion=distance") && "ready".equals(page.status()));
        assertEquals(1, page.count("#radius"));
        assertEquals(gaps("/api/coverage?radiusKm=10&by=IZA&demo=false"), redSet());
    }

    private static Set<String> gaps(String path) {
        Set<String> codes = new HashSet<>();
        Http.get(path).json().at("/gaps/municipalities").forEach(c -> codes.add(c.asText()));
        return codes;
    }

    private static Set<String> redSet() {
        return new HashSet<>(page.strings("return [...document.querySelectorAll('#map path.uncovered')].map(p => p.dataset.code)"));
    }

    /** row key → text of one cell in each row. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> cells(String rows, int cell) {
        List<List<String>> pairs = (List<List<String>>) page.js("return [...document.querySelectorAll(arguments[0])]"
                + ".map(tr => [tr.dataset.key, tr.cells[arguments[1]].textContent.trim()])", rows, cell);
        Map<String, String> out = new HashMap<>();
        pairs.forEach(p -> out.put(p.get(0), p.get(1)));
        return out;
    }

    private static String number(String id) {
        return driver.findElement(By.id(id)).getText().replace(".", "");
    }

}
