package nl.regiograaf.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.regiograaf.model.Analysis;

/**
 * Search over the municipalities (name, aliases, code) and regions (name, code), in memory: built once per data version
 * from one query, about 500 entries, so a keystroke costs microseconds instead of a Neo4j round trip. Ranking: exact
 * match of a key or the code, then a prefix, then a word prefix, then anywhere; municipalities before regions; then by
 * name and code.
 */
public final class SearchIndex {

    /** One searchable thing; {@code keys} are {@code Names.normalize}d names and aliases. */
    public record Entry(String kind, String code, String name, List<String> keys, int kindOrder) {
        public Entry {
            keys = List.copyOf(keys);
        }
    }

    public record Result(List<Analysis.SearchHit> hits, boolean truncated) {
    }

    private static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::rank)
            .thenComparingInt(r -> r.entry().kindOrder())
            .thenComparing(r -> r.entry().name(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.entry().code());

    private record Ranked(Entry entry, int rank) {
    }

    private final List<Entry> entries;
    private final List<String> codeKeys;

    public SearchIndex(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.codeKeys = this.entries.stream().map(e -> e.code().toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * At most {@code limit} hits for the normalised {@code key} and the lower-cased raw input {@code codePrefix};
     * {@code truncated} when there were more.
     */
    public Result search(String key, String codePrefix, int limit) {
        List<Ranked> found = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            int rank = rank(entries.get(i), codeKeys.get(i), key, codePrefix);
            if (rank >= 0) {
                found.add(new Ranked(entries.get(i), rank));
            }
        }
        found.sort(ORDER);
        List<Analysis.SearchHit> hits = found.stream().limit(limit)
                .map(r -> new Analysis.SearchHit(r.entry().kind(), r.entry().code(), r.entry().name())).toList();
        return new Result(hits, found.size() > limit);
    }

    public int size() {
        return entries.size();
    }

    /** 0 exact, 1 prefix, 2 word prefix, 3 anywhere; -1 no match. */
    private static int rank(Entry e, String codeKey, String key, String codePrefix) {
        boolean codeMatch = codeKey.startsWith(codePrefix);
        boolean anyKey = false;
        boolean exact = codeKey.equals(codePrefix);
        boolean prefix = codeMatch;
        boolean wordPrefix = false;
        for (String k : e.keys()) {
            if (!k.contains(key)) {
                continue;
            }
            anyKey = true;
            exact |= k.equals(key);
            prefix |= k.startsWith(key);
            wordPrefix |= k.contains(" " + key);
        }
        if (!anyKey && !codeMatch) {
            return -1;
        }
        return exact ? 0 : prefix ? 1 : wordPrefix ? 2 : 3;
    }
}
