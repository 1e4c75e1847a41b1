package nl.regiograaf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.regiograaf.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The "Wijzigingen" view (#/changes) and the profile's history in headless Chromium, against the API's diff. */
class ChangesViewTest extends BrowserTest {

    @Test
    void changesOfGgdSince2020MarkTheMapAndListTheEventsInDutch() {
        page.open("#/changes?kind=GGD&from=2020");
        JsonNode diff = Http.get("/api/divisions/diff?from=GGD@2020&to=GGD").json();

        List<String> rows = page.strings("return [...document.querySelectorAll('#results table.changes tbody tr')].map(r => r.innerText)");
        assertEquals(diff.get("moved").size() + diff.get("renamed").size() + diff.get("merged").size()
                + diff.get("split").size(), rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.contains(
                "Weesp: GGD Gooi en Vechtstreek → GGD Amsterdam (samengevoegd met Amsterdam, 24 maart 2022)")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("GGD Regio Twente → GGD Twente (nieuwe naam, zelfde gemeenten)")),
                rows.toString());
        assertEquals(diff.get("municipalityEvents").size(), page.count("#results table.events tbody tr"));
        assertTrue(driver.findElement(By.cssSelector("#results table.events")).getText()
                .contains("Appingedam, Delfzijl, Loppersum samengevoegd tot Eemsdelta"));

        assertEquals(codes(diff.get("marks").get("moved")),
                new TreeSet<>(page.strings("return [...document.querySelectorAll('#map path.muni.ch-moved')].map(p => p.dataset.code)")));
        assertEquals(codes(diff.get("marks").get("merged")),
                new TreeSet<>(page.strings("return [...document.querySelectorAll('#map path.muni.ch-merged')].map(p => p.dataset.code)")));
        assertTrue(page.attribute("#map path[data-code=GM0363]", "class").contains("ch-moved"));
        assertTrue(page.attribute("#map path[data-code=GM1979]", "class").contains("ch-merged"), "Eemsdelta was formed by a merger");

        String csv = page.download("document.querySelector('#results .table-block button').click()");
        assertTrue(csv.startsWith("BOM|Soort;Wijziging;Datum;Inwoners (2026)"), csv.substring(0, Math.min(80, csv.length())));
        assertTrue(csv.contains("Weesp: GGD Gooi en Vechtstreek → GGD Amsterdam"), csv);
        assertEquals(List.of(), page.severeConsoleEntries().stream().filter(e -> !e.contains("Failed to load resource")).toList(),
                "JavaScript errors in the console");
    }

    @Test
    void choosingAnotherDivisionShowsItsChanges() {
        page.open("#/changes?kind=GGD&from=2020");
        new Select(driver.findElement(By.id("changes-kind"))).selectByValue("VR");
        page.waitFor("VR changes", () -> page.hash().contains("kind=VR") && "ready".equals(page.status()));
        String text = driver.findElement(By.cssSelector("#results table.changes")).getText();
        assertTrue(text.contains("Haaren: Brabant-Noord → Midden- en West-Brabant"), text);
    }

    @Test
    void theProfileShowsPredecessorsAndEarlierRegions() {
        page.open("#/changes?kind=GGD&from=2020&focus=GM0363");
        page.waitFor("profile history", () -> driver.findElements(By.cssSelector("#profile-body table.history")).size() == 1);
        String profile = driver.findElement(By.id("profile-body")).getText();
        assertTrue(profile.contains("Weesp samengevoegd met Amsterdam (24 maart 2022)"), profile);
        assertTrue(profile.contains("Weesp: GGD Gooi en Vechtstreek"), profile);
        assertTrue(profile.contains("SpoedZorgNet"), profile);
    }

    @Test
    void zorgkantoorChangesSince2014ListTheEventsOf2015To2025() {
        page.open("#/changes?kind=ZK&from=2014");
        JsonNode diff = Http.get("/api/divisions/diff?from=ZK@2014&to=ZK").json();
        assertEquals("2014", new Select(driver.findElement(By.id("changes-from"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals(diff.get("municipalityEvents").size(), page.count("#results table.events tbody tr"));
        String events = driver.findElement(By.cssSelector("#results table.events")).getText();
        assertTrue(events.contains("Littenseradiel opgeheven en verdeeld over Leeuwarden, Súdwest-Fryslân, Waadhoeke"), events);
        assertTrue(events.contains("Groesbeek hernoemd tot Berg en Dal"), events);
        String changes = driver.findElement(By.cssSelector("#results table.changes")).getText();
        assertTrue(changes.contains("Vianen: Utrecht → Waardenland"), changes);
        assertTrue(driver.findElement(By.id("changes-summary")).getText().contains("82 gemeenten opgeheven"),
                driver.findElement(By.id("changes-summary")).getText());
        assertTrue(page.attribute("#map path[data-code=GM1949]", "class").contains("ch-merged"), "Waadhoeke was formed in 2018");
    }

    private static Set<String> codes(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).collect(Collectors.toCollection(TreeSet::new));
    }

}
