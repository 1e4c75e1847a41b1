package nl.regiograaf.db;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers computed once per data version: an entry is reused while the version it was computed at is still
 * current, and recomputed on first use after a write. Concurrent first requests compute once. An answer drawn from
 * the national reference graph alone is kept under the national version ({@link #getNational}), so a write of
 * support points or ketenaanpakken leaves it in place; everything else under the data version ({@link #get}).
 *
 * <p>Bounded by size, whatever keys clients make up: Caffeine with a weight budget of {@link #MAX_WEIGHT_BYTES}. An
 * answer that knows its size ({@link Sized}: the serialized answers of CachedJson, which hold every answer keyed by
 * client parameters) weighs its bytes; any other value (keys from closed sets: divisions, kinds, existing codes) an
 * estimate. Caffeine's admission policy (W-TinyLFU) keeps the frequently asked answers when a client floods the
 * cache with one-off keys.
 */
public final class VersionedCache {

    /** The weight budget: bytes of serialized answers plus {@link #OBJECT_WEIGHT_BYTES} per other value. */
    public static final long MAX_WEIGHT_BYTES = 16L << 20;
    static final int OBJECT_WEIGHT_BYTES = 16 << 10;

    /** A cached value that knows how many bytes it holds. */
    public interface Sized {
        int sizeBytes();
    }

    private record Entry(long version, Object value) {
        int weight(String key) {
            int overhead = 64 + 2 * key.length();
            return value instanceof Sized sized ? overhead + sized.sizeBytes() : overhead + OBJECT_WEIGHT_BYTES;
        }
    }

    private final DataVersion dataVersion;
    private final Cache<String, Entry> entries = Caffeine.newBuilder()
            .maximumWeight(MAX_WEIGHT_BYTES)
            .weigher((String key, Entry entry) -> entry.weight(key))
            .build();
    /** One lock object per key while someone uses it (weak values: no lock outlives its users). */
    private final Cache<String, Object> locks = Caffeine.newBuilder().weakValues().build();

    public VersionedCache(DataVersion dataVersion) {
        this.dataVersion = dataVersion;
    }

    /** The answer for {@code key} at the current data version (it may depend on any data). */
    public <T> T get(String key, Supplier<T> compute) {
        return get(key, compute, dataVersion::current);
    }

    /**
     * The answer for {@code key} at the current national version: only for answers that read nothing but the national
     * reference graph (municipalities, regions, memberships, borders and what hangs off regions).
     */
    public <T> T getNational(String key, Supplier<T> compute) {
        return get("national|" + key, compute, dataVersion::national);
    }

    /**
     * The answers for several keys at the current national version, each kept under its own key; the keys not yet
     * computed at this version are computed together by one call of {@code computeMissing} (one query for several
     * divisions), which must answer every key it is given. In the order of {@code keys}.
     */
    public <K, T> Map<K, T> getAllNational(String prefix, java.util.List<K> keys,
                                           java.util.function.Function<java.util.List<K>, Map<K, T>> computeMissing) {
        requireReachable();
        long version = dataVersion.national();
        Map<K, T> found = new java.util.HashMap<>();
        java.util.List<K> missing = collect(prefix, keys, version, found);
        if (!missing.isEmpty()) {
            synchronized (internKey("national|" + prefix)) {
                missing = collect(prefix, missing, version, found);
                if (!missing.isEmpty()) {
                    Map<K, T> computed = computeMissing.apply(missing);
                    for (K k : missing) {
                        entries.put("national|" + prefix + k, new Entry(version, computed.get(k)));
                        found.put(k, computed.get(k));
                    }
                }
            }
        }
        Map<K, T> ordered = new java.util.LinkedHashMap<>();
        keys.forEach(k -> ordered.put(k, found.get(k)));
        return ordered;
    }

    /** Puts the entries of {@code keys} valid at {@code version} into {@code found}; answers the other keys. */
    @SuppressWarnings("unchecked")
    private <K, T> java.util.List<K> collect(String prefix, java.util.List<K> keys, long version, Map<K, T> found) {
        java.util.List<K> missing = new java.util.ArrayList<>();
        for (K k : keys) {
            Entry entry = entries.getIfPresent("national|" + prefix + k);
            if (entry != null && entry.version() == version) {
                found.put(k, (T) entry.value());
            } else {
                missing.add(k);
            }
        }
        return missing;
    }

    @SuppressWarnings("unchecked")
    private <T> T get(String key, Supplier<T> compute, java.util.function.LongSupplier currentVersion) {
        requireReachable();
        long version = currentVersion.getAsLong();
        Entry entry = entries.getIfPresent(key);
        if (entry != null && entry.version() == version) {
            return (T) entry.value();
        }
        synchronized (internKey(key)) {
            entry = entries.getIfPresent(key);
            if (entry != null && entry.version() == version) {
                return (T) entry.value();
            }
            T value = compute.get();
            entries.put(key, new Entry(version, value));
            return value;
        }
    }

    /** Like {@link #get}, but an empty answer (an unknown code) is not kept, so junk keys cannot fill the cache. */
    public <T> java.util.Optional<T> getPresent(String key, Supplier<java.util.Optional<T>> compute) {
        requireReachable();
        Entry entry = entries.getIfPresent(key);
        if (entry != null && entry.version() == dataVersion.current()) {
            @SuppressWarnings("unchecked")
            T value = (T) entry.value();
            return java.util.Optional.of(value);
        }
        long version = dataVersion.current();
        java.util.Optional<T> value = compute.get();
        value.ifPresent(v -> entries.put(key, new Entry(version, v)));
        return value;
    }

    /** Answers are only as good as the database behind them: no stale answers while it is gone. */
    private void requireReachable() {
        if (!dataVersion.reachable()) {
            throw new org.neo4j.driver.exceptions.ServiceUnavailableException("Neo4j is not reachable");
        }
    }

    public void clear() {
        entries.invalidateAll();
    }

    /** The number of answers held now (for tests and diagnostics). */
    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    public DataVersion dataVersion() {
        return dataVersion;
    }

    private Object internKey(String key) {
        return locks.get(key, k -> new Object());
    }
}
