package nl.regiograaf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.regiograaf.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Names on the map and in the network (issue 13, points 7 and 9). On the Kaart view: each region's name inside the region, no two names overlapping
 * at 1280×800, a legend naming every region (names that did not fit are said to be off the map) that lights up its
 * region, and SVG exports carrying title, names, source and reference date. Expected regions come from the API.
 */
class LegibleLabelsTest extends BrowserTest {

    @Test
    void ggdRegionsAreNamedInsideTheirRegionWithoutOverlap() {
        assertLabelled("GGD", 25);
    }

    @Test
    void izaRegionsAreNamedInsideTheirRegionWithoutOverlap() {
        assertLabelled("IZA", 42);
    }

    private static void assertLabelled(String kind, int expectedRegions) {
        JsonNode regions = Http.get("/api/regions?kind=" + kind).json();
        assertEquals(expectedRegions, regions.size(), "the national data has " + expectedRegions + " " + kind + " regions");
        Map<String, String> names = new HashMap<>();
        regions.forEach(r -> names.put(r.get("code").asText(), r.get("name").asText()));
        page.open("#/map?color=" + kind + "&borders=");
        page.screenshot("1280x800-kaart-namen-" + kind.toLowerCase());
        List<Label> labels = labels();
        Set<String> labelled = new TreeSet<>();
        for (Label label : labels) {
            assertTrue(names.containsKey(label.region), "a label names a region of " + kind + ": " + label.region);
            assertTrue(labelled.add(label.region), "one label per region: " + label.region);
            assertTrue(names.get(label.region).endsWith(label.text),
                    label.region + " labelled '" + label.text + "', named " + names.get(label.region));
            assertTrue(label.regionsUnderCentre.contains(label.region),
                    label.region + "'s label lies inside the region (under its centre: " + label.regionsUnderCentre + ")");
        }
        assertTrue(labelled.size() >= expectedRegions * 2 / 3,
                "most " + kind + " regions are named on the map at 1280×800: " + labelled.size() + " of " + expectedRegions);
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(labels.get(i).intersects(labels.get(j)), "labels overlap: " + labels.get(i) + " and " + labels.get(j));
            }
        }
        // The legend names every region; one whose name is not on the map says so.
        for (String code : names.keySet()) {
            WebElement row = page.driver().findElement(By.cssSelector("#results table.legend tr[data-key='" + code + "']"));
            assertTrue(row.getText().contains(names.get(code)), row.getText());
            assertEquals(!labelled.contains(code), !row.findElements(By.cssSelector(".unlabelled-note")).isEmpty(),
                    code + ": the legend says whether its name is on the map");
        }
        page.resize(390, 844);
        page.open("#/map?color=" + kind + "&borders=");
        page.screenshot("390x844-kaart-namen-" + kind.toLowerCase());
        // On a phone the map is drawn at about half size; its names still read at 9.5 px or more on screen.
        @SuppressWarnings("unchecked")
        List<Number> sizes = (List<Number>) page.js("return [...document.querySelectorAll('#map .region-label')]"
                + ".map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a)");
        assertFalse(sizes.isEmpty(), "names on the phone's map");
        for (Number size : sizes) {
            assertTrue(size.doubleValue() >= 9.5, kind + " on a phone: a region name at " + size + " px on screen");
        }
    }

    @Test
    void pointingAtALegendRowLightsUpItsRegionAndName() {
        page.open("#/map?color=GGD&borders=");
        WebElement row = page.driver().findElement(By.cssSelector("#results table.legend tr.labelled[data-key]"));
        String code = row.getAttribute("data-key");
        new Actions(page.driver()).moveToElement(row).perform();
        page.waitFor("highlight", () -> page.count("#map g.root.has-hl") == 1);
        List<String> lit = page.strings("return [...document.querySelectorAll('#map path.muni.hl')].map(p => p.dataset.regions)");
        assertFalse(lit.isEmpty());
        assertTrue(lit.stream().allMatch(r -> List.of(r.split(" ")).contains(code)), "only " + code + "'s municipalities: " + lit);
        assertEquals(List.of(code), page.strings("return [...document.querySelectorAll('#map .region-label.lit')].map(t => t.dataset.region)"));
    }

    @Test
    void theSvgExportCarriesTitleNamesSourceAndReferenceDate() {
        JsonNode division = null;
        for (JsonNode d : Http.get("/api/divisions").json()) {
            if (d.get("kind").asText().equals("GGD")) {
                division = d;
            }
        }
        page.open("#/map?color=GGD&borders=");
        List<String> shownLabels = page.strings("return [...document.querySelectorAll('#map .region-label')].map(t => t.textContent)");
        String svg = page.download("document.getElementById('export-svg').click()").replaceFirst("^BOM\\|", "");
        assertTrue(svg.contains(">" + division.get("name").asText() + "<"), "the title: " + division.get("name"));
        assertTrue(svg.contains("class=\"map-source\""), "a source line");
        // the source line, wrapped onto as many lines as it needs
        List<String> sourceLines = new ArrayList<>();
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("class=\"map-source\"[^>]*>([^<]*)<").matcher(svg);
        while (line.find()) {
            sourceLines.add(line.group(1));
        }
        String sourceLine = String.join(" · ", sourceLines);
        assertTrue(sourceLine.startsWith("Bron: "), sourceLine);
        assertTrue(sourceLine.contains("peildatum " + dutchDate(division.get("referenceDate").asText())), sourceLine);
        assertFalse(shownLabels.isEmpty());
        String text = svg.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
        for (String label : shownLabels) {
            assertTrue(text.contains(label), "the name " + label + " is in the export");
        }
        // The export's legend names every region, also those whose name did not fit on the map.
        List<String> legend = new ArrayList<>();
        java.util.regex.Matcher entry = java.util.regex.Pattern.compile("class=\"legend-entry\"[^>]*>([^<]*)<").matcher(svg);
        while (entry.find()) {
            legend.add(entry.group(1).replace("&amp;", "&"));
        }
        List<String> names = new ArrayList<>();
        Http.get("/api/regions?kind=GGD").json().forEach(r -> names.add(r.get("name").asText()));
        assertEquals(names, legend, "the export's legend");
        assertTrue(svg.contains("export-legend\" style=\"display: inline"), "the legend is shown in the export");
    }

    @Test
    void networkLabelsNeverOverlapAndStayLegibleAtDepthOneAndTwo() {
        for (String depth : List.of("1", "2")) {
            JsonNode graph = Http.get("/api/graph?focus=GM0363&depth=" + depth).json();
            page.open("#/network?focus=GM0363&depth=" + depth);
            page.screenshot("1280x800-netwerk-diepte-" + depth);
            @SuppressWarnings("unchecked")
            List<List<Object>> shown = (List<List<Object>>) page.js("return [...document.querySelectorAll('#network svg g.node text')].map(t => {"
                    + " const b = t.getBoundingClientRect();"
                    + " return [t.textContent, b.left, b.top, b.right, b.bottom, parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a]; })");
            assertFalse(shown.isEmpty(), "depth " + depth + ": names are shown");
            if (depth.equals("1")) {
                assertEquals(graph.get("nodes").size(), shown.size(), "every node named at depth 1");
            }
            List<Label> boxes = new ArrayList<>();
            for (List<Object> t : shown) {
                assertTrue(num(t.get(5)) >= 11, "depth " + depth + ": '" + t.get(0) + "' is " + t.get(5) + " px on screen");
                boxes.add(new Label("", (String) t.get(0), num(t.get(1)), num(t.get(2)), num(t.get(3)), num(t.get(4)), List.of()));
            }
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertFalse(boxes.get(i).intersects(boxes.get(j)), "depth " + depth + ": names overlap: " + boxes.get(i) + " and " + boxes.get(j));
                }
            }
            // a name left out is said, and the node is still in the table
            long left = graph.get("nodes").size() - shown.size();
            assertEquals(left > 0, page.text("#results").contains(left + " van " + graph.get("nodes").size() + " namen"), "depth " + depth);
        }
        page.resize(390, 844);
        page.open("#/network?focus=GM0363&depth=1");
        page.screenshot("390x844-netwerk");
    }

    /** Issue 13, point 8: what a view shows is Dutch: no ISO dates, no English data notes, no internal ids. */
    @Test
    void noViewShowsIsoDatesEnglishNotesOrInternalIds() {
        Map<String, java.util.regex.Pattern> forbidden = Map.of(
                "an ISO date (write 1 januari 2026)", java.util.regex.Pattern.compile("\\b(19|20)\\d{2}-\\d{2}-\\d{2}\\b"),
                "an English data note", java.util.regex.Pattern.compile("derived from|\\(now |zekerheid: (high|medium|low)|Municipality ->| -> "),
                "an internal id", java.util.regex.Pattern.compile("HOSPITAL:|INSURER:|SUPPORTPOINT:"),
                "a plural after 1", java.util.regex.Pattern.compile("\\b1 (gemeenten|regio's|dagen|samenvoegingen|splitsingen)\\b"),
                "an English word from the data", java.util.regex.Pattern.compile("\\b(version|mixed|unknown|derived|reference date|per row|as_of|source_url|located)\\b"));
        List<String> problems = new ArrayList<>();
        for (String link : List.of("#/map?color=IZA&borders=GGD", "#/map?color=ROAZ&borders=&focus=GM0363",
                "#/map?color=ROAZ&borders=&focus=ROAZ-AZNN", "#/overlap?a=GGD&b=ZK&focus=GG1413", "#/partition?kind=",
                "#/coverage?criterion=municipality&kind=&by=IZA&demo=false", "#/ketenaanpakken?by=IZA&focus=GM0034",
                "#/network?focus=GM0363&depth=1", "#/changes?kind=GGD&from=2020&focus=GM0363",
                "#/design?base=ZK&moves=GM0034%3AZK07", "#/werkstructuur?color=werkagenda&year=&demo=true&region=IZA-FLEVOLAND",
                "#/werkstructuur?color=venster&year=&demo=true&region=IZA-TWENTE", "#/map?color=GGD&borders=&focus=GG3406",
                "#/map?color=VR&borders=&focus=VR13", "#/map?color=ZK&borders=&focus=ZK21", "#/map?color=PROVINCE&borders=&focus=PV27",
                "#/map?color=IZA&borders=&focus=IZA-FLEVOLAND", "#/coverage?criterion=distance&radius=10&kind=&by=IZA&demo=true",
                "#/partition?kind=IZA", "#/network?focus=ROAZ-AZNN&depth=1")) {
            page.open(link);
            page.waitFor("profile of " + link, () -> !"loading".equals(page.profileStatus()) && page.count(".loading") == 0);
            String shown = (String) page.js("return document.body.innerText + ' ' + [...document.querySelectorAll('#map svg text')]"
                    + ".map(t => t.textContent).join(' ')");
            forbidden.forEach((what, pattern) -> {
                java.util.regex.Matcher m = pattern.matcher(shown);
                if (m.find()) {
                    int from = Math.max(0, m.start() - 60);
                    problems.add(link + " shows " + what + ": …" + shown.substring(from, Math.min(shown.length(), m.end() + 30)).replace('\n', ' ') + "…");
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Issue 13, point 8: CSV shares rounded and labelled. Every CSV of every view: a decimal number has at most one
     * decimal (percentages with one decimal, kilometres to 100 m), and a fraction between 0 and 1 stands only in a column
     * whose header says "%" (then it is a percentage below 1%), never as a bare share.
     */
    @Test
    void everyCsvRoundsItsNumbersAndLabelsItsShares() {
        java.util.regex.Pattern decimal = java.util.regex.Pattern.compile("^-?\\d+,(\\d+)$");
        List<String> problems = new ArrayList<>();
        int files = 0;
        for (String link : List.of("#/map?color=GGD&borders=", "#/overlap?a=GGD&b=ZK", "#/partition?kind=ROAZ",
                "#/coverage?criterion=distance&radius=10&kind=&by=IZA&demo=true", "#/coverage?criterion=municipality&kind=&by=GGD&demo=false",
                "#/ketenaanpakken?by=IZA", "#/changes?kind=GGD&from=2020", "#/design?base=ZK&moves=GM0034%3AZK07",
                "#/werkstructuur?color=werkagenda&year=&demo=true&region=IZA-FLEVOLAND", "#/network?focus=GM0363&depth=1")) {
            page.open(link);
            long buttons = page.count("#results .table-head button");
            for (int b = 0; b < buttons; b++) {
                String csv = page.download("document.querySelectorAll('#results .table-head button')[" + b + "].click()").replaceFirst("^BOM\\|", "");
                files++;
                String[] lines = csv.split("\r?\n");
                String[] header = lines[0].split(";", -1);
                for (int i = 1; i < lines.length; i++) {
                    String[] cells = lines[i].split(";", -1);
                    for (int c = 0; c < Math.min(cells.length, header.length); c++) {
                        java.util.regex.Matcher m = decimal.matcher(cells[c]);
                        if (!m.matches()) {
                            continue;
                        }
                        if (m.group(1).length() > 1) {
                            problems.add(link + " CSV " + b + ", column '" + header[c] + "': " + cells[c] + " (more than one decimal)");
                        }
                        double value = Double.parseDouble(cells[c].replace(',', '.'));
                        if (value > 0 && value < 1 && !header[c].contains("%") && !header[c].contains("km")) {
                            problems.add(link + " CSV " + b + ", column '" + header[c] + "': " + cells[c] + " (a share without %)");
                        }
                    }
                }
            }
        }
        assertTrue(files >= 10, "CSV files checked: " + files);
        assertEquals(List.of(), problems.stream().distinct().limit(30).toList());
    }

    private record Label(String region, String text, double x0, double y0, double x1, double y1, List<String> regionsUnderCentre) {
        boolean intersects(Label o) {
            return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
        }
    }

    /** Every region label with its box on screen and the regions of the municipality under its centre. */
    @SuppressWarnings("unchecked")
    private static List<Label> labels() {
        List<List<Object>> rows = (List<List<Object>>) page.js("return [...document.querySelectorAll('#map .region-label')].map(t => {"
                + " const b = t.getBoundingClientRect();"
                + " const under = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);"
                + " return [t.dataset.region, t.textContent,"
                + "   b.left, b.top, b.right, b.bottom, under && under.dataset.regions ? under.dataset.regions.split(' ') : []]; })");
        List<Label> labels = new ArrayList<>();
        for (List<Object> r : rows) {
            labels.add(new Label((String) r.get(0), (String) r.get(1), num(r.get(2)), num(r.get(3)), num(r.get(4)), num(r.get(5)),
                    (List<String>) r.get(6)));
        }
        return labels;
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    private static String dutchDate(String iso) {
        String[] months = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                "oktober", "november", "december"};
        String[] p = iso.split("-");
        return Integer.parseInt(p[2]) + " " + months[Integer.parseInt(p[1]) - 1] + " " + p[0];
    }
}
