package nl.regiograaf.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.regiograaf.support.Uploads;
import org.junit.jupiter.api.Test;

/** Input that programs would read differently is refused with line and column, and nothing is written. */
class AmbiguousInputTest {

    private static ImportError only(String csv) {
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> TableReader.read(csv.getBytes(StandardCharsets.UTF_8), TableReader.Format.CSV), csv);
        assertEquals(1, e.errors().size(), e.errors().toString());
        return e.errors().get(0);
    }

    @Test
    void duplicateColumnNamesAreRefused() {
        ImportError e = only("name,kind,municipality,Name\nA,steunpunt,GM0034,B\n");
        assertEquals(1, e.line());
        assertEquals("Name", e.column());
        assertTrue(e.reason().contains("duplicate column"), e.reason());
        ImportRejectedException json = assertThrows(ImportRejectedException.class, () -> TableReader.read(
                "[{\"name\":\"A\",\"kind\":\"steunpunt\",\"municipality\":\"GM0034\",\"Name\":\"B\"}]"
                        .getBytes(StandardCharsets.UTF_8), TableReader.Format.JSON));
        assertEquals(1, json.errors().get(0).line());
        assertEquals("name", json.errors().get(0).column());
        assertThrows(ImportRejectedException.class, () -> TableReader.read(
                "[{\"name\":\"A\",\"name\":\"B\"}]".getBytes(StandardCharsets.UTF_8), TableReader.Format.JSON));
    }

    @Test
    void controlCharactersAndBidiOverridesAreRefusedInAnyField() {
        for (String bad : List.of("\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u202A", "\u202E", "\u2066", "\u2069")) {
            ImportError e = only("name,kind,municipality,address\nA,steunpunt,GM0034,Straat" + bad + "1\n");
            assertEquals(2, e.line(), e.toString());
            assertEquals("address", e.column());
            assertTrue(e.reason().contains(String.format("U+%04X", (int) bad.charAt(0))), e.reason());
            assertTrue(e.value() == null || e.value().indexOf(bad.charAt(0)) < 0, "not echoed");
            ImportRejectedException json = assertThrows(ImportRejectedException.class, () -> TableReader.read(
                    ("[{\"name\":\"A\"},{\"name\":\"B\",\"town\":\"X" + (bad.charAt(0) < 0x20 ? String.format("\\u%04x", (int) bad.charAt(0)) : bad)
                            + "\"}]").getBytes(StandardCharsets.UTF_8), TableReader.Format.JSON));
            assertEquals(2, json.errors().get(0).line());
            assertEquals("town", json.errors().get(0).column());
        }
        // Tabs and line breaks inside a quoted field stay allowed.
        assertEquals(1, TableReader.read("name,address\nA,\"Straat 1\nachterom\tbij\"\n".getBytes(StandardCharsets.UTF_8),
                TableReader.Format.CSV).rows().size());
    }

    @Test
    void aStrayQuoteInAnUnquotedFieldIsRefused() {
        ImportError e = only("name;kind;municipality\nA;steunpunt;GM0034\nDe \"Brug\";steunpunt;GM0034\n");
        assertEquals(3, e.line());
        assertEquals("name", e.column());
        assertTrue(e.reason().contains("stray quote") && e.reason().contains("character 4"), e.reason());
        ImportError after = only("name,kind,municipality\n\"De Brug\" Oost,steunpunt,GM0034\n");
        assertEquals(2, after.line());
        assertEquals("name", after.column());
        // Quoted fields with doubled quotes, separators and line breaks are not ambiguous.
        assertEquals(2, TableReader.read("name,kind\n\"De \"\"Brug\"\", Oost\",steunpunt\n\"Twee\nregels\",steunpunt\n"
                .getBytes(StandardCharsets.UTF_8), TableReader.Format.CSV).rows().size());
    }

    @Test
    void overHttpTheRefusalNamesLineAndColumnAndWritesNothing() {
        Map<String, Object> before = Uploads.fingerprint();
        var r = Uploads.post("/api/import/support-points?dataset=" + Uploads.uniqueDataset("ambiguous"), "text/csv",
                "name,kind,municipality\nA,steunpunt,GM0034\nB\u202E,steunpunt,GM0034\n");
        assertEquals(400, r.status(), r.body());
        JsonNode error = r.json().get("errors").get(0);
        assertEquals(3, error.get("line").asInt());
        assertEquals("name", error.get("column").asText());
        assertEquals(before, Uploads.fingerprint());
    }
}
