package nl.regiograaf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.regiograaf.support.Fixtures;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.Uploads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The Werkstructuur view in headless Chromium: the page shows exactly what /api/werkstructuur and /api/venster say. */
class WerkstructuurWebTest extends BrowserTest {

    @AfterAll
    static void removeUploads() {
        Uploads.delete("/api/import/werkstructuur");
    }

    /** municipality code → IZA region code, from the API. */
    private static Map<String, String> izaOf() {
        Map<String, String> iza = new HashMap<>();
        Http.get("/api/memberships?kind=IZA").json().forEach(m -> iza.put(m.get("municipality").asText(),
                m.get("regions").get("IZA").get(0).asText()));
        return iza;
    }

    @Test
    void theMapIsColouredByTheWerkagendaStatusOfEachRegion() {
        assertEquals(200, Uploads.post("/api/import/werkstructuur", "text/csv",
                new String(Fixtures.bytes("werkstructuur/documents-good.csv"))).status());
        page.open("#/werkstructuur?color=werkagenda");
        Map<String, String> statusByRegion = new HashMap<>();
        Http.get("/api/werkstructuur").json().get("regions").forEach(r -> statusByRegion.put(r.get("code").asText(),
                r.get("azwaDeadline").get("status").asText()));
        assertEquals("on-time", statusByRegion.get("IZA-ACHTERHOEK"));
        Map<String, String> classes = classes();
        assertEquals(342, classes.size());
        izaOf().forEach((municipality, region) -> assertTrue(classes.get(municipality).contains("ws-" + statusByRegion.get(region)),
                municipality + " in " + region + ": " + classes.get(municipality)));
        String attention = driver.findElement(By.cssSelector("table.ws-attention")).getText();
        assertTrue(attention.contains("Twente") && attention.contains("te laat (5 dagen)"), attention);
        page.screenshot("1280x800-werkstructuur");
    }

    @Test
    void theVensterColoursDivergentRegionsAndLabelsTheDemo() {
        page.open("#/werkstructuur?color=venster&year=2026");
        JsonNode venster = Http.get("/api/venster?year=2026").json();
        Set<String> conversation = new TreeSet<>();
        venster.get("national").get("conversationRegions").forEach(c -> conversation.add(c.asText()));
        assertFalse(conversation.isEmpty(), "the DEMO set has divergent regions");
        Map<String, String> classes = classes();
        izaOf().forEach((municipality, region) -> assertEquals(conversation.contains(region),
                classes.get(municipality).contains("vs-conversation"), municipality + " in " + region));
        assertTrue(driver.findElement(By.id("ws-demo-label")).getText().contains("DEMO"));
        // The caption note wraps over up to two lines (one text element each)
        assertTrue(driver.findElements(By.cssSelector("#map svg .map-note")).stream().map(WebElement::getText)
                .collect(java.util.stream.Collectors.joining(" ")).contains("DEMO"));
        List<WebElement> rows = driver.findElements(By.cssSelector("table.ws-attention tbody tr"));
        Set<String> shown = new TreeSet<>();
        rows.forEach(r -> shown.add(r.getAttribute("data-key")));
        assertTrue(shown.containsAll(conversation), "every region needing a conversation is in the national table");

        // Switching to imported answers only: no DEMO label, nothing coloured as divergent.
        new Select(driver.findElement(By.id("ws-demo"))).selectByValue("false");
        page.waitFor("imported only", () -> page.hash().contains("demo=false") && "ready".equals(page.status()));
        assertTrue(driver.findElements(By.id("ws-demo-label")).isEmpty());
        assertTrue(classes().values().stream().noneMatch(c -> c.contains("vs-conversation")));
    }

    /** The region's roles as nodes: the link opens the network, which draws exactly the nodes /api/graph sends. */
    @Test
    void theRolesOfARegionOpenAsANetwork() {
        page.open("#/werkstructuur?region=IZA-TWENTE");
        page.waitFor("region detail", () -> "ready".equals(page.status())
                && !driver.findElements(By.cssSelector("#ws-region a.ws-network")).isEmpty());
        driver.findElement(By.cssSelector("#ws-region a.ws-network")).click();
        page.waitFor("network", () -> page.hash().startsWith("#/network") && "ready".equals(page.status())
                && !driver.findElements(By.cssSelector("#network svg g.node")).isEmpty());
        JsonNode graph = Http.get("/api/graph?focus=IZA-TWENTE&depth=1").json();
        Set<String> roleTargets = new TreeSet<>();
        graph.get("links").forEach(l -> {
            if (Set.of("WORKS_WITH_GGD", "ZORGKANTOOR", "MANDAATGEMEENTE").contains(l.get("type").asText())) {
                roleTargets.add(l.get("target").asText());
            }
        });
        assertFalse(roleTargets.isEmpty());
        Set<String> drawn = new TreeSet<>(page.strings(
                "return [...document.querySelectorAll('#network svg g.node')].map(n => n.getAttribute('data-id'))"));
        assertTrue(drawn.containsAll(roleTargets), "role nodes drawn: " + roleTargets + " in " + drawn);
        Set<String> sent = new TreeSet<>();
        graph.get("nodes").forEach(n -> sent.add(n.get("id").asText()));
        assertEquals(sent, drawn);
        page.screenshot("werkstructuur-network");
    }

    @Test
    void aRegionShowsItsRolesVensterGridGgdsAndMoney() {
        JsonNode venster = Http.get("/api/venster?year=2026").json();
        String code = venster.get("national").get("conversationRegions").get(0).asText();
        JsonNode answers = null;
        for (JsonNode r : venster.get("regions")) {
            if (r.get("code").asText().equals(code)) {
                answers = r;
            }
        }
        JsonNode region = Http.get("/api/werkstructuur/" + code).json();
        page.open("#/werkstructuur?color=venster&year=2026");
        driver.findElement(By.cssSelector("table.ws-attention tbody tr[data-key='" + code + "']")).click();
        page.waitFor("region detail", () -> page.hash().contains("region=" + code) && "ready".equals(page.status())
                && !driver.findElements(By.cssSelector("#ws-region[data-code='" + code + "']")).isEmpty());
        WebElement detail = driver.findElement(By.id("ws-region"));
        assertTrue(detail.getText().contains(region.get("mandaatgemeente").get("name").asText()));
        assertTrue(detail.getText().contains("DEMO"), "the DEMO answers are labelled in the grid");
        assertEquals(9, detail.findElements(By.cssSelector("table.venster-grid tbody td")).size());
        for (String f : List.of("gemeenten", "zorgverzekeraar", "zorgkantoor")) {
            for (String q : List.of("proces", "agenda", "resultaten")) {
                JsonNode a = answers.get("answers").get(f).get(q);
                String cell = detail.findElement(By.cssSelector("td[data-financier=" + f + "][data-question=" + q + "]")).getText();
                assertEquals(a == null ? "–" : a.asText(), cell, f + " " + q);
            }
        }
        Set<String> divergent = new TreeSet<>();
        answers.get("divergent").forEach(d -> divergent.add(d.get("question").asText()));
        Set<String> marked = new TreeSet<>();
        detail.findElements(By.cssSelector("table.venster-grid thead th.divergent")).forEach(th -> marked.add(th.getAttribute("data-question")));
        assertEquals(divergent, marked);
        assertEquals(region.get("ggd").size(), detail.findElements(By.cssSelector("table.ws-ggd tbody tr")).size());
        assertEquals(region.get("roles").size(), detail.findElements(By.cssSelector("table.ws-roles tbody tr")).size());
        String money = detail.findElement(By.cssSelector("table.ws-money")).getText();
        assertTrue(money.contains("(echt)") && money.contains("AZWA 2027 (raming)"), money);
        assertEquals(region.get("azwaDeadline").get("status").asText(),
                detail.findElement(By.cssSelector(".ws-deadline")).getAttribute("data-status"));
        // Progress on the AZWA norm: the region's gemeenten without a steunpunt, as the coverage API counts them.
        JsonNode normRegion = null;
        for (JsonNode r : Http.get("/api/coverage?criterion=municipality&by=IZA&demo=false").json().get("regions")) {
            if (r.get("code").asText().equals(code)) {
                normRegion = r;
            }
        }
        WebElement norm = detail.findElement(By.cssSelector(".ws-norm"));
        assertEquals(normRegion.get("municipalitiesWithoutPoint").asText(), norm.getAttribute("data-without"));
        assertTrue(norm.getText().contains(normRegion.get("municipalitiesWithoutPoint").asText() + " van "
                + normRegion.get("municipalities").asText() + " gemeenten"), norm.getText());
        page.js("document.getElementById('ws-region').scrollIntoView()");
        page.screenshot("1280x800-werkstructuur-region");

        // On a phone the view is one column, without horizontal scrolling.
        page.resize(390, 844);
        try {
            page.open("#/werkstructuur?color=venster&year=2026&region=" + code);
            assertEquals(0L, page.horizontalOverflow());
            page.fullPageScreenshot("390x844-werkstructuur-region");
        } finally {
            page.resize(1280, 800);
        }
    }



    @SuppressWarnings("unchecked")
    private static Map<String, String> classes() {
        return (Map<String, String>) page.js("const m = {}; document.querySelectorAll('#map path.muni[data-code]')"
                + ".forEach(p => { m[p.dataset.code] = p.getAttribute('class'); }); return m;");
    }




}
