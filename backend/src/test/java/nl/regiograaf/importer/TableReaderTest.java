package nl.regiograaf.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading uploads as people produce them: separators, BOM, quotes, encodings, JSON. No database needed. */
class TableReaderTest {

    private static TableReader.Table csv(String text) {
        return TableReader.csv(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void commaFileWithLineNumbersOfTheFile() {
        TableReader.Table t = csv("name,kind,municipality\nA,steunpunt,Almere\n\nB,inloophuis,Urk\n");
        assertEquals(List.of("name", "kind", "municipality"), t.columns());
        assertEquals(2, t.rows().size());
        assertEquals(2, t.rows().get(0).line());
        assertEquals("A", t.rows().get(0).get("name"));
        assertEquals("steunpunt", t.rows().get(0).get("kind"));
        assertEquals("Almere", t.rows().get(0).get("municipality"));
        assertEquals(4, t.rows().get(1).line());
        assertEquals(",", t.delimiter());
    }

    @Test
    void semicolonFileWithBomQuotesAndDecimalCommas() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String body = "Name;Kind;Municipality;lat;lon\r\n\"Inloop \"\"De Brug\"\", Almere\";inloophuis;almere;52,37;5,21\r\n";
        byte[] bytes = new byte[bom.length + body.getBytes(StandardCharsets.UTF_8).length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body.getBytes(StandardCharsets.UTF_8), 0, bytes, 3, bytes.length - 3);
        TableReader.Table t = TableReader.csv(bytes);
        assertEquals(";", t.delimiter());
        assertEquals("name", t.columns().get(0).toLowerCase());
        assertEquals("Inloop \"De Brug\", Almere", t.rows().get(0).get("name"));
        assertEquals("52,37", t.rows().get(0).get("lat"));
        assertEquals(2, t.rows().get(0).line());
    }

    @Test
    void quotedLineBreaksKeepLaterLineNumbersTrue() {
        TableReader.Table t = csv("name,kind\n\"two\nlines\",steunpunt\nC,inloophuis\n");
        assertEquals("two\nlines", t.rows().get(0).get("name"));
        assertEquals(2, t.rows().get(0).line());
        assertEquals(4, t.rows().get(1).line());
    }

    @Test
    void windows1252IsReadWhenTheBytesAreNotUtf8() {
        byte[] bytes = "name,municipality\nX,S\u00fadwest-Frysl\u00e2n\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        TableReader.Table t = TableReader.csv(bytes);
        assertEquals("windows-1252", t.encoding());
        assertEquals("S\u00fadwest-Frysl\u00e2n", t.rows().get(0).get("municipality"));
    }

    @Test
    void emptyFileIsRejected() {
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> csv(""));
        assertEquals(1, e.errors().get(0).line());
        assertThrows(ImportRejectedException.class, () -> csv("\n  \n"));
    }

    @Test
    void jsonArrayOfObjects() {
        TableReader.Table t = TableReader.json("[{\"name\":\"A\",\"lat\":52.1,\"lon\":5},{\"Name\":\"B\",\"lat\":null}]"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(2, t.rows().size());
        assertEquals("52.1", t.rows().get(0).get("lat"));
        assertEquals("B", t.rows().get(1).get("name"));
        assertEquals(2, t.rows().get(1).line());
        assertThrows(ImportRejectedException.class, () -> TableReader.json("{\"name\":1}".getBytes(StandardCharsets.UTF_8)));
        assertThrows(ImportRejectedException.class, () -> TableReader.json("[{\"name\":[1]}]".getBytes(StandardCharsets.UTF_8)));
        assertThrows(ImportRejectedException.class, () -> TableReader.json("[{\"name\":".getBytes(StandardCharsets.UTF_8)));
    }
}
