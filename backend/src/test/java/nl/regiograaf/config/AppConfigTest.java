package nl.regiograaf.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppConfigTest {

    /** Neo4j refuses '/x/./var'; the README's default './var' once crashed the first start for exactly that reason. */
    @ParameterizedTest
    @ValueSource(strings = {"./var", "var", "../x", "var/", "./a/../var/", "/tmp/./regiograaf//data/"})
    void dataDirIsAbsoluteAndNormalised(String given) {
        Path dir = AppConfig.from(Map.of("REGIOGRAAF_DATA_DIR", given)).dataDir();
        assertTrue(dir.isAbsolute(), dir.toString());
        assertEquals(Path.of(given).toAbsolutePath().normalize(), dir);
        assertFalse(dir.toString().contains("/./") || dir.toString().contains("/../") || dir.toString().endsWith("/"),
                dir.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"./var", "x/../y"})
    void withDataDirNormalisesToo(String given) {
        Path dir = AppConfig.from(Map.of()).withDataDir(Path.of(given)).dataDir();
        assertEquals(Path.of(given).toAbsolutePath().normalize(), dir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void defaultDataDirIsVarInTheWorkingDirectory(String blank) {
        assertEquals(Path.of("var").toAbsolutePath(), AppConfig.from(Map.of("REGIOGRAAF_DATA_DIR", blank)).dataDir());
    }
}
