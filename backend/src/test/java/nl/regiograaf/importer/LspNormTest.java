package nl.regiograaf.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The judgement per kind in lsp_kinds.csv is complete and checked; a gap stops the start instead of guessing. */
class LspNormTest {

    private static final List<Map<String, String>> KINDS = CsvFiles.read(LspNorm.KINDS_FILE);
    private static final List<Map<String, String>> NORM = CsvFiles.read(LspNorm.NORM_FILE);

    @Test
    void theShippedFilesJudgeEveryKindOnce() {
        LspNorm norm = LspNorm.get();
        Set<String> all = SupportPointKinds.get().kinds();
        assertEquals(all, new LinkedHashSet<>(concat(norm.lspKinds(), norm.otherKinds())));
        assertEquals(List.of("steunpunt", "zelfregiecentrum", "inloophuis", "herstelacademie"), norm.lspKinds());
        assertEquals(List.of("mentaal-gezondheidscentrum", "respijthuis"), norm.otherKinds());
        assertEquals("1", norm.norm().minimumPerMunicipality().value());
        assertTrue(norm.norm().kinds().stream().allMatch(k -> !k.reason().isBlank() && !k.reasonNl().isBlank()));
    }

    @Test
    void aKindWithoutJudgementOrJudgedTwiceOrUnknownStopsTheStart() {
        Set<String> kinds = SupportPointKinds.get().kinds();
        List<Map<String, String>> missing = new ArrayList<>(KINDS.subList(1, KINDS.size()));
        assertTrue(assertThrows(IllegalStateException.class, () -> new LspNorm(missing, NORM, kinds)).getMessage()
                .contains("'" + KINDS.get(0).get("kind") + "' is not judged"));
        List<Map<String, String>> twice = concat(KINDS, List.of(KINDS.get(0)));
        assertThrows(IllegalStateException.class, () -> new LspNorm(twice, NORM, kinds));
        List<Map<String, String>> unknown = concat(KINDS, List.of(Map.of("kind", "bakkerij", "counts_as_lsp", "true",
                "reason", "x", "reason_nl", "x")));
        assertTrue(assertThrows(IllegalStateException.class, () -> new LspNorm(unknown, NORM, kinds)).getMessage().contains("bakkerij"));
        List<Map<String, String>> noDutch = new ArrayList<>(KINDS);
        noDutch.set(0, Map.of("kind", KINDS.get(0).get("kind"), "counts_as_lsp", "true", "reason", "x", "reason_nl", ""));
        assertThrows(IllegalStateException.class, () -> new LspNorm(noDutch, NORM, kinds));
        assertThrows(IllegalStateException.class, () -> new LspNorm(KINDS, NORM.subList(1, NORM.size()), kinds),
                "a missing fact of the norm");
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
