package nl.regiograaf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regiograaf.support.ExplorerPage;
import nl.regiograaf.support.Http;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 7, for every view that offers an SVG/PNG export (not only Kaart): the export carries the title, a
 * legend (and region names where the view names regions), the source line and the reference date; on screen the
 * source lines never cover a municipality. Expected regions, dates and problems come from the API.
 */
class MapExportsTest extends BrowserTest {

    private static final Pattern DUTCH_DATE = Pattern.compile(
            "\\b\\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \\d{4}\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(19|20)\\d{2}-\\d{2}-\\d{2}\\b");

    /** Every map view (and state) whose export is checked; true where the view names regions on the map. */
    private static final Map<String, Boolean> MAP_VIEWS = new java.util.LinkedHashMap<>();

    static {
        MAP_VIEWS.put("#/map?color=GGD&borders=ZK", true);
        MAP_VIEWS.put("#/overlap?a=GGD&b=ZK", true);
        MAP_VIEWS.put("#/partition?kind=", false);
        MAP_VIEWS.put("#/partition?kind=ROAZ", true);
        MAP_VIEWS.put("#/coverage?criterion=distance&radius=10&kind=&by=IZA&demo=true", false);
        MAP_VIEWS.put("#/coverage?criterion=municipality&kind=&by=GGD&demo=false", false);
        MAP_VIEWS.put("#/ketenaanpakken?by=GGD&ka=gli", true);
        MAP_VIEWS.put("#/changes?kind=GGD&from=2020", true);
        MAP_VIEWS.put("#/design?base=ZK&moves=GM0034%3AZK07%2CGM0935%3ANIEUW1%3AMaas%2520en%2520Heuvelland", true);
        MAP_VIEWS.put("#/werkstructuur?color=werkagenda&year=&demo=true&region=", true);
        MAP_VIEWS.put("#/werkstructuur?color=venster&year=&demo=true&region=", true);
    }

    @Test
    void everyMapExportCarriesTitleLegendSourceAndDate() {
        List<String> problems = new ArrayList<>();
        MAP_VIEWS.forEach((link, named) -> {
            Export export = exportOf(link);
            if (export.title.isBlank()) {
                problems.add(link + ": no title");
            }
            if (export.legend.size() < 2) {
                problems.add(link + ": no legend: " + export.legend);
            }
            if (!export.legendShown) {
                problems.add(link + ": the legend is hidden in the export");
            }
            String source = String.join(" ", export.sources);
            if (export.sources.stream().noneMatch(line -> line.startsWith("Bron"))) {
                problems.add(link + ": no source line: '" + source + "'");
            }
            if (!DUTCH_DATE.matcher(source).find()) {
                problems.add(link + ": no reference date in the source line: '" + source + "'");
            }
            if (ISO_DATE.matcher(export.text).find()) {
                problems.add(link + ": an ISO date in the export");
            }
            if (named && export.labels.isEmpty()) {
                problems.add(link + ": no region names on the map");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void theOverlapExportNamesTheNonCongruentRegionsOfAAndTheDivisionsSources() {
        JsonNode answer = Http.get("/api/overlaps?a=GGD&b=ZK").json();
        List<String> nonCongruent = new ArrayList<>();
        answer.get("regions").forEach(r -> {
            if (r.get("kind").asText().equals("GGD") && !r.get("congruent").asBoolean()) {
                nonCongruent.add(r.get("name").asText());
            }
        });
        assertFalse(nonCongruent.isEmpty());
        Export export = exportOf("#/overlap?a=GGD&b=ZK");
        List<String> regions = export.legend.subList(0, export.legend.size() - 2);
        assertEquals(new TreeSet<>(nonCongruent), new TreeSet<>(regions), "the legend lists A's non-congruent regions");
        assertTrue(export.legend.get(export.legend.size() - 1).contains("Zorgkantoorregio"), "B's borders: " + export.legend);
        String source = String.join(" ", export.sources);
        for (JsonNode division : Http.get("/api/divisions").json()) {
            if (List.of("GGD", "ZK").contains(division.get("kind").asText())) {
                assertTrue(source.contains(dutchDate(division.get("referenceDate").asText())), source);
            }
        }
        for (String label : export.labels) {
            assertTrue(nonCongruent.stream().anyMatch(n -> n.endsWith(label)), "only non-congruent regions are named: " + label);
        }
    }

    @Test
    void thePartitionExportExplainsTheMarksTheApiReports() {
        JsonNode roaz = Http.get("/api/partition-check?kind=ROAZ").json();
        assertTrue(roaz.get("multiplyAssigned").size() > 0, "ROAZ has municipalities in two regions (Amsterdam)");
        Export export = exportOf("#/partition?kind=ROAZ");
        assertTrue(export.legend.contains("gemeente in meer dan één regio"), export.legend.toString());
        assertEquals(roaz.get("unassigned").size() > 0, export.legend.contains("gemeente zonder regio"), export.legend.toString());
        JsonNode division = null;
        for (JsonNode d : Http.get("/api/divisions").json()) {
            if (d.get("kind").asText().equals("ROAZ")) {
                division = d;
            }
        }
        assertTrue(String.join(" ", export.sources).contains("peildatum " + dutchDate(division.get("referenceDate").asText())),
                export.sources.toString());
    }

    @Test
    void theChangesExportNamesTheOlderEditionsDate() {
        JsonNode diff = Http.get("/api/divisions/diff?from=GGD@2020&to=GGD").json();
        Export export = exportOf("#/changes?kind=GGD&from=2020");
        String source = String.join(" ", export.sources);
        assertTrue(source.contains(dutchDate(diff.get("fromEdition").get("referenceDate").asText())), source);
        assertTrue(source.contains(dutchDate(diff.get("toEdition").get("referenceDate").asText())), source);
    }

    @Test
    void theNetworkExportCarriesTitleKindsAndSources() {
        JsonNode graph = Http.get("/api/graph?focus=GM0363&depth=1").json();
        page.open("#/network?focus=GM0363&depth=1");
        String svg = page.download("document.getElementById('export-svg').click()").replaceFirst("^BOM\\|", "");
        keep("#/network", svg);
        assertTrue(svg.contains("export-legend\" style=\"display: inline"), "the caption is shown in the export");
        assertTrue(textsOf(svg, "map-title").get(0).contains("Amsterdam"), textsOf(svg, "map-title").toString());
        TreeSet<String> kinds = new TreeSet<>();
        graph.get("nodes").forEach(n -> kinds.add(n.get("kind").asText()));
        assertEquals(kinds.size(), textsOf(svg, "legend-entry").size(), "one legend entry per kind of node: " + kinds);
        String source = String.join(" ", textsOf(svg, "map-source"));
        assertTrue(source.startsWith("Bron"), source);
        assertTrue(DUTCH_DATE.matcher(source).find(), source);
        Matcher width = Pattern.compile("<svg[^>]* width=\"(\\d+)\"").matcher(svg);
        assertTrue(width.find());
        assertTrue(Integer.parseInt(width.group(1)) > ((Number) page.js("return document.querySelector('#network svg').viewBox.baseVal.width")).intValue(),
                "the export is widened for its caption");
    }

    /** The source lines sit where the country leaves room: none of their pixels lies over a municipality. */
    @Test
    void sourceLinesNeverCoverAMunicipality() {
        List<String> problems = new ArrayList<>();
        for (String link : MAP_VIEWS.keySet()) {
            page.open(link);
            @SuppressWarnings("unchecked")
            List<String> covered = (List<String>) page.js(
                    "document.querySelector('#map svg .titles').style.pointerEvents = 'none';"
                            + "const hits = [];"
                            + "for (const t of document.querySelectorAll('#map svg .map-source')) {"
                            + "  const b = t.getBoundingClientRect();"
                            + "  for (let i = 0; i <= 20; i++) for (let j = 0; j <= 4; j++) {"
                            + "    const e = document.elementFromPoint(b.left + b.width * i / 20, b.top + b.height * j / 4);"
                            + "    if (e && e.classList.contains('muni')) hits.push(t.textContent + ' over ' + e.dataset.name);"
                            + "  } }"
                            + "return [...new Set(hits)];");
            covered.forEach(hit -> problems.add(link + ": " + hit));
            if (page.count("#map svg .map-source") == 0) {
                problems.add(link + ": no source line on the map");
            }
        }
        assertEquals(List.of(), problems);
    }

    private record Export(String title, List<String> legend, List<String> sources, List<String> labels, boolean legendShown, String text) {
    }

    private static Export exportOf(String link) {
        page.open(link);
        String svg = page.download("document.getElementById('export-svg').click()").replaceFirst("^BOM\\|", "");
        keep(link, svg);
        List<String> titles = textsOf(svg, "map-title");
        String text = svg.replaceAll("<[^>]+>", " ");
        return new Export(titles.isEmpty() ? "" : titles.get(0), textsOf(svg, "legend-entry"), textsOf(svg, "map-source"),
                textsOf(svg, "region-label"), svg.contains("export-legend\" style=\"display: inline"), text);
    }

    /** Keeps the export next to the screenshots (target/screenshots/export-….svg), to be looked at. */
    private static void keep(String link, String svg) {
        try {
            java.nio.file.Files.createDirectories(ExplorerPage.SCREENSHOTS);
            java.nio.file.Files.writeString(ExplorerPage.SCREENSHOTS.resolve("export-" + link.replaceAll("[^a-zA-Z0-9]+", "-") + ".svg"), svg);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The text of every element of the given class in an exported SVG (a label's lines joined). */
    private static List<String> textsOf(String svg, String cls) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<text[^>]*class=\"" + cls + "( [^\"]*)?\"[^>]*>(.*?)</text>").matcher(svg);
        while (m.find()) {
            out.add(m.group(2).replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").trim());
        }
        return out;
    }

    private static String dutchDate(String iso) {
        String[] months = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                "oktober", "november", "december"};
        String[] p = iso.split("-");
        return Integer.parseInt(p[2]) + " " + months[Integer.parseInt(p[1]) - 1] + " " + p[0];
    }
}
