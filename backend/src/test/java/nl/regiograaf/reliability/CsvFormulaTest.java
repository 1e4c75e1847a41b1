package nl.regiograaf.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.regiograaf.support.Http;
import nl.regiograaf.support.TestGraph;
import nl.regiograaf.support.Uploads;
import nl.regiograaf.support.UserDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Record;

/**
 * CSV formula injection: values that a spreadsheet would run as a formula leave /api/export neutralised (a leading
 * {@code '}), and the exported file imports back to identical data.
 */
class CsvFormulaTest {

    @RegisterExtension
    final UserDatasets datasets = new UserDatasets();

    @Test
    void exportedCellsNeverStartAFormulaAndImportBackIdentically() throws Exception {
        String original = datasets.create("formula");
        String restored = datasets.create("formula-back");
        String csv = """
                name,kind,municipality,address,town,source
                "=HYPERLINK(""https://evil.example"",""klik"")",steunpunt,GM0363,+31 20 123,@Amsterdam,-2+3
                @SUM(A1:A9),inloophuis,GM0034,=1+1,-Almere,https://example.org
                '=al gequote,zelfregiecentrum,GM0014,''-twee,gewoon,'niet
                Gewoon punt,steunpunt,GM0193,Straat 1,Zwolle,
                """;
        assertEquals(200, Uploads.post("/api/import/support-points?dataset=" + original, "text/csv", csv).status());
        String exported = exportedFile("support-points/" + original + ".csv");

        List<List<String>> cells = parse(exported);
        assertEquals(5, cells.size(), exported);
        for (List<String> row : cells) {
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
                        "cell starts a formula: " + cell + "\n" + exported);
            }
        }
        assertEquals("'=HYPERLINK(\"https://evil.example\",\"klik\")", cells.get(1).get(0));

        assertEquals(200, Uploads.post("/api/import/support-points?dataset=" + restored, "text/csv", exported).status());
        assertEquals(points(original), points(restored), "the export imports back to identical data");
        assertEquals("=al gequote", points(original).stream().filter(p -> p.startsWith("=al")).findFirst().orElse("")
                .split("\\|")[0], "a leading ' before a formula character is a spreadsheet's text marker, not part of the value");
    }

    @Test
    void thePagesCsvButtonsNeutraliseFormulasToo() throws Exception {
        try (nl.regiograaf.support.Browser browser = nl.regiograaf.support.Browser.start(800, 600)) {
            browser.driver().get(TestGraph.get().baseUrl() + "/api-docs.html");
            // The CSV buttons' own function (web/js/table.js), on values as the tables hand them over.
            Object csv = browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    import('/js/table.js').then(m => done(JSON.stringify(m.toCsv(
                      [{label: 'naam', value: r => r.name}, {label: 'aantal', value: r => r.n}],
                      [{name: '=HYPERLINK("https://evil.example")', n: -3}, {name: '+31', n: 1.5}, {name: '-x', n: 0},
                       {name: '@SUM(A1)', n: 2}, {name: '\\tverborgen', n: 3}, {name: "'=al", n: 4}, {name: 'Gewoon', n: 5}]))))
                      .catch(e => done('error: ' + e));""");
            String expected = "\uFEFFnaam;aantal\r\n"
                    + "\"'=HYPERLINK(\"\"https://evil.example\"\")\";-3\r\n"
                    + "'+31;1,5\r\n'-x;0\r\n'@SUM(A1);2\r\n'\tverborgen;3\r\n''=al;4\r\nGewoon;5\r\n";
            // As JSON, so line endings and the byte-order mark arrive exactly as the function made them.
            assertEquals(expected, new com.fasterxml.jackson.databind.ObjectMapper().readValue((String) csv, String.class));
        }
    }

    private static String exportedFile(String name) throws Exception {
        Http.Response export = Http.send(HttpRequest.newBuilder(Http.uri("/api/export"))
                .header("Authorization", "Bearer " + TestGraph.ADMIN_TOKEN).GET());
        assertEquals(200, export.status());
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(export.raw().body()))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the export");
    }

    private static List<List<String>> parse(String csv) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = new CsvMapper().readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    /** Every point of a dataset as text, sorted: what was stored, field by field. */
    private static List<String> points(String dataset) {
        List<Record> rows = TestGraph.get().client().read(tx -> tx.run("""
                MATCH (p:SupportPoint {dataset: $d})-[:IN]->(m:Municipality {graph: $graph})
                RETURN p.name + '|' + p.kind + '|' + m.code + '|' + coalesce(p.address, '') + '|' + coalesce(p.town, '')
                       + '|' + coalesce(p.source, '') AS row ORDER BY row""", Map.of("d", dataset)).list());
        List<String> out = rows.stream().map(r -> r.get("row").asString()).toList();
        assertNotNull(out);
        assertEquals(4, out.size(), out.toString());
        return out;
    }
}
