package nl.regiograaf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.regiograaf.support.DataFiles;
import nl.regiograaf.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The web explorer in a real headless Chromium against the running app and the national data.
 * Expected answers come from the reference files or from the API itself (the page must show what the API says).
 */
class WebExplorerTest extends BrowserTest {

    /** Failed requests are the subject of the noConsoleErrors test here; uncaught JavaScript errors fail every test. */
    @Override
    protected boolean consoleEntryFails(String entry) {
        return !entry.contains("Failed to load resource");
    }

    // ---- the map ------------------------------------------------------------------------------------------

    @Test
    void mapShowsEveryMunicipalityAsOnePath() {
        page.openFresh("#/map");
        List<String> codes = page.strings("return [...document.querySelectorAll('#map svg path.muni[data-code]')].map(p => p.dataset.code)");
        assertEquals(342, codes.size());
        Set<String> expected = DataFiles.csv("municipalities.csv").stream().map(r -> r.get("code")).collect(Collectors.toSet());
        assertEquals(expected, new HashSet<>(codes));
        assertTrue(page.strings("return [...document.querySelectorAll('#map path.muni')].map(p => p.getAttribute('d'))")
                .stream().allMatch(d -> d != null && d.startsWith("M")), "every municipality has a drawn outline");
    }

    @Test
    void switchingTheDivisionRecoloursTheMap() {
        page.openFresh("#/map?color=GGD");
        Map<String, String[]> ggd = paths();
        assertColouredBy(ggd, "ggd_code");

        new Select(driver.findElement(By.cssSelector("label[for=color-kind] + select"))).selectByValue("VR");
        page.waitFor("VR map", () -> page.hash().contains("color=VR") && "ready".equals(page.status()));
        Map<String, String[]> vr = paths();
        assertColouredBy(vr, "veiligheidsregio_code");
        long recoloured = ggd.keySet().stream().filter(c -> !ggd.get(c)[0].equals(vr.get(c)[0])).count();
        assertTrue(recoloured > 50, "switching GGD → VR changed the colour of only " + recoloured + " municipalities");
        assertEquals(1, page.count("nav.tabs a.active[data-view=map]"));
    }

    /** Municipalities of one region share one fill; the paths name the region of the reference file. */
    private static void assertColouredBy(Map<String, String[]> paths, String column) {
        Map<String, Set<String>> fillsPerRegion = new HashMap<>();
        for (Map<String, String> row : DataFiles.csv("municipality_regions.csv")) {
            String[] p = paths.get(row.get("municipality_code"));
            assertEquals(row.get(column), p[1], "region of " + row.get("municipality_code"));
            fillsPerRegion.computeIfAbsent(row.get(column), k -> new HashSet<>()).add(p[0]);
        }
        fillsPerRegion.forEach((region, fills) -> assertEquals(1, fills.size(), "one colour for " + region + ": " + fills));
        Set<String> distinct = fillsPerRegion.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        assertTrue(distinct.size() >= 4, "at least four colours, got " + distinct);
    }

    @Test
    void secondDivisionBordersAreDissolvedFromTheMunicipalities() {
        page.openFresh("#/map?color=GGD&borders=");
        assertEquals("", page.attribute(".second-borders", "d"));
        page.openFresh("#/map?color=GGD&borders=PROVINCE");
        String provinces = page.attribute(".second-borders", "d");
        page.openFresh("#/map?color=GGD&borders=IZA");
        String iza = page.attribute(".second-borders", "d");
        assertTrue(provinces.length() > 1000, "province borders drawn");
        assertTrue(iza.length() > provinces.length(), "42 IZA regions have more internal border than 12 provinces");
    }

    @Test
    void hoverShowsTheMunicipalityWithItsRegionsAndClickOpensItsProfile() {
        page.openFresh("#/map");
        WebElement almere = driver.findElement(By.cssSelector("#map path[data-code=GM0034]"));
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(almere).perform();
        WebElement tooltip = driver.findElement(By.id("tooltip"));
        page.waitFor("tooltip", tooltip::isDisplayed);
        assertTrue(tooltip.getText().contains("Almere"), tooltip.getText());
        assertTrue(tooltip.getText().contains("GGD Flevoland"), tooltip.getText());
        almere.click();
        page.waitFor("profile", () -> page.hash().contains("focus=GM0034") && "ready".equals(page.profileStatus()));
        assertEquals("Almere", driver.findElement(By.id("profile-title")).getText());
        String profile = driver.findElement(By.id("profile-body")).getText();
        for (String expected : List.of("GGD Flevoland", "'t Gooi", "Lelystad", "Brede SPUK 2025", "Mandaatgemeente", "Bronnen")) {
            assertTrue(profile.toLowerCase().contains(expected.toLowerCase()), "profile shows " + expected + ":\n" + profile);
        }
    }

    @Test
    void unknownCodeGivesAClearDutchMessage() {
        page.openFresh("#/map?focus=GM9999");
        page.waitFor("profile error", () -> "error".equals(page.profileStatus()));
        String message = driver.findElement(By.cssSelector("#profile [role=alert]")).getText();
        assertTrue(message.startsWith("Niet gevonden"), message);
        assertTrue(message.contains("GM9999"), "the technical detail names the code: " + message);
    }

    // ---- deep links -------------------------------------------------------------------------------------

    @Test
    void aDeepLinkRestoresItsView() {
        String link = "#/map?color=VR&borders=PROVINCE&focus=GM0363";
        page.openFresh(link);
        assertEquals(link, page.hash(), "the URL stays the complete state");
        assertEquals("VR", new Select(driver.findElement(By.id("color-kind"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals("PROVINCE", new Select(driver.findElement(By.id("border-kind"))).getFirstSelectedOption().getAttribute("value"));
        page.waitFor("profile", () -> "ready".equals(page.profileStatus()));
        assertEquals("Amsterdam", driver.findElement(By.id("profile-title")).getText());
        assertEquals(List.of("GM0363"), page.strings("return [...document.querySelectorAll('#map path.focus')].map(p => p.dataset.code)"));
        assertFalse(page.attribute(".second-borders", "d").isEmpty());
        assertEquals("VR13", paths().get("GM0363")[1]);

        // Switching view keeps the selection; the browser's back button restores the previous view exactly.
        driver.findElement(By.cssSelector("nav.tabs a[data-view=coverage]")).click();
        page.waitFor("coverage view", () -> page.hash().startsWith("#/coverage") && !"loading".equals(page.status()));
        assertTrue(page.hash().contains("focus=GM0363"), page.hash());
        driver.navigate().back();
        page.waitFor("back to the map", () -> page.hash().equals(link) && "ready".equals(page.status()));
        assertEquals("VR", new Select(driver.findElement(By.id("color-kind"))).getFirstSelectedOption().getAttribute("value"));

        String coverage = "#/coverage?criterion=distance&radius=7&kind=steunpunt&by=GGD&demo=false";
        page.openFresh(coverage);
        assertEquals("7", driver.findElement(By.id("radius")).getAttribute("value"));
        assertEquals("GGD", new Select(driver.findElement(By.id("coverage-by"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals("steunpunt", new Select(driver.findElement(By.id("coverage-kind"))).getFirstSelectedOption().getAttribute("value"));
        assertFalse(driver.findElement(By.id("coverage-demo")).isSelected());
        assertEquals(coverage, page.hash());
    }

    // ---- analysis views (need the analysis branch: /api/overlaps, /api/partition-check, /api/graph, /api/search) ----

    @Test
    void overlapOfGgdAndZorgkantoorListsNoordEnOostGelderlandWithFourRegions() {
        String nog = null;
        Set<String> expectedZk = new TreeSet<>();
        for (Map<String, String> row : DataFiles.csv("municipality_regions.csv")) {
            if (row.get("ggd_name").equals("GGD Noord- en Oost-Gelderland")) {
                nog = row.get("ggd_code");
                expectedZk.add(row.get("zorgkantoor_code"));
            }
        }
        assertEquals(4, expectedZk.size(), "the reference data itself: 4 zorgkantoor regions");

        page.open("#/overlap?a=GGD&b=ZK");
        List<WebElement> rows = driver.findElements(By.cssSelector("#results tr[data-key^='" + nog + "~']"));
        Set<String> shownZk = rows.stream().map(r -> r.getAttribute("data-key").split("~")[1]).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expectedZk, shownZk);
        rows.forEach(r -> assertTrue(r.getText().contains("GGD Noord- en Oost-Gelderland"), r.getText()));
        // the region is not congruent: its municipalities keep their colour on the map
        assertTrue(driver.findElement(By.cssSelector("#map path[data-code=GM0200]")).getAttribute("class").contains("nc"),
                "Apeldoorn (GGD NOG) marked as part of a non-congruent region");

        // clicking a row highlights exactly its municipalities, and the URL remembers the row
        WebElement row = rows.get(0);
        String key = row.getAttribute("data-key");
        row.click();
        page.waitFor("row highlight", () -> page.hash().contains("row=" + key.replace("~", "%7E")) || page.hash().contains("row=" + key));
        page.waitFor("ready", () -> "ready".equals(page.status()));
        Set<String> highlighted = new HashSet<>(page.strings("return [...document.querySelectorAll('#map path.hl')].map(p => p.dataset.code)"));
        Set<String> expected = new HashSet<>();
        JsonNode answer = Http.get("/api/overlaps?a=GGD&b=ZK").json();
        answer.get("intersections").forEach(x -> {
            if ((x.at("/a/code").asText() + "~" + x.at("/b/code").asText()).equals(key)) {
                x.get("municipalities").forEach(m -> expected.add(m.get("code").asText()));
            }
        });
        assertFalse(expected.isEmpty());
        assertEquals(expected, highlighted);

        // and the deep link with the row restores the highlight
        String link = page.hash();
        page.open(link);
        assertEquals(expected, new HashSet<>(page.strings("return [...document.querySelectorAll('#map path.hl')].map(p => p.dataset.code)")));
        assertEquals(1, page.count("#results tr.selected[data-key='" + key + "']"));
    }

    @Test
    void partitionCheckListsTheDoubleRoazMunicipalities() {
        page.open("#/partition?kind=ROAZ");
        String results = driver.findElement(By.id("results")).getText();
        assertTrue(results.contains("Amsterdam"), results);
        assertTrue(driver.findElement(By.cssSelector("#map path[data-code=GM0363]")).getAttribute("class").contains("p-double"));
    }

    @Test
    void networkDrawsTheGraphAroundTheFocusAndClickRefocuses() {
        page.open("#/network?focus=GM0034&depth=1");
        JsonNode graph = Http.get("/api/graph?focus=GM0034&depth=1").json();
        assertEquals(graph.get("nodes").size(), page.count("#network svg g.node"));
        assertEquals(1, page.count("#network svg g.node.focus[data-id=GM0034]"));
        driver.findElement(By.cssSelector("#network svg g.node[data-id=GM0995] circle")).click();
        page.waitFor("refocused on Lelystad", () -> page.hash().contains("focus=GM0995") && "ready".equals(page.status()));
        assertEquals(1, page.count("#network svg g.node.focus[data-id=GM0995]"));
    }

    @Test
    void searchFindsAMunicipalityWithoutDiacriticsAndOpensItsProfile() {
        page.openFresh("#/map");
        WebElement input = driver.findElement(By.id("search-input"));
        input.sendKeys("sudwest");
        page.waitFor("search results", () -> page.count("#search-results [role=option]") > 0);
        assertTrue(driver.findElement(By.id("search-results")).getText().contains("Súdwest-Fryslân"));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        page.waitFor("profile", () -> page.hash().contains("focus=GM1900") && "ready".equals(page.profileStatus()));
        assertEquals("Súdwest-Fryslân", driver.findElement(By.id("profile-title")).getText());
    }

    // ---- coverage (needs the support branch: /api/coverage, /api/support-points) ------------------------

    @Test
    void coverageSliderChangesTheUncoveredSet() {
        page.open("#/coverage?radius=5&kind=&by=IZA&demo=true");
        Set<String> at5 = uncovered();
        assertEquals(gaps(5), at5, "the map marks exactly the API's gaps at 5 km");
        assertTrue(page.count("#map .points circle") > 0, "support points drawn");
        assertTrue(driver.findElement(By.cssSelector(".demo-label")).isDisplayed(), "demo data labelled");

        WebElement slider = driver.findElement(By.id("radius"));
        slider.sendKeys(Keys.END); // keyboard: the slider is reachable and moves to 50 km
        page.waitFor("50 km", () -> page.hash().contains("radius=50") && "ready".equals(page.status()));
        assertEquals("50 km", driver.findElement(By.id("radius-value")).getText());
        Set<String> at50 = uncovered();
        assertEquals(gaps(50), at50);
        assertNotEquals(at5, at50);
        assertTrue(at5.containsAll(at50), "a larger radius never uncovers a municipality");
        assertEquals(Integer.toString(at50.size()), driver.findElement(By.id("uncovered-count")).getText().replace(".", ""));
    }

    private static Set<String> uncovered() {
        return new HashSet<>(page.strings("return [...document.querySelectorAll('#map path.uncovered')].map(p => p.dataset.code)"));
    }

    private static Set<String> gaps(int radius) {
        Set<String> codes = new HashSet<>();
        Http.get("/api/coverage?radiusKm=" + radius + "&by=IZA").json().at("/gaps/municipalities")
                .forEach(c -> codes.add(c.isObject() ? c.get("code").asText() : c.asText()));
        return codes;
    }

    // ---- exports ------------------------------------------------------------------------------------------

    @Test
    void exportsTheTableAsCsvAndTheMapAsSvg() {
        page.openFresh("#/map?color=GGD");
        String csv = page.download("document.querySelector('#results .table-block button').click()");
        assertTrue(csv.startsWith("BOM|"), "UTF-8 byte order mark, so spreadsheets read the accents right");
        String[] lines = csv.substring(4).split("\\R");
        assertEquals("Regio;Code;Gemeenten;Inwoners", lines[0]);
        assertEquals(26, lines.length, "header + 25 GGD regions");
        assertTrue(csv.contains("GGD Amsterdam;GG3406;"), csv);

        String svg = page.download("document.getElementById('export-svg').click()").replaceFirst("^BOM\\|", "");
        assertTrue(svg.startsWith("<svg"), svg.substring(0, 40));
        assertEquals(342, svg.split("data-code=").length - 1);
        assertTrue(svg.contains("<style>"), "the export carries its own styles");

        Object png = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const original = URL.createObjectURL;"
                        + "URL.createObjectURL = blob => { if (blob.type === 'image/png') { URL.createObjectURL = original;"
                        + "  blob.arrayBuffer().then(b => { const u = new Uint8Array(b); done(u.length + ' ' + String.fromCharCode(u[1], u[2], u[3])); }); }"
                        + "  return original.call(URL, blob); };"
                        + "HTMLAnchorElement.prototype.click = function () {};"
                        + "document.getElementById('export-png').click();");
        String[] sizeAndMagic = ((String) png).split(" ");
        assertEquals("PNG", sizeAndMagic[1]);
        assertTrue(Integer.parseInt(sizeAndMagic[0]) > 20_000, "a PNG of the map, not an empty image: " + png);
    }

    @Test
    void loadsNothingFromElsewhere() {
        for (String link : VIEWS.values()) {
            page.openFresh(link);
            List<String> foreign = page.strings("return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".filter(n => !n.startsWith(location.origin + '/') && !n.startsWith('data:') && !n.startsWith('blob:'))");
            assertEquals(List.of(), foreign, "requests to other origins from " + link);
        }
        for (String library : page.strings("return [...document.scripts].map(s => s.src).filter(Boolean)")) {
            assertTrue(library.startsWith(page.base() + "/webjars/") || library.startsWith(page.base() + "/js/"), library);
        }
    }

    // ---- every view: console, layout, screenshots -----------------------------------------------------------

    private static final Map<String, String> VIEWS = new LinkedHashMap<>();

    static {
        VIEWS.put("kaart", "#/map?color=IZA&borders=GGD");
        VIEWS.put("profiel", "#/map?color=GGD&borders=&focus=GM0034");
        VIEWS.put("profiel-regio", "#/map?color=IZA&borders=&focus=IZA-FLEVOLAND");
        VIEWS.put("overlap", "#/overlap?a=GGD&b=ZK&focus=GG1413");
        VIEWS.put("sluitend", "#/partition?kind=");
        VIEWS.put("dekking", "#/coverage?radius=10&kind=&by=IZA&demo=true");
        VIEWS.put("ketenaanpakken", "#/ketenaanpakken?by=IZA");
        VIEWS.put("netwerk", "#/network?focus=GM0363&depth=1");
        VIEWS.put("wijzigingen", "#/changes?kind=GGD&from=2020&focus=GM0363");
        VIEWS.put("ontwerp", "#/design?base=ZK&moves=GM0034%3AZK07");
        VIEWS.put("werkstructuur", "#/werkstructuur?color=werkagenda&year=&demo=true&region=IZA-FLEVOLAND");
        VIEWS.put("sluitend-iza", "#/partition?kind=IZA");
        VIEWS.put("dekking-norm", "#/coverage?criterion=municipality&kind=&by=IZA&demo=false");
    }

    @Test
    void noConsoleErrors() {
        for (String link : VIEWS.values()) {
            page.openFresh(link);
            page.waitFor("profile of " + link, () -> !"loading".equals(page.profileStatus()));
        }
        assertEquals(List.of(), page.severeConsoleEntries(), "console errors (failed requests included) while visiting every view");
    }

    @Test
    void everyViewWorksOnDesktopAndPhoneWithScreenshots() {
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            page.resize(size[0], size[1]);
            for (Map.Entry<String, String> view : VIEWS.entrySet()) {
                page.openFresh(view.getValue());
                page.waitFor("profile of " + view.getKey(), () -> !"loading".equals(page.profileStatus()));
                String name = size[0] + "x" + size[1] + "-" + view.getKey();
                page.screenshot(name);
                if (size[0] < 900) {
                    // the phone layout is one long column: keep the whole page too
                    page.fullPageScreenshot(name + "-full");
                }
                if (!"ready".equals(page.status())) {
                    problems.add(view.getKey() + " at " + size[0] + "px: " + page.shownErrors());
                }
                // every tab in sight (none scrolled away behind the search box), no browser-language file button
                List<String> hiddenTabs = page.strings("const box = document.getElementById('tabs').getBoundingClientRect();"
                        + "return [...document.querySelectorAll('nav.tabs a')].filter(a => { const b = a.getBoundingClientRect();"
                        + " return b.width === 0 || b.right > box.right + 0.5 || b.left < box.left - 0.5; }).map(a => a.textContent)");
                if (!hiddenTabs.isEmpty()) {
                    problems.add(view.getKey() + " at " + size[0] + "px hides the tabs " + hiddenTabs);
                }
                if (((Number) page.js("return [...document.querySelectorAll('input[type=file]')].filter(i => i.getBoundingClientRect().width > 1).length")).intValue() > 0) {
                    problems.add(view.getKey() + " at " + size[0] + "px shows the browser's own (English) file button");
                }
                long overflow = page.horizontalOverflow();
                if (overflow > 0) {
                    problems.add(view.getKey() + " at " + size[0] + "px is " + overflow + "px wider than the screen");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** code → [fill, region codes] of every municipality path. */
    @SuppressWarnings("unchecked")
    private static Map<String, String[]> paths() {
        List<List<String>> rows = (List<List<String>>) page.js("return [...document.querySelectorAll('#map path.muni')]"
                + ".map(p => [p.dataset.code, p.getAttribute('fill'), p.dataset.regions || ''])");
        Map<String, String[]> out = new HashMap<>();
        rows.forEach(r -> out.put(r.get(0), new String[] {r.get(1), r.get(2)}));
        return out;
    }

}
