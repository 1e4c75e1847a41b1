package nl.regiograaf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.regiograaf.model.Analysis;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    private final SearchIndex index = new SearchIndex(List.of(
            new SearchIndex.Entry("MUNICIPALITY", "GM0363", "Amsterdam", List.of("amsterdam"), 0),
            new SearchIndex.Entry("MUNICIPALITY", "GM0362", "Amstelveen", List.of("amstelveen"), 0),
            new SearchIndex.Entry("MUNICIPALITY", "GM0796", "'s-Hertogenbosch", List.of("s hertogenbosch", "den bosch"), 0),
            new SearchIndex.Entry("ZK", "ZK08", "Amsterdam", List.of("amsterdam"), 1),
            new SearchIndex.Entry("GGD", "GG3406", "GGD Amsterdam", List.of("ggd amsterdam"), 1),
            new SearchIndex.Entry("MUNICIPALITY", "GM0437", "Ouder-Amstel", List.of("ouder amstel"), 0)));

    private List<String> codes(String key, String raw) {
        return index.search(key, raw, 50).hits().stream().map(Analysis.SearchHit::code).toList();
    }

    @Test
    void exactThenPrefixThenWordPrefixThenAnywhereMunicipalitiesFirst() {
        assertEquals(List.of("GM0363", "ZK08", "GG3406"), codes("amsterdam", "amsterdam"));
        assertEquals(List.of("GM0362", "GM0363", "ZK08", "GM0437", "GG3406"), codes("amst", "amst"));
    }

    @Test
    void aliasesAndCodePrefixes() {
        assertEquals(List.of("GM0796"), codes("den bosch", "den bosch"));
        assertEquals(List.of("GM0362", "GM0363"), codes("gm036", "gm036"));
        assertEquals(List.of("GM0363"), codes("gm0363", "gm0363"));
    }

    @Test
    void cutAnswersSayTruncated() {
        SearchIndex.Result cut = index.search("am", "am", 2);
        assertEquals(2, cut.hits().size());
        assertTrue(cut.truncated());
        assertFalse(index.search("am", "am", 50).truncated());
    }
}
