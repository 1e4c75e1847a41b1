package nl.regiograaf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.NumberFormat;
import java.time.Duration;
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
import nl.regiograaf.support.Browser;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.TestGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page against the API it draws: every field a view reads must be one the API declares (/openapi.json), and the
 * numbers and verdicts a view shows must be the API's. Expected values are read from the API in each test.
 */
class ViewsAgreeWithApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
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
                if (url.origin !== location.origin || !url.pathname.startsWith('/api/')) return answer;
                return answer.then(data => wrap(data, url.pathname, ''));
              };
            })();
            """;

    /** The views whose reads are checked. The coverage view (Dekking) is being reworked on its own branch. */
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
            "#/network?focus=GM0363&depth=1");

    private static Browser browser;
    private static ChromeDriver driver;
    private static String base;

    @BeforeAll
    static void startBrowser() {
        base = TestGraph.get().baseUrl();
        browser = Browser.start(1280, 800);
        driver = browser.driver();
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
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
    }

    // ---- the contract: the page reads only fields the API declares ----------------------------------------------

    @Test
    void everyFieldTheViewsReadIsDeclaredByTheApi() {
        Set<String> reads = new TreeSet<>();
        for (String link : VIEWS) {
            open(link);
            waitFor("profile of " + link, () -> !"loading".equals(profileStatus()));
            reads.addAll(strings("return [...window.__apiReads]"));
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
        open("#/ketenaanpakken?by=IZA");
        List<String> order = strings("return [...document.querySelectorAll('#results table.matrix thead th')].slice(1)"
                + ".map(th => th.dataset.ketenaanpak)");
        assertEquals(answer.get("ketenaanpakken").size(), order.size());
        Map<String, Integer> counted = new HashMap<>();
        int cells = 0;
        for (JsonNode region : answer.get("regions")) {
            List<String> shown = strings("return [...document.querySelectorAll(\"#results table.matrix tr[data-key='\" + arguments[0]"
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
        assertEquals(Integer.toString(cells), text("#keten-summary [data-count=cells]").replace(".", ""));
        for (String state : List.of("municipal", "region-level-only", "absent")) {
            assertEquals(Integer.toString(counted.getOrDefault(state, 0)),
                    text("#keten-summary [data-count=" + state + "]").replace(".", ""), state);
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
        open("#/map?color=IZA&borders=&focus=GM0034");
        waitFor("profile", () -> "ready".equals(profileStatus()));
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
        open("#/ketenaanpakken?by=IZA");
        String csv = download("document.querySelector('#results .table-block button').click()");
        String[] lines = csv.replaceFirst("^\uFEFF", "").split("\\R");
        List<String> header = List.of(lines[0].split(";", -1));
        assertEquals(answer.get("regions").size() + 1, lines.length);
        Map<String, String> label = Map.of("municipal", "gemeenten", "region-level-only", "alleen regioniveau",
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
        open("#/partition?kind=");
        JsonNode iza = null;
        for (JsonNode check : checks) {
            String kind = check.get("kind").asText();
            List<String> cells = strings("return [...document.querySelectorAll(\"#results tr[data-key='\" + arguments[0] + \"'] td\")]"
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
        open("#/overlap?a=GGD&b=ROAZ");
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
        List<List<String>> rows = (List<List<String>>) js("return [...document.querySelectorAll('#results tr[data-key*=\"~\"]')]"
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
        open("#/overlap?a=GGD&b=GGD");
        assertTrue(hash().contains("a=GGD"), hash());
        assertFalse(hash().contains("b=GGD"), "B moved on from A's division: " + hash());
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
        open("#/map?color=GGD&borders=&focus=GM0034");
        waitFor("profile", () -> "ready".equals(profileStatus()));
        assertEquals(DUTCH.format(almere.get("population").asLong()), text("#profile-body [data-fact=population]"));
        WebElement note = driver.findElement(By.cssSelector("#profile-body [data-fact=population] + .source-note"));
        assertEquals(almere.get("populationSource").asText(), note.getAttribute("data-source"));
        assertTrue(note.getText().contains(dutchDate(almere.get("populationDate").asText())), note.getText());
        assertTrue(note.getText().contains(populationSource.get("publisher").asText().replaceFirst("\\s*\\(.*$", "")), note.getText());
        assertEquals(1, count("#profile-body .sources li[data-source='" + almere.get("populationSource").asText() + "']"),
                "the population table is among the sources");

        JsonNode flevoland = Http.get("/api/regions/IZA/IZA-FLEVOLAND").json();
        open("#/map?color=IZA&borders=&focus=IZA-FLEVOLAND");
        waitFor("profile", () -> "ready".equals(profileStatus()));
        assertEquals(DUTCH.format(flevoland.get("population").asLong()), text("#profile-body [data-fact=population]"));
        assertTrue(text("#profile-body [data-fact=population] + .source-note").contains(dutchDate(flevoland.get("populationDate").asText())));
    }

    @Test
    void mergedMembershipsNameTheCrosswalkAndSourcesLinkOnlyWebAddresses() {
        JsonNode dijkEnWaard = Http.get("/api/municipalities/GM1980").json();
        String crosswalk = dijkEnWaard.at("/regions/ROAZ/0/membership/crosswalk").asText();
        assertFalse(crosswalk.isEmpty(), "Dijk en Waard's ROAZ membership is carried across a merger");
        open("#/map?color=ROAZ&borders=&focus=GM1980");
        waitFor("profile", () -> "ready".equals(profileStatus()));
        assertEquals(1, count("#profile-body .via-merger[data-source='" + crosswalk + "']"));
        assertEquals(1, count("#profile-body .sources li[data-source='" + crosswalk + "']"), "the crosswalk is a listed source");
        for (String href : strings("return [...document.querySelectorAll('#profile-body .sources a')].map(a => a.getAttribute('href'))")) {
            assertTrue(href.matches("https?://[^\\s;()]+"), "a link is a web address: " + href);
        }
        String crosswalkUrl = source(crosswalk).get("url").asText();
        WebElement item = driver.findElement(By.cssSelector("#profile-body .sources li[data-source='" + crosswalk + "']"));
        if (!crosswalkUrl.startsWith("http")) {
            assertTrue(item.findElements(By.tagName("a")).isEmpty(), "a repository note is not a link");
            assertTrue(item.getText().contains("in de repository"), item.getText());
        }
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

    private static void open(String hash) {
        driver.get("about:blank");
        driver.get(base + "/" + hash);
        String view = hash.replaceFirst("^#/", "").replaceFirst("\\?.*$", "");
        waitFor("view " + view, () -> view.equals(js("return document.body.dataset.view"))
                && List.of("ready", "error").contains(js("return document.body.dataset.status")));
        if (!"ready".equals(js("return document.body.dataset.status"))) {
            fail(hash + " shows an error: " + driver.findElements(By.cssSelector("[role=alert]")).stream()
                    .map(WebElement::getText).toList());
        }
    }

    private static String download(String click) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const original = URL.createObjectURL;"
                        + "URL.createObjectURL = blob => { URL.createObjectURL = original;"
                        + "  blob.text().then(done); return original.call(URL, blob); };"
                        + "HTMLAnchorElement.prototype.click = function () {};"
                        + click + ";");
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, TIMEOUT).until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("Timed out waiting for " + what + " (hash " + hash() + ")");
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(String script, Object... args) {
        return (List<String>) js(script, args);
    }

    private static String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private static long count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    private static String hash() {
        return (String) js("return location.hash");
    }

    private static String profileStatus() {
        return (String) js("const p = document.getElementById('profile'); return p.hidden ? 'hidden' : p.dataset.status");
    }
}
