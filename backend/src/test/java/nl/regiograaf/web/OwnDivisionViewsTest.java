package nl.regiograaf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import nl.regiograaf.importer.OwnDivisionImport;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.Uploads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 15: an own division (POST /api/import/divisions) in the Overlap (A and B, B never A), Sluitend? and Ontwerp
 * (base) selectors, marked "(eigen indeling)", and each view showing the API's answer for it.
 */
class OwnDivisionViewsTest extends BrowserTest {

    private static final String KIND = "TVIEW" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(Locale.ROOT);
    private static final String LABEL = "Flevoland in twee (eigen indeling)";

    @BeforeAll
    static void importOwnDivision() {
        Http.Response imported = Uploads.post("/api/import/divisions?kind=" + KIND + "&name=Flevoland%20in%20twee&scope=PV24",
                "text/csv", "municipality;region;regionName\nAlmere;" + KIND + "-W;Flevoland west\nLelystad;" + KIND
                        + "-W;\nZeewolde;" + KIND + "-W;\nUrk;" + KIND + "-O;Flevoland oost\nNoordoostpolder;" + KIND
                        + "-O;\nDronten;" + KIND + "-O;\n");
        assertEquals(200, imported.status(), imported.body());
    }

    @AfterAll
    static void removeOwnDivision() {
        Uploads.remove(OwnDivisionImport.datasetId(KIND));
    }

    @Test
    void overlapOffersTheOwnDivisionAsAAndBButNeverBothAndShowsTheApisRows() {
        page.open("#/overlap?a=GGD&b=ZK");
        assertEquals(LABEL, optionText("overlap-a", KIND));
        assertEquals(LABEL, optionText("overlap-b", KIND));

        new Select(page.driver().findElement(By.id("overlap-a"))).selectByValue(KIND);
        page.waitFor("A = own division", () -> page.hash().contains("a=" + KIND) && "ready".equals(page.status()));
        assertEquals(null, optionText("overlap-b", KIND), "B never offers A's division");
        String b = new Select(page.driver().findElement(By.id("overlap-b"))).getFirstSelectedOption().getAttribute("value");
        JsonNode answer = Http.get("/api/overlaps?a=" + KIND + "&b=" + b).json();
        assertEquals(answer.get("intersections").size(), page.count("#results tr[data-key*='~']"),
                "one row per intersection of the API");
        for (JsonNode x : answer.get("intersections")) {
            String key = x.get("a").get("code").asText() + "~" + x.get("b").get("code").asText();
            assertEquals(1, page.count("#results tr[data-key='" + key + "']"), key);
        }
        assertTrue(page.text("#results").contains("regio's van " + LABEL), page.text("#results .headline"));
        assertFalse(page.text("#results").contains(KIND + " "), "the kind code is not shown as a label");

        // as B, against GGD: the rows are the API's
        page.open("#/overlap?a=GGD&b=" + KIND);
        assertEquals(KIND, new Select(page.driver().findElement(By.id("overlap-b"))).getFirstSelectedOption().getAttribute("value"));
        JsonNode reverse = Http.get("/api/overlaps?a=GGD&b=" + KIND).json();
        for (JsonNode x : reverse.get("intersections")) {
            String key = x.get("a").get("code").asText() + "~" + x.get("b").get("code").asText();
            assertEquals(1, page.count("#results tr[data-key='" + key + "']"), key);
        }
        assertEquals("#/overlap?a=" + KIND + "&b=ZK", normalisedHash("#/overlap?a=" + KIND + "&b=" + KIND), "a link with A = B moves B on");
    }

    @Test
    void sluitendOffersTheOwnDivisionAndShowsItsVerdictAndScope() {
        JsonNode check = Http.get("/api/partition-check?kind=" + KIND).json();
        page.open("#/partition?kind=");
        assertEquals(LABEL, optionText("partition-kind", KIND));
        WebElement row = page.driver().findElement(By.cssSelector("#results tr[data-key='" + KIND + "']"));
        assertTrue(row.getText().startsWith(LABEL), row.getText());
        assertTrue(row.getText().contains("sluitend bedoeld binnen Flevoland"), "the scope (PV24) by name: " + row.getText());
        assertTrue(row.getText().contains(check.get("ok").asBoolean() ? "✓ ja" : "✗ nee"), row.getText());

        new Select(page.driver().findElement(By.id("partition-kind"))).selectByValue(KIND);
        page.waitFor("the own division chosen", () -> page.hash().contains("kind=" + KIND) && "ready".equals(page.status()));
        assertEquals(KIND + "-W", page.attribute("#map path[data-code=GM0034]", "data-regions"), "coloured by the own division");
        assertTrue(page.text("#results").contains(LABEL), page.text("#results"));
    }

    @Test
    void ontwerpStartsFromTheOwnDivision() {
        page.open("#/design?base=ZK&moves=");
        assertEquals(LABEL, optionText("design-base", KIND));
        new Select(page.driver().findElement(By.id("design-base"))).selectByValue(KIND);
        page.waitFor("the own base", () -> page.hash().contains("base=" + KIND) && "ready".equals(page.status()));
        JsonNode answer = Http.get("/api/scenarios/check?base=" + KIND + "&moves=").json();
        assertEquals(KIND + "-W", page.attribute("#map path[data-code=GM0034]", "data-regions"), "the scenario's regions on the map");
        assertEquals(String.valueOf(answer.at("/partition/ok").asBoolean()), page.attribute("#design-status", "data-ok"));
        assertTrue(page.text("#results").contains(LABEL + " (basis)"), "the base among the divisions compared: " + page.text("#results"));
        assertEquals(2, answer.get("regions").size(), "two regions in the own division");
        assertEquals(2, page.count("#map .region-label"), "both named on the map");
    }

    @Test
    void theNetworkNamesTheOwnDivisionsKindByItsName() {
        page.open("#/network?focus=" + KIND + "-W&depth=1");
        assertTrue(page.text("#results ul.legend").contains(LABEL), page.text("#results ul.legend"));
        assertFalse(page.text("#results ul.legend").contains(KIND), "no kind code as a label");
    }

    @Test
    void theMapsSourceLineNamesTheOwnDivisionAndItsImportDayNotItsDatasetId() {
        JsonNode division = null;
        for (JsonNode d : Http.get("/api/divisions").json()) {
            if (d.get("kind").asText().equals(KIND)) {
                division = d;
            }
        }
        page.open("#/map?color=" + KIND + "&borders=");
        String source = String.join(" ", page.strings("return [...document.querySelectorAll('#map svg .map-source')].map(t => t.textContent)"));
        String[] iso = division.get("referenceDate").asText().split("-");
        String[] months = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                "november", "december"};
        assertTrue(source.contains("geïmporteerd " + Integer.parseInt(iso[2]) + " " + months[Integer.parseInt(iso[1]) - 1] + " " + iso[0]), source);
        assertTrue(source.contains(division.get("name").asText()), source);
        assertFalse(source.contains(division.get("dataset").asText()), "no dataset id: " + source);
    }

    @Test
    void dekkingKetenaanpakkenAndTheProfileShowTheOwnDivisionsRegions() {
        page.open("#/ketenaanpakken?by=" + KIND);
        assertEquals(LABEL, optionText("keten-by", KIND));
        JsonNode keten = Http.get("/api/ketenaanpakken/coverage?by=" + KIND).json();
        assertEquals(2, keten.get("regions").size(), keten.toString());
        assertEquals(keten.get("regions").size(), page.count("#results table.matrix tr[data-key]"), "one row per region of the API");
        for (JsonNode r : keten.get("regions")) {
            assertTrue(page.text("#results table.matrix tr[data-key='" + r.get("code").asText() + "']")
                    .startsWith(r.get("name").asText()), r.toString());
        }

        page.open("#/coverage?criterion=distance&radius=10&by=" + KIND);
        assertEquals(LABEL, optionText("coverage-by", KIND));
        JsonNode coverage = Http.get("/api/coverage?criterion=distance&radiusKm=10&by=" + KIND + "&demo=false").json();
        assertEquals(coverage.get("regions").size(), page.count("#results table.coverage-regions tr[data-key]"));
        for (JsonNode r : coverage.get("regions")) {
            assertEquals(1, page.count("#results table.coverage-regions tr[data-key='" + r.get("code").asText() + "']"), r.toString());
        }

        // the profile of an own region has the ketenaanpak cells of the API's answer by that division
        page.open("#/map?color=" + KIND + "&borders=&focus=" + KIND + "-W");
        page.waitFor("profile", () -> "ready".equals(page.profileStatus()) && page.count(".loading") == 0);
        JsonNode west = null;
        for (JsonNode r : keten.get("regions")) {
            west = r.get("code").asText().equals(KIND + "-W") ? r : west;
        }
        for (JsonNode k : keten.get("ketenaanpakken")) {
            String code = k.get("code").asText();
            assertEquals(west.get("ketenaanpakken").get(code).get("state").asText(),
                    page.attribute("#profile-body tr[data-ketenaanpak='" + code + "']", "data-state"), code);
        }
    }

    /** The text of the option with this value in the select, or null when it is not offered. */
    private static String optionText(String selectId, String value) {
        List<WebElement> options = new Select(page.driver().findElement(By.id(selectId))).getOptions();
        return options.stream().filter(o -> value.equals(o.getAttribute("value"))).map(WebElement::getText).findFirst().orElse(null);
    }

    private static String normalisedHash(String hash) {
        page.openFresh(hash);
        return page.hash();
    }
}
