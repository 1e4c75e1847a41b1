package nl.regiograaf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.regiograaf.support.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The page against the API it draws: every field a view reads must be one the API declares (/openapi.json), and the
 * numbers and verdicts a view shows must be the API's. Expected values are read from the API in each test.
 */
class ViewsAgreeWithApiTest extends BrowserTest {

    private static final NumberFormat DUTCH = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL"));

    /**
     * Wraps every JSON answer of /api/ in a Proxy that records each property the page reads (or tests with "in"),
     * as "pathname /path/to/key"; array elements appear as "[]". Installed before any page script runs.
     */
    private static final String RECORDER = """
            (() => {
              const reads = new Set();
              window.__apiReads = reads;
              const passThrough = new Set(['then', 'toJSON', 'constructor']);
              const proxies = new WeakMap();
              const wrap = (value, endpoint, path) => {
                if (value === null || typeof value !== 'object') return value;
                if (proxies.has(value)) return proxies.get(value);
                const proxy = new Proxy(value, {
                  get(target, key, receiver) {
                    const v = Reflect.get(target, key, receiver);
                    if (typeof key === 'symbol') return v;
                    if (Array.isArray(target)) return /^\\d+$/.test(key) ? wrap(v, endpoint, path + '/[]') : v;
                    if (passThrough.has(key) || (key in Object.prototype && !Object.hasOwn(target, key))) return v;
                    reads.add(endpoint + ' ' + path + '/' + key);
                    return wrap(v, endpoint, path + '/' + key);
                  },
                  has(target, key) {
                    if (typeof key === 'string' && !Array.isArray(target)) reads.add(endpoint + ' ' + path + '/' + key);
                    return Reflect.has(target, key);
                  },
                });
                proxies.set(value, proxy);
                return proxy;
              };
              const json = Response.prototype.json;
              Response.prototype.json = function () {
                const url = new URL(this.url);
                const answer = json.call(this);
                // the geometry is TopoJSON, a format of its own, read by the topojson library
                if (url.origin !== location.origin || !url.pathname.startsWith('/api/') || url.pathname.startsWith('/api/geometry/')) return answer;
                return answer.then(data => wrap(data, url.pathname, ''));
              };
            })();
            """;

    /** The views whose reads are checked: every view, each in the states that read different answers. */
    private static final List<String> VIEWS = List.of(
            "#/map?color=IZA&borders=GGD",
            "#/map?color=GGD&borders=&focus=GM0034",
            "#/map?color=ROAZ&borders=&focus=GM1980",
            "#/map?color=IZA&borders=&focus=IZA-FLEVOLAND",
            "#/map?color=GGD&borders=&focus=GG1413",
            "#/map?color=ROAZ&borders=&focus=ROAZ-AZNN",
            "#/map?color=ZK&borders=&focus=ZK21",
            "#/overlap?a=GGD&b=ROAZ",
            "#/partition?kind=",
            "#/partition?kind=ROAZ",
            "#/ketenaanpakken?by=IZA",
            "#/ketenaanpakken?by=GGD&ka=gli",
            "#/network?focus=GM0363&depth=1",
            "#/coverage?criterion=distance&radius=10&kind=&by=IZA&demo=false",
            "#/coverage?criterion=municipality&kind=&by=GGD&demo=true",
            "#/design?base=ZK&moves=GM0034%3AZK07%2CGM0935%3ANIEUW1%3AMaas%2520en%2520Heuvelland&sel=GM0034",
            "#/changes?kind=GGD&from=2020&focus=GM0363",
            "#/werkstructuur?color=werkagenda&year=&demo=true&region=",
            "#/werkstructuur?color=venster&year=2026&demo=true&region=IZA-FLEVOLAND");


    @BeforeAll
    static void recordResponses() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
    }

    // ---- the contract: the page reads only fields the API declares ----------------------------------------------

    @Test
    void everyFieldTheViewsReadIsDeclaredByTheApi() {
        Set<String> reads = new TreeSet<>();
        for (String link : VIEWS) {
            page.open(link);
            page.waitFor("profile and late sections of " + link, () -> !"loading".equals(page.profileStatus()) && page.count(".loading") == 0);
            reads.addAll(page.strings("return [...window.__apiReads]"));
        }
        assertTrue(reads.size() > 50, "the recorder saw the page read the answers: " + reads);
        JsonNode openApi = Http.get("/openapi.json").json();
        List<String> undeclared = new ArrayList<>();
        for (String read : reads) {
            String problem = undeclared(openApi, read);
            if (problem != null) {
                undeclared.add(problem);
            }
        }
        assertEquals(List.of(), undeclared, "fields the page reads that the API does not declare");
    }

    /** Null when the read field is declared in the response schema of its endpoint, else what is wrong. */
    private static String undeclared(JsonNode openApi, String read) {
        String endpoint = read.substring(0, read.indexOf(' '));
        String path = read.substring(read.indexOf(' ') + 1);
        JsonNode schema = null;
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> p = paths.next();
            if (Pattern.matches(p.getKey().replaceAll("\\{[^}]+}", "[^/]+"), endpoint)) {
                schema = p.getValue().at("/get/responses/200/content/application~1json/schema");
            }
        }
        if (schema == null || schema.isMissingNode()) {
            return read + ": the endpoint has no documented JSON answer";
        }
        for (String step : path.substring(1).split("/")) {
            schema = resolve(openApi, schema);
            if (step.equals("[]")) {
                // /api/partition-check without kind answers an array of the documented object
                schema = schema.has("items") ? schema.get("items") : schema;
            } else if (schema.path("properties").has(step)) {
                schema = schema.get("properties").get(step);
            } else if (schema.path("additionalProperties").isObject()) {
                schema = schema.get("additionalProperties"); // a map: its keys are data (codes, kinds)
            } else if (!schema.has("properties") && !schema.has("items") && !schema.has("$ref")
                    && !"false".equals(schema.path("additionalProperties").asText())) {
                return null; // an untyped value (e.g. a relationship's properties): any key may be there
            } else {
                return read + ": no field '" + step + "' in the answer's schema (fields: " + fieldNames(schema) + ")";
            }
        }
        return null;
    }

    private static List<String> fieldNames(JsonNode schema) {
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode resolve(JsonNode openApi, JsonNode schema) {
        while (schema.has("$ref")) {
            schema = openApi.at(schema.get("$ref").asText().substring(1));
        }
        return schema;
    }

    // ---- ketenaanpakken --------------------------------------------------------------------------------------------

    @Test
    void ketenaanpakMatrixShowsTheApiStateOfEveryCellAndCountsTheGapsLikeIt() {
        JsonNode answer = Http.get("/api/ketenaanpakken/coverage?by=IZA").json();
        page.open("#/ketenaanpakken?by=IZA");
        List<String> order = page.strings("return [...document.querySelectorAll('#results table.matrix thead th')].slice(1)"
                + ".map(th => th.dataset.ketenaanpak)");
        assertEquals(answer.get("ketenaanpakken").size(), order.size());
        Map<String, Integer> counted = new HashMap<>();
        int cells = 0;
        for (JsonNode region : answer.get("regions")) {
            List<String> shown = page.strings("return [...document.querySelectorAll(\"#results table.matrix tr[data-key='\" + arguments[0]"
                    + " + \"'] td\")].slice(1).map(td => { const s = td.querySelector('[data-state]');"
                    + " return (s ? s.dataset.state : 'none') + '|' + td.textContent.trim(); })", region.get("code").asText());
            assertEquals(order.size(), shown.size(), region.get("code").asText());
            for (int i = 0; i < order.size(); i++) {
                JsonNode cell = region.at("/ketenaanpakken/" + order.get(i));
                String state = cell.get("state").asText();
                String[] stateAndText = shown.get(i).split("\\|", 2);
                assertEquals(state, stateAndText[0], region.get("code").asText() + " × " + order.get(i));
                if (state.equals("municipal")) {
                    long percent = Math.round(cell.get("share").asDouble() * 100);
                    assertTrue(stateAndText[1].startsWith(percent + "%"), region.get("code") + " × " + order.get(i) + ": "
                            + stateAndText[1] + " should show " + percent + "%");
                }
                counted.merge(state, 1, Integer::sum);
                cells++;
            }
        }
        assertTrue(counted.getOrDefault("municipal", 0) > 0, "the national data has municipal evidence: " + counted);
        assertEquals(Integer.toString(cells), page.text("#keten-summary [data-count=cells]").replace(".", ""));
        for (String state : List.of("municipal", "region-level-only", "absent")) {
            assertEquals(Integer.toString(counted.getOrDefault(state, 0)),
                    page.text("#keten-summary [data-count=" + state + "]").replace(".", ""), state);
        }
    }

    @Test
    void municipalityProfileSaysWhatTheApiSaysPerKetenaanpak() {
        JsonNode almere = Http.get("/api/municipalities/GM0034").json();
        String iza = almere.at("/regions/IZA/0/code").asText();
        JsonNode answer = Http.get("/api/ketenaanpakken/coverage?by=IZA").json();
        JsonNode region = null;
        for (JsonNode r : answer.get("regions")) {
            if (r.get("code").asText().equals(iza)) {
                region = r;
            }
        }
        assertTrue(region != null, "Almere's IZA region is in the answer");
        page.open("#/map?color=IZA&borders=&focus=GM0034");
        page.waitFor("profile", () -> "ready".equals(page.profileStatus()));
        int takingPart = 0;
        Iterator<Map.Entry<String, JsonNode>> cells = region.get("ketenaanpakken").fields();
        while (cells.hasNext()) {
            Map.Entry<String, JsonNode> cell = cells.next();
            WebElement row = driver.findElement(By.cssSelector("#profile-body tr[data-ketenaanpak='" + cell.getKey() + "']"));
            assertEquals(cell.getValue().get("state").asText(), row.getAttribute("data-state"), cell.getKey());
            boolean takes = false;
            for (JsonNode code : cell.getValue().get("takingPart")) {
                takes |= code.asText().equals("GM0034");
            }
            String said = row.findElement(By.tagName("td")).getText();
            if (takes) {
                takingPart++;
                assertEquals("gemeente doet mee", said, cell.getKey());
            } else {
                assertNotEquals("gemeente doet mee", said, cell.getKey());
            }
        }
        assertTrue(takingPart > 0, "Almere takes part in some ketenaanpak according to the API");
    }

    @Test
    void ketenaanpakCsvCarriesTheApiStateAndPercentWithOneDecimal() {
        JsonNode answer = Http.get("/api/ketenaanpakken/coverage?by=IZA").json();
        page.open("#/ketenaanpakken?by=IZA");
        String csv = page.download("document.querySelector('#results .table-block button').click()");
        String[] lines = csv.replaceFirst("^BOM\\|", "").split("\\R");
        List<String> header = List.of(lines[0].split(";", -1));
        assertEquals(answer.get("regions").size() + 1, lines.length);
        Map<String, String> label = Map.of("municipal", "deelname van gemeenten", "region-level-only", "alleen regioniveau",
                "absent", "geen deelname bekend");
        for (int l = 1; l < lines.length; l++) {
            List<String> row = List.of(lines[l].split(";", -1));
            JsonNode region = answer.get("regions").get(l - 1);
            assertEquals(region.get("code").asText(), row.get(header.indexOf("Code")));
            for (JsonNode k : answer.get("ketenaanpakken")) {
                JsonNode cell = region.at("/ketenaanpakken/" + k.get("code").asText());
                String name = k.get("name").asText();
                assertEquals(label.get(cell.get("state").asText()), row.get(header.indexOf(name)), region.get("code") + " " + name);
                assertEquals(cell.get("municipalities").asText(), row.get(header.indexOf(name + ": gemeenten die meedoen")));
                String percent = row.get(header.indexOf(name + ": % inwoners in gemeenten die meedoen"));
                assertEquals(Math.round(cell.get("share").asDouble() * 1000) / 10.0, Double.parseDouble(percent.replace(',', '.')), 1e-9);
            }
        }
    }

    // ---- Sluitend? -------------------------------------------------------------------------------------------------

    @Test
    void partitionVerdictsCarryTheApiCountsAndTheIzaCaveatInWords() {
        JsonNode checks = Http.get("/api/partition-check").json();
        page.open("#/partition?kind=");
        JsonNode iza = null;
        for (JsonNode check : checks) {
            String kind = check.get("kind").asText();
            List<String> cells = page.strings("return [...document.querySelectorAll(\"#results tr[data-key='\" + arguments[0] + \"'] td\")]"
                    + ".map(td => td.innerText.trim())", kind);
            assertEquals(check.get("ok").asBoolean() ? "✓ ja" : "✗ nee", cells.get(1).split("\\R")[0], kind);
            assertEquals(check.get("unassigned").size() + "", cells.get(2), kind);
            assertEquals(check.get("multiplyAssigned").size() + "", cells.get(3), kind);
            assertEquals(check.get("fragmented").size() + "", cells.get(4), kind);
            if (kind.equals("IZA")) {
                iza = check;
                long total = 0;
                for (JsonNode n : check.get("membershipEvidence")) {
                    total += n.asLong();
                }
                long unknown = check.get("unknownMembership").asLong();
                assertTrue(unknown > 0, "the national IZA memberships include reconstructed ones");
                assertTrue(cells.get(1).contains("maar " + DUTCH.format(unknown) + " van " + DUTCH.format(total)
                        + " lidmaatschappen niet door een bron vastgelegd"), "caveat next to the verdict: " + cells.get(1));
            }
        }
        assertTrue(iza != null);
        // the evidence levels in words (visible text, not a tooltip), with the API's counts
        Iterator<Map.Entry<String, JsonNode>> levels = iza.get("membershipEvidence").fields();
        while (levels.hasNext()) {
            Map.Entry<String, JsonNode> level = levels.next();
            WebElement item = driver.findElement(By.cssSelector(".evidence-levels[data-kind=IZA] li[data-level='" + level.getKey() + "']"));
            assertEquals(DUTCH.format(level.getValue().asLong()), item.findElement(By.cssSelector("[data-count]")).getText());
            assertTrue(item.getText().length() > 40, "explained in words: " + item.getText());
            assertFalse(item.getText().contains(level.getKey()), "no raw level code: " + item.getText());
        }
        assertTrue(driver.findElement(By.cssSelector(".evidence-levels[data-kind=IZA]")).isDisplayed());
    }

    // ---- Overlap ---------------------------------------------------------------------------------------------------

    @Test
    void overlapTableRowsAndDoubleMarksAreTheApis() {
        JsonNode answer = Http.get("/api/overlaps?a=GGD&b=ROAZ").json();
        page.open("#/overlap?a=GGD&b=ROAZ");
        Map<String, String> expected = new TreeMap<>();
        Set<String> doubles = new TreeSet<>();
        for (JsonNode x : answer.get("intersections")) {
            String key = x.at("/a/code").asText() + "~" + x.at("/b/code").asText();
            expected.put(key, DUTCH.format(x.get("population").asLong()));
            for (JsonNode m : x.get("municipalities")) {
                if (m.get("multiple").asBoolean()) {
                    doubles.add(key + " " + m.get("name").asText());
                }
            }
        }
        assertFalse(doubles.isEmpty(), "Amsterdam lies in two ROAZ regions");
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) page.js("return [...document.querySelectorAll('#results tr[data-key*=\"~\"]')]"
                + ".map(tr => [tr.dataset.key, tr.cells[1].textContent.trim(),"
                + " [...tr.cells[0].querySelectorAll('small')].map(s => s.innerHTML).join('')])");
        Map<String, String> shown = new TreeMap<>();
        Set<String> shownDoubles = new TreeSet<>();
        for (List<String> row : rows) {
            shown.put(row.get(0), row.get(1));
            for (String part : row.get(2).replaceFirst("^[^:]*: ", "").split(", ")) {
                if (part.contains("⚑")) {
                    shownDoubles.add(row.get(0) + " " + part.replaceAll("\\s*<abbr.*$", ""));
                }
            }
        }
        assertEquals(expected, shown);
        assertEquals(doubles, shownDoubles);
    }

    @Test
    void overlapOffersOnlyOtherDivisionsForB() {
        page.open("#/overlap?a=GGD&b=GGD");
        assertTrue(page.hash().contains("a=GGD"), page.hash());
        assertFalse(page.hash().contains("b=GGD"), "B moved on from A's division: " + page.hash());
        List<String> options = new Select(driver.findElement(By.id("overlap-b"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).toList();
        assertFalse(options.contains("GGD"), options.toString());
        assertEquals(5, options.size(), options.toString());
    }

    // ---- profile: facts with their own source and date, provenance you can follow -------------------------------

    @Test
    void profileShowsThePopulationWithItsOwnSourceAndDate() {
        JsonNode almere = Http.get("/api/municipalities/GM0034").json();
        JsonNode populationSource = source(almere.get("populationSource").asText());
        page.open("#/map?color=GGD&borders=&focus=GM0034");
        page.waitFor("profile", () -> "ready".equals(page.profileStatus()));
        assertEquals(DUTCH.format(almere.get("population").asLong()), page.text("#profile-body [data-fact=population]"));
        WebElement note = driver.findElement(By.cssSelector("#profile-body [data-fact=population] + .source-note"));
        assertEquals(almere.get("populationSource").asText(), note.getAttribute("data-source"));
        assertTrue(note.getText().contains(dutchDate(almere.get("populationDate").asText())), note.getText());
        assertTrue(note.getText().contains(populationSource.get("publisher").asText().split(" ")[0]), "names the publisher: " + note.getText());
        assertEquals(1, page.count("#profile-body .sources li[data-source='" + almere.get("populationSource").asText() + "']"),
                "the population table is among the sources");

        JsonNode flevoland = Http.get("/api/regions/IZA/IZA-FLEVOLAND").json();
        page.open("#/map?color=IZA&borders=&focus=IZA-FLEVOLAND");
        page.waitFor("profile", () -> "ready".equals(page.profileStatus()));
        assertEquals(DUTCH.format(flevoland.get("population").asLong()), page.text("#profile-body [data-fact=population]"));
        assertTrue(page.text("#profile-body [data-fact=population] + .source-note").contains(dutchDate(flevoland.get("populationDate").asText())));
    }

    @Test
    void mergedMembershipsNameTheCrosswalkAndSourcesLinkOnlyWebAddresses() {
        JsonNode dijkEnWaard = Http.get("/api/municipalities/GM1980").json();
        String crosswalk = dijkEnWaard.at("/regions/ROAZ/0/membership/crosswalk").asText();
        assertFalse(crosswalk.isEmpty(), "Dijk en Waard's ROAZ membership is carried across a merger");
        page.open("#/map?color=ROAZ&borders=&focus=GM1980");
        page.waitFor("profile", () -> "ready".equals(page.profileStatus()));
        assertEquals(1, page.count("#profile-body .via-merger[data-source='" + crosswalk + "']"));
        assertEquals(1, page.count("#profile-body .sources li[data-source='" + crosswalk + "']"), "the crosswalk is a listed source");
        for (String href : page.strings("return [...document.querySelectorAll('#profile-body .sources a')].map(a => a.getAttribute('href'))")) {
            assertTrue(href.matches("https?://[^\\s;()]+"), "a link is a web address: " + href);
        }
        String crosswalkUrl = source(crosswalk).get("url").asText();
        WebElement item = driver.findElement(By.cssSelector("#profile-body .sources li[data-source='" + crosswalk + "']"));
        if (!crosswalkUrl.startsWith("http")) {
            assertTrue(item.findElements(By.tagName("a")).isEmpty(), "a repository note is not a link");
            assertTrue(item.getText().contains("in de repository"), item.getText());
        }
    }

    // ---- small defects (issue 13, point 10) -------------------------------------------------------------------------

    @Test
    void theProfileOutlineDoesNotLookLikeTheDoubleMarking() {
        page.open("#/partition?kind=ROAZ&focus=GM0034");
        page.waitFor("focus outline", () -> !page.attribute(".focus-line", "d").isEmpty());
        String focusStroke = (String) page.js("return getComputedStyle(document.querySelector('.focus-line')).stroke");
        String focusDash = (String) page.js("return getComputedStyle(document.querySelector('.focus-line')).strokeDasharray");
        String doubleStroke = (String) page.js("return getComputedStyle(document.querySelector('path.p-double')).stroke");
        String doubleDash = (String) page.js("return getComputedStyle(document.querySelector('path.p-double')).strokeDasharray");
        assertFalse(focusStroke.equals(doubleStroke) && focusDash.equals(doubleDash),
                "focus outline " + focusStroke + " " + focusDash + " vs double " + doubleStroke + " " + doubleDash);
    }

    @Test
    void aSearchResultIsZoomedToOnTheMap() {
        page.open("#/map?color=GGD&borders=");
        assertEquals("", page.attribute("#map svg g.root", "transform"));
        WebElement input = driver.findElement(By.id("search-input"));
        input.sendKeys("Vaals");
        page.waitFor("search results", () -> page.count("#search-results [role=option]") > 0);
        input.sendKeys(Keys.ENTER);
        page.waitFor("zoomed", () -> page.attribute("#map svg g.root", "transform").contains("scale"));
        // the chosen municipality lies in the middle of the map, enlarged
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) page.js("const m = document.querySelector('#map svg').getBoundingClientRect();"
                + "const p = document.querySelector('#map path[data-code=GM0981]').getBoundingClientRect();"
                + "return [p.x + p.width / 2 - (m.x + m.width / 2), p.y + p.height / 2 - (m.y + m.height / 2), p.width, m.width];");
        assertTrue(Math.abs(box.get(0).doubleValue()) < box.get(3).doubleValue() / 10, "centred horizontally: " + box);
        assertTrue(box.get(2).doubleValue() > 40, "Vaals drawn large: " + box);
    }

    @Test
    void keyboardFocusStaysOnTheTableRowChosenWithEnter() {
        page.open("#/overlap?a=GGD&b=ZK");
        WebElement row = driver.findElements(By.cssSelector("#results tr.clickable[data-key]")).get(2);
        String key = row.getAttribute("data-key");
        row.sendKeys(Keys.ENTER);
        page.waitFor("row chosen", () -> page.hash().contains("row=") && "ready".equals(page.js("return document.body.dataset.status")));
        page.waitFor("focus on the row", () -> key.equals(page.js("const a = document.activeElement; return a && a.dataset ? a.dataset.key : null")));
    }

    @Test
    void onAPhoneTappingAnOverlapRowBringsTheMapIntoView() {
        page.resize(390, 844);
        page.open("#/overlap?a=GGD&b=ZK");
        WebElement row = driver.findElements(By.cssSelector("#results tr.clickable[data-key]")).get(5);
        page.js("arguments[0].scrollIntoView({block: 'center'})", row);
        assertTrue(((Number) page.js("return document.getElementById('map').getBoundingClientRect().bottom")).doubleValue() < 0,
                "the map is out of view while the row is read");
        row.click();
        page.waitFor("row chosen", () -> page.hash().contains("row=") && "ready".equals(page.js("return document.body.dataset.status")));
        page.waitFor("map in view", () -> {
            double top = ((Number) page.js("return document.getElementById('map').getBoundingClientRect().top")).doubleValue();
            return top >= -1 && top < 844 / 2.0;
        });
    }

    @Test
    void mapCaptionsNeverCoverAMunicipality() {
        for (String link : List.of("#/ketenaanpakken?by=IZA&ka=gli", "#/partition?kind=ROAZ&focus=GM0034", "#/overlap?a=GGD&b=ZK")) {
            page.open(link);
            @SuppressWarnings("unchecked")
            // title and note; the source lines at the bottom are MapExportsTest's (never over a municipality)
            List<Number> bottoms = (List<Number>) page.js("const captions = [...document.querySelectorAll('#map svg .titles .map-title, #map svg .titles .map-note')];"
                    + "const top = Math.min(...[...document.querySelectorAll('#map path.muni')].map(p => p.getBBox().y));"
                    + "return [Math.max(...captions.map(t => t.getBBox().y + t.getBBox().height)), top, captions.length];");
            assertTrue(bottoms.get(2).intValue() >= 2, link + ": a title and a note: " + bottoms);
            assertTrue(bottoms.get(0).doubleValue() <= bottoms.get(1).doubleValue(),
                    link + ": the captions end above the northernmost municipality (Wadden): " + bottoms);
        }
    }

    @Test
    void neighbouringRegionsStayDistinctForADeuteranope() {
        for (String kind : List.of("GGD", "VR", "ZK", "ROAZ", "IZA", "PROVINCE")) {
            page.open("#/map?color=" + kind + "&borders=");
            // fills of bordering municipalities in different regions (single-region municipalities; stripes aside)
            @SuppressWarnings("unchecked")
            List<List<String>> pairs = (List<List<String>>) ((JavascriptExecutor) driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch('/api/geometry/municipalities').then(r => r.json()).then(t => {"
                            + "  const o = t.objects[Object.keys(t.objects)[0]]; const nb = topojson.neighbors(o.geometries);"
                            + "  const path = code => document.querySelector('#map path.muni[data-code=' + code + ']');"
                            + "  const out = [];"
                            + "  o.geometries.forEach((g, i) => nb[i].forEach(j => { const a = path(g.id), b = path(o.geometries[j].id);"
                            + "    const ra = a.dataset.regions || '', rb = b.dataset.regions || '';"
                            + "    if (i < j && ra && rb && !ra.includes(' ') && !rb.includes(' ') && ra !== rb)"
                            + "      out.push([ra, rb, a.getAttribute('fill'), b.getAttribute('fill')]); }));"
                            + "  done(out); });");
            assertFalse(pairs.isEmpty(), kind);
            for (List<String> p : pairs) {
                double deltaE = deutanDeltaE(p.get(2), p.get(3));
                assertTrue(deltaE >= 12, kind + ": neighbouring regions " + p.get(0) + " and " + p.get(1) + " (" + p.get(2)
                        + ", " + p.get(3) + ") differ by ΔE " + String.format(Locale.ROOT, "%.1f", deltaE) + " for a deuteranope");
            }
        }
    }

    /** CIE76 ΔE between two colours as seen with deuteranopia (Machado et al. 2009, severity 1), Lab under D65. */
    private static double deutanDeltaE(String a, String b) {
        double[] x = deutanLab(a);
        double[] y = deutanLab(b);
        return Math.sqrt(Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
    }

    private static double[] deutanLab(String hex) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        double[][] machado = {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            rgb[i] = Math.min(1, Math.max(0, machado[i][0] * linear[0] + machado[i][1] * linear[1] + machado[i][2] * linear[2]));
        }
        double[] xyz = {(0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047,
                0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2],
                (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883};
        double[] f = new double[3];
        for (int i = 0; i < 3; i++) {
            f[i] = xyz[i] > 216.0 / 24389 ? Math.cbrt(xyz[i]) : (24389.0 / 27 * xyz[i] + 16) / 116;
        }
        return new double[] {116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])};
    }

    @Test
    void sameNamedNetworkNodesAreToldApart() {
        JsonNode graph = Http.get("/api/graph?focus=GM0363&depth=1").json();
        Map<String, Integer> labels = new HashMap<>();
        graph.get("nodes").forEach(n -> labels.merge(n.get("label").asText(), 1, Integer::sum));
        assertTrue(labels.values().stream().anyMatch(c -> c > 1), "the API gives same-named nodes around Amsterdam: " + labels);
        page.open("#/network?focus=GM0363&depth=1");
        List<String> shown = page.strings("return [...document.querySelectorAll('#network svg g.node text')].map(t => t.textContent)");
        assertEquals(graph.get("nodes").size(), shown.size(), "every node labelled at depth 1");
        assertEquals(shown.size(), new TreeSet<>(shown).size(), "no two labels alike: " + shown);
        assertTrue(shown.contains("Amsterdam (gemeente)"), shown.toString());
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------


    private static JsonNode source(String id) {
        for (JsonNode s : Http.get("/api/sources").json()) {
            if (s.get("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no source " + id);
    }

    private static String dutchDate(String iso) {
        String[] months = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                "oktober", "november", "december"};
        String[] p = iso.split("-");
        return Integer.parseInt(p[2]) + " " + months[Integer.parseInt(p[1]) - 1] + " " + p[0];
    }









}
